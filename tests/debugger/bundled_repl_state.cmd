# State views on the bundled kernel, stopped where init's write() enters the kernel
# (bundled_repl.py checks the values against each other and the ELF files).
break ecall write
continue
ps
regs
fregs
csr sstatus
csr satp
csr scause
csr sepc
csr stvec
x/s $a1
x/18xb $a1
x/3gx $a1
x/4xw p:main
disas $pc 4
sym $ra
usersyms user
sym $ra
delete
break sys_write
continue
bt
disas sys_write 6
addr sys_write
sym sys_write+6
addr boot_done
sym boot_done
quit
