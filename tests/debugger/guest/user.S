/*
 * sh: the user program of the debugger's test kernel, linked at 0x1000 (mini.ld maps
 * this page there for pid 2). Position independent: the kernel embeds its bytes and
 * maps them; debugger tests load this ELF's symbols with `usersyms`.
 *
 * System calls follow guest/include/syscalls.def: a7 = number, a0..a5 arguments.
 */
    .section .text
    .globl user_start
    .type user_start, @function
user_start:
    li a0, 1                    /* write(1, "hi\n", 3) */
    lla a1, msg
    li a2, 3
    li a7, 16
    ecall
    li a7, 11                   /* getpid() */
    ecall
    lla a0, motd                /* open("/etc/motd", 0) */
    li a1, 0
    li a7, 15
    ecall
    call run_ls
    li t1, 20000                /* spin: the S timer interrupt arrives here */
spin:
    addi t1, t1, -1
    bnez t1, spin
    li t0, 0x2000               /* the data page: watchpoints */
    li t1, 42
    sd t1, 0(t0)
    ld t2, 0(t0)
    li t0, 0x3000               /* a read-only page: a store page fault ends us */
    sd t1, 0(t0)
    j .
    .size user_start, . - user_start

    .globl run_ls
    .type run_ls, @function
run_ls:                         /* exec("/bin/ls", ["ls", "-l"]) from a frame of its own */
    addi sp, sp, -48
    sd ra, 40(sp)
    sd s0, 32(sp)
    addi s0, sp, 48
    lla t0, arg0
    sd t0, 0(sp)
    lla t0, arg1
    sd t0, 8(sp)
    sd zero, 16(sp)
    lla a0, lspath
    mv a1, sp
    li a7, 7
    ecall
    ld ra, 40(sp)
    ld s0, 32(sp)
    addi sp, sp, 48
    ret
    .size run_ls, . - run_ls

msg:    .ascii "hi\n"
motd:   .asciz "/etc/motd"
arg0:   .asciz "ls"
arg1:   .asciz "-l"
lspath: .asciz "/bin/ls"
