/*
 * virtio over MMIO (virtio 1.2 §4.2) with split virtqueues (§2.7): the transport that
 * every virtio device of the board sits behind, in one of the eight slots at
 * 0x1000_1000 + 0x1000 * i.
 *
 *   +0x000 ... +0x0fc  control registers (table in virtio_mmio.c; 32-bit accesses only)
 *   +0x100 ...         device-specific configuration space (8/16/32/64-bit accesses)
 *
 * Two register sets: the modern one (Version 2: QueueReady, 64-bit ring addresses,
 * FEATURES_OK negotiation with VIRTIO_F_VERSION_1) is the default; the legacy one
 * (Version 1: GuestPageSize, QueuePFN, QueueAlign, one contiguous ring) is chosen per
 * transport at construction, for guests written against QEMU's default.
 *
 * A device (virtio_blk.c, virtio_rng.c) plugs in through struct virtio_device_ops. It
 * never reads a ring itself: on QueueNotify the transport pops each available
 * descriptor chain, checks every descriptor against guest RAM and the spec's rules,
 * hands the device a struct virtio_chain, then puts the chain on the used ring and
 * raises the interrupt line. Processing is synchronous and deterministic.
 *
 * Anything malformed the driver does (a descriptor outside RAM, a loop, a bad ring
 * size or alignment, ...) sets DEVICE_NEEDS_RESET in Status (§2.1.2) with a reason in
 * `error`; the device then ignores its queues until the driver resets it.
 */
#ifndef RVSCOPE_VIRTIO_MMIO_H
#define RVSCOPE_VIRTIO_MMIO_H

#include <stdbool.h>
#include <stdint.h>

#include "bus.h"
#include "devices.h"

#define VIRTIO_MMIO_MAGIC 0x74726976u       /* "virt" */
#define VIRTIO_MMIO_VENDOR 0x554d4551u      /* "QEMU": guests check it */
#define VIRTIO_MMIO_CONFIG 0x100            /* device configuration space offset */

/* Device types (§5). 0 marks an empty slot: drivers skip it. */
enum virtio_device_id { VIRTIO_ID_NONE = 0, VIRTIO_ID_BLOCK = 2, VIRTIO_ID_ENTROPY = 4 };

/* Device status bits (§2.1). */
#define VIRTIO_STATUS_ACKNOWLEDGE 1u
#define VIRTIO_STATUS_DRIVER 2u
#define VIRTIO_STATUS_DRIVER_OK 4u
#define VIRTIO_STATUS_FEATURES_OK 8u
#define VIRTIO_STATUS_NEEDS_RESET 64u
#define VIRTIO_STATUS_FAILED 128u

/* InterruptStatus bits (§4.2.2). */
#define VIRTIO_INT_USED 1u      /* a used buffer notification */
#define VIRTIO_INT_CONFIG 2u    /* configuration change (also: device needs reset) */

/* Transport and ring features (§6). The transport adds VERSION_1 (modern only) and
 * INDIRECT_DESC to what the device offers; EVENT_IDX is not implemented. */
#define VIRTIO_F_INDIRECT_DESC (1ull << 28)
#define VIRTIO_F_EVENT_IDX (1ull << 29)
#define VIRTIO_F_VERSION_1 (1ull << 32)

/* Descriptor flags (§2.7.5). */
#define VIRTQ_DESC_F_NEXT 1u
#define VIRTQ_DESC_F_WRITE 2u
#define VIRTQ_DESC_F_INDIRECT 4u
#define VIRTQ_AVAIL_F_NO_INTERRUPT 1u

#define VIRTIO_QUEUE_NUM_MAX 1024u          /* QueueNumMax of every queue */
#define VIRTIO_INDIRECT_MAX 1024u           /* entries of one indirect table */
#define VIRTIO_CHAIN_MAX (VIRTIO_QUEUE_NUM_MAX + VIRTIO_INDIRECT_MAX)
#define VIRTIO_MAX_QUEUES 4u
#define VIRTIO_LEGACY_QUEUE_ALIGN 4096u     /* QueueAlign until the driver writes one */

/* One buffer of a descriptor chain, already checked to lie entirely in RAM. */
struct virtio_seg {
    uint64_t addr;
    uint32_t len;
};

/* A descriptor chain popped from a queue: its device-readable buffers come first
 * (seg[0 .. nread-1]), then its device-writable ones (seg[nread .. nseg-1]), which is
 * the order §2.7.4.2 requires of the driver. Zero-length buffers are left out. */
