#include "mem.h"

#include <string.h>

#define RESV_GRANULE 8ull

static uint64_t page_of(uint64_t a) { return a >> BUS_PAGE_SHIFT; }

/* Tell an attached debugger about a slow-path access (hart.h: struct hart_debug).
 * Returns HART_DEBUG_* bits: the page is watched (keep it out of the fast TLB), and
 * whether the access must not happen because the hart stops before it. */
static unsigned debug_access(struct hart *h, uint64_t va, uint64_t pa, unsigned size,
                             enum mmu_access acc)
{
    const struct hart_debug *dbg = h->debug;
    return dbg && dbg->watching ? dbg->access(dbg->ctx, h, va, pa, size, acc) : 0;
}

static bool page_reserved(const struct hart_cluster *c, uint64_t pa)
{
    for (int i = 0; i < c->count; i++)
        if (c->harts[i]->resv_valid && page_of(c->harts[i]->resv_pa) == page_of(pa))
            return true;
    return false;
}

/* A store to [pa, pa+size) breaks every hart's reservation on those bytes. */
static void clear_reservations(struct hart_cluster *c, uint64_t pa, unsigned size)
{
    for (int i = 0; i < c->count; i++) {
        struct hart *o = c->harts[i];
        if (o->resv_valid && pa < o->resv_pa + RESV_GRANULE && o->resv_pa < pa + size)
            o->resv_valid = false;
    }
}

void mem_reserve(struct hart *h, uint64_t pa)
{
    h->resv_valid = true;
    h->resv_pa = pa & ~(RESV_GRANULE - 1);
    /* From now on stores to this page must go through the slow path on every hart. */
    for (int i = 0; i < h->cluster->count; i++)
        mmu_flush_fast_kind(&h->cluster->harts[i]->tlb, MMU_STORE);
}

bool mem_reservation_matches(const struct hart *h, uint64_t pa)
{
    return h->resv_valid && h->resv_pa == (pa & ~(RESV_GRANULE - 1));
}

/* One access within a single page; ask_debug: tell the debugger (not yet told). */
static int access_in_page(struct hart *h, uint64_t va, unsigned size, enum mmu_access acc,
                          uint64_t *value, bool ask_debug)
{
    static const int access_fault[3] = {EXC_INSN_ACCESS, EXC_LOAD_ACCESS, EXC_STORE_ACCESS};
    uint64_t pa;
    int exc = mmu_translate_sized(h, va, size, acc, &pa, NULL);
    if (exc != EXC_NONE)
        return exc;
    unsigned watch = ask_debug ? debug_access(h, va, pa, size, acc)
                               : h->debug && h->debug->watching ? HART_DEBUG_WATCHED_PAGE
                                                                 : 0;
    if (watch & HART_DEBUG_STOP_BEFORE)
        return EXC_DEBUG_STOP;
    bool watched = watch & HART_DEBUG_WATCHED_PAGE;
    uint8_t *host = bus_ram_ptr(h->bus, pa, size);
    if (host) {
        if (acc == MMU_LOAD) {
            uint64_t v = 0;
            memcpy(&v, host, size);
            *value = v;
        } else {
            clear_reservations(h->cluster, pa, size);
            memcpy(host, value, size);
            if (bus_page_has_code(h->bus, pa))
                bus_note_ram_write(h->bus, pa, size);
        }
        bool cacheable = !watched &&
                         (acc == MMU_LOAD ||
                          (!bus_page_has_code(h->bus, pa) && !page_reserved(h->cluster, pa)));
        if (cacheable)
            mmu_fast_fill(&h->tlb, acc, va, host);
        return EXC_NONE;
    }
    /* A device: only naturally aligned accesses (STYLE.md habit 6). */
    bool ok = (pa & (size - 1)) == 0 &&
              (acc == MMU_LOAD ? bus_load(h->bus, pa, (int)size, value)
                               : bus_store(h->bus, pa, (int)size, *value));
    if (!ok)
        return access_fault[acc];
    h->leave = h->leave || h->bus->stop;
    return EXC_NONE;
}

