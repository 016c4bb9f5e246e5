/*
 * test_virtio_mmio: the virtio-mmio transport with a test device ("echo", which
 * copies what it reads into what it may write) in both register sets: identification,
 * register directions and sizes, feature negotiation and FEATURES_OK, queue setup,
 * used ring and interrupt, reset, the 16-bit ring index wrap-around, indirect tables,
 * and every malformed-driver case that must end in DEVICE_NEEDS_RESET.
 */
#include "test_virtio.h"

#define ECHO_F_LOW (1ull << 0)
#define ECHO_F_HIGH (1ull << 40)

struct echo {
    unsigned calls, resets;
    unsigned nseg, nread;
    uint64_t read_len, write_len;
    uint8_t cfg[8];
    uint8_t buf[65536];
};

static uint64_t echo_features(void *dev)
{
    (void)dev;
    return ECHO_F_LOW | ECHO_F_HIGH;
}

static bool echo_config_read(void *dev, uint64_t off, int size, uint64_t *v)
{
    struct echo *e = dev;
    if (off + (uint64_t)size > sizeof(e->cfg))
        return false;
    *v = 0;
    memcpy(v, e->cfg + off, (size_t)size);
    return true;
}

static bool echo_config_write(void *dev, uint64_t off, int size, uint64_t v)
{
    struct echo *e = dev;
    if (off + (uint64_t)size > sizeof(e->cfg))
        return false;
    memcpy(e->cfg + off, &v, (size_t)size);
    return true;
}

static int64_t echo_request(void *dev, struct virtio_mmio *vm, unsigned q, const struct virtio_chain *c)
{
    struct echo *e = dev;
    (void)q;
    e->calls++;
    e->nseg = c->nseg;
    e->nread = c->nread;
    e->read_len = c->read_len;
    e->write_len = c->write_len;
    uint64_t n = c->read_len < c->write_len ? c->read_len : c->write_len;
    if (n > sizeof(e->buf))
        n = sizeof(e->buf);
    if (!virtio_chain_read(vm, c, 0, e->buf, n) || !virtio_chain_write(vm, c, 0, e->buf, n))
        return -1;
    return (int64_t)n;
}

static void echo_reset(void *dev)
{
    ((struct echo *)dev)->resets++;
}

static const struct virtio_device_ops echo_ops = {
    .device_id = 42, .num_queues = 1, .features = echo_features,
    .config_read = echo_config_read, .config_write = echo_config_write,
    .request = echo_request, .reset = echo_reset,
};

static struct echo echo;
static struct tv T;

static void open_echo(bool legacy, const char *name)
{
    tv_case = name;
    memset(&echo, 0, sizeof(echo));
    tv_open(&T, legacy, &echo_ops, &echo);
}

