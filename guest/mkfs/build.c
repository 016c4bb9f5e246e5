/*
 * The image builder behind mkfs: lays out an empty file system and adds directories,
 * files and symbolic links to it, allocating inodes and blocks in order.
 *
 * Link counts follow the kernel's rule (guest/kernel/sys_fs.c; fsck checks the same),
 * Unix's: an inode's nlink is the number of directory entries naming it, "." and ".."
 * included. So a directory starts at 2 (its entry in the parent and its own "."; for
 * "/", its "." and "..") and gains one for every subdirectory, whose ".." names it.
 */
#include "fsimage.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#if __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "mkfs and fsck read the little-endian image through host structs"
#endif

static void seterr(char *err, size_t errlen, const char *fmt, ...)
{
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(err, errlen, fmt, ap);
    va_end(ap);
}

static struct dinode *inode_at(struct fsimage *img, uint32_t inum)
{
    return (struct dinode *)fsimage_block(img, IBLOCK(inum, img->sb)) + inum % IPB;
}

static uint32_t data_start(const struct superblock *sb)
{
    return sb->size - sb->nblocks;
}

static void bitmap_set(struct fsimage *img, uint32_t b)
{
    fsimage_block(img, BBLOCK(b, img->sb))[(b % BPB) / 8] |= (uint8_t)(1u << (b % 8));
}

static int bitmap_get(struct fsimage *img, uint32_t b)
{
    return fsimage_block(img, BBLOCK(b, img->sb))[(b % BPB) / 8] >> (b % 8) & 1;
}

/* A zeroed data block marked in use, or 0 when the disk is full. */
static uint32_t block_alloc(struct fsimage *img)
{
    for (uint32_t b = data_start(&img->sb); b < img->sb.size; b++) {
        if (!bitmap_get(img, b)) {
            bitmap_set(img, b);
            memset(fsimage_block(img, b), 0, BSIZE);
            return b;
        }
    }
    return 0;
}

static uint32_t inode_alloc(struct fsimage *img, int16_t type)
{
    for (uint32_t inum = ROOTINO; inum < img->sb.ninodes; inum++) {
        struct dinode *di = inode_at(img, inum);
        if (di->type == 0) {
            memset(di, 0, sizeof *di);
            di->type = type;
            return inum;
        }
    }
    return 0;
}

/* The address slot for a given entry of an indirect block, allocating that block. */
static uint32_t *indirect_slot(struct fsimage *img, uint32_t *blockp, uint32_t idx)
{
    if (*blockp == 0 && (*blockp = block_alloc(img)) == 0)
        return NULL;
    return (uint32_t *)fsimage_block(img, *blockp) + idx;
}

/* The disk block holding file block bn of inode di, allocated if missing; 0 if the
 * disk is full or bn is past the largest file. */
static uint32_t bmap_alloc(struct fsimage *img, struct dinode *di, uint32_t bn)
{
    uint32_t *slot;
    if (bn < NDIRECT) {
        slot = &di->addrs[bn];
    } else if ((bn -= NDIRECT) < NINDIRECT) {
        slot = indirect_slot(img, &di->addrs[NDIRECT], bn);
    } else if ((bn -= NINDIRECT) < NINDIRECT * NINDIRECT) {
        uint32_t *mid = indirect_slot(img, &di->addrs[NDIRECT + 1], bn / NINDIRECT);
        slot = mid ? indirect_slot(img, mid, bn % NINDIRECT) : NULL;
    } else {
        return 0;
    }
    if (!slot)
        return 0;
    if (*slot == 0)
        *slot = block_alloc(img);
    return *slot;
}

/* Append len bytes to inode inum. */
static int inode_append(struct fsimage *img, uint32_t inum, const void *bytes, size_t len)
{
    const uint8_t *src = bytes;
    while (len > 0) {
        struct dinode *di = inode_at(img, inum);
        uint32_t off = di->size;
        uint32_t b = bmap_alloc(img, di, off / BSIZE);
        if (!b)
            return -1;
        size_t n = BSIZE - off % BSIZE;
        if (n > len)
            n = len;
        memcpy(fsimage_block(img, b) + off % BSIZE, src, n);
        di->size += (uint32_t)n;
        src += n;
        len -= n;
    }
    return 0;
}

static int name_ok(const char *name, char *err, size_t errlen)
{
    size_t n = strlen(name);
    if (n == 0 || n > DIRSIZ || strchr(name, '/') || !strcmp(name, ".") || !strcmp(name, "..")) {
        seterr(err, errlen, "\"%s\": a name must be 1 to %d characters, not . or .., no '/'",
               name, DIRSIZ);
        return 0;
    }
    return 1;
}

/* Does directory dir already have an entry called name? */
static int dir_has(struct fsimage *img, uint32_t dir, const char *name)
{
    struct dinode *di = inode_at(img, dir);
    for (uint32_t off = 0; off < di->size; off += sizeof(struct dirent)) {
        uint32_t b = bmap_alloc(img, di, off / BSIZE);
        const struct dirent *de = (const struct dirent *)(fsimage_block(img, b) + off % BSIZE);
        if (de->inum != 0 && strncmp(de->name, name, DIRSIZ) == 0)
            return 1;
    }
    return 0;
}

static int dir_add(struct fsimage *img, uint32_t dir, const char *name, uint32_t inum)
{
    struct dirent de;
    memset(&de, 0, sizeof de);
    de.inum = (uint16_t)inum;
    memcpy(de.name, name, strnlen(name, DIRSIZ));   /* NUL-padded, maybe not terminated */
    return inode_append(img, dir, &de, sizeof de);
}

