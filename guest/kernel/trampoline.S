/*
 * The trampoline: the one page of code mapped at TRAMPOLINE in the kernel's page
 * table and in every process's, so it keeps running while it switches satp.
 *
 * uservec: stvec points here while a process runs in user mode. A trap from user
 * mode arrives with the user's page table and registers; sscratch holds TRAPFRAME,
 * the process's trapframe page (kdebug.h fixes its layout). We save x1..x31 there,
 * load the kernel's sp, tp, page table and the address of user_trap() from the
 * trapframe, switch to the kernel page table and jump to user_trap().
 *
 * userret(satp, trapframe): user_return() calls here (through the TRAMPOLINE
 * alias) to switch to the process's page table, restore its registers from the
 * trapframe and sret to user mode (sepc and sstatus are already set).
 */
#include "trapframe_offsets.h"      /* TF_* from kdebug.h, extracted by CMake */

#define TF_REG(n) (TF_REGS + 8 * (n))

    .section .trampoline, "ax"
    .align 4
    .globl uservec
uservec:
    csrrw a0, sscratch, a0      # a0 = TRAPFRAME, sscratch = user a0
    sd x1, TF_REG(1)(a0)
    sd x2, TF_REG(2)(a0)
    sd x3, TF_REG(3)(a0)
    sd x4, TF_REG(4)(a0)
    sd x5, TF_REG(5)(a0)
    sd x6, TF_REG(6)(a0)
    sd x7, TF_REG(7)(a0)
    sd x8, TF_REG(8)(a0)
    sd x9, TF_REG(9)(a0)
    sd x11, TF_REG(11)(a0)
    sd x12, TF_REG(12)(a0)
    sd x13, TF_REG(13)(a0)
    sd x14, TF_REG(14)(a0)
    sd x15, TF_REG(15)(a0)
    sd x16, TF_REG(16)(a0)
    sd x17, TF_REG(17)(a0)
    sd x18, TF_REG(18)(a0)
    sd x19, TF_REG(19)(a0)
    sd x20, TF_REG(20)(a0)
    sd x21, TF_REG(21)(a0)
    sd x22, TF_REG(22)(a0)
    sd x23, TF_REG(23)(a0)
    sd x24, TF_REG(24)(a0)
    sd x25, TF_REG(25)(a0)
    sd x26, TF_REG(26)(a0)
    sd x27, TF_REG(27)(a0)
    sd x28, TF_REG(28)(a0)
    sd x29, TF_REG(29)(a0)
    sd x30, TF_REG(30)(a0)
    sd x31, TF_REG(31)(a0)
    csrr t0, sscratch
    sd t0, TF_REG(10)(a0)       # the user's a0

    ld sp, TF_KERNEL_SP(a0)
    ld tp, TF_KERNEL_HARTID(a0)
    ld t0, TF_KERNEL_TRAP(a0)
    ld t1, TF_KERNEL_SATP(a0)
    sfence.vma zero, zero       # finish the user's memory accesses first
    csrw satp, t1               # --- kernel address space from here ---
    sfence.vma zero, zero
    jr t0                       # user_trap(); it never returns here

    .globl userret
userret:
    # a0 = user satp, a1 = TRAPFRAME
    sfence.vma zero, zero
    csrw satp, a0               # --- user address space from here ---
    sfence.vma zero, zero
    mv a0, a1
    csrw sscratch, a0           # for the next uservec
    ld x1, TF_REG(1)(a0)
    ld x2, TF_REG(2)(a0)
    ld x3, TF_REG(3)(a0)
    ld x4, TF_REG(4)(a0)
    ld x5, TF_REG(5)(a0)
    ld x6, TF_REG(6)(a0)
    ld x7, TF_REG(7)(a0)
    ld x8, TF_REG(8)(a0)
    ld x9, TF_REG(9)(a0)
    ld x11, TF_REG(11)(a0)
    ld x12, TF_REG(12)(a0)
    ld x13, TF_REG(13)(a0)
    ld x14, TF_REG(14)(a0)
    ld x15, TF_REG(15)(a0)
    ld x16, TF_REG(16)(a0)
    ld x17, TF_REG(17)(a0)
    ld x18, TF_REG(18)(a0)
    ld x19, TF_REG(19)(a0)
    ld x20, TF_REG(20)(a0)
    ld x21, TF_REG(21)(a0)
    ld x22, TF_REG(22)(a0)
    ld x23, TF_REG(23)(a0)
    ld x24, TF_REG(24)(a0)
    ld x25, TF_REG(25)(a0)
    ld x26, TF_REG(26)(a0)
    ld x27, TF_REG(27)(a0)
    ld x28, TF_REG(28)(a0)
    ld x29, TF_REG(29)(a0)
    ld x30, TF_REG(30)(a0)
    ld x31, TF_REG(31)(a0)
    ld a0, TF_REG(10)(a0)       # last: a0 was our pointer
    sret