struct virtio_chain {
    uint16_t head;             /* descriptor index that goes back in the used ring */
    unsigned nseg, nread;
    uint64_t read_len;         /* bytes in the readable buffers */
    uint64_t write_len;        /* bytes in the writable buffers */
    struct virtio_seg *seg;
};

struct virtio_mmio;

/* What a device behind the transport provides. */
struct virtio_device_ops {
    enum virtio_device_id device_id;
    unsigned num_queues;       /* at most VIRTIO_MAX_QUEUES */
    /* Device feature bits (the transport's own are added). */
    uint64_t (*features)(void *dev);
    /* Configuration space at +0x100: offset relative to it; size 1, 2, 4 or 8, aligned.
     * Return false for what the device does not have (access fault). */
    bool (*config_read)(void *dev, uint64_t offset, int size, uint64_t *value);
    bool (*config_write)(void *dev, uint64_t offset, int size, uint64_t value);  /* optional */
    /* Serve one chain from queue `queue`. Returns the number of bytes it wrote into the
     * chain's writable buffers (the used ring's len), or -1 after calling
     * virtio_mmio_fail() for a malformed request. */
    int64_t (*request)(void *dev, struct virtio_mmio *vm, unsigned queue,
                       const struct virtio_chain *c);
    void (*reset)(void *dev);  /* optional: the driver reset the device */
};

/* One virtqueue as the driver configured it. */
struct virtio_queue {
    uint32_t num;              /* QueueNum: ring size */
    bool ready;                /* modern QueueReady; legacy: QueuePFN != 0 */
    uint64_t desc, avail, used;   /* ring addresses (legacy: derived from pfn/align) */
    uint32_t pfn, align;       /* legacy QueuePFN, QueueAlign */
    uint16_t last_avail;       /* next available-ring entry to consume */
    uint16_t used_idx;         /* the used ring's idx as last written */
};

struct virtio_mmio {
    struct device dev;
    struct bus *bus;
    struct irq_line irq;
    int version;               /* 2 modern, 1 legacy */
    const struct virtio_device_ops *ops;   /* NULL: empty slot */
    void *backend;             /* passed to ops */
    uint64_t device_features;  /* offered */
    uint64_t driver_features;  /* as written by the driver */
    uint32_t device_features_sel, driver_features_sel;
    uint32_t queue_sel;
    uint32_t guest_page_size;  /* legacy */
    uint32_t shm_sel;
    uint32_t status;
    uint32_t interrupt_status;
    struct virtio_queue queues[VIRTIO_MAX_QUEUES];
    struct virtio_seg *segs;   /* scratch for the chain being served */
    const char *error;         /* why the device needs a reset, NULL if it does not */
    char error_buf[128];
    uint64_t completed;        /* chains put on a used ring since start */
};

/*
 * Build a transport. ops/backend may be NULL for an empty slot (DeviceID 0). legacy
 * selects Version 1. Returns false only when out of memory. The irq line is raised
 * while InterruptStatus is nonzero.
 */
bool virtio_mmio_init(struct virtio_mmio *vm, struct bus *bus, struct irq_line irq,
                      bool legacy, const struct virtio_device_ops *ops, void *backend);
void virtio_mmio_free(struct virtio_mmio *vm);

/* The driver writing 0 to Status, or a machine reset (also dev.reset). */
void virtio_mmio_reset(struct virtio_mmio *vm);

/* True if the feature was offered and the driver accepted it. */
bool virtio_mmio_has_feature(const struct virtio_mmio *vm, uint64_t bit);

/* Mark the device as needing a reset (printf-style reason kept in vm->error) and send
 * the configuration-change interrupt if the driver is running it. */
void virtio_mmio_fail(struct virtio_mmio *vm, const char *fmt, ...)
    __attribute__((format(printf, 2, 3)));

/* Copy len bytes at `offset` of the chain's readable part into dst / of src into its
 * writable part. False if the range goes past that part (nothing is copied then). */
bool virtio_chain_read(struct virtio_mmio *vm, const struct virtio_chain *c, uint64_t offset,
                       void *dst, uint64_t len);
bool virtio_chain_write(struct virtio_mmio *vm, const struct virtio_chain *c, uint64_t offset,
                        const void *src, uint64_t len);

/* Name of the control register at offset (for traces), or NULL. */
const char *virtio_mmio_reg_name(int version, uint64_t offset);

#endif
