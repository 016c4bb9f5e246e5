/*
 * Open files (file.c): what a file descriptor refers to - an inode, a pipe
 * (pipe.c) or a device - with the offset and access mode; and the device table.
 */
#ifndef KERNEL_FILE_H
#define KERNEL_FILE_H

#include <stdint.h>

#include "param.h"

struct inode;
struct pipe;

enum file_kind { FILE_INODE, FILE_PIPE, FILE_DEVICE };

struct file {
    enum file_kind kind;
    int refs;                   /* descriptors (in any process) naming it */
    int readable, writable;
    struct inode *ip;           /* FILE_INODE, FILE_DEVICE */
    uint32_t off;               /* FILE_INODE: next byte to read or write */
    struct pipe *pipe;          /* FILE_PIPE */
    int pipe_writer;            /* FILE_PIPE: which end */
    int16_t major;              /* FILE_DEVICE */
};

/* Device files: a T_DEVICE inode's major number indexes this table. */
struct devsw {
    int (*read)(uint64_t user_dst, int n);
    int (*write)(uint64_t user_src, int n);
};
extern struct devsw devsw[NDEV];

struct file *file_alloc(void);
int fd_alloc(struct file *f);
struct file *file_dup(struct file *f);
void file_close(struct file *f);
int file_stat(struct file *f, uint64_t user_st);
int file_read(struct file *f, uint64_t user_dst, int n);
int file_write(struct file *f, uint64_t user_src, int n);

/* pipe.c */
int pipe_create(struct file **rf, struct file **wf);
void pipe_close(struct pipe *pi, int writer);
int pipe_read(struct pipe *pi, uint64_t user_dst, int n);
int pipe_write(struct pipe *pi, uint64_t user_src, int n);

#endif
