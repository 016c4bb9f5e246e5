/*
 * virtio-mmio transport, both register sets, and split virtqueues (virtio 1.2 §4.2,
 * §2.7). See virtio_mmio.h for the contract with devices.
 *
 * Every guest address the transport or a device touches goes through bus_dma_read /
 * bus_dma_write (which debuggers observe) and is checked before use; a failed check is the driver's bug and
 * puts the device into DEVICE_NEEDS_RESET (virtio_mmio_fail), never a host crash.
 */
#include "virtio_mmio.h"

#include <assert.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

/* Control register offsets (§4.2.2 modern, §4.2.4 legacy). */
enum virtio_reg_offset {
    REG_MAGIC = 0x000, REG_VERSION = 0x004, REG_DEVICE_ID = 0x008, REG_VENDOR_ID = 0x00c,
    REG_DEVICE_FEATURES = 0x010, REG_DEVICE_FEATURES_SEL = 0x014,
    REG_DRIVER_FEATURES = 0x020, REG_DRIVER_FEATURES_SEL = 0x024,
    REG_GUEST_PAGE_SIZE = 0x028,
    REG_QUEUE_SEL = 0x030, REG_QUEUE_NUM_MAX = 0x034, REG_QUEUE_NUM = 0x038,
    REG_QUEUE_ALIGN = 0x03c, REG_QUEUE_PFN = 0x040, REG_QUEUE_READY = 0x044,
    REG_QUEUE_NOTIFY = 0x050, REG_INTERRUPT_STATUS = 0x060, REG_INTERRUPT_ACK = 0x064,
    REG_STATUS = 0x070,
    REG_QUEUE_DESC_LOW = 0x080, REG_QUEUE_DESC_HIGH = 0x084,
    REG_QUEUE_DRIVER_LOW = 0x090, REG_QUEUE_DRIVER_HIGH = 0x094,
    REG_QUEUE_DEVICE_LOW = 0x0a0, REG_QUEUE_DEVICE_HIGH = 0x0a4,
    REG_SHM_SEL = 0x0ac, REG_SHM_LEN_LOW = 0x0b0, REG_SHM_LEN_HIGH = 0x0b4,
    REG_SHM_BASE_LOW = 0x0b8, REG_SHM_BASE_HIGH = 0x0bc,
    REG_CONFIG_GENERATION = 0x0fc,
};

enum { R = 1, W = 2, RW = 3 };              /* who may access: driver reads / writes */
enum { V1 = 1 << 1, V2 = 1 << 2, V12 = V1 | V2 };   /* which transport versions have it */

/* The register table: name, direction, versions. An offset not listed, a direction
 * the register does not have, or a size other than 4 is an access fault. Legacy
 * names differ for 0x010-0x024 (HostFeatures, HostFeaturesSel, GuestFeatures,
 * GuestFeaturesSel); the modern ones are used here. */
