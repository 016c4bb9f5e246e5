/*
 * mmu_pt.h — page tables for the mmu_*.S ISA tests, on top of isa.h.
 *
 * A test builds its own page tables in M-mode (where translation is off), points satp at
 * them, and drops to S or U with the isa.h macros; every trap still lands in isa_mtrap
 * (medeleg = 0), in M-mode, without translation.
 *
 *     #include "mmu_pt.h"
 *     TEST_START
 *         PT_SETUP_IDENTITY(3, 0)                # Sv39 tables, root in s11, RAM identity
 *         SATP_ON(SATP_SV39, 0)
 *         PT_MAP(VA_DATA, page_a, PTE_R | PTE_A, 0)
 *         ...
 *         PASS
 *     TEST_END
 *     PT_RUNTIME
 *
 * Registers: s11 holds the root table, s10 the number of levels (3 Sv39, 4 Sv48, 5 Sv57);
 * the routines below clobber t0-t5 and a0-a7 (never gp, t6, s0-s9) and use the stack.
 *
 * Virtual layout the tests share (below 4 GiB, so the same in every mode):
 *
 *   0x0000_0000 .. 0x3fff_ffff   devices, identity, gigapage R W, not U (finisher, UART)
 *   0x4000_0000 .. 0x401f_ffff   VA_DATA: 4 KiB test pages, one per permission under test
 *   0x4020_0000 .. 0x403f_ffff   VA_MEGA: a 2 MiB page (superpage tests)
 *   0x8000_0000 .. 0xbfff_ffff   RAM, identity, gigapage R W X (U set for U-mode tests)
 */
#ifndef MMU_PT_H
#define MMU_PT_H

#include "isa.h"

/* PTE bits (priv spec 1.12 §4.3.1, §4.4.1) */
#define PTE_V 0x01
#define PTE_R 0x02
#define PTE_W 0x04
#define PTE_X 0x08
#define PTE_U 0x10
#define PTE_G 0x20
#define PTE_A 0x40
#define PTE_D 0x80
#define PTE_RW   (PTE_R | PTE_W)
#define PTE_RWX  (PTE_R | PTE_W | PTE_X)
#define PTE_AD   (PTE_A | PTE_D)

/* satp (priv spec §4.1.11) */
#define SATP_SV39  (8 << 60)
#define SATP_SV48  (9 << 60)
#define SATP_SV57  (10 << 60)
#define SATP_ASID(a) ((a) << 44)

/* The shared virtual layout */
#define VA_DATA  0x40000000
#define VA_MEGA  0x40200000
#define VA_PAGE(n) (VA_DATA + (n) * 0x1000)

/* Leaf levels */
#define LVL_4K   0
#define LVL_2M   1
#define LVL_1G   2
#define LVL_512G 3

/* Fresh page tables for a mode with `levels` levels: the root in s11, devices and RAM
   mapped as in the picture above; RAM with U set when user is 1. satp is not written.
   Clobbers t0-t5, a0-a7. */
#define PT_SETUP_IDENTITY(levels, user) call pt_reset; PT_NEW_SPACE(levels, user)
/* The same without forgetting earlier tables: another address space (root in s11). */
#define PT_NEW_SPACE(levels, user) \
    li s10, levels; call pt_alloc; mv s11, a0; \
    li a1, 0; li a2, 0; li a3, PTE_V | PTE_RW | PTE_AD; li a4, LVL_1G; call pt_map_at; \
    li a1, RAM_BASE; li a2, RAM_BASE; \
    li a3, PTE_V | PTE_RWX | PTE_AD | ((user) * PTE_U); li a4, LVL_1G; call pt_map_at

/* Map va -> physical address of symbol sym with PTE low bits `flags` (V added) as a leaf
   at `level`; a0 = the address of the leaf PTE afterwards. */
#define PT_MAP(va, sym, flags, level) \
    li a1, va; la a2, sym; li a3, (flags) | PTE_V; li a4, level; call pt_map_at
/* The same with a physical address constant. */
#define PT_MAP_PA(va, pa, flags, level) \
    li a1, va; li a2, pa; li a3, (flags) | PTE_V; li a4, level; call pt_map_at
/* a0 = the address of the PTE that maps va at `level` (the tables must exist). */
#define PT_ENTRY(va, level) li a1, va; li a4, level; call pt_walk_to

