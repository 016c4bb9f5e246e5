/*
 * What the kernel learns from the flattened device tree the board passes in a1
 * (fdt.c). Only two facts: where RAM ends and how fast the time CSR counts.
 */
#ifndef KERNEL_FDT_H
#define KERNEL_FDT_H

#include <stdint.h>

struct board_info {
    uint64_t ram_base, ram_size;    /* the first /memory node's first reg entry */
    uint64_t timebase_hz;           /* /cpus timebase-frequency */
};

/* Fill in the fields found in the device tree at `dtb`, leaving the others as they
 * were (so the caller pre-sets defaults). Returns 0, or -1 if dtb is not a device
 * tree. */
int fdt_read_board(uint64_t dtb, struct board_info *info);

#endif
