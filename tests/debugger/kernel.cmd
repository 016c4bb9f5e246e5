# kernel-aware views through kernel_debug_info: ps, tf, usersyms, explain
ps
explain
tf
break sys_write
continue
ps
tf
tf pid=2
tf pid=1
tf pid=7
addr trapframes
tf 0x80005128
tf p:0x80005128
usersyms @GUEST@
usersyms /nonexistent
delete
break sret user
continue
info harts
sym 0x1000
sym $pc
disas 0x1000 4
delete
break run_ls
break run_ls+8
continue
bt
continue
bt
x/2gx $sp
quit
