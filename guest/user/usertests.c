/*
 * usertests [NAME...]: run every test of ut_list.h, or the named ones, each in its own
 * child process. Prints "test NAME: OK" or "test NAME: FAILED" per test (and how many
 * clock ticks it took), then a free
 * memory check, then "ALL TESTS PASSED" only if everything passed.
 */
#include "usertests.h"

struct utest {
    const char *name;
    void (*fn)(void);
};

static const struct utest tests[] = {
#define UT(name) { #name, name },
#include "ut_list.h"
#undef UT
};
#define NTESTS ((int)(sizeof tests / sizeof tests[0]))

char ut_buf[UT_BUF_SIZE];
static const char *current = "?";

void ut_fail(const char *fmt, ...)
{
    char msg[160];
    va_list ap;
    va_start(ap, fmt);
    vsnprintf(msg, sizeof msg, fmt, ap);
    va_end(ap);
    printf("  %s: %s\n", current, msg);
    exit(1);
}

int ut_wait(int pid)
{
    int status = 0, w = wait(&status);
    if (w < 0)
        ut_fail("wait: no child");
    if (pid > 0 && w != pid)
        ut_fail("wait returned %d, expected %d", w, pid);
    return status;
}

int ut_child(void (*fn)(void))
{
    int pid = fork();
    if (pid < 0)
        ut_fail("fork failed");
    if (pid == 0) {
        fn();
        exit(0);
    }
    return ut_wait(pid);
}

/* fn must not return: the kernel kills the child first. A returning fn exits 77. */
int ut_killed(void (*fn)(void))
{
    int pid = fork();
    if (pid < 0)
        ut_fail("fork failed");
    if (pid == 0) {
        fn();
        exit(77);
    }
    int status = ut_wait(pid);
    return status != 0 && status != 77;
}

/* Run one test in a child; 1 if it passed. */
static int run(const struct utest *t)
{
    current = t->name;
    int pid = fork();
    if (pid < 0) {
        printf("test %s: FAILED (fork)\n", t->name);
        return 0;
    }
    if (pid == 0) {
        t->fn();
        exit(0);
    }
    int status = -1, t0 = uptime();
    while (wait(&status) != pid)
        ;
    printf("test %s: %s (%d ticks)\n", t->name, status == 0 ? "OK" : "FAILED", uptime() - t0);
    return status == 0;
}

int main(int argc, char **argv)
{
    static int picked[NTESTS];
    for (int i = 1; i < argc; i++) {
        int found = 0;
        for (int t = 0; t < NTESTS; t++)
            if (!strcmp(argv[i], tests[t].name))
                picked[t] = found = 1;
        if (!found) {
            printf("usertests: no test named %s; the tests are:\n", argv[i]);
            for (int t = 0; t < NTESTS; t++)
                printf("%s%s", tests[t].name, t + 1 < NTESTS ? " " : "\n");
            return 2;
        }
    }
    int start_free = freemem();
    printf("usertests: starting (%d free pages)\n", start_free);
    int failed = 0, ran = 0;
    for (int t = 0; t < NTESTS; t++) {
        if (argc > 1 ? !picked[t] : !strncmp(tests[t].name, "big_", 4))
            continue;
        ran++;
        if (!run(&tests[t])) {
            failed++;
        }
    }
    /* Every test has exited and been waited for: all their memory must be back (more
     * is fine: the kernel may have emptied a cache of its own). */
    int end_free = freemem();
    if (end_free < start_free) {
        printf("test freemem_restored: FAILED (%d free pages at the start, %d now)\n",
               start_free, end_free);
        failed++;
    } else {
        printf("test freemem_restored: OK\n");
    }
    if (failed) {
        printf("usertests: %d of %d tests FAILED\n", failed, ran + 1);
        return 1;
    }
    printf("ALL TESTS PASSED\n");
    return 0;
}
