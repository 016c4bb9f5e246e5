/*
 * The debugger's test kernel: just enough of an operating system for the kernel-aware
 * commands to have something real to show, without depending on guest/kernel.
 *
 *   M-mode: mstart() delegates U ecalls, page faults and the S timer to S, and answers
 *           S-mode ecalls as an SBI (entry.S: legacy console_putchar, SRST reset).
 *   S-mode: kmain() builds Sv39 page tables for two processes, fills the process table
 *           that kernel_debug_info (guest/include/kdebug.h) describes, switches satp to
 *           pid 2 ("sh") and enters it; strap() serves its system calls (numbers from
 *           guest/include/syscalls.def), the S timer, and ends the machine at its store
 *           page fault.
 *   U-mode: user.S at 0x1000: write, getpid, open, exec, a spin loop, a store to its data
 *           page (0x2000), a store to a read-only page (0x3000).
 */
#include <stddef.h>
#include <stdint.h>

#include "../../../guest/include/kdebug.h"
#include "../../../guest/include/uapi.h"

#define NPROC 4
#define PGSIZE 4096

#define PTE_V (1u << 0)
#define PTE_R (1u << 1)
#define PTE_W (1u << 2)
#define PTE_X (1u << 3)
#define PTE_U (1u << 4)
#define PTE_G (1u << 5)
#define PTE_A (1u << 6)
#define PTE_D (1u << 7)
#define SATP_SV39 (8ull << 60)

