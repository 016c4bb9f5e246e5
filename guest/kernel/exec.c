/*
 * exec: replace the current process's memory with a program from the file system
 * (the "load_icode" of the teaching literature). The new image is built in a fresh
 * page table, and the old one is released only when nothing can fail any more, so
 * a failed exec returns -1 to an untouched caller.
 *
 *   1. read and check the ELF header (64-bit, little-endian, RISC-V, executable);
 *   2. for every PT_LOAD segment map zeroed pages at p_vaddr (page aligned) with
 *      the segment's permissions - text R-X, data RW-, never W and X from a normal
 *      linker script - and read p_filesz bytes from the file into them; the rest up
 *      to p_memsz stays zero, which is the bss;
 *   3. above the highest segment leave one unmapped guard page, then the user stack
 *      (USTACK_PAGES) holding the argument strings and the argv array;
 *   4. commit: switch the process to the new page table, set pc = e_entry, sp,
 *      a0 = argc (as exec's return value) and a1 = argv, free the old image.
 */
#include "elf.h"
#include "fs.h"
#include "kernel.h"
#include "log.h"
#include "memlayout.h"
#include "proc.h"
#include "vm.h"

/* Is eh the header of a RISC-V 64-bit little-endian executable? */
static int header_ok(const struct elf_header *eh)
{
    return eh->magic == ELF_MAGIC && eh->class == ELFCLASS64 && eh->data == ELFDATA2LSB &&
           eh->type == ET_EXEC && eh->machine == EM_RISCV &&
           eh->phentsize == sizeof(struct elf_program_header);
}

/* Map and fill one PT_LOAD segment into pt; *top becomes the highest end seen.
 * Returns 0, or -1 for a bad segment (unaligned, overlapping, outside user space)
 * or a short file or no memory. */
static int load_segment(pagetable_t pt, struct inode *ip, const struct elf_program_header *ph,
                        uint64_t *top)
{
    uint64_t end = ph->vaddr + ph->memsz;
    if (ph->memsz < ph->filesz || end < ph->vaddr || end > USER_TOP || ph->vaddr % PGSIZE != 0)
        return -1;
    if (ph->offset > ip->size || ph->filesz > ip->size - ph->offset)
        return -1;                                  /* the file is shorter than the segment says */
    uint64_t perm = (ph->flags & PF_R ? PTE_R : 0) | (ph->flags & PF_W ? PTE_W : 0) |
                    (ph->flags & PF_X ? PTE_X : 0);
    for (uint64_t off = 0; off < ph->memsz; off += PGSIZE) {
        void *page;
        if (uvm_map_zeroed(pt, ph->vaddr + off, perm, &page) != 0)
            return -1;
        if (off < ph->filesz) {
            uint32_t n = (uint32_t)MIN((uint64_t)PGSIZE, ph->filesz - off);
            if (inode_read(ip, KERNEL_SPACE, (uint64_t)page, (uint32_t)(ph->offset + off), n) != (int)n)
                return -1;
        }
    }
    *top = MAX(*top, end);
    return 0;
}

/* Steps 1 and 2: load the program in file ip (locked) into pt. Returns the entry
 * point and the end of the loaded image in *top, or -1. */
static int64_t load_program(pagetable_t pt, struct inode *ip, uint64_t *top)
{
    struct elf_header eh;
    if (inode_read(ip, KERNEL_SPACE, (uint64_t)&eh, 0, sizeof eh) != sizeof eh || !header_ok(&eh))
        return -1;
    for (uint32_t i = 0; i < eh.phnum; i++) {
        struct elf_program_header ph;
        uint64_t at = eh.phoff + (uint64_t)i * sizeof ph;
        if (at > UINT32_MAX || inode_read(ip, KERNEL_SPACE, (uint64_t)&ph, (uint32_t)at, sizeof ph) != sizeof ph)
            return -1;
        if (ph.type == PT_LOAD && load_segment(pt, ip, &ph, top) != 0)
            return -1;
    }
    return (int64_t)eh.entry;
}

/* Step 3's arguments: copy the strings and then the argv array (NULL-terminated)
 * down from stack_top into the stack's top page, which the kernel sees at `page`.
 * Keeps sp 16-byte aligned (RISC-V psABI). Returns sp, or 0 if they do not fit.
 * *argc gets the count, *argv_va the user address of argv[0]. */
static uint64_t push_arguments(char *page, uint64_t stack_top, char *const argv[],
                               int *argc, uint64_t *argv_va)
{
    uint64_t page_va = stack_top - PGSIZE;
    uint64_t sp = stack_top;
    uint64_t uargv[MAXARG + 1];
    int n;
    for (n = 0; argv[n]; n++) {
        if (n >= MAXARG)
            return 0;
        uint64_t len = strlen(argv[n]) + 1;
        if (sp - page_va < len)
            return 0;
        sp = (sp - len) & ~15ull;
        memmove(page + (sp - page_va), argv[n], len);
        uargv[n] = sp;
    }
    uargv[n] = 0;
    uint64_t array = (uint64_t)(n + 1) * sizeof(uint64_t);
    if (sp - page_va < array + 16)
        return 0;
    sp = (sp - array) & ~15ull;
    memmove(page + (sp - page_va), uargv, array);
    *argc = n;
    *argv_va = sp;
    return sp;
}

/* Replace the current process's program with the one at path, passing argv (kernel
 * strings). Returns argc, which becomes a0 in the new program, or -1 with the old
 * program intact. */
int exec(const char *path, char *const argv[])
{
    struct proc *p = current_proc();
    tx_begin();
    struct inode *ip = path_resolve(path, 1);
    if (ip == 0) {
        tx_end();
        return -1;
    }
    inode_lock(ip);
    pagetable_t pt = uvm_create(p->trapframe);
    uint64_t top = 0;
    int64_t entry = pt && ip->type == T_FILE ? load_program(pt, ip, &top) : -1;
    inode_unlock_put(ip);
    tx_end();
    if (entry < 0)
        goto fail;

    uint64_t stack_bottom = PGROUNDUP(top) + PGSIZE;            /* above the guard */
    uint64_t stack_top = stack_bottom + USTACK_PAGES * PGSIZE;
    void *top_page = 0;
    if (stack_top > USER_TOP)
        goto fail;
    for (uint64_t va = stack_bottom; va < stack_top; va += PGSIZE)
        if (uvm_map_zeroed(pt, va, PTE_R | PTE_W, &top_page) != 0)
            goto fail;
    int argc;
    uint64_t argv_va;
    uint64_t sp = push_arguments(top_page, stack_top, argv, &argc, &argv_va);
    if (sp == 0)
        goto fail;

    /* Commit: nothing below can fail. */
    const char *name = path;
    for (const char *s = path; *s; s++)
        if (*s == '/' && s[1] != 0)
            name = s + 1;
    strlcpy(p->name, name, sizeof p->name);
    pagetable_t old = p->pagetable;
    p->pagetable = pt;
    p->sz = p->heap_base = stack_top;
    p->trapframe->epc = (uint64_t)entry;
    p->trapframe->regs[REG_SP] = sp;
    p->trapframe->regs[REG_A1] = argv_va;
    uvm_destroy(old);
    return argc;

fail:
    if (pt)
        uvm_destroy(pt);
    return -1;
}
