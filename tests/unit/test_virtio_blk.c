/*
 * test_virtio_blk: virtio-blk over a temporary image file, through both transports:
 * configuration space and features, IN across odd buffer boundaries, OUT that is in
 * the file as soon as the request completes, FLUSH, GET_ID, requests outside the
 * capacity, unsupported types, read-only drives, malformed requests (needs reset),
 * transfers larger than the bounce buffer, and the image errors reported at open.
 */
#include "test_virtio.h"

#include <fcntl.h>
#include <sys/stat.h>
#include <sys/wait.h>
#include <unistd.h>

#include "devices/virtio_blk.h"

#define SECTORS 600                     /* 300 KiB: bigger than the 64 KiB bounce */
#define HDR (TV_DATA)
#define DATA (TV_DATA + 0x1000)
#define STATUS (TV_DATA + 0xff0)

static char dir[64];
static char image[96];
static struct tv T;
static struct virtio_blk B;

/* Byte i of sector s in the initial image. */
static uint8_t pattern(uint64_t s, unsigned i)
{
    return (uint8_t)(s * 7 + i * 13 + (i >> 8));
}

static void make_image(const char *path, uint64_t bytes)
{
    FILE *f = fopen(path, "wb");
    if (!f)
        abort();
    for (uint64_t b = 0; b < bytes; b++)
        fputc(pattern(b / 512, (unsigned)(b % 512)), f);
    fclose(f);
}

static void file_read(uint64_t off, void *buf, size_t n)
{
    int fd = open(image, O_RDONLY);
    if (fd < 0 || pread(fd, buf, n, (off_t)off) != (ssize_t)n)
        abort();
    close(fd);
}

static void open_blk(bool legacy, bool readonly, const char *serial, const char *name)
{
    char err[256];
    tv_case = name;
    if (!virtio_blk_open(&B, image, readonly, serial, err, sizeof(err))) {
        printf("FAIL [%s]: %s\n", name, err);
        exit(1);
    }
    tv_open(&T, legacy, &virtio_blk_ops, &B);
    tv_start(&T, 16);
}

static void close_blk(void)
{
    tv_close(&T);
    virtio_blk_close(&B);
}

/* Header in its own buffer, then `data` (readable for OUT, writable otherwise), then
 * the status byte. Returns the status, or -1 if the request did not complete. */
static int blk_req(uint32_t type, uint64_t sector, const struct tv_buf *data, unsigned n,
                   uint32_t *used_len)
{
    struct { uint32_t type, reserved; uint64_t sector; } h = {type, 0, sector};
    tv_poke(&T, HDR, &h, 16);
    uint8_t st = 0xee;
    tv_poke(&T, STATUS, &st, 1);
    struct tv_buf b[8] = {{HDR, 16, false}};
    for (unsigned i = 0; i < n; i++)
        b[1 + i] = data[i];
    b[1 + n] = (struct tv_buf){STATUS, 1, true};
    int64_t len = tv_request(&T, b, n + 2);
    if (used_len)
        *used_len = (uint32_t)len;
    if (len < 0)
        return -1;
    tv_peek(&T, STATUS, &st, 1);
    return st;
}

static void test_config(bool legacy)
{
    open_blk(legacy, false, NULL, legacy ? "config v1" : "config v2");
    uint64_t v;
    CHECK_EQ(tv_rd(&T, TV_DEVICE_ID), 2);
    CHECK(T.vm.dev.read(&T.vm, 0x100, 8, &v) && v == SECTORS);
    CHECK(T.vm.dev.read(&T.vm, 0x100, 4, &v) && v == SECTORS);        /* two 32-bit halves */
    CHECK(T.vm.dev.read(&T.vm, 0x104, 4, &v) && v == 0);
    CHECK(T.vm.dev.read(&T.vm, 0x10c, 4, &v) && v == VIRTIO_BLK_SEG_MAX);
    CHECK(T.vm.dev.read(&T.vm, 0x114, 4, &v) && v == 512);
    CHECK(T.vm.dev.read(&T.vm, 0x100 + 63, 1, &v));
    CHECK(tv_faults_rd(&T, 0x100 + 64, 1));
    CHECK(tv_faults_wr(&T, 0x100, 8, 1));                              /* read-only space */
    uint64_t f = tv_device_features(&T);
    CHECK(f & VIRTIO_BLK_F_FLUSH);
    CHECK(f & VIRTIO_BLK_F_BLK_SIZE);
    CHECK(f & VIRTIO_BLK_F_SEG_MAX);
    CHECK(!(f & VIRTIO_BLK_F_RO));
    close_blk();
}

