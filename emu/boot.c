#include "boot.h"

#include <libfdt.h>
#include <stdio.h>
#include <string.h>
#include <sys/stat.h>

#include "devicetree.h"
#include "machine.h"

#define MiB (1ull << 20)
#define BOOT_KERNEL_OFFSET (2 * MiB)   /* a raw kernel after firmware: 0x80200000 */
#define BOOT_DTB_ALIGN (2 * MiB)
#define BOOT_DTB_MAX (64 * 1024)

/* OpenSBI's fw_dynamic info (docs/firmware/fw_dynamic.md in OpenSBI): a2 points at it. */
#define FW_DYNAMIC_MAGIC 0x4942534full   /* "OSBI" */
#define FW_DYNAMIC_VERSION 2
#define FW_DYNAMIC_NEXT_MODE_S 1

/*
 * The reset ROM at 0x1000, the same for every hart:
 *
 *   0x00  auipc t0, 0           t0 = ROM base
 *   0x04  addi  a2, t0, 0x28    a2 = &fw_dynamic_info
 *   0x08  csrr  a0, mhartid     a0 = hart id
 *   0x0c  ld    a1, 0x20(t0)    a1 = device tree address
 *   0x10  ld    t0, 0x18(t0)    t0 = where to go (firmware or kernel)
 *   0x14  jr    t0
 *   0x18  .dword entry
 *   0x20  .dword dtb
 *   0x28  fw_dynamic_info { magic, version, next_addr, next_mode, options, boot_hart }
 */
static const uint32_t rom_code[] = {
    0x00000297, /* auipc t0, 0 */
    0x02828613, /* addi a2, t0, 40 */
    0xf1402573, /* csrrs a0, mhartid, zero */
    0x0202b583, /* ld a1, 32(t0) */
    0x0182b283, /* ld t0, 24(t0) */
    0x00028067, /* jalr zero, 0(t0) */
};
#define ROM_ENTRY_OFF 0x18
#define ROM_DTB_OFF 0x20
#define ROM_FW_INFO_OFF 0x28

static void rom_put64(struct rom *r, uint64_t off, uint64_t v)
{
    memcpy(r->data + off, &v, 8);
}

static void write_rom(struct rom *r, uint64_t entry, uint64_t dtb, uint64_t next_addr)
{
    memset(r->data, 0, sizeof(r->data));
    memcpy(r->data, rom_code, sizeof(rom_code));
    rom_put64(r, ROM_ENTRY_OFF, entry);
    rom_put64(r, ROM_DTB_OFF, dtb);
    const uint64_t info[6] = {FW_DYNAMIC_MAGIC, FW_DYNAMIC_VERSION, next_addr,
                              FW_DYNAMIC_NEXT_MODE_S, 0, ~0ull /* any hart may boot */};
    for (int i = 0; i < 6; i++)
        rom_put64(r, ROM_FW_INFO_OFF + 8 * (uint64_t)i, info[i]);
}

/* An ELF goes to its own addresses; anything else is a raw image at raw_addr. */
static bool load_image(struct machine *m, const char *path, bool elf_only, uint64_t raw_addr,
                       struct image *img, char *err, size_t len)
{
    if (elf_only || loader_is_elf(path))
        return loader_load_elf(&m->bus, path, img, err, len);
    return loader_load_raw(&m->bus, path, raw_addr, img, err, len);
}

/* Like QEMU, keep the initrd out of the way of a kernel that unpacks itself: half of
 * RAM (at most 128 MiB) above the kernel's entry. */
static bool load_initrd(struct machine *m, const char *path, uint64_t kernel_entry,
                        struct fdt_params *p, char *err, size_t len)
{
    uint64_t offset = m->bus.ram_size / 2 < 128 * MiB ? m->bus.ram_size / 2 : 128 * MiB;
    uint64_t start = (kernel_entry + offset + 0xfff) & ~0xfffull;
    struct image img;
    if (!loader_load_raw(&m->bus, path, start, &img, err, len))
        return false;
    p->initrd_start = img.low;
    p->initrd_end = img.high;
    return true;
}

static bool read_dtb_file(const char *path, void *buf, size_t *size, char *err, size_t len)
{
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, len, "%s: cannot open the device tree", path);
        return false;
    }
    size_t n = fread(buf, 1, BOOT_DTB_MAX, f);
    fclose(f);
    if (n < sizeof(struct fdt_header) || fdt_check_header(buf) != 0 ||
        fdt_totalsize(buf) > n) {
        snprintf(err, len, "%s: not a valid flattened device tree (dtb)", path);
        return false;
    }
    *size = fdt_totalsize(buf);
    return true;
}

/* The device tree sits at the end of RAM, 2 MiB aligned, away from the kernel. */
static bool place_dtb(struct machine *m, const void *blob, size_t size, uint64_t *addr,
                      char *err, size_t len)
{
    uint64_t end = m->bus.ram_base + m->bus.ram_size;
    *addr = (end - size) & ~(BOOT_DTB_ALIGN - 1);
    if (*addr < m->bus.ram_base || !bus_write_ram(&m->bus, *addr, blob, size)) {
        snprintf(err, len, "the device tree does not fit in RAM; try a larger -m");
        return false;
    }
    return true;
}

static bool has_bios(const struct boot_config *c)
{
    return c->bios && strcmp(c->bios, "none") != 0;
}

bool boot_prepare(struct machine *m, const struct boot_config *c, struct boot_info *out,
                  char *err, size_t len)
{
    memset(out, 0, sizeof(*out));
    uint64_t ram = m->bus.ram_base, entry = 0;
    const char *bios = c->bios && strcmp(c->bios, "default") == 0 ? BOOT_DEFAULT_BIOS : c->bios;
    if (has_bios(c)) {
        if (!load_image(m, bios, false, ram, &out->firmware, err, len))
            return false;
        entry = out->firmware.entry;
    }
    if (c->kernel) {
        uint64_t raw_addr = has_bios(c) ? ram + BOOT_KERNEL_OFFSET : ram;
        if (!load_image(m, c->kernel, c->kernel_elf_only, raw_addr, &out->kernel, err, len))
            return false;
        out->kernel_entry = out->kernel.entry;
        if (!has_bios(c))
            entry = out->kernel_entry;
    }
    struct fdt_params p = {.bootargs = c->append};
    if (c->initrd && !load_initrd(m, c->initrd, out->kernel_entry ? out->kernel_entry : ram,
                                  &p, err, len))
        return false;
    static uint8_t blob[BOOT_DTB_MAX];
    if (c->dtb) {
        if (!read_dtb_file(c->dtb, blob, &out->dtb_size, err, len))
            return false;
    } else if (!(out->dtb_size = fdt_build(m, &p, blob, sizeof(blob)))) {
        snprintf(err, len, "the device tree does not fit in %d bytes", BOOT_DTB_MAX);
        return false;
    }
    if (!place_dtb(m, blob, out->dtb_size, &out->dtb_addr, err, len))
        return false;
    write_rom(&m->rom, entry, out->dtb_addr, out->kernel_entry);
    machine_reset_harts(m, virt_memmap[VIRT_MROM].base);
    return true;
}

void boot_free(struct boot_info *b)
{
    loader_free_image(&b->kernel);
    loader_free_image(&b->firmware);
}
