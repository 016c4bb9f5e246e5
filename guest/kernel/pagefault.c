/*
 * Page faults in user memory that are not errors, resolved in one place for both
 * the hardware (user_trap) and the kernel's own accesses to user memory
 * (usercopy.c), which walk the page table in software and would otherwise miss
 * these cases:
 *
 *   copy-on-write  a store to a PTE_COW page (fork shared it read-only). If this
 *                  address space holds the only reference, the page is simply made
 *                  writable again ("reclaimed"); otherwise it is copied and this
 *                  space's reference moves to the copy.
 *   demand-zero    any access to an unmapped page between heap_base and the break:
 *                  sbrk only moved the break, and the page appears now, zeroed.
 *
 * Everything else (unmapped addresses outside the heap such as the stack guard
 * page, kernel-only pages, stores to text) is a real fault.
 */
#include "vm.h"
#include "buddy.h"
#include "kernel.h"
#include "proc.h"

/* Give the PTE_COW page at *pte to this address space alone, writable. */
static enum fault_result cow_break(pte_t *pte)
{
    void *old = (void *)PTE_TO_PA(*pte);
    uint64_t flags = (PTE_FLAGS(*pte) | PTE_W) & ~PTE_COW;
    if (page_refs(old) == 1) {
        *pte = PA_TO_PTE(old) | flags;
        return FAULT_RESOLVED;
    }
    void *copy = page_alloc();
    if (copy == 0)
        return FAULT_NO_MEMORY;
    memcpy(copy, old, PGSIZE);
    *pte = PA_TO_PTE(copy) | flags;
    page_release(old);
    return FAULT_RESOLVED;
}

/* Resolve a fault by process p at user address va for the given access:
 * FAULT_RESOLVED if the access may now be retried, FAULT_BAD_ACCESS if it is an
 * error, FAULT_NO_MEMORY if it was legal but memory ran out. */
enum fault_result vm_fault(struct proc *p, uint64_t va, enum access access)
{
    if (va >= MAXVA)
        return FAULT_BAD_ACCESS;
    uint64_t page = PGROUNDDOWN(va);
    pte_t *pte = pt_walk(p->pagetable, page, 0);

    if (pte && (*pte & PTE_V)) {
        if (!(*pte & PTE_U))
            return FAULT_BAD_ACCESS;
        if (access == ACCESS_WRITE && (*pte & PTE_COW))
            return cow_break(pte);
        uint64_t needed = access == ACCESS_WRITE ? PTE_W : access == ACCESS_EXEC ? PTE_X : PTE_R;
        return (*pte & needed) ? FAULT_RESOLVED : FAULT_BAD_ACCESS;
    }

    if (va >= p->heap_base && va < p->sz)
        return uvm_map_zeroed(p->pagetable, page, PTE_R | PTE_W, 0) == 0 ? FAULT_RESOLVED
                                                                         : FAULT_NO_MEMORY;
    return FAULT_BAD_ACCESS;
}
