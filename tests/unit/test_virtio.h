/*
 * Shared fixture of the virtio unit tests: guest RAM on a bus, one virtio-mmio
 * transport, and a miniature driver that sets the device up through its registers
 * (either transport version) and submits descriptor chains the way a guest would.
 *
 * Guest RAM layout used by the fixture:
 *
 *   TV_RAM_BASE + 0x000000  unused (a chain's buffers may point here)
 *               + 0x010000  the queue: descriptors, driver area, device area
 *               + 0x020000  indirect tables
 *               + 0x100000  data buffers (TV_DATA)
 *   TV_RAM_BASE + TV_RAM_SIZE
 */
#ifndef TEST_VIRTIO_H
#define TEST_VIRTIO_H

#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "devices/virtio_mmio.h"

#define TV_RAM_BASE 0x80000000ull
#define TV_RAM_SIZE (4ull << 20)
#define TV_QUEUE (TV_RAM_BASE + 0x10000)
#define TV_INDIRECT (TV_RAM_BASE + 0x20000)
#define TV_DATA (TV_RAM_BASE + 0x100000)

/* Register offsets the fixture drives (the transport keeps its own table). */
enum {
    TV_MAGIC = 0x000, TV_VERSION = 0x004, TV_DEVICE_ID = 0x008, TV_VENDOR = 0x00c,
    TV_DEV_FEATURES = 0x010, TV_DEV_FEATURES_SEL = 0x014, TV_DRV_FEATURES = 0x020,
    TV_DRV_FEATURES_SEL = 0x024, TV_GUEST_PAGE_SIZE = 0x028, TV_QUEUE_SEL = 0x030,
    TV_QUEUE_NUM_MAX = 0x034, TV_QUEUE_NUM = 0x038, TV_QUEUE_ALIGN = 0x03c,
    TV_QUEUE_PFN = 0x040, TV_QUEUE_READY = 0x044, TV_QUEUE_NOTIFY = 0x050,
    TV_ISR = 0x060, TV_ISR_ACK = 0x064, TV_STATUS = 0x070, TV_DESC_LO = 0x080,
    TV_DESC_HI = 0x084, TV_DRIVER_LO = 0x090, TV_DRIVER_HI = 0x094, TV_DEVICE_LO = 0x0a0,
    TV_DEVICE_HI = 0x0a4, TV_CONFIG_GEN = 0x0fc,
};

static int tv_passed, tv_failed;
static const char *tv_case = "";

#define CHECK(cond) tv_check((cond), #cond, __FILE__, __LINE__)
#define CHECK_EQ(a, b) tv_check_eq((uint64_t)(a), (uint64_t)(b), #a, #b, __LINE__)

static inline void tv_check(bool ok, const char *what, const char *file, int line)
{
    if (ok) {
        tv_passed++;
        return;
    }
    tv_failed++;
    printf("FAIL %s:%d [%s]: %s\n", file, line, tv_case, what);
}

static inline void tv_check_eq(uint64_t a, uint64_t b, const char *ea, const char *eb, int line)
{
    if (a == b) {
        tv_passed++;
        return;
    }
    tv_failed++;
    printf("FAIL line %d [%s]: %s == 0x%llx, expected %s == 0x%llx\n", line, tv_case, ea,
           (unsigned long long)a, eb, (unsigned long long)b);
}

static inline int tv_summary(void)
{
    printf("%d passed, %d failed\n", tv_passed, tv_failed);
    return tv_failed ? 1 : 0;
}

/* A buffer of a chain as the test describes it. */
struct tv_buf {
    uint64_t addr;
    uint32_t len;
    bool write;
};

struct tv {
    struct bus bus;
    struct virtio_mmio vm;
    bool irq;              /* level of the interrupt line */
    int irq_edges;         /* low -> high transitions seen */
    unsigned num;          /* queue size */
    uint64_t desc, avail, used;
    uint16_t avail_idx;    /* the driver's shadow of avail->idx */
    uint16_t used_seen;    /* used->idx last consumed */
    uint16_t next_head;    /* where the next chain's descriptors start */
};

