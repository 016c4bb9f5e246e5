/*
 * Inodes. On disk, an inode (struct dinode) describes a file: type, link count,
 * size and block addresses. In memory, the inode cache holds at most one struct
 * inode per disk inode in use, so everyone shares one copy:
 *
 *   inode_get     find or make the cache entry (refs++); does not read the disk
 *   inode_lock    take the sleep-lock; read the disk inode the first time
 *   inode_unlock  release the sleep-lock
 *   inode_put     refs--; the last reference to an inode with no links left frees
 *                 it on disk (so an unlinked file lives on while it is open)
 *
 * Changing an inode (inode_update, inode_write, inode_truncate, and inode_put,
 * which may free) must happen inside a transaction (log.h).
 */
#include "fs.h"
#include "buf.h"
#include "kernel.h"
#include "log.h"
#include "param.h"
#include "spinlock.h"

static struct {
    struct spinlock lock;       /* guards every entry's dev, inum and refs */
    struct inode inodes[NINODE];
} icache;

/* Prepare the empty inode cache. */
void inode_cache_init(void)
{
    spin_init(&icache.lock, "icache");
    for (int i = 0; i < NINODE; i++)
        sleeplock_init(&icache.inodes[i].lock, "inode");
}

/* The cache entry for inode inum of dev, with one more reference; not locked and
 * perhaps not read yet. Returns 0 if the cache is full. */
struct inode *inode_get(uint32_t dev, uint32_t inum)
{
    struct inode *empty = 0;
    spin_lock(&icache.lock);
    for (struct inode *ip = icache.inodes; ip < &icache.inodes[NINODE]; ip++) {
        if (ip->refs > 0 && ip->dev == dev && ip->inum == inum) {
            ip->refs++;
            spin_unlock(&icache.lock);
            return ip;
        }
        if (empty == 0 && ip->refs == 0)
            empty = ip;
    }
    if (empty) {
        empty->dev = dev;
        empty->inum = inum;
        empty->refs = 1;
        empty->valid = 0;
    }
    spin_unlock(&icache.lock);
    return empty;
}

/* Allocate a free disk inode of the given type on dev (its other fields zero) and
 * return its cache entry, unlocked. Returns 0 if no inode (or cache entry) is free. */
struct inode *inode_alloc(uint32_t dev, int16_t type)
{
    for (uint32_t inum = 1; inum < sb.ninodes; inum++) {
        struct buf *b = buf_read(dev, IBLOCK(inum, sb));
        struct dinode *di = (struct dinode *)b->data + inum % IPB;
        if (di->type == 0) {
            struct inode *ip = inode_get(dev, inum);
            if (ip == 0) {
                buf_release(b);
                return 0;
            }
            memset(di, 0, sizeof *di);
            di->type = type;
            tx_write(b);
            buf_release(b);
            return ip;
        }
        buf_release(b);
    }
    return 0;
}

/* Copy the in-memory inode to disk. Caller holds ip's lock, inside a transaction. */
void inode_update(struct inode *ip)
{
    struct buf *b = buf_read(ip->dev, IBLOCK(ip->inum, sb));
    struct dinode *di = (struct dinode *)b->data + ip->inum % IPB;
    di->type = ip->type;
    di->major = ip->major;
    di->minor = ip->minor;
    di->nlink = ip->nlink;
    di->size = ip->size;
    memmove(di->addrs, ip->addrs, sizeof ip->addrs);
    tx_write(b);
    buf_release(b);
}

/* One more reference to ip (for fork's cwd, dup of an open file...). */
struct inode *inode_dup(struct inode *ip)
{
    spin_lock(&icache.lock);
    ip->refs++;
    spin_unlock(&icache.lock);
    return ip;
}

/* Lock ip, reading the disk inode if this is the first time. */
void inode_lock(struct inode *ip)
{
    if (ip == 0 || ip->refs < 1)
        panic("inode_lock: no reference");
    sleeplock_acquire(&ip->lock);
    if (!ip->valid) {
        struct buf *b = buf_read(ip->dev, IBLOCK(ip->inum, sb));
        struct dinode *di = (struct dinode *)b->data + ip->inum % IPB;
        ip->type = di->type;
        ip->major = di->major;
        ip->minor = di->minor;
        ip->nlink = di->nlink;
        ip->size = di->size;
        memmove(ip->addrs, di->addrs, sizeof ip->addrs);
        buf_release(b);
        ip->valid = 1;
        if (ip->type == 0)
            panic("inode_lock: inode %u is free on disk", ip->inum);
    }
}

