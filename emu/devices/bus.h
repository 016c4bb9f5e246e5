/*
 * The physical address space: guest RAM plus the device regions of the board's
 * memory-map table (emu/machine.c). The MMU and the hart reach memory only through
 * here; devices only implement struct device.
 *
 * Accesses to an address with no region behind it are counted and reported as a
 * failure, which the hart turns into the architected access fault (STYLE.md habit 6).
 */
#ifndef RVSCOPE_BUS_H
#define RVSCOPE_BUS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../events.h"

#if !defined(__BYTE_ORDER__) || __BYTE_ORDER__ != __ORDER_LITTLE_ENDIAN__
#error "rvscope assumes a little-endian host, like the guest"
#endif

#define BUS_PAGE_SHIFT 12
#define BUS_PAGE_SIZE (1ull << BUS_PAGE_SHIFT)

/* One device interface (STYLE.md habit 6). read/write return false for an offset or
 * size the device does not implement: the hart raises an access fault. */
struct device {
    const char *name;
    void *opaque;
    bool (*read)(void *opaque, uint64_t offset, int size, uint64_t *value);
    bool (*write)(void *opaque, uint64_t offset, int size, uint64_t value);
    void (*tick)(void *opaque, uint64_t mtime);   /* optional: called once per round */
    void (*reset)(void *opaque);                  /* optional */
};

struct bus_region {
    const char *name;
    uint64_t base, size;
    struct device *dev;
};

#define BUS_MAX_REGIONS 32

/* Called when a store or DMA lands on a RAM page that holds decoded code. */
typedef void (*bus_code_write_fn)(void *ctx, uint64_t page_pa);

struct bus {
    uint8_t *ram;
    uint64_t ram_base, ram_size;
    struct bus_region regions[BUS_MAX_REGIONS];
    int nregions;
    uint8_t *code_pages;          /* one byte per RAM page: nonzero = decoded code cached */
    bus_code_write_fn code_written;
    void *code_ctx;
    uint64_t unmapped_accesses;   /* loads/stores that hit no region */
    bool stop;                    /* a device asked the machine to stop (poweroff, reset) */
    struct event_hub *hub;
};

/* Allocate ram_size bytes of zeroed RAM at ram_base. Returns false on allocation failure. */
bool bus_init(struct bus *bus, uint64_t ram_base, uint64_t ram_size, struct event_hub *hub);
void bus_free(struct bus *bus);
bool bus_add_region(struct bus *bus, const char *name, uint64_t base, uint64_t size,
                    struct device *dev);

static inline bool bus_is_ram(const struct bus *bus, uint64_t pa, uint64_t len)
{
    return pa - bus->ram_base < bus->ram_size && len <= bus->ram_size - (pa - bus->ram_base);
}

/* Host pointer for [pa, pa+len) when it lies entirely in RAM, else NULL. */
static inline uint8_t *bus_ram_ptr(const struct bus *bus, uint64_t pa, uint64_t len)
{
    return bus_is_ram(bus, pa, len) ? bus->ram + (pa - bus->ram_base) : NULL;
}

static inline bool bus_page_has_code(const struct bus *bus, uint64_t pa)
{
    return bus->code_pages[(pa - bus->ram_base) >> BUS_PAGE_SHIFT] != 0;
}

/* Naturally sized (1, 2, 4, 8 bytes) loads and stores at a physical address. Accesses
 * must not straddle a RAM boundary or a region; the hart splits misaligned ones. */
bool bus_load(struct bus *bus, uint64_t pa, int size, uint64_t *value);
bool bus_store(struct bus *bus, uint64_t pa, int size, uint64_t value);

/* Bulk copies used by loaders and DMA engines; false if any byte is outside RAM. */
bool bus_read_ram(struct bus *bus, uint64_t pa, void *dst, uint64_t len);
bool bus_write_ram(struct bus *bus, uint64_t pa, const void *src, uint64_t len);

/* The same for a device's DMA: an EV_DMA event (named by device) says which bytes it
 * read or wrote, so that a debugger's physical watchpoints see devices too. */
bool bus_dma_read(struct bus *bus, const char *device, uint64_t pa, void *dst, uint64_t len);
bool bus_dma_write(struct bus *bus, const char *device, uint64_t pa, const void *src,
                   uint64_t len);

/* Tell the code cache (if any) that [pa, pa+len) in RAM changed. */
void bus_note_ram_write(struct bus *bus, uint64_t pa, uint64_t len);

const struct bus_region *bus_find_region(const struct bus *bus, uint64_t pa);

#endif
