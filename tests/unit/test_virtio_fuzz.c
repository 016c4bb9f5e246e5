/*
 * test_virtio_fuzz: random drivers against virtio-blk and virtio-rng on both
 * transports. Each round posts a mostly valid request (direct or indirect), then
 * mutates random bytes of the descriptor table, the rings, the indirect table or the
 * header, and random registers, and notifies. Run it under AddressSanitizer
 * (-DRVSCOPE_SANITIZE=ON): any access outside host buffers is a failure there.
 *
 * Checked after every notification: a running device that is not in NEEDS_RESET has
 * consumed everything available and put it all on the used ring; used ids name
 * descriptors of the table; the image file keeps its size. Deterministic: the seed
 * is fixed unless VIRTIO_FUZZ_SEED is set; VIRTIO_FUZZ_ITERS sets the number of runs.
 */
#include "test_virtio.h"

#include <sys/stat.h>
#include <unistd.h>

#include "devices/virtio_blk.h"
#include "devices/virtio_rng.h"

#define SECTORS 64

static uint64_t rng_state;

static uint64_t rnd(void)
{
    rng_state ^= rng_state << 13;
    rng_state ^= rng_state >> 7;
    rng_state ^= rng_state << 17;
    return rng_state;
}

static uint64_t pick(uint64_t n)
{
    return n ? rnd() % n : 0;
}

static struct tv T;
static struct virtio_blk B;
static struct virtio_rng R;
static char image[64];
static unsigned needs_reset_runs, served_total;

/* A guest address: mostly good buffers, sometimes the edges of RAM or nonsense. */
static uint64_t rnd_addr(void)
{
    switch (pick(40)) {
    case 0: return rnd();
    case 1: return TV_RAM_BASE + TV_RAM_SIZE - pick(64);
    case 2: return TV_RAM_BASE - pick(64);
    default: return TV_DATA + pick(0x200000);
    }
}

static uint32_t rnd_len(void)
{
    switch (pick(40) ? 1 + pick(7) : 0) {
    case 0: return (uint32_t)rnd();
    case 1: return 0;
    case 2: return (uint32_t)pick(5000);
    default: return 512 * (uint32_t)(1 + pick(4));
    }
}

/* A blk request: header, 0-3 data buffers, status; or rng: 1-3 writable buffers. */
static unsigned make_chain(bool blk, struct tv_buf *b)
{
    unsigned n = 0;
    bool in = pick(2);
    if (blk) {
        struct { uint32_t type, reserved; uint64_t sector; } h = {
            (uint32_t)(pick(4) ? (uint64_t[]){0, 1, 4, 8}[pick(4)] : rnd()), 0,
            pick(4) ? pick(SECTORS + 2) : rnd()};
        in = h.type != 1;
        tv_poke(&T, TV_DATA, &h, sizeof(h));
        b[n++] = (struct tv_buf){TV_DATA, 16, false};
    }
    for (unsigned i = 0, k = (unsigned)pick(4); i < k; i++)
        b[n++] = (struct tv_buf){rnd_addr(), rnd_len(), blk ? in : true};
    if (blk)
        b[n++] = (struct tv_buf){TV_DATA + 0x20, 1, true};
    else if (n == 0)
        b[n++] = (struct tv_buf){TV_DATA + 0x100, 64, true};
    return n;
}

/* Put the chain in an indirect table and post one descriptor pointing at it. */
static void post_indirect(const struct tv_buf *b, unsigned n)
{
    for (unsigned i = 0; i < n; i++) {
        uint16_t flags = (uint16_t)((b[i].write ? VIRTQ_DESC_F_WRITE : 0) |
                                    (i + 1 < n ? VIRTQ_DESC_F_NEXT : 0));
        uint16_t next = (uint16_t)(i + 1);
        uint8_t raw[16];
        memcpy(raw, &b[i].addr, 8);
        memcpy(raw + 8, &b[i].len, 4);
        memcpy(raw + 12, &flags, 2);
        memcpy(raw + 14, &next, 2);
        tv_poke(&T, TV_INDIRECT + 16ull * i, raw, 16);
    }
    struct tv_buf d = {TV_INDIRECT, 16 * n, false};
    uint16_t head = tv_post(&T, &d, 1);
    tv_poke16(&T, T.desc + 16ull * head + 12, VIRTQ_DESC_F_INDIRECT);
}

