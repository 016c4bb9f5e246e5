/* usertests: pipes, and running out of file descriptors. */
#include "usertests.h"

void pipe_basic(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(p[0] >= 3 && p[1] >= 3 && p[0] != p[1]);
    CHECK(write(p[1], "hello", 5) == 5);
    char got[8];
    CHECK(read(p[0], got, sizeof got) == 5 && !memcmp(got, "hello", 5));
    CHECK(write(p[0], "x", 1) == -1);           /* the read end is not for writing */
    CHECK(read(p[1], got, 1) == -1);
    close(p[0]);
    close(p[1]);
}

void pipe_eof(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "ab", 2) == 2);
    close(p[1]);
    char got[4];
    CHECK(read(p[0], got, 4) == 2);
    CHECK(read(p[0], got, 4) == 0);
    close(p[0]);
}

/* Writing with no reader left fails instead of blocking forever. */
void pipe_no_reader(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    close(p[0]);
    CHECK(write(p[1], "x", 1) == -1);
    close(p[1]);
    /* The same when the reader goes away while the writer is blocked on a full pipe. */
    CHECK(pipe(p) == 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        close(p[0]);
        for (int i = 0; i < 1000; i++)
            if (write(p[1], ut_buf, 1024) < 0)
                exit(0);
        exit(1);
    }
    close(p[1]);
    sleep(3);
    close(p[0]);
    CHECK(ut_wait(pid) == 0);
}

/* 200 KiB through a pipe, checked byte by byte. */
void pipe_big(void)
{
    enum { TOTAL = 200 * 1024 };
    int p[2];
    CHECK(pipe(p) == 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        close(p[0]);
        for (int i = 0; i < TOTAL; i += 1000) {
            for (int k = 0; k < 1000; k++)
                ut_buf[k] = (char)((i + k) % 251);
            int n = TOTAL - i < 1000 ? TOTAL - i : 1000;
            if (write(p[1], ut_buf, n) != n)
                exit(1);
        }
        exit(0);
    }
    close(p[1]);
    int got = 0, n;
    while ((n = read(p[0], ut_buf, 777)) > 0) {
        for (int k = 0; k < n; k++)
            if (ut_buf[k] != (char)((got + k) % 251))
                ut_fail("byte %d is wrong", got + k);
        got += n;
    }
    CHECK(got == TOTAL);
    CHECK(ut_wait(pid) == 0);
    close(p[0]);
}

/* Several writers, one reader: every byte arrives once. */
void pipe_many_writers(void)
{
    enum { WRITERS = 5, EACH = 5000 };
    int p[2];
    CHECK(pipe(p) == 0);
    for (int w = 0; w < WRITERS; w++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) {
            close(p[0]);
            char c = (char)('A' + w);
            static char chunk[100];
            memset(chunk, c, sizeof chunk);
            for (int i = 0; i < EACH; i += 100)
                if (write(p[1], chunk, 100) != 100)
                    exit(1);
            exit(0);
        }
    }
    close(p[1]);
    int count[WRITERS] = { 0 }, n;
    while ((n = read(p[0], ut_buf, 512)) > 0)
        for (int k = 0; k < n; k++) {
            int w = ut_buf[k] - 'A';
            CHECK(w >= 0 && w < WRITERS);
            count[w]++;
        }
    for (int w = 0; w < WRITERS; w++) {
        CHECK(count[w] == EACH);
        int status;
        CHECK(wait(&status) > 0 && status == 0);
    }
    close(p[0]);
}

/* Several readers share one pipe: together they read every byte once. */
void pipe_many_readers(void)
{
    enum { READERS = 4, TOTAL = 40000 };
    int p[2], sums[2];
    CHECK(pipe(p) == 0 && pipe(sums) == 0);
    for (int r = 0; r < READERS; r++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) {
            close(p[1]);
            close(sums[0]);
            int got = 0, n;
            static char b[300];
            while ((n = read(p[0], b, sizeof b)) > 0)
                got += n;
            write(sums[1], &got, sizeof got);
            exit(0);
        }
    }
    close(p[0]);
    close(sums[1]);
    memset(ut_buf, 'r', 1000);
    for (int i = 0; i < TOTAL; i += 1000)
        CHECK(write(p[1], ut_buf, 1000) == 1000);
    close(p[1]);
    int total = 0, got;
    for (int r = 0; r < READERS; r++) {
        CHECK(read(sums[0], &got, sizeof got) == sizeof got);
        total += got;
    }
    CHECK(total == TOTAL);
    for (int r = 0; r < READERS; r++)
        CHECK(wait(NULL) > 0);
    close(sums[0]);
}

/* Pipes are freed when both ends close. */
void pipe_no_leak(void)
{
    int p[2];
    CHECK(pipe(p) == 0);            /* warm up whatever the kernel caches */
    close(p[0]);
    close(p[1]);
    int before = freemem();
    for (int i = 0; i < 200; i++) {
        CHECK(pipe(p) == 0);
        CHECK(write(p[1], "z", 1) == 1);
        close(p[1]);
        close(p[0]);
    }
    CHECK(freemem() >= before);
}

/* File descriptors run out at the per-process limit, and come back. */
void out_of_fds(void)
{
    int n = 0, fd;
    while ((fd = open("/README", O_RDONLY)) >= 0) {
        n++;
        CHECK(n < 1000);
    }
    CHECK(n >= 8);                  /* the kernel allows NOFILE, 16 with 0..2 in use */
    CHECK(dup(0) == -1);
    int p[2];
    CHECK(pipe(p) == -1);
    CHECK(close(3) == 0);
    CHECK(pipe(p) == -1);           /* needs two */
    CHECK(dup(0) == 3);             /* the lowest free one */
    for (fd = 3; fd < 3 + n; fd++)
        CHECK(close(fd) == 0);
    CHECK(pipe(p) == 0);
    close(p[0]);
    close(p[1]);
    /* A child starts with its parent's files, and all come back when it exits. */
    for (int i = 0; i < n; i++)
        CHECK(open("/README", O_RDONLY) >= 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0)
        exit(open("/README", O_RDONLY) == -1 ? 0 : 1);
    CHECK(ut_wait(pid) == 0);
    for (fd = 3; fd < 3 + n; fd++)
        close(fd);
}
