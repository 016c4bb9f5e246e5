#include "rom.h"

#include <string.h>

static bool rom_read(void *opaque, uint64_t offset, int size, uint64_t *value)
{
    struct rom *r = opaque;
    if (offset + (uint64_t)size > r->size)
        return false;
    uint64_t v = 0;
    memcpy(&v, r->data + offset, (size_t)size);
    *value = v;
    return true;
}

void rom_init(struct rom *r, uint64_t size)
{
    memset(r, 0, sizeof(*r));
    r->size = size < ROM_MAX ? size : ROM_MAX;
    r->dev = (struct device){.name = "mrom", .opaque = r, .read = rom_read};
}
