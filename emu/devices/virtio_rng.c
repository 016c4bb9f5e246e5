/* virtio-rng (virtio 1.2 §5.4); see virtio_rng.h. */
#include "virtio_rng.h"

#include <errno.h>
#include <sys/random.h>

static uint64_t rng_features(void *dev)
{
    (void)dev;
    return 0;
}

/* Fill n bytes from the host's entropy pool; false if the host cannot provide it. */
static bool rng_fill(uint8_t *p, size_t n)
{
    while (n > 0) {
        ssize_t r = getrandom(p, n, 0);
        if (r < 0 && errno == EINTR)
            continue;
        if (r <= 0)
            return false;
        p += r;
        n -= (size_t)r;
    }
    return true;
}

static int64_t rng_request(void *dev, struct virtio_mmio *vm, unsigned queue,
                           const struct virtio_chain *c)
{
    struct virtio_rng *r = dev;
    (void)queue;
    /* §5.4.6.1: the driver only offers device-writable buffers. */
    if (c->read_len) {
        virtio_mmio_fail(vm, "virtio-rng: request %u has a device-readable buffer", c->head);
        return -1;
    }
    uint64_t n = c->write_len < sizeof(r->buf) ? c->write_len : sizeof(r->buf);
    /* A host without entropy gives nothing rather than something predictable. */
    if (!rng_fill(r->buf, (size_t)n) || !virtio_chain_write(vm, c, 0, r->buf, n))
        return 0;
    r->bytes += n;
    return (int64_t)n;
}

const struct virtio_device_ops virtio_rng_ops = {
    .device_id = VIRTIO_ID_ENTROPY,
    .num_queues = 1,
    .features = rng_features,
    .request = rng_request,
};

void virtio_rng_init(struct virtio_rng *r)
{
    r->bytes = 0;
}
