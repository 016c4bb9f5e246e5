/*
 * isa.h — the macros every ISA test is written with.
 *
 * An ISA test is one assembly file that runs bare-metal on the "virt" board (rvscope or
 * QEMU with -bios none): it is linked at 0x80000000 (link.ld), entered there in M-mode,
 * checks one instruction or mechanism, and ends the machine with pass or fail.
 *
 *     #include "isa.h"
 *     TEST_START
 *         TEST_RR(1, add, 5, 2, 3)         # case 1: add 2 + 3 must give 5
 *         TRAP_CASE(2, CAUSE_BREAKPOINT, ebreak)
 *         PASS
 *     TEST_END
 *
 * Exit: the SiFive test finisher at 0x100000 (0x5555 = pass, 0x3333 | code << 16 = fail),
 * so the emulator's (and QEMU's) exit status is the number of the failing case. A test that
 * defines ISA_HTIF before including this file exits through the HTIF `tohost` word instead.
 *
 * Registers the test body must leave alone:
 *   gp (x3)  = TESTNUM, the number of the case being run (the exit code on failure)
 *   t6 (x31) = scratch of the CHECK macros (holds the expected value)
 *   sp       = a 4 KiB stack, in case a test wants one
 * An expected trap clobbers t0 and t1 (the trap handler uses them).
 *
 * Memory map (the same on rvscope and QEMU virt):
 *
 *   0x0010_0000  test finisher          0x1000_0000  UART 16550 (THR +0, LSR +5)
 *   0x0200_0000  CLINT: msip +0, mtimecmp +0x4000, mtime +0xbff8 (10 MHz)
 *   0x8000_0000  RAM, 128 MiB: this test (.text, .data, .bss), then nothing
 *
 * A test file tests/isa/<group>_<what>.S:
 *   - line 1 says what it checks: "# <name>.S: ...". A test of an implementation-defined
 *     choice where QEMU differs from rvscope (or one that uses HTIF) instead starts with
 *     "# rvscope-only: <reason>", and ctest.cmake does not run it on QEMU.
 *   - a line "# march: <isa string>" builds it with another -march (CMakeLists.txt).
 *   - case numbers run from 1 to 254; the exit code names the failing case.
 *   - comments use `#` (the assembler's comment), not `//`.
 */
#ifndef ISA_H
#define ISA_H

/* ---------------------------------------------------------------- the board */
#define FINISHER_BASE   0x100000
#define FINISHER_PASS   0x5555
#define FINISHER_FAIL   0x3333
#define UART_BASE       0x10000000
#define UART_LSR        5
#define UART_LSR_THRE   0x20
#define CLINT_MSIP      0x2000000
#define CLINT_MTIMECMP  0x2004000
#define CLINT_MTIME     0x200bff8
#define RAM_BASE        0x80000000
#define RAM_END         0x88000000      /* first address past 128 MiB of RAM: no device */

/* ---------------------------------------------------------------- privilege levels */
#define PRV_U 0
#define PRV_S 1
#define PRV_M 3

/* ---------------------------------------------------------------- mstatus (priv 1.12 §3.1.6) */
#define MSTATUS_SIE     (1 << 1)
#define MSTATUS_MIE     (1 << 3)
#define MSTATUS_SPIE    (1 << 5)
#define MSTATUS_MPIE    (1 << 7)
#define MSTATUS_SPP     (1 << 8)
#define MSTATUS_MPP     (3 << 11)
#define MSTATUS_MPP_S   (1 << 11)
#define MSTATUS_MPP_M   (3 << 11)
#define MSTATUS_FS      (3 << 13)
#define MSTATUS_FS_OFF      (0 << 13)
#define MSTATUS_FS_INITIAL  (1 << 13)
#define MSTATUS_FS_CLEAN    (2 << 13)
#define MSTATUS_FS_DIRTY    (3 << 13)
#define MSTATUS_MPRV    (1 << 17)
#define MSTATUS_SUM     (1 << 18)
#define MSTATUS_MXR     (1 << 19)
#define MSTATUS_TVM     (1 << 20)
#define MSTATUS_TW      (1 << 21)
#define MSTATUS_TSR     (1 << 22)
#define MSTATUS_UXL     (3 << 32)
#define MSTATUS_SXL     (3 << 34)
#define MSTATUS_SD      (1 << 63)