static const struct virtio_reg {
    const char *name;
    unsigned char access, versions;
} virtio_regs[VIRTIO_MMIO_CONFIG / 4] = {
#define REG(off, nm, acc, ver) [(off) / 4] = {nm, acc, ver}
    REG(REG_MAGIC,               "MagicValue",        R,  V12),
    REG(REG_VERSION,             "Version",           R,  V12),
    REG(REG_DEVICE_ID,           "DeviceID",          R,  V12),
    REG(REG_VENDOR_ID,           "VendorID",          R,  V12),
    REG(REG_DEVICE_FEATURES,     "DeviceFeatures",    R,  V12),
    REG(REG_DEVICE_FEATURES_SEL, "DeviceFeaturesSel", W,  V12),
    REG(REG_DRIVER_FEATURES,     "DriverFeatures",    W,  V12),
    REG(REG_DRIVER_FEATURES_SEL, "DriverFeaturesSel", W,  V12),
    REG(REG_GUEST_PAGE_SIZE,     "GuestPageSize",     W,  V1),
    REG(REG_QUEUE_SEL,           "QueueSel",          W,  V12),
    REG(REG_QUEUE_NUM_MAX,       "QueueNumMax",       R,  V12),
    REG(REG_QUEUE_NUM,           "QueueNum",          W,  V12),
    REG(REG_QUEUE_ALIGN,         "QueueAlign",        W,  V1),
    REG(REG_QUEUE_PFN,           "QueuePFN",          RW, V1),
    REG(REG_QUEUE_READY,         "QueueReady",        RW, V2),
    REG(REG_QUEUE_NOTIFY,        "QueueNotify",       W,  V12),
    REG(REG_INTERRUPT_STATUS,    "InterruptStatus",   R,  V12),
    REG(REG_INTERRUPT_ACK,       "InterruptACK",      W,  V12),
    REG(REG_STATUS,              "Status",            RW, V12),
    REG(REG_QUEUE_DESC_LOW,      "QueueDescLow",      W,  V2),
    REG(REG_QUEUE_DESC_HIGH,     "QueueDescHigh",     W,  V2),
    REG(REG_QUEUE_DRIVER_LOW,    "QueueDriverLow",    W,  V2),
    REG(REG_QUEUE_DRIVER_HIGH,   "QueueDriverHigh",   W,  V2),
    REG(REG_QUEUE_DEVICE_LOW,    "QueueDeviceLow",    W,  V2),
    REG(REG_QUEUE_DEVICE_HIGH,   "QueueDeviceHigh",   W,  V2),
    REG(REG_SHM_SEL,             "SHMSel",            W,  V2),
    REG(REG_SHM_LEN_LOW,         "SHMLenLow",         R,  V2),
    REG(REG_SHM_LEN_HIGH,        "SHMLenHigh",        R,  V2),
    REG(REG_SHM_BASE_LOW,        "SHMBaseLow",        R,  V2),
    REG(REG_SHM_BASE_HIGH,       "SHMBaseHigh",       R,  V2),
    REG(REG_CONFIG_GENERATION,   "ConfigGeneration",  R,  V2),
#undef REG
};

/* The register at offset if this transport version has it and allows `access`. */
static const struct virtio_reg *reg_lookup(const struct virtio_mmio *vm, uint64_t offset,
                                           int size, int access)
{
    if (size != 4 || offset % 4 || offset >= VIRTIO_MMIO_CONFIG)
        return NULL;
    const struct virtio_reg *r = &virtio_regs[offset / 4];
    if (!r->name || !(r->versions & (1 << vm->version)) || !(r->access & access))
        return NULL;
    return r;
}

const char *virtio_mmio_reg_name(int version, uint64_t offset)
{
    if (offset % 4 || offset >= VIRTIO_MMIO_CONFIG || (version != 1 && version != 2))
        return NULL;
    const struct virtio_reg *r = &virtio_regs[offset / 4];
    return r->name && (r->versions & (1 << version)) ? r->name : NULL;
}

/* ---- interrupts, errors, reset ------------------------------------------------- */

static void update_irq(struct virtio_mmio *vm)
{
    irq_line_set(&vm->irq, vm->interrupt_status != 0);
}

static void interrupt(struct virtio_mmio *vm, uint32_t bits)
{
    vm->interrupt_status |= bits;
    update_irq(vm);
}

void virtio_mmio_fail(struct virtio_mmio *vm, const char *fmt, ...)
{
    if (vm->status & VIRTIO_STATUS_NEEDS_RESET)
        return;   /* keep the first reason: later ones are usually its consequences */
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(vm->error_buf, sizeof(vm->error_buf), fmt, ap);
    va_end(ap);
    vm->error = vm->error_buf;
    vm->status |= VIRTIO_STATUS_NEEDS_RESET;
    /* §2.1.2: with DRIVER_OK set, tell the driver through a configuration change
     * notification; otherwise it is sent when the driver sets DRIVER_OK. */
    if (vm->status & VIRTIO_STATUS_DRIVER_OK)
        interrupt(vm, VIRTIO_INT_CONFIG);
}

void virtio_mmio_reset(struct virtio_mmio *vm)
{
    vm->driver_features = 0;
    vm->device_features_sel = vm->driver_features_sel = 0;
    vm->queue_sel = vm->shm_sel = 0;
    vm->status = 0;
    vm->interrupt_status = 0;
    vm->error = NULL;
    /* GuestPageSize survives: Linux writes it once at probe, before the reset. */
    for (unsigned i = 0; i < VIRTIO_MAX_QUEUES; i++)
        vm->queues[i] = (struct virtio_queue){.align = VIRTIO_LEGACY_QUEUE_ALIGN};
    if (vm->ops && vm->ops->reset)
        vm->ops->reset(vm->backend);
    update_irq(vm);
}

