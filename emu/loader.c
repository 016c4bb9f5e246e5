#include "loader.h"

#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <libelf.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/stat.h>
#include <unistd.h>

#ifndef EM_RISCV
#define EM_RISCV 243
#endif

bool loader_is_elf(const char *path)
{
    unsigned char magic[4] = {0};
    FILE *f = fopen(path, "rb");
    if (!f)
        return false;
    size_t n = fread(magic, 1, 4, f);
    fclose(f);
    return n == 4 && memcmp(magic, ELFMAG, SELFMAG) == 0;
}

static bool fail(char *err, size_t len, const char *path, const char *what)
{
    snprintf(err, len, "%s: %s", path, what);
    return false;
}

static bool check_header(Elf *elf, const char *path, GElf_Ehdr *eh, char *err, size_t len)
{
    char what[128];
    if (elf_kind(elf) != ELF_K_ELF)
        return fail(err, len, path, "not an ELF file");
    if (!gelf_getehdr(elf, eh))
        return fail(err, len, path, "truncated or corrupt ELF header");
    if (eh->e_ident[EI_CLASS] != ELFCLASS64) {
        snprintf(what, sizeof(what), "not a 64-bit ELF (class %d); rvscope runs RV64 only",
                 eh->e_ident[EI_CLASS]);
        return fail(err, len, path, what);
    }
    if (eh->e_machine != EM_RISCV) {
        snprintf(what, sizeof(what), "not a RISC-V ELF (e_machine=%d, RISC-V is %d)",
                 eh->e_machine, EM_RISCV);
        return fail(err, len, path, what);
    }
    if (eh->e_type != ET_EXEC)
        return fail(err, len, path, "not an executable ELF (link it with a fixed address)");
    return true;
}

static bool load_segments(struct bus *bus, Elf *elf, const char *path, const GElf_Ehdr *eh,
                          struct image *img, char *err, size_t len)
{
    size_t phnum;
    size_t file_size;
    char *raw = elf_rawfile(elf, &file_size);
    if (elf_getphdrnum(elf, &phnum) != 0 || !raw)
        return fail(err, len, path, "corrupt program headers");
    img->low = UINT64_MAX;
    img->high = 0;
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr ph;
        if (!gelf_getphdr(elf, (int)i, &ph))
            return fail(err, len, path, "corrupt program header");
        if (ph.p_type != PT_LOAD || ph.p_memsz == 0)
            continue;
        char what[160];
        if (ph.p_filesz > ph.p_memsz || ph.p_offset > file_size ||
            ph.p_filesz > file_size - ph.p_offset)
            return fail(err, len, path, "a segment lies outside the file (truncated?)");
        if (!bus_is_ram(bus, ph.p_paddr, ph.p_memsz)) {
            snprintf(what, sizeof(what),
                     "segment at 0x%llx..0x%llx is outside RAM (0x%llx..0x%llx); try a larger -m",
                     (unsigned long long)ph.p_paddr,
                     (unsigned long long)(ph.p_paddr + ph.p_memsz),
                     (unsigned long long)bus->ram_base,
                     (unsigned long long)(bus->ram_base + bus->ram_size));
            return fail(err, len, path, what);
        }
        uint8_t *dst = bus_ram_ptr(bus, ph.p_paddr, ph.p_memsz);
        memcpy(dst, raw + ph.p_offset, ph.p_filesz);
        memset(dst + ph.p_filesz, 0, ph.p_memsz - ph.p_filesz);
        bus_note_ram_write(bus, ph.p_paddr, ph.p_memsz);
        if (ph.p_paddr < img->low)
            img->low = ph.p_paddr;
        if (ph.p_paddr + ph.p_memsz > img->high)
            img->high = ph.p_paddr + ph.p_memsz;
    }
    if (img->low == UINT64_MAX)
        return fail(err, len, path, "no loadable segment");
    img->entry = eh->e_entry;
    return true;
}

static int symbol_order(const void *a, const void *b)
{
    const struct symbol *x = a, *y = b;
    return x->value < y->value ? -1 : x->value > y->value;
}

