/*
 * Names for addresses: the kernel's (or program's) and the firmware's symbol tables from
 * the loader, and user programs' tables read here from their ELF files when the process
 * that runs them is known (`usersyms DIR`: DIR/NAME, DIR/NAME.elf or DIR/_NAME).
 */
#include "dbg_internal.h"

#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <libelf.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

void dbg_add_symbols(struct dbg *d, const char *label, const struct symtab *t,
                     uint64_t low, uint64_t high)
{
    if (d->nsyms == DBG_MAX_SYMFILES || !t)
        return;
    struct dbg_symfile *f = &d->syms[d->nsyms++];
    memset(f, 0, sizeof(*f));
    snprintf(f->label, sizeof(f->label), "%s", label);
    f->tab = t;
    f->low = low;
    f->high = high;
    d->kinfo_tried = false;   /* kernel_debug_info may be in this table */
}

static int by_value(const void *a, const void *b)
{
    const struct symbol *x = a, *y = b;
    return x->value < y->value ? -1 : x->value > y->value;
}

static bool read_symtab(Elf *elf, struct symtab *t)
{
    Elf_Scn *scn = NULL;
    while ((scn = elf_nextscn(elf, scn))) {
        GElf_Shdr sh;
        Elf_Data *data;
        if (!gelf_getshdr(scn, &sh) || sh.sh_type != SHT_SYMTAB || !sh.sh_entsize ||
            !(data = elf_getdata(scn, NULL)))
            continue;
        size_t n = sh.sh_size / sh.sh_entsize;
        struct symbol *syms = realloc(t->syms, (t->count + n) * sizeof(*syms));
        if (!syms)
            return false;
        t->syms = syms;
        for (size_t i = 0; i < n; i++) {
            GElf_Sym s;
            const char *name;
            if (!gelf_getsym(data, (int)i, &s) || s.st_shndx == SHN_UNDEF ||
                s.st_shndx == SHN_ABS || !(name = elf_strptr(elf, sh.sh_link, s.st_name)) ||
                !*name || GELF_ST_TYPE(s.st_info) > STT_FUNC)
                continue;
            char *copy = strdup(name);
            if (copy)
                t->syms[t->count++] = (struct symbol){copy, s.st_value, s.st_size,
                                                      GELF_ST_TYPE(s.st_info) == STT_FUNC};
        }
    }
    qsort(t->syms, t->count, sizeof(*t->syms), by_value);
    return true;
}

/* The virtual range the program's loadable segments cover. */
static void load_range(Elf *elf, uint64_t *low, uint64_t *high)
{
    size_t phnum = 0;
    *low = UINT64_MAX;
    *high = 0;
    elf_getphdrnum(elf, &phnum);
    for (size_t i = 0; i < phnum; i++) {
        GElf_Phdr ph;
        if (!gelf_getphdr(elf, (int)i, &ph) || ph.p_type != PT_LOAD)
            continue;
        *low = ph.p_vaddr < *low ? ph.p_vaddr : *low;
        *high = ph.p_vaddr + ph.p_memsz > *high ? ph.p_vaddr + ph.p_memsz : *high;
    }
    if (*low > *high)
        *low = *high = 0;
}

bool dbg_load_elf_symbols(const char *path, struct symtab *t, uint64_t *low, uint64_t *high,
                          char *err, size_t len)
{
    memset(t, 0, sizeof(*t));
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        snprintf(err, len, "%s: cannot open", path);
        return false;
    }
    Elf *elf = elf_version(EV_CURRENT) != EV_NONE ? elf_begin(fd, ELF_C_READ, NULL) : NULL;
    bool ok = elf && elf_kind(elf) == ELF_K_ELF;
    if (ok) {
        load_range(elf, low, high);
        ok = read_symtab(elf, t);
    }
    if (!ok)
        snprintf(err, len, "%s: not an ELF file with symbols", path);
    if (elf)
        elf_end(elf);
    close(fd);
    return ok;
}

static void free_symtab(struct symtab *t)
{
    for (size_t i = 0; i < t->count; i++)
        free(t->syms[i].name);
    free(t->syms);
    memset(t, 0, sizeof(*t));
}

void dbg_symbols_free(struct dbg *d)
{
    for (int i = 0; i < d->nsyms; i++)
        if (d->syms[i].user)
            free_symtab(&d->syms[i].own);
    d->nsyms = 0;
}

bool dbg_set_user_dir(struct dbg *d, const char *dir, char *err, size_t len)
{
    if (access(dir, R_OK | X_OK) != 0) {
        snprintf(err, len, "%s: not a readable directory", dir);
        return false;
    }
    snprintf(d->user_dir, sizeof(d->user_dir), "%s", dir);
    int k = 0;   /* forget programs looked up in the old directory */
    for (int i = 0; i < d->nsyms; i++) {
        if (d->syms[i].user)
            free_symtab(&d->syms[i].own);
        else
            d->syms[k++] = d->syms[i];
    }
    d->nsyms = k;
    return true;
}

