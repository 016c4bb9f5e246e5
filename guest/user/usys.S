# System-call stubs, generated from the one table guest/include/syscalls.def: for each
# row, a function NAME that puts the number in a7 and traps. The arguments are already
# in a0..a5 (the C calling convention put them there) and the result comes back in a0.

#define SYSCALL(num, name, handler, kinds) \
    .globl name ; \
    .type name, @function ; \
name: ; \
    li a7, num ; \
    ecall ; \
    ret ; \
    .size name, . - name ;

    .text
#include "syscalls.def"