static inline void tv_irq_set(void *ctx, unsigned source, bool level)
{
    struct tv *t = ctx;
    (void)source;
    if (level && !t->irq)
        t->irq_edges++;
    t->irq = level;
}

static inline uint32_t tv_rd(struct tv *t, uint64_t off)
{
    uint64_t v = 0xdeadbeef;
    bool ok = t->vm.dev.read(t->vm.dev.opaque, off, 4, &v);
    if (!ok) {
        tv_failed++;
        printf("FAIL [%s]: read of register 0x%03llx faulted\n", tv_case, (unsigned long long)off);
    }
    return (uint32_t)v;
}

static inline void tv_wr(struct tv *t, uint64_t off, uint32_t v)
{
    if (!t->vm.dev.write(t->vm.dev.opaque, off, 4, v)) {
        tv_failed++;
        printf("FAIL [%s]: write of register 0x%03llx faulted\n", tv_case, (unsigned long long)off);
    }
}

static inline bool tv_faults_rd(struct tv *t, uint64_t off, int size)
{
    uint64_t v;
    return !t->vm.dev.read(t->vm.dev.opaque, off, size, &v);
}

static inline bool tv_faults_wr(struct tv *t, uint64_t off, int size, uint64_t v)
{
    return !t->vm.dev.write(t->vm.dev.opaque, off, size, v);
}

static inline void tv_poke(struct tv *t, uint64_t pa, const void *p, uint64_t n)
{
    if (!bus_write_ram(&t->bus, pa, p, n))
        abort();
}

static inline void tv_peek(struct tv *t, uint64_t pa, void *p, uint64_t n)
{
    if (!bus_read_ram(&t->bus, pa, p, n))
        abort();
}

static inline void tv_poke16(struct tv *t, uint64_t pa, uint16_t v) { tv_poke(t, pa, &v, 2); }

static inline uint16_t tv_peek16(struct tv *t, uint64_t pa)
{
    uint16_t v;
    tv_peek(t, pa, &v, 2);
    return v;
}

/* Build the bus and a transport for ops/backend (NULL: empty slot). */
static inline void tv_open(struct tv *t, bool legacy, const struct virtio_device_ops *ops,
                           void *backend)
{
    memset(t, 0, sizeof(*t));
    if (!bus_init(&t->bus, TV_RAM_BASE, TV_RAM_SIZE, NULL))
        abort();
    struct irq_line line = {.set = tv_irq_set, .ctx = t, .source = 1};
    if (!virtio_mmio_init(&t->vm, &t->bus, line, legacy, ops, backend))
        abort();
}

static inline void tv_close(struct tv *t)
{
    virtio_mmio_free(&t->vm);
    bus_free(&t->bus);
}

static inline uint64_t tv_device_features(struct tv *t)
{
    tv_wr(t, TV_DEV_FEATURES_SEL, 0);
    uint64_t f = tv_rd(t, TV_DEV_FEATURES);
    tv_wr(t, TV_DEV_FEATURES_SEL, 1);
    return f | (uint64_t)tv_rd(t, TV_DEV_FEATURES) << 32;
}

static inline void tv_set_driver_features(struct tv *t, uint64_t f)
{
    tv_wr(t, TV_DRV_FEATURES_SEL, 0);
    tv_wr(t, TV_DRV_FEATURES, (uint32_t)f);
    tv_wr(t, TV_DRV_FEATURES_SEL, 1);
    tv_wr(t, TV_DRV_FEATURES, (uint32_t)(f >> 32));
}

