/*
 * Small-object allocator (kmalloc.c): kernel objects smaller than a page (open
 * files, pipes, exec's argument strings) come from size-class caches of slabs, so
 * they do not each cost a page. Larger requests get whole pages from the buddy
 * allocator.
 */
#ifndef KERNEL_KMALLOC_H
#define KERNEL_KMALLOC_H

#include <stddef.h>

void kmalloc_init(void);
void *kmalloc(size_t size);
void kfree(void *p);

#endif
