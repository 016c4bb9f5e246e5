# bad input: one clear line each, and the prompt comes back with the state unchanged
frobnicate
step x
step 0
step 1 2
continue -1
hart
hart 99
until
until nosuch
break nosuch
break 0xzz
break main+
break ecall nosuch
break trap nosuch
break interrupt 1 2
break priv X
break sret kernel
break satp now
tbreak nosuch
delete 42
delete x
watch
watch 0x1000 0
watch q 0x1000
watch 0x1000 8 8
x/0x 0
x/5000x 0
x/4z 0
x 0 0
x/s p:0x0
disas 0 0
disas nosuch
disas 0 1 2
sym
sym nosuch
addr
regs now
fregs now
csr a b
bt 1
pt
pt walk nosuch
tf 1 2
tf pid=
explain 3
explain hart 9
ps 1
usersyms
trace frob
trace on
x/4gx $nosuch
x/s $sp+
"unterminated
info
info frob
info harts
quit
