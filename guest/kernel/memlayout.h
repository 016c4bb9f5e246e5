/*
 * Where everything is: the physical memory map of the "virt" board (QEMU's layout,
 * which rvscope implements too) and the virtual layouts the kernel builds on it.
 *
 *   physical address                     kernel virtual = physical (direct map)
 *   0x0010_0000  test finisher           mapped, for poweroff()
 *   0x0200_0000  CLINT                   not used: the timer is Sstc's stimecmp
 *   0x0c00_0000  PLIC                    mapped
 *   0x1000_0000  UART0 (16550)           mapped
 *   0x1000_1000  virtio-mmio slot 0..7   mapped, 0x1000 apart
 *   0x8000_0000  RAM  ------------------ mapped: kernel text R-X, everything else RW-
 *                  .text (entry.S first), .rodata
 *                  .data, .bss (per-hart boot stacks)
 *                  end: struct page array of the buddy allocator
 *                  free pages (buddy allocator) ...
 *   ram_end      (from the device tree, 128 MiB by default)
 *
 * The top of the kernel's virtual space, above all of physical memory:
 *
 *   MAXVA = 2^38 ------------------------
 *   TRAMPOLINE      trampoline.S (R-X), same VA in every page table
 *   KSTACK(0)       kernel stack of process slot 0 (KSTACK_PAGES, RW-)
 *                   guard page (unmapped)
 *   KSTACK(1)       ...
 *
 * Every user address space (one page table per process):
 *
 *   MAXVA ------------------------------
 *   TRAMPOLINE      the same trampoline page (not PTE_U: only S-mode can use it)
 *   TRAPFRAME       this process's trapframe (not PTE_U)
 *   USER_TOP        highest break sbrk may reach
 *     ...           heap, grown lazily by sbrk: pages appear on first touch
 *   heap_base       top of the user stack = the break after exec
 *                   user stack (USTACK_PAGES)
 *                   guard page (unmapped)
 *                   ELF segments: text R-X, data and bss RW-
 *   0
 */
#ifndef KERNEL_MEMLAYOUT_H
#define KERNEL_MEMLAYOUT_H

#include "param.h"
#include "riscv.h"

#define FINISHER_BASE  0x00100000ull
#define PLIC_BASE      0x0c000000ull
#define PLIC_SIZE      0x00400000ull
#define UART0_BASE     0x10000000ull
#define UART0_IRQ      10
#define VIRTIO_BASE    0x10001000ull
#define VIRTIO_SLOTS   8
#define VIRTIO_STRIDE  0x1000ull
#define VIRTIO_IRQ(slot) (1 + (slot))

#define RAM_BASE       0x80000000ull
#define RAM_DEFAULT_SIZE (128ull << 20)   /* used when the device tree says nothing */

#define TRAMPOLINE (MAXVA - PGSIZE)
#define TRAPFRAME  (TRAMPOLINE - PGSIZE)
#define USER_TOP   (TRAPFRAME - PGSIZE)

/* Kernel stack of process slot i: KSTACK_PAGES pages with a guard page below. */
#define KSTACK_SLOT_SIZE ((KSTACK_PAGES + 1) * PGSIZE)
#define KSTACK(i) (TRAMPOLINE - ((uint64_t)(i) + 1) * KSTACK_SLOT_SIZE + PGSIZE)
#define KSTACK_SIZE (KSTACK_PAGES * PGSIZE)

/* Symbols from kernel.ld. */
extern char kernel_text_end[];   /* first byte after .text/.rodata (page aligned) */
extern char kernel_end[];        /* first byte after .bss */
extern char trampoline[];        /* start of trampoline.S (page aligned) */

/* One past the last byte of RAM, found in the device tree by main(). */
extern uint64_t ram_end;

#endif
