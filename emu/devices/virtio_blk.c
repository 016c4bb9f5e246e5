/* virtio-blk over a raw image file (virtio 1.2 §5.2); see virtio_blk.h. */
#include "virtio_blk.h"

#include <errno.h>
#include <fcntl.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

/* Data moves between the image and guest RAM through this much host memory. */
#define BLK_BOUNCE_BYTES (64u * 1024)

/* The request header every chain starts with (§5.2.6). */
struct blk_header {
    uint32_t type;
    uint32_t reserved;
    uint64_t sector;
};
_Static_assert(sizeof(struct blk_header) == 16, "virtio_blk_req header is 16 bytes");

/* Configuration space (§5.2.4): capacity @0, size_max @8, seg_max @12, geometry @16,
 * blk_size @20, topology @24, writeback @32, num_queues @34, discard and write-zeroes
 * limits from @36. Only the fields of offered features are nonzero. */
#define BLK_CONFIG_BYTES 64

static void put_le(uint8_t *p, uint64_t v, int n)
{
    for (int i = 0; i < n; i++)
        p[i] = (uint8_t)(v >> (8 * i));
}

static bool blk_config_read(void *dev, uint64_t offset, int size, uint64_t *value)
{
    struct virtio_blk *b = dev;
    uint8_t cfg[BLK_CONFIG_BYTES] = {0};
    if (offset + (uint64_t)size > sizeof(cfg))
        return false;
    put_le(cfg + 0, b->capacity, 8);
    put_le(cfg + 12, VIRTIO_BLK_SEG_MAX, 4);
    put_le(cfg + 20, VIRTIO_BLK_SECTOR, 4);
    put_le(cfg + 34, 1, 2);
    uint64_t v = 0;
    for (int i = size - 1; i >= 0; i--)
        v = v << 8 | cfg[offset + (uint64_t)i];
    *value = v;
    return true;
}

static uint64_t blk_features(void *dev)
{
    const struct virtio_blk *b = dev;
    return VIRTIO_BLK_F_SEG_MAX | VIRTIO_BLK_F_BLK_SIZE | VIRTIO_BLK_F_FLUSH |
           (b->readonly ? VIRTIO_BLK_F_RO : 0);
}

/* A transfer of len bytes at sector must be whole sectors inside the disk. */
static bool blk_range_ok(const struct virtio_blk *b, uint64_t sector, uint64_t len)
{
    return len % VIRTIO_BLK_SECTOR == 0 && sector <= b->capacity &&
           len / VIRTIO_BLK_SECTOR <= b->capacity - sector;
}

/* IN: the image into the chain's writable buffers, all but the status byte. *done
 * counts the bytes that reached the guest. */
static uint8_t blk_read(struct virtio_blk *b, struct virtio_mmio *vm, const struct virtio_chain *c,
                        uint64_t sector, uint64_t len, uint64_t *done)
{
    if (!blk_range_ok(b, sector, len))
        return VIRTIO_BLK_S_IOERR;
    off_t pos = (off_t)(sector * VIRTIO_BLK_SECTOR);
    while (*done < len) {
        size_t n = len - *done < BLK_BOUNCE_BYTES ? (size_t)(len - *done) : BLK_BOUNCE_BYTES;
        for (size_t got = 0; got < n;) {
            ssize_t r = pread(b->fd, b->bounce + got, n - got, pos + (off_t)(*done + got));
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)   /* an error, or the file shrank under us */
                return VIRTIO_BLK_S_IOERR;
            got += (size_t)r;
        }
        if (!virtio_chain_write(vm, c, *done, b->bounce, n))
            return VIRTIO_BLK_S_IOERR;
        *done += n;
    }
    b->reads++;
    return VIRTIO_BLK_S_OK;
}

/* OUT: the chain's readable bytes after the header into the image, by pwrite, so a
 * completed request is in the file. */
static uint8_t blk_write(struct virtio_blk *b, struct virtio_mmio *vm, const struct virtio_chain *c,
                         uint64_t sector, uint64_t len)
{
    if (b->readonly || !blk_range_ok(b, sector, len))
        return VIRTIO_BLK_S_IOERR;
    off_t pos = (off_t)(sector * VIRTIO_BLK_SECTOR);
    for (uint64_t done = 0; done < len;) {
        size_t n = len - done < BLK_BOUNCE_BYTES ? (size_t)(len - done) : BLK_BOUNCE_BYTES;
        if (!virtio_chain_read(vm, c, sizeof(struct blk_header) + done, b->bounce, n))
            return VIRTIO_BLK_S_IOERR;
        for (size_t put = 0; put < n;) {
            ssize_t r = pwrite(b->fd, b->bounce + put, n - put, pos + (off_t)(done + put));
            if (r < 0 && errno == EINTR)
                continue;
            if (r <= 0)
                return VIRTIO_BLK_S_IOERR;
            put += (size_t)r;
        }
        done += n;
    }
    b->writes++;
    return VIRTIO_BLK_S_OK;
}

