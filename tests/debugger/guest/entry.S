/*
 * The debugger's test kernel, assembly side: M-mode entry, a tiny M-mode SBI (legacy
 * console_putchar, SRST system_reset), and the S-mode trap vector that saves the user's
 * registers in the trapframe (guest/include/kdebug.h layout, TF_* offsets).
 */
/* Trapframe offsets (guest/include/kdebug.h, which is C only); minikernel.c checks them
 * against that header with _Static_assert. */
#define TF_EPC 256
#define TF_KERNEL_SP 272

    .section .text.init
    .globl _start
_start:
    csrr t0, mhartid
    bnez t0, park
    la sp, mstack
    li t0, 4096
    add sp, sp, t0
    call mstart                 /* never returns: mret to kmain in S-mode */
park:                           /* other harts wait forever (info harts shows them) */
    wfi
    j park

/* M-mode traps: only S-mode ecalls come here (the SBI). a7 = extension. */
    .text
    .align 4
    .globl mtrap
mtrap:
    csrrw sp, mscratch, sp
    sd t0, 0(sp)
    sd t1, 8(sp)
    li t0, 0x01                 /* legacy console_putchar(a0) */
    beq a7, t0, sbi_putchar_m
    li t0, 0x53525354           /* SRST system_reset: power off through the finisher */
    beq a7, t0, sbi_reset_m
    li a0, -2                   /* SBI_ERR_NOT_SUPPORTED */
    j mtrap_out
sbi_putchar_m:
    li t0, 0x10000000
    sb a0, 0(t0)
    li a0, 0
    j mtrap_out
sbi_reset_m:
    li t0, 0x100000
    li t1, 0x5555
    sw t1, 0(t0)
1:  j 1b
mtrap_out:
    csrr t0, mepc
    addi t0, t0, 4
    csrw mepc, t0
    ld t0, 0(sp)
    ld t1, 8(sp)
    csrrw sp, mscratch, sp
    mret

/* S-mode traps from U-mode. sscratch holds the current trapframe. */
    .align 4
    .globl strapvec
strapvec:
    csrrw a0, sscratch, a0
    sd ra, 8(a0)
    sd sp, 16(a0)
    sd gp, 24(a0)
    sd tp, 32(a0)
    sd t0, 40(a0)
    sd t1, 48(a0)
    sd t2, 56(a0)
    sd s0, 64(a0)
    sd s1, 72(a0)
    sd a1, 88(a0)
    sd a2, 96(a0)
    sd a3, 104(a0)
    sd a4, 112(a0)
    sd a5, 120(a0)
    sd a6, 128(a0)
    sd a7, 136(a0)
    sd s2, 144(a0)
    sd s3, 152(a0)
    sd s4, 160(a0)
    sd s5, 168(a0)
    sd s6, 176(a0)
    sd s7, 184(a0)
    sd s8, 192(a0)
    sd s9, 200(a0)
    sd s10, 208(a0)
    sd s11, 216(a0)
    sd t3, 224(a0)
    sd t4, 232(a0)
    sd t5, 240(a0)
    sd t6, 248(a0)
    csrr t0, sscratch
    sd t0, 80(a0)
    csrr t0, sepc
    sd t0, TF_EPC(a0)
    ld sp, TF_KERNEL_SP(a0)
    li s0, 0                    /* the end of the frame-pointer chain */
    call strap                  /* returns the trapframe in a0 */
    .globl trapret
trapret:                        /* back to U-mode with the trapframe in a0 */
    ld t0, TF_EPC(a0)
    csrw sepc, t0
    ld ra, 8(a0)
    ld sp, 16(a0)
    ld gp, 24(a0)
    ld tp, 32(a0)
    ld t0, 40(a0)
    ld t1, 48(a0)
    ld t2, 56(a0)
    ld s0, 64(a0)
    ld s1, 72(a0)
    ld a1, 88(a0)
    ld a2, 96(a0)
    ld a3, 104(a0)
    ld a4, 112(a0)
    ld a5, 120(a0)
    ld a6, 128(a0)
    ld a7, 136(a0)
    ld s2, 144(a0)
    ld s3, 152(a0)
    ld s4, 160(a0)
    ld s5, 168(a0)
    ld s6, 176(a0)
    ld s7, 184(a0)
    ld s8, 192(a0)
    ld s9, 200(a0)
    ld s10, 208(a0)
    ld s11, 216(a0)
    ld t3, 224(a0)
    ld t4, 232(a0)
    ld t5, 240(a0)
    ld t6, 248(a0)
    csrw sscratch, a0
    ld a0, 80(a0)
    sret

/* The user program's bytes, mapped at 0x1000 for pid 2 (one page, page aligned). */
    .section .utext, "ax"
    .balign 4096
    .globl user_image
user_image:
    .incbin SH_BIN
    .balign 4096
