/*
 * test_decode: the decoder (cpu/decode.c, cpu/rvc.c, cpu/opcodes.def) and the
 * disassembler (cpu/disasm.c), with GNU objdump (binutils 2.40, -M no-aliases) as the
 * oracle. The cross build assembles and disassembles the inputs (tests/unit/corpus).
 *
 *   test_decode DIR    DIR = build/cross/tests/unit/corpus
 *
 * 1. corpus_rv64g: every instruction of insn_corpus.S decodes, and disasm() prints
 *    what objdump printed (whitespace normalised, objdump's "# ..." annotations
 *    dropped, branch targets named from the object's symbols the way objdump names
 *    them). The corpus must use every opcode-table row and every register in every
 *    operand position it can take.
 * 2. corpus_rv64gc: instruction k is instruction k of corpus_rv64g; a compressed one
 *    must expand (rvc_expand) to exactly that word.
 * 3. Named reserved encodings decode as illegal.
 * 4. oracle_words (every 16-bit word, random 32-bit words) and flips (single-bit flips
 *    of the corpus words): rvscope decodes a word exactly when objdump does, and
 *    prints the same text for it; for a compressed word, the text of the 32-bit
 *    instruction objdump's c.* text stands for (rvc_forms, from the spec's tables).
 *    The deliberate differences are listed in `differences` with their reasons; they
 *    are counted, not failed.
 *
 * Prints one line per failure (at most MAX_SHOWN per check, then a count) and a final
 * "N passed, M failed"; exit status 0 only when nothing failed.
 */
#include <errno.h>
#include <fcntl.h>
#include <gelf.h>
#include <inttypes.h>
#include <libelf.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include "cpu/csr.h"
#include "cpu/decode.h"
#include "cpu/disasm.h"

#define MAX_SHOWN 40

static unsigned long n_pass, n_fail, n_shown;

static void pass(void) { n_pass++; }

static void fail(const char *fmt, ...)
{
    n_fail++;
    if (++n_shown > MAX_SHOWN)
        return;
    va_list ap;
    va_start(ap, fmt);
    vprintf(fmt, ap);
    va_end(ap);
    putchar('\n');
}

/* Each check shows its own first failures. */
static void check_begin(void) { n_shown = 0; }

static void check_end(const char *check)
{
    if (n_shown > MAX_SHOWN)
        printf("%s: %lu more failures not shown\n", check, n_shown - MAX_SHOWN);
}

/* ---- inputs: an object's .text and symbols, objdump's listing of it ---- */

struct sym {
    char *name;
    uint64_t value;
};

struct object {
    char path[1024];
    uint8_t *text;
    size_t size;
    struct sym *syms;
    size_t nsyms;
};

static void object_read_symbols(Elf *elf, Elf_Scn *symtab, size_t text_index, struct object *o)
{
    GElf_Shdr sh;
    Elf_Data *data = elf_getdata(symtab, NULL);
    if (!gelf_getshdr(symtab, &sh) || !sh.sh_entsize || !data)
        return;
    size_t n = sh.sh_size / sh.sh_entsize;
    o->syms = calloc(n, sizeof(*o->syms));
    for (size_t i = 0; o->syms && i < n; i++) {
        GElf_Sym s;
        if (!gelf_getsym(data, (int)i, &s) || s.st_shndx != text_index)
            continue;
        int type = GELF_ST_TYPE(s.st_info);
        const char *name = elf_strptr(elf, sh.sh_link, s.st_name);
        /* objdump names addresses by label; not by section, mapping ($x) or .L symbols */
        if (!name || !*name || name[0] == '$' || strncmp(name, ".L", 2) == 0 ||
            (type != STT_NOTYPE && type != STT_FUNC))
            continue;
        char *copy = strdup(name);
        if (copy)
            o->syms[o->nsyms++] = (struct sym){copy, s.st_value};
    }
}

