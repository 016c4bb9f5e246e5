/*
 * The flattened device tree that describes the board to the guest (Devicetree spec
 * 0.4; RISC-V bindings as Linux and OpenSBI read them), generated with libfdt from
 * the memory-map table: only regions with a device behind them are described.
 */
#ifndef RVSCOPE_DEVICETREE_H
#define RVSCOPE_DEVICETREE_H

#include <stddef.h>
#include <stdint.h>

struct machine;

struct fdt_params {
    const char *bootargs;              /* /chosen/bootargs, or NULL */
    uint64_t initrd_start, initrd_end; /* both 0 when there is no initrd */
};

/* Build the blob into buf (at most len bytes). Returns its size, or 0 if it does not
 * fit. */
size_t fdt_build(const struct machine *m, const struct fdt_params *p, void *buf, size_t len);

#endif
