/*
 * The write-ahead (redo) log that makes file-system operations atomic across
 * crashes.
 *
 * An operation's changed blocks are not written home while it runs: tx_write()
 * only records the block number in the in-memory log header and pins the buffer.
 * When the last running operation ends, the group is committed:
 *   1. copy every recorded block into the log area (blocks logstart+1 ...),
 *   2. write the log header with n = number of blocks  <- the commit point,
 *   3. install: write every block to its home location,
 *   4. write the header with n = 0.
 * A crash before 2 leaves the old contents everywhere; after 2, the next boot finds
 * n > 0 and repeats 3 and 4 (recovery), so the new contents appear everywhere.
 *
 * Operations reserve room up front: tx_begin() waits while the blocks already
 * logged plus MAXOPBLOCKS for every running operation (itself included) would not
 * fit, and while a commit is in progress. Several operations can share one commit,
 * and a block written by several of them is logged once ("absorption").
 */
#include "log.h"
#include "buf.h"
#include "disk.h"
#include "kernel.h"
#include "param.h"
#include "sched.h"
#include "spinlock.h"

/* A commit holds the group's pinned blocks and as many log-area buffers at once;
 * the rest of the cache must stay available to everyone else. */
_Static_assert(NBUF >= 3 * LOGSIZE, "buffer cache too small for the log");

static struct {
    struct spinlock lock;
    uint32_t dev;
    uint32_t start;             /* block of the header; logged copies follow it */
    uint32_t capacity;          /* blocks one commit may hold */
    int running;                /* operations between tx_begin and tx_end */
    int committing;
    struct logheader header;    /* the blocks of the current group */
} log;

/* Write the in-memory header to the header block. With n > 0 this is the commit. */
static void write_header(void)
{
    struct buf *b = buf_read(log.dev, log.start);
    memmove(b->data, &log.header, sizeof log.header);
    buf_write(b);
    buf_release(b);
}

/* Step 1: copy the group's blocks from the cache into the log area. All the
 * writes are queued before waiting for any, so the device can overlap them. */
static void write_log_area(void)
{
    struct buf *to[LOGSIZE];
    for (uint32_t i = 0; i < log.header.n; i++) {
        to[i] = buf_get(log.dev, log.start + 1 + i);
        struct buf *from = buf_read(log.dev, log.header.block[i]);
        memmove(to[i]->data, from->data, BSIZE);
        buf_release(from);
        to[i]->valid = 1;
        disk_start(to[i], 1);
    }
    for (uint32_t i = 0; i < log.header.n; i++) {
        disk_wait(to[i]);
        buf_release(to[i]);
    }
}

/* Step 3: write each logged block to its home location, again all queued at once.
 * After a crash (recovery) the contents come from the log area; otherwise the
 * pinned cache copy is current, and is unpinned once written. */
static void install(int recovering)
{
    struct buf *home[LOGSIZE];
    for (uint32_t i = 0; i < log.header.n; i++) {
        home[i] = buf_read(log.dev, log.header.block[i]);
        if (recovering) {
            struct buf *copy = buf_read(log.dev, log.start + 1 + i);
            memmove(home[i]->data, copy->data, BSIZE);
            buf_release(copy);
        }
        disk_start(home[i], 1);
    }
    for (uint32_t i = 0; i < log.header.n; i++) {
        disk_wait(home[i]);
        if (!recovering)
            buf_unpin(home[i]);
        buf_release(home[i]);
    }
}

/* Commit the current group (no operation is running). Each step is flushed to
 * the disk before the next begins, or a disk with a write cache could reorder
 * them: the header must not become durable before the logged blocks, the home
 * blocks not before the header, and the next group's log blocks not before the
 * header that says the log is empty. */
static void commit(void)
{
    if (log.header.n == 0)
        return;
    write_log_area();
    disk_flush();
    write_header();             /* committed */
    disk_flush();
    install(0);
    disk_flush();
    log.header.n = 0;
    write_header();             /* log empty again */
    disk_flush();
}

/* Open the log described by the superblock and replay a committed group left by
 * a crash. Runs in process context at mount, before any transaction. */
void log_init(uint32_t dev, const struct superblock *s)
{
    spin_init(&log.lock, "log");
    log.dev = dev;
    log.start = s->logstart;
    log.capacity = MIN((uint32_t)LOGSIZE, s->nlog - 1);
    if (log.capacity < MAXOPBLOCKS)
        panic("log_init: log of %u blocks is too small", s->nlog);

    struct buf *b = buf_read(dev, log.start);
    memmove(&log.header, b->data, sizeof log.header);
    buf_release(b);
    if (log.header.n > log.capacity)
        panic("log_init: corrupt log header (n = %u)", log.header.n);
    if (log.header.n > 0) {
        kprintf("log: recovering %u blocks\n", log.header.n);
        install(1);
        disk_flush();
        log.header.n = 0;
        write_header();
        disk_flush();
    }
}

/* Start a file-system operation; waits until the log has room for it. */
void tx_begin(void)
{
    spin_lock(&log.lock);
    for (;;) {
        if (log.committing ||
            log.header.n + (uint32_t)(log.running + 1) * MAXOPBLOCKS > log.capacity) {
            sleep(&log, &log.lock);
        } else {
            log.running++;
            break;
        }
    }
    spin_unlock(&log.lock);
}

/* End a file-system operation; the last one to end commits the group. */
void tx_end(void)
{
    int do_commit = 0;
    spin_lock(&log.lock);
    KASSERT(log.running > 0 && !log.committing);
    log.running--;
    if (log.running == 0) {
        do_commit = 1;
        log.committing = 1;
    } else {
        wakeup(&log);           /* our unused reservation may let someone in */
    }
    spin_unlock(&log.lock);

    if (do_commit) {
        commit();               /* sleeps on disk I/O: no spinlock held */
        spin_lock(&log.lock);
        log.committing = 0;
        wakeup(&log);
        spin_unlock(&log.lock);
    }
}

/* Record that b (locked, changed) belongs to the current transaction, instead of
 * writing it now. The buffer stays pinned in the cache until installed. */
void tx_write(struct buf *b)
{
    spin_lock(&log.lock);
    if (log.running < 1)
        panic("tx_write outside a transaction");
    uint32_t i;
    for (i = 0; i < log.header.n; i++)
        if (log.header.block[i] == b->blockno)
            break;              /* already logged: absorbed */
    if (i == log.header.n) {
        if (log.header.n >= log.capacity)
            panic("tx_write: transaction too big");
        log.header.block[log.header.n++] = b->blockno;
        buf_pin(b);
    }
    spin_unlock(&log.lock);
}