/* satp = mode | asid | root PPN, then sfence.vma (everything). Clobbers t0, t1. */
#define SATP_ON(mode, asid) \
    srli t0, s11, 12; li t1, (mode) | SATP_ASID(asid); or t0, t0, t1; \
    csrw satp, t0; sfence.vma
#define SATP_OFF csrw satp, zero; sfence.vma

/* Run the instructions in S or U mode, then come back to M (through an ecall). */
#define IN_MODE(mode, ...) GOTO_MODE(mode, 9005f); 9005: __VA_ARGS__; ENTER_M

/* Case n: in mode `mode`, jump to va; the fetch there must trap with cause, and both epc
   and tval must be va. */
#define FETCH_FAULT_CASE(mode, n, cause, va) \
    li TESTNUM, n; ARM_TRAP(9002f); GOTO_MODE(mode, 9001f); \
9001: li a1, va; jr a1; \
9002: ld t0, trap_cause; CHECK(n, t0, cause); \
    ld t0, trap_epc; CHECK(n, t0, va); ld t0, trap_tval; CHECK(n, t0, va)

/* reg = the virtual address of symbol sym in a window at va_base that maps RAM from
   RAM_BASE on (a superpage alias). Clobbers t0. */
#define ALIAS(reg, va_base, sym) \
    la reg, sym; li t0, RAM_BASE; sub reg, reg, t0; li t0, va_base; add reg, reg, t0

/* ---------------------------------------------------------------- the routines */
.macro pt_runtime
    .section .text.pt, "ax", @progbits

/* pt_reset: forget every table (the pool starts over). Clobbers t0, t1. */
pt_reset:
    la      t0, pt_pool
    la      t1, pt_next
    sd      t0, 0(t1)
    ret

/* pt_alloc: a0 = a zeroed 4 KiB table from the pool (fails the test when it runs out).
   Clobbers t0-t2. */
pt_alloc:
    la      t1, pt_next
    ld      a0, 0(t1)
    la      t2, pt_pool_end
    bgeu    a0, t2, isa_fail
    li      t0, 4096
    add     t0, a0, t0
    sd      t0, 0(t1)
    mv      t2, a0
1:  sd      zero, 0(t2)
    addi    t2, t2, 8
    bltu    t2, t0, 1b
    ret

/* pt_walk_to: walk from the root (s11, s10 levels) down to `a4` (the level of the entry
   wanted), creating missing tables; a0 = the address of the entry at level a4 for va a1.
   Clobbers t0-t5, a0, a5-a7. */
pt_walk_to:
    mv      t5, ra
    mv      a5, s11                 /* current table */
    addi    a6, s10, -1             /* current level */
1:  li      t3, 9
    mul     t3, a6, t3
    addi    t3, t3, 12
    srl     t4, a1, t3
    andi    t4, t4, 511
    slli    t4, t4, 3
    add     a7, a5, t4              /* a7 = the entry at this level */
    beq     a6, a4, 3f
    ld      t4, 0(a7)
    andi    t3, t4, PTE_V
    bnez    t3, 2f
    call    pt_alloc                /* a new table below this entry */
    srli    t4, a0, 12
    slli    t4, t4, 10
    ori     t4, t4, PTE_V
    sd      t4, 0(a7)
2:  srli    t4, t4, 10
    slli    t4, t4, 20              /* drop bits 63:54 of the PTE */
    srli    t4, t4, 8
    mv      a5, t4
    addi    a6, a6, -1
    j       1b
3:  mv      a0, a7
    mv      ra, t5
    ret

/* pt_map_at: leaf at level a4 mapping va a1 to pa a2 with PTE bits a3 (the PPN comes from
   a2); a0 = the address of the leaf. Clobbers t0-t5, a0, a5-a7. */
pt_map_at:
    addi    sp, sp, -16
    sd      ra, 0(sp)
    call    pt_walk_to
    ld      ra, 0(sp)
    addi    sp, sp, 16
    srli    t4, a2, 12
    slli    t4, t4, 10
    or      t4, t4, a3
    sd      t4, 0(a0)
    ret

    .section .data.pt, "aw", @progbits
    .balign 8
pt_next:    .dword 0
    .section .bss.pt, "aw", @nobits
    .balign 4096
pt_pool:    .skip 4096 * 24
pt_pool_end:
    .section .text, "ax", @progbits
.endm

#define PT_RUNTIME pt_runtime

#endif /* MMU_PT_H */
