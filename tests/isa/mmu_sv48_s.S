# mmu_sv48_s.S: mmu_sv39_s.S again under Sv48 (4-level tables), plus a 512 GiB page and a
# misaligned one.
#define PT_LEVELS 4
#define PT_SATP SATP_SV48
#include "mmu_sv39_s.S"
