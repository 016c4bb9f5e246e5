/*
 * The platform-level interrupt controller (RISC-V PLIC spec 1.0.0). Each source
 * has a priority; each hart context has an enable bit per source, a priority
 * threshold, and a claim/complete register. A context receives a source's
 * interrupt when it is enabled there and its priority exceeds the threshold.
 * On the virt board, hart h's S-mode context is 2h + 1 (2h is its M-mode context).
 */
#include "trap.h"
#include "memlayout.h"
#include "sched.h"

#define PLIC_PRIORITY(irq)   (PLIC_BASE + 4 * (uint64_t)(irq))
#define PLIC_ENABLE(ctx)     (PLIC_BASE + 0x2000 + 0x80 * (uint64_t)(ctx))
#define PLIC_THRESHOLD(ctx)  (PLIC_BASE + 0x200000 + 0x1000 * (uint64_t)(ctx))
#define PLIC_CLAIM(ctx)      (PLIC_THRESHOLD(ctx) + 4)
#define S_CONTEXT(hart)      (2 * (hart) + 1)

static volatile uint32_t *reg(uint64_t addr) { return (volatile uint32_t *)addr; }

/* Give the sources we use (UART, every virtio slot) priority 1; 0 means off. */
void plic_init(void)
{
    *reg(PLIC_PRIORITY(UART0_IRQ)) = 1;
    for (int slot = 0; slot < VIRTIO_SLOTS; slot++)
        *reg(PLIC_PRIORITY(VIRTIO_IRQ(slot))) = 1;
}

/* Route the UART and virtio interrupts to this hart's S-mode context, accept any
 * priority, and enable external interrupts in sie. */
void plic_init_hart(void)
{
    int ctx = S_CONTEXT(cpu_id());
    uint32_t mask = 1u << UART0_IRQ;
    for (int slot = 0; slot < VIRTIO_SLOTS; slot++)
        mask |= 1u << VIRTIO_IRQ(slot);
    *reg(PLIC_ENABLE(ctx)) = mask;
    *reg(PLIC_THRESHOLD(ctx)) = 0;
    csr_set(sie, IE_SEIE);
}

/* Which source interrupted this hart? 0 if another hart claimed it first. */
int plic_claim(void)
{
    return (int)*reg(PLIC_CLAIM(S_CONTEXT(cpu_id())));
}

/* Tell the PLIC this hart is done with source irq. */
void plic_complete(int irq)
{
    *reg(PLIC_CLAIM(S_CONTEXT(cpu_id()))) = (uint32_t)irq;
}
