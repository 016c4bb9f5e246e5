# mmu_vm_rvc_jump_branch.S: rvc_jump_branch.S again in U-mode under Sv48, with the code and data on 4 KiB pages.
#define MMU_VM_LEVELS 4
#define MMU_VM_PRIV PRV_U
#include "mmu_vm.h"
#include "rvc_jump_branch.S"
