/*
 * _entry: the first instruction of the kernel. Every hart arrives here in M-mode with
 * a0 = its hart id and a1 = the device tree address. Each hart takes its own slice of
 * boot_stacks (defined in start.c) and calls machine_start(hartid, dtb) in C.
 * Harts beyond NCPU park forever: the kernel has no per-hart state for them.
 *
 * .bss (where boot_stacks lives) is already zero: the ELF loader clears it.
 */
#include "param.h"

    .section .text.entry
    .globl _entry
_entry:
    li t0, NCPU
    bgeu a0, t0, park

    # sp = boot_stacks + (hartid + 1) * BOOT_STACK_SIZE
    la sp, boot_stacks
    li t0, BOOT_STACK_SIZE
    addi t1, a0, 1
    mul t0, t0, t1
    add sp, sp, t0
    call machine_start
park:
    wfi
    j park