static void test_read(bool legacy)
{
    open_blk(legacy, false, NULL, legacy ? "read v1" : "read v2");
    /* 3 sectors from sector 5, into buffers of 100, 900 and 536 bytes */
    struct tv_buf d[] = {{DATA, 100, true}, {DATA + 0x2000, 900, true},
                         {DATA + 0x4000, 536, true}};
    uint32_t used;
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, 5, d, 3, &used), VIRTIO_BLK_S_OK);
    CHECK_EQ(used, 1536 + 1);
    uint8_t got[1536];
    tv_peek(&T, DATA, got, 100);
    tv_peek(&T, DATA + 0x2000, got + 100, 900);
    tv_peek(&T, DATA + 0x4000, got + 1000, 536);
    unsigned bad = 0;
    for (unsigned i = 0; i < 1536; i++)
        bad += got[i] != pattern(5 + i / 512, i % 512);
    CHECK_EQ(bad, 0);
    /* the header and status may share buffers with data too (no framing, §2.6.4) */
    struct { uint32_t type, reserved; uint64_t sector; } h = {VIRTIO_BLK_T_IN, 0, SECTORS - 1};
    tv_poke(&T, HDR, &h, 16);
    struct tv_buf one[] = {{HDR, 10, false}, {HDR + 10, 6, false}, {DATA, 513, true}};
    CHECK_EQ(tv_request(&T, one, 3), 513);
    uint8_t last[513];
    tv_peek(&T, DATA, last, 513);
    CHECK_EQ(last[0], pattern(SECTORS - 1, 0));
    CHECK_EQ(last[511], pattern(SECTORS - 1, 511));
    CHECK_EQ(last[512], VIRTIO_BLK_S_OK);
    CHECK(!tv_needs_reset(&T));
    close_blk();
}

/* Sector s, byte i, after the test wrote it. */
static uint8_t written(uint64_t s, unsigned i)
{
    return (uint8_t)~pattern(s, i);
}

static void test_write_flush(bool legacy)
{
    open_blk(legacy, false, NULL, legacy ? "write v1" : "write v2");
    uint8_t buf[1024];
    for (unsigned i = 0; i < sizeof(buf); i++)
        buf[i] = written(10 + i / 512, i % 512);
    tv_poke(&T, DATA, buf, 300);
    tv_poke(&T, DATA + 0x3000, buf + 300, 724);
    struct tv_buf d[] = {{DATA, 300, false}, {DATA + 0x3000, 724, false}};
    uint32_t used;
    CHECK_EQ(blk_req(VIRTIO_BLK_T_OUT, 10, d, 2, &used), VIRTIO_BLK_S_OK);
    CHECK_EQ(used, 1);
    /* in the file already, before any flush, and nothing around it changed */
    uint8_t file[1536];
    file_read(9 * 512, file, sizeof(file));
    unsigned bad = 0;
    for (unsigned i = 0; i < 512; i++)
        bad += file[i] != pattern(9, i);
    bad += memcmp(file + 512, buf, 1024) != 0;
    CHECK_EQ(bad, 0);
    CHECK_EQ(blk_req(VIRTIO_BLK_T_FLUSH, 0, NULL, 0, &used), VIRTIO_BLK_S_OK);
    CHECK_EQ(used, 1);
    CHECK_EQ(B.flushes, 1);
    /* read back through the device */
    struct tv_buf r[] = {{DATA + 0x8000, 1024, true}};
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, 10, r, 1, NULL), VIRTIO_BLK_S_OK);
    uint8_t back[1024];
    tv_peek(&T, DATA + 0x8000, back, sizeof(back));
    CHECK(!memcmp(back, buf, sizeof(buf)));
    close_blk();
    make_image(image, SECTORS * 512ull);   /* fresh image for the next test */
}

