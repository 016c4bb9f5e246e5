/*
 * The RISC-V architecture as the kernel sees it: control and status registers (CSRs),
 * their bits, trap causes and the Sv39 page-table entry format. Everything here comes
 * from the privileged spec 1.12; the section is cited next to each group.
 */
#ifndef KERNEL_RISCV_H
#define KERNEL_RISCV_H

#include <stdint.h>

/* --- CSR access (Zicsr). `csr` is a CSR name the assembler knows, e.g. sstatus. --- */
#define CSR_NAME_(csr) #csr
#define csr_read(csr) ({ uint64_t v_; __asm__ volatile("csrr %0, " CSR_NAME_(csr) : "=r"(v_)); v_; })
#define csr_write(csr, val) __asm__ volatile("csrw " CSR_NAME_(csr) ", %0" : : "r"((uint64_t)(val)))
#define csr_set(csr, bits) __asm__ volatile("csrs " CSR_NAME_(csr) ", %0" : : "r"((uint64_t)(bits)))
#define csr_clear(csr, bits) __asm__ volatile("csrc " CSR_NAME_(csr) ", %0" : : "r"((uint64_t)(bits)))

/* mstatus / sstatus (§3.1.6, §4.1.1) */
#define MSTATUS_MPP_MASK (3ull << 11)   /* previous privilege for mret */
#define MSTATUS_MPP_S    (1ull << 11)
#define SSTATUS_SIE      (1ull << 1)    /* S-mode interrupts enabled */
#define SSTATUS_SPIE     (1ull << 5)    /* SIE before the trap; sret restores it */
#define SSTATUS_SPP      (1ull << 8)    /* previous privilege: 1 = S, 0 = U */

/* sie / sip and mie / mip bits (§3.1.9, §4.1.3) */
#define IE_SSIE (1ull << 1)             /* supervisor software interrupt */
#define IE_STIE (1ull << 5)             /* supervisor timer interrupt */
#define IE_SEIE (1ull << 9)             /* supervisor external interrupt */

/* menvcfg (§3.1.18) and the Sstc extension: STCE lets S-mode own stimecmp. */
#define MENVCFG_STCE     (1ull << 63)
#define MCOUNTEREN_TM    (1ull << 1)    /* lower modes may read the time CSR */

/* satp (§4.1.11): MODE = 8 selects Sv39. */
#define SATP_SV39 (8ull << 60)
#define MAKE_SATP(root) (SATP_SV39 | ((uint64_t)(root) >> 12))

/* scause values (§4.1.9, table 4.2). Interrupts have bit 63 set. */
#define SCAUSE_INTERRUPT (1ull << 63)
enum exception_cause {
    EXC_INSN_MISALIGNED = 0,
    EXC_INSN_ACCESS = 1,
    EXC_ILLEGAL_INSN = 2,
    EXC_BREAKPOINT = 3,
    EXC_LOAD_MISALIGNED = 4,
    EXC_LOAD_ACCESS = 5,
    EXC_STORE_MISALIGNED = 6,
    EXC_STORE_ACCESS = 7,
    EXC_ECALL_U = 8,
    EXC_ECALL_S = 9,
    EXC_INSN_PAGE_FAULT = 12,
    EXC_LOAD_PAGE_FAULT = 13,
    EXC_STORE_PAGE_FAULT = 15,
};
enum interrupt_cause {
    IRQ_S_SOFTWARE = 1,
    IRQ_S_TIMER = 5,
    IRQ_S_EXTERNAL = 9,
};

/* PMP (§3.7): one NAPOT region covering the whole address space, R+W+X. */
#define PMPCFG_RWX_NAPOT 0x1f
#define PMPADDR_ALL      0x3fffffffffffffull

/* --- Sv39 virtual memory (§4.4) --- */
#define PGSIZE  4096
#define PGSHIFT 12
#define PGROUNDUP(a)   (((uint64_t)(a) + PGSIZE - 1) & ~(uint64_t)(PGSIZE - 1))
#define PGROUNDDOWN(a) ((uint64_t)(a) & ~(uint64_t)(PGSIZE - 1))

typedef uint64_t pte_t;
typedef pte_t *pagetable_t;     /* a page of 512 PTEs */

#define PTE_V (1ull << 0)       /* valid */
#define PTE_R (1ull << 1)
#define PTE_W (1ull << 2)
#define PTE_X (1ull << 3)
#define PTE_U (1ull << 4)       /* user-accessible */
#define PTE_G (1ull << 5)
#define PTE_A (1ull << 6)       /* accessed */
#define PTE_D (1ull << 7)       /* dirty */
#define PTE_COW (1ull << 8)     /* RSW bit, ours: shared copy-on-write page */
#define PTE_FLAGS(pte) ((pte) & 0x3ff)
#define PTE_LEAF(pte)  (((pte) & (PTE_R | PTE_W | PTE_X)) != 0)

#define PA_TO_PTE(pa) (((uint64_t)(pa) >> 12) << 10)
#define PTE_TO_PA(pte) (((pte) >> 10) << 12)

/* The 9-bit index into the page table of `level` (2 = root) for a virtual address. */
#define VPN_SHIFT(level) (PGSHIFT + 9 * (level))
#define VPN(level, va) (((uint64_t)(va) >> VPN_SHIFT(level)) & 0x1ff)

/* One past the highest user/kernel virtual address we use. Sv39 has 39 bits, but
 * addresses with bit 38 set must sign-extend, so we stay in the lower half. */
#define MAXVA (1ull << 38)

/* --- small instruction wrappers --- */
static inline void sfence_vma(void) { __asm__ volatile("sfence.vma zero, zero" ::: "memory"); }
static inline void wfi(void) { __asm__ volatile("wfi"); }

/* The hart id: kept in tp by start.c and by the trampoline (user code may change tp). */
static inline uint64_t read_tp(void) { uint64_t x; __asm__ volatile("mv %0, tp" : "=r"(x)); return x; }

static inline void intr_on(void) { csr_set(sstatus, SSTATUS_SIE); }
static inline void intr_off(void) { csr_clear(sstatus, SSTATUS_SIE); }
static inline int intr_enabled(void) { return (csr_read(sstatus) & SSTATUS_SIE) != 0; }

#endif