static int64_t blk_request(void *dev, struct virtio_mmio *vm, unsigned queue,
                           const struct virtio_chain *c)
{
    struct virtio_blk *b = dev;
    struct blk_header h;
    (void)queue;
    /* §5.2.6: a header the device reads, a status byte it writes at the very end. */
    if (c->write_len == 0 || !virtio_chain_read(vm, c, 0, &h, sizeof(h))) {
        virtio_mmio_fail(vm, "virtio-blk: request %u has no 16-byte readable header or no "
                         "writable status byte", c->head);
        return -1;
    }
    uint64_t in_len = c->write_len - 1, written = 0;
    uint8_t status;
    switch (h.type) {
    case VIRTIO_BLK_T_IN:
        status = blk_read(b, vm, c, h.sector, in_len, &written);
        break;
    case VIRTIO_BLK_T_OUT:
        status = blk_write(b, vm, c, h.sector, c->read_len - sizeof(h));
        break;
    case VIRTIO_BLK_T_FLUSH:
        status = b->readonly || fsync(b->fd) == 0 ? VIRTIO_BLK_S_OK : VIRTIO_BLK_S_IOERR;
        b->flushes++;
        break;
    case VIRTIO_BLK_T_GET_ID:
        written = in_len < VIRTIO_BLK_ID_BYTES ? in_len : VIRTIO_BLK_ID_BYTES;
        status = virtio_chain_write(vm, c, 0, b->id, written) ? VIRTIO_BLK_S_OK
                                                              : VIRTIO_BLK_S_IOERR;
        break;
    default:
        status = VIRTIO_BLK_S_UNSUPP;
        break;
    }
    if (!virtio_chain_write(vm, c, c->write_len - 1, &status, 1)) {
        virtio_mmio_fail(vm, "virtio-blk: request %u: cannot write its status", c->head);
        return -1;
    }
    return (int64_t)written + 1;
}

const struct virtio_device_ops virtio_blk_ops = {
    .device_id = VIRTIO_ID_BLOCK,
    .num_queues = 1,
    .features = blk_features,
    .config_read = blk_config_read,
    .request = blk_request,
};

/* One line for err: "what: why", with a hint when there is an obvious fix. */
static bool open_error(struct virtio_blk *b, char *err, size_t len, const char *fmt, ...)
    __attribute__((format(printf, 4, 5)));

static bool open_error(struct virtio_blk *b, char *err, size_t len, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, len, fmt, ap);
    va_end(ap);
    virtio_blk_close(b);
    return false;
}

bool virtio_blk_open(struct virtio_blk *b, const char *path, bool readonly, const char *serial,
                     char *err, size_t len)
{
    *b = (struct virtio_blk){.fd = -1, .readonly = readonly};
    b->fd = open(path, (readonly ? O_RDONLY : O_RDWR) | O_CLOEXEC);
    if (b->fd < 0) {
        int e = errno;
        if (!readonly && (e == EACCES || e == EROFS))
            return open_error(b, err, len, "%s: %s (add readonly=on to use it read-only)",
                              path, strerror(e));
        return open_error(b, err, len, "%s: %s", path, strerror(e));
    }
    struct stat st;
    if (fstat(b->fd, &st) < 0)
        return open_error(b, err, len, "%s: %s", path, strerror(errno));
    if (!S_ISREG(st.st_mode))
        return open_error(b, err, len, "%s: not a regular file (a disk image must be a file)",
                          path);
    if (st.st_size % VIRTIO_BLK_SECTOR)
        return open_error(b, err, len, "%s: size %lld is not a multiple of 512 bytes "
                          "(pad it: truncate -s %lld %s)", path, (long long)st.st_size,
                          (long long)(st.st_size | (VIRTIO_BLK_SECTOR - 1)) + 1, path);
    struct flock lock = {.l_type = readonly ? F_RDLCK : F_WRLCK, .l_whence = SEEK_SET};
    if (fcntl(b->fd, F_SETLK, &lock) < 0)
        return open_error(b, err, len, "%s: in use by another program (it holds a lock on it)",
                          path);
    b->capacity = (uint64_t)st.st_size / VIRTIO_BLK_SECTOR;
    b->path = strdup(path);
    b->bounce = malloc(BLK_BOUNCE_BYTES);
    if (!b->path || !b->bounce)
        return open_error(b, err, len, "%s: out of memory", path);
    const char *base = strrchr(path, '/');
    const char *id = serial ? serial : base ? base + 1 : path;
    size_t n = strlen(id) < sizeof(b->id) ? strlen(id) : sizeof(b->id);
    memcpy(b->id, id, n);   /* NUL-padded; no NUL when it is 20 bytes long (§5.2.6) */
    return true;
}

void virtio_blk_close(struct virtio_blk *b)
{
    if (b->fd >= 0)
        close(b->fd);
    b->fd = -1;
    free(b->path);
    free(b->bounce);
    b->path = NULL;
    b->bounce = NULL;
}
