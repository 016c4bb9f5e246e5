/*
 * Disk block allocation: the bitmap (from sb.bmapstart) has one bit per block of
 * the disk, 1 = in use. mkfs marks the metadata blocks (boot, superblock, log,
 * inodes, bitmap) in use; only the data area, the last sb.nblocks blocks, is ever
 * handed out here. All changes go through the log (call inside a transaction).
 */
#include "fs.h"
#include "buf.h"
#include "kernel.h"
#include "log.h"

/* Where the last allocation was: the next search starts there, so writing a big
 * file does not rescan the full part of the bitmap for every block. A hint only. */
static uint32_t next_hint;

/* Find a clear bit for a block in [from, to), set it (logged) and return the
 * block number; 0 if there is none. */
static uint32_t claim_free_block(uint32_t dev, uint32_t from, uint32_t to)
{
    uint32_t b = from;
    while (b < to) {
        struct buf *bm = buf_read(dev, BBLOCK(b, sb));
        uint32_t end = MIN(to, (b / BPB + 1) * BPB);    /* blocks this bitmap block covers */
        for (; b < end; b++) {
            uint32_t bit = b % BPB;
            if (bit % 8 == 0 && b + 8 <= end && bm->data[bit / 8] == 0xff) {
                b += 7;                                 /* a full byte: skip it */
                continue;
            }
            uint8_t mask = (uint8_t)(1u << (bit % 8));
            if (!(bm->data[bit / 8] & mask)) {
                bm->data[bit / 8] |= mask;
                tx_write(bm);
                buf_release(bm);
                return b;
            }
        }
        buf_release(bm);
    }
    return 0;
}

/* Allocate a zeroed block on dev. Returns its number, or 0 if the disk is full. */
uint32_t block_alloc(uint32_t dev)
{
    uint32_t first_data = sb.size - sb.nblocks;
    uint32_t start = next_hint >= first_data && next_hint < sb.size ? next_hint : first_data;
    uint32_t b = claim_free_block(dev, start, sb.size);
    if (b == 0)
        b = claim_free_block(dev, first_data, start);
    if (b == 0)
        return 0;
    next_hint = b + 1;

    struct buf *z = buf_get(dev, b);    /* overwritten entirely: no need to read it */
    memset(z->data, 0, BSIZE);
    z->valid = 1;
    tx_write(z);
    buf_release(z);
    return b;
}

/* Mark block b of dev free. Freeing a free block means the disk is corrupt. */
void block_free(uint32_t dev, uint32_t b)
{
    if (b < sb.size - sb.nblocks || b >= sb.size)
        panic("block_free: block %u is not a data block", b);
    struct buf *bm = buf_read(dev, BBLOCK(b, sb));
    uint32_t bit = b % BPB;
    uint8_t mask = (uint8_t)(1u << (bit % 8));
    if (!(bm->data[bit / 8] & mask))
        panic("block_free: block %u is already free", b);
    bm->data[bit / 8] &= (uint8_t)~mask;
    tx_write(bm);
    buf_release(bm);
}