/* 100 sectors (51200 bytes) out and 300 sectors in: several bounce-buffer rounds. */
static void test_large(void)
{
    open_blk(false, false, NULL, "large transfers");
    static uint8_t big[300 * 512], back[300 * 512];
    for (unsigned i = 0; i < sizeof(big); i++)
        big[i] = (uint8_t)(i * 31 + 7);
    tv_poke(&T, DATA, big, sizeof(big));
    struct tv_buf d[] = {{DATA, 100000, false}, {DATA + 100000, 53600, false}};
    CHECK_EQ(blk_req(VIRTIO_BLK_T_OUT, 200, d, 2, NULL), VIRTIO_BLK_S_OK);
    uint8_t file[300 * 512];
    file_read(200 * 512, file, sizeof(file));
    CHECK(!memcmp(file, big, sizeof(file)));
    struct tv_buf r[] = {{DATA + 0x100000, 70000, true}, {DATA + 0x200000, 83600, true}};
    uint32_t used;
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, 200, r, 2, &used), VIRTIO_BLK_S_OK);
    CHECK_EQ(used, sizeof(back) + 1);
    tv_peek(&T, DATA + 0x100000, back, 70000);
    tv_peek(&T, DATA + 0x200000, back + 70000, 83600);
    CHECK(!memcmp(back, big, sizeof(back)));
    close_blk();
    make_image(image, SECTORS * 512ull);
}

static void test_get_id(void)
{
    open_blk(false, false, NULL, "get-id default");
    struct tv_buf d[] = {{DATA, 20, true}};
    uint8_t zero[20] = {0}, id[20];
    tv_poke(&T, DATA, zero, 20);
    uint32_t used;
    CHECK_EQ(blk_req(VIRTIO_BLK_T_GET_ID, 0, d, 1, &used), VIRTIO_BLK_S_OK);
    CHECK_EQ(used, 21);
    tv_peek(&T, DATA, id, 20);
    CHECK(!memcmp(id, "disk.img\0", 9));
    close_blk();

    open_blk(true, false, "0123456789abcdefghijKLM", "get-id serial, 20 bytes");
    CHECK_EQ(blk_req(VIRTIO_BLK_T_GET_ID, 0, d, 1, NULL), VIRTIO_BLK_S_OK);
    tv_peek(&T, DATA, id, 20);
    CHECK(!memcmp(id, "0123456789abcdefghij", 20));
    close_blk();
}

static void test_errors(bool legacy)
{
    open_blk(legacy, false, NULL, legacy ? "request errors v1" : "request errors v2");
    struct tv_buf one[] = {{DATA, 512, true}}, two[] = {{DATA, 1024, true}};
    struct tv_buf odd[] = {{DATA, 500, true}}, out[] = {{DATA, 512, false}};
    uint32_t used;
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, SECTORS, one, 1, &used), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(used, 1);
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, SECTORS - 1, two, 1, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, ~0ull, one, 1, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, ~0ull / 512 + 2, one, 1, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, 0, odd, 1, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(blk_req(VIRTIO_BLK_T_OUT, SECTORS, out, 1, NULL), VIRTIO_BLK_S_IOERR);
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, SECTORS - 1, one, 1, NULL), VIRTIO_BLK_S_OK);
    CHECK_EQ(blk_req(11, 0, one, 1, &used), VIRTIO_BLK_S_UNSUPP);     /* discard */
    CHECK_EQ(used, 1);
    CHECK_EQ(blk_req(0x80000000u, 0, one, 1, NULL), VIRTIO_BLK_S_UNSUPP);
    CHECK(!tv_needs_reset(&T));
    close_blk();
}

static void test_readonly(void)
{
    open_blk(false, true, NULL, "read-only drive");
    CHECK(tv_device_features(&T) & VIRTIO_BLK_F_RO);
    uint8_t junk[512];
    memset(junk, 0x5a, sizeof(junk));
    tv_poke(&T, DATA, junk, sizeof(junk));
    struct tv_buf out[] = {{DATA, 512, false}}, in[] = {{DATA, 512, true}};
    CHECK_EQ(blk_req(VIRTIO_BLK_T_OUT, 3, out, 1, NULL), VIRTIO_BLK_S_IOERR);
    uint8_t file[512];
    file_read(3 * 512, file, sizeof(file));
    CHECK_EQ(file[0], pattern(3, 0));
    CHECK_EQ(blk_req(VIRTIO_BLK_T_IN, 3, in, 1, NULL), VIRTIO_BLK_S_OK);
    CHECK_EQ(blk_req(VIRTIO_BLK_T_FLUSH, 0, NULL, 0, NULL), VIRTIO_BLK_S_OK);
    close_blk();
}

