/*
 * An inode's block map: which disk block holds block n of the file.
 *
 *   addrs[0 .. NDIRECT-1]   direct: the first NDIRECT blocks
 *   addrs[NDIRECT]          indirect: a block of NINDIRECT addresses, the next
 *                           NINDIRECT blocks
 *   addrs[NDIRECT + 1]      double indirect: a block of NINDIRECT addresses of
 *                           indirect blocks, the next NINDIRECT^2 blocks
 *
 * With 1 KiB blocks that is 11 + 256 + 65536 blocks, about 64 MiB. Address 0
 * means "no block yet". Blocks (data and map blocks alike) are allocated on the
 * first write that needs them.
 */
#include "fs.h"
#include "buf.h"
#include "kernel.h"
#include "log.h"

/* *slot, allocating a block into it first if it is 0 and create is set. Returns 0
 * if there is no block (or the disk is full). The caller logs the change. */
static uint32_t slot_block(struct inode *ip, uint32_t *slot, int create)
{
    if (*slot == 0 && create)
        *slot = block_alloc(ip->dev);
    return *slot;
}

/* Entry `index` of the address block `table` (0 = no table: returns 0),
 * allocating a block for the entry when it is 0 and create is set. */
static uint32_t table_entry(struct inode *ip, uint32_t table, uint32_t index, int create)
{
    if (table == 0)
        return 0;
    struct buf *b = buf_read(ip->dev, table);
    uint32_t *entries = (uint32_t *)b->data;
    uint32_t addr = entries[index];
    if (addr == 0 && create) {
        addr = block_alloc(ip->dev);
        if (addr) {
            entries[index] = addr;
            tx_write(b);
        }
    }
    buf_release(b);
    return addr;
}

/* The disk block holding block n of ip, or 0 if there is none. With create, missing
 * blocks on the way are allocated (0 then means the disk is full or n is beyond
 * MAXFILE). The caller holds ip's lock and, with create, writes the inode back. */
uint32_t inode_block(struct inode *ip, uint32_t n, int create)
{
    if (n < NDIRECT)
        return slot_block(ip, &ip->addrs[n], create);
    n -= NDIRECT;
    if (n < NINDIRECT) {
        uint32_t table = slot_block(ip, &ip->addrs[NDIRECT], create);
        return table_entry(ip, table, n, create);
    }
    n -= NINDIRECT;
    if (n < NINDIRECT * NINDIRECT) {
        uint32_t top = slot_block(ip, &ip->addrs[NDIRECT + 1], create);
        uint32_t table = table_entry(ip, top, n / NINDIRECT, create);
        return table_entry(ip, table, n % NINDIRECT, create);
    }
    return 0;
}

/* Free block `addr` and, for depth > 0, first every block its address table lists
 * (depth 1: an indirect block; depth 2: a double-indirect block). */
static void free_tree(struct inode *ip, uint32_t addr, int depth)
{
    if (depth > 0) {
        struct buf *b = buf_read(ip->dev, addr);
        uint32_t *entries = (uint32_t *)b->data;
        for (uint32_t i = 0; i < NINDIRECT; i++)
            if (entries[i])
                free_tree(ip, entries[i], depth - 1);
        buf_release(b);
    }
    block_free(ip->dev, addr);
}

/* Free every block of ip and clear its addresses. Caller holds the lock, inside a
 * transaction, and writes the inode back. */
void inode_free_blocks(struct inode *ip)
{
    for (int i = 0; i < NDIRECT + 2; i++) {
        if (ip->addrs[i]) {
            int depth = i < NDIRECT ? 0 : i == NDIRECT ? 1 : 2;
            free_tree(ip, ip->addrs[i], depth);
            ip->addrs[i] = 0;
        }
    }
}
