# Tracing on the bundled kernel (bundled_repl.py checks the values): satp switches and
# system calls from boot to the shell's exec, kept and saved; then nothing while
# tracing is off (up to the shell's first write); then traps and interrupts up to the
# next timer interrupt.
trace on satp ecall
break ecall exec
continue
trace show 4
trace save trace.txt
trace off satp ecall
delete
break ecall write
continue
trace show 2
delete
trace on trap interrupt
break interrupt stimer
continue
trace show 1
trace off all
quit
