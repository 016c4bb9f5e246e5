/* The core-local interruptor (SiFive CLINT layout, as in QEMU's virt): per-hart msip at
 * 0x0000 + 4*hart, mtimecmp at 0x4000 + 8*hart, the shared mtime at 0xbff8. */
#include "devices.h"

#define CLINT_MSIP 0x0000
#define CLINT_MTIMECMP 0x4000
#define CLINT_MTIME 0xbff8
#define MIP_MSIP (1ull << 3)
#define MIP_MTIP (1ull << 7)

void clint_update(struct clint *c)
{
    for (int i = 0; i < c->harts; i++)
        c->irq.set_hart_line(c->irq.ctx, i, MIP_MTIP, *c->mtime >= c->mtimecmp[i]);
}

uint64_t clint_next_event(const struct clint *c)
{
    uint64_t next = UINT64_MAX;
    for (int i = 0; i < c->harts; i++)
        if (c->mtimecmp[i] > *c->mtime && c->mtimecmp[i] < next)
            next = c->mtimecmp[i];
    return next;
}

/* 64-bit registers may be accessed whole or as two 32-bit halves. */
static bool reg64_read(uint64_t reg, uint64_t off, int size, uint64_t *value)
{
    if (size == 8 && off == 0)
        *value = reg;
    else if (size == 4 && (off == 0 || off == 4))
        *value = (uint32_t)(reg >> (8 * off));
    else
        return false;
    return true;
}

static bool reg64_write(uint64_t *reg, uint64_t off, int size, uint64_t value)
{
    if (size == 8 && off == 0)
        *reg = value;
    else if (size == 4 && (off == 0 || off == 4))
        *reg = (*reg & ~(0xffffffffull << (8 * off))) | ((value & 0xffffffffull) << (8 * off));
    else
        return false;
    return true;
}

static bool clint_read(void *opaque, uint64_t offset, int size, uint64_t *value)
{
    struct clint *c = opaque;
    if (offset < CLINT_MSIP + 4u * (unsigned)c->harts) {
        if (size != 4 || offset % 4)
            return false;
        *value = c->msip[offset / 4];
        return true;
    }
    if (offset >= CLINT_MTIMECMP && offset < CLINT_MTIMECMP + 8u * (unsigned)c->harts)
        return reg64_read(c->mtimecmp[(offset - CLINT_MTIMECMP) / 8], offset % 8, size, value);
    if (offset >= CLINT_MTIME && offset < CLINT_MTIME + 8)
        return reg64_read(*c->mtime, offset - CLINT_MTIME, size, value);
    return false;
}

static bool clint_write(void *opaque, uint64_t offset, int size, uint64_t value)
{
    struct clint *c = opaque;
    bool ok;
    if (offset < CLINT_MSIP + 4u * (unsigned)c->harts) {
        if (size != 4 || offset % 4)
            return false;
        int hart = (int)(offset / 4);
        c->msip[hart] = value & 1;
        c->irq.set_hart_line(c->irq.ctx, hart, MIP_MSIP, c->msip[hart]);
        return true;
    }
    if (offset >= CLINT_MTIMECMP && offset < CLINT_MTIMECMP + 8u * (unsigned)c->harts)
        ok = reg64_write(&c->mtimecmp[(offset - CLINT_MTIMECMP) / 8], offset % 8, size, value);
    else if (offset >= CLINT_MTIME && offset < CLINT_MTIME + 8)
        ok = reg64_write(c->mtime, offset - CLINT_MTIME, size, value);
    else
        return false;
    clint_update(c);
    return ok;
}

static void clint_tick(void *opaque, uint64_t mtime)
{
    (void)mtime;
    clint_update(opaque);
}

/* mtime keeps counting across a reset; timers and software interrupts are cleared. */
static void clint_reset(void *opaque)
{
    struct clint *c = opaque;
    for (int i = 0; i < CLINT_MAX_HARTS; i++) {
        c->msip[i] = 0;
        c->mtimecmp[i] = UINT64_MAX;
        if (i < c->harts)
            c->irq.set_hart_line(c->irq.ctx, i, MIP_MSIP, false);
    }
    clint_update(c);
}

void clint_init(struct clint *c, int harts, uint64_t *mtime, struct irq_sink irq)
{
    *c = (struct clint){0};
    c->harts = harts;
    c->mtime = mtime;
    c->irq = irq;
    for (int i = 0; i < CLINT_MAX_HARTS; i++)
        c->mtimecmp[i] = UINT64_MAX;
    c->dev = (struct device){.name = "clint", .opaque = c, .read = clint_read,
                             .write = clint_write, .tick = clint_tick, .reset = clint_reset};
}