/* Split an access that crosses a page boundary into its two parts. */
static int access_split(struct hart *h, uint64_t va, unsigned size, enum mmu_access acc,
                        uint64_t *value, uint64_t *tval)
{
    unsigned first = (unsigned)(BUS_PAGE_SIZE - (va & (BUS_PAGE_SIZE - 1)));
    if (first >= size) {
        *tval = va;
        return access_in_page(h, va, size, acc, value, true);
    }
    uint64_t lo = *value, hi = *value >> (8 * first);
    /* Translate both halves before writing either, so a fault (or a debugger stopping
     * before the access) leaves memory unchanged. */
    uint64_t pa[2];
    int exc = mmu_translate(h, va, acc, &pa[0], NULL);
    *tval = va;
    if (exc == EXC_NONE) {
        exc = mmu_translate(h, va + first, acc, &pa[1], NULL);
        *tval = va + first;
    }
    if (exc != EXC_NONE)
        return exc;
    unsigned watch = debug_access(h, va, pa[0], first, acc) |
                     debug_access(h, va + first, pa[1], size - first, acc);
    if (watch & HART_DEBUG_STOP_BEFORE)
        return EXC_DEBUG_STOP;
    uint64_t part_lo = lo & ((1ull << (8 * first)) - 1);
    unsigned bytes[2] = {first, size - first};
    uint64_t parts[2] = {part_lo, hi};
    for (int i = 0; i < 2; i++) {
        uint64_t addr = i ? va + first : va;
        for (unsigned b = 0; b < bytes[i]; b++) {
            uint64_t byte = (parts[i] >> (8 * b)) & 0xff;
            exc = access_in_page(h, addr + b, 1, acc, &byte, false);
            if (exc != EXC_NONE) {
                *tval = addr + b;
                return exc;
            }
            parts[i] = (parts[i] & ~(0xffull << (8 * b))) | (byte << (8 * b));
        }
    }
    *value = parts[0] | parts[1] << (8 * first);
    return EXC_NONE;
}

int mem_load_slow(struct hart *h, uint64_t va, unsigned size, uint64_t *value, uint64_t *tval)
{
    uint64_t v = 0;
    int exc = access_split(h, va, size, MMU_LOAD, &v, tval);
    if (exc == EXC_NONE)
        *value = size == 8 ? v : v & ((1ull << (8 * size)) - 1);
    return exc;
}

int mem_store_slow(struct hart *h, uint64_t va, unsigned size, uint64_t value, uint64_t *tval)
{
    return access_split(h, va, size, MMU_STORE, &value, tval);
}

int mem_translate_atomic(struct hart *h, uint64_t va, unsigned size, enum mmu_access acc,
                         uint64_t *pa)
{
    if (va & (size - 1))
        return acc == MMU_LOAD ? EXC_LOAD_MISALIGNED : EXC_STORE_MISALIGNED;
    int exc = mmu_translate_sized(h, va, size, acc, pa, NULL);
    if (exc == EXC_NONE && (debug_access(h, va, *pa, size, acc) & HART_DEBUG_STOP_BEFORE))
        return EXC_DEBUG_STOP;
    return exc;
}

int mem_amo_pa(struct hart *h, uint64_t pa, unsigned size, amo_op op, uint64_t src,
               uint64_t *old)
{
    uint64_t v = 0;
    uint8_t *host = bus_ram_ptr(h->bus, pa, size);
    if (host) {
        memcpy(&v, host, size);
        uint64_t nv = op(v, src);
        clear_reservations(h->cluster, pa, size);
        memcpy(host, &nv, size);
        if (bus_page_has_code(h->bus, pa))
            bus_note_ram_write(h->bus, pa, size);
    } else if (!bus_load(h->bus, pa, (int)size, &v) ||
               !bus_store(h->bus, pa, (int)size, op(v, src))) {
        return EXC_STORE_ACCESS;
    }
    *old = v;
    return EXC_NONE;
}