/* The symbol file of the user program hart runs, loading it on first use. */
static struct dbg_symfile *user_file(struct dbg *d, int hart)
{
    struct dbg_proc p;
    if (!d->user_dir[0] || hart < 0 || !dbg_proc_current(d, hart, &p) || !p.name[0])
        return NULL;
    for (int i = 0; i < d->nsyms; i++)
        if (d->syms[i].user && strcmp(d->syms[i].label, p.name) == 0)
            return d->syms[i].missing ? NULL : &d->syms[i];
    if (d->nsyms == DBG_MAX_SYMFILES)
        return NULL;
    struct dbg_symfile *f = &d->syms[d->nsyms++];
    memset(f, 0, sizeof(*f));
    snprintf(f->label, sizeof(f->label), "%s", p.name);
    f->user = true;
    static const char *const patterns[] = {"%s/%s", "%s/%s.elf", "%s/_%s"};
    char path[1024], err[256];
    f->missing = true;
    for (size_t i = 0; i < 3 && f->missing; i++) {
        snprintf(path, sizeof(path), patterns[i], d->user_dir, p.name);
        if (access(path, R_OK) == 0 &&
            dbg_load_elf_symbols(path, &f->own, &f->low, &f->high, err, sizeof(err)))
            f->missing = false;
    }
    f->tab = &f->own;
    return f->missing ? NULL : f;
}

/* Names that say nothing to a person: mapping symbols ($x), local labels (.L1),
 * linker helpers (__global_pointer$). */
static bool noise(const char *name)
{
    return strchr(name, '$') || strncmp(name, ".L", 2) == 0;
}

/* The nearest real symbol at or below addr in f. */
static const struct symbol *nearest(const struct dbg_symfile *f, uint64_t addr)
{
    if (!f || !f->tab || addr < f->low || addr >= f->high)
        return NULL;
    const struct symbol *s = symtab_find_addr(f->tab, addr);
    while (s && s > f->tab->syms && noise(s->name))
        s--;
    if (!s || noise(s->name) || s->value > addr)
        return NULL;
    return s;
}

static const struct symbol *in_tables(struct dbg *d, uint64_t addr,
                                      const struct dbg_symfile **from)
{
    for (int i = 0; i < d->nsyms; i++) {
        const struct symbol *s = d->syms[i].user ? NULL : nearest(&d->syms[i], addr);
        if (s) {
            *from = &d->syms[i];
            return s;
        }
    }
    return NULL;
}

/* The symbol for addr: the user program's, the kernel's or firmware's; else, for kernel
 * code mapped elsewhere (a trampoline page: no U bit), the symbol of the physical
 * address it maps to. *at is the address the symbol's offset counts from. */
static const struct symbol *find(struct dbg *d, int hart, uint64_t addr,
                                 const struct dbg_symfile **from, uint64_t *at)
{
    struct dbg_symfile *u = user_file(d, hart);
    const struct symbol *s = nearest(u, addr);
    *from = u;
    *at = addr;
    if (!s)
        s = in_tables(d, addr, from);
    uint64_t pa;
    struct walk w;
    if (!s && hart >= 0 && dbg_translate(d, hart, addr, MMU_FETCH, &pa, &w) && pa != addr &&
        !(w.leaf_pte & PTE_U) && (s = in_tables(d, pa, from)))
        *at = pa;
    return s;
}

const struct symbol *dbg_symbol_find(struct dbg *d, int hart, uint64_t addr)
{
    const struct dbg_symfile *f;
    uint64_t at;
    const struct symbol *s = find(d, hart, addr, &f, &at);
    return at == addr ? s : NULL;   /* callers compare addresses with s->value */
}

bool dbg_symbolize(struct dbg *d, int hart, uint64_t addr, char *buf, size_t len)
{
    const struct dbg_symfile *f;
    uint64_t at;
    const struct symbol *s = find(d, hart, addr, &f, &at);
    if (!s)
        return false;
    if (at == s->value)
        snprintf(buf, len, "%s", s->name);
    else
        snprintf(buf, len, "%s+0x%" PRIx64, s->name, at - s->value);
    return true;
}

const char *dbg_symbol_source(struct dbg *d, int hart, uint64_t addr)
{
    const struct dbg_symfile *f;
    uint64_t at;
    return find(d, hart, addr, &f, &at) ? f->label : NULL;
}

bool dbg_symbol_lookup(struct dbg *d, int hart, const char *name, uint64_t *addr)
{
    struct dbg_symfile *u = user_file(d, hart);
    if (u && symtab_lookup(u->tab, name, addr))
        return true;
    for (int i = 0; i < d->nsyms; i++)
        if (!d->syms[i].user && d->syms[i].tab && symtab_lookup(d->syms[i].tab, name, addr))
            return true;
    return false;
}

const char *dbg_symbol_name_at(struct dbg *d, size_t i)
{
    for (int k = 0; k < d->nsyms; k++) {
        const struct symtab *t = d->syms[k].tab;
        if (!t || d->syms[k].missing)
            continue;
        if (i < t->count)
            return t->syms[i].name;
        i -= t->count;
    }
    return NULL;
}
