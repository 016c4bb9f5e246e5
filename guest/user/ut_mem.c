/* usertests: memory -- copy-on-write fork, lazy sbrk, page protections, guard page. */
#include "usertests.h"

#define PG 4096

static char shared_data[4 * PG] = { 1 };   /* in .data: starts shared after fork */

/* Parent and child each see their own copy after fork, whoever writes first. */
void cow_private(void)
{
    memset(shared_data, 'P', sizeof shared_data);
    int p[2];
    CHECK(pipe(p) == 0);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        char c;
        read(p[0], &c, 1);          /* the parent has written by now */
        for (unsigned i = 0; i < sizeof shared_data; i++)
            if (shared_data[i] != 'P')
                exit(1);
        memset(shared_data, 'C', sizeof shared_data);
        for (unsigned i = 0; i < sizeof shared_data; i++)
            if (shared_data[i] != 'C')
                exit(2);
        exit(0);
    }
    static char mine[4 * PG];
    memset(mine, 'Q', sizeof mine);     /* writes elsewhere */
    shared_data[5] = 'P';               /* a write that copies the parent's page */
    write(p[1], "g", 1);
    CHECK(ut_wait(pid) == 0);
    for (unsigned i = 0; i < sizeof shared_data; i++)
        CHECK(shared_data[i] == 'P');
    close(p[0]);
    close(p[1]);
}

/* After the children are gone, every page they shared or copied is free again. */
void cow_refcount(void)
{
    char *heap = sbrk(64 * PG);
    CHECK(heap != (char *)-1);
    memset(heap, 7, 64 * PG);
    int before = freemem();
    for (int round = 0; round < 3; round++) {
        int pid = fork();
        CHECK(pid >= 0);
        if (pid == 0) {
            for (int i = 0; i < 64; i += 2)     /* copy half the pages */
                heap[i * PG] = 9;
            exit(0);
        }
        CHECK(ut_wait(pid) == 0);
    }
    CHECK(heap[0] == 7 && heap[62 * PG] == 7);
    CHECK(freemem() == before);
    memset(heap, 8, 64 * PG);                   /* the parent's pages are its own again */
    CHECK(freemem() == before);
}

/* Many forks of a big image fit in memory only because nothing is copied. */
void cow_many_forks(void)
{
    int pages = freemem() / 2;                  /* half of all free memory */
    char *heap = sbrk(pages * PG);
    CHECK(heap != (char *)-1);
    for (int i = 0; i < pages; i++)
        heap[i * PG] = (char)i;
    int free0 = freemem();
    enum { N = 6 };
    int pids[N];
    for (int k = 0; k < N; k++) {
        pids[k] = fork();
        CHECK(pids[k] >= 0);
        if (pids[k] == 0) {
            for (int i = 0; i < pages; i += 97)
                if (heap[i * PG] != (char)i)
                    exit(1);
            heap[k * PG] = 'x';                 /* one private page each */
            sleep(3);
            exit(0);
        }
    }
    CHECK(free0 - freemem() < pages / 4);       /* six copies would not fit at all */
    for (int k = 0; k < N; k++) {
        int status = -1;
        CHECK(wait(&status) > 0);
        CHECK(status == 0);
    }
    CHECK(freemem() == free0);                  /* every shared page back to one owner */
    for (int i = 0; i < pages; i++)
        CHECK(heap[i * PG] == (char)i);
    CHECK(sbrk(-pages * PG) != (char *)-1);
}

/* The kernel writes into a page shared copy-on-write (read(2) into the buffer): the
 * child gets its own copy, the parent's stays. */
void cow_copyout(void)
{
    memset(shared_data, 'P', PG);
    int p[2];
    CHECK(pipe(p) == 0);
    CHECK(write(p[1], "kernel-wrote", 12) == 12);
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0) {
        if (read(p[0], shared_data, 12) != 12 || memcmp(shared_data, "kernel-wrote", 12))
            exit(1);
        exit(0);
    }
    CHECK(ut_wait(pid) == 0);
    CHECK(shared_data[0] == 'P' && shared_data[11] == 'P');
    close(p[0]);
    close(p[1]);
}

void sbrk_grow(void)
{
    char *old = sbrk(0);
    char *a = sbrk(10 * PG);
    CHECK(a == old);
    CHECK(sbrk(0) == old + 10 * PG);
    for (int i = 0; i < 10 * PG; i += 512)
        CHECK(a[i] == 0);                       /* fresh memory reads as zero */
    memset(a, 0x5a, 10 * PG);
    CHECK(a[10 * PG - 1] == 0x5a);
    char *b = sbrk(1);                          /* odd sizes are fine */
    CHECK(b == old + 10 * PG);
    b[0] = 1;
}

/* sbrk reserves address space; a page costs memory only when it is touched. */
void sbrk_lazy(void)
{
    int free0 = freemem();
    char *a = sbrk(4096 * PG);                  /* 16 MiB */
    CHECK(a != (char *)-1);
    CHECK(free0 - freemem() < 16);              /* page tables at most */
    a[0] = 1;
    a[2000 * PG] = 2;
    a[4095 * PG + 100] = 3;
    CHECK(free0 - freemem() < 24);
    CHECK(a[1000 * PG] == 0);
    CHECK(sbrk(-4096 * PG) == a + 4096 * PG);
}

