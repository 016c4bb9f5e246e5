/*
 * The unit tests' one check: count a pass, or print "FAIL <test>: <message>" and count a
 * failure. A test sets check_current to its name; main prints the totals with
 * check_report() and returns its result as the exit status.
 */
#ifndef RVSCOPE_TEST_CHECK_H
#define RVSCOPE_TEST_CHECK_H

#include <stdarg.h>
#include <stdbool.h>
#include <stdio.h>

static unsigned long n_pass, n_fail;
static const char *current;   /* the test being run, for failure messages */

static void check(bool ok, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
static void check(bool ok, const char *fmt, ...)
{
    if (ok) {
        n_pass++;
        return;
    }
    n_fail++;
    printf("FAIL %s: ", current);
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
}

#endif
