/*
 * kmalloc: slab-style caches (Bonwick, "The Slab Allocator", USENIX 1994), reduced to
 * what a small kernel needs.
 *
 * There is one cache per power-of-two size class from 16 to 1024 bytes. A slab is
 * one page: a struct slab header at the start, then equal objects; free objects are
 * chained through their first word. A cache keeps a list of its slabs; kmalloc
 * takes an object from the first slab with room (or a new slab), kfree puts it back
 * and gives an emptied slab's page back to the buddy allocator at once, so freemem
 * returns to its old value when all objects are freed.
 *
 * Requests above 1024 bytes take 2^k whole pages. kfree tells the two apart by the
 * address: a slab object never starts on a page boundary (the header is there),
 * a page allocation always does.
 */
#include "kmalloc.h"
#include "buddy.h"
#include "kernel.h"
#include "riscv.h"
#include "spinlock.h"

struct slab {
    struct slab *next;          /* the cache's list of slabs */
    struct kmem_cache *cache;
    void *free;                 /* first free object; each holds the next */
    uint32_t in_use;
};

struct kmem_cache {
    struct spinlock lock;
    uint32_t object_size;
    uint32_t per_slab;
    struct slab *slabs;
};

#define SMALLEST_CLASS 16
#define NCLASSES 7              /* 16, 32, 64, 128, 256, 512, 1024 */
#define SLAB_HEADER 32          /* keeps every object 16-byte aligned */
_Static_assert(sizeof(struct slab) <= SLAB_HEADER, "slab header");

static struct kmem_cache caches[NCLASSES];

/* Set up the size classes. */
void kmalloc_init(void)
{
    for (int i = 0; i < NCLASSES; i++) {
        spin_init(&caches[i].lock, "kmem_cache");
        caches[i].object_size = SMALLEST_CLASS << i;
        caches[i].per_slab = (PGSIZE - SLAB_HEADER) / caches[i].object_size;
        caches[i].slabs = 0;
    }
}

/* A fresh slab for cache c with every object free, or 0 if out of memory. */
static struct slab *slab_create(struct kmem_cache *c)
{
    struct slab *s = page_alloc();
    if (s == 0)
        return 0;
    s->cache = c;
    s->in_use = 0;
    s->free = 0;
    char *objects = (char *)s + SLAB_HEADER;
    for (int i = (int)c->per_slab - 1; i >= 0; i--) {
        void **obj = (void **)(objects + (uint64_t)i * c->object_size);
        *obj = s->free;
        s->free = obj;
    }
    return s;
}

/* Allocate `size` bytes of zeroed kernel memory, 16-byte aligned (page aligned
 * above 1024 bytes). Returns 0 when memory is exhausted or size is 0. */
void *kmalloc(size_t size)
{
    if (size == 0)
        return 0;
    if (size > (SMALLEST_CLASS << (NCLASSES - 1))) {
        unsigned order = 0;
        while (order <= MAX_ORDER && ((uint64_t)PGSIZE << order) < size)
            order++;
        return order <= MAX_ORDER ? pages_alloc(order) : 0;
    }
    int i = 0;
    while ((SMALLEST_CLASS << i) < (int)size)
        i++;
    struct kmem_cache *c = &caches[i];

    spin_lock(&c->lock);
    struct slab *s = c->slabs;
    while (s && s->free == 0)
        s = s->next;
    if (s == 0) {
        if ((s = slab_create(c)) == 0) {
            spin_unlock(&c->lock);
            return 0;
        }
        s->next = c->slabs;
        c->slabs = s;
    }
    void **obj = s->free;
    s->free = *obj;
    s->in_use++;
    spin_unlock(&c->lock);

    memset(obj, 0, c->object_size);
    return obj;
}

/* Free memory from kmalloc. kfree(0) does nothing. */
void kfree(void *p)
{
    if (p == 0)
        return;
    if ((uint64_t)p % PGSIZE == 0) {
        page_release(p);
        return;
    }
    struct slab *s = (struct slab *)PGROUNDDOWN(p);
    struct kmem_cache *c = s->cache;
    spin_lock(&c->lock);
    KASSERT(s->in_use > 0);
    *(void **)p = s->free;
    s->free = p;
    if (--s->in_use == 0) {             /* empty: unlink it and return the page */
        struct slab **link = &c->slabs;
        while (*link != s)
            link = &(*link)->next;
        *link = s->next;
        page_release(s);
    }
    spin_unlock(&c->lock);
}
