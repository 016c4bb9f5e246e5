/*
 * The event hub: every architecturally interesting moment (trap, xRET, satp write,
 * ecall, page walk, interrupt, MMIO access, device DMA, breakpoint) becomes a plain struct handed to
 * whoever subscribed. With no subscriber for a kind, emitting costs one predictable
 * branch on `hub->mask` (DESIGN.md §2).
 */
#ifndef RVSCOPE_EVENTS_H
#define RVSCOPE_EVENTS_H

#include <stdbool.h>
#include <stdint.h>

enum event_kind {
    EV_TRAP,       /* exception or interrupt taken */
    EV_XRET,       /* mret / sret */
    EV_SATP,       /* satp written */
    EV_ECALL,      /* ecall executed (before the trap) */
    EV_PAGEWALK,   /* a hardware page walk happened */
    EV_MMIO,       /* a device register was accessed */
    EV_BREAK,      /* a breakpoint was hit */
    EV_DMA,        /* a device read or wrote guest RAM */
    EV_KIND_COUNT
};

struct event {
    enum event_kind kind;
    int hart;
    uint64_t pc;
    int priv;           /* privilege when the event happened */
    union {
        struct { uint64_t cause, tval, epc; int from, to; bool interrupt; } trap;
        struct { uint64_t epc; int from, to; bool sret; } xret;
        struct { uint64_t old_value, new_value; } satp;
        struct { uint64_t a[8]; } ecall;              /* a0..a7 */
        struct { uint64_t addr, value; int size; bool write; const char *device; } mmio;
        struct { uint64_t va, pa; int access; int result; } walk;
        /* the debugger stopped the machine: breakpoint/watchpoint number (0: internal),
         * stop kind (emu/debugger/dbg.h enum dbg_stop_kind), pc or watched address */
        struct { int id; int stop; uint64_t addr; } brk;
        struct { uint64_t pa, len; bool write; const char *device; } dma;
    } u;
};

typedef void (*event_fn)(void *ctx, const struct event *ev);

#define EVENTS_MAX_SUBSCRIBERS 8

struct event_hub {
    uint32_t mask;      /* bit k set: someone listens to kind k */
    int count;
    struct { uint32_t mask; event_fn fn; void *ctx; } subs[EVENTS_MAX_SUBSCRIBERS];
};

/* Register fn for the kinds in mask; returns false when the hub is full. */
bool events_subscribe(struct event_hub *hub, uint32_t mask, event_fn fn, void *ctx);
void events_unsubscribe(struct event_hub *hub, event_fn fn, void *ctx);
/* Deliver ev to every subscriber of its kind. Callers test events_wanted() first. */
void events_deliver(struct event_hub *hub, const struct event *ev);

/* RVSCOPE_NO_EVENTS (cmake -DRVSCOPE_EVENTS=OFF) compiles every emitter away, only so
 * that bench/run.sh can measure what the hub costs when nobody listens. */
static inline bool events_wanted(const struct event_hub *hub, enum event_kind kind)
{
#ifdef RVSCOPE_NO_EVENTS
    (void)hub;
    (void)kind;
    return false;
#else
    return __builtin_expect((hub->mask >> kind) & 1u, 0);
#endif
}

#endif
