/*
 * test_virtio_rng: the entropy device fills device-writable buffers (across several
 * buffers, at most VIRTIO_RNG_REQUEST_MAX per request), through both transports, and
 * refuses device-readable buffers with DEVICE_NEEDS_RESET.
 */
#include "test_virtio.h"

#include "devices/virtio_rng.h"

static struct tv T;
static struct virtio_rng R;

static void open_rng(bool legacy, const char *name)
{
    tv_case = name;
    virtio_rng_init(&R);
    tv_open(&T, legacy, &virtio_rng_ops, &R);
    tv_start(&T, 8);
}

/* Nonzero bytes in [pa, pa+n): random data has about n * 255/256 of them. */
static unsigned nonzero(uint64_t pa, unsigned n)
{
    static uint8_t buf[8192];
    tv_peek(&T, pa, buf, n);
    unsigned c = 0;
    for (unsigned i = 0; i < n; i++)
        c += buf[i] != 0;
    return c;
}

static void test_fill(bool legacy)
{
    open_rng(legacy, legacy ? "fill v1" : "fill v2");
    CHECK_EQ(tv_rd(&T, TV_DEVICE_ID), 4);
    CHECK_EQ(tv_device_features(&T) & 0xffffffffu, VIRTIO_F_INDIRECT_DESC);
    CHECK(tv_faults_rd(&T, 0x100, 4));                 /* no configuration space */
    struct tv_buf b[] = {{TV_DATA, 64, true}, {TV_DATA + 0x1000, 64, true}};
    CHECK_EQ(tv_request(&T, b, 2), 128);
    CHECK(nonzero(TV_DATA, 64) > 48 && nonzero(TV_DATA + 0x1000, 64) > 48);
    CHECK(T.irq);
    /* a big buffer gets one request's worth */
    struct tv_buf big = {TV_DATA + 0x10000, 10000, true};
    CHECK_EQ(tv_request(&T, &big, 1), VIRTIO_RNG_REQUEST_MAX);
    CHECK(nonzero(TV_DATA + 0x10000, VIRTIO_RNG_REQUEST_MAX) > VIRTIO_RNG_REQUEST_MAX * 15 / 16);
    CHECK_EQ(nonzero(TV_DATA + 0x10000 + VIRTIO_RNG_REQUEST_MAX, 100), 0);
    CHECK_EQ(R.bytes, 128 + VIRTIO_RNG_REQUEST_MAX);
    CHECK(!tv_needs_reset(&T));
    tv_close(&T);
}

static void test_readable(void)
{
    open_rng(false, "readable buffer");
    struct tv_buf b[] = {{TV_DATA, 8, false}, {TV_DATA + 64, 8, true}};
    CHECK_EQ(tv_request(&T, b, 2), -1);
    CHECK(tv_needs_reset(&T));
    CHECK(T.vm.error && strstr(T.vm.error, "virtio-rng"));
    tv_close(&T);
}

int main(void)
{
    test_fill(false);
    test_fill(true);
    test_readable();
    return tv_summary();
}
