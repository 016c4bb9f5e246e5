# mmu_vm_rvc_load_store.S: rvc_load_store.S again in U-mode under Sv39, with the code and data on 4 KiB pages.
#define MMU_VM_LEVELS 3
#define MMU_VM_PRIV PRV_U
#include "mmu_vm.h"
#include "rvc_load_store.S"
