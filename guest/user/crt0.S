# The entry point of every user program (at address 0, see user.ld). exec leaves
# argc in a0 and argv in a1 and sp on the new stack; we load gp, call main, and hand
# its return value to exit so that returning from main ends the process.
    .section .text.start, "ax", @progbits
    .globl _start
_start:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    call    main
    call    exit
1:  j       1b
