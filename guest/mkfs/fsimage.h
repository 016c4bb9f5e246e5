/*
 * fsimage: a file-system image held in host memory, as mkfs builds it and fsck reads it.
 * The on-disk format is guest/include/fs_format.h; this file adds only host-side helpers.
 *
 *   struct fsimage      the bytes of the image, its length, and the superblock
 *   fsimage_load/save   whole-file read and write, with one-line errors
 *   fsb_*               the builder mkfs uses: directories, files, symbolic links
 *   fsck_check          the checker fsck and the unit tests use
 */
#ifndef RVSCOPE_FSIMAGE_H
#define RVSCOPE_FSIMAGE_H

#include <stddef.h>
#include <stdint.h>
#include <stdio.h>

#include "fs_format.h"
#include "uapi.h"

struct fsimage {
    uint8_t *data;              /* nbytes bytes, the whole image */
    size_t nbytes;
    struct superblock sb;       /* a host copy of block 1 (valid after fsck_layout_ok) */
};

/* Block b of the image; the caller has checked b is inside it. */
static inline uint8_t *fsimage_block(struct fsimage *img, uint32_t b)
{
    return img->data + (size_t)b * BSIZE;
}

/* Read FILE into img (malloc'ed). On failure prints "PROG: FILE: why" to stderr and
 * returns -1. */
int fsimage_load(struct fsimage *img, const char *prog, const char *path);
/* Write img back to FILE; same error convention. */
int fsimage_save(const struct fsimage *img, const char *prog, const char *path);
void fsimage_free(struct fsimage *img);

/* ---- builder (mkfs) ------------------------------------------------------------- */

struct fsb_layout {
    uint32_t nblocks_total;     /* blocks in the image */
    uint32_t ninodes;           /* inode numbers 0..ninodes-1 (0 is never used) */
    uint32_t nlog;              /* log blocks, header included */
};

/* The default image: 12 MiB, room for the programs and an 8 MiB file (usertests
 * file_big) but small enough that filling it (out_of_blocks) is quick. 400 inodes
 * are 25 blocks, which the kernel's buffer cache holds whole while it looks for a
 * free inode (out_of_inodes creates them all; with 1024, every create read the
 * inode table from disk). */
#define FSB_DEFAULT_BLOCKS 12288
#define FSB_DEFAULT_INODES 400
#define FSB_DEFAULT_NLOG   (LOGSIZE + 1)

/* Build an empty file system: superblock, empty log, root directory ("." and ".."),
 * and the bitmap. Returns 0, or -1 with a message in err (errlen bytes). */
int fsb_format(struct fsimage *img, const struct fsb_layout *lay, char *err, size_t errlen);
/* Add an entry NAME in directory DIR for a new inode of TYPE; returns its number, or 0
 * with a message in err (no free inode, name too long or taken, no space). */
uint32_t fsb_mkdir(struct fsimage *img, uint32_t dir, const char *name, char *err, size_t errlen);
uint32_t fsb_addfile(struct fsimage *img, uint32_t dir, const char *name,
                     const void *bytes, size_t len, char *err, size_t errlen);
uint32_t fsb_symlink(struct fsimage *img, uint32_t dir, const char *name, const char *target,
                     char *err, size_t errlen);

/* ---- checker (fsck) ------------------------------------------------------------- */

enum fsck_result {
    FSCK_CLEAN = 0,             /* consistent, log empty */
    FSCK_CORRUPT = 1,           /* at least one error */
    FSCK_BAD_INPUT = 2,         /* not an image of this format at all */
    FSCK_NEEDS_RECOVERY = 3,    /* a committed log; consistent once it is installed */
};

struct fsck_report {
    unsigned errors;            /* problems found (after recovery, if there was a log) */
    unsigned warnings;          /* orphans: nlink 0 inodes still allocated */
    unsigned log_blocks;        /* committed blocks waiting in the log (0 = none) */
    unsigned inodes_used, blocks_used, dirs, files, symlinks, devices;
};

/* Check img (not modified). Every problem is printed to out as one line
 * "NAME: what"; NAME is the image's name in messages. */
enum fsck_result fsck_check(const struct fsimage *img, const char *name, FILE *out,
                            struct fsck_report *rep);

#endif
