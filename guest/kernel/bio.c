/*
 * The buffer cache: NBUF block-sized buffers holding recently used disk blocks.
 *   - Each block is in at most one buffer, so all processes see the same copy and
 *     the buffer's sleep-lock serialises everyone using that block.
 *   - Buffers are recycled least-recently-released first (LRU list).
 * Use: b = buf_read(dev, n); read or change b->data; buf_write(b) (or tx_write(b)
 * inside a transaction); buf_release(b). The log pins the buffers of a running
 * transaction so they stay cached until they are installed.
 */
#include "buf.h"
#include "disk.h"
#include "kernel.h"
#include "param.h"
#include "sched.h"
#include "spinlock.h"

static struct {
    struct spinlock lock;       /* guards the list and every refs/dev/blockno */
    struct buf bufs[NBUF];
    struct buf lru;             /* sentinel: lru.next is the most recently released */
} bcache;

/* Put every buffer on the LRU list. */
void bcache_init(void)
{
    spin_init(&bcache.lock, "bcache");
    bcache.lru.next = bcache.lru.prev = &bcache.lru;
    for (struct buf *b = bcache.bufs; b < &bcache.bufs[NBUF]; b++) {
        sleeplock_init(&b->lock, "buffer");
        b->next = bcache.lru.next;
        b->prev = &bcache.lru;
        bcache.lru.next->prev = b;
        bcache.lru.next = b;
    }
}

/* The buffer for block (dev, blockno), locked; its data is valid only if b->valid.
 * Reuses the least recently released unused buffer; if every buffer is in use,
 * waits for one. For a caller that overwrites the whole block (then sets valid). */
struct buf *buf_get(uint32_t dev, uint32_t blockno)
{
    spin_lock(&bcache.lock);
    for (;;) {
        struct buf *b;
        for (b = bcache.lru.next; b != &bcache.lru; b = b->next) {
            if (b->dev == dev && b->blockno == blockno) {
                b->refs++;
                spin_unlock(&bcache.lock);
                sleeplock_acquire(&b->lock);
                return b;
            }
        }
        for (b = bcache.lru.prev; b != &bcache.lru; b = b->prev) {
            if (b->refs == 0) {
                b->dev = dev;
                b->blockno = blockno;
                b->valid = 0;
                b->refs = 1;
                spin_unlock(&bcache.lock);
                sleeplock_acquire(&b->lock);
                return b;
            }
        }
        sleep(&bcache, &bcache.lock);   /* all in use: buf_release wakes us */
    }
}

/* The buffer for block (dev, blockno), locked, with the block's contents. */
struct buf *buf_read(uint32_t dev, uint32_t blockno)
{
    struct buf *b = buf_get(dev, blockno);
    if (!b->valid) {
        disk_rw(b, 0);
        b->valid = 1;
    }
    return b;
}

/* Write b's data to its block on disk now. b must be locked. */
void buf_write(struct buf *b)
{
    if (!sleeplock_held(&b->lock))
        panic("buf_write: buffer not locked");
    disk_rw(b, 1);
}

/* Unlock b and drop the caller's reference; the block stays cached. */
void buf_release(struct buf *b)
{
    if (!sleeplock_held(&b->lock))
        panic("buf_release: buffer not locked");
    sleeplock_release(&b->lock);
    spin_lock(&bcache.lock);
    b->refs--;
    if (b->refs == 0) {         /* move to the front: most recently released */
        b->next->prev = b->prev;
        b->prev->next = b->next;
        b->next = bcache.lru.next;
        b->prev = &bcache.lru;
        bcache.lru.next->prev = b;
        bcache.lru.next = b;
        wakeup(&bcache);
    }
    spin_unlock(&bcache.lock);
}

/* Keep b cached (the log holds it until the transaction is installed). */
void buf_pin(struct buf *b)
{
    spin_lock(&bcache.lock);
    b->refs++;
    spin_unlock(&bcache.lock);
}

/* Undo buf_pin. */
void buf_unpin(struct buf *b)
{
    spin_lock(&bcache.lock);
    b->refs--;
    if (b->refs == 0)
        wakeup(&bcache);
    spin_unlock(&bcache.lock);
}
