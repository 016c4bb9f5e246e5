/*
 * The buddy allocator for physical pages (Knowlton 1965; Knuth TAOCP vol. 1 §2.5).
 *
 * RAM is seen as page frames numbered from RAM_BASE. A free block of order k is 2^k
 * frames whose first frame number is a multiple of 2^k; its "buddy" is the other
 * half of the order-(k+1) block containing it: frame number XOR 2^k. Allocation
 * splits a larger block in halves until the size fits; freeing merges a block with
 * its buddy for as long as the buddy is free and whole, so free memory stays in the
 * largest possible pieces and contiguous runs (for device rings) remain available.
 *
 * Each frame has a struct page (an array placed right after the kernel image):
 * free-list links and order for the first frame of a free block, and for the first
 * frame of an allocated block its reference count. A block is freed when its count
 * drops to zero: copy-on-write fork shares a page between address spaces by taking
 * more references (page_hold) instead of copying.
 */
#include "buddy.h"
#include "kernel.h"
#include "memlayout.h"
#include "spinlock.h"

struct page {
    struct page *next, *prev;   /* free list of its order (first frame of a free block) */
    int32_t refs;               /* references (first frame of an allocated block) */
    uint8_t order;              /* block size, for the first frame of any block */
    uint8_t free;               /* first frame of a free block? */
};

static struct {
    struct spinlock lock;
    struct page *frames;        /* frames[i] describes RAM_BASE + i * PGSIZE */
    uint64_t nframes;
    uint64_t nfree;             /* free frames, all orders */
    struct page free_list[MAX_ORDER + 1];   /* circular lists, sentinel heads */
} buddy;

/* The frame number of page address pa; panics if pa is not a page of RAM. */
static uint64_t frame_of(void *pa)
{
    uint64_t a = (uint64_t)pa;
    if (a % PGSIZE != 0 || a < RAM_BASE || (a - RAM_BASE) / PGSIZE >= buddy.nframes)
        panic("buddy: bad page address %p", pa);
    return (a - RAM_BASE) / PGSIZE;
}

static void *address_of(uint64_t frame) { return (void *)(RAM_BASE + frame * PGSIZE); }

/* Insert pg at the front of the free list headed by head. */
static void list_push(struct page *head, struct page *pg)
{
    pg->next = head->next;
    pg->prev = head;
    head->next->prev = pg;
    head->next = pg;
}

/* Unlink pg from whatever free list holds it. */
static void list_remove(struct page *pg)
{
    pg->prev->next = pg->next;
    pg->next->prev = pg->prev;
}

/* Return the block of 2^order frames starting at `frame` to the free lists, merging
 * it with its buddy as far as possible. Caller holds buddy.lock. */
static void free_block(uint64_t frame, unsigned order)
{
    buddy.nfree += 1ull << order;
    while (order < MAX_ORDER) {
        uint64_t other = frame ^ (1ull << order);
        if (other >= buddy.nframes)
            break;
        struct page *b = &buddy.frames[other];
        if (!b->free || b->order != order)
            break;
        list_remove(b);
        b->free = 0;
        frame &= ~(1ull << order);      /* the merged block starts at the lower half */
        order++;
    }
    struct page *pg = &buddy.frames[frame];
    pg->free = 1;
    pg->order = (uint8_t)order;
    list_push(&buddy.free_list[order], pg);
}

/* Manage RAM from RAM_BASE to `end`; the frames in [first, end) are free, the ones
 * below `first` (the kernel image) are never handed out. The struct page array is
 * carved from the start of [first, end). */
void buddy_init(uint64_t first, uint64_t end)
{
    spin_init(&buddy.lock, "buddy");
    for (int k = 0; k <= MAX_ORDER; k++)
        buddy.free_list[k].next = buddy.free_list[k].prev = &buddy.free_list[k];

    buddy.nframes = (end - RAM_BASE) / PGSIZE;
    buddy.frames = (struct page *)PGROUNDUP(first);
    uint64_t meta_bytes = buddy.nframes * sizeof(struct page);
    memset(buddy.frames, 0, meta_bytes);

    uint64_t first_free = PGROUNDUP((uint64_t)buddy.frames + meta_bytes);
    for (uint64_t a = first_free; a + PGSIZE <= end; a += PGSIZE)
        free_block(frame_of((void *)a), 0);
}

/* Allocate 2^order physically contiguous pages, zeroed, with one reference.
 * Returns 0 when no block that large is free. */
void *pages_alloc(unsigned order)
{
    KASSERT(order <= MAX_ORDER);
    spin_lock(&buddy.lock);
    unsigned k = order;
    while (k <= MAX_ORDER && buddy.free_list[k].next == &buddy.free_list[k])
        k++;
    if (k > MAX_ORDER) {
        spin_unlock(&buddy.lock);
        return 0;
    }
    struct page *pg = buddy.free_list[k].next;
    list_remove(pg);
    pg->free = 0;
    uint64_t frame = (uint64_t)(pg - buddy.frames);
    while (k > order) {                 /* split: keep the lower half, free the upper */
        k--;
        struct page *upper = &buddy.frames[frame + (1ull << k)];
        upper->free = 1;
        upper->order = (uint8_t)k;
        list_push(&buddy.free_list[k], upper);
    }
    pg->order = (uint8_t)order;
    pg->refs = 1;
    buddy.nfree -= 1ull << order;
    spin_unlock(&buddy.lock);

    void *pa = address_of(frame);
    memset(pa, 0, (uint64_t)PGSIZE << order);
    return pa;
}

/* One zeroed page with one reference, or 0. */
void *page_alloc(void)
{
    return pages_alloc(0);
}

/* Take one more reference to the block starting at pa (which must be allocated). */
void page_hold(void *pa)
{
    spin_lock(&buddy.lock);
    struct page *pg = &buddy.frames[frame_of(pa)];
    if (pg->free || pg->refs < 1)
        panic("page_hold: %p is not allocated", pa);
    pg->refs++;
    spin_unlock(&buddy.lock);
}

/* Drop one reference to the block starting at pa; the last one frees the block. */
void page_release(void *pa)
{
    spin_lock(&buddy.lock);
    uint64_t frame = frame_of(pa);
    struct page *pg = &buddy.frames[frame];
    if (pg->free || pg->refs < 1)
        panic("page_release: %p is not allocated", pa);
    if (--pg->refs == 0)
        free_block(frame, pg->order);
    spin_unlock(&buddy.lock);
}

/* References to the allocated block starting at pa. */
int page_refs(void *pa)
{
    spin_lock(&buddy.lock);
    int refs = buddy.frames[frame_of(pa)].refs;
    spin_unlock(&buddy.lock);
    return refs;
}

/* Free physical pages right now (reported by the freemem system call). */
uint64_t free_page_count(void)
{
    spin_lock(&buddy.lock);
    uint64_t n = buddy.nfree;
    spin_unlock(&buddy.lock);
    return n;
}