bool virtio_mmio_has_feature(const struct virtio_mmio *vm, uint64_t bit)
{
    return (vm->device_features & vm->driver_features & bit) != 0;
}

/* ---- queue setup ------------------------------------------------------------------ */

static struct virtio_queue *selected_queue(struct virtio_mmio *vm)
{
    if (!vm->ops || vm->queue_sel >= vm->ops->num_queues)
        return NULL;
    return &vm->queues[vm->queue_sel];
}

/* Start using queue q at the addresses already in it, after checking its size (§2.7:
 * a power of two), the alignments of §2.7 (descriptors 16, driver area 2, device
 * area 4) and that all three areas are RAM. */
static void queue_activate(struct virtio_mmio *vm, struct virtio_queue *q)
{
    unsigned qi = (unsigned)(q - vm->queues);
    uint64_t n = q->num;
    if (n == 0 || n > VIRTIO_QUEUE_NUM_MAX || (n & (n - 1))) {
        virtio_mmio_fail(vm, "queue %u: size %llu is not a power of two from 1 to %u", qi,
                         (unsigned long long)n, VIRTIO_QUEUE_NUM_MAX);
        return;
    }
    if (q->desc % 16 || q->avail % 2 || q->used % 4) {
        virtio_mmio_fail(vm, "queue %u: misaligned rings (descriptors 0x%llx, driver 0x%llx, "
                         "device 0x%llx)", qi, (unsigned long long)q->desc,
                         (unsigned long long)q->avail, (unsigned long long)q->used);
        return;
    }
    if (!bus_is_ram(vm->bus, q->desc, 16 * n) || !bus_is_ram(vm->bus, q->avail, 6 + 2 * n) ||
        !bus_is_ram(vm->bus, q->used, 6 + 8 * n)) {
        virtio_mmio_fail(vm, "queue %u: rings outside RAM (descriptors 0x%llx, driver 0x%llx, "
                         "device 0x%llx)", qi, (unsigned long long)q->desc,
                         (unsigned long long)q->avail, (unsigned long long)q->used);
        return;
    }
    q->ready = true;
    q->last_avail = q->used_idx = 0;
}

/* Legacy QueuePFN: one contiguous area at pfn * GuestPageSize holding the descriptor
 * table, the available ring (with used_event) and, at the next QueueAlign boundary,
 * the used ring (virtio 1.2 §2.7.2, "Legacy Interfaces: A Note on Virtqueue Layout"). */
static void legacy_set_pfn(struct virtio_mmio *vm, struct virtio_queue *q, uint32_t pfn)
{
    q->ready = false;
    q->pfn = pfn;
    if (pfn == 0)
        return;   /* the driver stops using the queue */
    uint64_t page = vm->guest_page_size, align = q->align;
    if (page == 0 || (page & (page - 1))) {
        virtio_mmio_fail(vm, "GuestPageSize %llu is not a power of two (written before QueuePFN?)",
                         (unsigned long long)page);
        return;
    }
    if (align == 0 || (align & (align - 1))) {
        virtio_mmio_fail(vm, "QueueAlign %llu is not a power of two", (unsigned long long)align);
        return;
    }
    q->desc = (uint64_t)pfn * page;
    q->avail = q->desc + 16ull * q->num;
    q->used = (q->avail + 6 + 2ull * q->num + align - 1) & ~(align - 1);
    queue_activate(vm, q);
}

static void set_half(uint64_t *field, bool high, uint32_t v)
{
    int shift = high ? 32 : 0;
    *field = (*field & ~(0xffffffffull << shift)) | (uint64_t)v << shift;
}

/* ---- descriptor chains ------------------------------------------------------------ */

/* The device named in DMA events (bus_dma_read/bus_dma_write). */
static const char *dma_name(const struct virtio_mmio *vm)
{
    switch (vm->ops ? vm->ops->device_id : VIRTIO_ID_NONE) {
    case VIRTIO_ID_BLOCK: return "virtio-blk";
    case VIRTIO_ID_ENTROPY: return "virtio-rng";
    default: return "virtio";
    }
}

struct virtq_desc {   /* §2.7.5, little-endian like the host */
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
};

