#include "machine.h"

#include <stdio.h>
#include <string.h>
#include <time.h>

#include "cpu/icache.h"

/*
 *  Physical memory map (QEMU virt):
 *
 *  0x0000_1000 +--------------+ reset ROM: a0 = hartid, a1 = dtb, a2 = fw_dynamic info
 *  0x0010_0000 +--------------+ test finisher (poweroff / fail / reset)
 *  0x0010_1000 +--------------+ goldfish RTC
 *  0x0200_0000 +--------------+ CLINT (msip, mtimecmp, mtime)
 *  0x0c00_0000 +--------------+ PLIC
 *  0x1000_0000 +--------------+ UART0 (16550A), PLIC source 10
 *  0x1000_1000 +--------------+ virtio-mmio slots 0..7, PLIC sources 1..8
 *  0x8000_0000 +--------------+ RAM (-m, default 128 MiB)
 */
const struct memmap_entry virt_memmap[VIRT_REGION_COUNT] = {
    [VIRT_MROM]   = {"mrom",   0x00001000, 0xf000,   0,  1},
    [VIRT_TEST]   = {"test",   0x00100000, 0x1000,   0,  1},
    [VIRT_RTC]    = {"rtc",    0x00101000, 0x1000,   11, 1},
    [VIRT_CLINT]  = {"clint",  0x02000000, 0x10000,  0,  1},
    [VIRT_PLIC]   = {"plic",   0x0c000000, 0x600000, 0,  1},
    [VIRT_UART0]  = {"uart0",  0x10000000, 0x100,    10, 1},
    [VIRT_VIRTIO] = {"virtio", 0x10001000, 0x1000,   1,  8},
    [VIRT_DRAM]   = {"dram",   0x80000000, 0,        0,  1},
};

/* Instructions a hart runs before the next one gets its turn. */
#define MACHINE_QUANTUM 10000

static void set_hart_line(void *ctx, int hart, uint64_t mip_bit, bool level)
{
    struct machine *m = ctx;
    if (hart >= 0 && hart < m->cfg.harts)
        hart_set_irq_line(&m->harts[hart], mip_bit, level);
}

static bool add_device(struct machine *m, enum virt_region r, struct device *dev)
{
    return bus_add_region(&m->bus, virt_memmap[r].name, virt_memmap[r].base,
                          virt_memmap[r].size, dev);
}

bool machine_init(struct machine *m, const struct machine_config *cfg, char *err, size_t len)
{
    memset(m, 0, sizeof(*m));
    m->cfg = *cfg;
    if (!bus_init(&m->bus, virt_memmap[VIRT_DRAM].base, cfg->ram_size, &m->hub)) {
        snprintf(err, len, "cannot allocate %llu MiB of guest RAM",
                 (unsigned long long)(cfg->ram_size >> 20));
        return false;
    }
    m->icache = icache_new(&m->bus, &m->cluster);
    if (!m->icache) {
        snprintf(err, len, "out of memory");
        bus_free(&m->bus);
        return false;
    }
    rom_init(&m->rom, ROM_MAX);
    rtc_init(&m->rtc);
    finisher_init(&m->finisher, &m->bus);
    clint_init(&m->clint, cfg->harts, &m->mtime,
               (struct irq_sink){.set_hart_line = set_hart_line, .ctx = m});
    uart_init(&m->uart, stdout);
    add_device(m, VIRT_MROM, &m->rom.dev);
    add_device(m, VIRT_TEST, &m->finisher.dev);
    add_device(m, VIRT_RTC, &m->rtc.dev);
    add_device(m, VIRT_CLINT, &m->clint.dev);
    add_device(m, VIRT_UART0, &m->uart.dev);
    plic_init(&m->plic, cfg->harts, (struct irq_sink){.set_hart_line = set_hart_line, .ctx = m});
    add_device(m, VIRT_PLIC, &m->plic.dev);
    uart_set_irq(&m->uart, plic_irq_line(&m->plic, virt_memmap[VIRT_UART0].irq));
    console_init(&m->console, &m->uart, -1, err, len);   /* no input until attached */
    const struct memmap_entry *v = &virt_memmap[VIRT_VIRTIO];
    for (unsigned i = 0; i < v->count; i++) {
        static const struct virtio_slot_plan empty = {.kind = VIRTIO_SLOT_EMPTY};
        const struct virtio_slot_plan *p = cfg->virtio ? &cfg->virtio[i] : &empty;
        if (!virtio_slot_init(&m->virtio[i], p, cfg->virtio_legacy, &m->bus,
                              plic_irq_line(&m->plic, v->irq + i), err, len)) {
            machine_free(m);
            return false;
        }
        m->virtio_ready++;
        bus_add_region(&m->bus, v->name, v->base + i * v->size, v->size, &m->virtio[i].mmio.dev);
    }
    m->cluster.count = cfg->harts;
    for (int i = 0; i < cfg->harts; i++) {
        m->cluster.harts[i] = &m->harts[i];
        hart_init(&m->harts[i], (uint64_t)i, &m->bus, m->icache, &m->cluster, &m->hub,
                  &m->mtime);
    }
    return true;
}