static bool object_scan(Elf *elf, struct object *o)
{
    size_t shstrndx, text_index = 0;
    Elf_Scn *scn = NULL, *symtab = NULL;
    if (elf_kind(elf) != ELF_K_ELF || elf_getshdrstrndx(elf, &shstrndx) != 0)
        return false;
    while ((scn = elf_nextscn(elf, scn))) {
        GElf_Shdr sh;
        if (!gelf_getshdr(scn, &sh))
            return false;
        const char *name = elf_strptr(elf, shstrndx, sh.sh_name);
        if (sh.sh_type == SHT_SYMTAB)
            symtab = scn;
        if (sh.sh_type != SHT_PROGBITS || !name || strcmp(name, ".text") != 0)
            continue;
        Elf_Data *data = elf_getdata(scn, NULL);
        if (!data || !data->d_buf || !(o->text = malloc(data->d_size)))
            return false;
        memcpy(o->text, data->d_buf, data->d_size);
        o->size = data->d_size;
        text_index = elf_ndxscn(scn);
    }
    if (symtab && o->text)
        object_read_symbols(elf, symtab, text_index, o);
    return o->text != NULL;
}

static bool object_load(const char *path, struct object *o)
{
    snprintf(o->path, sizeof(o->path), "%s", path);
    int fd = open(path, O_RDONLY);
    if (fd < 0) {
        printf("test_decode: %s: %s (is the cross project built?)\n", path, strerror(errno));
        return false;
    }
    Elf *elf = elf_version(EV_CURRENT) != EV_NONE ? elf_begin(fd, ELF_C_READ, NULL) : NULL;
    bool ok = elf && object_scan(elf, o);
    if (!ok)
        printf("test_decode: %s: not an ELF object with a .text section\n", path);
    if (elf)
        elf_end(elf);
    close(fd);
    return ok;
}

/* Name addr as objdump does: the nearest label at or below it, plus the offset. */
static bool object_symbolize(void *ctx, uint64_t addr, char *buf, size_t len)
{
    const struct object *o = ctx;
    const struct sym *best = NULL;
    for (size_t i = 0; i < o->nsyms; i++)
        if (o->syms[i].value <= addr && (!best || o->syms[i].value > best->value))
            best = &o->syms[i];
    if (!best)
        return false;
    if (addr == best->value)
        snprintf(buf, len, "%s", best->name);
    else
        snprintf(buf, len, "%s+0x%" PRIx64, best->name, addr - best->value);
    return true;
}

static uint32_t object_word(const struct object *o, uint64_t addr, unsigned len)
{
    uint32_t w = 0;
    for (unsigned i = 0; i < len && addr + i < o->size; i++)
        w |= (uint32_t)o->text[addr + i] << (8 * i);
    return w;
}

struct line {
    uint64_t addr;
    uint32_t word;
    unsigned len;     /* bytes: 2 or 4 */
    char *text;       /* objdump's "mnemonic<TAB>operands" */
};

struct listing {
    struct line *v;
    size_t n, cap;
};

/* One instruction line of `objdump -d`: "  addr:<TAB>hexword<spaces><TAB>text". */
static bool parse_line(char *s, struct line *l)
{
    int n = 0;
    if (sscanf(s, " %" SCNx64 ":%n", &l->addr, &n) != 1 || n == 0 || s[n] != '\t')
        return false;
    char *hex = s + n + 1, *end;
    unsigned long w = strtoul(hex, &end, 16);
    if ((end - hex != 4 && end - hex != 8) || *end != ' ')
        return false;
    l->word = (uint32_t)w;
    l->len = (unsigned)(end - hex) / 2;
    char *text = strchr(end, '\t');
    if (!text)
        return false;
    text[strcspn(text, "\n")] = 0;
    l->text = strdup(text + 1);
    return l->text != NULL;
}

