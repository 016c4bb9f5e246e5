/*
 * A minimal reader of the flattened device tree (Devicetree Specification v0.4,
 * chapter 5): a header, then a structure block of big-endian 32-bit tokens
 * (BEGIN_NODE name, PROP len nameoff value, END_NODE, NOP, END) and a strings block
 * holding property names. We walk the structure once and pick out what we need.
 */
#include "fdt.h"
#include "kernel.h"

#define FDT_MAGIC      0xd00dfeed
#define FDT_BEGIN_NODE 1
#define FDT_END_NODE   2
#define FDT_PROP       3
#define FDT_NOP        4
#define FDT_END        9

struct fdt_header {             /* all fields big-endian */
    uint32_t magic, totalsize, off_dt_struct, off_dt_strings, off_mem_rsvmap;
    uint32_t version, last_comp_version, boot_cpuid_phys, size_dt_strings, size_dt_struct;
};

/* The big-endian 32-bit value at p (device trees are big-endian). */
static uint32_t be32(const void *p)
{
    const uint8_t *b = p;
    return ((uint32_t)b[0] << 24) | ((uint32_t)b[1] << 16) | ((uint32_t)b[2] << 8) | b[3];
}

/* A value of `cells` 32-bit cells (1 or 2), big-endian. */
static uint64_t read_cells(const uint8_t *p, uint32_t cells)
{
    return cells == 2 ? ((uint64_t)be32(p) << 32) | be32(p + 4) : be32(p);
}

/* Does s begin with prefix? */
static int starts_with(const char *s, const char *prefix)
{
    return strncmp(s, prefix, strlen(prefix)) == 0;
}

/* See fdt.h. Nodes of interest are children of the root: "memory@..." and "cpus". */
int fdt_read_board(uint64_t dtb, struct board_info *info)
{
    const struct fdt_header *h = (const struct fdt_header *)dtb;
    if (dtb == 0 || be32(&h->magic) != FDT_MAGIC)
        return -1;
    const uint8_t *tok = (const uint8_t *)dtb + be32(&h->off_dt_struct);
    const uint8_t *end = tok + be32(&h->size_dt_struct);
    const char *strings = (const char *)dtb + be32(&h->off_dt_strings);

    uint32_t addr_cells = 2, size_cells = 1;   /* spec defaults, until the root says */
    int depth = 0, in_memory = 0, in_cpus = 0, found_memory = 0;

    while (tok < end) {
        uint32_t t = be32(tok);
        tok += 4;
        if (t == FDT_BEGIN_NODE) {
            const char *name = (const char *)tok;
            depth++;
            if (depth == 2) {
                in_memory = starts_with(name, "memory");
                in_cpus = strncmp(name, "cpus", 5) == 0;
            }
            tok += (strlen(name) + 1 + 3) & ~3ul;
        } else if (t == FDT_END_NODE) {
            depth--;
            in_memory = in_cpus = 0;
        } else if (t == FDT_PROP) {
            uint32_t len = be32(tok), nameoff = be32(tok + 4);
            const uint8_t *value = tok + 8;
            const char *pname = strings + nameoff;
            tok = value + ((len + 3) & ~3u);
            if (depth == 1 && strncmp(pname, "#address-cells", 15) == 0)
                addr_cells = be32(value);
            else if (depth == 1 && strncmp(pname, "#size-cells", 12) == 0)
                size_cells = be32(value);
            else if (depth == 2 && in_memory && !found_memory &&
                     strncmp(pname, "reg", 4) == 0 && len >= 4 * (addr_cells + size_cells)) {
                info->ram_base = read_cells(value, addr_cells);
                info->ram_size = read_cells(value + 4 * addr_cells, size_cells);
                found_memory = 1;
            } else if (depth == 2 && in_cpus && strncmp(pname, "timebase-frequency", 19) == 0) {
                info->timebase_hz = read_cells(value, len >= 8 ? 2 : 1);
            }
        } else if (t == FDT_END) {
            break;
        } else if (t != FDT_NOP) {
            return -1;                      /* malformed: stop trusting it */
        }
    }
    return 0;
}