/* Add one direct descriptor's buffer to the chain, enforcing §2.7.4.2: buffers in
 * RAM, writable ones after readable ones. */
static bool chain_add(struct virtio_mmio *vm, struct virtio_chain *c, const struct virtq_desc *d)
{
    bool writable = d->flags & VIRTQ_DESC_F_WRITE;
    if (!writable && c->nseg > c->nread) {
        virtio_mmio_fail(vm, "chain %u: a device-readable buffer follows a writable one", c->head);
        return false;
    }
    if (d->len == 0)
        return true;
    if (!bus_is_ram(vm->bus, d->addr, d->len)) {
        virtio_mmio_fail(vm, "chain %u: buffer 0x%llx+0x%x is outside RAM", c->head,
                         (unsigned long long)d->addr, d->len);
        return false;
    }
    c->seg[c->nseg++] = (struct virtio_seg){d->addr, d->len};
    if (writable) {
        c->write_len += d->len;
    } else {
        c->nread++;
        c->read_len += d->len;
    }
    return true;
}

/* Switch from the queue's descriptor table to the indirect table d points at (§2.7.5.3). */
static bool chain_indirect(struct virtio_mmio *vm, const struct virtio_chain *c,
                           const struct virtq_desc *d, bool nested)
{
    const char *why = NULL;
    if (!virtio_mmio_has_feature(vm, VIRTIO_F_INDIRECT_DESC))
        why = "an indirect descriptor without VIRTIO_F_INDIRECT_DESC";
    else if (nested)
        why = "an indirect descriptor inside an indirect table";
    else if (d->flags & VIRTQ_DESC_F_NEXT)
        why = "an indirect descriptor with NEXT set";
    else if (d->len == 0 || d->len % 16 || d->len / 16 > VIRTIO_INDIRECT_MAX)
        why = "an indirect table whose length is not 16 to 16384 in steps of 16";
    else if (!bus_is_ram(vm->bus, d->addr, d->len))
        why = "an indirect table outside RAM";
    if (why)
        virtio_mmio_fail(vm, "chain %u: %s (0x%llx+0x%x)", c->head, why,
                         (unsigned long long)d->addr, d->len);
    return why == NULL;
}

/* Walk the chain starting at descriptor `head` into c. A loop shows as more
 * descriptors than the table has. */
static bool chain_pop(struct virtio_mmio *vm, struct virtio_queue *q, uint16_t head,
                      struct virtio_chain *c)
{
    *c = (struct virtio_chain){.head = head, .seg = vm->segs};
    if (head >= q->num) {
        virtio_mmio_fail(vm, "available ring names descriptor %u of a %u-entry table", head, q->num);
        return false;
    }
    uint64_t table = q->desc;
    uint32_t size = q->num, budget = q->num, i = head;
    bool indirect = false;
    for (;;) {
        struct virtq_desc d;
        if (budget-- == 0) {
            virtio_mmio_fail(vm, "chain %u: longer than its %u-entry table (a loop?)", head, size);
            return false;
        }
        if (!bus_dma_read(vm->bus, dma_name(vm), table + 16ull * i, &d, sizeof(d))) {
            virtio_mmio_fail(vm, "chain %u: descriptor table 0x%llx is outside RAM", head,
                             (unsigned long long)table);
            return false;
        }
        if (d.flags & VIRTQ_DESC_F_INDIRECT) {
            if (!chain_indirect(vm, c, &d, indirect))
                return false;
            table = d.addr;
            size = budget = d.len / 16;
            i = 0;
            indirect = true;
            continue;
        }
        if (!chain_add(vm, c, &d))
            return false;
        if (!(d.flags & VIRTQ_DESC_F_NEXT))
            return true;
        if (d.next >= size) {
            virtio_mmio_fail(vm, "chain %u: next index %u is outside its %u-entry table", head,
                             d.next, size);
            return false;
        }
        i = d.next;
    }
}

/* Copy between a host buffer and the readable (to_guest false) or writable part of a
 * chain. The segments were checked when the chain was popped. */
