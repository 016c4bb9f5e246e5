/*
 * The user library: system calls (stubs generated from guest/include/syscalls.def by
 * usys.S), and the small C library every program links (ulib.c, printf.c, umalloc.c).
 * User programs are freestanding: this header is all the C library there is.
 */
#ifndef RVSCOPE_USER_H
#define RVSCOPE_USER_H

#include <stdarg.h>
#include <stddef.h>
#include <stdint.h>

#include "uapi.h"

/* ---- system calls: one per row of syscalls.def, arguments as its kinds say ---------- */
int fork(void);
void exit(int status) __attribute__((noreturn));
int wait(int *status);                      /* status may be 0 */
int pipe(int fds[2]);
int read(int fd, void *buf, int n);
int kill(int pid);
int exec(const char *path, char **argv);
int fstat(int fd, struct stat *st);
int chdir(const char *path);
int dup(int fd);
int getpid(void);
char *sbrk(int increment);                  /* old break, or (char *)-1 */
int sleep(int ticks);
int uptime(void);
int open(const char *path, int flags);
int write(int fd, const void *buf, int n);
int mknod(const char *path, int major, int minor);
int unlink(const char *path);
int link(const char *oldpath, const char *newpath);
int mkdir(const char *path);
int close(int fd);
int symlink(const char *target, const char *linkpath);
int procinfo(struct procinfo *buf, int max);
int freemem(void);

/* ---- ulib.c ------------------------------------------------------------------------ */
size_t strlen(const char *s);
char *strcpy(char *dst, const char *src);
char *strncpy(char *dst, const char *src, size_t n);
int strcmp(const char *a, const char *b);
int strncmp(const char *a, const char *b, size_t n);
char *strchr(const char *s, int c);
char *strstr(const char *hay, const char *needle);
void *memset(void *dst, int c, size_t n);
void *memcpy(void *dst, const void *src, size_t n);
void *memmove(void *dst, const void *src, size_t n);
int memcmp(const void *a, const void *b, size_t n);
int atoi(const char *s);
/* Read one line (up to max-1 bytes, the newline kept) from fd; "" at end of file. */
char *fgets_fd(int fd, char *buf, int max);
/* stat by path: open, fstat, close (symbolic links followed). */
int stat(const char *path, struct stat *st);

/* ---- printf.c ---------------------------------------------------------------------- */
/* %d %i %u %x %p %s %c %%, with l/ll, a width and a '0' or '-' flag. */
int printf(const char *fmt, ...) __attribute__((format(printf, 1, 2)));
int fprintf(int fd, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
int vfprintf(int fd, const char *fmt, va_list ap);
int snprintf(char *buf, size_t size, const char *fmt, ...) __attribute__((format(printf, 3, 4)));
int vsnprintf(char *buf, size_t size, const char *fmt, va_list ap);

/* ---- umalloc.c --------------------------------------------------------------------- */
void *malloc(size_t n);
void free(void *p);

#endif
