/*
 * The disk driver: a virtio block device on the virtio-mmio transport, version 2
 * (virtio 1.2 spec §4.2 and §5.2), one virtqueue, interrupt completion.
 *
 * A read or write is a chain of three descriptors: the request header (device
 * reads), the block's data (device reads for a write, writes for a read) and a
 * status byte (device writes). disk_start() posts the chain in the available ring
 * and notifies the device; the device's interrupt (disk_interrupt) walks the used
 * ring, frees the chains and wakes the requesters sleeping in disk_wait(). Several
 * requests can be in flight at once.
 *
 * Completed writes may sit in the device's cache; disk_flush() makes them durable.
 * The log calls it at its commit points. (A device without VIRTIO_BLK_F_FLUSH
 * writes through, and flushing is a no-op.)
 */
#include "disk.h"
#include "buddy.h"
#include "buf.h"
#include "kernel.h"
#include "memlayout.h"
#include "sched.h"
#include "spinlock.h"
#include "virtio.h"

static struct {
    struct spinlock lock;
    uint64_t base;                  /* MMIO registers of our slot */
    int irq;
    int can_flush;                  /* VIRTIO_BLK_F_FLUSH negotiated */
    struct virtq_desc *desc;        /* the three parts of the virtqueue */
    struct virtq_avail *avail;
    struct virtq_used *used;
    uint8_t desc_free[VIRTQ_SIZE];
    uint16_t used_seen;             /* used->idx we have processed up to */
    struct {                        /* per request, indexed by its first descriptor */
        struct buf *b;              /* the block read or written; 0 for a flush */
        struct virtio_blk_req_header header;
        volatile uint8_t status;
    } request[VIRTQ_SIZE];
    int flush_busy, flush_error;    /* the flush in flight (one at a time) */
} disk;

static uint32_t reg_read(enum virtio_mmio_reg r) { return *(volatile uint32_t *)(disk.base + r); }
static void reg_write(enum virtio_mmio_reg r, uint32_t v) { *(volatile uint32_t *)(disk.base + r) = v; }

/* Find a block device among the virtio-mmio slots. Returns its slot, or -1. */
static int find_block_device(void)
{
    for (int slot = 0; slot < VIRTIO_SLOTS; slot++) {
        disk.base = VIRTIO_BASE + slot * VIRTIO_STRIDE;
        if (reg_read(VIRTIO_MMIO_MAGIC) != VIRTIO_MAGIC ||
            reg_read(VIRTIO_MMIO_DEVICE_ID) != VIRTIO_DEVICE_BLOCK)
            continue;
        if (reg_read(VIRTIO_MMIO_VERSION) != 2)
            panic("virtio slot %d: legacy virtio-mmio (version %u) is not supported; "
                  "on QEMU add -global virtio-mmio.force-legacy=false",
                  slot, reg_read(VIRTIO_MMIO_VERSION));
        return slot;
    }
    return -1;
}

/* Feature negotiation (§3.1.1 steps 4-6): require VERSION_1, take FLUSH if
 * offered. Returns the status register value reached. */
static uint32_t negotiate_features(uint32_t status)
{
    reg_write(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 1);
    if (!(reg_read(VIRTIO_MMIO_DEVICE_FEATURES) & VIRTIO_F_VERSION_1_HIGH))
        panic("virtio disk: device does not offer VIRTIO_F_VERSION_1");
    reg_write(VIRTIO_MMIO_DEVICE_FEATURES_SEL, 0);
    uint32_t low = reg_read(VIRTIO_MMIO_DEVICE_FEATURES) & VIRTIO_BLK_F_FLUSH;
    disk.can_flush = low != 0;

    reg_write(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 0);
    reg_write(VIRTIO_MMIO_DRIVER_FEATURES, low);
    reg_write(VIRTIO_MMIO_DRIVER_FEATURES_SEL, 1);
    reg_write(VIRTIO_MMIO_DRIVER_FEATURES, VIRTIO_F_VERSION_1_HIGH);
    status |= VIRTIO_STATUS_FEATURES_OK;
    reg_write(VIRTIO_MMIO_STATUS, status);
    if (!(reg_read(VIRTIO_MMIO_STATUS) & VIRTIO_STATUS_FEATURES_OK))
        panic("virtio disk: features not accepted");
    return status;
}

/* Initialise the device (§3.1.1 "Driver Requirements: Device Initialization") and
 * its virtqueue 0. */
