/*
 * malloc and free: one free list kept in address order, first fit, neighbours merged
 * on free. Every block, free or in use, starts with a 16-byte header holding its whole
 * size; a free block's header also links to the next free block. Memory comes from
 * sbrk in pieces of at least MORE_BYTES and is never given back.
 */
#include "user.h"

struct block {
    size_t size;                /* bytes, header included, a multiple of ALIGN */
    struct block *next;         /* next free block (higher address); free blocks only */
};

#define ALIGN 16
#define MORE_BYTES (16 * 1024)

static struct block *free_list;

/* Put b into the free list, merging it with the blocks just before and after it. */
static void insert_free(struct block *b)
{
    struct block *prev = NULL, *cur = free_list;
    while (cur && cur < b) {
        prev = cur;
        cur = cur->next;
    }
    b->next = cur;
    if (cur && (char *)b + b->size == (char *)cur) {
        b->size += cur->size;
        b->next = cur->next;
    }
    if (prev && (char *)prev + prev->size == (char *)b) {
        prev->size += b->size;
        prev->next = b->next;
    } else if (prev) {
        prev->next = b;
    } else {
        free_list = b;
    }
}

static int grow(size_t need)
{
    if (need < MORE_BYTES)
        need = MORE_BYTES;
    /* Someone may have moved the break by an odd amount: start on a 16-byte boundary. */
    size_t pad = (size_t)(-(uintptr_t)sbrk(0)) & (ALIGN - 1);
    if (need + pad > 0x7fffffff)
        return -1;
    char *p = sbrk((int)(need + pad));
    if (p == (char *)-1)
        return -1;
    struct block *b = (struct block *)(p + pad);
    b->size = need;
    insert_free(b);
    return 0;
}

void *malloc(size_t n)
{
    if (n == 0 || n > 0x7fff0000)
        return NULL;
    size_t need = (n + sizeof(struct block) + ALIGN - 1) & ~(size_t)(ALIGN - 1);
    for (int attempt = 0; attempt < 2; attempt++) {
        struct block **link = &free_list;
        for (struct block *b = free_list; b; link = &b->next, b = b->next) {
            if (b->size < need)
                continue;
            if (b->size - need >= 2 * sizeof(struct block)) {
                /* Split: the front stays free, the back is handed out. */
                b->size -= need;
                b = (struct block *)((char *)b + b->size);
                b->size = need;
            } else {
                *link = b->next;
            }
            return b + 1;
        }
        if (grow(need) < 0)
            return NULL;
    }
    return NULL;
}

void free(void *p)
{
    if (p)
        insert_free((struct block *)p - 1);
}
