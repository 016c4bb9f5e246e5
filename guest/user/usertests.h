/*
 * usertests: the kernel's test suite, run inside the guest. Every test is a function
 * named like the test, listed once in ut_list.h; each runs in a child process of its
 * own, so a test that crashes or is killed fails alone.
 *
 * Helpers for the tests (usertests.c):
 *   CHECK(cond)        fail the test (with file and line) unless cond holds
 *   ut_fail(fmt, ...)  fail the test with a message
 *   ut_child(fn)       run fn in a child; its exit status (a killed child: nonzero)
 *   ut_killed(fn)      run fn in a child that must be killed by the kernel (fault)
 *   ut_buf             a big scratch buffer: user stacks are one page, keep locals small
 */
#ifndef RVSCOPE_USERTESTS_H
#define RVSCOPE_USERTESTS_H

#include "user.h"
#include "fs_format.h"

#define CHECK(cond) \
    do { \
        if (!(cond)) \
            ut_fail("%s:%d: %s", __FILE__, __LINE__, #cond); \
    } while (0)

void ut_fail(const char *fmt, ...) __attribute__((noreturn, format(printf, 1, 2)));
int ut_child(void (*fn)(void));
int ut_killed(void (*fn)(void));
/* Wait for one child; its status, or fail the test when there is none. */
int ut_wait(int pid);

#define UT_BUF_SIZE (64 * 1024)
extern char ut_buf[UT_BUF_SIZE];

/* Addresses no user pointer may reach (see guest/kernel/memlayout.h). */
#define UT_MAXVA       (1ull << 38)
#define UT_KERNEL      ((char *)0x80000000ull)          /* kernel text, direct map */
#define UT_TRAMPOLINE  ((char *)(UT_MAXVA - 4096))      /* mapped without PTE_U */
#define UT_TRAPFRAME   ((char *)(UT_MAXVA - 2 * 4096))
#define UT_PAST_MAXVA  ((char *)UT_MAXVA)
#define UT_HIGH        ((char *)0xfffffffffffff000ull)   /* not a valid Sv39 address */

#define UT(name) void name(void);
#include "ut_list.h"
#undef UT

#endif
