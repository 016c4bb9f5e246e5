/*
 * virtio-blk (virtio 1.2 §5.2) over a raw image file, behind a virtio-mmio transport.
 *
 * Requests: IN (read), OUT (write), FLUSH (fsync of the image), GET_ID (20-byte id);
 * anything else is answered VIRTIO_BLK_S_UNSUPP. Every completed OUT is in the image
 * file (pwrite, nothing is cached in the emulator); FLUSH makes it durable.
 *
 * Images: a regular file whose size is a multiple of 512 bytes (the capacity is size /
 * 512 sectors; anything else is refused at startup rather than silently truncated).
 * A read-only drive advertises VIRTIO_BLK_F_RO and answers writes VIRTIO_BLK_S_IOERR.
 * A writable drive takes a POSIX write lock on the image, a read-only one a read lock,
 * so two emulators cannot write the same image at once.
 */
#ifndef RVSCOPE_VIRTIO_BLK_H
#define RVSCOPE_VIRTIO_BLK_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "virtio_mmio.h"

#define VIRTIO_BLK_SECTOR 512u
#define VIRTIO_BLK_ID_BYTES 20u

/* Feature bits (§5.2.3). */
#define VIRTIO_BLK_F_SEG_MAX (1ull << 2)
#define VIRTIO_BLK_F_RO (1ull << 5)
#define VIRTIO_BLK_F_BLK_SIZE (1ull << 6)
#define VIRTIO_BLK_F_FLUSH (1ull << 9)

/* Request types and status values (§5.2.6). */
#define VIRTIO_BLK_T_IN 0u
#define VIRTIO_BLK_T_OUT 1u
#define VIRTIO_BLK_T_FLUSH 4u
#define VIRTIO_BLK_T_GET_ID 8u
#define VIRTIO_BLK_S_OK 0u
#define VIRTIO_BLK_S_IOERR 1u
#define VIRTIO_BLK_S_UNSUPP 2u

/* seg_max we advertise: data buffers per request (QEMU's value for 256-entry queues). */
#define VIRTIO_BLK_SEG_MAX 254u

struct virtio_blk {
    int fd;
    char *path;
    bool readonly;
    uint64_t capacity;                   /* in 512-byte sectors */
    char id[VIRTIO_BLK_ID_BYTES];        /* GET_ID answer, NUL-padded */
    uint8_t *bounce;                     /* file <-> guest staging buffer */
    uint64_t reads, writes, flushes;     /* requests served (statistics) */
};

extern const struct virtio_device_ops virtio_blk_ops;

/*
 * Open the image at path for a drive. serial (may be NULL) is the GET_ID string,
 * truncated to 20 bytes; the default is the file's base name. On failure returns false
 * with one line in err naming the file ("disk.img: No such file or directory").
 */
bool virtio_blk_open(struct virtio_blk *b, const char *path, bool readonly, const char *serial,
                     char *err, size_t len);
void virtio_blk_close(struct virtio_blk *b);

#endif
