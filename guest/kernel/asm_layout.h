/*
 * Layouts shared between C and assembly that the kernel owns (the trapframe's layout
 * is rvscope's contract, kdebug.h). Safe to include from .S files; the C structures
 * check themselves against these numbers with _Static_assert (sched.h).
 *
 * struct context (swtch.S): the callee-saved registers of a kernel thread.
 */
#ifndef KERNEL_ASM_LAYOUT_H
#define KERNEL_ASM_LAYOUT_H

#define CTX_RA      0
#define CTX_SP      8
#define CTX_S(n)    (16 + 8 * (n))      /* s0..s11 */
#define CTX_SIZE    112

#endif
