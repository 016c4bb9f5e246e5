/*
 * The buffer cache (bio.c): in-memory copies of disk blocks. A buffer is locked
 * (sleep-lock) by one process at a time; that process may read and change data.
 */
#ifndef KERNEL_BUF_H
#define KERNEL_BUF_H

#include <stdint.h>

#include "fs_format.h"
#include "sleeplock.h"

struct buf {
    int valid;                  /* data holds the block's contents */
    int disk_busy;              /* the disk driver owns it until the request completes */
    int disk_error;             /* the last request failed */
    uint32_t dev;
    uint32_t blockno;
    struct sleeplock lock;
    uint32_t refs;              /* holders + pins; 0 = may be recycled */
    struct buf *prev, *next;    /* LRU list, most recently released first */
    uint8_t data[BSIZE];
};

void bcache_init(void);
struct buf *buf_get(uint32_t dev, uint32_t blockno);
struct buf *buf_read(uint32_t dev, uint32_t blockno);
void buf_write(struct buf *b);
void buf_release(struct buf *b);
void buf_pin(struct buf *b);
void buf_unpin(struct buf *b);

#endif
