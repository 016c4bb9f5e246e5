/*
 * The disk: a virtio block device (virtio_blk.c) holding the file system.
 */
#ifndef KERNEL_DISK_H
#define KERNEL_DISK_H

struct buf;

void disk_init(void);
void disk_rw(struct buf *b, int write);
void disk_start(struct buf *b, int write);
void disk_wait(struct buf *b);
void disk_flush(void);
int disk_irq(void);
void disk_interrupt(void);

#endif
