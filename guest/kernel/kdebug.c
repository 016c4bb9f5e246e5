/*
 * kernel_debug_info: where rvscope's debugger finds the kernel's structures
 * without debug information (kdebug.h). Read by the debugger from memory, never by
 * the kernel; `used` keeps it in the image.
 */
#include <stddef.h>

#include "kdebug.h"
#include "memlayout.h"
#include "proc.h"

__attribute__((used)) const struct kernel_debug_info kernel_debug_info = {
    .magic = KDEBUG_MAGIC,
    .version = KDEBUG_VERSION,
    .proc_table = (uint64_t)proc_table,
    .nproc = NPROC,
    .proc_size = sizeof(struct proc),
    .off_pid = offsetof(struct proc, pid),
    .off_state = offsetof(struct proc, state),
    .off_name = offsetof(struct proc, name),
    .name_len = sizeof(((struct proc *)0)->name),
    .off_pagetable = offsetof(struct proc, pagetable),
    .off_trapframe = offsetof(struct proc, trapframe),
    .off_parent = offsetof(struct proc, parent),
    .trampoline_va = TRAMPOLINE,
    .trapframe_va = TRAPFRAME,
};

/* The debugger reads these fields with the sizes kdebug.h documents. */
_Static_assert(sizeof(((struct proc *)0)->pid) == 4, "pid is an int");
_Static_assert(sizeof(((struct proc *)0)->state) == 4, "state is an int");
_Static_assert(sizeof(((struct proc *)0)->pagetable) == 8, "pagetable is 64-bit");
_Static_assert(sizeof(((struct proc *)0)->trapframe) == 8, "trapframe is 64-bit");
_Static_assert(sizeof(((struct proc *)0)->parent) == 8, "parent is 64-bit");
