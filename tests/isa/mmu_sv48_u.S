# mmu_sv48_u.S: mmu_sv39_u.S again under Sv48 (4-level tables).
#define PT_LEVELS 4
#define PT_SATP SATP_SV48
#include "mmu_sv39_u.S"
