# Watchpoints, stopped in the write system call: the trapframe's a0 (the kernel stores
# the return value there), then any access to the user's data page at virtual 0x2000
# (mapped only by the process's page table: read through satp). The user's store of 42
# (sd at 0x103e) and its load (ld at 0x1042) each stop gdb right after the instruction:
# rvscope stops before the access and gdb steps over it, as its RISC-V target expects.
# Then the guest powers off (exit code 0).
break sys_write
continue
delete
watch trapframes[1].regs[10]
continue
delete
awatch *(long *)0x2000
continue
info registers pc
continue
info registers pc
continue
