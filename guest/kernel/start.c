/*
 * M-mode start-up, run once on every hart before anything else. The kernel runs in
 * S-mode; M-mode only has to hand the machine over (priv spec 1.12, chapter 3):
 *   - delegate exceptions and the S-mode interrupts to S-mode (medeleg, mideleg),
 *   - open physical memory to S and U with one PMP region (otherwise S-mode could
 *     touch nothing: §3.7.1, "no PMP entry matches" fails for S/U),
 *   - give S-mode the timer: Sstc's stimecmp (menvcfg.STCE) and reading `time`,
 *   - then mret into main() in S-mode, with paging off.
 * No M-mode code runs after that, so any trap reaching M-mode is a kernel bug: it
 * goes to machine_trap, which powers the machine off with a failure code.
 */
#include <stdint.h>

#include "param.h"
#include "riscv.h"
#include "kernel.h"

__attribute__((aligned(16))) char boot_stacks[NCPU * BOOT_STACK_SIZE];

/* Set by hart 0 in M-mode, read by main(): the device tree the board passed. */
uint64_t boot_dtb;

/* Exceptions handled by the S-mode kernel (scause numbers). Ecalls from S and M
 * mode never happen: the kernel does not call firmware. */
static const uint64_t delegated_exceptions =
    (1u << EXC_INSN_MISALIGNED) | (1u << EXC_INSN_ACCESS) | (1u << EXC_ILLEGAL_INSN) |
    (1u << EXC_BREAKPOINT) | (1u << EXC_LOAD_MISALIGNED) | (1u << EXC_LOAD_ACCESS) |
    (1u << EXC_STORE_MISALIGNED) | (1u << EXC_STORE_ACCESS) | (1u << EXC_ECALL_U) |
    (1u << EXC_INSN_PAGE_FAULT) | (1u << EXC_LOAD_PAGE_FAULT) | (1u << EXC_STORE_PAGE_FAULT);

/* An unexpected trap into M-mode: report through the test finisher and stop. */
__attribute__((aligned(4), noreturn)) static void machine_trap(void)
{
    volatile uint32_t *finisher = (volatile uint32_t *)0x100000;
    *finisher = (uint32_t)((csr_read(mcause) & 0xff) << 16) | 0x3333;
    for (;;)
        wfi();
}

/* Called by entry.S on every hart, in M-mode, on the hart's boot stack. Configures
 * delegation, PMP and the timer as described above and enters main() in S-mode
 * with tp = hartid. Does not return. */
void machine_start(uint64_t hartid, uint64_t dtb)
{
    if (hartid == 0)
        boot_dtb = dtb;

    csr_write(mtvec, (uint64_t)machine_trap);

    /* mret goes to main in S-mode, with address translation off. */
    uint64_t mstatus = csr_read(mstatus);
    mstatus = (mstatus & ~MSTATUS_MPP_MASK) | MSTATUS_MPP_S;
    csr_write(mstatus, mstatus);
    csr_write(mepc, (uint64_t)main);
    csr_write(satp, 0);

    csr_write(medeleg, delegated_exceptions);
    csr_write(mideleg, IE_SSIE | IE_STIE | IE_SEIE);
    csr_write(sie, IE_SSIE | IE_STIE | IE_SEIE);

    csr_write(pmpaddr0, PMPADDR_ALL);
    csr_write(pmpcfg0, PMPCFG_RWX_NAPOT);

    /* Sstc: S-mode programs stimecmp; no timer interrupt until it does. */
    csr_write(menvcfg, csr_read(menvcfg) | MENVCFG_STCE);
    csr_write(mcounteren, csr_read(mcounteren) | MCOUNTEREN_TM);
    csr_write(stimecmp, ~0ull);

    __asm__ volatile("mv tp, %0" : : "r"(hartid));
    __asm__ volatile("mret");
    __builtin_unreachable();
}
