# run control on the test kernel: step with disassembly, next over a call, until,
# tbreak, continue to the end of the machine, and nothing runs after it
step 4
stepi
break mstart
continue
step 2
until kmain
info harts
next
step 3
tbreak strap
continue
info break
next
next
continue 2
continue
step
quit