void sbrk_shrink(void)
{
    char *a = sbrk(0);
    int free0 = freemem();
    CHECK(sbrk(32 * PG) == a);
    memset(a, 1, 32 * PG);
    CHECK(freemem() < free0);
    CHECK(sbrk(-32 * PG) == a + 32 * PG);
    CHECK(sbrk(0) == a);
    CHECK(freemem() >= free0 - 2);              /* page-table pages may stay */
    /* Growing again gives zeroed memory, not the old contents. */
    CHECK(sbrk(PG) == a);
    CHECK(a[0] == 0 && a[PG - 1] == 0);
}

static char *shrunk;
static void touch_shrunk(void)
{
    shrunk[0] = 1;
}
/* Memory given back by sbrk is gone: touching it kills the process. */
void sbrk_shrunk_unmapped(void)
{
    shrunk = sbrk(0);
    CHECK(sbrk(2 * PG) == shrunk);
    shrunk[0] = 1;
    CHECK(sbrk(-2 * PG) != (char *)-1);
    CHECK(ut_killed(touch_shrunk));
}

/* sbrk refuses to shrink below where the heap started, and (this kernel's promise,
 * guest/kernel/sys_proc.c) to grow by more pages than are free. */
void sbrk_fail(void)
{
    char *top = sbrk(0);
    CHECK(sbrk(-(int)((uint64_t)top + 10 * PG)) == (char *)-1);
    CHECK(sbrk(-0x7fffffff - 1) == (char *)-1);
    CHECK(sbrk(0) == top);
    int free0 = freemem();
    CHECK(sbrk((free0 + 64) * PG) == (char *)-1);
    CHECK(sbrk(0) == top);
    /* Half of free memory is granted, costs nothing until touched, and comes back. */
    CHECK(sbrk(free0 / 2 * PG) == top);
    CHECK(free0 - freemem() < 8);
    CHECK(sbrk(-(free0 / 2 * PG)) == top + free0 / 2 * PG);
    CHECK(sbrk(0) == top);
}

static void touch_everything(void)
{
    /* More memory than the machine has: the kernel kills us when it runs out. */
    for (int i = 0; i < 200; i++) {
        char *a = sbrk(1 << 20);
        if (a == (char *)-1)
            exit(0);                            /* also fine: sbrk said no */
        for (int j = 0; j < (1 << 20); j += PG)
            a[j] = 1;
    }
}
void sbrk_out_of_memory(void)
{
    int free0 = freemem();
    CHECK(ut_child(touch_everything) != 77);
    /* All of it back; perhaps more: under memory pressure the kernel may give back
     * pages it was keeping in its caches. */
    int now = freemem();
    if (now < free0)
        ut_fail("%d free pages before, %d after", free0, now);
    /* And the machine still works. */
    char *a = sbrk(PG);
    CHECK(a != (char *)-1);
    a[0] = 1;
}

static void read_past_break(void)
{
    volatile char *p = sbrk(0) + 4 * PG;
    (void)*p;
}
void access_past_break(void)
{
    CHECK(ut_killed(read_past_break));
}

static void below_stack(void)
{
    /* Walk down from our stack page: the page under the stack must fault before we
     * leave the stack's neighbourhood. */
    char here;
    uint64_t page = (uint64_t)&here & ~(uint64_t)(PG - 1);
    for (int i = 1; i <= 16; i++)
        (void)*(volatile char *)(page - (uint64_t)i * PG + PG - 8);
}
void stack_guard(void)
{
    CHECK(ut_killed(below_stack));
}

static volatile int depth_limit = 1 << 30;      /* volatile: gcc cannot see the end */
static int recurse(int n)
{
    volatile char pad[256];
    pad[0] = (char)n;
    if (n >= depth_limit)
        return 0;
    return recurse(n + 1) + pad[0];
}
static void overflow_stack(void)
{
    recurse(0);
}
void stack_overflow(void)
{
    CHECK(ut_killed(overflow_stack));
}

static void read_kernel(void) { (void)*(volatile char *)UT_KERNEL; }
static void write_kernel(void) { *(volatile char *)UT_KERNEL = 0; }
static void read_trampoline(void) { (void)*(volatile char *)UT_TRAMPOLINE; }
static void read_trapframe(void) { (void)*(volatile char *)UT_TRAPFRAME; }
static void read_high(void) { (void)*(volatile char *)UT_HIGH; }
void kernel_memory(void)
{
    CHECK(ut_killed(read_kernel));
    CHECK(ut_killed(write_kernel));
    CHECK(ut_killed(read_trampoline));
    CHECK(ut_killed(read_trapframe));
    CHECK(ut_killed(read_high));
}

static void write_text(void)
{
    *(volatile uint32_t *)(uintptr_t)&write_text = 0;
}
void text_readonly(void)
{
    /* Reading our own code is fine; writing it kills. */
    CHECK(*(volatile uint32_t *)(uintptr_t)&text_readonly != 0);
    CHECK(ut_killed(write_text));
}

static uint32_t data_code[2] = { 0x00008067, 0x00008067 };     /* ret */
static void jump_to_data(void)
{
    void (*fn)(void) = (void (*)(void))(uintptr_t)data_code;
    fn();
}
static void jump_to_stack(void)
{
    uint32_t code[2] = { 0x00008067, 0x00008067 };
    void (*fn)(void) = (void (*)(void))(uintptr_t)code;
    fn();
}
void data_noexec(void)
{
    CHECK(ut_killed(jump_to_data));
    CHECK(ut_killed(jump_to_stack));
}

/* The text is shared read-only across fork, and stays read-only in the child. */
void cow_text_readonly(void)
{
    int pid = fork();
    CHECK(pid >= 0);
    if (pid == 0)
        exit(ut_killed(write_text) ? 0 : 1);
    CHECK(ut_wait(pid) == 0);
}