static void test_identity(bool legacy)
{
    open_echo(legacy, legacy ? "identity v1" : "identity v2");
    CHECK_EQ(tv_rd(&T, TV_MAGIC), 0x74726976);
    CHECK_EQ(tv_rd(&T, TV_VERSION), legacy ? 1 : 2);
    CHECK_EQ(tv_rd(&T, TV_DEVICE_ID), 42);
    CHECK_EQ(tv_rd(&T, TV_VENDOR), 0x554d4551);
    tv_wr(&T, TV_QUEUE_SEL, 0);
    CHECK_EQ(tv_rd(&T, TV_QUEUE_NUM_MAX), VIRTIO_QUEUE_NUM_MAX);
    tv_wr(&T, TV_QUEUE_SEL, 1);                       /* a queue the device lacks */
    CHECK_EQ(tv_rd(&T, TV_QUEUE_NUM_MAX), 0);
    /* 32-bit accesses only, to registers that exist in this version and direction */
    CHECK(tv_faults_rd(&T, TV_MAGIC, 1));
    CHECK(tv_faults_rd(&T, TV_MAGIC, 8));
    CHECK(tv_faults_rd(&T, TV_MAGIC + 2, 4));
    CHECK(tv_faults_rd(&T, 0x018, 4));                /* a hole */
    CHECK(tv_faults_rd(&T, TV_QUEUE_NOTIFY, 4));      /* write-only */
    CHECK(tv_faults_wr(&T, TV_MAGIC, 4, 0));          /* read-only */
    CHECK(tv_faults_wr(&T, TV_STATUS, 2, 1));
    if (legacy) {
        CHECK(tv_faults_rd(&T, TV_QUEUE_READY, 4));
        CHECK(tv_faults_wr(&T, TV_DESC_LO, 4, 0));
        CHECK(tv_faults_rd(&T, TV_CONFIG_GEN, 4));
        CHECK(virtio_mmio_reg_name(1, TV_QUEUE_PFN) && !virtio_mmio_reg_name(1, TV_QUEUE_READY));
    } else {
        CHECK(tv_faults_rd(&T, TV_QUEUE_PFN, 4));
        CHECK(tv_faults_wr(&T, TV_GUEST_PAGE_SIZE, 4, 4096));
        CHECK_EQ(tv_rd(&T, TV_CONFIG_GEN), 0);
        CHECK_EQ(tv_rd(&T, 0x0b0), 0xffffffff);       /* SHMLenLow: no such region */
        CHECK(!strcmp(virtio_mmio_reg_name(2, TV_QUEUE_READY), "QueueReady"));
    }
    /* configuration space: 8/16/32/64-bit, aligned, inside what the device has */
    uint64_t v;
    echo.cfg[0] = 0x11, echo.cfg[1] = 0x22, echo.cfg[7] = 0x88;
    CHECK(T.vm.dev.read(&T.vm, 0x100, 8, &v) && v == 0x8800000000002211ull);
    CHECK(T.vm.dev.read(&T.vm, 0x101, 1, &v) && v == 0x22);
    CHECK(tv_faults_rd(&T, 0x101, 2));
    CHECK(tv_faults_rd(&T, 0x108, 4));
    CHECK(T.vm.dev.write(&T.vm, 0x104, 4, 0xa1b2c3d4) && echo.cfg[4] == 0xd4);
    tv_close(&T);
}

static void test_empty_slot(void)
{
    tv_case = "empty slot";
    tv_open(&T, false, NULL, NULL);
    CHECK_EQ(tv_rd(&T, TV_MAGIC), 0x74726976);
    CHECK_EQ(tv_rd(&T, TV_VERSION), 2);
    CHECK_EQ(tv_rd(&T, TV_DEVICE_ID), 0);
    CHECK_EQ(tv_rd(&T, TV_QUEUE_NUM_MAX), 0);
    CHECK_EQ(tv_device_features(&T), 0);
    tv_wr(&T, TV_STATUS, 0);                         /* probing drivers may reset it */
    tv_wr(&T, TV_QUEUE_NOTIFY, 0);
    CHECK(tv_faults_rd(&T, 0x100, 4));
    CHECK(!T.irq);
    tv_close(&T);
}

static void test_features(void)
{
    open_echo(false, "features v2");
    uint64_t f = tv_device_features(&T);
    CHECK_EQ(f, ECHO_F_LOW | ECHO_F_HIGH | VIRTIO_F_VERSION_1 | VIRTIO_F_INDIRECT_DESC);
    CHECK(!(f & VIRTIO_F_EVENT_IDX));
    tv_wr(&T, TV_DEV_FEATURES_SEL, 2);
    CHECK_EQ(tv_rd(&T, TV_DEV_FEATURES), 0);
    uint32_t ad = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    /* without VERSION_1: FEATURES_OK does not stick */
    tv_wr(&T, TV_STATUS, ad);
    tv_set_driver_features(&T, ECHO_F_LOW);
    tv_wr(&T, TV_STATUS, ad | VIRTIO_STATUS_FEATURES_OK);
    CHECK_EQ(tv_rd(&T, TV_STATUS), ad);
    /* with a feature the device does not offer: refused */
    tv_wr(&T, TV_STATUS, 0);
    tv_wr(&T, TV_STATUS, ad);
    tv_set_driver_features(&T, VIRTIO_F_VERSION_1 | (1ull << 3));
    tv_wr(&T, TV_STATUS, ad | VIRTIO_STATUS_FEATURES_OK);
    CHECK_EQ(tv_rd(&T, TV_STATUS), ad);
    /* a subset with VERSION_1: accepted */
    tv_wr(&T, TV_STATUS, 0);
    tv_wr(&T, TV_STATUS, ad);
    tv_set_driver_features(&T, VIRTIO_F_VERSION_1 | ECHO_F_HIGH);
    tv_wr(&T, TV_STATUS, ad | VIRTIO_STATUS_FEATURES_OK);
    CHECK_EQ(tv_rd(&T, TV_STATUS), ad | VIRTIO_STATUS_FEATURES_OK);
    CHECK(virtio_mmio_has_feature(&T.vm, ECHO_F_HIGH));
    CHECK(!virtio_mmio_has_feature(&T.vm, ECHO_F_LOW));
    tv_close(&T);

    open_echo(true, "features v1");
    f = tv_device_features(&T);
    CHECK_EQ(f, ECHO_F_LOW | VIRTIO_F_INDIRECT_DESC);   /* 32 bits, no VERSION_1 */
    tv_close(&T);
}

