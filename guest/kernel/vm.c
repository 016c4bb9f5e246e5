/*
 * Sv39 page tables (priv spec 1.12 §4.3-4.4) and the kernel's own address space.
 *
 * A page table is a 4 KiB page of 512 PTEs. A 39-bit virtual address is split into
 * three 9-bit indexes (VPN[2], VPN[1], VPN[0]) and a 12-bit offset; the hardware
 * walks root -> middle -> leaf table. We map with 4 KiB leaves only.
 *
 * The kernel page table maps devices and all of RAM at their physical addresses
 * ("direct map"), so kernel code can use any physical address as a pointer, plus
 * the trampoline page and the per-process kernel stacks high up (memlayout.h).
 */
#include "vm.h"
#include "buddy.h"
#include "kernel.h"
#include "memlayout.h"

pagetable_t kernel_pagetable;

/* The PTE for va in pt. With create, missing intermediate tables are allocated;
 * without, or when out of memory, a missing table returns 0. */
pte_t *pt_walk(pagetable_t pt, uint64_t va, int create)
{
    if (va >= MAXVA)
        return 0;
    for (int level = 2; level > 0; level--) {
        pte_t *pte = &pt[VPN(level, va)];
        if (*pte & PTE_V) {
            if (PTE_LEAF(*pte))
                return 0;               /* a superpage: we never make these */
            pt = (pagetable_t)PTE_TO_PA(*pte);
        } else {
            if (!create || (pt = page_alloc()) == 0)
                return 0;
            *pte = PA_TO_PTE(pt) | PTE_V;
        }
    }
    return &pt[VPN(0, va)];
}

/* Map [va, va+size) to [pa, pa+size) with permissions perm (PTE_R/W/X/U), both page
 * aligned. A and D are preset, so hardware that faults on clear A/D never does.
 * Returns 0, or -1 if out of memory or a page is already mapped (pages mapped by
 * this call before the failure stay mapped). */
int pt_map(pagetable_t pt, uint64_t va, uint64_t size, uint64_t pa, uint64_t perm)
{
    KASSERT(va % PGSIZE == 0 && size % PGSIZE == 0 && pa % PGSIZE == 0);
    for (uint64_t off = 0; off < size; off += PGSIZE) {
        pte_t *pte = pt_walk(pt, va + off, 1);
        if (pte == 0 || (*pte & PTE_V))
            return -1;
        *pte = PA_TO_PTE(pa + off) | perm | PTE_V | PTE_A | PTE_D;
    }
    return 0;
}

/* Map a range into the kernel page table; failure at boot is fatal. */
static void kvm_map(uint64_t va, uint64_t pa, uint64_t size, uint64_t perm)
{
    if (pt_map(kernel_pagetable, va, PGROUNDUP(size), pa, perm) != 0)
        panic("kvm_map: cannot map %p", (void *)va);
}

/* Build the kernel page table (once, on the boot hart): devices, RAM, trampoline,
 * and a kernel stack for every process slot, each with an unmapped guard page below
 * it so a stack overflow faults instead of silently corrupting the next stack. */
void kvm_init(void)
{
    kernel_pagetable = page_alloc();
    if (kernel_pagetable == 0)
        panic("kvm_init: out of memory");

    kvm_map(FINISHER_BASE, FINISHER_BASE, PGSIZE, PTE_R | PTE_W);
    kvm_map(UART0_BASE, UART0_BASE, PGSIZE, PTE_R | PTE_W);
    kvm_map(VIRTIO_BASE, VIRTIO_BASE, VIRTIO_SLOTS * VIRTIO_STRIDE, PTE_R | PTE_W);
    kvm_map(PLIC_BASE, PLIC_BASE, PLIC_SIZE, PTE_R | PTE_W);

    uint64_t text_end = (uint64_t)kernel_text_end;
    kvm_map(RAM_BASE, RAM_BASE, text_end - RAM_BASE, PTE_R | PTE_X);
    kvm_map(text_end, text_end, ram_end - text_end, PTE_R | PTE_W);

    kvm_map(TRAMPOLINE, (uint64_t)trampoline, PGSIZE, PTE_R | PTE_X);

    unsigned order = 0;
    while ((1u << order) < KSTACK_PAGES)
        order++;
    for (int i = 0; i < NPROC; i++) {
        void *stack = pages_alloc(order);
        if (stack == 0)
            panic("kvm_init: no memory for kernel stacks");
        kvm_map(KSTACK(i), (uint64_t)stack, KSTACK_SIZE, PTE_R | PTE_W);
    }
}

/* Turn on paging on this hart with the kernel page table. */
void kvm_install(void)
{
    sfence_vma();                       /* earlier page-table stores are visible */
    csr_write(satp, MAKE_SATP(kernel_pagetable));
    sfence_vma();                       /* drop any stale translations */
}
