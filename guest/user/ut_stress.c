/* usertests: running out of inodes and blocks, and several processes at once in the
 * same directories. */
#include "usertests.h"

static char name[32];

void out_of_inodes(void)
{
    CHECK(mkdir("oi") == 0);
    int n = 0;
    for (;;) {
        snprintf(name, sizeof name, "oi/%d", n);
        int fd = open(name, O_CREATE | O_RDWR);
        if (fd < 0)
            break;
        close(fd);
        if (++n > 70000)
            ut_fail("never ran out of inodes");
    }
    CHECK(n > 50);
    CHECK(mkdir("oi.x") == -1);
    CHECK(symlink("a", "oi.y") == -1);
    for (int i = 0; i < n; i++) {
        snprintf(name, sizeof name, "oi/%d", i);
        CHECK(unlink(name) == 0);
    }
    CHECK(unlink("oi") == 0);
    /* They all came back. */
    int fd = open("oi.z", O_CREATE | O_RDWR);
    CHECK(fd >= 0);
    close(fd);
    CHECK(unlink("oi.z") == 0);
}

void out_of_blocks(void)
{
    int fd = open("ob.f", O_CREATE | O_WRONLY | O_TRUNC);
    CHECK(fd >= 0);
    memset(ut_buf, 'b', UT_BUF_SIZE);
    uint64_t total = 0;
    for (;;) {
        int r = write(fd, ut_buf, 8192);
        if (r != 8192)
            break;
        total += 8192;
        if (total > (uint64_t)MAXFILE * BSIZE)
            ut_fail("never ran out of blocks");
    }
    CHECK(total > 1024 * 1024);
    /* The last write stopped short (a count, or -1 with part of it written). */
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.size >= total && st.size < total + 8192);
    total = st.size;
    close(fd);
    /* With the disk full, a new file can be created but not grown. */
    fd = open("ob.g", O_CREATE | O_WRONLY);
    if (fd >= 0) {
        write(fd, ut_buf, 8192);
        close(fd);
        unlink("ob.g");
    }
    CHECK(unlink("ob.f") == 0);
    /* Everything came back: the same amount fits again (minus a little slack). */
    fd = open("ob.f", O_CREATE | O_WRONLY);
    CHECK(fd >= 0);
    uint64_t again = 0;
    while (again + 8192 < total - 64 * 1024 && write(fd, ut_buf, 8192) == 8192)
        again += 8192;
    CHECK(again + 8192 >= total - 64 * 1024);
    close(fd);
    CHECK(unlink("ob.f") == 0);
}

/* Four processes create and delete the same names in one directory. */
void concurrent_create(void)
{
    enum { PROCS = 4, ROUNDS = 40 };
    CHECK(mkdir("cc") == 0);
    for (int p = 0; p < PROCS; p++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) {
            for (int i = 0; i < ROUNDS; i++) {
                snprintf(name, sizeof name, "cc/f%d", (i + p) % 10);
                int fd = open(name, O_CREATE | O_RDWR);
                if (fd >= 0) {
                    write(fd, name, 5);
                    close(fd);
                }
                if (i % 3 == p % 3)
                    unlink(name);
            }
            exit(0);
        }
    }
    for (int p = 0; p < PROCS; p++) {
        int status;
        CHECK(wait(&status) > 0 && status == 0);
    }
    for (int i = 0; i < 10; i++) {
        snprintf(name, sizeof name, "cc/f%d", i);
        unlink(name);
    }
    CHECK(unlink("cc") == 0);       /* empty: nothing was left behind */
}

/* Each process fills files of its own, then checks and deletes them. */
void concurrent_files(void)
{
    enum { PROCS = 4, FILES = 5, SIZE = 6000 };
    for (int p = 0; p < PROCS; p++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) {
            static char b[SIZE];
            for (int f = 0; f < FILES; f++) {
                snprintf(name, sizeof name, "cf.%d.%d", p, f);
                memset(b, 'a' + p + f, SIZE);
                int fd = open(name, O_CREATE | O_RDWR);
                if (fd < 0 || write(fd, b, SIZE) != SIZE)
                    exit(1);
                close(fd);
            }
            for (int f = 0; f < FILES; f++) {
                snprintf(name, sizeof name, "cf.%d.%d", p, f);
                int fd = open(name, O_RDONLY);
                if (fd < 0 || read(fd, b, SIZE) != SIZE)
                    exit(2);
                for (int i = 0; i < SIZE; i++)
                    if (b[i] != 'a' + p + f)
                        exit(3);
                close(fd);
                if (unlink(name) != 0)
                    exit(4);
            }
            exit(0);
        }
    }
    for (int p = 0; p < PROCS; p++) {
        int status;
        CHECK(wait(&status) > 0);
        if (status != 0)
            ut_fail("a child failed with %d", status);
    }
}

