/*
 * Copying between the kernel and the current process's memory. The kernel runs on
 * its own page table, so a user address is translated here in software, page by
 * page, with the same rules the MMU applies to user mode (PTE_U, and W for
 * stores), and with lazy and copy-on-write pages resolved by vm_fault() exactly as
 * a hardware fault would. A bad user pointer therefore makes a system call fail
 * with -1; it can never make the kernel fault or write where the user may not.
 */
#include "vm.h"
#include "kernel.h"
#include "proc.h"

/* Kernel pointer to the byte at user address va of p, accessible for `access`
 * (ACCESS_READ or ACCESS_WRITE), or 0. */
static char *user_byte(struct proc *p, uint64_t va, enum access access)
{
    uint64_t need = PTE_V | PTE_U | (access == ACCESS_WRITE ? PTE_W : PTE_R);
    for (int attempt = 0; attempt < 2; attempt++) {
        pte_t *pte = pt_walk(p->pagetable, va, 0);
        if (pte && (*pte & need) == need)
            return (char *)PTE_TO_PA(*pte) + va % PGSIZE;
        if (attempt == 0 && vm_fault(p, va, access) != FAULT_RESOLVED)
            return 0;
    }
    return 0;
}

/* Copy n bytes from kernel src to user dst. 0, or -1 if dst is bad. */
int copy_to_user(uint64_t dst, const void *src, uint64_t n)
{
    struct proc *p = current_proc();
    const char *s = src;
    while (n > 0) {
        uint64_t chunk = MIN(n, PGSIZE - dst % PGSIZE);
        char *k = user_byte(p, dst, ACCESS_WRITE);
        if (k == 0)
            return -1;
        memmove(k, s, chunk);
        n -= chunk;
        s += chunk;
        dst += chunk;
    }
    return 0;
}

/* Copy n bytes from user src to kernel dst. 0, or -1 if src is bad. */
int copy_from_user(void *dst, uint64_t src, uint64_t n)
{
    struct proc *p = current_proc();
    char *d = dst;
    while (n > 0) {
        uint64_t chunk = MIN(n, PGSIZE - src % PGSIZE);
        char *k = user_byte(p, src, ACCESS_READ);
        if (k == 0)
            return -1;
        memmove(d, k, chunk);
        n -= chunk;
        d += chunk;
        src += chunk;
    }
    return 0;
}

/* Copy the NUL-terminated user string at src into dst (max bytes, NUL included).
 * Returns its length, or -1 if src is bad or the string does not fit. */
int copy_string_from_user(char *dst, uint64_t src, uint64_t max)
{
    struct proc *p = current_proc();
    for (uint64_t i = 0; i < max; i++) {
        const char *k = user_byte(p, src + i, ACCESS_READ);
        if (k == 0)
            return -1;
        dst[i] = *k;
        if (*k == 0)
            return (int)i;
    }
    return -1;
}

/* Copy to a user or a kernel address, as `space` says (for code serving both,
 * like reading a file into user memory or into exec's kernel buffers). */
int copy_to(enum space space, uint64_t dst, const void *src, uint64_t n)
{
    if (space == USER_SPACE)
        return copy_to_user(dst, src, n);
    memmove((void *)dst, src, n);
    return 0;
}

/* Copy from a user or a kernel address, as `space` says. */
int copy_from(enum space space, void *dst, uint64_t src, uint64_t n)
{
    if (space == USER_SPACE)
        return copy_from_user(dst, src, n);
    memmove(dst, (const void *)src, n);
    return 0;
}
