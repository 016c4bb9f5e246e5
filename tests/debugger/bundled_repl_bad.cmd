# Bad input on the bundled kernel: each bad command gets one error line, and neither
# the guest nor the breakpoints change (bundled_repl.py compares the views before and
# after, then runs on to the shell's prompt).
break ecall write
continue
regs
info harts
info break
csr instret
frobnicate
x/4gx 0xzz
x/4gx 12abc
x/4qx $sp
x/0gx $sp
step 12abc
continue -3
next 3
hart x
hart 99
delete abc
delete 77
watch w 12x
x/4gx 0x7fff0000
x/4gx p:0x10
tf 0xdead0000000
pt walk 0x1000 pid=999
pt dump pid=abc
break no_such_symbol
until no_such_symbol
addr no_such_symbol
sym no_such_symbol
disas no_such_symbol
disas $nosuchreg
csr nosuchcsr
break trap nosuch
break interrupt timer
break ecall nosuch
break main if hart=99
break main if priv=X
break main if foo=1
trace on bogus
explain hart 9
tf pid=999
usersyms /nonexistent
info bogus
help nosuch
regs
info harts
info break
csr instret
continue
quit
