/*
 * The boot protocol (DESIGN.md §3): what is loaded where, and the reset ROM every hart
 * starts in. With -bios none the ROM jumps to the kernel in M-mode; with firmware the
 * firmware runs first at 0x80000000 and finds the kernel (0x80200000 for raw images)
 * through OpenSBI's fw_dynamic info in a2 (fw_jump's fixed address works too).
 */
#ifndef RVSCOPE_BOOT_H
#define RVSCOPE_BOOT_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "loader.h"

struct machine;

struct boot_config {
    const char *kernel;     /* -kernel or the PROGRAM argument (may be NULL with a bios) */
    bool kernel_elf_only;   /* PROGRAM argument: refuse raw images */
    const char *bios;       /* NULL or "none": no firmware; "default": Debian's OpenSBI */
    const char *initrd;     /* -initrd */
    const char *append;     /* -append: kernel command line */
    const char *dtb;        /* -dtb: use this blob instead of generating one */
};

struct boot_info {
    struct image kernel;    /* symbols for HTIF and the debugger */
    struct image firmware;
    uint64_t kernel_entry;
    uint64_t dtb_addr;
    size_t dtb_size;
};

#define BOOT_DEFAULT_BIOS "/usr/lib/riscv64-linux-gnu/opensbi/generic/fw_dynamic.bin"

/* Load firmware, kernel, initrd and device tree into the machine's RAM, write the reset
 * ROM, and point every hart at it. Returns false with a one-line message in err. */
bool boot_prepare(struct machine *m, const struct boot_config *c, struct boot_info *out,
                  char *err, size_t len);
void boot_free(struct boot_info *b);

#endif
