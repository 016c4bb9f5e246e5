/* usertests: processes -- fork, exit, wait, kill, exec, getpid, sleep, procinfo. */
#include "usertests.h"

static struct procinfo ptab[128];

/* This process's procinfo entry for pid, or NULL. */
static struct procinfo *find_proc(int pid)
{
    int n = procinfo(ptab, 128);
    for (int i = 0; i < n; i++)
        if (ptab[i].pid == pid)
            return &ptab[i];
    return NULL;
}

void fork_basic(void)
{
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0)
        exit(7);
    int status = 0;
    CHECK(wait(&status) == pid);
    CHECK(status == 7);
}

void fork_many(void)
{
    enum { N = 20 };
    int pids[N];
    for (int i = 0; i < N; i++) {
        pids[i] = fork();
        CHECK(pids[i] >= 0);
        if (pids[i] == 0)
            exit(i + 1);
    }
    int seen = 0;
    for (int i = 0; i < N; i++) {
        int status, w = wait(&status);
        CHECK(w > 0);
        int k = 0;
        while (k < N && pids[k] != w)
            k++;
        CHECK(k < N && status == k + 1);
        seen |= 1 << k;
    }
    CHECK(seen == (1 << N) - 1);
    CHECK(wait(NULL) == -1);
}

void exit_status(void)
{
    static const int codes[] = { 0, 1, 42, 255, -1, 100000 };
    for (int i = 0; i < 6; i++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0)
            exit(codes[i]);
        int status = 12345;
        CHECK(wait(&status) == pid);
        CHECK(status == codes[i]);
    }
}

void wait_no_children(void)
{
    CHECK(wait(NULL) == -1);
    int status = 5;
    CHECK(wait(&status) == -1);
}

/* A child with no children of its own gets -1 from wait, even if its parent has some. */
static void wait_in_child(void)
{
    if (wait(NULL) != -1)
        exit(1);
}
void wait_only_own(void)
{
    int sib = fork();
    CHECK(sib >= 0);
    if (sib == 0) {
        sleep(5);
        exit(0);
    }
    CHECK(ut_child(wait_in_child) == 0);
    CHECK(ut_wait(sib) == 0);
}

void getpid_distinct(void)
{
    int me = getpid();
    CHECK(me > 1);
    int p[2];
    CHECK(pipe(p) == 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        int child = getpid();
        write(p[1], &child, sizeof child);
        exit(0);
    }
    int got = 0;
    CHECK(read(p[0], &got, sizeof got) == sizeof got);
    CHECK(got == pid && got != me);
    CHECK(ut_wait(pid) == 0);
    close(p[0]);
    close(p[1]);
}

/* A child that exits leaves a zombie until its parent waits. */
void zombie_reaped(void)
{
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0)
        exit(3);
    struct procinfo *pi = NULL;
    for (int i = 0; i < 100; i++) {
        pi = find_proc(pid);
        if (pi && pi->state == PI_ZOMBIE)
            break;
        sleep(1);
    }
    CHECK(pi && pi->state == PI_ZOMBIE);
    CHECK(pi->ppid == getpid());
    int status;
    CHECK(wait(&status) == pid && status == 3);
    CHECK(find_proc(pid) == NULL);
}

/* A process whose parent exits is re-parented to init (pid 1), which reaps it. */
void orphan_reparent(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        int g = fork();
        if (g == 0) {
            close(p[0]);
            char verdict = 'x';
            for (int i = 0; i < 200 && verdict != 'y'; i++) {
                struct procinfo *me = find_proc(getpid());
                verdict = me && me->ppid == 1 ? 'y' : 'n';
                if (verdict != 'y')
                    sleep(1);
            }
            write(p[1], &verdict, 1);
            exit(0);
        }
        exit(g < 0);
    }
    close(p[1]);
    CHECK(ut_wait(pid) == 0);
    char verdict = 0;
    CHECK(read(p[0], &verdict, 1) == 1);
    CHECK(verdict == 'y');
    close(p[0]);
}