/* ---------------------------------------------------------------- trap causes (mcause) */
#define CAUSE_FETCH_MISALIGNED   0
#define CAUSE_FETCH_ACCESS       1
#define CAUSE_ILLEGAL_INSN       2
#define CAUSE_BREAKPOINT         3
#define CAUSE_LOAD_MISALIGNED    4
#define CAUSE_LOAD_ACCESS        5
#define CAUSE_STORE_MISALIGNED   6      /* also AMO */
#define CAUSE_STORE_ACCESS       7      /* also AMO */
#define CAUSE_ECALL_U            8
#define CAUSE_ECALL_S            9
#define CAUSE_ECALL_M           11
#define CAUSE_FETCH_PAGE_FAULT  12
#define CAUSE_LOAD_PAGE_FAULT   13
#define CAUSE_STORE_PAGE_FAULT  15

/* Interrupts: mcause has bit 63 set; the number is also the bit in mip/mie. */
#define IRQ_S_SOFT   1
#define IRQ_M_SOFT   3
#define IRQ_S_TIMER  5
#define IRQ_M_TIMER  7
#define IRQ_S_EXT    9
#define IRQ_M_EXT   11
#define CAUSE_IRQ(n) (0x8000000000000000 | (n))
#define MIP_SSIP (1 << IRQ_S_SOFT)
#define MIP_MSIP (1 << IRQ_M_SOFT)
#define MIP_STIP (1 << IRQ_S_TIMER)
#define MIP_MTIP (1 << IRQ_M_TIMER)
#define MIP_SEIP (1 << IRQ_S_EXT)
#define MIP_MEIP (1 << IRQ_M_EXT)

/* fflags bits */
#define FFLAG_NX 1      /* inexact */
#define FFLAG_UF 2      /* underflow */
#define FFLAG_OF 4      /* overflow */
#define FFLAG_DZ 8      /* divide by zero */
#define FFLAG_NV 16     /* invalid */

/* Rounding modes (frm values; the same names are the static rm operand of FP instructions) */
#define RM_RNE 0
#define RM_RTZ 1
#define RM_RDN 2
#define RM_RUP 3
#define RM_RMM 4
#define RM_DYN 7

/* CSRs the assembler may not know by name */
#define CSR_MCONFIGPTR    0xf15
#define CSR_MCOUNTINHIBIT 0x320
#define CSR_MENVCFG       0x30a
#define CSR_SENVCFG       0x10a

/* ---------------------------------------------------------------- registers */
#define TESTNUM gp

/* ---------------------------------------------------------------- start, end, verdict */
#define TEST_START  isa_entry           /* first line of every test body */
#define TEST_END    isa_runtime         /* last line: trap handlers, pass/fail, data */
#define PASS        j isa_pass
#define FAIL        j isa_fail          /* fail with the current TESTNUM */

/* ---------------------------------------------------------------- checks */
/* The checks branch around a `j isa_fail` (jal reaches +-1 MiB; a conditional branch to
   isa_fail could be out of its +-4 KiB range in a long test). */
/* Fail with case n unless register reg holds value val (any 64-bit constant). */
#define CHECK(n, reg, val)      li TESTNUM, n; li t6, val; beq reg, t6, 9009f; j isa_fail; 9009:
/* Fail with case n unless reg holds the address of symbol/label sym. */
#define CHECK_SYM(n, reg, sym)  li TESTNUM, n; la t6, sym; beq reg, t6, 9009f; j isa_fail; 9009:
/* Fail with case n unless registers a and b are equal. */
#define CHECK_REGS(n, a, b)     li TESTNUM, n; beq a, b, 9009f; j isa_fail; 9009:

/* Case n: run the instructions after `val`, then reg must hold val. */
#define TEST_CASE(n, reg, val, ...) \
    li TESTNUM, n; __VA_ARGS__; li t6, val; beq reg, t6, 9009f; j isa_fail; 9009:

