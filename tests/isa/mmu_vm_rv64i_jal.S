# mmu_vm_rv64i_jal.S: rv64i_jal.S again in S-mode under Sv39, with the code and data on 4 KiB pages.
#define MMU_VM_LEVELS 3
#define MMU_VM_PRIV PRV_S
#include "mmu_vm.h"
#include "rv64i_jal.S"