static bool chain_copy(struct virtio_mmio *vm, const struct virtio_chain *c, bool to_guest,
                       uint64_t offset, uint8_t *buf, uint64_t len)
{
    uint64_t total = to_guest ? c->write_len : c->read_len;
    if (offset > total || len > total - offset)
        return false;
    unsigned i = to_guest ? c->nread : 0, end = to_guest ? c->nseg : c->nread;
    for (; i < end && len > 0; i++) {
        const struct virtio_seg *s = &c->seg[i];
        if (offset >= s->len) {
            offset -= s->len;
            continue;
        }
        uint64_t n = s->len - offset < len ? s->len - offset : len;
        bool ok = to_guest ? bus_dma_write(vm->bus, dma_name(vm), s->addr + offset, buf, n)
                           : bus_dma_read(vm->bus, dma_name(vm), s->addr + offset, buf, n);
        if (!ok)
            return false;
        buf += n;
        len -= n;
        offset = 0;
    }
    return len == 0;
}

bool virtio_chain_read(struct virtio_mmio *vm, const struct virtio_chain *c, uint64_t offset,
                       void *dst, uint64_t len)
{
    return chain_copy(vm, c, false, offset, dst, len);
}

bool virtio_chain_write(struct virtio_mmio *vm, const struct virtio_chain *c, uint64_t offset,
                        const void *src, uint64_t len)
{
    return chain_copy(vm, c, true, offset, (uint8_t *)src, len);
}

/* ---- serving a queue ---------------------------------------------------------------- */

static bool ring_read16(struct virtio_mmio *vm, uint64_t pa, uint16_t *v)
{
    if (bus_dma_read(vm->bus, dma_name(vm), pa, v, 2))
        return true;
    virtio_mmio_fail(vm, "ring at 0x%llx is outside RAM", (unsigned long long)pa);
    return false;
}

/* Put chain `head` on the used ring with `len` bytes written (§2.7.8): the element
 * first, then the index, which wraps at 65536 like the driver's. */
static bool used_push(struct virtio_mmio *vm, struct virtio_queue *q, uint16_t head, uint32_t len)
{
    uint32_t elem[2] = {head, len};
    uint16_t idx = (uint16_t)(q->used_idx + 1);
    if (!bus_dma_write(vm->bus, dma_name(vm), q->used + 4 + 8ull * (q->used_idx % q->num), elem, 8) ||
        !bus_dma_write(vm->bus, dma_name(vm), q->used + 2, &idx, 2)) {
        virtio_mmio_fail(vm, "used ring at 0x%llx is outside RAM", (unsigned long long)q->used);
        return false;
    }
    q->used_idx = idx;
    vm->completed++;
    return true;
}

/* Serve every chain the driver made available since the last notification, then
 * interrupt unless the driver asked not to (VIRTQ_AVAIL_F_NO_INTERRUPT, §2.7.7). */
static void queue_serve(struct virtio_mmio *vm, unsigned qi)
{
    struct virtio_queue *q = &vm->queues[qi];
    uint16_t avail_idx, flags;
    if (!ring_read16(vm, q->avail + 2, &avail_idx))
        return;
    if ((uint16_t)(avail_idx - q->last_avail) > q->num) {
        virtio_mmio_fail(vm, "queue %u: available idx %u is more than %u ahead of %u", qi,
                         avail_idx, q->num, q->last_avail);
        return;
    }
    bool served = false;
    while (q->last_avail != avail_idx) {
        uint16_t head;
        struct virtio_chain c;
        if (!ring_read16(vm, q->avail + 4 + 2ull * (q->last_avail % q->num), &head) ||
            !chain_pop(vm, q, head, &c))
            break;
        int64_t written = vm->ops->request(vm->backend, vm, qi, &c);
        if (written < 0 ||
            !used_push(vm, q, head, written > UINT32_MAX ? UINT32_MAX : (uint32_t)written))
            break;
        q->last_avail++;
        served = true;
    }
    if (served && ring_read16(vm, q->avail, &flags) && !(flags & VIRTQ_AVAIL_F_NO_INTERRUPT))
        interrupt(vm, VIRTIO_INT_USED);
}

static bool running(const struct virtio_mmio *vm)
{
    return (vm->status & (VIRTIO_STATUS_DRIVER_OK | VIRTIO_STATUS_NEEDS_RESET)) ==
           VIRTIO_STATUS_DRIVER_OK;
}

