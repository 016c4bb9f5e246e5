# mmu_vm_rv64a_amoswap.S: rv64a_amoswap.S again in U-mode under Sv48, with the code and data on 4 KiB pages.
#define MMU_VM_LEVELS 4
#define MMU_VM_PRIV PRV_U
#include "mmu_vm.h"
#include "rv64a_amoswap.S"
