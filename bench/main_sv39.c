/*
 * bench-sv39.elf: the same kernels in S-mode with Sv39 paging on, so that bench/run.sh
 * can report what address translation costs (rvscope's MMU issue asks for at most 1.3x
 * the bare time). The page tables map RAM the way a kernel typically does: the first
 * 16 MiB, which hold this program, its data and stack, with 4 KiB pages, the rest of
 * the first GiB of RAM with 2 MiB pages, and the devices below 1 GiB with one 1 GiB page.
 * Everything is identity-mapped, so the code runs at the addresses it was linked for.
 */
#include <stdint.h>

#include "bench.h"
#include "rt.h"

#define PTE_V (1u << 0)
#define PTE_R (1u << 1)
#define PTE_W (1u << 2)
#define PTE_X (1u << 3)
#define PTE_A (1u << 6)
#define PTE_D (1u << 7)
#define PTE_LEAF (PTE_V | PTE_R | PTE_W | PTE_X | PTE_A | PTE_D)

#define PAGE 4096ul
#define MEGA (2ul << 20)
#define GIGA (1ul << 30)
#define RAM_BASE 0x80000000ul
#define SMALL_PAGES_SPAN (16ul << 20)             /* mapped with 4 KiB pages */
#define L0_TABLES (SMALL_PAGES_SPAN / MEGA)       /* one level-0 table per 2 MiB */
#define SATP_SV39 (8ul << 60)

static uint64_t root[512] __attribute__((aligned(PAGE)));
static uint64_t ram_l1[512] __attribute__((aligned(PAGE)));
static uint64_t ram_l0[L0_TABLES][512] __attribute__((aligned(PAGE)));

static uint64_t pte(uint64_t pa, uint64_t flags)
{
    return (pa >> 12) << 10 | flags;
}

static void build_page_tables(void)
{
    root[0] = pte(0, PTE_LEAF);                                 /* devices: 1 GiB page */
    root[RAM_BASE / GIGA] = pte((uintptr_t)ram_l1, PTE_V);      /* RAM: a level-1 table */
    for (uint64_t i = 0; i < 512; i++) {
        uint64_t pa = RAM_BASE + i * MEGA;
        if (i < L0_TABLES) {
            for (uint64_t k = 0; k < 512; k++)
                ram_l0[i][k] = pte(pa + k * PAGE, PTE_LEAF);
            ram_l1[i] = pte((uintptr_t)ram_l0[i], PTE_V);
        } else {
            ram_l1[i] = pte(pa, PTE_LEAF);                      /* 2 MiB page */
        }
    }
}

static void run_in_s_mode(void)
{
    rt_exit(bench_run("S-mode, Sv39 (4 KiB + 2 MiB pages)"));
}

int main(void)
{
    build_page_tables();
    /* PMP: let S-mode reach all of memory (priv spec §3.7: NAPOT over everything). */
    __asm__ volatile("csrw pmpaddr0, %0" : : "r"(~0ul >> 10));
    __asm__ volatile("csrw pmpcfg0, %0" : : "r"(0x1ful));
    __asm__ volatile("csrw satp, %0; sfence.vma" : : "r"(SATP_SV39 | (uintptr_t)root >> 12));
    uint64_t mstatus;
    __asm__ volatile("csrr %0, mstatus" : "=r"(mstatus));
    mstatus = (mstatus & ~(3ul << 11)) | (1ul << 11);            /* MPP = S */
    __asm__ volatile("csrw mstatus, %0; csrw mepc, %1; mret"
                     : : "r"(mstatus), "r"((uintptr_t)run_in_s_mode) : "memory");
    return 1;   /* not reached */
}