static void queue_notify(struct virtio_mmio *vm, uint32_t qi)
{
    /* §2.7.13.3: buffers wait until DRIVER_OK; unknown queues are ignored. */
    if (vm->ops && qi < vm->ops->num_queues && vm->queues[qi].ready && running(vm))
        queue_serve(vm, qi);
}

/* ---- Status ----------------------------------------------------------------------- */

/* §2.2: the driver may accept only offered features, and a modern driver must accept
 * VIRTIO_F_VERSION_1 (a legacy-only driver cannot drive this transport). */
static bool features_acceptable(const struct virtio_mmio *vm)
{
    return (vm->driver_features & ~vm->device_features) == 0 &&
           (vm->driver_features & VIRTIO_F_VERSION_1);
}

static void set_status(struct virtio_mmio *vm, uint32_t v)
{
    if (v == 0) {
        virtio_mmio_reset(vm);
        return;
    }
    uint32_t old = vm->status;
    v = (v & 0xff & ~VIRTIO_STATUS_NEEDS_RESET) | (old & VIRTIO_STATUS_NEEDS_RESET);
    /* §2.2.2: not setting FEATURES_OK is how the device refuses the feature set. */
    if (vm->version == 2 && (v & ~old & VIRTIO_STATUS_FEATURES_OK) && !features_acceptable(vm))
        v &= ~VIRTIO_STATUS_FEATURES_OK;
    vm->status = v;
    if (v & ~old & VIRTIO_STATUS_DRIVER_OK) {
        if (v & VIRTIO_STATUS_NEEDS_RESET) {
            interrupt(vm, VIRTIO_INT_CONFIG);
        } else {
            for (unsigned i = 0; vm->ops && i < vm->ops->num_queues && running(vm); i++)
                if (vm->queues[i].ready)
                    queue_serve(vm, i);
        }
    }
}

/* ---- the register file -------------------------------------------------------------- */

static bool config_size_ok(uint64_t offset, int size)
{
    return (size == 1 || size == 2 || size == 4 || size == 8) && offset % (uint64_t)size == 0;
}

static bool virtio_mmio_read(void *opaque, uint64_t offset, int size, uint64_t *value)
{
    struct virtio_mmio *vm = opaque;
    if (offset >= VIRTIO_MMIO_CONFIG)
        return vm->ops && vm->ops->config_read && config_size_ok(offset, size) &&
               vm->ops->config_read(vm->backend, offset - VIRTIO_MMIO_CONFIG, size, value);
    if (!reg_lookup(vm, offset, size, R))
        return false;
    struct virtio_queue *q = selected_queue(vm);
    uint32_t sel = vm->device_features_sel, v = 0;
    switch ((enum virtio_reg_offset)offset) {
    case REG_MAGIC: v = VIRTIO_MMIO_MAGIC; break;
    case REG_VERSION: v = (uint32_t)vm->version; break;
    case REG_DEVICE_ID: v = vm->ops ? (uint32_t)vm->ops->device_id : VIRTIO_ID_NONE; break;
    case REG_VENDOR_ID: v = VIRTIO_MMIO_VENDOR; break;
    case REG_DEVICE_FEATURES: v = sel < 2 ? (uint32_t)(vm->device_features >> (32 * sel)) : 0; break;
    case REG_QUEUE_NUM_MAX: v = q ? VIRTIO_QUEUE_NUM_MAX : 0; break;
    case REG_QUEUE_PFN: v = q ? q->pfn : 0; break;
    case REG_QUEUE_READY: v = q && q->ready; break;
    case REG_INTERRUPT_STATUS: v = vm->interrupt_status; break;
    case REG_STATUS: v = vm->status; break;
    /* No shared memory regions: length and base read as all ones (§4.2.2). */
    case REG_SHM_LEN_LOW: case REG_SHM_LEN_HIGH: case REG_SHM_BASE_LOW: case REG_SHM_BASE_HIGH:
        v = 0xffffffffu;
        break;
    case REG_CONFIG_GENERATION: v = 0; break;   /* the configuration never changes */
    default: return false;
    }
    *value = v;
    return true;
}

/* Writes to the selected queue's setup registers. Ignored for a queue the device
 * does not have, or while the queue is in use (§4.2.3.2). */
