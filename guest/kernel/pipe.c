/*
 * Pipes: a PIPE_SIZE-byte ring buffer between a read end and a write end, each an
 * open file. Readers sleep while it is empty (until a writer writes or the last
 * writer closes: end of file); writers sleep while it is full (until a reader
 * reads; with no reader left, the write fails).
 */
#include "file.h"
#include "kernel.h"
#include "kmalloc.h"
#include "proc.h"
#include "sched.h"
#include "spinlock.h"
#include "vm.h"

#define PIPE_SIZE 512

struct pipe {
    struct spinlock lock;
    char data[PIPE_SIZE];
    uint32_t nread;             /* bytes read so far (the ring index is % PIPE_SIZE) */
    uint32_t nwrite;            /* bytes written so far */
    int read_open, write_open;  /* are the ends still open? */
};

/* Make a pipe and two open files for its ends. 0, or -1 if out of memory. */
int pipe_create(struct file **rf, struct file **wf)
{
    struct pipe *pi = kmalloc(sizeof *pi);
    *rf = file_alloc();
    *wf = file_alloc();
    if (pi == 0 || *rf == 0 || *wf == 0) {
        kfree(pi);
        kfree(*rf);
        kfree(*wf);
        return -1;
    }
    spin_init(&pi->lock, "pipe");
    pi->read_open = pi->write_open = 1;
    (*rf)->kind = (*wf)->kind = FILE_PIPE;
    (*rf)->pipe = (*wf)->pipe = pi;
    (*rf)->readable = 1;
    (*wf)->writable = 1;
    (*wf)->pipe_writer = 1;
    return 0;
}

/* Close one end; the pipe is freed when both are closed. */
void pipe_close(struct pipe *pi, int writer)
{
    spin_lock(&pi->lock);
    if (writer) {
        pi->write_open = 0;
        wakeup(&pi->nread);
    } else {
        pi->read_open = 0;
        wakeup(&pi->nwrite);
    }
    int gone = !pi->read_open && !pi->write_open;
    spin_unlock(&pi->lock);
    if (gone)
        kfree(pi);
}

/* Write n bytes from user memory. Returns n, or -1 if the read end is closed, the
 * writer was killed or the buffer is bad. */
int pipe_write(struct pipe *pi, uint64_t user_src, int n)
{
    struct proc *p = current_proc();
    int done = 0;
    spin_lock(&pi->lock);
    while (done < n) {
        if (!pi->read_open || proc_killed(p)) {
            spin_unlock(&pi->lock);
            return -1;
        }
        uint32_t space = PIPE_SIZE - (pi->nwrite - pi->nread);
        if (space == 0) {
            wakeup(&pi->nread);
            sleep(&pi->nwrite, &pi->lock);
            continue;
        }
        uint32_t at = pi->nwrite % PIPE_SIZE;
        uint32_t chunk = MIN(MIN(space, (uint32_t)(n - done)), PIPE_SIZE - at);
        if (copy_from_user(&pi->data[at], user_src + (uint64_t)done, chunk) != 0) {
            spin_unlock(&pi->lock);
            return -1;
        }
        pi->nwrite += chunk;
        done += (int)chunk;
    }
    wakeup(&pi->nread);
    spin_unlock(&pi->lock);
    return done;
}

/* Read up to n bytes into user memory, waiting for at least one. Returns the
 * count, 0 when the pipe is empty and has no writer, or -1 if killed or the
 * buffer is bad. */
int pipe_read(struct pipe *pi, uint64_t user_dst, int n)
{
    struct proc *p = current_proc();
    spin_lock(&pi->lock);
    while (pi->nread == pi->nwrite && pi->write_open) {
        if (proc_killed(p)) {
            spin_unlock(&pi->lock);
            return -1;
        }
        sleep(&pi->nread, &pi->lock);
    }
    int done = 0;
    while (done < n && pi->nread != pi->nwrite) {
        uint32_t at = pi->nread % PIPE_SIZE;
        uint32_t avail = pi->nwrite - pi->nread;
        uint32_t chunk = MIN(MIN(avail, (uint32_t)(n - done)), PIPE_SIZE - at);
        if (copy_to_user(user_dst + (uint64_t)done, &pi->data[at], chunk) != 0) {
            if (done == 0)
                done = -1;
            break;
        }
        pi->nread += chunk;
        done += (int)chunk;
    }
    wakeup(&pi->nwrite);
    spin_unlock(&pi->lock);
    return done;
}
