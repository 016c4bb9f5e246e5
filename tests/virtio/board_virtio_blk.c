/*
 * board_virtio_blk: a bare-metal guest with its own minimal virtio-mmio driver (both
 * transport versions: it follows the Version register). Runs on rvscope and on
 * qemu-system-riscv64 -M virt -bios none; run_blk.sh gives it three devices:
 *
 *   a writable disk   of 64 sectors, sector s made of 16 lines "initial sector s line l"
 *   a read-only disk  of 16 sectors, lines "readonly sector s line l"
 *   a virtio-rng
 *
 * and afterwards checks the images: sectors 8..17 of the writable disk must hold
 * "written sector s line l", everything else must be unchanged. Every line is 31
 * characters padded with blanks plus '\n': 16 lines make one 512-byte sector.
 *
 * On the writable disk: capacity and blk_size from the configuration space, a read
 * over two buffers, a write over three buffers, a write through an indirect table,
 * read-back, flush, GET_ID, a read past the end (IOERR), an unknown request type
 * (UNSUPP), the used-ring interrupt through the PLIC (context 0 = hart 0 M-mode:
 * pending, claim, InterruptACK, complete), and 65536 + 40 GET_ID requests so that
 * avail->idx and used->idx wrap around. Exit code: 0 pass, else the failing check.
 */
#include "rt.h"

/* QEMU virt: eight virtio-mmio slots, slot i on PLIC source 1 + i. */
#define VIRTIO_BASE 0x10001000UL
#define VIRTIO_STRIDE 0x1000UL
#define VIRTIO_SLOTS 8
#define PLIC_BASE 0x0c000000UL
#define PLIC_ENABLE_CTX0 (PLIC_BASE + 0x2000)
#define PLIC_THRESHOLD_CTX0 (PLIC_BASE + 0x200000)
#define PLIC_CLAIM_CTX0 (PLIC_BASE + 0x200004)
#define MIP_MEIP (1UL << 11)

/* virtio-mmio registers (virtio 1.2 §4.2.2, legacy §4.2.4). */
enum {
    R_MAGIC = 0x000, R_VERSION = 0x004, R_DEVICE_ID = 0x008, R_VENDOR = 0x00c,
    R_DEV_FEATURES = 0x010, R_DEV_FEATURES_SEL = 0x014, R_DRV_FEATURES = 0x020,
    R_DRV_FEATURES_SEL = 0x024, R_GUEST_PAGE_SIZE = 0x028, R_QUEUE_SEL = 0x030,
    R_QUEUE_NUM_MAX = 0x034, R_QUEUE_NUM = 0x038, R_QUEUE_ALIGN = 0x03c, R_QUEUE_PFN = 0x040,
    R_QUEUE_READY = 0x044, R_QUEUE_NOTIFY = 0x050, R_ISR = 0x060, R_ISR_ACK = 0x064,
    R_STATUS = 0x070, R_DESC_LO = 0x080, R_DESC_HI = 0x084, R_DRIVER_LO = 0x090,
    R_DRIVER_HI = 0x094, R_DEVICE_LO = 0x0a0, R_DEVICE_HI = 0x0a4, R_CONFIG_GEN = 0x0fc,
    R_CONFIG = 0x100,
};
enum { S_ACK = 1, S_DRIVER = 2, S_DRIVER_OK = 4, S_FEATURES_OK = 8, S_NEEDS_RESET = 64 };

#define F_BLK_SEG_MAX (1ULL << 2)
#define F_BLK_RO (1ULL << 5)
#define F_BLK_SIZE (1ULL << 6)
#define F_BLK_FLUSH (1ULL << 9)
#define F_INDIRECT (1ULL << 28)
#define F_VERSION_1 (1ULL << 32)

#define D_NEXT 1
#define D_WRITE 2
#define D_INDIRECT 4

enum { T_IN = 0, T_OUT = 1, T_FLUSH = 4, T_GET_ID = 8 };
enum { ST_OK = 0, ST_IOERR = 1, ST_UNSUPP = 2 };

#define QNUM 8      /* our queue size */
#define SECTOR 512

struct desc {
    uint64_t addr;
    uint32_t len;
    uint16_t flags, next;
};

/* One device's queue memory, laid out so both transports can use it: descriptors at
 * +0, available ring at +16*QNUM, used ring at the next 4096 boundary (legacy). */
struct ring_area {
    struct desc desc[QNUM];
    uint16_t avail_flags, avail_idx, avail_ring[QNUM], used_event;
    uint8_t pad[4096 - 16 * QNUM - 2 * (QNUM + 3)];
    uint16_t used_flags, used_idx;
    struct { uint32_t id, len; } used_ring[QNUM];
    uint16_t avail_event;
} __attribute__((aligned(4096)));
_Static_assert(__builtin_offsetof(struct ring_area, used_flags) == 4096, "legacy layout");