/* Register-register op: a0 = a1 op a2 with a1 = a, a2 = b. */
#define TEST_RR(n, op, res, a, b) \
    TEST_CASE(n, a0, res, li a1, a; li a2, b; op a0, a1, a2)
/* ...with the destination also the first source (rd == rs1). */
#define TEST_RR_DEST1(n, op, res, a, b) \
    TEST_CASE(n, a1, res, li a1, a; li a2, b; op a1, a1, a2)
/* ...with the destination also the second source (rd == rs2). */
#define TEST_RR_DEST2(n, op, res, a, b) \
    TEST_CASE(n, a2, res, li a1, a; li a2, b; op a2, a1, a2)
/* ...with one register as both sources and destination. */
#define TEST_RR_SAME(n, op, res, a) \
    TEST_CASE(n, a1, res, li a1, a; op a1, a1, a1)
/* Register-immediate op: a0 = a1 op imm with a1 = a. */
#define TEST_RI(n, op, res, a, imm) \
    TEST_CASE(n, a0, res, li a1, a; op a0, a1, imm)
#define TEST_RI_DEST1(n, op, res, a, imm) \
    TEST_CASE(n, a1, res, li a1, a; op a1, a1, imm)

/* Case n: a0 = `op a0, off(a1)` with a1 = address of base must equal res. */
#define TEST_LD(n, op, res, off, base) \
    TEST_CASE(n, a0, res, la a1, base; op a0, off(a1))
/* Case n: `sop a2, off(a1)` with a2 = val, a1 = address of base; then `lop a0, off(a1)`
   must give res. */
#define TEST_ST(n, sop, lop, res, val, off, base) \
    TEST_CASE(n, a0, res, la a1, base; li a2, val; sop a2, off(a1); lop a0, off(a1))

/* Case n: the doubleword at buf holds init; `op a0, a2, (a1)` with a2 = src and a1 = buf
   must return res in a0 and leave mem in the doubleword (a .w op only touches its low word). */
#define TEST_AMO(n, op, buf, init, src, res, mem) \
    li TESTNUM, n; la a1, buf; li a3, init; sd a3, 0(a1); li a2, src; \
    op a0, a2, (a1); CHECK(n, a0, res); ld a4, 0(a1); CHECK(n, a4, mem)

/* Case n: conditional branch `op a1, a2, target` with a1 = a, a2 = b must be taken, both
   to a forward and to a backward target. */
#define TEST_BR_TAKEN(n, op, a, b) \
    li TESTNUM, n; li a1, a; li a2, b; \
    op a1, a2, 9006f; j isa_fail; \
9007: j 9008f; \
9006: op a1, a2, 9007b; j isa_fail; \
9008:
/* Case n: the same branch must fall through, for a backward and a forward target. */
#define TEST_BR_NOT_TAKEN(n, op, a, b) \
    li TESTNUM, n; li a1, a; li a2, b; j 9007f; \
9006: j isa_fail; \
9007: op a1, a2, 9006b; op a1, a2, 9006f; j 9008f; \
9006: j isa_fail; \
9008:

/* ---------------------------------------------------------------- privilege changes */
/* Continue at label in privilege mode `mode` (PRV_U or PRV_S) by mret. Clobbers t0.
   mret also sets MIE = MPIE and MPIE = 1. */
#define GOTO_MODE(mode, label) \
    li t0, MSTATUS_MPP; csrc mstatus, t0; \
    li t0, ((mode) << 11); csrs mstatus, t0; \
    la t0, label; csrw mepc, t0; mret
/* Drop from M to U or S and go on with the next instruction. */
#define ENTER_U  GOTO_MODE(PRV_U, 9003f); 9003:
#define ENTER_S  GOTO_MODE(PRV_S, 9003f); 9003:
/* Back to M-mode from U or S (an ecall the test expects; not delegated). Clobbers t0, t1. */
#define ENTER_M  ARM_TRAP(9004f); ecall; j isa_fail; 9004:

/* Case n: the current privilege must be `mode`: an ecall tells (cause 8, 9 or 11), and the
   test continues in M. Only for tests that do not delegate ecalls. Clobbers t0, t1. */
#define CHECK_PRIV(n, mode) \
    li TESTNUM, n; ARM_TRAP(9005f); ecall; j isa_fail; \