static bool listing_load(const char *path, struct listing *ls)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        printf("test_decode: %s: %s (is the cross project built?)\n", path, strerror(errno));
        return false;
    }
    char buf[512];
    struct line l;
    while (fgets(buf, sizeof(buf), f)) {
        if (!parse_line(buf, &l))
            continue;
        if (ls->n == ls->cap) {
            size_t cap = ls->cap ? 2 * ls->cap : 1024;
            struct line *v = realloc(ls->v, cap * sizeof(*v));
            if (!v) {
                free(l.text);
                break;
            }
            ls->v = v;
            ls->cap = cap;
        }
        ls->v[ls->n++] = l;
    }
    fclose(f);
    if (!ls->n)
        printf("test_decode: %s: no instructions in this objdump listing\n", path);
    return ls->n != 0;
}

/* The listing covers the whole .text, instruction after instruction, with the bytes
 * the object holds: otherwise the parser lost a line and every later check is moot. */
static bool listing_matches(const struct listing *ls, const struct object *o)
{
    uint64_t next = 0;
    for (size_t i = 0; i < ls->n; i++) {
        const struct line *l = &ls->v[i];
        if (l->addr != next || object_word(o, l->addr, l->len) != l->word) {
            fail("%s: listing line at %" PRIx64 " does not match the object", o->path, l->addr);
            return false;
        }
        next = l->addr + l->len;
    }
    if (next != o->size) {
        fail("%s: listing ends at %" PRIx64 ", .text at %zx", o->path, next, o->size);
        return false;
    }
    return true;
}

/* ---- text comparison ---- */

/* Text made comparable: each run of tabs and spaces one space, none trailing. */
static void normalise(const char *in, char *out, size_t len)
{
    size_t n = 0;
    bool space = false;
    for (; *in && n + 2 < len; in++) {
        if (*in == ' ' || *in == '\t') {
            space = n > 0;
            continue;
        }
        if (space)
            out[n++] = ' ';
        space = false;
        out[n++] = *in;
    }
    out[n] = 0;
}

/* objdump's text without the "# ..." annotation it adds after some instructions
 * (e.g. the address an auipc/lui + jalr pair forms). */
static void objdump_norm(const struct line *l, char *out, size_t len)
{
    char text[160];
    snprintf(text, sizeof(text), "%.*s", (int)strcspn(l->text, "#"), l->text);
    normalise(text, out, len);
}

static void disasm_norm(const struct insn *d, struct object *o, char *out, size_t len)
{
    char raw[160];
    disasm(d, raw, sizeof(raw), object_symbolize, o);
    normalise(raw, out, len);
}

static bool is_csr(const struct insn *d)
{
    enum insn_format f = opcode_table[d->op].fmt;
    return d->op != OP_ILLEGAL && (f == FMT_CSR || f == FMT_CSRI);
}

/* objdump knows more CSR names than rvscope implements: for a CSR rvscope has no name
 * for, accept any name objdump prints in place of the number. */
static bool same_but_csr_name(const struct insn *d, const char *ours, const char *theirs)
{
    char name[32];
    if (!is_csr(d) || csr_name((uint16_t)(d->imm & 0xfff), name, sizeof(name)))
        return false;
    /* "mnemonic rd,CSR,source": compare all but the second operand */
    size_t a1 = strcspn(ours, ","), b1 = strcspn(theirs, ",");
    if (!ours[a1] || a1 != b1 || strncmp(ours, theirs, a1) != 0)
        return false;
    const char *a2 = strchr(ours + a1 + 1, ','), *b2 = strchr(theirs + b1 + 1, ',');
    return a2 && b2 && strcmp(a2, b2) == 0;
}

/* ---- 1. the corpus without C: decode and text ---- */

struct coverage {
    bool op[OP_COUNT];
    uint32_t reg[2][4];   /* [x or f][rd, rs1, rs2, rs3]: bit r set when seen */
};

static void cover(struct coverage *c, const struct insn *d)
{
    const char *files = opcode_table[d->op].regs;
    const unsigned regs[4] = {d->rd == HART_XSINK ? 0 : d->rd, d->rs1, d->rs2, insn_rs3(d)};
    c->op[d->op] = true;
    for (int pos = 0; pos < 4; pos++)
        if (files[pos] == 'x' || files[pos] == 'f')
            c->reg[files[pos] == 'f'][pos] |= 1u << regs[pos];
}

