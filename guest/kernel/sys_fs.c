/*
 * System calls on names in the file system: open, mkdir, mknod, chdir, link,
 * unlink, symlink. Each runs as one transaction (log.h).
 *
 * Link counts follow Unix: an inode's nlink is the number of directory entries
 * naming it, "." and ".." included. A new directory starts at 2 (its entry in the
 * parent and its own "."), and its ".." adds one to the parent.
 */
#include "file.h"
#include "fs.h"
#include "kernel.h"
#include "kmalloc.h"
#include "log.h"
#include "proc.h"
#include "syscall.h"

/* Create path as a new inode of the given type and return it locked. If the name
 * exists: for T_FILE, an existing file or device is returned (locked) instead, for
 * open(O_CREATE); otherwise it fails. Returns 0 on failure. */
static struct inode *create(const char *path, int16_t type, int16_t major, int16_t minor)
{
    char name[DIRSIZ];
    struct inode *dp = path_resolve_parent(path, name);
    if (dp == 0)
        return 0;
    inode_lock(dp);
    if (dp->nlink == 0) {               /* a removed directory takes no new entries */
        inode_unlock_put(dp);
        return 0;
    }

    struct inode *ip = dir_lookup(dp, name, 0);
    if (ip) {
        inode_unlock_put(dp);
        inode_lock(ip);
        if (type == T_FILE && (ip->type == T_FILE || ip->type == T_DEVICE))
            return ip;
        inode_unlock_put(ip);
        return 0;
    }

    if ((ip = inode_alloc(dp->dev, type)) == 0) {
        inode_unlock_put(dp);
        return 0;
    }
    inode_lock(ip);
    ip->major = major;
    ip->minor = minor;
    ip->nlink = type == T_DIR ? 2 : 1;
    inode_update(ip);

    if (type == T_DIR) {
        if (dir_link(ip, ".", ip->inum) != 0 || dir_link(ip, "..", dp->inum) != 0)
            goto undo;
    }
    if (dir_link(dp, name, ip->inum) != 0)
        goto undo;
    if (type == T_DIR) {
        dp->nlink++;                    /* the child's ".." */
        inode_update(dp);
    }
    inode_unlock_put(dp);
    return ip;

undo:                                   /* disk full: free the new inode again */
    ip->nlink = 0;
    inode_update(ip);
    inode_unlock_put(ip);
    inode_unlock_put(dp);
    return 0;
}

/* open(path, flags): see uapi.h for the flags. Symlinks are followed unless
 * O_NOFOLLOW, which opens a symlink itself (read-only: read() returns the target). */
int64_t sys_open(void)
{
    char path[MAXPATH];
    int flags = arg_int(1);
    if (arg_string(0, path, sizeof path) < 0)
        return -1;
    int writing = (flags & (O_WRONLY | O_RDWR)) != 0;

    tx_begin();
    struct inode *ip = path_resolve(path, !(flags & O_NOFOLLOW));
    if (ip)
        inode_lock(ip);
    else if (flags & O_CREATE)
        ip = create(path, T_FILE, 0, 0);
    if (ip == 0) {
        tx_end();
        return -1;
    }
    struct file *f = 0;
    int fd = -1;
    int allowed = !(writing && (ip->type == T_DIR || ip->type == T_SYMLINK)) &&
                  !(ip->type == T_DEVICE && (ip->major < 0 || ip->major >= NDEV));
    if (!allowed || (f = file_alloc()) == 0 || (fd = fd_alloc(f)) < 0) {
        kfree(f);
        inode_unlock_put(ip);
        tx_end();
        return -1;
    }
    f->kind = ip->type == T_DEVICE ? FILE_DEVICE : FILE_INODE;
    f->major = ip->major;
    f->ip = ip;
    f->off = 0;
    f->readable = !(flags & O_WRONLY);
    f->writable = writing;
    if ((flags & O_TRUNC) && ip->type == T_FILE)
        inode_truncate(ip);
    inode_unlock(ip);
    tx_end();
    return fd;
}

/* mkdir(path) */
int64_t sys_mkdir(void)
{
    char path[MAXPATH];
    if (arg_string(0, path, sizeof path) < 0)
        return -1;
    tx_begin();
    struct inode *ip = create(path, T_DIR, 0, 0);
    if (ip)
        inode_unlock_put(ip);
    tx_end();
    return ip ? 0 : -1;
}