void disk_init(void)
{
    spin_init(&disk.lock, "disk");
    int slot = find_block_device();
    if (slot < 0)
        panic("no virtio block device found");
    disk.irq = VIRTIO_IRQ(slot);

    uint32_t status = 0;
    reg_write(VIRTIO_MMIO_STATUS, status);              /* reset */
    status |= VIRTIO_STATUS_ACKNOWLEDGE;
    reg_write(VIRTIO_MMIO_STATUS, status);
    status |= VIRTIO_STATUS_DRIVER;
    reg_write(VIRTIO_MMIO_STATUS, status);
    status = negotiate_features(status);

    reg_write(VIRTIO_MMIO_QUEUE_SEL, 0);
    if (reg_read(VIRTIO_MMIO_QUEUE_READY))
        panic("virtio disk: queue 0 already in use");
    if (reg_read(VIRTIO_MMIO_QUEUE_NUM_MAX) < VIRTQ_SIZE)
        panic("virtio disk: queue too short");
    reg_write(VIRTIO_MMIO_QUEUE_NUM, VIRTQ_SIZE);

    /* One contiguous two-page run: descriptors and available ring in the first
     * page, the used ring at the start of the second (the legacy layout, §2.7). */
    char *queue = pages_alloc(1);
    if (queue == 0)
        panic("virtio disk: no memory for the queue");
    disk.desc = (struct virtq_desc *)queue;
    disk.avail = (struct virtq_avail *)(queue + VIRTQ_SIZE * sizeof(struct virtq_desc));
    disk.used = (struct virtq_used *)(queue + PGSIZE);
    uint64_t desc = (uint64_t)disk.desc, avail = (uint64_t)disk.avail, used = (uint64_t)disk.used;
    reg_write(VIRTIO_MMIO_QUEUE_DESC_LOW, (uint32_t)desc);
    reg_write(VIRTIO_MMIO_QUEUE_DESC_HIGH, (uint32_t)(desc >> 32));
    reg_write(VIRTIO_MMIO_QUEUE_DRIVER_LOW, (uint32_t)avail);
    reg_write(VIRTIO_MMIO_QUEUE_DRIVER_HIGH, (uint32_t)(avail >> 32));
    reg_write(VIRTIO_MMIO_QUEUE_DEVICE_LOW, (uint32_t)used);
    reg_write(VIRTIO_MMIO_QUEUE_DEVICE_HIGH, (uint32_t)(used >> 32));
    reg_write(VIRTIO_MMIO_QUEUE_READY, 1);

    for (int i = 0; i < VIRTQ_SIZE; i++)
        disk.desc_free[i] = 1;
    status |= VIRTIO_STATUS_DRIVER_OK;
    reg_write(VIRTIO_MMIO_STATUS, status);

    uint64_t sectors = reg_read(VIRTIO_MMIO_CONFIG) | (uint64_t)reg_read(VIRTIO_MMIO_CONFIG + 4) << 32;
    kprintf("disk: virtio-blk in slot %d (irq %d), %lu KiB%s\n", slot, disk.irq, sectors / 2,
            disk.can_flush ? ", write cache with flush" : "");
}

/* The PLIC source of the disk. */
int disk_irq(void)
{
    return disk.irq;
}

/* Take n free descriptors into idx[], sleeping until there are n. Caller holds
 * disk.lock. */
static void alloc_descs(int n, int idx[])
{
    for (;;) {
        int found = 0;
        for (int i = 0; i < VIRTQ_SIZE && found < n; i++)
            if (disk.desc_free[i])
                idx[found++] = i;
        if (found == n)
            break;
        sleep(&disk.desc_free, &disk.lock);
    }
    for (int i = 0; i < n; i++)
        disk.desc_free[idx[i]] = 0;
}

/* Free the descriptor chain starting at head. Caller holds disk.lock. */
static void free_chain(int head)
{
    for (int i = head;;) {
        int next = disk.desc[i].next;
        int more = disk.desc[i].flags & VIRTQ_DESC_F_NEXT;
        disk.desc_free[i] = 1;
        if (!more)
            break;
        i = next;
    }
    wakeup(&disk.desc_free);
}

/* Hand the chain at `head` to the device. Caller holds disk.lock. */
static void post(int head)
{
    disk.avail->ring[disk.avail->idx % VIRTQ_SIZE] = (uint16_t)head;
    __sync_synchronize();                       /* the chain before the index */
    disk.avail->idx++;
    __sync_synchronize();                       /* the index before the notify */
    reg_write(VIRTIO_MMIO_QUEUE_NOTIFY, 0);
}