/* Allocate an inode of type and name it in dir; 0 with err on failure. */
static uint32_t create(struct fsimage *img, uint32_t dir, const char *name, int16_t type,
                       char *err, size_t errlen)
{
    if (!name_ok(name, err, errlen))
        return 0;
    if (dir_has(img, dir, name)) {
        seterr(err, errlen, "\"%s\": already in the directory", name);
        return 0;
    }
    uint32_t inum = inode_alloc(img, type);
    if (inum == 0) {
        seterr(err, errlen, "\"%s\": out of inodes (%u)", name, img->sb.ninodes);
        return 0;
    }
    if (inum > UINT16_MAX) {
        seterr(err, errlen, "\"%s\": inode %u does not fit a directory entry", name, inum);
        return 0;
    }
    if (dir_add(img, dir, name, inum) < 0) {
        seterr(err, errlen, "\"%s\": out of blocks", name);
        return 0;
    }
    inode_at(img, inum)->nlink = 1;
    return inum;
}

int fsb_format(struct fsimage *img, const struct fsb_layout *lay, char *err, size_t errlen)
{
    uint32_t ninodeblocks = (uint32_t)((lay->ninodes + IPB - 1) / IPB);
    uint32_t nbitmap = (lay->nblocks_total + BPB - 1) / BPB;
    uint64_t meta = 2 + (uint64_t)lay->nlog + ninodeblocks + nbitmap;
    if (lay->nlog < 2 || lay->nlog > LOGSIZE + 1) {
        seterr(err, errlen, "log of %u blocks: must be 2 to %d", lay->nlog, LOGSIZE + 1);
        return -1;
    }
    if (lay->ninodes < 2 || lay->ninodes > UINT16_MAX + 1u) {
        seterr(err, errlen, "%u inodes: must be 2 to %u (a directory entry holds 16 bits)",
               lay->ninodes, UINT16_MAX + 1u);
        return -1;
    }
    if (meta + 16 > lay->nblocks_total) {
        seterr(err, errlen, "%u blocks: too few for the metadata (%llu) and some data",
               lay->nblocks_total, (unsigned long long)meta);
        return -1;
    }
    img->nbytes = (size_t)lay->nblocks_total * BSIZE;
    img->data = calloc(1, img->nbytes);
    if (!img->data) {
        seterr(err, errlen, "out of memory for a %zu-byte image", img->nbytes);
        return -1;
    }
    struct superblock *sb = &img->sb;
    sb->magic = FS_MAGIC;
    sb->size = lay->nblocks_total;
    sb->nlog = lay->nlog;
    sb->logstart = 2;
    sb->inodestart = sb->logstart + sb->nlog;
    sb->bmapstart = sb->inodestart + ninodeblocks;
    sb->ninodes = lay->ninodes;
    sb->nblocks = sb->size - (uint32_t)meta;
    memcpy(fsimage_block(img, 1), sb, sizeof *sb);
    /* Boot block, superblock, log, inodes and bitmap are never free. */
    for (uint32_t b = 0; b < meta; b++)
        bitmap_set(img, b);

    uint32_t root = inode_alloc(img, T_DIR);
    if (root != ROOTINO) {
        seterr(err, errlen, "internal: root got inode %u", root);
        return -1;
    }
    if (dir_add(img, root, ".", root) < 0 || dir_add(img, root, "..", root) < 0) {
        seterr(err, errlen, "out of blocks for the root directory");
        return -1;
    }
    inode_at(img, root)->nlink = 2;
    return 0;
}

uint32_t fsb_mkdir(struct fsimage *img, uint32_t dir, const char *name, char *err, size_t errlen)
{
    uint32_t inum = create(img, dir, name, T_DIR, err, errlen);
    if (!inum)
        return 0;
    if (dir_add(img, inum, ".", inum) < 0 || dir_add(img, inum, "..", dir) < 0) {
        seterr(err, errlen, "\"%s\": out of blocks", name);
        return 0;
    }
    inode_at(img, inum)->nlink = 2;
    inode_at(img, dir)->nlink++;
    return inum;
}

uint32_t fsb_addfile(struct fsimage *img, uint32_t dir, const char *name,
                     const void *bytes, size_t len, char *err, size_t errlen)
{
    if (len > (uint64_t)MAXFILE * BSIZE) {
        seterr(err, errlen, "\"%s\": %zu bytes is more than the largest file (%llu)", name, len,
               (unsigned long long)MAXFILE * BSIZE);
        return 0;
    }
    uint32_t inum = create(img, dir, name, T_FILE, err, errlen);
    if (inum && inode_append(img, inum, bytes, len) < 0) {
        seterr(err, errlen, "\"%s\": out of blocks (image of %u blocks)", name, img->sb.size);
        return 0;
    }
    return inum;
}

uint32_t fsb_symlink(struct fsimage *img, uint32_t dir, const char *name, const char *target,
                     char *err, size_t errlen)
{
    size_t len = strlen(target);
    if (len == 0 || len >= MAXPATH) {
        seterr(err, errlen, "\"%s\": a link target must be 1 to %d bytes", name, MAXPATH - 1);
        return 0;
    }
    uint32_t inum = create(img, dir, name, T_SYMLINK, err, errlen);
    if (inum && inode_append(img, inum, target, len) < 0) {
        seterr(err, errlen, "\"%s\": out of blocks", name);
        return 0;
    }
    return inum;
}