static void mutate(void)
{
    uint8_t byte = (uint8_t)rnd();
    switch (pick(6)) {
    case 0: tv_poke(&T, T.desc + pick(16ull * T.num), &byte, 1); break;
    case 1: tv_poke(&T, T.avail + pick(6 + 2ull * T.num), &byte, 1); break;
    case 2: tv_poke(&T, TV_INDIRECT + pick(64), &byte, 1); break;
    case 3: tv_poke(&T, TV_DATA + pick(16), &byte, 1); break;
    case 4: {   /* any register, any size: must never do more than fault */
        static const int sizes[] = {1, 2, 4, 4, 4, 8};
        uint64_t off = pick(0x140) & ~3ull, v;
        int size = sizes[pick(6)];
        if (pick(2))
            T.vm.dev.write(&T.vm, off, size, rnd() & (pick(2) ? 0xff : ~0ull));
        else
            T.vm.dev.read(&T.vm, off, size, &v);
        break;
    }
    default: tv_poke16(&T, T.avail + 2, (uint16_t)(T.avail_idx + pick(3) - 1)); break;
    }
}

/* After a notification: a healthy running queue has served everything. */
static void check_invariants(void)
{
    const struct virtio_queue *q = &T.vm.queues[0];
    uint32_t st = T.vm.status;
    if ((st & VIRTIO_STATUS_DRIVER_OK) && !(st & VIRTIO_STATUS_NEEDS_RESET) && q->ready) {
        uint16_t avail = tv_peek16(&T, q->avail + 2), used = tv_peek16(&T, q->used + 2);
        CHECK_EQ(q->last_avail, avail);
        CHECK_EQ(used, q->used_idx);
        CHECK_EQ(q->used_idx, q->last_avail);
        if (used != 0) {
            uint32_t id;
            tv_peek(&T, q->used + 4 + 8ull * ((uint16_t)(used - 1) % q->num), &id, 4);
            CHECK(id < q->num);
        }
    }
    CHECK(!(st & VIRTIO_STATUS_NEEDS_RESET) || T.vm.error);
}

static void run_one(bool blk, bool legacy)
{
    tv_open(&T, legacy, blk ? &virtio_blk_ops : &virtio_rng_ops, blk ? (void *)&B : (void *)&R);
    unsigned num = pick(10) ? 1u << pick(9) : (unsigned)pick(300);
    uint64_t features = tv_device_features(&T);
    if (pick(4) == 0)
        features &= ~VIRTIO_F_INDIRECT_DESC;
    tv_start_features(&T, num ? num : 1, features);
    uint64_t before = T.vm.completed;
    for (unsigned round = 0, rounds = 1 + (unsigned)pick(12); round < rounds; round++) {
        struct tv_buf b[8];
        unsigned n = make_chain(blk, b);
        bool indirect = virtio_mmio_has_feature(&T.vm, VIRTIO_F_INDIRECT_DESC);
        if (pick(4) == 0 && (indirect || pick(8) == 0))
            post_indirect(b, n);
        else
            tv_post(&T, b, n);
        for (unsigned k = pick(3) ? 0 : 1 + (unsigned)pick(3); k > 0; k--)
            mutate();
        uint32_t queue = pick(8) ? 0 : (uint32_t)pick(3);   /* the devices have queue 0 only */
        tv_wr(&T, TV_QUEUE_NOTIFY, queue);
        if (queue == 0)
            check_invariants();
        if (T.vm.status & VIRTIO_STATUS_NEEDS_RESET)
            break;
    }
    needs_reset_runs += (T.vm.status & VIRTIO_STATUS_NEEDS_RESET) != 0;
    if (T.vm.error && getenv("TEST_VERBOSE"))
        printf("  %s\n", T.vm.error);
    served_total += (unsigned)(T.vm.completed - before);
    tv_close(&T);
}

int main(void)
{
    const char *seed = getenv("VIRTIO_FUZZ_SEED"), *iters = getenv("VIRTIO_FUZZ_ITERS");
    rng_state = seed ? strtoull(seed, NULL, 0) : 0x9e3779b97f4a7c15ull;
    if (!rng_state)
        rng_state = 1;
    unsigned n = iters ? (unsigned)strtoul(iters, NULL, 0) : 4000;
    printf("seed 0x%llx, %u runs\n", (unsigned long long)rng_state, n);

    snprintf(image, sizeof(image), "/tmp/test_virtio_fuzz.XXXXXX");
    int fd = mkstemp(image);
    if (fd < 0 || ftruncate(fd, SECTORS * 512) < 0)
        return 1;
    close(fd);
    char err[256];
    if (!virtio_blk_open(&B, image, false, NULL, err, sizeof(err))) {
        printf("FAIL: %s\n", err);
        return 1;
    }
    virtio_rng_init(&R);
    tv_case = "fuzz";
    for (unsigned i = 0; i < n; i++)
        run_one(pick(3) != 0, pick(2));
    struct stat st;
    CHECK(stat(image, &st) == 0 && st.st_size == SECTORS * 512);
    /* the fuzzer must reach both outcomes often, or it tests nothing */
    CHECK(needs_reset_runs > n / 10);
    CHECK(served_total > n);
    printf("%u runs ended in NEEDS_RESET, %u requests served\n", needs_reset_runs, served_total);
    virtio_blk_close(&B);
    unlink(image);
    return tv_summary();
}
