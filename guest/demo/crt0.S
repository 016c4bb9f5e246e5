# rt: reset entry for the bare-metal guests (demo, benchmark).
#
# Every hart arrives here in M-mode with a0 = hart id and a1 = device-tree address.
# Hart 0 sets up gp, sp, the trap vector and the FPU, clears .bss and calls
# rt_start(hartid, dtb), which runs main() and exits through the test finisher.
# Any other hart sleeps forever: the programs are single-threaded.

    .section .text.init, "ax", @progbits
    .globl _start
_start:
    bnez    a0, park

    # gp must be loaded without relaxation, or the linker would rewrite this very
    # instruction as an access relative to the not-yet-set gp.
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop

    la      sp, __stack_top
    la      t0, rt_trap_entry
    csrw    mtvec, t0

    # priv spec 3.1.6.6: with mstatus.FS = Off every FP instruction (and fcsr access)
    # is illegal. Initial (01) turns the FPU on; then start from round-to-nearest.
    li      t0, (1 << 13)
    csrs    mstatus, t0
    fscsr   zero

    # Clear .bss (the linker script keeps both ends 16-byte aligned).
    la      t0, __bss_start
    la      t1, __bss_end
1:  bgeu    t0, t1, 2f
    sd      zero, 0(t0)
    sd      zero, 8(t0)
    addi    t0, t0, 16
    j       1b
2:
    call    rt_start            # a0 = hart id, a1 = dtb; never returns
    j       park

park:
    wfi
    j       park

# A trap is always fatal here. Take a fresh stack (the old sp may be the reason we
# are here), reload gp and report mcause/mepc/mtval from C.
    .text
    .balign 4
    .globl rt_trap_entry
rt_trap_entry:
    .option push
    .option norelax
    la      gp, __global_pointer$
    .option pop
    la      sp, __trap_stack_top
    csrr    a0, mcause
    csrr    a1, mepc
    csrr    a2, mtval
    call    rt_trap
    j       park
