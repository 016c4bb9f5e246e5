/*
 * Constructors of the board's devices. Each returns a struct device (bus.h) whose
 * opaque state it owns; devices never see the CPU: interrupts go out through an
 * irq_sink the machine provides, and the clock comes in as a pointer.
 */
#ifndef RVSCOPE_DEVICES_H
#define RVSCOPE_DEVICES_H

#include <stdbool.h>
#include <stdint.h>
#include <stdio.h>

#include "bus.h"

/* Where an interrupt controller's outputs go: hart-local lines (mip bits). The CLINT
 * drives MSIP/MTIP, the PLIC MEIP/SEIP. */
struct irq_sink {
    void (*set_hart_line)(void *ctx, int hart, uint64_t mip_bit, bool level);
    void *ctx;
};

/* One interrupt output of a device (UART, virtio, ...): the machine connects it to a
 * PLIC source. Level-triggered: the device holds it high while it needs service. */
struct irq_line {
    void (*set)(void *ctx, unsigned source, bool level);
    void *ctx;
    unsigned source;
};

static inline void irq_line_set(const struct irq_line *l, bool level)
{
    if (l->set)
        l->set(l->ctx, l->source, level);
}

/* SiFive test finisher (DESIGN.md §3): 0x5555 pass, 0x3333 | code << 16 fail,
 * 0x7777 reset. Sets bus->stop and the result. */
enum finisher_result { FINISHER_NONE, FINISHER_PASS, FINISHER_FAIL, FINISHER_RESET };
struct finisher {
    struct device dev;
    struct bus *bus;
    enum finisher_result result;
    int code;
};
void finisher_init(struct finisher *f, struct bus *bus);

/* CLINT: msip and mtimecmp per hart, mtime shared. */
#define CLINT_MAX_HARTS 8
struct clint {
    struct device dev;
    uint64_t *mtime;
    int harts;
    uint32_t msip[CLINT_MAX_HARTS];
    uint64_t mtimecmp[CLINT_MAX_HARTS];
    struct irq_sink irq;
};
void clint_init(struct clint *c, int harts, uint64_t *mtime, struct irq_sink irq);
/* Re-evaluate MTIP of every hart against mtime. */
void clint_update(struct clint *c);
/* Earliest mtimecmp still ahead of mtime (UINT64_MAX if none). */
uint64_t clint_next_event(const struct clint *c);

/* The UART has a header of its own; included here, after irq_line which it needs, so
 * that users of devices.h keep seeing struct uart. */
#include "uart16550.h"

#endif