struct vdev {
    uintptr_t base;
    int slot, version;
    uint64_t features;                 /* negotiated */
    volatile struct ring_area *q;
    uint16_t avail_idx, used_seen;     /* driver's copies */
};

static struct ring_area rings[VIRTIO_SLOTS];
static struct desc indirect_table[4] __attribute__((aligned(16)));
static uint8_t data[16 * SECTOR] __attribute__((aligned(16)));
static uint8_t expect[16 * SECTOR];
static struct { uint32_t type, reserved; uint64_t sector; } hdr __attribute__((aligned(16)));
static volatile uint8_t status_byte;

#define CHECK(cond, code)                                                          \
    do {                                                                           \
        if (!(cond)) {                                                             \
            rt_printf("FAIL (%d) line %d: %s\n", (code), __LINE__, #cond);          \
            return (code);                                                         \
        }                                                                          \
    } while (0)

static inline void io_fence(void)
{
    __asm__ volatile("fence iorw, iorw" ::: "memory");
}

static inline uint32_t rd(const struct vdev *d, uint32_t off)
{
    return *(volatile uint32_t *)(d->base + off);
}

static inline void wr(const struct vdev *d, uint32_t off, uint32_t v)
{
    *(volatile uint32_t *)(d->base + off) = v;
}

static inline uint64_t read_mip(void)
{
    uint64_t v;
    __asm__ volatile("csrr %0, mip" : "=r"(v));
    return v;
}

/* One line of the test pattern: "<word> sector <s> line <l>", blanks to 31, '\n'. */
static void pattern_line(uint8_t *out, const char *word, unsigned s, unsigned l)
{
    char num[2][8];
    unsigned v[2] = {s, l};
    for (int k = 0; k < 2; k++) {
        char tmp[8];
        int n = 0;
        do tmp[n++] = (char)('0' + v[k] % 10); while ((v[k] /= 10) && n < 7);
        for (int i = 0; i < n; i++)
            num[k][i] = tmp[n - 1 - i];
        num[k][n] = 0;
    }
    const char *parts[] = {word, " sector ", num[0], " line ", num[1]};
    int p = 0;
    for (int i = 0; i < 5; i++)
        for (const char *c = parts[i]; *c && p < 31; c++)
            out[p++] = (uint8_t)*c;
    while (p < 31)
        out[p++] = ' ';
    out[31] = '\n';
}

static void pattern(uint8_t *out, const char *word, unsigned first, unsigned count)
{
    for (unsigned s = 0; s < count; s++)
        for (unsigned l = 0; l < 16; l++)
            pattern_line(out + s * SECTOR + l * 32, word, first + s, l);
}

/* §3.1.1 initialisation with queue 0 of QNUM entries. Returns 0 or an error code. */
static int vdev_init(struct vdev *d, uint64_t wanted)
{
    d->q = &rings[d->slot];
    d->avail_idx = d->used_seen = 0;
    wr(d, R_STATUS, 0);
    CHECK(rd(d, R_STATUS) == 0, 10);
    wr(d, R_STATUS, S_ACK);
    wr(d, R_STATUS, S_ACK | S_DRIVER);
    wr(d, R_DEV_FEATURES_SEL, 0);
    uint64_t offered = rd(d, R_DEV_FEATURES);
    wr(d, R_DEV_FEATURES_SEL, 1);
    offered |= (uint64_t)rd(d, R_DEV_FEATURES) << 32;
    if (d->version == 2)
        CHECK(offered & F_VERSION_1, 11);
    d->features = offered & (wanted | (d->version == 2 ? F_VERSION_1 : 0));
    wr(d, R_DRV_FEATURES_SEL, 0);
    wr(d, R_DRV_FEATURES, (uint32_t)d->features);
    wr(d, R_DRV_FEATURES_SEL, 1);
    wr(d, R_DRV_FEATURES, (uint32_t)(d->features >> 32));
    uint32_t st = S_ACK | S_DRIVER;
    if (d->version == 2) {
        wr(d, R_STATUS, st |= S_FEATURES_OK);
        CHECK(rd(d, R_STATUS) & S_FEATURES_OK, 12);
    }
    wr(d, R_QUEUE_SEL, 0);
    CHECK(rd(d, R_QUEUE_NUM_MAX) >= QNUM, 13);
    wr(d, R_QUEUE_NUM, QNUM);
    uintptr_t q = (uintptr_t)d->q;
    if (d->version == 1) {
        CHECK(rd(d, R_QUEUE_PFN) == 0, 14);
        wr(d, R_GUEST_PAGE_SIZE, 4096);
        wr(d, R_QUEUE_ALIGN, 4096);
        wr(d, R_QUEUE_PFN, (uint32_t)(q >> 12));
    } else {
        CHECK(rd(d, R_QUEUE_READY) == 0, 14);
        wr(d, R_DESC_LO, (uint32_t)q);
        wr(d, R_DESC_HI, (uint32_t)((uint64_t)q >> 32));
        wr(d, R_DRIVER_LO, (uint32_t)(uintptr_t)&d->q->avail_flags);
        wr(d, R_DRIVER_HI, 0);
        wr(d, R_DEVICE_LO, (uint32_t)(uintptr_t)&d->q->used_flags);
        wr(d, R_DEVICE_HI, 0);
        wr(d, R_QUEUE_READY, 1);
        CHECK(rd(d, R_QUEUE_READY) == 1, 15);
    }
    wr(d, R_STATUS, st | S_DRIVER_OK);
    CHECK(!(rd(d, R_STATUS) & S_NEEDS_RESET), 16);
    return 0;
}

/* Post the chain desc[0..n-1] (NEXT links added), notify, wait for it to come back.
 * Returns the used length, or -1 on timeout or a wrong id. */
static long vdev_run(struct vdev *d, const struct desc *chain, int n)
{
    volatile struct ring_area *q = d->q;
    for (int i = 0; i < n; i++) {
        q->desc[i] = chain[i];
        q->desc[i].flags = (uint16_t)(chain[i].flags | (i + 1 < n ? D_NEXT : 0));
        q->desc[i].next = (uint16_t)(i + 1);
    }
    q->avail_ring[d->avail_idx % QNUM] = 0;
    io_fence();
    q->avail_idx = ++d->avail_idx;
    io_fence();
    wr(d, R_QUEUE_NOTIFY, 0);
    for (long spin = 0; q->used_idx == d->used_seen; spin++)
        if (spin > 50000000)
            return -1;
    io_fence();
    uint32_t id = q->used_ring[d->used_seen % QNUM].id, len = q->used_ring[d->used_seen % QNUM].len;
    d->used_seen++;
    return id == 0 ? (long)len : -1;
}

/* A virtio-blk request: header, the data buffers, status. Returns the status byte,
 * or -1 if the request never completed. */
static int blk(struct vdev *d, uint32_t type, uint64_t sector, const struct desc *buf, int n,
               long *used)
{
    struct desc chain[6] = {{(uintptr_t)&hdr, 16, 0, 0}};
    hdr.type = type;
    hdr.reserved = 0;
    hdr.sector = sector;
    for (int i = 0; i < n; i++)
        chain[1 + i] = buf[i];
    chain[1 + n] = (struct desc){(uintptr_t)&status_byte, 1, D_WRITE, 0};
    status_byte = 0xee;
    long len = vdev_run(d, chain, n + 2);
    if (used)
        *used = len;
    /* acknowledge the used-buffer interrupt so the line drops */
    wr(d, R_ISR_ACK, rd(d, R_ISR));
    return len < 0 ? -1 : status_byte;
}

static void plic_enable(unsigned src, int on)
{
    *(volatile uint32_t *)(PLIC_BASE + 4 * src) = on ? 1 : 0;   /* priority */
    volatile uint32_t *en = (volatile uint32_t *)(PLIC_ENABLE_CTX0 + 4 * (src / 32));
    *en = on ? *en | (1u << (src % 32)) : *en & ~(1u << (src % 32));
    *(volatile uint32_t *)PLIC_THRESHOLD_CTX0 = 0;
    __asm__ volatile("csrs mie, %0" ::"r"(MIP_MEIP));   /* MEIP visible; mstatus.MIE stays 0 */
}

/* The first request's interrupt, the whole way: InterruptStatus bit 0, PLIC pending
 * for source 1 + slot (MEIP), claim, InterruptACK, complete, MEIP gone. */
static int check_interrupt(struct vdev *d)
{
    unsigned src = 1 + (unsigned)d->slot;
    volatile uint32_t *claim = (volatile uint32_t *)PLIC_CLAIM_CTX0;
    plic_enable(src, 1);
    struct desc buf = {(uintptr_t)data, 20, D_WRITE, 0};
    struct desc chain[3] = {{(uintptr_t)&hdr, 16, 0, 0}, buf,
                            {(uintptr_t)&status_byte, 1, D_WRITE, 0}};
    hdr.type = T_GET_ID;
    CHECK(vdev_run(d, chain, 3) == 21, 40);
    CHECK(rd(d, R_ISR) & 1, 41);
    long spin = 0;
    while (!(read_mip() & MIP_MEIP) && spin++ < 10000000)
        ;
    CHECK(read_mip() & MIP_MEIP, 42);
    uint32_t got = *claim;
    CHECK(got == src, 43);
    wr(d, R_ISR_ACK, 1);
    CHECK(rd(d, R_ISR) == 0, 44);
    *claim = got;
    for (spin = 0; (read_mip() & MIP_MEIP) && spin < 10000000; spin++)
        ;
    CHECK(!(read_mip() & MIP_MEIP), 45);
    plic_enable(src, 0);
    rt_printf("virtio-blk: interrupt via PLIC source %u ok\n", src);
    return 0;
}

static uint64_t capacity_of(struct vdev *d)
{
    uint32_t gen, lo, hi;
    do {
        gen = d->version == 2 ? rd(d, R_CONFIG_GEN) : 0;
        lo = rd(d, R_CONFIG);
        hi = rd(d, R_CONFIG + 4);
    } while (d->version == 2 && gen != rd(d, R_CONFIG_GEN));
    return (uint64_t)hi << 32 | lo;
}

/* Write sectors 16..17 through an indirect table (or directly without the feature). */
static int write_indirect(struct vdev *d)
{
    pattern(data, "written", 16, 2);
    indirect_table[0] = (struct desc){(uintptr_t)&hdr, 16, D_NEXT, 1};
    indirect_table[1] = (struct desc){(uintptr_t)data, 2 * SECTOR, D_NEXT, 2};
    indirect_table[2] = (struct desc){(uintptr_t)&status_byte, 1, D_WRITE, 0};
    if (!(d->features & F_INDIRECT)) {
        CHECK(blk(d, T_OUT, 16, &indirect_table[1], 1, NULL) == ST_OK, 28);
        return 0;
    }
    hdr.type = T_OUT;
    hdr.sector = 16;
    status_byte = 0xee;
    struct desc ind = {(uintptr_t)indirect_table, sizeof(struct desc) * 3, D_INDIRECT, 0};
    CHECK(vdev_run(d, &ind, 1) == 1 && status_byte == ST_OK, 28);
    wr(d, R_ISR_ACK, rd(d, R_ISR));
    return 0;
}

static int test_rw_disk(struct vdev *d)
{
    long used;
    int r = vdev_init(d, F_BLK_SIZE | F_BLK_FLUSH | F_BLK_SEG_MAX | F_INDIRECT | F_BLK_RO);
    if (r)
        return r;
    uint64_t cap = capacity_of(d);
    rt_printf("virtio-blk slot %d: %lu sectors, features 0x%lx\n", d->slot, (unsigned long)cap,
              (unsigned long)d->features);
    CHECK(cap == 64, 20);
    CHECK(!(d->features & F_BLK_RO), 21);
    if (d->features & F_BLK_SIZE)
        CHECK(rd(d, R_CONFIG + 20) == SECTOR, 22);
    if ((r = check_interrupt(d)))
        return r;

    /* read sectors 0..7 into two buffers */
    struct desc in2[2] = {{(uintptr_t)data, 3000, D_WRITE, 0},
                          {(uintptr_t)data + 3000, 8 * SECTOR - 3000, D_WRITE, 0}};
    memset(data, 0, sizeof(data));
    CHECK(blk(d, T_IN, 0, in2, 2, &used) == ST_OK, 23);
    CHECK(used == 8 * SECTOR + 1, 24);
    pattern(expect, "initial", 0, 8);
    CHECK(memcmp(data, expect, 8 * SECTOR) == 0, 25);

    /* write sectors 8..15 from three buffers */
    pattern(data, "written", 8, 8);
    struct desc out3[3] = {{(uintptr_t)data, 100, 0, 0},
                           {(uintptr_t)data + 100, 2000, 0, 0},
                           {(uintptr_t)data + 2100, 8 * SECTOR - 2100, 0, 0}};
    CHECK(blk(d, T_OUT, 8, out3, 3, &used) == ST_OK, 26);
    CHECK(used == 1, 27);

    if ((r = write_indirect(d)))
        return r;

    /* read 8..17 back */
    struct desc in1 = {(uintptr_t)data, 10 * SECTOR, D_WRITE, 0};
    memset(data, 0, sizeof(data));
    CHECK(blk(d, T_IN, 8, &in1, 1, NULL) == ST_OK, 29);
    pattern(expect, "written", 8, 10);
    CHECK(memcmp(data, expect, 10 * SECTOR) == 0, 30);

    if (d->features & F_BLK_FLUSH)
        CHECK(blk(d, T_FLUSH, 0, NULL, 0, &used) == ST_OK && used == 1, 31);

    struct desc idbuf = {(uintptr_t)data, 20, D_WRITE, 0};
    memset(data, 0, 21);
    CHECK(blk(d, T_GET_ID, 0, &idbuf, 1, NULL) == ST_OK, 32);
    rt_printf("virtio-blk slot %d: id \"%s\"\n", d->slot, (const char *)data);

    struct desc one = {(uintptr_t)data, SECTOR, D_WRITE, 0};
    CHECK(blk(d, T_IN, cap, &one, 1, NULL) == ST_IOERR, 33);
    CHECK(blk(d, 0x7777, 0, &one, 1, NULL) == ST_UNSUPP, 34);

    /* 65536 + 40 more requests: both ring indices wrap around */
    for (long i = 0; i < 65536 + 40; i++)
        CHECK(blk(d, T_GET_ID, 0, &idbuf, 1, NULL) == ST_OK, 35);
    CHECK(d->q->used_idx == d->used_seen && !(rd(d, R_STATUS) & S_NEEDS_RESET), 36);
    rt_printf("virtio-blk slot %d: used idx wrapped to %u\n", d->slot, d->q->used_idx);
    wr(d, R_STATUS, 0);
    return 0;
}

static int test_ro_disk(struct vdev *d)
{
    int r = vdev_init(d, F_BLK_SIZE | F_BLK_FLUSH | F_BLK_RO);
    if (r)
        return r;
    rt_printf("virtio-blk slot %d: read-only, %lu sectors\n", d->slot,
              (unsigned long)capacity_of(d));
    CHECK(d->features & F_BLK_RO, 50);
    struct desc in = {(uintptr_t)data, 2 * SECTOR, D_WRITE, 0};
    CHECK(blk(d, T_IN, 3, &in, 1, NULL) == ST_OK, 51);
    pattern(expect, "readonly", 3, 2);
    CHECK(memcmp(data, expect, 2 * SECTOR) == 0, 52);
    pattern(data, "written", 3, 1);
    struct desc out = {(uintptr_t)data, SECTOR, 0, 0};
    CHECK(blk(d, T_OUT, 3, &out, 1, NULL) == ST_IOERR, 53);
    wr(d, R_STATUS, 0);
    return 0;
}

static int test_rng(struct vdev *d)
{
    int r = vdev_init(d, 0);
    if (r)
        return r;
    memset(data, 0, 64);
    struct desc buf = {(uintptr_t)data, 64, D_WRITE, 0};
    long len = vdev_run(d, &buf, 1);
    wr(d, R_ISR_ACK, rd(d, R_ISR));
    CHECK(len > 0 && len <= 64, 60);
    int nonzero = 0;
    for (long i = 0; i < len; i++)
        nonzero += data[i] != 0;
    CHECK(nonzero > len / 2, 61);
    rt_printf("virtio-rng slot %d: %ld random bytes\n", d->slot, len);
    wr(d, R_STATUS, 0);
    return 0;
}

int main(void)
{
    int rw = 0, ro = 0, rng = 0, version = 0;
    for (int slot = 0; slot < VIRTIO_SLOTS; slot++) {
        struct vdev d = {.base = VIRTIO_BASE + VIRTIO_STRIDE * (uintptr_t)slot, .slot = slot};
        CHECK(rd(&d, R_MAGIC) == 0x74726976, 1);
        d.version = (int)rd(&d, R_VERSION);
        CHECK(d.version == 1 || d.version == 2, 2);
        uint32_t id = rd(&d, R_DEVICE_ID);
        if (id == 0)
            continue;
        CHECK(rd(&d, R_VENDOR) == 0x554d4551, 3);
        CHECK(!version || version == d.version, 4);
        version = d.version;
        rt_printf("virtio-mmio version %d: slot %d device %u\n", d.version, slot, id);
        int r = 0;
        if (id == 4) {
            rng++;
            r = test_rng(&d);
        } else if (id == 2) {
            wr(&d, R_DEV_FEATURES_SEL, 0);
            int is_ro = (rd(&d, R_DEV_FEATURES) & F_BLK_RO) != 0;
            is_ro ? ro++ : rw++;
            r = is_ro ? test_ro_disk(&d) : test_rw_disk(&d);
        }
        if (r)
            return r;
    }
    CHECK(rw == 1 && ro == 1 && rng == 1, 5);
    rt_printf("virtio: pass\n");
    return 0;
}
