# mmu_sv57_s.S: mmu_sv39_s.S again under Sv57 (5-level tables), with the 512 GiB pages.
#define PT_LEVELS 5
#define PT_SATP SATP_SV57
#include "mmu_sv39_s.S"