/* Release ip's sleep-lock, which the caller holds. */
void inode_unlock(struct inode *ip)
{
    if (ip == 0 || !sleeplock_held(&ip->lock) || ip->refs < 1)
        panic("inode_unlock: not locked");
    sleeplock_release(&ip->lock);
}

/* Drop a reference. If it was the last one and no directory entry names the inode
 * any more, free its blocks and the inode itself. Inside a transaction. */
void inode_put(struct inode *ip)
{
    spin_lock(&icache.lock);
    if (ip->refs == 1 && ip->valid && ip->nlink == 0) {
        /* Nobody else can find it: no links, no other references. So the
         * sleep-lock is free, and taking it cannot block. */
        sleeplock_acquire(&ip->lock);
        spin_unlock(&icache.lock);
        inode_truncate(ip);
        ip->type = 0;
        inode_update(ip);
        ip->valid = 0;
        sleeplock_release(&ip->lock);
        spin_lock(&icache.lock);
    }
    ip->refs--;
    spin_unlock(&icache.lock);
}

/* inode_unlock, then inode_put: the common way to finish with an inode. */
void inode_unlock_put(struct inode *ip)
{
    inode_unlock(ip);
    inode_put(ip);
}

/* Free all of ip's data blocks; its size becomes 0. Caller holds the lock. */
void inode_truncate(struct inode *ip)
{
    inode_free_blocks(ip);
    ip->size = 0;
    inode_update(ip);
}

/* Fill *st from ip. Caller holds the lock. */
void inode_stat(struct inode *ip, struct stat *st)
{
    st->dev = (int32_t)ip->dev;
    st->ino = ip->inum;
    st->type = ip->type;
    st->nlink = ip->nlink;
    st->size = ip->size;
}

/* Read up to n bytes at offset off into dst (a user or kernel address, per space).
 * Returns the number of bytes read (less at end of file), or -1 if dst is bad.
 * Caller holds the lock. */
int inode_read(struct inode *ip, enum space space, uint64_t dst, uint32_t off, uint32_t n)
{
    if (off > ip->size || off + n < off)
        return 0;
    n = MIN(n, ip->size - off);
    uint32_t done = 0;
    while (done < n) {
        uint32_t chunk = MIN(n - done, BSIZE - off % BSIZE);
        uint32_t addr = inode_block(ip, off / BSIZE, 0);
        int bad;
        if (addr == 0) {                        /* a hole reads as zeros */
            static const uint8_t zeros[BSIZE];
            bad = copy_to(space, dst, zeros, chunk);
        } else {
            struct buf *b = buf_read(ip->dev, addr);
            bad = copy_to(space, dst, b->data + off % BSIZE, chunk);
            buf_release(b);
        }
        if (bad)
            return -1;
        done += chunk;
        off += chunk;
        dst += chunk;
    }
    return (int)done;
}

/* Write n bytes from src (user or kernel address, per space) at offset off, which
 * may be at most the current size; the file grows as needed. Returns the number of
 * bytes written - fewer if the disk filled up or src went bad - or -1 if off is
 * beyond the end or the file would exceed the maximum size. Caller holds the lock,
 * inside a transaction. */
int inode_write(struct inode *ip, enum space space, uint64_t src, uint32_t off, uint32_t n)
{
    if (off > ip->size || off + n < off || (uint64_t)off + n > (uint64_t)MAXFILE * BSIZE)
        return -1;
    uint32_t done = 0;
    while (done < n) {
        uint32_t chunk = MIN(n - done, BSIZE - off % BSIZE);
        uint32_t addr = inode_block(ip, off / BSIZE, 1);
        if (addr == 0)
            break;                              /* disk full */
        struct buf *b = buf_read(ip->dev, addr);
        if (copy_from(space, b->data + off % BSIZE, src, chunk) != 0) {
            buf_release(b);
            break;
        }
        tx_write(b);
        buf_release(b);
        done += chunk;
        off += chunk;
        src += chunk;
    }
    if (off > ip->size)
        ip->size = off;
    inode_update(ip);       /* size, and addrs[] if inode_block added blocks */
    return (int)done;
}