9005: ld t0, trap_cause; CHECK(n, t0, CAUSE_ECALL_U + (mode))   /* 8 + 0, 8 + 1, 8 + 3 */

/* ---------------------------------------------------------------- traps */
/*
 * Both trap handlers (isa_mtrap for M, isa_strap for S; installed in mtvec and stvec at
 * start) write what they saw into the trap record:
 *     trap_cause, trap_epc, trap_tval, trap_status (mstatus or sstatus after trap entry),
 *     trap_mode (3 = taken in M, 1 = taken in S), trap_count (traps so far)
 * and then jump to trap_resume, in the mode that took the trap (no xRET). A trap while
 * trap_resume is 0 is unexpected: the test fails with the current TESTNUM. trap_resume is
 * cleared each time it is used, so every expected trap is armed on its own.
 */
/* The next trap resumes at label. Clobbers t0, t1. */
#define ARM_TRAP(label)  la t0, label; sd t0, trap_resume, t1

/* Case n: the instructions must trap with mcause/scause == cause, and the trap's epc must be
   the first of them. Execution goes on after the macro in the mode that took the trap. */
#define TRAP_CASE(n, cause, ...) \
    li TESTNUM, n; ARM_TRAP(9002f); \
9001: __VA_ARGS__; j isa_fail; \
9002: CHECK_TRAP(n, cause, 9001b)

/* The same, with the instructions run in U-mode or S-mode (entered by mret from M). */
#define TRAP_CASE_IN(mode, n, cause, ...) \
    li TESTNUM, n; ARM_TRAP(9002f); GOTO_MODE(mode, 9001f); \
9001: __VA_ARGS__; j isa_fail; \
9002: CHECK_TRAP(n, cause, 9001b)
#define TRAP_CASE_U(n, cause, ...) TRAP_CASE_IN(PRV_U, n, cause, __VA_ARGS__)
#define TRAP_CASE_S(n, cause, ...) TRAP_CASE_IN(PRV_S, n, cause, __VA_ARGS__)

/* Case n: the last trap had this cause and its epc was label sym. Clobbers t0. */
#define CHECK_TRAP(n, cause, sym) \
    ld t0, trap_cause; CHECK(n, t0, cause); ld t0, trap_epc; CHECK_SYM(n, t0, sym)
#define CHECK_CAUSE(n, cause)   ld t0, trap_cause; CHECK(n, t0, cause)
#define CHECK_TVAL(n, val)      ld t0, trap_tval;  CHECK(n, t0, val)
#define CHECK_TVAL_SYM(n, sym)  ld t0, trap_tval;  CHECK_SYM(n, t0, sym)
#define CHECK_TRAP_MODE(n, m)   ld t0, trap_mode;  CHECK(n, t0, m)
#define CHECK_TRAP_COUNT(n, c)  ld t0, trap_count; CHECK(n, t0, c)

/* Case n: the status register the handler saw after trap entry (mstatus for a trap taken in
   M, sstatus for one taken in S), masked, must equal val. Clobbers t0. */
#define CHECK_TRAP_STATUS(n, mask, val) \
    ld t0, trap_status; li t6, mask; and t0, t0, t6; CHECK(n, t0, val)

/* Case n: mstatus & mask must equal val. Clobbers t0. */
#define CHECK_MSTATUS(n, mask, val) \
    csrr t0, mstatus; li t6, mask; and t0, t0, t6; CHECK(n, t0, val)

/* Case n: the CSR csr must read val. Clobbers t0. */
#define CHECK_CSR(n, csr, val)  csrr t0, csr; CHECK(n, t0, val)

/* ---------------------------------------------------------------- CLINT timer and msip */
/* mtimecmp = all ones: the machine timer interrupt (MTIP) is not pending. (QEMU resets
   mtimecmp to 0, so MTIP is pending from the start until a test does this.) Clobbers t0, t1. */
#define TIMER_OFF   li t0, CLINT_MTIMECMP; li t1, -1; sd t1, 0(t0)
/* mtimecmp = mtime + ticks (10 MHz; ticks < 2048): MTIP rises `ticks` ticks from now.
   Clobbers t0, t1. */