static void check_coverage(const struct coverage *c)
{
    static const char *const pos_names[4] = {"rd", "rs1", "rs2", "rs3"};
    uint32_t wanted[2][4] = {{0}};
    for (int op = 0; op < OP_COUNT; op++) {
        if (!c->op[op])
            fail("corpus: no %s instruction", opcode_table[op].name);
        for (int pos = 0; pos < 4; pos++) {
            char f = opcode_table[op].regs[pos];
            if (f == 'x' || f == 'f')
                wanted[f == 'f'][pos] = ~0u;
        }
    }
    for (int file = 0; file < 2; file++)
        for (int pos = 0; pos < 4; pos++)
            for (unsigned r = 0; r < 32; r++)
                if (wanted[file][pos] & ~c->reg[file][pos] & (1u << r))
                    fail("corpus: %s never appears as %s",
                         file ? disasm_freg(r) : disasm_xreg(r), pos_names[pos]);
}

static void check_corpus(struct listing *ls, struct object *o)
{
    struct coverage cov;
    char ours[160], theirs[160];
    memset(&cov, 0, sizeof(cov));
    check_begin();
    for (size_t i = 0; i < ls->n; i++) {
        const struct line *l = &ls->v[i];
        struct insn d;
        decode(l->word, l->addr, &d);
        objdump_norm(l, theirs, sizeof(theirs));
        if (d.op == OP_ILLEGAL) {
            fail("corpus %" PRIx64 ": %08" PRIx32 " decodes as illegal; objdump: %s", l->addr,
                 l->word, theirs);
            continue;
        }
        cover(&cov, &d);
        disasm_norm(&d, o, ours, sizeof(ours));
        if (strcmp(ours, theirs) == 0)
            pass();
        else
            fail("corpus %" PRIx64 ": %08" PRIx32 ": rvscope '%s', objdump '%s'", l->addr,
                 l->word, ours, theirs);
    }
    check_coverage(&cov);
    check_end("corpus");
}

/* ---- 2. the corpus with C: each compressed instruction expands to its twin ---- */

static void check_compressed(const struct object *gc, const struct listing *g)
{
    size_t off = 0, k = 0, compressed = 0;
    check_begin();
    for (; off + 2 <= gc->size && k < g->n; k++) {
        uint32_t twin = g->v[k].word, w = object_word(gc, off, 4);
        struct insn d, t;
        if ((w & 3) == 3) {
            if (w == twin)
                pass();
            else
                fail("rv64gc %zx: %08" PRIx32 ", rv64g has %08" PRIx32, off, w, twin);
            off += 4;
            continue;
        }
        uint32_t x = rvc_expand((uint16_t)w);
        decode(w, off, &d);
        decode(twin, off, &t);
        if (x == twin && d.len == 2 && d.op == t.op && d.raw == (w & 0xffff))
            pass();
        else
            fail("rv64gc %zx: %04" PRIx32 " expands to %08" PRIx32 ", its twin is %08" PRIx32,
                 off, w & 0xffff, x, twin);
        off += 2;
        compressed++;
    }
    if (off != gc->size || k != g->n)
        fail("rv64gc corpus: instruction count differs from rv64g (%zu of %zu)", k, g->n);
    printf("compressed: %zu instructions checked against their twins\n", compressed);
    check_end("compressed");
}

/* ---- 3. reserved encodings, named ---- */

struct reserved {
    uint32_t word;
    const char *what;
};