static void read_symbols(Elf *elf, struct symtab *t)
{
    Elf_Scn *scn = NULL;
    while ((scn = elf_nextscn(elf, scn))) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize)
            continue;
        Elf_Data *data = elf_getdata(scn, NULL);
        if (!data)
            continue;
        size_t n = sh.sh_size / sh.sh_entsize;
        struct symbol *syms = realloc(t->syms, (t->count + n) * sizeof(*syms));
        if (!syms)
            return;
        t->syms = syms;
        for (size_t i = 0; i < n; i++) {
            GElf_Sym s;
            if (!gelf_getsym(data, (int)i, &s))
                continue;
            int type = GELF_ST_TYPE(s.st_info);
            const char *name = elf_strptr(elf, sh.sh_link, s.st_name);
            if (!name || !*name || s.st_shndx == SHN_UNDEF ||
                (type != STT_FUNC && type != STT_OBJECT && type != STT_NOTYPE))
                continue;
            char *copy = strdup(name);
            if (!copy)
                continue;
            t->syms[t->count++] = (struct symbol){copy, s.st_value, s.st_size, type == STT_FUNC};
        }
    }
    if (t->count)
        qsort(t->syms, t->count, sizeof(*t->syms), symbol_order);
}

bool loader_load_elf(struct bus *bus, const char *path, struct image *img, char *err,
                     size_t errlen)
{
    memset(img, 0, sizeof(*img));
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return false;
    }
    if (elf_version(EV_CURRENT) == EV_NONE) {
        close(fd);
        return fail(err, errlen, path, "libelf is too old");
    }
    Elf *elf = elf_begin(fd, ELF_C_READ, NULL);
    GElf_Ehdr eh;
    bool ok = elf && check_header(elf, path, &eh, err, errlen) &&
              load_segments(bus, elf, path, &eh, img, err, errlen);
    if (!elf)
        fail(err, errlen, path, "not an ELF file");
    if (ok)
        read_symbols(elf, &img->symbols);
    if (elf)
        elf_end(elf);
    close(fd);
    return ok;
}

bool loader_load_raw(struct bus *bus, const char *path, uint64_t addr, struct image *img,
                     char *err, size_t errlen)
{
    memset(img, 0, sizeof(*img));
    FILE *f = fopen(path, "rb");
    if (!f) {
        snprintf(err, errlen, "%s: %s", path, strerror(errno));
        return false;
    }
    struct stat st;
    if (fstat(fileno(f), &st) != 0 || !S_ISREG(st.st_mode)) {
        fclose(f);
        return fail(err, errlen, path, "not a regular file");
    }
    uint64_t size = (uint64_t)st.st_size;
    uint8_t *dst = bus_ram_ptr(bus, addr, size ? size : 1);
    if (!dst) {
        fclose(f);
        return fail(err, errlen, path, "does not fit in RAM at its load address; try a larger -m");
    }
    bool ok = fread(dst, 1, size, f) == size;
    fclose(f);
    if (!ok)
        return fail(err, errlen, path, "read error");
    bus_note_ram_write(bus, addr, size);
    img->entry = img->low = addr;
    img->high = addr + size;
    return true;
}

void loader_free_image(struct image *img)
{
    for (size_t i = 0; i < img->symbols.count; i++)
        free(img->symbols.syms[i].name);
    free(img->symbols.syms);
    img->symbols.syms = NULL;
    img->symbols.count = 0;
}

bool symtab_lookup(const struct symtab *t, const char *name, uint64_t *value)
{
    for (size_t i = 0; i < t->count; i++)
        if (strcmp(t->syms[i].name, name) == 0) {
            *value = t->syms[i].value;
            return true;
        }
    return false;
}

const struct symbol *symtab_find_addr(const struct symtab *t, uint64_t addr)
{
    size_t lo = 0, hi = t->count;
    while (lo < hi) {   /* find the first symbol above addr */
        size_t mid = (lo + hi) / 2;
        if (t->syms[mid].value <= addr)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo ? &t->syms[lo - 1] : NULL;   /* the closest at or below, as objdump does */
}
