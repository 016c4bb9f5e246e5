/*
 * forktest: fill the process table. Fork until fork fails, with every child alive
 * (blocked reading a pipe), then let them all go, wait for each, and check that
 * the table has room again.
 */
#include "user.h"

#define MAXTRY 1000

static void fail(const char *why)
{
    printf("forktest: FAILED: %s\n", why);
    exit(1);
}

/* Fork until the table is full; returns how many children were made. */
static int fill(void)
{
    int p[2];
    if (pipe(p) < 0)
        fail("pipe");
    int n = 0;
    for (; n < MAXTRY; n++) {
        int pid = fork();
        if (pid < 0)
            break;
        if (pid == 0) {
            char c;
            close(p[1]);
            read(p[0], &c, 1);      /* until the parent closes the write end */
            exit(0);
        }
    }
    if (n == MAXTRY)
        fail("fork never failed");
    close(p[1]);                    /* every child sees end of file and exits */
    close(p[0]);
    for (int i = 0; i < n; i++) {
        int status;
        if (wait(&status) < 0)
            fail("wait returned too early");
        if (status != 0)
            fail("a child exited with a nonzero status");
    }
    if (wait(NULL) != -1)
        fail("wait found an extra child");
    return n;
}

int main(void)
{
    printf("forktest: starting\n");
    int free0 = freemem();
    int first = fill();
    if (first < 8)
        fail("fewer than 8 processes");
    /* A second time: every slot came back. */
    int second = fill();
    if (second != first) {
        printf("forktest: %d processes the first time, %d the second\n", first, second);
        fail("process slots leaked");
    }
    if (freemem() != free0)
        fail("free memory did not come back");
    printf("forktest: %d processes\n", first);
    printf("forktest: OK\n");
    return 0;
}
