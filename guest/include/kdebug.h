/*
 * What rvscope's debugger needs to read the bundled kernel's structures without DWARF.
 * The kernel defines exactly one
 *
 *     const struct kernel_debug_info kernel_debug_info = { ... };
 *
 * (found by that symbol name) filled with offsetof/sizeof of its real structures, and
 * checks the trapframe layout shared with its assembly by _Static_assert. The process
 * states use enum procinfo_state's numbering (uapi.h).
 */
#ifndef RVSCOPE_GUEST_KDEBUG_H
#define RVSCOPE_GUEST_KDEBUG_H

#define KDEBUG_MAGIC 0x4942444bu   /* "KDBI" */
#define KDEBUG_VERSION 1

/* Assembly (the trampoline) includes this header for the TF_* offsets only. */
#ifndef __ASSEMBLER__
#include <stdint.h>

struct kernel_debug_info {
    uint32_t magic, version;
    uint64_t proc_table;          /* address of the array of struct proc */
    uint32_t nproc;               /* its length */
    uint32_t proc_size;           /* sizeof(struct proc) */
    uint32_t off_pid;             /* int */
    uint32_t off_state;           /* int, enum procinfo_state values */
    uint32_t off_name;            /* char[name_len] */
    uint32_t name_len;
    uint32_t off_pagetable;       /* physical address of the root page table (uint64) */
    uint32_t off_trapframe;       /* kernel address of the trapframe page (uint64) */
    uint32_t off_parent;          /* pointer to the parent's struct proc (uint64) */
    uint64_t trampoline_va;       /* where the trampoline is mapped in every space */
    uint64_t trapframe_va;        /* where each process sees its trapframe */
};
#endif

/* struct trapframe (one page per process, mapped at trapframe_va): the user registers
 * saved on trap entry, x1..x31 in regs[1..31] (regs[0] unused), then the fields the
 * trampoline needs. Byte offsets, fixed: */
#define TF_REGS            0      /* uint64 regs[32] */
#define TF_EPC             256    /* user pc to return to */
#define TF_KERNEL_SATP     264
#define TF_KERNEL_SP       272
#define TF_KERNEL_TRAP     280    /* address of usertrap() */
#define TF_KERNEL_HARTID   288
#define TF_SIZE            296

#endif