/* Queue 0 with num entries at TV_QUEUE, set up the way the transport version wants. */
static inline void tv_setup_queue(struct tv *t, unsigned num)
{
    t->num = num;
    t->desc = TV_QUEUE;
    t->avail = t->desc + 16ull * num;
    t->used = (t->avail + 6 + 2ull * num + 4095) & ~4095ull;
    t->avail_idx = t->used_seen = t->next_head = 0;
    tv_wr(t, TV_QUEUE_SEL, 0);
    tv_wr(t, TV_QUEUE_NUM, num);
    if (t->vm.version == 1) {
        tv_wr(t, TV_GUEST_PAGE_SIZE, 4096);
        tv_wr(t, TV_QUEUE_ALIGN, 4096);
        tv_wr(t, TV_QUEUE_PFN, (uint32_t)(TV_QUEUE >> 12));
    } else {
        tv_wr(t, TV_DESC_LO, (uint32_t)t->desc);
        tv_wr(t, TV_DESC_HI, (uint32_t)(t->desc >> 32));
        tv_wr(t, TV_DRIVER_LO, (uint32_t)t->avail);
        tv_wr(t, TV_DRIVER_HI, (uint32_t)(t->avail >> 32));
        tv_wr(t, TV_DEVICE_LO, (uint32_t)t->used);
        tv_wr(t, TV_DEVICE_HI, (uint32_t)(t->used >> 32));
        tv_wr(t, TV_QUEUE_READY, 1);
    }
}

/* The §3.1.1 initialisation: reset, ACKNOWLEDGE, DRIVER, features (all offered ones
 * unless `features` says otherwise), FEATURES_OK (modern), one queue, DRIVER_OK. */
static inline void tv_start_features(struct tv *t, unsigned num, uint64_t features)
{
    tv_wr(t, TV_STATUS, 0);
    tv_wr(t, TV_STATUS, VIRTIO_STATUS_ACKNOWLEDGE);
    tv_wr(t, TV_STATUS, VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER);
    tv_set_driver_features(t, features);
    uint32_t st = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    if (t->vm.version == 2) {
        st |= VIRTIO_STATUS_FEATURES_OK;
        tv_wr(t, TV_STATUS, st);
    }
    tv_setup_queue(t, num);
    tv_wr(t, TV_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
}

static inline void tv_start(struct tv *t, unsigned num)
{
    tv_start_features(t, num, tv_device_features(t));
}

/* Write a chain of n buffers into descriptors starting at t->next_head (wrapping in
 * the table) and make it available, without notifying. Returns its head. */
static inline uint16_t tv_post(struct tv *t, const struct tv_buf *b, unsigned n)
{
    uint16_t head = t->next_head, d = head;
    for (unsigned i = 0; i < n; i++) {
        uint16_t next = (uint16_t)((d + 1) % t->num);
        uint16_t flags = (uint16_t)((b[i].write ? VIRTQ_DESC_F_WRITE : 0) |
                                    (i + 1 < n ? VIRTQ_DESC_F_NEXT : 0));
        uint8_t raw[16];
        memcpy(raw, &b[i].addr, 8);
        memcpy(raw + 8, &b[i].len, 4);
        memcpy(raw + 12, &flags, 2);
        memcpy(raw + 14, &next, 2);
        tv_poke(t, t->desc + 16ull * d, raw, 16);
        d = next;
    }
    t->next_head = d;
    tv_poke16(t, t->avail + 4 + 2ull * (t->avail_idx % t->num), head);
    t->avail_idx++;
    tv_poke16(t, t->avail + 2, t->avail_idx);
    return head;
}

static inline void tv_notify(struct tv *t) { tv_wr(t, TV_QUEUE_NOTIFY, 0); }

/* Take the next used element: true if there was one, with its id and len. */
static inline bool tv_take_used(struct tv *t, uint32_t *id, uint32_t *len)
{
    if (tv_peek16(t, t->used + 2) == t->used_seen)
        return false;
    uint32_t e[2];
    tv_peek(t, t->used + 4 + 8ull * (t->used_seen % t->num), e, 8);
    t->used_seen++;
    *id = e[0];
    *len = e[1];
    return true;
}

/* Post, notify, and expect the chain back: returns its used len, or -1. */
static inline int64_t tv_request(struct tv *t, const struct tv_buf *b, unsigned n)
{
    uint16_t head = tv_post(t, b, n);
    tv_notify(t);
    uint32_t id, len;
    if (!tv_take_used(t, &id, &len) || id != head)
        return -1;
    return len;
}

static inline bool tv_needs_reset(struct tv *t)
{
    return (tv_rd(t, TV_STATUS) & VIRTIO_STATUS_NEEDS_RESET) != 0;
}

#endif
