# Registers, a breakpoint on a symbol, memory, a single step and monitor commands on
# the debugger tests' kernel; then kill (rvscope exits with status 0).
info registers pc
break kmain
continue
p/x $pc
p $priv
p/x $mstatus
p/x $satp
p/x $fcsr
x/4xw kmain
stepi
info registers pc
monitor regs
break sys_write
continue
p tf->regs[17]
x/s tf->regs[11]
monitor pt walk 0x1084
monitor nosuchcommand
p/x *(long *)0x1000
set var $a7 = 0x1234
p/x $a7
info threads
kill
