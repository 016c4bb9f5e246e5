# A read watchpoint on the user's data page (virtual 0x2000): the store does not stop,
# the load that follows does, with the value it read.
break sys_write
continue
delete
rwatch *(long *)0x2000
continue
info registers pc
kill
