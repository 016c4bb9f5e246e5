/*
 * Physical memory protection (priv spec 1.12 §3.7): 16 entries, address matching
 * OFF/TOR/NA4/NAPOT with a 4-byte grain, the L bit, lowest index wins. The CSR storage
 * and its WARL/lock rules live in emu/cpu/csr.c; this file only decides accesses.
 *
 *   pmpcfg byte:  L 0 0 A A X W R        pmpaddr i: physical address bits 55:2
 *
 *   TOR    [pmpaddr[i-1] << 2, pmpaddr[i] << 2)   (0 as the bottom for entry 0)
 *   NA4    [pmpaddr << 2, +4)
 *   NAPOT  pmpaddr = base/4 with k trailing ones: 2^(k+3) bytes at base
 */
#include "mmu_internal.h"

#define PMP_R 0x01
#define PMP_W 0x02
#define PMP_X 0x04
#define PMP_A_SHIFT 3
#define PMP_L 0x80
#define PMP_COUNT 16

enum pmp_match_mode { PMP_OFF = 0, PMP_TOR = 1, PMP_NA4 = 2, PMP_NAPOT = 3 };

/* The byte range [*lo, *hi) entry i covers; false when it covers nothing. */
static bool pmp_range(const struct hart *h, int i, uint64_t *lo, uint64_t *hi)
{
    uint64_t addr = h->csr.pmpaddr[i];   /* at most 54 bits (csr.c) */
    switch ((h->csr.pmpcfg[i] >> PMP_A_SHIFT) & 3) {
    case PMP_TOR:
        *lo = i > 0 ? h->csr.pmpaddr[i - 1] << 2 : 0;
        *hi = addr << 2;
        return *lo < *hi;   /* "if pmpaddr[i-1] >= pmpaddr[i], entry i matches nothing" */
    case PMP_NA4:
        *lo = addr << 2;
        *hi = *lo + 4;
        return true;
    case PMP_NAPOT: {
        uint64_t mask = addr ^ (addr + 1);   /* the trailing ones and the zero above them */
        *lo = (addr & ~mask) << 2;
        *hi = *lo + ((mask + 1) << 2);
        return true;
    }
    default:
        return false;
    }
}

/* The lowest-numbered entry matching any byte of [a, a+len), -1 for none; *full tells
 * whether it matches all of them. */
static int pmp_match(const struct hart *h, uint64_t a, uint64_t len, bool *full)
{
    for (int i = 0; i < PMP_COUNT; i++) {
        uint64_t lo, hi;
        if (!pmp_range(h, i, &lo, &hi))
            continue;
        if (a < hi && lo < a + len) {
            *full = lo <= a && a + len <= hi;
            return i;
        }
    }
    *full = false;
    return -1;
}

static bool pmp_verdict(const struct hart *h, int i, bool full, enum mmu_access acc,
                        int priv)
{
    /* "If no PMP entry matches an M-mode access, the access succeeds. If no PMP entry
     * matches an S-mode or U-mode access, but at least one PMP entry is implemented, the
     * access fails." rvscope implements 16, like QEMU (which also denies S/U then). */
    if (i < 0)
        return priv == PRIV_M;
    /* "The matching PMP entry must match all bytes of an access, or the access fails,
     * irrespective of the L, R, W, and X bits." */
    if (!full)
        return false;
    uint8_t cfg = h->csr.pmpcfg[i];
    if (priv == PRIV_M && !(cfg & PMP_L))
        return true;   /* unlocked entries do not apply to M-mode */
    static const uint8_t need[3] = {[MMU_FETCH] = PMP_X, [MMU_LOAD] = PMP_R,
                                    [MMU_STORE] = PMP_W};
    return (cfg & need[acc]) != 0;
}

bool pmp_check(const struct hart *h, uint64_t pa, uint64_t len, enum mmu_access acc,
               int priv, int *entry, bool *page_uniform)
{
    /* When the entry deciding the whole page contains the page (or no entry touches it),
     * every access inside the page meets the same entry first: one verdict for all. */
    bool full;
    uint64_t page = pa & ~(MMU_PAGE_SIZE - 1);
    int i = pmp_match(h, page, MMU_PAGE_SIZE, &full);
    bool uniform = (i < 0 || full) && (pa - page) + len <= MMU_PAGE_SIZE;
    if (!uniform)
        i = pmp_match(h, pa, len, &full);
    if (page_uniform)
        *page_uniform = uniform;
    *entry = i;
    return pmp_verdict(h, i, full, acc, priv);
}
