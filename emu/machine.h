/*
 * The "virt" board: the memory-map table, the harts, the devices, the clock, and the
 * round-robin loop that runs them (DESIGN.md §3).
 */
#ifndef RVSCOPE_MACHINE_H
#define RVSCOPE_MACHINE_H

#include <signal.h>
#include <stdbool.h>
#include <stdint.h>

#include "cpu/hart.h"
#include "devices/console.h"
#include "devices/devices.h"
#include "devices/plic.h"
#include "devices/virtio_opts.h"
#include "devices/rom.h"
#include "devices/rtc.h"
#include "events.h"
#include "loader.h"

/* The memory map (QEMU virt layout). Everything that needs an address reads it here:
 * the bus, the device tree, the boot code, the debugger. */
enum virt_region {
    VIRT_MROM, VIRT_TEST, VIRT_RTC, VIRT_CLINT, VIRT_PLIC, VIRT_UART0, VIRT_VIRTIO,
    VIRT_DRAM, VIRT_REGION_COUNT
};

struct memmap_entry {
    const char *name;
    uint64_t base, size;   /* size 0 for DRAM: it comes from -m */
    unsigned irq;          /* PLIC source of the first instance, or 0 */
    unsigned count;        /* instances at base + i * size (virtio slots) */
};

extern const struct memmap_entry virt_memmap[VIRT_REGION_COUNT];

#define MACHINE_DEFAULT_RAM (128ull << 20)
#define MACHINE_TIMEBASE_HZ 10000000u
/* mtime advances one tick per this many retired instructions (deterministic time). */
#define MACHINE_INSNS_PER_TICK 10

/* How mtime advances: with retired instructions (reproducible: the same run gives the
 * same output and trace), or with the host's clock (-rtc clock=host). */
enum clock_mode { CLOCK_INSNS, CLOCK_HOST };

struct machine_config {
    uint64_t ram_size;
    int harts;
    uint64_t max_insns;     /* 0: no limit */
    enum clock_mode clock;
    const struct virtio_slot_plan *virtio;   /* VIRTIO_SLOTS entries, or NULL: all empty */
    bool virtio_legacy;                      /* -global virtio-mmio.force-legacy=on */
};

enum machine_stop {
    STOP_NONE,
    STOP_FINISHER,          /* the test finisher was written */
    STOP_HTIF,              /* HTIF tohost exit */
    STOP_INSN_LIMIT,        /* --max-insns reached */
    STOP_DEADLOCK,          /* every hart waits for an interrupt that cannot come */
    STOP_RESET,             /* the guest asked for a reset: machine_reset(), boot again */
    STOP_STUCK,             /* a hart's trap handler traps at its own address forever */
    STOP_QUIT,              /* Ctrl-A x on the console: exit status 0 */
    STOP_DEBUG,             /* machine_request_stop(): the debugger wants the prompt */
};

#define MACHINE_MAX_POLLERS 8

struct machine {
    struct machine_config cfg;
    struct event_hub hub;
    struct bus bus;
    struct icache *icache;
    struct hart_cluster cluster;
    struct hart harts[HART_MAX];
    uint64_t mtime;
    uint64_t tick_remainder;   /* retired instructions not yet turned into ticks */
    uint64_t host_origin_ns;   /* CLOCK_HOST: host time when mtime was host_origin_mtime */
    uint64_t host_origin_mtime;
    uint64_t retired;          /* all harts, since start */
    struct rom rom;
    struct finisher finisher;
    struct rtc rtc;
    struct clint clint;
    struct uart uart;
    struct console console;    /* host side of the UART */
    struct plic plic;
    struct virtio_slot virtio[VIRTIO_SLOTS];
    int virtio_ready;          /* slots initialised (freed by machine_free) */
    bool htif;                 /* tohost/fromhost found */
    uint64_t tohost, fromhost; /* their physical addresses */
    enum machine_stop stop;
    volatile sig_atomic_t stop_requested;   /* machine_request_stop() was called */
    /* Called after every round (about every 10000 instructions of each hart) and every
     * debugger step chunk: front ends poll their input there (a GDB client's Ctrl-C, a
     * window's events) and may call machine_request_stop(). Several may poll at once
     * (a viewer beside a gdb stub): machine_add_poller(). */
    struct { void (*fn)(void *ctx); void *ctx; } pollers[MACHINE_MAX_POLLERS];
    int npollers;
    int exit_code;
};

/* Build the board. Returns false with a message in err on failure. */
bool machine_init(struct machine *m, const struct machine_config *cfg, char *err, size_t len);
void machine_free(struct machine *m);

/* A system reset (the finisher's 0x7777): every device back to its reset state, decoded
 * code dropped, the stop cleared. RAM keeps its contents, as on real boards; the caller
 * boots again (boot_prepare), which reloads the images and resets the harts. */
void machine_reset(struct machine *m);

/* Reset every hart to start at pc in M-mode (boot.c points them at the reset ROM). */
void machine_reset_harts(struct machine *m, uint64_t pc);
/* Add or remove a poller (struct machine: pollers). Adding fails when the table is full. */
bool machine_add_poller(struct machine *m, void (*fn)(void *ctx), void *ctx);
void machine_remove_poller(struct machine *m, void (*fn)(void *ctx), void *ctx);

/* Feed the console UART from host fd in_fd (a terminal goes raw until exit). Without
 * this call the UART has no input. Returns false with a message in err on failure. */
bool machine_attach_console(struct machine *m, int in_fd, char *err, size_t len);

/* Use HTIF at these addresses (from the ELF's tohost/fromhost symbols). */
void machine_set_htif(struct machine *m, uint64_t tohost, uint64_t fromhost);

/* Run until the guest stops the machine; returns why. m->exit_code holds the guest's
 * exit status for STOP_FINISHER and STOP_HTIF. */
enum machine_stop machine_run(struct machine *m);

/* Make machine_run (or machine_step) return STOP_DEBUG soon: the running hart stops at
 * its next block boundary and no other hart starts. For debugger hooks, the console's
 * Ctrl-A c and a GDB client's interrupt; safe to call from a signal handler. A machine
 * stopped with STOP_DEBUG resumes on the next machine_run or machine_step. */
void machine_request_stop(struct machine *m);

/* The debugger's step: run hart `hart` alone for at most n instructions, one at a time
 * (h->on_step is called after each; a hook setting h->leave ends the steps early), then
 * do what machine_run does after a round (time, devices, finisher, HTIF). Returns
 * m->stop: STOP_NONE while the guest can go on. */
enum machine_stop machine_step(struct machine *m, int hart, uint64_t n);

#endif