/* Unpriv spec 20191213 ch. 16 (Tables 16.5-16.7) and ch. 24, priv spec 1.12 ch. 9. */
static const struct reserved reserved16[] = {
    {0x0000, "all-zero halfword (§16.1: defined illegal)"},
    {0x0004, "c.addi4spn, nzuimm 0"},
    {0x001c, "c.addi4spn, nzuimm 0, rd' a5"},
    {0x6501, "c.lui a0, imm 0"},
    {0x6101, "c.addi16sp, imm 0"},
    {0x8002, "c.jr x0"},
    {0x4002, "c.lwsp rd x0"},
    {0x507e, "c.lwsp rd x0, offset 252"},
    {0x6002, "c.ldsp rd x0"},
    {0x8000, "quadrant 0, funct3 100"},
    {0x9ffc, "quadrant 0, funct3 100, all operand bits set"},
    {0x2001, "c.addiw rd x0"},
    {0x307d, "c.addiw rd x0, imm -1"},
    {0x9c41, "c.subw group, funct2 10"},
    {0x9c61, "c.subw group, funct2 11"},
    {0x9ffd, "c.subw group, funct2 11, all operand bits set"},
};

static const struct reserved reserved32[] = {
    {0x00000000, "all-zero word"},
    {0xffffffff, "all-ones word"},
    {0x42000033, "mul with funct7 bit 30 set"},
    {0x4200003b, "mulw with funct7 bit 30 set"},
    {0x80000033, "add with funct7 bit 31 set"},
    {0x40001033, "sll with funct7 0100000"},
    {0x40006033, "or with funct7 0100000"},
    {0x4000103b, "sllw with funct7 0100000"},
    {0x0200203b, "OP-32 funct7 0000001 funct3 010"},
    {0x04001013, "slli with shamt bit 6 set"},
    {0x44005013, "srai with shamt bit 6 set"},
    {0x0200101b, "slliw with shamt bit 5 (bit 25) set"},
    {0x0200501b, "srliw with bit 25 set"},
    {0x4200501b, "sraiw with bit 25 set"},
    {0x0000201b, "OP-IMM-32 funct3 010"},
    {0x1010202f, "lr.w with rs2 x1"},
    {0x1050302f, "lr.d with rs2 x5"},
    {0x3000202f, "AMO funct5 00110"},
    {0x0000002f, "AMO funct3 000"},
    {0x0000402f, "AMO funct3 100"},
    {0x58100053, "fsqrt.s with rs2 x1"},
    {0x5a100053, "fsqrt.d with rs2 x1"},
    {0x42100053, "fcvt.d.s with rs2 1"},
    {0x40000053, "fcvt.s.d with rs2 0"},
    {0xe0002053, "fmv.x.w with funct3 010"},
    {0xe0101053, "fclass.s with rs2 x1"},
    {0x04000043, "fmadd with fmt 10 (half, Zfh not implemented)"},
    {0x06000053, "fadd with fmt 11 (quad)"},
    {0x00004007, "LOAD-FP funct3 100 (flq)"},
    {0x00001027, "STORE-FP funct3 001 (fsh)"},
    {0x00007003, "LOAD funct3 111"},
    {0x00004023, "STORE funct3 100"},
    {0x00002063, "BRANCH funct3 010"},
    {0x00001067, "JALR funct3 001"},
    {0x00004073, "SYSTEM funct3 100"},
    {0x000000f3, "ecall with rd x1"},
    {0x00008073, "ecall with rs1 x1"},
    {0x00200073, "uret (N extension, removed)"},
    {0x7b200073, "dret (debug spec, not implemented)"},
    {0x120000f3, "sfence.vma with rd x1"},
    {0x0000000b, "custom-0"},
    {0x0000002b, "custom-1"},
    {0x0000005b, "custom-2"},
    {0x0000007b, "custom-3"},
    {0x00000057, "OP-V (V not implemented)"},
    {0x00000077, "reserved major opcode 11101"},
    {0x0000001f, "48-bit encoding space"},
    {0x0000003f, "64-bit encoding space"},
    {0x0000007f, "80-bit-and-longer encoding space"},
};

