# event breakpoints on the test kernel (pid 2 "sh" runs at 0x1000 in U-mode)
break satp
break priv U
break ecall write
info break
continue
ps
continue
regs
continue
delete 1 2 3
break sret user
continue
delete
break ecall getpid
continue
delete
break interrupt stimer
break trap store_page_fault
continue
csr scause
csr sip
explain
continue
explain
break ecall 1
break ecall TIME
info break
continue
continue
quit
