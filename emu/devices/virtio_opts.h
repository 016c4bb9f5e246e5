/*
 * The virtio part of the command line, and the devices it asks for.
 *
 *   -drive file=IMG[,format=raw][,readonly=on|off][,if=virtio|none][,id=ID][,serial=S]
 *       a virtio-blk disk; without if=none it takes the lowest free slot
 *   -device virtio-blk-device,drive=ID[,serial=S][,bus=virtio-mmio-bus.N]
 *       attaches the "-drive if=none,id=ID,..." (QEMU's spelling)
 *   -device virtio-rng-device[,bus=virtio-mmio-bus.N]
 *   -global virtio-mmio.force-legacy=on|off
 *       every transport speaks the legacy (Version 1) register set; default off, where
 *       QEMU's default is on
 *
 * Slots: a device with bus=virtio-mmio-bus.N sits in slot N (address 0x1000_1000 +
 * 0x1000 * N, PLIC source N + 1). The rest, in command-line order: each -drive takes
 * the lowest free slot, each -device the highest, which is where QEMU puts a -device
 * without bus= (so a guest finds it where it would on QEMU). The parsing is pure
 * (no files are touched) so main.c only calls
 * virtio_options_add() per flag and virtio_options_plan() once; virtio_slot_init()
 * then builds each slot's transport and device.
 */
#ifndef RVSCOPE_VIRTIO_OPTS_H
#define RVSCOPE_VIRTIO_OPTS_H

#include <stdbool.h>
#include <stddef.h>

#include "virtio_blk.h"
#include "virtio_mmio.h"
#include "virtio_rng.h"

#define VIRTIO_SLOTS 8
#define VIRTIO_OPTS_MAX 32

enum virtio_slot_kind { VIRTIO_SLOT_EMPTY, VIRTIO_SLOT_BLK, VIRTIO_SLOT_RNG };

/* One -drive or -device, in command-line order. Strings are owned (malloc). */
struct virtio_opt {
    enum virtio_opt_kind { VIRTIO_OPT_DRIVE, VIRTIO_OPT_DEVICE } opt;
    enum virtio_slot_kind kind;   /* DEVICE: what it is; DRIVE: VIRTIO_SLOT_BLK */
    char *arg;                    /* the option as given, for messages */
    char *file;                   /* DRIVE */
    char *id;                     /* DRIVE: id=; blk DEVICE: drive= */
    char *serial;
    bool readonly;                /* DRIVE */
    bool if_none;                 /* DRIVE: only a -device attaches it */
    int slot;                     /* DEVICE: bus=virtio-mmio-bus.N, else -1 */
};

struct virtio_options {
    struct virtio_opt opts[VIRTIO_OPTS_MAX];
    int count;
    bool legacy;                  /* -global virtio-mmio.force-legacy=on */
};

/* What goes in one slot; strings point into the virtio_options. */
struct virtio_slot_plan {
    enum virtio_slot_kind kind;
    const char *file, *serial;
    bool readonly;
};

/*
 * Parse one option value into *out (pure: no file is opened). On error returns false
 * with one line in err, e.g. "-drive file=a.img,format=qcow2: format qcow2 is not
 * supported (only raw)". virtio_opt_free() releases what a successful parse holds.
 */
bool virtio_parse_drive(const char *arg, struct virtio_opt *out, char *err, size_t len);
bool virtio_parse_device(const char *arg, struct virtio_opt *out, char *err, size_t len);
bool virtio_parse_global(const char *arg, bool *legacy, char *err, size_t len);
void virtio_opt_free(struct virtio_opt *o);

/* Parse and append the value of `-<flag> arg` for flag "drive", "device" or "global". */
bool virtio_options_add(struct virtio_options *o, const char *flag, const char *arg,
                        char *err, size_t len);
void virtio_options_free(struct virtio_options *o);

/* Resolve drive ids and slots (as above) into plan[0..VIRTIO_SLOTS-1]. Errors: unknown or
 * reused drive ids, unattached if=none drives, two devices on one bus, more than
 * VIRTIO_SLOTS devices. */
bool virtio_options_plan(const struct virtio_options *o, struct virtio_slot_plan *plan,
                         char *err, size_t len);

/* One slot of the board: the transport and whichever device sits behind it. */
struct virtio_slot {
    struct virtio_mmio mmio;      /* mmio.dev is what goes on the bus */
    enum virtio_slot_kind kind;
    struct virtio_blk blk;
    struct virtio_rng rng;
};

/* Build a slot from its plan; opens the image of a disk. On failure returns false
 * with one line in err naming the file ("disk.img: No such file or directory"). */
bool virtio_slot_init(struct virtio_slot *s, const struct virtio_slot_plan *p, bool legacy,
                      struct bus *bus, struct irq_line irq, char *err, size_t len);
void virtio_slot_free(struct virtio_slot *s);

#endif