/* Requests without a full header or without a status byte cannot be answered. */
static void test_malformed(void)
{
    struct { const char *name; struct tv_buf b[2]; unsigned n; } cases[] = {
        {"header 10 bytes", {{HDR, 10, false}, {STATUS, 1, true}}, 2},
        {"no status byte", {{HDR, 16, false}, {DATA, 512, false}}, 2},
        {"header writable", {{HDR, 16, true}, {STATUS, 1, true}}, 2},
    };
    for (unsigned i = 0; i < sizeof(cases) / sizeof(cases[0]); i++) {
        open_blk(false, false, NULL, cases[i].name);
        struct { uint32_t type, reserved; uint64_t sector; } h = {VIRTIO_BLK_T_IN, 0, 0};
        tv_poke(&T, HDR, &h, 16);
        CHECK_EQ(tv_request(&T, cases[i].b, cases[i].n), -1);
        CHECK(tv_needs_reset(&T));
        CHECK(T.irq && (tv_rd(&T, TV_ISR) & VIRTIO_INT_CONFIG));
        close_blk();
    }
}

static void expect_open_error(const char *path, bool ro, const char *msg)
{
    char err[256] = "";
    struct virtio_blk b;
    bool ok = virtio_blk_open(&b, path, ro, NULL, err, sizeof(err));
    CHECK(!ok);
    if (ok)
        virtio_blk_close(&b);
    else if (!strstr(err, msg) || !strstr(err, path))
        printf("FAIL [%s]: message \"%s\" lacks \"%s\"\n", tv_case, err, msg), tv_failed++;
    else
        tv_passed++;
    CHECK(b.fd == -1);
}

static void test_open_errors(void)
{
    char path[128];
    tv_case = "open errors";
    snprintf(path, sizeof(path), "%s/missing.img", dir);
    expect_open_error(path, false, "No such file or directory");
    expect_open_error(dir, true, "not a regular file");
    expect_open_error(dir, false, "Is a directory");
    snprintf(path, sizeof(path), "%s/odd.img", dir);
    make_image(path, 1000);
    expect_open_error(path, false, "not a multiple of 512");
    expect_open_error(path, false, "truncate -s 1024");
    unlink(path);
    if (geteuid() != 0) {   /* root opens anything */
        snprintf(path, sizeof(path), "%s/ro.img", dir);
        make_image(path, 512);
        chmod(path, 0444);
        expect_open_error(path, false, "add readonly=on");
        unlink(path);
    }
    /* an empty image is a disk of zero sectors */
    snprintf(path, sizeof(path), "%s/empty.img", dir);
    make_image(path, 0);
    char err[256];
    struct virtio_blk b;
    CHECK(virtio_blk_open(&b, path, false, NULL, err, sizeof(err)) && b.capacity == 0);
    virtio_blk_close(&b);
    unlink(path);
}

/* A writable drive locks its image: another process cannot open it for writing. */
static void test_lock(void)
{
    tv_case = "image lock";
    char err[256];
    struct virtio_blk b;
    CHECK(virtio_blk_open(&b, image, false, NULL, err, sizeof(err)));
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        struct virtio_blk c;
        bool rw = virtio_blk_open(&c, image, false, NULL, err, sizeof(err));
        bool lockmsg = !rw && strstr(err, "in use by another program");
        bool ro = virtio_blk_open(&c, image, true, NULL, err, sizeof(err));
        _exit(!rw && lockmsg && !ro ? 0 : 1);
    }
    int status = 1;
    waitpid(pid, &status, 0);
    CHECK(WIFEXITED(status) && WEXITSTATUS(status) == 0);
    virtio_blk_close(&b);
}

int main(void)
{
    snprintf(dir, sizeof(dir), "%s", "/tmp/test_virtio_blk.XXXXXX");
    if (!mkdtemp(dir))
        return 1;
    snprintf(image, sizeof(image), "%s/disk.img", dir);
    make_image(image, SECTORS * 512ull);
    for (int legacy = 0; legacy < 2; legacy++) {
        test_config(legacy);
        test_read(legacy);
        test_write_flush(legacy);
        test_errors(legacy);
    }
    test_large();
    test_get_id();
    test_readonly();
    test_malformed();
    test_open_errors();
    test_lock();
    unlink(image);
    rmdir(dir);
    return tv_summary();
}
