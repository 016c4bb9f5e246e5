# Event breakpoints on the bundled kernel, in the order the boot meets them
# (bundled_repl.py checks the values): init's first entry to U-mode, its next one,
# its next system call, then init's and the shell's writes, the shell's satp switches,
# and a timer interrupt while the shell waits for input.
break sret user
continue
info harts
csr sepc
delete
break priv U
continue
info harts
csr sepc
delete
break trap ecall_u
continue
csr scause
csr sepc
regs
delete
break ecall write
continue
regs
x/s $a1
continue
regs
x/s $a1
tf
delete
break satp
continue
continue
ps
info harts
delete
break interrupt stimer
continue
csr scause
csr sepc
explain
quit
