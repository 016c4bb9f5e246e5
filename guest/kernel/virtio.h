/*
 * Virtio 1.x definitions used by the block driver: the MMIO transport registers
 * (virtio spec 1.2 §4.2.2, version 2 = "modern"), device status bits (§2.1),
 * feature bits, and the split virtqueue layout (§2.7).
 */
#ifndef KERNEL_VIRTIO_H
#define KERNEL_VIRTIO_H

#include <stdint.h>

enum virtio_mmio_reg {                  /* byte offsets of 32-bit registers */
    VIRTIO_MMIO_MAGIC = 0x000,          /* 0x74726976, "virt" */
    VIRTIO_MMIO_VERSION = 0x004,        /* 2 for the modern transport */
    VIRTIO_MMIO_DEVICE_ID = 0x008,      /* 2 = block device */
    VIRTIO_MMIO_DEVICE_FEATURES = 0x010,
    VIRTIO_MMIO_DEVICE_FEATURES_SEL = 0x014,
    VIRTIO_MMIO_DRIVER_FEATURES = 0x020,
    VIRTIO_MMIO_DRIVER_FEATURES_SEL = 0x024,
    VIRTIO_MMIO_QUEUE_SEL = 0x030,
    VIRTIO_MMIO_QUEUE_NUM_MAX = 0x034,
    VIRTIO_MMIO_QUEUE_NUM = 0x038,
    VIRTIO_MMIO_QUEUE_READY = 0x044,
    VIRTIO_MMIO_QUEUE_NOTIFY = 0x050,
    VIRTIO_MMIO_INTERRUPT_STATUS = 0x060,
    VIRTIO_MMIO_INTERRUPT_ACK = 0x064,
    VIRTIO_MMIO_STATUS = 0x070,
    VIRTIO_MMIO_QUEUE_DESC_LOW = 0x080,
    VIRTIO_MMIO_QUEUE_DESC_HIGH = 0x084,
    VIRTIO_MMIO_QUEUE_DRIVER_LOW = 0x090,   /* the available ring */
    VIRTIO_MMIO_QUEUE_DRIVER_HIGH = 0x094,
    VIRTIO_MMIO_QUEUE_DEVICE_LOW = 0x0a0,   /* the used ring */
    VIRTIO_MMIO_QUEUE_DEVICE_HIGH = 0x0a4,
    VIRTIO_MMIO_CONFIG = 0x100,             /* device-specific configuration */
};

#define VIRTIO_MAGIC 0x74726976
#define VIRTIO_DEVICE_BLOCK 2

/* Device status (§2.1) */
#define VIRTIO_STATUS_ACKNOWLEDGE 1
#define VIRTIO_STATUS_DRIVER      2
#define VIRTIO_STATUS_DRIVER_OK   4
#define VIRTIO_STATUS_FEATURES_OK 8

/* Feature bits we accept: VERSION_1 (bit 32, §6: the modern interface) and the
 * block device's FLUSH (bit 9, §5.2.3: the device may cache writes, and the
 * driver orders them with flush requests). */
#define VIRTIO_F_VERSION_1_HIGH (1u << (32 - 32))   /* in the high feature word */
#define VIRTIO_BLK_F_FLUSH      (1u << 9)

/* Split virtqueue (§2.7). */
#define VIRTQ_DESC_F_NEXT  1        /* the chain continues at `next` */
#define VIRTQ_DESC_F_WRITE 2        /* the device writes this buffer */

struct virtq_desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags;
    uint16_t next;
};

#define VIRTQ_SIZE 16               /* descriptors in our queue */

struct virtq_avail {                /* driver -> device */
    uint16_t flags;
    uint16_t idx;
    uint16_t ring[VIRTQ_SIZE];
    uint16_t used_event;
};

struct virtq_used_elem {
    uint32_t id;                    /* head of a completed descriptor chain */
    uint32_t len;
};

struct virtq_used {                 /* device -> driver */
    uint16_t flags;
    uint16_t idx;
    struct virtq_used_elem ring[VIRTQ_SIZE];
    uint16_t avail_event;
};

/* Block device requests (§5.2.6). */
#define VIRTIO_BLK_T_IN  0          /* read */
#define VIRTIO_BLK_T_OUT 1          /* write */
#define VIRTIO_BLK_T_FLUSH 4        /* make every completed write durable */
#define VIRTIO_BLK_SECTOR 512

struct virtio_blk_req_header {
    uint32_t type;
    uint32_t reserved;
    uint64_t sector;
};

#endif
