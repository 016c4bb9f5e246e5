/*
 * Mounting the file system: read the superblock (block 1), which says where the
 * log, inodes, bitmap and data are (fs_format.h), and recover the log.
 */
#include "fs.h"
#include "buf.h"
#include "kernel.h"
#include "log.h"

struct superblock sb;   /* only one file system: the root, on ROOTDEV */

/* Mount device dev as the root file system. Process context (it sleeps on I/O). */
void fs_init(uint32_t dev)
{
    struct buf *b = buf_read(dev, 1);
    memmove(&sb, b->data, sizeof sb);
    buf_release(b);
    if (sb.magic != FS_MAGIC)
        panic("fs_init: not an rvscope file system (magic %x)", sb.magic);
    if (sb.inodestart <= sb.logstart || sb.bmapstart <= sb.inodestart || sb.nblocks >= sb.size)
        panic("fs_init: inconsistent superblock");
    log_init(dev, &sb);
    kprintf("fs: %u blocks, %u inodes, %u log blocks\n", sb.size, sb.ninodes, sb.nlog);
}