/* mknod(path, major, minor): a device file; major indexes devsw. */
int64_t sys_mknod(void)
{
    char path[MAXPATH];
    int major = arg_int(1), minor = arg_int(2);
    if (arg_string(0, path, sizeof path) < 0 || major < 0 || major >= NDEV ||
        minor < 0 || minor > INT16_MAX)
        return -1;
    tx_begin();
    struct inode *ip = create(path, T_DEVICE, (int16_t)major, (int16_t)minor);
    if (ip)
        inode_unlock_put(ip);
    tx_end();
    return ip ? 0 : -1;
}

/* chdir(path): path must name a directory (after following symlinks). */
int64_t sys_chdir(void)
{
    char path[MAXPATH];
    if (arg_string(0, path, sizeof path) < 0)
        return -1;
    struct proc *p = current_proc();
    tx_begin();
    struct inode *ip = path_resolve(path, 1);
    if (ip == 0) {
        tx_end();
        return -1;
    }
    inode_lock(ip);
    if (ip->type != T_DIR) {
        inode_unlock_put(ip);
        tx_end();
        return -1;
    }
    inode_unlock(ip);
    inode_put(p->cwd);
    p->cwd = ip;
    tx_end();
    return 0;
}

/* link(old, new): another name for old, which may not be a directory. A symlink
 * old is linked itself, not followed. */
int64_t sys_link(void)
{
    char old[MAXPATH], new[MAXPATH], name[DIRSIZ];
    if (arg_string(0, old, sizeof old) < 0 || arg_string(1, new, sizeof new) < 0)
        return -1;
    tx_begin();
    struct inode *ip = path_resolve(old, 0);
    if (ip == 0) {
        tx_end();
        return -1;
    }
    inode_lock(ip);
    if (ip->type == T_DIR) {
        inode_unlock_put(ip);
        tx_end();
        return -1;
    }
    ip->nlink++;                        /* first, so a crash never leaves too few */
    inode_update(ip);
    inode_unlock(ip);

    struct inode *dp = path_resolve_parent(new, name);
    if (dp) {
        inode_lock(dp);
        if (dp->dev == ip->dev && dp->nlink > 0 && dir_link(dp, name, ip->inum) == 0) {
            inode_unlock_put(dp);
            inode_put(ip);
            tx_end();
            return 0;
        }
        inode_unlock_put(dp);
    }
    inode_lock(ip);                     /* undo */
    ip->nlink--;
    inode_update(ip);
    inode_unlock_put(ip);
    tx_end();
    return -1;
}

/* unlink(path): remove a directory entry; a directory must be empty. The inode is
 * freed when no entry names it and no process has it open (inode_put). */
int64_t sys_unlink(void)
{
    char path[MAXPATH], name[DIRSIZ];
    if (arg_string(0, path, sizeof path) < 0)
        return -1;
    tx_begin();
    struct inode *dp = path_resolve_parent(path, name);
    if (dp == 0) {
        tx_end();
        return -1;
    }
    inode_lock(dp);
    uint32_t off;
    struct inode *ip = 0;
    if (name_equal(name, ".") || name_equal(name, "..") || (ip = dir_lookup(dp, name, &off)) == 0)
        goto fail;
    inode_lock(ip);
    if (ip->nlink < 1)
        panic("unlink: inode %u has no links", ip->inum);
    if (ip->type == T_DIR && !dir_is_empty(ip)) {
        inode_unlock_put(ip);
        goto fail;
    }

    struct dirent empty;
    memset(&empty, 0, sizeof empty);
    if (inode_write(dp, KERNEL_SPACE, (uint64_t)&empty, off, sizeof empty) != sizeof empty)
        panic("unlink: cannot clear the directory entry");
    if (ip->type == T_DIR) {
        dp->nlink--;                    /* the child's ".." */
        inode_update(dp);
        ip->nlink -= 2;                 /* its entry here and its own "." */
    } else {
        ip->nlink--;
    }
    inode_update(ip);
    inode_unlock_put(ip);
    inode_unlock_put(dp);
    tx_end();
    return 0;

fail:
    inode_unlock_put(dp);
    tx_end();
    return -1;
}

/* symlink(target, linkpath): a symbolic link at linkpath whose contents are the
 * (non-empty) text target; target need not exist. */
int64_t sys_symlink(void)
{
    char target[MAXPATH], path[MAXPATH];
    int len = arg_string(0, target, sizeof target);
    if (len <= 0 || arg_string(1, path, sizeof path) < 0)
        return -1;
    tx_begin();
    struct inode *ip = create(path, T_SYMLINK, 0, 0);
    if (ip == 0) {
        tx_end();
        return -1;
    }
    int written = inode_write(ip, KERNEL_SPACE, (uint64_t)target, 0, (uint32_t)len);
    inode_unlock_put(ip);
    tx_end();
    return written == len ? 0 : -1;
}
