/*
 * usertests: bad arguments. Every system call that takes a pointer gets pointers it
 * may not use -- kernel memory, the trampoline, past the top of user space, past the
 * break, into read-only text -- and must return -1, never panic or write there. Bad
 * numbers (file descriptors, counts) too.
 */
#include "usertests.h"

#define PG 4096
#define NBAD 6

/* Pointers no system call may follow. */
static char *bad_ptr(int i)
{
    switch (i) {
    case 0: return UT_KERNEL;
    case 1: return UT_TRAMPOLINE;
    case 2: return UT_TRAPFRAME;
    case 3: return UT_PAST_MAXVA;
    case 4: return UT_HIGH;
    default: return sbrk(0) + 64 * PG;     /* unmapped user memory above the break */
    }
}

static int open_readme(void)
{
    int fd = open("/README", O_RDONLY);
    CHECK(fd >= 0);
    return fd;
}

void badptr_read(void)
{
    int fd = open_readme();
    for (int i = 0; i < NBAD; i++)
        CHECK(read(fd, bad_ptr(i), 10) == -1);
    /* Into our own text, which is read-only. */
    CHECK(read(fd, (char *)(uintptr_t)&badptr_read, 10) == -1);
    close(fd);
    /* Still there and unchanged: the kernel did not write the text. */
    CHECK(*(volatile uint32_t *)(uintptr_t)&badptr_read != 0);
}

void badptr_write(void)
{
    int fd = open("badw", O_CREATE | O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    for (int i = 0; i < NBAD; i++)
        CHECK(write(fd, bad_ptr(i), 10) == -1);
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.size == 0);
    close(fd);
    CHECK(unlink("badw") == 0);
    /* The console and pipes check too. */
    for (int i = 0; i < NBAD; i++)
        CHECK(write(1, bad_ptr(i), 10) == -1);
}

/* A buffer that runs off the end of the heap: never the full count. */
void badptr_straddle(void)
{
    char *end = sbrk(0);
    CHECK(sbrk(PG) == end);
    int fd = open_readme();
    int r = read(fd, end + PG - 4, 64);
    CHECK(r < 64);
    close(fd);
    fd = open("badst", O_CREATE | O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    memset(end, 'a', PG);
    r = write(fd, end + PG - 4, 64);
    CHECK(r < 64);
    close(fd);
    CHECK(unlink("badst") == 0);
}

/* Lazily allocated heap and stack are fine for the kernel to write into. */
void badptr_lazy_ok(void)
{
    char *a = sbrk(16 * PG);
    CHECK(a != (char *)-1);
    int fd = open_readme();
    CHECK(read(fd, a + 8 * PG + 100, 20) == 20);    /* never touched before */
    close(fd);
    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], a + 12 * PG, 8) == 8);         /* untouched: zeros */
    CHECK(read(p[0], a, 8) == 8);
    for (int i = 0; i < 8; i++)
        CHECK(a[i] == 0);
    close(p[0]);
    close(p[1]);
}

void badptr_pipe(void)
{
    int before = freemem();
    for (int i = 0; i < NBAD; i++)
        CHECK(pipe((int *)bad_ptr(i)) == -1);
    CHECK(pipe((int *)(uintptr_t)&badptr_pipe) == -1);
    /* No file descriptors leaked: all NOFILE-3 are still free. */
    int fds[2], n = 0;
    while (pipe(fds) == 0)
        n++;
    CHECK(n >= 6);
    for (int fd = 3; fd < 64; fd++)
        close(fd);
    CHECK(freemem() >= before - 2);
}

void badptr_wait(void)
{
    for (int i = 0; i < NBAD; i++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0)
            exit(0);
        /* Either the copy-out fails (-1, child still waitable) or it reaps. */
        int r = wait((int *)bad_ptr(i));
        CHECK(r == -1 || r == pid);
        if (r == -1)
            CHECK(wait(NULL) == pid);
    }
    CHECK(wait(NULL) == -1);
}