/* Many orphans at once; init must reap them all (checked: they all disappear). */
void orphans_many(void)
{
    enum { N = 8 };
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        for (int i = 0; i < N; i++) {
            int g = fork();
            if (g == 0) {
                sleep(2 + i % 3);
                exit(0);
            }
        }
        exit(0);
    }
    CHECK(ut_wait(pid) == 0);
    /* They all end up with init as parent, and init waits for each one: soon no
     * child of init but the shell is left, alive or zombie. */
    for (int tries = 0; tries < 300; tries++) {
        int n = procinfo(ptab, 128), left = 0;
        for (int i = 0; i < n; i++)
            left += ptab[i].ppid == 1 && strcmp(ptab[i].name, "sh") != 0;
        if (left == 0)
            return;
        sleep(1);
    }
    ut_fail("orphans were not reaped");
}

static void spin_forever(void)
{
    for (volatile int i = 0;; i++)
        ;
}
void kill_running(void)
{
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0)
        spin_forever();
    sleep(2);
    CHECK(kill(pid) == 0);
    int status = 0;
    CHECK(wait(&status) == pid);
    CHECK(status != 0);
}

void kill_sleeping(void)
{
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        sleep(100000);
        exit(0);
    }
    sleep(2);
    int t0 = uptime();
    CHECK(kill(pid) == 0);
    int status = 0;
    CHECK(wait(&status) == pid);
    CHECK(status != 0);
    CHECK(uptime() - t0 < 100);
}

void kill_blocked_read(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        char c;
        read(p[0], &c, 1);      /* nobody writes */
        exit(0);
    }
    sleep(2);
    CHECK(kill(pid) == 0);
    int status = 0;
    CHECK(wait(&status) == pid);
    CHECK(status != 0);
    close(p[0]);
    close(p[1]);
}

static void kill_me(void)
{
    kill(getpid());
    spin_forever();
}
void kill_self(void)
{
    CHECK(ut_killed(kill_me));
}

void kill_bad_pid(void)
{
    CHECK(kill(-1) == -1);
    CHECK(kill(0) == -1);
    CHECK(kill(1000000) == -1);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0)
        exit(0);
    CHECK(ut_wait(pid) == 0);
    CHECK(kill(pid) == -1);     /* gone */
}

/* exec echo with its output in a pipe, and compare. */
static int run_capture(const char *path, char **argv, char *out, int max)
{
    int p[2];
    CHECK(pipe(p) == 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        close(1);
        dup(p[1]);
        close(p[0]);
        close(p[1]);
        exec(path, argv);
        exit(99);
    }
    close(p[1]);
    int n = 0, r;
    while (n < max - 1 && (r = read(p[0], out + n, max - 1 - n)) > 0)
        n += r;
    out[n] = 0;
    close(p[0]);
    int status = ut_wait(pid);
    CHECK(status == 0);
    return n;
}

void exec_echo(void)
{
    static char *argv[] = { "echo", "hello", "from", "exec", NULL };
    static char out[64];
    run_capture("/echo", argv, out, sizeof out);
    CHECK(!strcmp(out, "hello from exec\n"));
}

void exec_many_args(void)
{
    static char *argv[32];
    static char words[31][4];
    for (int i = 0; i < 31; i++) {
        snprintf(words[i], 4, "a%d", i);
        argv[i] = words[i];
    }
    argv[0] = "echo";
    argv[31] = NULL;
    static char out[256];
    int n = run_capture("/echo", argv, out, sizeof out);
    CHECK(n > 0 && out[n - 1] == '\n' && strstr(out, " a30\n"));
}

void exec_too_many_args(void)
{
    static char *argv[200];
    for (int i = 0; i < 199; i++)
        argv[i] = "x";
    argv[199] = NULL;
    CHECK(exec("/echo", argv) == -1);     /* the kernel's MAXARG is much less */
}

void exec_long_arg(void)
{
    static char *argv[3];
    static char arg[1001];
    memset(arg, 'q', 1000);
    arg[1000] = 0;
    argv[0] = "echo";
    argv[1] = arg;
    static char out[1100];
    int n = run_capture("/echo", argv, out, sizeof out);
    CHECK(n == 1001 && out[999] == 'q' && out[1000] == '\n');
}

