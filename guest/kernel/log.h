/*
 * The file system's write-ahead log (log.c). Every operation that changes the disk
 * runs as a transaction:
 *
 *     tx_begin();
 *     b = buf_read(...); change b->data; tx_write(b); buf_release(b); ...
 *     tx_end();
 *
 * and its blocks reach their home locations all or not at all, even across a crash.
 */
#ifndef KERNEL_LOG_H
#define KERNEL_LOG_H

#include <stdint.h>

#include "fs_format.h"

struct buf;

void log_init(uint32_t dev, const struct superblock *sb);
void tx_begin(void);
void tx_end(void);
void tx_write(struct buf *b);

#endif