static void check_reserved(void)
{
    struct insn d;
    check_begin();
    for (size_t i = 0; i < sizeof(reserved16) / sizeof(reserved16[0]); i++) {
        uint16_t c = (uint16_t)reserved16[i].word;
        decode(c, 0, &d);
        if (d.op == OP_ILLEGAL && rvc_expand(c) == 0)
            pass();
        else
            fail("reserved %04x (%s) decodes as %s", c, reserved16[i].what,
                 d.op == OP_ILLEGAL ? "illegal but expands" : opcode_table[d.op].name);
    }
    for (size_t i = 0; i < sizeof(reserved32) / sizeof(reserved32[0]); i++) {
        uint32_t w = reserved32[i].word;
        decode(w, 0, &d);
        if (d.op == OP_ILLEGAL)
            pass();
        else
            fail("reserved %08" PRIx32 " (%s) decodes as %s", w, reserved32[i].what,
                 opcode_table[d.op].name);
    }
    check_end("reserved");
}

/* ---- 4. objdump's verdict on every 16-bit word and many 32-bit ones ---- */

struct difference {
    const char *reason;
    unsigned long count;
};

enum {
    DIFF_CSR_NAME,
    DIFF_FENCE_FIELDS,
    DIFF_EXACT_RM,
    DIFF_ADDI16SP_ZERO,
    DIFF_OLD_PRIV,
    DIFF_COUNT,
};

static struct difference differences[DIFF_COUNT] = {
    [DIFF_CSR_NAME] = {"objdump names a CSR rvscope does not implement; rvscope prints "
                       "its number"},
    [DIFF_FENCE_FIELDS] = {"fence, fence.tso and fence.i with non-zero reserved fields (fm, "
                           "rd, rs1, imm): implementations ignore them (unpriv spec §2.7, "
                           "§3.1), objdump 2.40 decodes only the all-zero forms"},
    [DIFF_EXACT_RM] = {"fcvt.d.s, fcvt.d.w, fcvt.d.wu with rm other than rne: the spec gives "
                       "them a rounding-mode field like every conversion, objdump 2.40 "
                       "decodes only rm=000"},
    [DIFF_ADDI16SP_ZERO] = {"c.addi16sp with nzimm 0: reserved (unpriv spec §16.5), objdump "
                            "2.40 decodes it"},
    [DIFF_OLD_PRIV] = {"uret, hret, sfence.vm: not in priv spec 1.12 (N extension, priv "
                       "1.9.1), objdump 2.40 still decodes them"},
};

/* objdump prints what it cannot decode as data; it names the defined-illegal all-zero
 * halfword (§16.1) c.unimp. */
static bool objdump_decodes(const char *text)
{
    return text[0] != '.' && strncmp(text, "c.unimp", 7) != 0;
}

/* rvscope decodes l->word as d, objdump does not: an index into differences[] when
 * that is one of the known cases, else -1. */
static int rvscope_only(const struct insn *d, const struct line *l)
{
    uint32_t w = l->word;
    bool fence_fields = ((w >> 7) & 31) != 0 || ((w >> 15) & 31) != 0;  /* rd, rs1 */
    switch (d->op) {
    case OP_FENCE:
        return fence_fields || (w >> 28) != 0 ? DIFF_FENCE_FIELDS : -1;     /* fm */
    case OP_FENCE_TSO:
        return fence_fields ? DIFF_FENCE_FIELDS : -1;
    case OP_FENCE_I:
        return fence_fields || (w >> 20) != 0 ? DIFF_FENCE_FIELDS : -1;     /* imm */
    default:
        return (opcode_table[d->op].flags & OPF_EXACT) && d->rm != 0 ? DIFF_EXACT_RM : -1;
    }
}

/* objdump decodes l->word, rvscope does not: the same. */
static int objdump_only(const struct line *l)
{
    static const char *const old_priv[] = {"uret", "hret", "sfence.vm"};
    size_t mnemonic = strcspn(l->text, "\t");
    if (l->len == 2)
        return l->word == 0x6101 ? DIFF_ADDI16SP_ZERO : -1;
    for (size_t i = 0; i < sizeof(old_priv) / sizeof(old_priv[0]); i++)
        if (strlen(old_priv[i]) == mnemonic && strncmp(l->text, old_priv[i], mnemonic) == 0)
            return DIFF_OLD_PRIV;
    return -1;
}