/* CSRs by name or number (the names expand first, so numbers may come from macros). */
#define csr_write(csr, v) csr_write_(csr, v)
#define csr_write_(csr, v) __asm__ volatile("csrw " #csr ", %0" : : "r"((uint64_t)(v)))
#define csr_read(csr) csr_read_(csr)
#define csr_read_(csr)                                         \
    ({                                                         \
        uint64_t v_;                                           \
        __asm__ volatile("csrr %0, " #csr : "=r"(v_));         \
        v_;                                                    \
    })
#define CSR_MENVCFG 0x30a
#define CSR_STIMECMP 0x14d

struct proc {
    int pid;
    int state;                  /* enum procinfo_state */
    char name[16];
    uint64_t pagetable;         /* physical address of the root table */
    uint64_t trapframe;         /* kernel address of its trapframe */
    struct proc *parent;
};

struct trapframe {
    uint64_t regs[32];
    uint64_t epc, kernel_satp, kernel_sp, kernel_trap, kernel_hartid;
};
/* entry.S uses TF_EPC = 256 and TF_KERNEL_SP = 272 */
_Static_assert(TF_EPC == 256 && TF_KERNEL_SP == 272, "entry.S's trapframe offsets");
_Static_assert(offsetof(struct trapframe, epc) == TF_EPC, "trapframe layout");
_Static_assert(offsetof(struct trapframe, kernel_sp) == TF_KERNEL_SP, "trapframe layout");
_Static_assert(offsetof(struct trapframe, kernel_hartid) == TF_KERNEL_HARTID, "layout");
_Static_assert(sizeof(struct trapframe) == TF_SIZE, "trapframe layout");

struct proc proc[NPROC];
struct trapframe trapframes[NPROC] __attribute__((aligned(PGSIZE)));
uint64_t pagetables[NPROC][3][512] __attribute__((aligned(PGSIZE)));
uint8_t user_data_page[PGSIZE] __attribute__((aligned(PGSIZE)));
uint8_t user_ro_page[PGSIZE] __attribute__((aligned(PGSIZE)));
uint8_t user_stack_page[PGSIZE] __attribute__((aligned(PGSIZE)));
uint8_t kstack[2 * PGSIZE] __attribute__((aligned(16)));
uint8_t mstack[PGSIZE] __attribute__((aligned(16)));
uint8_t mtrap_stack[256] __attribute__((aligned(16)));
uint64_t ticks;

const struct kernel_debug_info kernel_debug_info = {
    .magic = KDEBUG_MAGIC,
    .version = KDEBUG_VERSION,
    .proc_table = (uint64_t)(uintptr_t)proc,
    .nproc = NPROC,
    .proc_size = sizeof(struct proc),
    .off_pid = offsetof(struct proc, pid),
    .off_state = offsetof(struct proc, state),
    .off_name = offsetof(struct proc, name),
    .name_len = 16,
    .off_pagetable = offsetof(struct proc, pagetable),
    .off_trapframe = offsetof(struct proc, trapframe),
    .off_parent = offsetof(struct proc, parent),
    .trampoline_va = 0,
    .trapframe_va = 0,
};

extern char user_image[];
void mtrap(void);
void strapvec(void);
void trapret(struct trapframe *tf) __attribute__((noreturn));
struct trapframe *strap(struct trapframe *tf);
void kmain(void);

/* ------------------------------------------------------------------ M-mode */

void mstart(void)
{
    csr_write(pmpaddr0, ~0ull >> 10);   /* PMP entry 0: all memory, R W X (NAPOT) */
    csr_write(pmpcfg0, 0x1f);
    csr_write(medeleg, 1u << 8 | 1u << 12 | 1u << 13 | 1u << 15);
    csr_write(mideleg, 1u << 5);
    csr_write(CSR_MENVCFG, 1ull << 63);  /* Sstc: S-mode has stimecmp */
    csr_write(mcounteren, 2);
    csr_write(mtvec, (uint64_t)(uintptr_t)mtrap);
    csr_write(mscratch, (uint64_t)(uintptr_t)(mtrap_stack + sizeof(mtrap_stack)));
    uint64_t st = csr_read(mstatus);
    csr_write(mstatus, (st & ~(3ull << 11)) | 1ull << 11);   /* MPP = S */
    csr_write(mepc, (uint64_t)(uintptr_t)kmain);
    __asm__ volatile("mret");
}

/* ------------------------------------------------------------------ SBI calls */

static uint64_t sbi_call(uint64_t ext, uint64_t a0, uint64_t a1)
{
    register uint64_t x10 __asm__("a0") = a0;
    register uint64_t x11 __asm__("a1") = a1;
    register uint64_t x16 __asm__("a6") = 0;
    register uint64_t x17 __asm__("a7") = ext;
    __asm__ volatile("ecall" : "+r"(x10), "+r"(x11) : "r"(x16), "r"(x17) : "memory");
    return x10;
}

void sbi_putchar(char c)
{
    sbi_call(0x01, (uint64_t)(unsigned char)c, 0);
}

static void sbi_shutdown(void)
{
    sbi_call(0x53525354, 0, 0);
}

static void console_write(const char *s, uint64_t n)
{
    for (uint64_t i = 0; i < n; i++)
        sbi_putchar(s[i]);
}

static void kprint(const char *s)
{
    while (*s)
        sbi_putchar(*s++);
}

static void kprint_hex(uint64_t v)
{
    kprint("0x");
    int shift = 60;
    while (shift > 0 && !(v >> shift))
        shift -= 4;
    for (; shift >= 0; shift -= 4)
        sbi_putchar("0123456789abcdef"[(v >> shift) & 15]);
}

/* ------------------------------------------------------------------ S-mode */

static uint64_t pte(const void *page, unsigned flags)
{
    return ((uint64_t)(uintptr_t)page >> 12) << 10 | flags;
}

/* A root table mapping the kernel (a 1 GiB identity gigapage at 0x80000000) and, for a
 * user process, its four pages at 0x1000..0x4fff. */
static uint64_t build_space(int slot, int user)
{
    uint64_t *root = pagetables[slot][0], *l1 = pagetables[slot][1];
    uint64_t *l0 = pagetables[slot][2];
    root[2] = pte((void *)0x80000000, PTE_V | PTE_R | PTE_W | PTE_X | PTE_G | PTE_A | PTE_D);
    if (user) {
        root[0] = pte(l1, PTE_V);
        l1[0] = pte(l0, PTE_V);
        l0[1] = pte(user_image, PTE_V | PTE_R | PTE_X | PTE_U | PTE_A);
        l0[2] = pte(user_data_page, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
        l0[3] = pte(user_ro_page, PTE_V | PTE_R | PTE_U | PTE_A);
        l0[4] = pte(user_stack_page, PTE_V | PTE_R | PTE_W | PTE_U | PTE_A | PTE_D);
    }
    return (uint64_t)(uintptr_t)root;
}

static void set_name(struct proc *p, const char *name)
{
    for (int i = 0; i < 15 && name[i]; i++)
        p->name[i] = name[i];
}

static void make_proc(int slot, int pid, int state, const char *name, int user,
                      struct proc *parent)
{
    struct proc *p = &proc[slot];
    p->pid = pid;
    set_name(p, name);
    p->pagetable = build_space(slot, user);
    p->trapframe = (uint64_t)(uintptr_t)&trapframes[slot];
    p->parent = parent;
    p->state = state;
}

static uint64_t sys_write(struct trapframe *tf)
{
    console_write((const char *)(uintptr_t)tf->regs[11], tf->regs[12]);
    return tf->regs[12];
}

static void syscall(struct trapframe *tf)
{
    uint64_t ret;
    switch (tf->regs[17]) {
    case 16: ret = sys_write(tf); break;
    case 11: ret = 2; break;
    default: ret = (uint64_t)-1; break;
    }
    tf->regs[10] = ret;
}

struct trapframe *strap(struct trapframe *tf)
{
    uint64_t cause = csr_read(scause);
    if (cause == 8) {
        tf->epc += 4;
        syscall(tf);
    } else if (cause == (1ull << 63 | 5)) {
        csr_write(CSR_STIMECMP, ~0ull);
        ticks++;
    } else {
        kprint("sh: trap ");
        kprint_hex(cause);
        kprint(" at ");
        kprint_hex(csr_read(stval));
        kprint(", exiting\n");
        sbi_shutdown();
    }
    return tf;
}

void kmain(void)
{
    csr_write(stvec, (uint64_t)(uintptr_t)strapvec);
    make_proc(0, 1, PI_SLEEPING, "init", 0, 0);
    make_proc(1, 2, PI_RUNNING, "sh", 1, &proc[0]);
    struct trapframe *tf = &trapframes[1];
    tf->kernel_sp = (uint64_t)(uintptr_t)(kstack + sizeof(kstack));
    tf->kernel_trap = (uint64_t)(uintptr_t)strap;
    tf->kernel_hartid = 0;
    tf->epc = 0x1000;
    tf->regs[2] = 0x5000;   /* sp: the top of the stack page */
    csr_write(sscratch, (uint64_t)(uintptr_t)tf);
    csr_write(satp, SATP_SV39 | proc[1].pagetable >> 12);
    __asm__ volatile("sfence.vma zero, zero");
    uint64_t st = csr_read(sstatus);
    st &= ~(1ull << 8);                 /* SPP = U */
    st |= 1ull << 5 | 1ull << 18;       /* SPIE, SUM: the kernel reads user memory */
    csr_write(sstatus, st);
    csr_write(sie, 1u << 5);
    csr_write(CSR_STIMECMP, csr_read(time) + 1000);
    trapret(tf);
}