void machine_free(struct machine *m)
{
    console_restore(&m->console);
    for (int i = 0; i < m->virtio_ready; i++)
        virtio_slot_free(&m->virtio[i]);
    m->virtio_ready = 0;
    icache_free(m->icache);
    bus_free(&m->bus);
}

void machine_reset_harts(struct machine *m, uint64_t pc)
{
    for (int i = 0; i < m->cfg.harts; i++)
        hart_reset(&m->harts[i], pc);
}

void machine_reset(struct machine *m)
{
    for (int i = 0; i < m->bus.nregions; i++) {
        struct device *dev = m->bus.regions[i].dev;
        if (dev->reset)
            dev->reset(dev->opaque);
    }
    icache_flush(m->icache);
    m->bus.stop = false;
    m->stop = STOP_NONE;
}

bool machine_add_poller(struct machine *m, void (*fn)(void *ctx), void *ctx)
{
    if (m->npollers == MACHINE_MAX_POLLERS)
        return false;
    m->pollers[m->npollers].fn = fn;
    m->pollers[m->npollers].ctx = ctx;
    m->npollers++;
    return true;
}

void machine_remove_poller(struct machine *m, void (*fn)(void *ctx), void *ctx)
{
    int k = 0;
    for (int i = 0; i < m->npollers; i++)
        if (m->pollers[i].fn != fn || m->pollers[i].ctx != ctx)
            m->pollers[k++] = m->pollers[i];
    m->npollers = k;
}
bool machine_attach_console(struct machine *m, int in_fd, char *err, size_t len)
{
    return console_reattach(&m->console, in_fd, err, len);
}

void machine_set_htif(struct machine *m, uint64_t tohost, uint64_t fromhost)
{
    m->htif = true;
    m->tohost = tohost;
    m->fromhost = fromhost;
}

/* HTIF (the Spike/riscv-tests host interface): device 0 command 0 with bit 0 set is
 * exit(payload >> 1); device 1 command 1 is putchar. */
static void htif_poll(struct machine *m)
{
    uint64_t cmd;
    if (!bus_read_ram(&m->bus, m->tohost, &cmd, 8) || cmd == 0)
        return;
    unsigned dev = (unsigned)(cmd >> 56), op = (unsigned)(cmd >> 48) & 0xff;
    uint64_t payload = cmd & ((1ull << 48) - 1);
    uint64_t zero = 0;
    if (dev == 0 && op == 0 && (payload & 1)) {
        m->stop = STOP_HTIF;
        m->exit_code = (int)(payload >> 1);
        return;
    }
    if (dev == 1 && op == 1) {
        fputc((int)(payload & 0xff), stdout);
        m->uart.wrote = true;
    }
    uint64_t ack = (uint64_t)dev << 56 | (uint64_t)op << 48;
    bus_write_ram(&m->bus, m->tohost, &zero, 8);
    if (m->fromhost)
        bus_write_ram(&m->bus, m->fromhost, &ack, 8);
}

