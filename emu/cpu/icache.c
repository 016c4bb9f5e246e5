#include "icache.h"

#include <stdlib.h>
#include <string.h>

#include "decode.h"

#define ICACHE_BUCKETS (1u << 16)

struct icache {
    struct block *buckets[ICACHE_BUCKETS];
    struct block **page_blocks;   /* per RAM page: list of its blocks */
    struct block *graveyard;      /* invalidated, freed by icache_collect() */
    struct bus *bus;
    struct hart_cluster *cluster;
    struct block *scratch[HART_MAX];   /* per hart: one uncached instruction + end marker */
};

static unsigned icache_hash(uint64_t pa)
{
    return (unsigned)((pa >> 1) ^ (pa >> 17)) & (ICACHE_BUCKETS - 1);
}

static uint64_t ram_page_index(const struct icache *ic, uint64_t pa)
{
    return (pa - ic->bus->ram_base) >> BUS_PAGE_SHIFT;
}

/* A store hit a page with code: unlink its blocks; free them later, since the block
 * that did the store may still be running. */
static void icache_invalidate_page(void *ctx, uint64_t page_pa)
{
    struct icache *ic = ctx;
    uint64_t idx = ram_page_index(ic, page_pa);
    for (struct block *b = ic->page_blocks[idx], *next; b; b = next) {
        next = b->page_next;
        struct block **pp = &ic->buckets[icache_hash(b->pa)];
        while (*pp != b)
            pp = &(*pp)->hash_next;
        *pp = b->hash_next;
        b->dead = true;
        b->next[0] = b->next[1] = NULL;   /* a dead block chains nowhere */
        b->hash_next = ic->graveyard;
        ic->graveyard = b;
    }
    ic->page_blocks[idx] = NULL;
    ic->bus->code_pages[idx] = 0;
}

struct icache *icache_new(struct bus *bus, struct hart_cluster *cluster)
{
    struct icache *ic = calloc(1, sizeof(*ic));
    if (!ic)
        return NULL;
    ic->page_blocks = calloc(bus->ram_size >> BUS_PAGE_SHIFT, sizeof(*ic->page_blocks));
    if (!ic->page_blocks) {
        free(ic);
        return NULL;
    }
    for (int i = 0; i < HART_MAX; i++) {
        ic->scratch[i] = calloc(1, sizeof(struct block) + 2 * sizeof(struct insn));
        if (!ic->scratch[i]) {
            icache_free(ic);
            return NULL;
        }
    }
    ic->bus = bus;
    ic->cluster = cluster;
    bus->code_written = icache_invalidate_page;
    bus->code_ctx = ic;
    return ic;
}

void icache_collect(struct icache *ic)
{
    while (ic->graveyard) {
        struct block *b = ic->graveyard;
        ic->graveyard = b->hash_next;
        free(b);
    }
}

void icache_flush(struct icache *ic)
{
    uint64_t pages = ic->bus->ram_size >> BUS_PAGE_SHIFT;
    for (uint64_t i = 0; i < pages; i++)
        if (ic->page_blocks[i])
            icache_invalidate_page(ic, ic->bus->ram_base + (i << BUS_PAGE_SHIFT));
}

void icache_free(struct icache *ic)
{
    if (!ic)
        return;
    if (ic->bus)
        icache_flush(ic);
    icache_collect(ic);
    for (int i = 0; i < HART_MAX; i++)
        free(ic->scratch[i]);
    free(ic->page_blocks);
    free(ic);
}

/* The first time a page gets code, no hart may keep a fast store pointer into it:
 * stores must take the slow path that invalidates blocks. */
static void icache_mark_code_page(struct icache *ic, uint64_t pa)
{
    uint64_t idx = ram_page_index(ic, pa);
    if (ic->bus->code_pages[idx])
        return;
    ic->bus->code_pages[idx] = 1;
    for (int i = 0; i < ic->cluster->count; i++)
        mmu_flush_fast_kind(&ic->cluster->harts[i]->tlb, MMU_STORE);
}

/* Parcels of an instruction at pa within one RAM page; 0 if it crosses the page end. */
static uint32_t fetch_bits_in_page(const uint8_t *host, uint64_t pa)
{
    uint16_t lo;
    memcpy(&lo, host, 2);
    if ((lo & 3) != 3)
        return lo;
    if ((pa & (BUS_PAGE_SIZE - 1)) == BUS_PAGE_SIZE - 2)
        return 0;
    uint16_t hi;
    memcpy(&hi, host + 2, 2);
    return (uint32_t)hi << 16 | lo;
}

