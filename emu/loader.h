/*
 * Loading guest images into RAM: ELF through libelf (PT_LOAD segments at their
 * physical addresses, entry point, symbol table kept for HTIF and the debugger) and
 * raw binaries at a given address.
 */
#ifndef RVSCOPE_LOADER_H
#define RVSCOPE_LOADER_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "devices/bus.h"

struct symbol {
    char *name;
    uint64_t value, size;
    bool is_func;
};

struct symtab {
    struct symbol *syms;   /* sorted by value */
    size_t count;
};

struct image {
    uint64_t entry;
    uint64_t low, high;    /* physical range written */
    struct symtab symbols;
};

/* True if the file starts with the ELF magic. */
bool loader_is_elf(const char *path);

/* Load an RV64 ELF executable. On failure returns false with a one-line message in err
 * (naming the file and the problem) and leaves RAM possibly partly written. */
bool loader_load_elf(struct bus *bus, const char *path, struct image *img, char *err,
                     size_t errlen);

/* Load a raw binary at physical address addr; entry = addr. */
bool loader_load_raw(struct bus *bus, const char *path, uint64_t addr, struct image *img,
                     char *err, size_t errlen);

void loader_free_image(struct image *img);

/* Address of a symbol, or false. */
bool symtab_lookup(const struct symtab *t, const char *name, uint64_t *value);
/* The closest symbol at or below addr, or NULL. */
const struct symbol *symtab_find_addr(const struct symtab *t, uint64_t addr);

#endif
