/*
 * System calls on file descriptors: read, write, close, dup, fstat, pipe. A file
 * descriptor is an index into the process's ofile[] table of open files.
 */
#include "file.h"
#include "kernel.h"
#include "proc.h"
#include "syscall.h"
#include "vm.h"

/* The open file that argument n names as a descriptor, or 0 if it is not one. */
static struct file *arg_file(int n, int *fdp)
{
    int fd = arg_int(n);
    if (fd < 0 || fd >= NOFILE)
        return 0;
    struct file *f = current_proc()->ofile[fd];
    if (f && fdp)
        *fdp = fd;
    return f;
}

/* read(fd, buf, n) -> bytes read, 0 at end of file */
int64_t sys_read(void)
{
    struct file *f = arg_file(0, 0);
    return f ? file_read(f, arg_addr(1), arg_int(2)) : -1;
}

/* write(fd, buf, n) -> n */
int64_t sys_write(void)
{
    struct file *f = arg_file(0, 0);
    return f ? file_write(f, arg_addr(1), arg_int(2)) : -1;
}

/* close(fd) */
int64_t sys_close(void)
{
    int fd;
    struct file *f = arg_file(0, &fd);
    if (f == 0)
        return -1;
    current_proc()->ofile[fd] = 0;
    file_close(f);
    return 0;
}

/* dup(fd) -> a new descriptor for the same open file */
int64_t sys_dup(void)
{
    struct file *f = arg_file(0, 0);
    if (f == 0)
        return -1;
    int fd = fd_alloc(f);
    if (fd < 0)
        return -1;
    file_dup(f);
    return fd;
}

/* fstat(fd, struct stat *) */
int64_t sys_fstat(void)
{
    struct file *f = arg_file(0, 0);
    return f ? file_stat(f, arg_addr(1)) : -1;
}

/* pipe(fds): fds[0] = read end, fds[1] = write end. */
int64_t sys_pipe(void)
{
    uint64_t ufds = arg_addr(0);
    struct file *rf, *wf;
    if (pipe_create(&rf, &wf) != 0)
        return -1;
    int fds[2] = { fd_alloc(rf), -1 };
    if (fds[0] >= 0)
        fds[1] = fd_alloc(wf);
    if (fds[1] < 0 || copy_to_user(ufds, fds, sizeof fds) != 0) {
        struct proc *p = current_proc();
        if (fds[0] >= 0)
            p->ofile[fds[0]] = 0;
        if (fds[1] >= 0)
            p->ofile[fds[1]] = 0;
        file_close(rf);
        file_close(wf);
        return -1;
    }
    return 0;
}