static int exec_block_end(struct hart *h, const struct insn *d)
{
    h->pc = d->pc;
    return hart_leave(d, EXEC_FALLTHROUGH);   /* not an instruction: nothing retires */
}

/* In place of the handler of an instruction at a breakpoint's pc (the debugger's
 * hart_debug hooks): stop before it when the breakpoint's conditions hold, else run the
 * instruction's own handler (decode.c takes handlers from the opcode table). */
static int exec_breakpoint(struct hart *h, const struct insn *d)
{
    if (h->debug->break_hit(h->debug->ctx, h, d->pc)) {
        h->pc = d->pc;
        h->leave = true;
        return hart_leave(d, EXEC_FALLTHROUGH);   /* it did not run: nothing retires */
    }
    insn_fn own = d->op == OP_ILLEGAL ? exec_illegal : opcode_table[d->op].fn;
    return own(h, d);
}

static void hook_breakpoint(const struct hart_debug *dbg, struct insn *d)
{
    if (dbg && dbg->has_break(dbg->ctx, d->pc))
        d->fn = exec_breakpoint;
}

/* While watchpoints exist, a load or store ends its block, so that the hart stops right
 * after the access that hit one. */
static bool ends_for_watch(const struct hart_debug *dbg, const struct insn *d)
{
    if (!dbg || !dbg->watching || d->op == OP_ILLEGAL)
        return false;
    enum insn_format f = opcode_table[d->op].fmt;
    return f == FMT_LOAD || f == FMT_STORE || f == FMT_AMO || f == FMT_LR;
}

/* Branches and jal leave to one of two pcs known at decode time; jalr, xRET, traps and
 * CSR writes do not chain (their target or the translation context can change). */
static bool ends_chainable(const struct insn *last)
{
    switch (last->op) {
    case OP_JAL: case OP_BEQ: case OP_BNE: case OP_BLT: case OP_BGE: case OP_BLTU:
    case OP_BGEU:
        return true;
    default:
        return last->fn == exec_block_end;
    }
}

static struct block *icache_decode_block(struct icache *ic, uint64_t pc, uint64_t pa,
                                         const struct hart_debug *dbg)
{
    struct insn buf[ICACHE_BLOCK_MAX];
    const uint8_t *host = bus_ram_ptr(ic->bus, pa, 2);
    uint64_t page_end = (pa | (BUS_PAGE_SIZE - 1)) + 1;
    uint32_t n = 0;
    uint64_t off = 0;
    bool ended = false;
    while (n < ICACHE_BLOCK_MAX && pa + off < page_end) {
        uint32_t bits = fetch_bits_in_page(host + off, pa + off);
        if (!bits)
            break;   /* crosses into the next page: its own block, fetched the slow way */
        decode(bits, pc + off, &buf[n]);
        buf[n].idx = (uint8_t)n;
        hook_breakpoint(dbg, &buf[n]);
        off += buf[n].len;
        if (decode_flags(&buf[n]) & OPF_END) {
            ended = true;
            n++;
            break;
        }
        if (ends_for_watch(dbg, &buf[n++]))
            break;   /* the end marker follows it */
    }
    if (n == 0)
        return NULL;
    struct block *b = malloc(sizeof(*b) + (n + 1) * sizeof(struct insn));
    if (!b)
        return NULL;
    b->pa = pa;
    b->pc = pc;
    b->count = n;
    memcpy(b->insns, buf, n * sizeof(struct insn));
    if (!ended) {
        struct insn *end = &b->insns[n];
        memset(end, 0, sizeof(*end));
        end->fn = exec_block_end;
        end->pc = pc + off;
        end->idx = (uint8_t)n;
    }
    b->next[0] = b->next[1] = NULL;
    b->next_pc[0] = b->next_pc[1] = 0;
    b->dead = false;
    b->chainable = ends_chainable(&b->insns[ended ? n - 1 : n]);
    return b;
}

static void icache_insert(struct icache *ic, struct block *b)
{
    unsigned hidx = icache_hash(b->pa);
    b->hash_next = ic->buckets[hidx];
    ic->buckets[hidx] = b;
    uint64_t pidx = ram_page_index(ic, b->pa);
    b->page_next = ic->page_blocks[pidx];
    ic->page_blocks[pidx] = b;
    icache_mark_code_page(ic, b->pa);
}