#define NS_PER_TICK (1000000000ull / MACHINE_TIMEBASE_HZ)
/* Longest host sleep while every hart waits: short enough to notice input promptly. */
#define IDLE_SLEEP_MAX_NS 10000000ull

static uint64_t host_now_ns(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (uint64_t)ts.tv_sec * 1000000000ull + (uint64_t)ts.tv_nsec;
}

/* mtime from the host clock; a guest write to mtime moves the origin. */
static void follow_host_clock(struct machine *m)
{
    uint64_t now = host_now_ns();
    if (m->host_origin_ns == 0 || m->mtime < m->host_origin_mtime) {
        m->host_origin_ns = now;
        m->host_origin_mtime = m->mtime;
    }
    uint64_t t = m->host_origin_mtime + (now - m->host_origin_ns) / NS_PER_TICK;
    if (t > m->mtime)
        m->mtime = t;
}

static void advance_time(struct machine *m, uint64_t insns)
{
    if (m->cfg.clock == CLOCK_HOST) {
        follow_host_clock(m);
        return;
    }
    m->tick_remainder += insns;
    m->mtime += m->tick_remainder / MACHINE_INSNS_PER_TICK;
    m->tick_remainder %= MACHINE_INSNS_PER_TICK;
}

/* The next moment a timer fires (CLINT mtimecmp or an Sstc stimecmp), or UINT64_MAX. */
static uint64_t next_timer_event(const struct machine *m)
{
    uint64_t next = clint_next_event(&m->clint);
    for (int i = 0; i < m->cfg.harts; i++) {
        const struct hart *h = &m->harts[i];
        if ((h->csr.menvcfg >> 63) && h->csr.stimecmp > m->mtime && h->csr.stimecmp < next)
            next = h->csr.stimecmp;
    }
    return next;
}

/* Once per round: devices that poll or keep time (the CLINT compares mtimecmp), then
 * Sstc's per-hart comparators. */
static void tick_devices(struct machine *m)
{
    for (int i = 0; i < m->bus.nregions; i++) {
        struct device *dev = m->bus.regions[i].dev;
        if (dev->tick)
            dev->tick(dev->opaque, m->mtime);
    }
    for (int i = 0; i < m->cfg.harts; i++)
        hart_update_timer(&m->harts[i]);
}

/* Every hart waits in WFI. If console input can wake the guest, wait for it (until the
 * next timer event at most); otherwise with the instruction clock time jumps to the next
 * timer event, and with the host clock the host sleeps until then. No timer and no
 * input that could come: stop. */
static void idle(struct machine *m)
{
    enum console_idle con = console_idle(&m->console);
    if (con == CONSOLE_IDLE_TICK)
        return;                 /* the UART changes at this round's tick by itself */
    uint64_t next = next_timer_event(m);
    if (next == UINT64_MAX) {
        if (con == CONSOLE_IDLE_INPUT)
            console_wait_input(&m->console, -1);   /* only typing can wake the guest */
        else
            m->stop = STOP_DEADLOCK;
        return;
    }
    if (m->cfg.clock == CLOCK_HOST)
        follow_host_clock(m);
    uint64_t ns = next > m->mtime ? (next - m->mtime) * NS_PER_TICK : 0;
    if (ns > IDLE_SLEEP_MAX_NS)
        ns = IDLE_SLEEP_MAX_NS;
    if (con == CONSOLE_IDLE_INPUT) {
        /* Input already there (a pipe, a file) costs no wait; typed input ends it. */
        if (console_wait_input(&m->console, (int)(ns / 1000000)) && m->cfg.clock == CLOCK_INSNS)
            return;             /* the tick delivers it before time moves on */
    } else if (m->cfg.clock == CLOCK_HOST && ns) {
        struct timespec ts = {(time_t)(ns / 1000000000ull), (long)(ns % 1000000000ull)};
        nanosleep(&ts, NULL);
    }
    if (m->cfg.clock == CLOCK_INSNS)
        m->mtime = next;
    else
        follow_host_clock(m);
}

