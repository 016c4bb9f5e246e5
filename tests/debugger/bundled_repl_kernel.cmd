# The bundled kernel's structures (bundled_repl.py checks the values). It runs this
# session twice: the second time, before the final quit, x/gx p:ADDR reads the
# page-table entries the walk printed, the prompt's bytes at the physical address it
# found, and init's trapframe words at kdebug.h's offsets.
break ecall exec
continue
ps
tf pid=1
delete
break sys_exec
continue
tf
bt
delete
break ecall write
continue
ps
info harts
x/s $a1
pt walk $a1 pid=2 U
pt dump pid=2
quit
