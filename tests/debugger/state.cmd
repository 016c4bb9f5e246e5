# looking at state: registers, CSRs with fields, memory, disassembly, symbols, bt
break sbi_putchar
continue
bt
regs
fregs
csr satp
csr sstatus
csr mstatus
csr medeleg
csr mideleg
csr mie
csr stvec
csr 0x142
csr nosuch
x/4gx $sp
x/2wx kernel_debug_info
x/8xb 0x1084
x/3c 0x1084
x/s 0x1087
x/2s 0x1091
x/3i 0x1000
x/2dw kernel_debug_info+16
x/2ug p:0x8000b000
x/gx 0x7000
x/gx p:0x10000000
x/gx p:0x40000000
disas strap 4
disas
sym 0x80000466
sym $ra
sym 0x1000
addr kernel_debug_info
addr strap
addr nosuch
quit
