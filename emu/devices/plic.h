/*
 * The platform-level interrupt controller (RISC-V PLIC spec 1.0.0, with the layout of
 * QEMU's virt board: sources 1..95, 7 priority levels, two contexts per hart).
 *
 *  offset (from 0x0c00_0000)
 *  0x000000 +-----------------------------+ priority of source s at 4*s (source 0: none)
 *  0x001000 +-----------------------------+ pending bits, 32 sources per word (read-only)
 *  0x002000 +-----------------------------+ enable bits of context c at 0x2000 + 0x80*c
 *  0x200000 +-----------------------------+ context c at 0x200000 + 0x1000*c:
 *           |                             |   +0 threshold, +4 claim (read) / complete (write)
 *  0x600000 +-----------------------------+
 *
 * Context 2*h is hart h's M-mode (drives its MEIP), context 2*h+1 its S-mode (SEIP).
 * Every register is 32 bits wide and accessed with aligned lw/sw; anything else, and
 * any address outside the registers that exist for PLIC_SOURCES sources and 2*harts
 * contexts, is an access fault.
 */
#ifndef RVSCOPE_PLIC_H
#define RVSCOPE_PLIC_H

#include <stdbool.h>
#include <stdint.h>

#include "devices.h"

#define PLIC_NDEV 95                      /* highest source id ("riscv,ndev") */
#define PLIC_SOURCES (PLIC_NDEV + 1)      /* ids 0..95; id 0 means "no interrupt" */
#define PLIC_WORDS ((PLIC_SOURCES + 31) / 32)
#define PLIC_MAX_PRIORITY 7               /* priorities and thresholds are 3 bits */
#define PLIC_MAX_HARTS 8
#define PLIC_MAX_CONTEXTS (2 * PLIC_MAX_HARTS)
#define PLIC_SIZE 0x600000

struct plic {
    struct device dev;
    int harts;
    struct irq_sink irq;                  /* where MEIP/SEIP of each hart go */
    uint32_t priority[PLIC_SOURCES];
    uint32_t level[PLIC_WORDS];           /* the sources' input lines, as last set */
    uint32_t pending[PLIC_WORDS];         /* IP: a request waits to be claimed */
    uint32_t in_service[PLIC_WORDS];      /* claimed, completion not yet received */
    uint32_t enable[PLIC_MAX_CONTEXTS][PLIC_WORDS];
    uint32_t threshold[PLIC_MAX_CONTEXTS];
    bool eip[PLIC_MAX_CONTEXTS];          /* each context's output, as last driven */
};

/* A PLIC for `harts` harts (1..PLIC_MAX_HARTS) whose outputs go to irq. Everything
 * starts at zero: no priorities, nothing enabled, every output low. */
void plic_init(struct plic *p, int harts, struct irq_sink irq);

/* Drive the input line of source (1..PLIC_NDEV; others are ignored). Level-triggered
 * gateway (spec §"Interrupt Gateways"): a high line becomes a request (pending bit) unless
 * one is pending or in service already; after a completion, a line still high makes a
 * new request. A request stays pending if the line drops before it is claimed. */
void plic_set_source(struct plic *p, unsigned source, bool level);

/* An irq_line that drives `source` of this PLIC, for a device's interrupt output. */
struct irq_line plic_irq_line(struct plic *p, unsigned source);

#endif