/* One round: every hart that can run gets a quantum. Returns false if all were idle. */
static bool run_round(struct machine *m, uint64_t *most)
{
    bool ran = false;
    *most = 0;
    for (int i = 0; i < m->cfg.harts && !m->bus.stop && !m->stop_requested; i++) {
        struct hart *h = &m->harts[i];
        if (h->wfi && !h->irq_pending)
            continue;
        h->leave = false;
        uint64_t n = hart_run(h, MACHINE_QUANTUM);
        m->retired += n;
        if (h->stuck)
            m->stop = STOP_STUCK;
        if (n > *most)
            *most = n;
        ran = true;
    }
    return ran;
}

static void check_finisher(struct machine *m)
{
    switch (m->finisher.result) {
    case FINISHER_PASS: case FINISHER_FAIL:
        m->stop = STOP_FINISHER;
        m->exit_code = m->finisher.code;
        if (m->finisher.result == FINISHER_FAIL && m->exit_code == 0)
            m->exit_code = 1;
        break;
    case FINISHER_RESET: m->stop = STOP_RESET; break;
    default: break;
    }
}

/* What follows a round (or a debugger's steps): the finisher, HTIF, time, device ticks,
 * the console, the instruction limit, a requested stop. `most`: the longest run of
 * instructions a hart made; ran = false when every hart waited. */
static void end_round(struct machine *m, bool ran, uint64_t most)
{
    if (m->bus.stop)
        check_finisher(m);
    if (m->htif && m->stop == STOP_NONE)
        htif_poll(m);
    if (ran)
        advance_time(m, most);
    else
        idle(m);
    tick_devices(m);
    if (console_quit_requested(&m->console) && m->stop == STOP_NONE)
        m->stop = STOP_QUIT;
    if (console_debugger_requested(&m->console))
        machine_request_stop(m);
    for (int i = 0; i < m->npollers; i++)
        m->pollers[i].fn(m->pollers[i].ctx);
    if (m->uart.wrote) {
        fflush(m->uart.out);
        m->uart.wrote = false;
    }
    if (m->cfg.max_insns && m->retired >= m->cfg.max_insns && m->stop == STOP_NONE)
        m->stop = STOP_INSN_LIMIT;
    if (m->stop_requested) {
        m->stop_requested = 0;
        if (m->stop == STOP_NONE)
            m->stop = STOP_DEBUG;
    }
}

enum machine_stop machine_run(struct machine *m)
{
    if (m->stop == STOP_DEBUG)
        m->stop = STOP_NONE;
    while (m->stop == STOP_NONE) {
        uint64_t most;
        bool ran = run_round(m, &most);
        end_round(m, ran || m->stop_requested, most);   /* a stop is not idleness */
    }
    fflush(stdout);
    return m->stop;
}

void machine_request_stop(struct machine *m)
{
    m->stop_requested = 1;
    for (int i = 0; i < m->cfg.harts; i++)
        m->harts[i].leave = true;
}

enum machine_stop machine_step(struct machine *m, int hart, uint64_t n)
{
    if (m->stop == STOP_DEBUG)
        m->stop = STOP_NONE;
    if (m->stop != STOP_NONE)
        return m->stop;
    struct hart *h = &m->harts[hart];
    bool traced = h->trace_insn;
    h->trace_insn = true;
    h->leave = false;
    uint64_t ran = hart_run(h, n);
    h->trace_insn = traced;
    m->retired += ran;
    if (h->stuck)
        m->stop = STOP_STUCK;
    bool all_wait = true;   /* only then may idle() move time to the next timer */
    for (int i = 0; i < m->cfg.harts; i++)
        all_wait = all_wait && m->harts[i].wfi && !m->harts[i].irq_pending;
    end_round(m, ran > 0 || !all_wait, ran);
    fflush(stdout);
    return m->stop;
}
