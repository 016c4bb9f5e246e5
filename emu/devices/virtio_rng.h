/*
 * virtio-rng, the entropy device (virtio 1.2 §5.4): one queue of device-writable
 * buffers that it fills from the host's entropy (getrandom(2)). No features, no
 * configuration space. Not deterministic, by nature: a run that must replay exactly
 * should not use it.
 */
#ifndef RVSCOPE_VIRTIO_RNG_H
#define RVSCOPE_VIRTIO_RNG_H

#include <stdint.h>

#include "virtio_mmio.h"

/* Bytes given per request at most; the driver asks again for more (§5.4.6.2 lets the
 * device fill less than the whole buffer). */
#define VIRTIO_RNG_REQUEST_MAX 4096u

struct virtio_rng {
    uint8_t buf[VIRTIO_RNG_REQUEST_MAX];
    uint64_t bytes;   /* handed to the guest so far (statistics) */
};

extern const struct virtio_device_ops virtio_rng_ops;

void virtio_rng_init(struct virtio_rng *r);

#endif
