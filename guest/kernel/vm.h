/*
 * Virtual memory: Sv39 page tables and the kernel's address space (vm.c), user
 * address spaces (uvm.c), page faults: copy-on-write and demand-zero (pagefault.c),
 * and copying between kernel and user memory (usercopy.c).
 */
#ifndef KERNEL_VM_H
#define KERNEL_VM_H

#include <stdint.h>

#include "riscv.h"

struct proc;

/* vm.c */
extern pagetable_t kernel_pagetable;
void kvm_init(void);
void kvm_install(void);
pte_t *pt_walk(pagetable_t pt, uint64_t va, int create);
int pt_map(pagetable_t pt, uint64_t va, uint64_t size, uint64_t pa, uint64_t perm);

/* uvm.c */
pagetable_t uvm_create(void *trapframe);
void uvm_destroy(pagetable_t pt);
int uvm_share_cow(pagetable_t parent, pagetable_t child);
void uvm_unmap(pagetable_t pt, uint64_t start, uint64_t end);
int uvm_map_zeroed(pagetable_t pt, uint64_t va, uint64_t perm, void **page);

/* pagefault.c */
enum access { ACCESS_READ, ACCESS_WRITE, ACCESS_EXEC };
enum fault_result { FAULT_RESOLVED, FAULT_BAD_ACCESS, FAULT_NO_MEMORY };
enum fault_result vm_fault(struct proc *p, uint64_t va, enum access access);

/* usercopy.c: all return 0 on success, -1 if any byte is not accessible to the
 * current process in the way asked (unmapped, kernel-only, read-only). */
enum space { KERNEL_SPACE, USER_SPACE };
int copy_to_user(uint64_t dst, const void *src, uint64_t n);
int copy_from_user(void *dst, uint64_t src, uint64_t n);
int copy_string_from_user(char *dst, uint64_t src, uint64_t max);
int copy_to(enum space space, uint64_t dst, const void *src, uint64_t n);
int copy_from(enum space space, void *dst, uint64_t src, uint64_t n);

#endif
