#include "bus.h"

#include <stdlib.h>
#include <string.h>

bool bus_init(struct bus *bus, uint64_t ram_base, uint64_t ram_size, struct event_hub *hub)
{
    memset(bus, 0, sizeof(*bus));
    bus->ram = calloc(1, ram_size);
    bus->code_pages = calloc(1, (ram_size + BUS_PAGE_SIZE - 1) >> BUS_PAGE_SHIFT);
    if (!bus->ram || !bus->code_pages) {
        bus_free(bus);
        return false;
    }
    bus->ram_base = ram_base;
    bus->ram_size = ram_size;
    bus->hub = hub;
    return true;
}

void bus_free(struct bus *bus)
{
    free(bus->ram);
    free(bus->code_pages);
    bus->ram = NULL;
    bus->code_pages = NULL;
}

bool bus_add_region(struct bus *bus, const char *name, uint64_t base, uint64_t size,
                    struct device *dev)
{
    if (bus->nregions == BUS_MAX_REGIONS)
        return false;
    bus->regions[bus->nregions++] = (struct bus_region){name, base, size, dev};
    return true;
}

const struct bus_region *bus_find_region(const struct bus *bus, uint64_t pa)
{
    for (int i = 0; i < bus->nregions; i++) {
        const struct bus_region *r = &bus->regions[i];
        if (pa - r->base < r->size)
            return r;
    }
    return NULL;
}

void bus_note_ram_write(struct bus *bus, uint64_t pa, uint64_t len)
{
    if (!bus->code_written || len == 0)
        return;
    uint64_t first = (pa - bus->ram_base) >> BUS_PAGE_SHIFT;
    uint64_t last = (pa + len - 1 - bus->ram_base) >> BUS_PAGE_SHIFT;
    for (uint64_t p = first; p <= last; p++)
        if (bus->code_pages[p])
            bus->code_written(bus->code_ctx, bus->ram_base + (p << BUS_PAGE_SHIFT));
}

static void bus_emit_mmio(struct bus *bus, const struct bus_region *r, uint64_t pa,
                          int size, uint64_t value, bool write)
{
    struct event ev = {.kind = EV_MMIO, .hart = -1};
    ev.u.mmio.addr = pa;
    ev.u.mmio.value = value;
    ev.u.mmio.size = size;
    ev.u.mmio.write = write;
    ev.u.mmio.device = r->name;
    events_deliver(bus->hub, &ev);
}

bool bus_load(struct bus *bus, uint64_t pa, int size, uint64_t *value)
{
    uint8_t *p = bus_ram_ptr(bus, pa, (uint64_t)size);
    if (p) {
        uint64_t v = 0;
        memcpy(&v, p, (size_t)size);
        *value = v;
        return true;
    }
    const struct bus_region *r = bus_find_region(bus, pa);
    if (!r || pa + (uint64_t)size - r->base > r->size || !r->dev->read ||
        !r->dev->read(r->dev->opaque, pa - r->base, size, value)) {
        bus->unmapped_accesses++;
        return false;
    }
    if (bus->hub && events_wanted(bus->hub, EV_MMIO))
        bus_emit_mmio(bus, r, pa, size, *value, false);
    return true;
}

bool bus_store(struct bus *bus, uint64_t pa, int size, uint64_t value)
{
    uint8_t *p = bus_ram_ptr(bus, pa, (uint64_t)size);
    if (p) {
        memcpy(p, &value, (size_t)size);
        if (bus_page_has_code(bus, pa))
            bus_note_ram_write(bus, pa, (uint64_t)size);
        return true;
    }
    const struct bus_region *r = bus_find_region(bus, pa);
    if (!r || pa + (uint64_t)size - r->base > r->size || !r->dev->write ||
        !r->dev->write(r->dev->opaque, pa - r->base, size, value)) {
        bus->unmapped_accesses++;
        return false;
    }
    if (bus->hub && events_wanted(bus->hub, EV_MMIO))
        bus_emit_mmio(bus, r, pa, size, value, true);
    return true;
}

bool bus_read_ram(struct bus *bus, uint64_t pa, void *dst, uint64_t len)
{
    uint8_t *p = bus_ram_ptr(bus, pa, len);
    if (!p)
        return false;
    memcpy(dst, p, len);
    return true;
}

bool bus_write_ram(struct bus *bus, uint64_t pa, const void *src, uint64_t len)
{
    uint8_t *p = bus_ram_ptr(bus, pa, len);
    if (!p)
        return false;
    memcpy(p, src, len);
    bus_note_ram_write(bus, pa, len);
    return true;
}

static void bus_emit_dma(struct bus *bus, const char *device, uint64_t pa, uint64_t len,
                         bool write)
{
    struct event ev = {.kind = EV_DMA, .hart = -1};
    ev.u.dma.pa = pa;
    ev.u.dma.len = len;
    ev.u.dma.write = write;
    ev.u.dma.device = device;
    events_deliver(bus->hub, &ev);
}

bool bus_dma_read(struct bus *bus, const char *device, uint64_t pa, void *dst, uint64_t len)
{
    if (!bus_read_ram(bus, pa, dst, len))
        return false;
    if (bus->hub && events_wanted(bus->hub, EV_DMA))
        bus_emit_dma(bus, device, pa, len, false);
    return true;
}

bool bus_dma_write(struct bus *bus, const char *device, uint64_t pa, const void *src,
                   uint64_t len)
{
    if (!bus_write_ram(bus, pa, src, len))
        return false;
    if (bus->hub && events_wanted(bus->hub, EV_DMA))
        bus_emit_dma(bus, device, pa, len, true);
    return true;
}
