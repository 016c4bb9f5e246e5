/*
 * Physical page allocator (buddy.c): blocks of 2^order contiguous pages, each with
 * a reference count. Kernel virtual = physical for RAM, so the "void *" these
 * functions take and return is both the physical address and a usable pointer.
 */
#ifndef KERNEL_BUDDY_H
#define KERNEL_BUDDY_H

#include <stdint.h>

#define MAX_ORDER 10            /* largest block: 2^10 pages = 4 MiB */

void buddy_init(uint64_t first, uint64_t end);
void *pages_alloc(unsigned order);
void *page_alloc(void);
void page_hold(void *pa);
void page_release(void *pa);
int page_refs(void *pa);
uint64_t free_page_count(void);

#endif
