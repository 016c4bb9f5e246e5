/*
 * User address spaces: one Sv39 page table per process (layout in memlayout.h).
 *
 * The pages a process owns are exactly the leaves marked PTE_U; each holds one
 * reference to its physical page (buddy.c). The trampoline and the trapframe are
 * mapped without PTE_U: the process cannot touch them, and destroying the space
 * does not free them (the trampoline is kernel text, the trapframe belongs to the
 * struct proc).
 */
#include "vm.h"
#include "buddy.h"
#include "kernel.h"
#include "memlayout.h"

/* A new address space holding only the trampoline and `trapframe` (at TRAPFRAME).
 * Returns 0 if out of memory. */
pagetable_t uvm_create(void *trapframe)
{
    pagetable_t pt = page_alloc();
    if (pt == 0)
        return 0;
    if (pt_map(pt, TRAMPOLINE, PGSIZE, (uint64_t)trampoline, PTE_R | PTE_X) != 0 ||
        pt_map(pt, TRAPFRAME, PGSIZE, (uint64_t)trapframe, PTE_R | PTE_W) != 0) {
        uvm_destroy(pt);
        return 0;
    }
    return pt;
}

/* Release the user pages under `table` (a table of the given level) and the table
 * pages themselves. */
static void destroy_level(pagetable_t table, int level)
{
    for (int i = 0; i < 512; i++) {
        pte_t pte = table[i];
        if (!(pte & PTE_V))
            continue;
        if (!PTE_LEAF(pte)) {
            KASSERT(level > 0);
            destroy_level((pagetable_t)PTE_TO_PA(pte), level - 1);
        } else if (pte & PTE_U) {
            page_release((void *)PTE_TO_PA(pte));
        }
    }
    page_release(table);
}

/* Free an address space: every user page loses a reference, every table page is
 * freed. */
void uvm_destroy(pagetable_t pt)
{
    destroy_level(pt, 2);
}

/* Map every user page of `table` (of the given level, covering VAs from va_base)
 * into `child` too, sharing the physical page. Writable pages become read-only
 * PTE_COW pages in both, so the first store by either one copies (pagefault.c). */
static int share_level(pagetable_t table, int level, uint64_t va_base, pagetable_t child)
{
    for (uint64_t i = 0; i < 512; i++) {
        pte_t *pte = &table[i];
        uint64_t va = va_base | (i << VPN_SHIFT(level));
        if (!(*pte & PTE_V))
            continue;
        if (!PTE_LEAF(*pte)) {
            if (share_level((pagetable_t)PTE_TO_PA(*pte), level - 1, va, child) != 0)
                return -1;
            continue;
        }
        if (!(*pte & PTE_U))
            continue;
        if (*pte & PTE_W)
            *pte = (*pte & ~PTE_W) | PTE_COW;
        pte_t *cpte = pt_walk(child, va, 1);
        if (cpte == 0)
            return -1;
        *cpte = *pte;
        page_hold((void *)PTE_TO_PA(*pte));
    }
    return 0;
}

/* fork's copy of memory, copy-on-write: give `child` the same user pages as `parent`
 * (see share_level). The caller flushes the parent's TLB (returning to user mode
 * does). Returns 0, or -1 if out of memory (then destroy the child's space). */
int uvm_share_cow(pagetable_t parent, pagetable_t child)
{
    return share_level(parent, 2, 0, child);
}

/* Unmap the user pages of [start, end) under `table` (of the given level, covering
 * VAs from va_base), dropping their references; free table pages left empty.
 * Returns whether `table` itself is now empty. */
static int unmap_level(pagetable_t table, int level, uint64_t va_base, uint64_t start, uint64_t end)
{
    uint64_t span = 1ull << VPN_SHIFT(level);           /* VAs one entry covers */
    int empty = 1;
    for (uint64_t i = 0; i < 512; i++) {
        pte_t *pte = &table[i];
        uint64_t va = va_base | (i * span);
        if (!(*pte & PTE_V))
            continue;
        if (va + span <= start || va >= end || (PTE_LEAF(*pte) && !(*pte & PTE_U))) {
            empty = 0;                                  /* outside the range, or not ours */
        } else if (!PTE_LEAF(*pte)) {
            pagetable_t child = (pagetable_t)PTE_TO_PA(*pte);
            if (unmap_level(child, level - 1, va, start, end)) {
                page_release(child);
                *pte = 0;
            } else {
                empty = 0;
            }
        } else {
            page_release((void *)PTE_TO_PA(*pte));
            *pte = 0;
        }
    }
    return empty;
}

/* Unmap the user pages in [start, end) (page aligned), dropping their references,
 * and free the page-table pages that no longer map anything (sbrk shrinking). */
void uvm_unmap(pagetable_t pt, uint64_t start, uint64_t end)
{
    if (start < end)
        unmap_level(pt, 2, 0, start, end);      /* the root always keeps the trampoline */
}

/* Map a new zeroed page at user address va (page aligned) with permissions perm
 * (PTE_U is added; W implies R, as W alone is reserved in Sv39). If page is not 0,
 * *page gets its kernel address. Returns 0, or -1 if out of memory or va is in use. */
int uvm_map_zeroed(pagetable_t pt, uint64_t va, uint64_t perm, void **page)
{
    void *pa = page_alloc();
    if (pa == 0)
        return -1;
    if (perm & PTE_W)
        perm |= PTE_R;
    if (pt_map(pt, va, PGSIZE, (uint64_t)pa, perm | PTE_U) != 0) {
        page_release(pa);
        return -1;
    }
    if (page)
        *page = pa;
    return 0;
}
