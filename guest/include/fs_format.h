/*
 * The on-disk layout of the file system, shared by the kernel (guest/kernel), mkfs and
 * fsck (guest/mkfs). A disk is an array of BSIZE-byte blocks:
 *
 *   block 0      boot block (unused)
 *   block 1      superblock
 *   log          nlog blocks from logstart: header block, then logged copies
 *   inodes       from inodestart, IPB inodes per block
 *   bitmap       from bmapstart, one bit per block of the disk (1 = in use)
 *   data         everything after
 *
 * Numbers are little-endian (RISC-V and the host tools' x86-64 agree).
 */
#ifndef RVSCOPE_GUEST_FS_FORMAT_H
#define RVSCOPE_GUEST_FS_FORMAT_H

#include <stdint.h>

#define BSIZE 1024                  /* block size in bytes */
#define FS_MAGIC 0x52565346u        /* "RVSF" */
#define ROOTINO 1                   /* inode number of "/" */

struct superblock {
    uint32_t magic;       /* FS_MAGIC */
    uint32_t size;        /* blocks in the image */
    uint32_t nblocks;     /* data blocks */
    uint32_t ninodes;
    uint32_t nlog;        /* log blocks, header included */
    uint32_t logstart;
    uint32_t inodestart;
    uint32_t bmapstart;
};

/* Block addresses in an inode: NDIRECT direct, one indirect block of NINDIRECT
 * addresses, one double-indirect block of NINDIRECT indirect blocks. */
#define NDIRECT 11
#define NINDIRECT (BSIZE / sizeof(uint32_t))
#define MAXFILE (NDIRECT + NINDIRECT + NINDIRECT * NINDIRECT)   /* blocks: ~64 MiB */

struct dinode {
    int16_t type;                   /* T_* from uapi.h; 0 = free */
    int16_t major, minor;           /* T_DEVICE only */
    int16_t nlink;                  /* directory entries naming this inode */
    uint32_t size;                  /* bytes */
    uint32_t addrs[NDIRECT + 2];    /* direct..., indirect, double indirect */
};

#define IPB (BSIZE / sizeof(struct dinode))        /* inodes per block */
#define IBLOCK(inum, sb) ((inum) / IPB + (sb).inodestart)
#define BPB (BSIZE * 8)                              /* bitmap bits per block */
#define BBLOCK(b, sb) ((b) / BPB + (sb).bmapstart)

#define DIRSIZ 14
struct dirent {
    uint16_t inum;                  /* 0 = free slot */
    char name[DIRSIZ];              /* NUL-padded, not always NUL-terminated */
};

/* The log header (block logstart): n committed blocks, and where each one belongs. A
 * nonzero n at boot means a committed transaction to install (crash recovery). */
#define LOGSIZE 30                  /* max data blocks in one transaction */
struct logheader {
    uint32_t n;
    uint32_t block[LOGSIZE];
};

#define MAXPATH 128
#define SYMLINK_DEPTH 10            /* symbolic links followed before giving up */

#endif