/* Links and unlinks of the same names race; the directory stays sound. */
void concurrent_link_unlink(void)
{
    enum { PROCS = 3, ROUNDS = 60 };
    int fd = open("clu.src", O_CREATE | O_RDWR);
    CHECK(fd >= 0);
    close(fd);
    for (int p = 0; p < PROCS; p++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) {
            for (int i = 0; i < ROUNDS; i++) {
                snprintf(name, sizeof name, "clu.%d", (i * 7 + p) % 5);
                if ((i + p) % 2)
                    link("clu.src", name);
                else
                    unlink(name);
            }
            exit(0);
        }
    }
    for (int p = 0; p < PROCS; p++)
        CHECK(wait(NULL) > 0);
    int left = 0;
    for (int i = 0; i < 5; i++) {
        snprintf(name, sizeof name, "clu.%d", i);
        left += unlink(name) == 0;
    }
    struct stat st;
    CHECK(stat("clu.src", &st) == 0);
    CHECK(st.nlink == 1);
    CHECK(unlink("clu.src") == 0);
    (void)left;
}

/* mkdir and unlink of the same directory names from several processes. */
void concurrent_mkdir(void)
{
    enum { PROCS = 3, ROUNDS = 40 };
    for (int p = 0; p < PROCS; p++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) {
            for (int i = 0; i < ROUNDS; i++) {
                snprintf(name, sizeof name, "cm.%d", (i + p) % 4);
                if (mkdir(name) == 0) {
                    static char f[40];
                    snprintf(f, sizeof f, "%s/x", name);
                    int fd = open(f, O_CREATE | O_RDWR);
                    if (fd >= 0)
                        close(fd);
                    unlink(f);
                }
                unlink(name);
            }
            exit(0);
        }
    }
    for (int p = 0; p < PROCS; p++)
        CHECK(wait(NULL) > 0);
    for (int i = 0; i < 4; i++) {
        snprintf(name, sizeof name, "cm.%d", i);
        static char f[40];
        snprintf(f, sizeof f, "%s/x", name);
        unlink(f);
        unlink(name);
        CHECK(open(name, O_RDONLY) == -1);
    }
}

/* Several processes append to one shared file descriptor. */
void concurrent_shared_fd(void)
{
    enum { PROCS = 4, EACH = 500 };
    int fd = open("csf", O_CREATE | O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    for (int p = 0; p < PROCS; p++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) {
            char c = (char)('0' + p);
            for (int i = 0; i < EACH; i += 10) {
                static char ten[10];
                memset(ten, c, 10);
                if (write(fd, ten, 10) != 10)
                    exit(1);
            }
            exit(0);
        }
    }
    for (int p = 0; p < PROCS; p++) {
        int status;
        CHECK(wait(&status) > 0 && status == 0);
    }
    close(fd);
    fd = open("csf", O_RDONLY);
    CHECK(read(fd, ut_buf, UT_BUF_SIZE) == PROCS * EACH);
    int count[PROCS] = { 0 };
    for (int i = 0; i < PROCS * EACH; i++) {
        int p = ut_buf[i] - '0';
        CHECK(p >= 0 && p < PROCS);
        count[p]++;
    }
    for (int p = 0; p < PROCS; p++)
        CHECK(count[p] == EACH);
    close(fd);
    CHECK(unlink("csf") == 0);
}

/* Run programs from the shell: a pipeline and redirections, end to end. */
void shell_pipeline(void)
{
    int fd = open("sh.in", O_CREATE | O_WRONLY | O_TRUNC);
    CHECK(fd >= 0);
    static const char script[] =
        "echo alpha beta > sh.t1\n"
        "cat sh.t1 | grep beta | wc > sh.t2 ; echo done > sh.t3 &\n"
        "mkdir sh.d; cd sh.d; echo inside > f; cd /\n";
    CHECK(write(fd, script, sizeof script - 1) == sizeof script - 1);
    close(fd);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        close(2);
        open("sh.err", O_CREATE | O_WRONLY | O_TRUNC);
        static char *argv[] = { "sh", "sh.in", NULL };
        exec("/sh", argv);
        exit(99);
    }
    CHECK(ut_wait(pid) == 0);
    static char got[64];
    fd = open("sh.t2", O_RDONLY);
    CHECK(fd >= 0);
    int n = read(fd, got, sizeof got - 1);
    close(fd);
    CHECK(n > 0);
    got[n] = 0;
    CHECK(!strcmp(got, "1 2 11 \n"));
    fd = open("sh.d/f", O_RDONLY);
    CHECK(fd >= 0 && read(fd, got, 7) == 7 && !memcmp(got, "inside\n", 7));
    close(fd);
    unlink("sh.d/f");
    unlink("sh.d");
    unlink("sh.t1");
    unlink("sh.t2");
    unlink("sh.in");
    unlink("sh.err");
    unlink("sh.t3");
}
