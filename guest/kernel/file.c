/*
 * Open files. A struct file (from kmalloc) is shared by every descriptor that
 * names it - after dup() or fork() - and so is its offset. It refers to an inode
 * (regular file, directory or symlink opened with O_NOFOLLOW), one end of a pipe,
 * or a device, whose read and write functions come from devsw[major].
 */
#include "file.h"
#include "fs.h"
#include "kernel.h"
#include "kmalloc.h"
#include "log.h"
#include "proc.h"
#include "spinlock.h"

struct devsw devsw[NDEV];
static struct spinlock files_lock = { .name = "files", .hart = -1 };  /* guards every refs */

/* A new open file with one reference, or 0 if out of memory. */
struct file *file_alloc(void)
{
    struct file *f = kmalloc(sizeof *f);
    if (f)
        f->refs = 1;
    return f;
}

/* Give f the lowest free descriptor of the current process. Returns it, or -1 if
 * all NOFILE are in use (then the caller still owns its reference to f). */
int fd_alloc(struct file *f)
{
    struct proc *p = current_proc();
    for (int fd = 0; fd < NOFILE; fd++) {
        if (p->ofile[fd] == 0) {
            p->ofile[fd] = f;
            return fd;
        }
    }
    return -1;
}

/* One more descriptor names f. */
struct file *file_dup(struct file *f)
{
    spin_lock(&files_lock);
    if (f->refs < 1)
        panic("file_dup: closed file");
    f->refs++;
    spin_unlock(&files_lock);
    return f;
}

/* One descriptor less names f; the last close releases the pipe end or inode. */
void file_close(struct file *f)
{
    spin_lock(&files_lock);
    if (f->refs < 1)
        panic("file_close: closed file");
    if (--f->refs > 0) {
        spin_unlock(&files_lock);
        return;
    }
    spin_unlock(&files_lock);

    if (f->kind == FILE_PIPE) {
        pipe_close(f->pipe, f->pipe_writer);
    } else {
        tx_begin();
        inode_put(f->ip);
        tx_end();
    }
    kfree(f);
}

/* fstat(): copy f's struct stat to user address user_st. 0, or -1. */
int file_stat(struct file *f, uint64_t user_st)
{
    if (f->kind == FILE_PIPE)
        return -1;
    struct stat st;
    inode_lock(f->ip);
    inode_stat(f->ip, &st);
    inode_unlock(f->ip);
    return copy_to_user(user_st, &st, sizeof st);
}

/* read(): up to n bytes from f into user memory. Returns the count (0 at end of
 * file), or -1. */
int file_read(struct file *f, uint64_t user_dst, int n)
{
    if (!f->readable || n < 0)
        return -1;
    switch (f->kind) {
    case FILE_PIPE:
        return pipe_read(f->pipe, user_dst, n);
    case FILE_DEVICE:
        if (f->major < 0 || f->major >= NDEV || devsw[f->major].read == 0)
            return -1;
        return devsw[f->major].read(user_dst, n);
    case FILE_INODE: {
        inode_lock(f->ip);
        int r = inode_read(f->ip, USER_SPACE, user_dst, f->off, (uint32_t)n);
        if (r > 0)
            f->off += (uint32_t)r;
        inode_unlock(f->ip);
        return r;
    }
    }
    return -1;
}

/* Blocks one write transaction may add to a file: the log reserves MAXOPBLOCKS
 * per operation, and besides its data blocks a chunk may touch the inode block,
 * the indirect block, the double-indirect block and two of its tables, and two
 * bitmap blocks. */
#define WRITE_CHUNK_BLOCKS (MAXOPBLOCKS - 7)
_Static_assert(WRITE_CHUNK_BLOCKS >= 1, "MAXOPBLOCKS too small for a write");

/* write(): n bytes from user memory to f. Returns n, or -1 if not all of it could
 * be written (disk full, bad buffer, broken pipe). A file write is split into
 * transactions of WRITE_CHUNK_BLOCKS blocks, so a big write is not atomic, but
 * each piece is. */
int file_write(struct file *f, uint64_t user_src, int n)
{
    if (!f->writable || n < 0)
        return -1;
    switch (f->kind) {
    case FILE_PIPE:
        return pipe_write(f->pipe, user_src, n);
    case FILE_DEVICE:
        if (f->major < 0 || f->major >= NDEV || devsw[f->major].write == 0)
            return -1;
        return devsw[f->major].write(user_src, n);
    case FILE_INODE: {
        int done = 0;
        while (done < n) {
            uint32_t chunk = (uint32_t)MIN(n - done, WRITE_CHUNK_BLOCKS * BSIZE);
            tx_begin();
            inode_lock(f->ip);
            int r = inode_write(f->ip, USER_SPACE, user_src + (uint64_t)done, f->off, chunk);
            if (r > 0)
                f->off += (uint32_t)r;
            inode_unlock(f->ip);
            tx_end();
            if (r != (int)chunk)
                break;
            done += r;
        }
        return done == n ? n : -1;
    }
    }
    return -1;
}
