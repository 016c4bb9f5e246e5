/*
 * mmu_vm.h — run an existing ISA test again under virtual memory:
 *
 *     # mmu_vm_rv64i_ld.S: rv64i_ld.S in U-mode under Sv39 through 4 KiB pages.
 *     #define MMU_VM_LEVELS 3              (3 Sv39, 4 Sv48, 5 Sv57; default 3)
 *     #define MMU_VM_PRIV PRV_U            (PRV_U or PRV_S; default PRV_U)
 *     #include "mmu_vm.h"
 *     #include "rv64i_ld.S"
 *
 * TEST_START builds page tables that map the first 2 MiB of RAM (the test image, its data
 * and stack) with 4 KiB pages and the rest of RAM with 2 MiB pages, all at their own
 * address, turns translation on and drops to MMU_VM_PRIV; the test body then runs there.
 * PASS returns to M through an ecall. A failing check ends the test with its case number
 * as before (from U-mode the failure message itself traps, which isa.h reports as an
 * unexpected trap in that case). Tests that touch CSRs or change modes do not fit.
 */
#ifndef MMU_VM_H
#define MMU_VM_H

#include "mmu_pt.h"

#ifndef MMU_VM_LEVELS
#define MMU_VM_LEVELS 3
#endif
#ifndef MMU_VM_PRIV
#define MMU_VM_PRIV PRV_U
#endif
#define MMU_VM_SATP ((MMU_VM_LEVELS + 5) << 60)   /* Sv39 = 8, Sv48 = 9, Sv57 = 10 */
#if MMU_VM_PRIV == PRV_U
#define MMU_VM_RAM_PTE (PTE_V | PTE_RWX | PTE_AD | PTE_U)
#else
#define MMU_VM_RAM_PTE (PTE_V | PTE_RWX | PTE_AD)
#endif

.macro mmu_vm_enter
    call    pt_reset
    li      s10, MMU_VM_LEVELS
    call    pt_alloc
    mv      s11, a0
    li      a1, 0                       /* devices: one supervisor gigapage */
    li      a2, 0
    li      a3, PTE_V | PTE_RW | PTE_AD
    li      a4, LVL_1G
    call    pt_map_at
    li      s9, RAM_BASE                /* RAM: 4 KiB pages for the first 2 MiB ... */
1:  mv      a1, s9
    mv      a2, s9
    li      a3, MMU_VM_RAM_PTE
    li      a4, LVL_4K
    call    pt_map_at
    li      t0, 0x1000
    add     s9, s9, t0
    li      t0, RAM_BASE + 0x200000
    bltu    s9, t0, 1b
2:  mv      a1, s9                      /* ... then 2 MiB pages */
    mv      a2, s9
    li      a3, MMU_VM_RAM_PTE
    li      a4, LVL_2M
    call    pt_map_at
    li      t0, 0x200000
    add     s9, s9, t0
    li      t0, RAM_END
    bltu    s9, t0, 2b
    SATP_ON(MMU_VM_SATP, 1)
    GOTO_MODE(MMU_VM_PRIV, 3f)
3:  li      s9, 0
    li      s10, 0
    li      s11, 0
.endm

#undef TEST_START
#undef TEST_END
#undef PASS
#define TEST_START isa_entry; mmu_vm_enter
#define TEST_END isa_runtime; pt_runtime
#define PASS ARM_TRAP(isa_pass); ecall; j isa_fail

#endif /* MMU_VM_H */