#define TIMER_IN(ticks) \
    li t0, CLINT_MTIME; ld t1, 0(t0); addi t1, t1, ticks; li t0, CLINT_MTIMECMP; sd t1, 0(t0)
/* mtimecmp = 0: MTIP pending now. Clobbers t0. */
#define TIMER_NOW   li t0, CLINT_MTIMECMP; sd zero, 0(t0)
/* msip of hart 0 = 1 / 0: raise / lower the machine software interrupt (MSIP). */
#define MSIP_SET    li t0, CLINT_MSIP; li t1, 1; sw t1, 0(t0)
#define MSIP_CLEAR  li t0, CLINT_MSIP; sw zero, 0(t0)

/* ---------------------------------------------------------------- floating point */
/* Sign-extend a 32-bit pattern to 64 bits, as fmv.x.w does. */
#define SEXT32(x) ((((x) & 0xffffffff) ^ 0x80000000) - 0x80000000)

/* Load raw bit patterns into FP registers (fmv.w.x NaN-boxes the single). Clobbers t0. */
#define LOAD_S(freg, bits) li t0, bits; fmv.w.x freg, t0
#define LOAD_D(freg, bits) li t0, bits; fmv.d.x freg, t0

/* Case n: fa0 (single) must hold bits and fflags must equal flags. Clobbers t0.
   fflags is read and cleared (csrrw) so the next case starts with no flags. */
#define CHECK_S(n, bits, flags) \
    fmv.x.w t0, fa0; CHECK(n, t0, SEXT32(bits)); csrrw t0, fflags, zero; CHECK(n, t0, flags)
#define CHECK_D(n, bits, flags) \
    fmv.x.d t0, fa0; CHECK(n, t0, bits); csrrw t0, fflags, zero; CHECK(n, t0, flags)
/* Case n: integer result a0 must be val and fflags flags. */
#define CHECK_X(n, val, flags) \
    CHECK(n, a0, val); csrrw t0, fflags, zero; CHECK(n, t0, flags)

/* fa0 = op(fa1, fa2) for single bit patterns a, b; rm is a rounding-mode operand. */
#define TEST_FP_S2(n, op, rm, res, flags, a, b) \
    li TESTNUM, n; LOAD_S(fa1, a); LOAD_S(fa2, b); csrw fflags, zero; \
    op fa0, fa1, fa2, rm; CHECK_S(n, res, flags)
#define TEST_FP_D2(n, op, rm, res, flags, a, b) \
    li TESTNUM, n; LOAD_D(fa1, a); LOAD_D(fa2, b); csrw fflags, zero; \
    op fa0, fa1, fa2, rm; CHECK_D(n, res, flags)
/* ...for ops without a rounding mode (fmin, fmax, fsgnj*). */
#define TEST_FP_S2X(n, op, res, flags, a, b) \
    li TESTNUM, n; LOAD_S(fa1, a); LOAD_S(fa2, b); csrw fflags, zero; \
    op fa0, fa1, fa2; CHECK_S(n, res, flags)
#define TEST_FP_D2X(n, op, res, flags, a, b) \
    li TESTNUM, n; LOAD_D(fa1, a); LOAD_D(fa2, b); csrw fflags, zero; \
    op fa0, fa1, fa2; CHECK_D(n, res, flags)
/* fa0 = op(fa1, fa2, fa3) for the fused multiply-adds. */
#define TEST_FP_S3(n, op, rm, res, flags, a, b, c) \
    li TESTNUM, n; LOAD_S(fa1, a); LOAD_S(fa2, b); LOAD_S(fa3, c); csrw fflags, zero; \
    op fa0, fa1, fa2, fa3, rm; CHECK_S(n, res, flags)
#define TEST_FP_D3(n, op, rm, res, flags, a, b, c) \
    li TESTNUM, n; LOAD_D(fa1, a); LOAD_D(fa2, b); LOAD_D(fa3, c); csrw fflags, zero; \
    op fa0, fa1, fa2, fa3, rm; CHECK_D(n, res, flags)
/* fa0 = op(fa1) (fsqrt). */
#define TEST_FP_S1(n, op, rm, res, flags, a) \
    li TESTNUM, n; LOAD_S(fa1, a); csrw fflags, zero; op fa0, fa1, rm; CHECK_S(n, res, flags)
