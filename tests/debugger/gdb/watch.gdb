# Watchpoints, stopped in the write system call: the trapframe's a0 (the kernel stores
# the return value there), then any access to the user's data page at virtual 0x2000
# (mapped only by the process's page table: read through satp), hit by the user's store
# of 42. gdb then steps over the next instruction (its RISC-V watchpoints fire before
# the access, rvscope's after), and the guest powers off (exit code 0).
break sys_write
continue
delete
watch trapframes[1].regs[10]
continue
delete
awatch *(long *)0x2000
continue
continue
