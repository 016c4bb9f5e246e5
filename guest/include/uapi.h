/*
 * The kernel/user-space interface besides the system-call table (syscalls.def):
 * flags, and the structures system calls copy between the two. Included by the kernel,
 * the user library and the host tools; plain C, no kernel types.
 */
#ifndef RVSCOPE_GUEST_UAPI_H
#define RVSCOPE_GUEST_UAPI_H

#include <stdint.h>

/* open() flags */
#define O_RDONLY   0x000
#define O_WRONLY   0x001
#define O_RDWR     0x002
#define O_CREATE   0x200
#define O_TRUNC    0x400
#define O_NOFOLLOW 0x800   /* open the symbolic link itself */

/* File types, as in struct stat and on disk (fs_format.h). */
#define T_DIR     1
#define T_FILE    2
#define T_DEVICE  3
#define T_SYMLINK 4

struct stat {
    int32_t dev;       /* device of the file system */
    uint32_t ino;      /* inode number */
    int16_t type;      /* T_* */
    int16_t nlink;
    uint64_t size;     /* bytes */
};

/* Device numbers (mknod major) */
#define DEV_CONSOLE 1

/* procinfo(): one entry per live process, for ps and the tests. */
#define PROCINFO_NAME 16
enum procinfo_state { PI_UNUSED, PI_USED, PI_SLEEPING, PI_RUNNABLE, PI_RUNNING, PI_ZOMBIE };
struct procinfo {
    int32_t pid;
    int32_t ppid;
    int32_t state;            /* enum procinfo_state */
    int32_t killed;
    uint64_t size;            /* bytes of user memory */
    char name[PROCINFO_NAME];
};

#endif