/* Queue a read (write = 0) or write of block b->blockno to or from b->data and
 * return without waiting for it (it may sleep for free descriptors). The caller
 * holds b's sleep-lock and later calls disk_wait(b). */
void disk_start(struct buf *b, int write)
{
    int idx[3];
    spin_lock(&disk.lock);
    alloc_descs(3, idx);
    struct virtio_blk_req_header *h = &disk.request[idx[0]].header;
    h->type = write ? VIRTIO_BLK_T_OUT : VIRTIO_BLK_T_IN;
    h->reserved = 0;
    h->sector = (uint64_t)b->blockno * (BSIZE / VIRTIO_BLK_SECTOR);
    disk.request[idx[0]].status = 0xff;        /* the device sets 0 on success */
    disk.request[idx[0]].b = b;

    disk.desc[idx[0]] = (struct virtq_desc){ (uint64_t)h, sizeof *h, VIRTQ_DESC_F_NEXT, (uint16_t)idx[1] };
    disk.desc[idx[1]] = (struct virtq_desc){ (uint64_t)b->data, BSIZE,
                                             (uint16_t)(VIRTQ_DESC_F_NEXT | (write ? 0 : VIRTQ_DESC_F_WRITE)),
                                             (uint16_t)idx[2] };
    disk.desc[idx[2]] = (struct virtq_desc){ (uint64_t)&disk.request[idx[0]].status, 1,
                                             VIRTQ_DESC_F_WRITE, 0 };
    b->disk_busy = 1;
    post(idx[0]);
    spin_unlock(&disk.lock);
}

/* Sleep until the request disk_start() queued for b has completed. */
void disk_wait(struct buf *b)
{
    spin_lock(&disk.lock);
    while (b->disk_busy)
        sleep(b, &disk.lock);
    spin_unlock(&disk.lock);
    if (b->disk_error)
        panic("disk: I/O error on block %u", b->blockno);
}

/* Read or write b now: disk_start, then disk_wait. */
void disk_rw(struct buf *b, int write)
{
    disk_start(b, write);
    disk_wait(b);
}

/* Make every write completed so far durable (a flush request: header and status,
 * no data). Waits for it. */
void disk_flush(void)
{
    if (!disk.can_flush)
        return;
    int idx[2];
    spin_lock(&disk.lock);
    while (disk.flush_busy)
        sleep(&disk.flush_busy, &disk.lock);
    alloc_descs(2, idx);
    struct virtio_blk_req_header *h = &disk.request[idx[0]].header;
    h->type = VIRTIO_BLK_T_FLUSH;
    h->reserved = 0;
    h->sector = 0;
    disk.request[idx[0]].status = 0xff;
    disk.request[idx[0]].b = 0;
    disk.desc[idx[0]] = (struct virtq_desc){ (uint64_t)h, sizeof *h, VIRTQ_DESC_F_NEXT, (uint16_t)idx[1] };
    disk.desc[idx[1]] = (struct virtq_desc){ (uint64_t)&disk.request[idx[0]].status, 1,
                                             VIRTQ_DESC_F_WRITE, 0 };
    disk.flush_busy = 1;
    post(idx[0]);
    while (disk.flush_busy)
        sleep(&disk.flush_busy, &disk.lock);
    int error = disk.flush_error;
    wakeup(&disk.flush_busy);                   /* the next flush may start */
    spin_unlock(&disk.lock);
    if (error)
        panic("disk: flush failed");
}

/* The device's interrupt: acknowledge it and complete every request the device
 * has put in the used ring since last time: record the status, free the
 * descriptors, wake the waiter. */
void disk_interrupt(void)
{
    spin_lock(&disk.lock);
    reg_write(VIRTIO_MMIO_INTERRUPT_ACK, reg_read(VIRTIO_MMIO_INTERRUPT_STATUS) & 0x3);
    __sync_synchronize();
    while (disk.used_seen != *(volatile uint16_t *)&disk.used->idx) {
        __sync_synchronize();
        uint32_t id = disk.used->ring[disk.used_seen % VIRTQ_SIZE].id;
        if (id >= VIRTQ_SIZE || disk.desc_free[id])
            panic("disk: completion for an unknown request %u", id);
        int error = disk.request[id].status != 0;
        struct buf *b = disk.request[id].b;
        if (b) {
            b->disk_error = error;
            b->disk_busy = 0;
            wakeup(b);
        } else {
            disk.flush_error = error;
            disk.flush_busy = 0;
            wakeup(&disk.flush_busy);
        }
        disk.request[id].b = 0;
        free_chain((int)id);
        disk.used_seen++;
    }
    spin_unlock(&disk.lock);
}