/* What objdump's compressed mnemonics stand for: the expansions of unpriv spec
 * 20191213 Tables 16.5-16.7, written over objdump's operands ({0} its first, ...). */
static const struct rvc_form {
    const char *compressed, *expansion;
} rvc_forms[] = {
    {"c.addi4spn", "addi {0},{1},{2}"},  {"c.fld", "fld {0},{1}"},
    {"c.lw", "lw {0},{1}"},              {"c.ld", "ld {0},{1}"},
    {"c.fsd", "fsd {0},{1}"},            {"c.sw", "sw {0},{1}"},
    {"c.sd", "sd {0},{1}"},              {"c.addi", "addi {0},{0},{1}"},
    {"c.addiw", "addiw {0},{0},{1}"},    {"c.li", "addi {0},zero,{1}"},
    {"c.addi16sp", "addi {0},{0},{1}"},  {"c.lui", "lui {0},{1}"},
    {"c.srli", "srli {0},{0},{1}"},      {"c.srli64", "srli {0},{0},0x0"},
    {"c.srai", "srai {0},{0},{1}"},      {"c.srai64", "srai {0},{0},0x0"},
    {"c.andi", "andi {0},{0},{1}"},      {"c.sub", "sub {0},{0},{1}"},
    {"c.xor", "xor {0},{0},{1}"},        {"c.or", "or {0},{0},{1}"},
    {"c.and", "and {0},{0},{1}"},        {"c.subw", "subw {0},{0},{1}"},
    {"c.addw", "addw {0},{0},{1}"},      {"c.j", "jal zero,{0}"},
    {"c.beqz", "beq {0},zero,{1}"},      {"c.bnez", "bne {0},zero,{1}"},
    {"c.slli", "slli {0},{0},{1}"},      {"c.slli64", "slli {0},{0},0x0"},
    {"c.fldsp", "fld {0},{1}"},          {"c.lwsp", "lw {0},{1}"},
    {"c.ldsp", "ld {0},{1}"},            {"c.jr", "jalr zero,0({0})"},
    {"c.mv", "add {0},zero,{1}"},        {"c.ebreak", "ebreak"},
    {"c.jalr", "jalr ra,0({0})"},        {"c.add", "add {0},{0},{1}"},
    {"c.fsdsp", "fsd {0},{1}"},          {"c.swsp", "sw {0},{1}"},
    {"c.sdsp", "sd {0},{1}"},
};

static const struct rvc_form *rvc_form_of(const char *mnemonic, size_t len)
{
    for (size_t f = 0; f < sizeof(rvc_forms) / sizeof(rvc_forms[0]); f++)
        if (strlen(rvc_forms[f].compressed) == len &&
            strncmp(rvc_forms[f].compressed, mnemonic, len) == 0)
            return &rvc_forms[f];
    return NULL;
}

/* objdump's normalised text of a compressed instruction, rewritten as the 32-bit
 * instruction it stands for; false if rvc_forms has no row for its mnemonic. */
static bool rvc_twin_text(const char *theirs, char *out, size_t len)
{
    char ops[4][64] = {{0}};
    size_t mnemonic = strcspn(theirs, " ");
    const struct rvc_form *form = rvc_form_of(theirs, mnemonic);
    if (!form)
        return false;
    const char *p = theirs + mnemonic;
    for (int i = 0; *p && i < 4; i++) {
        size_t n = strcspn(++p, ",");
        snprintf(ops[i], sizeof(ops[i]), "%.*s", (int)n, p);
        p += n;
    }
    size_t n = 0;
    for (const char *t = form->expansion; *t && n + 1 < len; t++) {
        if (t[0] == '{' && t[1] >= '0' && t[1] <= '3' && t[2] == '}') {
            snprintf(out + n, len - n, "%s", ops[t[1] - '0']);
            n += strlen(out + n);
            t += 2;
        } else {
            out[n++] = *t;
        }
    }
    out[n] = 0;
    return true;
}

