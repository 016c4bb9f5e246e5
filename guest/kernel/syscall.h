/*
 * System calls (syscall.c): dispatch by number through the table generated from
 * syscalls.def, and fetching the arguments from the trapframe. Handlers live in
 * sys_proc.c (processes and memory), sys_file.c (file descriptors) and sys_fs.c
 * (names in the file system); each returns the result for a0, -1 on error.
 */
#ifndef KERNEL_SYSCALL_H
#define KERNEL_SYSCALL_H

#include <stdint.h>

void syscall(void);
int arg_int(int n);
uint64_t arg_addr(int n);
int arg_string(int n, char *buf, int max);

#define SYSCALL(num, name, handler, args) int64_t handler(void);
#include "syscalls.def"
#undef SYSCALL

#endif