/* Fetch the instruction at h->pc through translation (slow path: any page crossing,
 * ROM or device memory). Returns false after taking the fetch trap. */
static bool fetch_slow(struct hart *h, uint32_t *bits)
{
    uint64_t pa;
    uint64_t lo = 0, hi = 0;
    int exc = mmu_translate(h, h->pc, MMU_FETCH, &pa, NULL);
    if (exc == EXC_NONE && !bus_load(h->bus, pa, 2, &lo))
        exc = EXC_INSN_ACCESS;
    if (exc != EXC_NONE) {
        trap_take_exception(h, (enum exception)exc, h->pc, h->pc);
        return false;
    }
    if ((lo & 3) == 3) {
        uint64_t va2 = h->pc + 2;
        exc = mmu_translate(h, va2, MMU_FETCH, &pa, NULL);
        if (exc == EXC_NONE && !bus_load(h->bus, pa, 2, &hi))
            exc = EXC_INSN_ACCESS;
        if (exc != EXC_NONE) {
            /* tval is the address of the part that faulted (priv spec §3.1.16) */
            trap_take_exception(h, (enum exception)exc, va2, h->pc);
            return false;
        }
    }
    *bits = (uint32_t)(hi << 16 | lo);
    return true;
}

bool icache_fetch_one(struct hart *h, struct insn *out)
{
    uint32_t bits;
    if (!fetch_slow(h, &bits))
        return false;
    decode(bits, h->pc, out);
    return true;
}

/* A one-instruction block for code that is not cached (ROM, page-crossing). */
static struct block *scratch_block(struct hart *h)
{
    struct block *b = h->icache->scratch[h->hartid % HART_MAX];
    if (!icache_fetch_one(h, &b->insns[0]))
        return NULL;
    hook_breakpoint(h->debug, &b->insns[0]);
    b->pc = h->pc;
    b->count = 1;
    b->chainable = false;
    struct insn *end = &b->insns[1];
    memset(end, 0, sizeof(*end));
    end->fn = exec_block_end;
    end->pc = h->pc + b->insns[0].len;
    end->idx = 1;
    return b;
}

struct block *icache_block_for_pc(struct hart *h)
{
    struct icache *ic = h->icache;
    uint64_t pc = h->pc;
    uint64_t pa;
    uint8_t *host = mmu_fast_lookup(&h->tlb, MMU_FETCH, pc, 2);
    if (host) {
        pa = (uint64_t)(host - ic->bus->ram) + ic->bus->ram_base;
    } else {
        int exc = mmu_translate(h, pc, MMU_FETCH, &pa, NULL);
        if (exc != EXC_NONE) {
            trap_take_exception(h, (enum exception)exc, pc, pc);
            return NULL;
        }
        host = bus_ram_ptr(ic->bus, pa, 2);
        /* Not RAM, or a page PMP does not treat as a whole: fetch one at a time. */
        if (!host || !mmu_fast_fill(&h->tlb, MMU_FETCH, pc, host))
            return scratch_block(h);
    }
    for (struct block *b = ic->buckets[icache_hash(pa)]; b; b = b->hash_next)
        if (b->pa == pa && b->pc == pc)
            return b;
    struct block *b = icache_decode_block(ic, pc, pa, h->debug);
    if (!b)
        return scratch_block(h);
    icache_insert(ic, b);
    return b;
}

struct block *icache_next_block(struct hart *h, struct block *b)
{
    if (!b->chainable || b->dead)
        return icache_block_for_pc(h);
    int k = h->pc == b->next_pc[0] ? 0 : h->pc == b->next_pc[1] ? 1 : -1;
    if (k >= 0 && b->next[k])
        return b->next[k];
    struct block *n = icache_block_for_pc(h);
    /* Same physical AND same virtual page: another virtual page mapping the same frame
     * needs its own translation (it may be unmapped while this one stays). */
    bool same_page = n && n != h->icache->scratch[h->hartid % HART_MAX] &&
                     (n->pa >> BUS_PAGE_SHIFT) == (b->pa >> BUS_PAGE_SHIFT) &&
                     (n->pc >> BUS_PAGE_SHIFT) == (b->pc >> BUS_PAGE_SHIFT);
    if (same_page) {
        if (k < 0)
            k = b->next[0] ? 1 : 0;
        b->next_pc[k] = h->pc;
        b->next[k] = n;
    }
    return n;
}