/* A request goes through, lands in the used ring, raises the line; ACK lowers it. */
static void test_roundtrip(bool legacy)
{
    open_echo(legacy, legacy ? "roundtrip v1" : "roundtrip v2");
    tv_start(&T, 8);
    CHECK_EQ(tv_rd(&T, TV_STATUS) & 0xf, 0xf & (legacy ? ~VIRTIO_STATUS_FEATURES_OK : 0xf));
    if (legacy)
        CHECK_EQ(tv_rd(&T, TV_QUEUE_PFN), TV_QUEUE >> 12);
    else
        CHECK_EQ(tv_rd(&T, TV_QUEUE_READY), 1);
    tv_poke(&T, TV_DATA, "hello, virtio", 13);
    struct tv_buf b[] = {{TV_DATA, 5, false}, {TV_DATA + 5, 8, false},
                         {TV_DATA + 0x1000, 3, true}, {TV_DATA + 0x2000, 0, true},
                         {TV_DATA + 0x3000, 100, true}};
    CHECK_EQ(tv_request(&T, b, 5), 13);
    CHECK_EQ(echo.nseg, 4);                           /* the empty buffer is left out */
    CHECK_EQ(echo.nread, 2);
    CHECK_EQ(echo.read_len, 13);
    CHECK_EQ(echo.write_len, 103);
    char out[16] = {0};
    tv_peek(&T, TV_DATA + 0x1000, out, 3);
    tv_peek(&T, TV_DATA + 0x3000, out + 3, 10);
    CHECK(!memcmp(out, "hello, virtio", 13));
    CHECK(T.irq);
    CHECK_EQ(tv_rd(&T, TV_ISR), VIRTIO_INT_USED);
    tv_wr(&T, TV_ISR_ACK, VIRTIO_INT_USED);
    CHECK(!T.irq);
    CHECK_EQ(tv_rd(&T, TV_ISR), 0);
    /* the driver may ask for no interrupt */
    tv_poke16(&T, T.avail, VIRTQ_AVAIL_F_NO_INTERRUPT);
    CHECK_EQ(tv_request(&T, b, 5), 13);
    CHECK(!T.irq);
    tv_poke16(&T, T.avail, 0);
    /* several chains made available before one notify are all served */
    tv_post(&T, b, 2);
    tv_post(&T, b + 2, 3);
    tv_notify(&T);
    uint32_t id, len;
    CHECK(tv_take_used(&T, &id, &len) && len == 0);
    CHECK(tv_take_used(&T, &id, &len) && len == 0);
    CHECK(!tv_take_used(&T, &id, &len));
    /* reset: queues, interrupt and status are gone */
    unsigned resets = echo.resets;
    tv_wr(&T, TV_STATUS, 0);
    CHECK_EQ(tv_rd(&T, TV_STATUS), 0);
    CHECK_EQ(tv_rd(&T, TV_ISR), 0);
    CHECK(!T.irq);
    CHECK_EQ(echo.resets, resets + 1);
    CHECK_EQ(tv_rd(&T, legacy ? TV_QUEUE_PFN : TV_QUEUE_READY), 0);
    tv_close(&T);
}

