/*
 * The file system (on-disk format: fs_format.h). From the bottom up:
 *   super.c    the superblock; mounting (fs_init)
 *   balloc.c   the free-block bitmap
 *   inode.c    inodes: the in-memory cache, allocation, locking, read and write
 *   bmap.c     an inode's block map: direct, indirect, double-indirect blocks
 *   dir.c      directories: arrays of struct dirent
 *   path.c     path names, following symbolic links
 */
#ifndef KERNEL_FS_H
#define KERNEL_FS_H

#include <stdint.h>

#include "fs_format.h"
#include "sleeplock.h"
#include "uapi.h"
#include "vm.h"

/* An inode in memory: identity and reference count (guarded by the inode cache's
 * spinlock), and a copy of the disk inode (guarded by the sleep-lock, valid once
 * read). */
struct inode {
    uint32_t dev;
    uint32_t inum;
    int refs;                   /* struct inode pointers held: cwd, open files, ... */
    struct sleeplock lock;
    int valid;                  /* the fields below hold the disk inode */
    int16_t type;
    int16_t major, minor;
    int16_t nlink;
    uint32_t size;
    uint32_t addrs[NDIRECT + 2];
};

/* super.c */
extern struct superblock sb;
void fs_init(uint32_t dev);

/* balloc.c */
uint32_t block_alloc(uint32_t dev);
void block_free(uint32_t dev, uint32_t b);

/* inode.c */
void inode_cache_init(void);
struct inode *inode_alloc(uint32_t dev, int16_t type);
struct inode *inode_get(uint32_t dev, uint32_t inum);
struct inode *inode_dup(struct inode *ip);
void inode_lock(struct inode *ip);
void inode_unlock(struct inode *ip);
void inode_put(struct inode *ip);
void inode_unlock_put(struct inode *ip);
void inode_update(struct inode *ip);
void inode_truncate(struct inode *ip);
void inode_stat(struct inode *ip, struct stat *st);
int inode_read(struct inode *ip, enum space space, uint64_t dst, uint32_t off, uint32_t n);
int inode_write(struct inode *ip, enum space space, uint64_t src, uint32_t off, uint32_t n);

/* bmap.c */
uint32_t inode_block(struct inode *ip, uint32_t n, int create);
void inode_free_blocks(struct inode *ip);

/* dir.c */
int name_equal(const char *a, const char *b);
struct inode *dir_lookup(struct inode *dp, const char *name, uint32_t *offp);
int dir_link(struct inode *dp, const char *name, uint32_t inum);
int dir_is_empty(struct inode *dp);

/* path.c */
struct inode *path_resolve(const char *path, int follow_last);
struct inode *path_resolve_parent(const char *path, char name[DIRSIZ]);

#endif