void exec_errors(void)
{
    static char *argv[] = { "nothing", NULL };
    CHECK(exec("/no-such-program", argv) == -1);
    CHECK(exec("/", argv) == -1);           /* a directory */
    CHECK(exec("", argv) == -1);
    /* Not an ELF: a text file. */
    CHECK(exec("/README", argv) == -1);
    /* An ELF header and nothing else: the first 64 bytes of echo. */
    int fd = open("/echo", O_RDONLY);
    CHECK(fd >= 0);
    CHECK(read(fd, ut_buf, 64) == 64);
    close(fd);
    fd = open("exec.trunc", O_CREATE | O_WRONLY);
    CHECK(fd >= 0 && write(fd, ut_buf, 64) == 64);
    close(fd);
    CHECK(exec("exec.trunc", argv) == -1);
    CHECK(unlink("exec.trunc") == 0);
    /* This process survived every failed exec. */
    CHECK(getpid() > 0);
}

/* exec replaces the image but keeps open files: the child's fd 5 reaches echo. */
void exec_keeps_files(void)
{
    int fd = open("exec.out", O_CREATE | O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        close(1);
        dup(fd);
        static char *argv[] = { "echo", "kept", NULL };
        exec("/echo", argv);
        exit(99);
    }
    CHECK(ut_wait(pid) == 0);
    close(fd);
    fd = open("exec.out", O_RDONLY);
    static char out[16];
    CHECK(read(fd, out, sizeof out) == 5 && !memcmp(out, "kept\n", 5));
    close(fd);
    CHECK(unlink("exec.out") == 0);
}

void sleep_uptime(void)
{
    int t0 = uptime();
    CHECK(t0 >= 0);
    CHECK(sleep(5) == 0);
    int t1 = uptime();
    CHECK(t1 - t0 >= 5);
    CHECK(sleep(0) == 0);
}

/* Exiting closes every open file: the reader of a pipe sees end of file. */
void exit_closes_files(void)
{
    int p[2];
    CHECK(pipe(p) == 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        close(p[0]);
        write(p[1], "x", 1);
        exit(0);        /* p[1] still open */
    }
    close(p[1]);
    char c;
    CHECK(read(p[0], &c, 1) == 1);
    CHECK(read(p[0], &c, 1) == 0);
    CHECK(ut_wait(pid) == 0);
    close(p[0]);
}

void procinfo_self(void)
{
    struct procinfo *me = find_proc(getpid());
    CHECK(me != NULL);
    CHECK(!strcmp(me->name, "usertests"));
    CHECK(me->state == PI_RUNNING);
    CHECK(me->size > 0);
    CHECK(find_proc(1) != NULL);
    CHECK(procinfo(ptab, 0) == 0);
    CHECK(procinfo(ptab, 1) == 1);
}

/* Timer preemption: a parent gets the CPU back while children spin forever. */
void preempt(void)
{
    int pids[3];
    for (int i = 0; i < 3; i++) {
        pids[i] = fork();
        CHECK(pids[i] >= 0);
        if (pids[i] == 0)
            spin_forever();
    }
    sleep(3);
    for (int i = 0; i < 3; i++)
        CHECK(kill(pids[i]) == 0);
    for (int i = 0; i < 3; i++)
        CHECK(wait(NULL) > 0);
}

/* fork's child shares the file offset with its parent. */
void fork_shared_offset(void)
{
    int fd = open("shoff", O_CREATE | O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        for (int i = 0; i < 100; i++)
            write(fd, "c", 1);
        exit(0);
    }
    for (int i = 0; i < 100; i++)
        CHECK(write(fd, "p", 1) == 1);
    CHECK(ut_wait(pid) == 0);
    close(fd);
    struct stat st;
    CHECK(stat("shoff", &st) == 0 && st.size == 200);
    fd = open("shoff", O_RDONLY);
    CHECK(read(fd, ut_buf, 300) == 200);
    int c = 0, p = 0;
    for (int i = 0; i < 200; i++)
        c += ut_buf[i] == 'c', p += ut_buf[i] == 'p';
    CHECK(c == 100 && p == 100);
    close(fd);
    CHECK(unlink("shoff") == 0);
}
