/* A read-only memory region (the reset ROM). Its contents are written by the machine
 * at boot; guest writes are refused (access fault). */
#ifndef RVSCOPE_ROM_H
#define RVSCOPE_ROM_H

#include "bus.h"

#define ROM_MAX 0xf000

struct rom {
    struct device dev;
    uint8_t data[ROM_MAX];
    uint64_t size;
};

void rom_init(struct rom *r, uint64_t size);

#endif