static void check_oracle(const char *set, const struct listing *ls, struct object *o)
{
    char ours[160], theirs[160];
    check_begin();
    for (size_t i = 0; i < ls->n; i++) {
        const struct line *l = &ls->v[i];
        struct insn d;
        decode(l->word, l->addr, &d);
        bool theirs_ok = objdump_decodes(l->text), ours_ok = d.op != OP_ILLEGAL;
        objdump_norm(l, theirs, sizeof(theirs));
        if (theirs_ok != ours_ok) {
            int why = ours_ok ? rvscope_only(&d, l) : objdump_only(l);
            if (why >= 0) {
                differences[why].count++;
                pass();
            } else {
                fail("%s: %0*" PRIx32 ": rvscope %s, objdump '%s'", set, (int)l->len * 2,
                     l->word, ours_ok ? opcode_table[d.op].name : "illegal", theirs);
            }
            continue;
        }
        if (!ours_ok) {
            pass();
            continue;
        }
        char twin[160];
        if (l->len == 2 && !rvc_twin_text(theirs, twin, sizeof(twin))) {
            fail("%s: %04" PRIx32 ": no rvc_forms row for objdump's '%s'", set, l->word,
                 theirs);
            continue;
        }
        disasm_norm(&d, o, ours, sizeof(ours));
        if (strcmp(ours, l->len == 2 ? twin : theirs) == 0) {
            pass();
        } else if (same_but_csr_name(&d, ours, theirs)) {
            differences[DIFF_CSR_NAME].count++;
            pass();
        } else {
            fail("%s: %0*" PRIx32 ": rvscope '%s', objdump '%s'", set, (int)l->len * 2,
                 l->word, ours, theirs);
        }
    }
    check_end(set);
}

/* ---- main ---- */

/* The outputs of tests/unit/corpus: an object and objdump's listing of it. */
enum { IN_G, IN_GC, IN_WORDS, IN_FLIPS, IN_COUNT };
static const char *const input_names[IN_COUNT] = {
    "corpus_rv64g", "corpus_rv64gc", "oracle_words", "flips",
};

struct input {
    struct object obj;
    struct listing ls;
};

static bool input_load(const char *dir, const char *name, struct input *in)
{
    char path[1024];
    snprintf(path, sizeof(path), "%s/%s.o", dir, name);
    if (!object_load(path, &in->obj))
        return false;
    snprintf(path, sizeof(path), "%s/%s.dis", dir, name);
    return listing_load(path, &in->ls) && listing_matches(&in->ls, &in->obj);
}

static void input_free(struct input *in)
{
    for (size_t i = 0; i < in->obj.nsyms; i++)
        free(in->obj.syms[i].name);
    for (size_t i = 0; i < in->ls.n; i++)
        free(in->ls.v[i].text);
    free(in->obj.syms);
    free(in->obj.text);
    free(in->ls.v);
}

int main(int argc, char **argv)
{
    static struct input in[IN_COUNT];
    if (argc != 2) {
        fprintf(stderr, "usage: test_decode DIR   (DIR: build/cross/tests/unit/corpus)\n");
        return 2;
    }
    bool loaded = true;
    for (int i = 0; i < IN_COUNT && loaded; i++)
        loaded = input_load(argv[1], input_names[i], &in[i]);
    if (loaded) {
        check_corpus(&in[IN_G].ls, &in[IN_G].obj);
        check_compressed(&in[IN_GC].obj, &in[IN_G].ls);
        check_reserved();
        check_oracle("oracle_words", &in[IN_WORDS].ls, &in[IN_WORDS].obj);
        check_oracle("flips", &in[IN_FLIPS].ls, &in[IN_FLIPS].obj);
    } else {
        n_fail++;
    }
    for (int i = 0; i < DIFF_COUNT; i++)
        if (differences[i].count)
            printf("allowed difference, %lu words: %s\n", differences[i].count,
                   differences[i].reason);
    for (int i = 0; i < IN_COUNT; i++)
        input_free(&in[i]);
    printf("%lu passed, %lu failed\n", n_pass, n_fail);
    return n_fail ? 1 : 0;
}