/* Buffers made available before DRIVER_OK wait for it (§2.7.13.3 / §3.1.1). */
static void test_before_driver_ok(void)
{
    open_echo(false, "notify before DRIVER_OK");
    uint32_t st = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    tv_wr(&T, TV_STATUS, st);
    tv_set_driver_features(&T, VIRTIO_F_VERSION_1);
    tv_wr(&T, TV_STATUS, st |= VIRTIO_STATUS_FEATURES_OK);
    tv_setup_queue(&T, 4);
    struct tv_buf b[] = {{TV_DATA, 4, false}, {TV_DATA + 64, 4, true}};
    tv_post(&T, b, 2);
    tv_notify(&T);
    CHECK_EQ(echo.calls, 0);
    tv_wr(&T, TV_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
    CHECK_EQ(echo.calls, 1);
    CHECK(T.irq);
    tv_close(&T);
}

/* 65536 + a few requests through a 4-entry queue: avail->idx and used->idx wrap. */
static void test_wrap(bool legacy)
{
    open_echo(legacy, legacy ? "index wrap v1" : "index wrap v2");
    tv_start(&T, 4);
    struct tv_buf b[] = {{TV_DATA, 4, false}, {TV_DATA + 64, 4, true}};
    unsigned bad = 0;
    for (unsigned i = 0; i < 65536 + 10; i++) {
        uint32_t v = i;
        tv_poke(&T, TV_DATA, &v, 4);
        uint32_t got = ~v;
        if (tv_request(&T, b, 2) != 4)
            bad++;
        tv_peek(&T, TV_DATA + 64, &got, 4);
        bad += got != v;
        tv_wr(&T, TV_ISR_ACK, VIRTIO_INT_USED);
    }
    CHECK_EQ(bad, 0);
    CHECK_EQ(tv_peek16(&T, T.used + 2), 10);
    CHECK_EQ(T.avail_idx, 10);
    CHECK(!tv_needs_reset(&T));
    CHECK_EQ(T.vm.completed, 65546);
    tv_close(&T);
}

/* One indirect descriptor carrying three buffers (§2.7.5.3). */
static void test_indirect(void)
{
    open_echo(false, "indirect");
    tv_start(&T, 4);
    tv_poke(&T, TV_DATA, "abcdef", 6);
    struct { uint64_t addr; uint32_t len; uint16_t flags, next; } tab[3] = {
        {TV_DATA, 2, VIRTQ_DESC_F_NEXT, 2},
        {TV_DATA + 0x500, 6, VIRTQ_DESC_F_WRITE, 0},
        {TV_DATA + 2, 4, VIRTQ_DESC_F_NEXT, 1},
    };
    tv_poke(&T, TV_INDIRECT, tab, sizeof(tab));
    struct tv_buf b = {TV_INDIRECT, sizeof(tab), false};
    uint16_t head = tv_post(&T, &b, 1);
    uint16_t flags = VIRTQ_DESC_F_INDIRECT;
    tv_poke(&T, T.desc + 16ull * head + 12, &flags, 2);
    tv_notify(&T);
    uint32_t id, len;
    CHECK(tv_take_used(&T, &id, &len) && id == head && len == 6);
    char out[7] = {0};
    tv_peek(&T, TV_DATA + 0x500, out, 6);
    CHECK(!strcmp(out, "abcdef"));
    CHECK_EQ(echo.nread, 2);
    CHECK(!tv_needs_reset(&T));
    tv_close(&T);
}

/* --- malformed drivers: each must end in DEVICE_NEEDS_RESET, nothing else --------- */

static void expect_needs_reset(void)
{
    CHECK(tv_needs_reset(&T));
    CHECK(T.vm.error != NULL);
    if (T.vm.error && getenv("TEST_VERBOSE"))
        printf("  %s: %s\n", tv_case, T.vm.error);
    CHECK(tv_rd(&T, TV_ISR) & VIRTIO_INT_CONFIG);
    CHECK(T.irq);
    /* the device now ignores its queue, until a reset brings it back */
    unsigned calls = echo.calls;
    tv_notify(&T);
    CHECK_EQ(echo.calls, calls);
    tv_wr(&T, TV_STATUS, 0);
    CHECK(!tv_needs_reset(&T) && T.vm.error == NULL && !T.irq);
    tv_close(&T);
}

/* Fields of a posted two-descriptor chain (readable d0 -> writable d1) a test breaks. */
enum field { D0_ADDR, D0_LEN, D0_FLAGS, D0_NEXT, D1_FLAGS, D1_NEXT, RING_HEAD, AVAIL_IDX };
struct edit {
    enum field field;
    uint64_t value;
};

#define EDITS(...) (const struct edit[]){__VA_ARGS__}, \
    (int)(sizeof((const struct edit[]){__VA_ARGS__}) / sizeof(struct edit))

static void bad_chain(const char *name, bool legacy, const struct edit *edits, int n)
{
    open_echo(legacy, name);
    tv_start(&T, 8);
    struct tv_buf b[] = {{TV_DATA, 16, false}, {TV_DATA + 64, 16, true}};
    uint16_t head = tv_post(&T, b, 2);
    uint64_t d0 = T.desc + 16ull * head, d1 = d0 + 16;
    for (int i = 0; i < n; i++) {
        uint64_t v = edits[i].value;
        switch (edits[i].field) {
        case D0_ADDR: tv_poke(&T, d0, &v, 8); break;
        case D0_LEN: tv_poke(&T, d0 + 8, &v, 4); break;
        case D0_FLAGS: tv_poke16(&T, d0 + 12, (uint16_t)v); break;
        case D0_NEXT: tv_poke16(&T, d0 + 14, (uint16_t)v); break;
        case D1_FLAGS: tv_poke16(&T, d1 + 12, (uint16_t)v); break;
        case D1_NEXT: tv_poke16(&T, d1 + 14, (uint16_t)v); break;
        case RING_HEAD: tv_poke16(&T, T.avail + 4, (uint16_t)v); break;
        case AVAIL_IDX: tv_poke16(&T, T.avail + 2, (uint16_t)v); break;
        }
    }
    tv_notify(&T);
    CHECK_EQ(echo.calls, 0);
    expect_needs_reset();
}

static void test_bad_chains(bool v1)
{
    uint64_t end = TV_RAM_BASE + TV_RAM_SIZE;
    const uint16_t WN = VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT;
    bad_chain("buffer below RAM", v1, EDITS({D0_ADDR, 0x1000}));
    bad_chain("buffer past RAM end", v1, EDITS({D0_ADDR, end - 8}));
    bad_chain("buffer address wraps", v1, EDITS({D0_ADDR, ~0ull - 4}));
    bad_chain("length runs past RAM", v1, EDITS({D0_LEN, 0xffffffffu}));
    bad_chain("loop 1->1", v1, EDITS({D1_FLAGS, WN}, {D1_NEXT, 1}));
    bad_chain("loop 0->1->0", v1, EDITS({D0_FLAGS, WN}, {D1_FLAGS, WN}, {D1_NEXT, 0}));
    bad_chain("next out of table", v1, EDITS({D0_NEXT, 8}));
    bad_chain("readable after writable", v1, EDITS({D0_FLAGS, WN}, {D1_FLAGS, 0}));
    bad_chain("head out of table", v1, EDITS({RING_HEAD, 8}));
    bad_chain("avail idx ahead by more than num", v1, EDITS({AVAIL_IDX, 9}));
    bad_chain("indirect + next", v1,
              EDITS({D0_FLAGS, VIRTQ_DESC_F_INDIRECT | VIRTQ_DESC_F_NEXT}));
}

/* An indirect descriptor to a table described by addr/len/first entry. */
static void bad_indirect(const char *name, uint64_t addr, uint32_t len, uint16_t flags0,
                         bool negotiate)
{
    open_echo(false, name);
    uint64_t f = VIRTIO_F_VERSION_1 | (negotiate ? VIRTIO_F_INDIRECT_DESC : 0);
    tv_start_features(&T, 4, f);
    struct { uint64_t addr; uint32_t len; uint16_t flags, next; } e[2] = {
        {TV_DATA, 4, flags0, 0}, {TV_DATA, 4, VIRTQ_DESC_F_WRITE, 0}};
    tv_poke(&T, TV_INDIRECT, e, sizeof(e));
    struct tv_buf b = {addr, len, false};
    uint16_t head = tv_post(&T, &b, 1);
    tv_poke16(&T, T.desc + 16ull * head + 12, VIRTQ_DESC_F_INDIRECT);
    tv_notify(&T);
    expect_needs_reset();
}

static void test_bad_indirect(void)
{
    bad_indirect("indirect not negotiated", TV_INDIRECT, 32, VIRTQ_DESC_F_NEXT, false);
    bad_indirect("indirect inside indirect", TV_INDIRECT, 32, VIRTQ_DESC_F_INDIRECT, true);
    bad_indirect("indirect len not *16", TV_INDIRECT, 24, VIRTQ_DESC_F_NEXT, true);
    bad_indirect("indirect len 0", TV_INDIRECT, 0, VIRTQ_DESC_F_NEXT, true);
    bad_indirect("indirect table outside RAM", 0x1000, 32, VIRTQ_DESC_F_NEXT, true);
    bad_indirect("indirect table too big", TV_INDIRECT, 16 * (VIRTIO_INDIRECT_MAX + 1), 0, true);
    /* entry 0 -> 1 -> 1 ...: a loop inside the table */
    open_echo(false, "indirect loop");
    tv_start(&T, 4);
    struct { uint64_t addr; uint32_t len; uint16_t flags, next; } e[2] = {
        {TV_DATA, 4, VIRTQ_DESC_F_NEXT, 1}, {TV_DATA, 4, VIRTQ_DESC_F_WRITE | VIRTQ_DESC_F_NEXT, 1}};
    tv_poke(&T, TV_INDIRECT, e, sizeof(e));
    struct tv_buf b = {TV_INDIRECT, sizeof(e), false};
    uint16_t head = tv_post(&T, &b, 1);
    tv_poke16(&T, T.desc + 16ull * head + 12, VIRTQ_DESC_F_INDIRECT);
    tv_notify(&T);
    expect_needs_reset();
}

/* Queue configurations the transport must refuse when the queue is enabled. */
static void bad_queue(const char *name, bool legacy, unsigned num, uint64_t desc_off)
{
    open_echo(legacy, name);
    uint32_t st = VIRTIO_STATUS_ACKNOWLEDGE | VIRTIO_STATUS_DRIVER;
    tv_wr(&T, TV_STATUS, st);
    if (!legacy) {
        tv_set_driver_features(&T, VIRTIO_F_VERSION_1);
        tv_wr(&T, TV_STATUS, st |= VIRTIO_STATUS_FEATURES_OK);
    }
    tv_wr(&T, TV_QUEUE_SEL, 0);
    tv_wr(&T, TV_QUEUE_NUM, num);
    uint64_t desc = TV_QUEUE + desc_off;
    if (legacy) {
        tv_wr(&T, TV_GUEST_PAGE_SIZE, desc_off == 1 ? 3000 : 4096);
        tv_wr(&T, TV_QUEUE_PFN, (uint32_t)(desc >> 12));
    } else {
        tv_wr(&T, TV_DESC_LO, (uint32_t)desc);
        tv_wr(&T, TV_DESC_HI, (uint32_t)(desc >> 32));
        tv_wr(&T, TV_DRIVER_LO, (uint32_t)(TV_QUEUE + 0x4000));
        tv_wr(&T, TV_DEVICE_LO, (uint32_t)(TV_QUEUE + 0x8000));
        tv_wr(&T, TV_DRIVER_HI, (uint32_t)(TV_QUEUE >> 32));
        tv_wr(&T, TV_DEVICE_HI, (uint32_t)(TV_QUEUE >> 32));
        tv_wr(&T, TV_QUEUE_READY, 1);
        CHECK_EQ(tv_rd(&T, TV_QUEUE_READY), 0);
    }
    CHECK(tv_needs_reset(&T));
    CHECK(!T.irq);                          /* not before DRIVER_OK ... */
    tv_wr(&T, TV_STATUS, st | VIRTIO_STATUS_DRIVER_OK);
    expect_needs_reset();                   /* ... but as soon as the driver runs it */
}

static void test_bad_queues(void)
{
    bad_queue("queue size 3", false, 3, 0);
    bad_queue("queue size 0", false, 0, 0);
    bad_queue("queue size 2048", false, 2048, 0);
    bad_queue("descriptors misaligned", false, 8, 8);
    bad_queue("descriptors outside RAM", false, 8, (uint64_t)-TV_QUEUE + 0x1000);
    bad_queue("legacy queue size 6", true, 6, 0);
    bad_queue("legacy page size 3000", true, 8, 1);
    bad_queue("legacy rings past RAM end", true, 1024, TV_RAM_SIZE - 0x11000);

    open_echo(true, "legacy GuestPageSize never written");
    tv_wr(&T, TV_QUEUE_NUM, 8);
    tv_wr(&T, TV_QUEUE_PFN, (uint32_t)(TV_QUEUE >> 12));
    CHECK(tv_needs_reset(&T));
    CHECK(T.vm.error && strstr(T.vm.error, "GuestPageSize"));
    tv_close(&T);
}

int main(void)
{
    for (int legacy = 0; legacy < 2; legacy++) {
        test_identity(legacy);
        test_roundtrip(legacy);
        test_wrap(legacy);
        test_bad_chains(legacy);
    }
    test_empty_slot();
    test_features();
    test_before_driver_ok();
    test_indirect();
    test_bad_indirect();
    test_bad_queues();
    return tv_summary();
}
