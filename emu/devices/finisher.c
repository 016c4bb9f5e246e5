/* The SiFive test finisher ("sifive,test0"): a guest stops the machine by writing to it. */
#include "devices.h"

#define FINISHER_FAIL_CMD 0x3333
#define FINISHER_PASS_CMD 0x5555
#define FINISHER_RESET_CMD 0x7777

static bool finisher_read(void *opaque, uint64_t offset, int size, uint64_t *value)
{
    (void)opaque;
    (void)offset;
    (void)size;
    *value = 0;
    return true;
}

static bool finisher_write(void *opaque, uint64_t offset, int size, uint64_t value)
{
    struct finisher *f = opaque;
    if (offset != 0 || (size != 2 && size != 4))   /* OpenSBI writes 16 bits */
        return false;
    switch (value & 0xffff) {
    case FINISHER_PASS_CMD: f->result = FINISHER_PASS; f->code = 0; break;
    case FINISHER_FAIL_CMD: f->result = FINISHER_FAIL; f->code = (int)((value >> 16) & 0xffff); break;
    case FINISHER_RESET_CMD: f->result = FINISHER_RESET; break;
    default: return true;   /* other values are ignored, as on the real device */
    }
    f->bus->stop = true;
    return true;
}

static void finisher_reset(void *opaque)
{
    struct finisher *f = opaque;
    f->result = FINISHER_NONE;
    f->code = 0;
}

void finisher_init(struct finisher *f, struct bus *bus)
{
    *f = (struct finisher){0};
    f->bus = bus;
    f->dev = (struct device){.name = "test", .opaque = f, .read = finisher_read,
                             .write = finisher_write, .reset = finisher_reset};
}
