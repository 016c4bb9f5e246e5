# Run control on the bundled kernel (bundled_repl.py checks the values; @NAME@ is
# filled in from the kernel's ELF and -smp). Hart 0 boots the machine, so it reaches
# main and then main's call of uart_init on any number of harts.
info harts
until main
regs
disas $pc 6
step 6
info harts
until @CALL_UART_INIT@
next
info harts
hart @LAST_HART@
info harts
# Stop at init's third system call, tracing each; then step over its write.
break ecall
trace on ecall
continue 3
info break
trace off ecall
delete
usersyms user
break write if pid=1
continue
step
next
regs
quit