void badptr_fstat(void)
{
    int fd = open_readme();
    for (int i = 0; i < NBAD; i++)
        CHECK(fstat(fd, (struct stat *)bad_ptr(i)) == -1);
    CHECK(fstat(fd, (struct stat *)(uintptr_t)&badptr_fstat) == -1);
    close(fd);
}

void badptr_paths(void)
{
    for (int i = 0; i < NBAD; i++) {
        char *b = bad_ptr(i);
        CHECK(open(b, O_RDONLY) == -1);
        CHECK(open(b, O_CREATE | O_RDWR) == -1);
        CHECK(chdir(b) == -1);
        CHECK(mkdir(b) == -1);
        CHECK(mknod(b, DEV_CONSOLE, 0) == -1);
        CHECK(unlink(b) == -1);
        CHECK(link(b, "bp.new") == -1);
        CHECK(link("/README", b) == -1);
        CHECK(symlink(b, "bp.new") == -1);
        CHECK(symlink("/README", b) == -1);
    }
    CHECK(open("bp.new", O_RDONLY) == -1);
    /* A path that is not NUL-terminated before the end of the heap. */
    char *end = sbrk(0);
    CHECK(sbrk(PG) == end);
    memset(end, 'x', PG);
    CHECK(open(end, O_RDONLY) == -1);
    CHECK(mkdir(end + PG - 8) == -1);
}

void badptr_exec(void)
{
    static char *argv[] = { "echo", NULL };
    for (int i = 0; i < NBAD; i++) {
        char *b = bad_ptr(i);
        CHECK(exec(b, argv) == -1);
        CHECK(exec("/echo", (char **)b) == -1);
        static char *badarg[3];
        badarg[0] = "echo";
        badarg[1] = b;
        badarg[2] = NULL;
        CHECK(exec("/echo", badarg) == -1);
    }
    /* argv without its terminating NULL before the end of the heap. */
    char **end = (char **)sbrk(0);
    CHECK(sbrk(PG) == (char *)end);
    for (int i = 0; i < PG / 8; i++)
        end[i] = "x";
    CHECK(exec("/echo", end) == -1);
}

void badptr_procinfo(void)
{
    static struct procinfo one[2];
    for (int i = 0; i < NBAD; i++)
        CHECK(procinfo((struct procinfo *)bad_ptr(i), 4) == -1);
    CHECK(procinfo((struct procinfo *)(uintptr_t)&badptr_procinfo, 4) == -1);
    CHECK(procinfo(one, -1) == -1 || procinfo(one, -1) == 0);
    CHECK(procinfo(one, 2) > 0);
}

void bad_fds(void)
{
    static const int bad[] = { -1, 16, 100, 1 << 20, -100000 };
    char c;
    struct stat st;
    for (int i = 0; i < 5; i++) {
        int fd = bad[i];
        CHECK(read(fd, &c, 1) == -1);
        CHECK(write(fd, &c, 1) == -1);
        CHECK(close(fd) == -1);
        CHECK(dup(fd) == -1);
        CHECK(fstat(fd, &st) == -1);
    }
    /* A closed descriptor is bad too. */
    int fd = open_readme();
    CHECK(close(fd) == 0);
    CHECK(close(fd) == -1);
    CHECK(read(fd, &c, 1) == -1);
}

void bad_counts(void)
{
    int fd = open_readme();
    char c;
    CHECK(read(fd, &c, -1) == -1);
    CHECK(read(fd, &c, 0) == 0);
    CHECK(write(1, &c, -5) == -1);
    CHECK(write(1, &c, 0) == 0);
    close(fd);
}

void bad_open_modes(void)
{
    int fd = open_readme();
    CHECK(write(fd, "x", 1) == -1);             /* opened read-only */
    close(fd);
    fd = open("wo", O_CREATE | O_WRONLY);
    CHECK(fd >= 0);
    char c;
    CHECK(read(fd, &c, 1) == -1);               /* write-only */
    close(fd);
    CHECK(open("/", O_WRONLY) == -1);           /* directories are read-only */
    CHECK(open("/", O_RDWR) == -1);
    CHECK(unlink("wo") == 0);
}