static void queue_setup_write(struct virtio_mmio *vm, uint64_t offset, uint32_t v)
{
    struct virtio_queue *q = selected_queue(vm);
    if (!q)
        return;
    if (offset == REG_QUEUE_PFN) {
        legacy_set_pfn(vm, q, v);
        return;
    }
    if (offset == REG_QUEUE_READY) {
        if (!(v & 1))
            q->ready = false;
        else if (!q->ready)
            queue_activate(vm, q);
        return;
    }
    if (q->ready)
        return;
    switch ((enum virtio_reg_offset)offset) {
    case REG_QUEUE_NUM: q->num = v; break;
    case REG_QUEUE_ALIGN: q->align = v; break;
    case REG_QUEUE_DESC_LOW: case REG_QUEUE_DESC_HIGH:
        set_half(&q->desc, offset == REG_QUEUE_DESC_HIGH, v);
        break;
    case REG_QUEUE_DRIVER_LOW: case REG_QUEUE_DRIVER_HIGH:
        set_half(&q->avail, offset == REG_QUEUE_DRIVER_HIGH, v);
        break;
    case REG_QUEUE_DEVICE_LOW: case REG_QUEUE_DEVICE_HIGH:
        set_half(&q->used, offset == REG_QUEUE_DEVICE_HIGH, v);
        break;
    default: break;
    }
}

static bool virtio_mmio_write(void *opaque, uint64_t offset, int size, uint64_t value)
{
    struct virtio_mmio *vm = opaque;
    if (offset >= VIRTIO_MMIO_CONFIG)
        return vm->ops && vm->ops->config_write && config_size_ok(offset, size) &&
               vm->ops->config_write(vm->backend, offset - VIRTIO_MMIO_CONFIG, size, value);
    if (!reg_lookup(vm, offset, size, W))
        return false;
    uint32_t v = (uint32_t)value;
    switch ((enum virtio_reg_offset)offset) {
    case REG_DEVICE_FEATURES_SEL: vm->device_features_sel = v; break;
    case REG_DRIVER_FEATURES:
        if (vm->driver_features_sel < 2)
            set_half(&vm->driver_features, vm->driver_features_sel == 1, v);
        break;
    case REG_DRIVER_FEATURES_SEL: vm->driver_features_sel = v; break;
    case REG_GUEST_PAGE_SIZE: vm->guest_page_size = v; break;
    case REG_QUEUE_SEL: vm->queue_sel = v; break;
    case REG_QUEUE_NOTIFY: queue_notify(vm, v); break;
    case REG_INTERRUPT_ACK:
        vm->interrupt_status &= ~v;
        update_irq(vm);
        break;
    case REG_STATUS: set_status(vm, v); break;
    case REG_SHM_SEL: vm->shm_sel = v; break;
    default: queue_setup_write(vm, offset, v); break;
    }
    return true;
}

static void virtio_mmio_dev_reset(void *opaque)
{
    virtio_mmio_reset(opaque);
}

bool virtio_mmio_init(struct virtio_mmio *vm, struct bus *bus, struct irq_line irq,
                      bool legacy, const struct virtio_device_ops *ops, void *backend)
{
    assert(!ops || (ops->num_queues <= VIRTIO_MAX_QUEUES && ops->features && ops->request));
    *vm = (struct virtio_mmio){0};
    vm->bus = bus;
    vm->irq = irq;
    vm->version = legacy ? 1 : 2;
    vm->ops = ops;
    vm->backend = backend;
    if (ops) {
        vm->device_features = ops->features(backend) | VIRTIO_F_INDIRECT_DESC;
        /* Legacy devices have 32 feature bits; modern ones say so with VERSION_1. */
        if (legacy)
            vm->device_features &= 0xffffffffu;
        else
            vm->device_features |= VIRTIO_F_VERSION_1;
        vm->segs = calloc(VIRTIO_CHAIN_MAX, sizeof(*vm->segs));
        if (!vm->segs)
            return false;
    }
    vm->dev = (struct device){.name = "virtio-mmio", .opaque = vm, .read = virtio_mmio_read,
                              .write = virtio_mmio_write, .reset = virtio_mmio_dev_reset};
    virtio_mmio_reset(vm);
    return true;
}

void virtio_mmio_free(struct virtio_mmio *vm)
{
    free(vm->segs);
    vm->segs = NULL;
}
