# mmu_vm_rv64a_lrsc_store_between.S: rv64a_lrsc_store_between.S again in S-mode under Sv48, with the code and data on 4 KiB pages.
#define MMU_VM_LEVELS 4
#define MMU_VM_PRIV PRV_S
#include "mmu_vm.h"
#include "rv64a_lrsc_store_between.S"