#define TEST_FP_D1(n, op, rm, res, flags, a) \
    li TESTNUM, n; LOAD_D(fa1, a); csrw fflags, zero; op fa0, fa1, rm; CHECK_D(n, res, flags)
/* a0 = op(fa1, fa2) for compares (feq, flt, fle). */
#define TEST_FCMP_S(n, op, res, flags, a, b) \
    li TESTNUM, n; LOAD_S(fa1, a); LOAD_S(fa2, b); csrw fflags, zero; \
    op a0, fa1, fa2; CHECK_X(n, res, flags)
#define TEST_FCMP_D(n, op, res, flags, a, b) \
    li TESTNUM, n; LOAD_D(fa1, a); LOAD_D(fa2, b); csrw fflags, zero; \
    op a0, fa1, fa2; CHECK_X(n, res, flags)
/* a0 = fcvt.<int>.<fp>(fa1) with rounding mode rm. */
#define TEST_FCVT_X_S(n, op, rm, res, flags, a) \
    li TESTNUM, n; LOAD_S(fa1, a); csrw fflags, zero; op a0, fa1, rm; CHECK_X(n, res, flags)
#define TEST_FCVT_X_D(n, op, rm, res, flags, a) \
    li TESTNUM, n; LOAD_D(fa1, a); csrw fflags, zero; op a0, fa1, rm; CHECK_X(n, res, flags)
/* fa0 = fcvt.<fp>.<int>(a1) with rounding mode rm. */
#define TEST_FCVT_S_X(n, op, rm, res, flags, a) \
    li TESTNUM, n; li a1, a; csrw fflags, zero; op fa0, a1, rm; CHECK_S(n, res, flags)
#define TEST_FCVT_D_X(n, op, rm, res, flags, a) \
    li TESTNUM, n; li a1, a; csrw fflags, zero; op fa0, a1, rm; CHECK_D(n, res, flags)

/* Single-precision and double-precision constants used all over the FP tests. */
#define S_ZERO   0x00000000
#define S_NZERO  0x80000000
#define S_ONE    0x3f800000
#define S_NONE   0xbf800000     /* -1.0 */
#define S_TWO    0x40000000
#define S_INF    0x7f800000
#define S_NINF   0xff800000
#define S_QNAN   0x7fc00000     /* the canonical NaN */
#define S_SNAN   0x7f800001
#define S_MAX    0x7f7fffff     /* largest finite */
#define S_MIN    0x00800000     /* smallest normal */
#define S_DENORM 0x00000001     /* smallest subnormal */
#define D_ZERO   0x0000000000000000
#define D_NZERO  0x8000000000000000
#define D_ONE    0x3ff0000000000000
#define D_NONE   0xbff0000000000000
#define D_TWO    0x4000000000000000
#define D_INF    0x7ff0000000000000
#define D_NINF   0xfff0000000000000
#define D_QNAN   0x7ff8000000000000 /* the canonical NaN */
#define D_SNAN   0x7ff0000000000001
#define D_MAX    0x7fefffffffffffff
#define D_MIN    0x0010000000000000
#define D_DENORM 0x0000000000000001

/* ================================================================ runtime
 * Code and data every test needs, emitted by TEST_START and TEST_END. Written with
 * assembler macros so they can carry comments and several lines.
 */

/* isa_entry: M-mode start. Open physical memory to S and U through PMP entry 0 (harts with
   PMP deny S/U everything until an entry matches), install the trap handlers, switch the
   FPU on in the Initial state with fcsr = 0, and fall into the test body. */
.macro isa_entry
    .section .text.init, "ax", @progbits
    .globl _start
_start:
    csrr    t0, mhartid
1:  bnez    t0, 1b                  /* only hart 0 runs the test */
    la      t0, 2f                  /* a hart without PMP may trap on pmp CSRs: skip to 2 */
    csrw    mtvec, t0
    li      t0, -1
    csrw    pmpaddr0, t0            /* NAPOT region covering all addresses */
    li      t0, 0x1f                /* A = NAPOT, X, W, R */
    csrw    pmpcfg0, t0
    .balign 4
