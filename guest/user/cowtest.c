/*
 * cowtest: copy-on-write fork.
 *   big      a process using more than half of free memory forks (only possible when
 *            pages are shared) and parent and child each write every page
 *   many     several children of one big parent, each writing its own pages
 *   kernel   the kernel writes (read(2)) into a page that is still shared
 *   memory   free memory returns to where it started after each of them
 */
#include "user.h"

#define PG 4096

static int failures;

static void check(int ok, const char *what)
{
    if (!ok) {
        printf("cowtest: FAILED: %s\n", what);
        failures++;
    }
}

static void big(void)
{
    int free0 = freemem();
    int pages = free0 * 6 / 10;
    char *a = sbrk(pages * PG);
    check(a != (char *)-1, "big: sbrk");
    if (a == (char *)-1)
        return;
    for (int i = 0; i < pages; i++)
        *(int *)(a + i * PG) = i;
    for (int round = 0; round < 2; round++) {
        int pid = fork();
        check(pid >= 0, "big: fork of a process using 60% of memory");
        if (pid < 0)
            break;
        if (pid == 0) {
            for (int i = 0; i < pages; i++)
                if (*(int *)(a + i * PG) != i)
                    exit(1);
            /* Write a quarter of them: each write copies one page. */
            for (int i = 0; i < pages / 4; i++)
                *(int *)(a + i * PG) = -i;
            exit(0);
        }
        int status = -1;
        wait(&status);
        check(status == 0, "big: child saw wrong data or died");
        for (int i = 0; i < pages; i++) {
            if (*(int *)(a + i * PG) != i) {
                check(0, "big: the child's writes reached the parent");
                break;
            }
        }
    }
    sbrk(-pages * PG);
    check(freemem() >= free0 - 8, "big: memory did not come back");
}

static void many(void)
{
    int pages = freemem() / 8;
    char *a = sbrk(pages * PG);
    check(a != (char *)-1, "many: sbrk");
    if (a == (char *)-1)
        return;
    memset(a, 'p', (size_t)pages * PG);
    int after_touch = freemem();
    enum { N = 5 };
    for (int k = 0; k < N; k++) {
        if (fork() == 0) {
            for (int i = k; i < pages; i += N)
                a[i * PG] = (char)('0' + k);
            for (int i = k; i < pages; i += N)
                if (a[i * PG] != (char)('0' + k))
                    exit(1);
            sleep(2);
            exit(0);
        }
    }
    for (int k = 0; k < N; k++) {
        int status = -1;
        wait(&status);
        check(status == 0, "many: a child saw the wrong data");
    }
    for (int i = 0; i < pages; i++) {
        if (a[i * PG] != 'p') {
            check(0, "many: the parent's copy changed");
            break;
        }
    }
    check(freemem() == after_touch, "many: reference counts did not return");
    sbrk(-pages * PG);
}

static char shared[PG] __attribute__((aligned(PG)));

static void kernel(void)
{
    int p[2];
    check(pipe(p) == 0, "kernel: pipe");
    memset(shared, 's', sizeof shared);
    write(p[1], "0123456789", 10);
    int pid = fork();
    if (pid == 0) {
        if (read(p[0], shared + 100, 10) != 10 || memcmp(shared + 100, "0123456789", 10))
            exit(1);
        exit(0);
    }
    int status = -1;
    wait(&status);
    check(status == 0, "kernel: read into a shared page failed in the child");
    check(shared[100] == 's' && shared[109] == 's', "kernel: the parent's page changed");
    close(p[0]);
    close(p[1]);
}

int main(void)
{
    printf("cowtest: starting\n");
    int free0 = freemem();
    big();
    many();
    kernel();
    check(freemem() >= free0 - 16, "free memory at the end");
    if (failures) {
        printf("cowtest: %d FAILED\n", failures);
        return 1;
    }
    printf("cowtest: OK\n");
    return 0;
}