2:  la      t0, isa_mtrap
    csrw    mtvec, t0
    la      t0, isa_strap
    csrw    stvec, t0
    csrw    mie, zero
    csrw    medeleg, zero
    csrw    mideleg, zero
    csrw    satp, zero
    li      t0, MSTATUS_FS
    csrs    mstatus, t0             /* FS = Dirty so fcsr can be written */
    csrw    fcsr, zero
    csrc    mstatus, t0
    li      t0, MSTATUS_FS_INITIAL
    csrs    mstatus, t0             /* FS = Initial */
    la      sp, isa_stack_top
    li      TESTNUM, 0
    li      t0, 0
.endm

/* isa_runtime: the trap handlers, pass and fail, console output, the trap record. */
.macro isa_runtime
    .section .text.isa, "ax", @progbits

/* M-mode trap handler: fill the trap record, resume at trap_resume (or fail). */
    .balign 64
isa_mtrap:
    la      t0, trap_record
    csrr    t1, mcause
    sd      t1, 0(t0)
    csrr    t1, mepc
    sd      t1, 8(t0)
    csrr    t1, mtval
    sd      t1, 16(t0)
    csrr    t1, mstatus
    sd      t1, 24(t0)
    li      t1, PRV_M
    sd      t1, 32(t0)
    j       isa_trap_common

/* S-mode trap handler: the same with the S-mode CSRs. */
    .balign 64
isa_strap:
    la      t0, trap_record
    csrr    t1, scause
    sd      t1, 0(t0)
    csrr    t1, sepc
    sd      t1, 8(t0)
    csrr    t1, stval
    sd      t1, 16(t0)
    csrr    t1, sstatus
    sd      t1, 24(t0)
    li      t1, PRV_S
    sd      t1, 32(t0)

isa_trap_common:                    /* t0 = trap_record */
    ld      t1, 40(t0)
    addi    t1, t1, 1
    sd      t1, 40(t0)              /* trap_count++ */
    ld      t1, 48(t0)
    beqz    t1, isa_unexpected_trap
    sd      zero, 48(t0)            /* one trap per ARM_TRAP */
    jr      t1

/* An unexpected trap: say which, then fail with the current case number. */
isa_unexpected_trap:
    la      a0, isa_msg_trap
    call    isa_puts
    mv      a0, TESTNUM
    call    isa_putdec
    la      a0, isa_msg_cause
    call    isa_puts
    ld      a0, trap_cause
    call    isa_puthex
    la      a0, isa_msg_epc
    call    isa_puts
    ld      a0, trap_epc
    call    isa_puthex
    la      a0, isa_msg_tval
    call    isa_puts
    ld      a0, trap_tval
    call    isa_puthex
    li      a0, 10                  /* newline */
    call    isa_putchar
    j       isa_exit_fail

isa_pass:
    la      a0, isa_msg_pass
    call    isa_puts
#ifdef ISA_HTIF
    li      t0, 1                   /* HTIF: (0 << 1) | 1 = pass */
    la      t1, tohost
    sd      t0, 0(t1)
#else
    li      t0, FINISHER_PASS
    li      t1, FINISHER_BASE
    sw      t0, 0(t1)
#endif
1:  j       1b

isa_fail:
    la      a0, isa_msg_fail
    call    isa_puts
    mv      a0, TESTNUM
    call    isa_putdec
    li      a0, 10                  /* newline */
    call    isa_putchar
isa_exit_fail:                      /* exit code = TESTNUM, or 255 if it is 0 or too big */
    mv      t0, TESTNUM
    li      t1, 255
    beqz    t0, 1f
    bleu    t0, t1, 2f
1:  li      t0, 255
2:
#ifdef ISA_HTIF
    slli    t0, t0, 1
    ori     t0, t0, 1
    la      t1, tohost
    sd      t0, 0(t1)
#else
    slli    t0, t0, 16
    li      t1, FINISHER_FAIL
    or      t0, t0, t1
    li      t1, FINISHER_BASE
    sw      t0, 0(t1)
#endif
3:  j       3b

/* isa_putchar(a0): one character to the console. Clobbers t0-t2. */
isa_putchar:
#ifdef ISA_HTIF
    /* HTIF console: device 1 (bcd), command 1 (putchar). Wait (bounded) for the host to
       take each command: it clears tohost, and may answer in fromhost, which we clear. */
    la      t0, tohost
    li      t2, 100000
1:  ld      t1, 0(t0)
    beqz    t1, 2f
    addi    t2, t2, -1
    bnez    t2, 1b
2:  li      t1, 0x0101000000000000
    andi    a0, a0, 0xff
    or      t1, t1, a0
    sd      t1, 0(t0)
    li      t2, 100000
3:  ld      t1, 0(t0)
    beqz    t1, 4f
    addi    t2, t2, -1
    bnez    t2, 3b
4:  la      t0, fromhost
    sd      zero, 0(t0)
    ret
#else
    li      t0, UART_BASE
1:  lbu     t1, UART_LSR(t0)
    andi    t1, t1, UART_LSR_THRE
    beqz    t1, 1b
    sb      a0, 0(t0)
    ret
#endif

/* isa_puts(a0 = NUL-terminated string). Clobbers a0, a1, t0-t2. */
isa_puts:
    mv      a1, a0
    mv      t3, ra
1:  lbu     a0, 0(a1)
    beqz    a0, 2f
    call    isa_putchar
    addi    a1, a1, 1
    j       1b
2:  mv      ra, t3
    ret

/* isa_puthex(a0): "0x" and 16 hex digits. Clobbers a0-a2, t0-t4. */
isa_puthex:
    mv      t4, ra
    mv      a1, a0
    li      a0, 48                  /* '0' */
    call    isa_putchar
    li      a0, 120                 /* 'x' */
    call    isa_putchar
    li      a2, 60
1:  srl     a0, a1, a2
    andi    a0, a0, 15
    addi    a0, a0, 48              /* '0' + digit */
    li      t0, 57                  /* '9' */
    bleu    a0, t0, 2f
    addi    a0, a0, 39              /* 'a' - '0' - 10 */
2:  call    isa_putchar
    addi    a2, a2, -4
    bgez    a2, 1b
    mv      ra, t4
    ret

/* isa_putdec(a0 < 1000): decimal, without leading zeros. Clobbers a0-a2, t0-t4. */
isa_putdec:
    mv      t4, ra
    mv      a1, a0
    li      a2, 100
    bltu    a1, a2, 1f
    divu    a0, a1, a2              /* hundreds */
    addi    a0, a0, 48
    call    isa_putchar
    j       2f
1:  li      a2, 10
    bltu    a1, a2, 3f
2:  li      a2, 10
    divu    a0, a1, a2
    remu    a0, a0, a2              /* tens */
    addi    a0, a0, 48
    call    isa_putchar
3:  li      a2, 10
    remu    a0, a1, a2              /* ones */
    addi    a0, a0, 48
    call    isa_putchar
    mv      ra, t4
    ret

    .section .rodata.isa, "a", @progbits
isa_msg_pass:   .asciz "isa: pass\n"
isa_msg_fail:   .asciz "isa: FAIL in case "
isa_msg_trap:   .asciz "isa: unexpected trap in case "
isa_msg_cause:  .asciz ": cause "
isa_msg_epc:    .asciz " epc "
isa_msg_tval:   .asciz " tval "

    .section .data.isa, "aw", @progbits
    .balign 8
    .globl trap_record
trap_record:
trap_cause:     .dword 0
trap_epc:       .dword 0
trap_tval:      .dword 0
trap_status:    .dword 0
trap_mode:      .dword 0
trap_count:     .dword 0
trap_resume:    .dword 0

#ifdef ISA_HTIF
    /* HTIF mailbox: the host finds it by the ELF symbols tohost and fromhost. */
    .section .tohost, "aw", @progbits
    .balign 64
    .globl tohost
tohost:         .dword 0
    .balign 64
    .globl fromhost
fromhost:       .dword 0
#endif

    .section .bss.isa, "aw", @nobits
    .balign 16
isa_stack:      .skip 4096
isa_stack_top:
    .section .text, "ax", @progbits
.endm

#endif /* ISA_H */
