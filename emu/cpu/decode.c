#include "decode.h"

#include <assert.h>
#include <string.h>

const struct opcode_info opcode_table[OP_COUNT] = {
#define OP(id, name, match, mask, fmt, regs, fn, flags) \
    [OP_##id] = {name, match, mask, FMT_##fmt, regs, fn, flags},
#include "opcodes.def"
#undef OP
};

/* Table rows bucketed by the major opcode (bits 6:2) so decoding scans a few rows. */
#define DECODE_BUCKETS 32
#define DECODE_BUCKET_MAX 64
static uint16_t bucket_rows[DECODE_BUCKETS][DECODE_BUCKET_MAX];
static uint8_t bucket_len[DECODE_BUCKETS];
static bool buckets_ready;

static void decode_build_buckets(void)
{
    for (int op = 0; op < OP_COUNT; op++) {
        unsigned b = (opcode_table[op].match >> 2) & 31;
        assert(bucket_len[b] < DECODE_BUCKET_MAX);   /* raise it if a bucket outgrows it */
        bucket_rows[b][bucket_len[b]++] = (uint16_t)op;
    }
    buckets_ready = true;
}

static enum opcode decode_lookup(uint32_t w)
{
    if (!buckets_ready)
        decode_build_buckets();
    if ((w & 3) != 3)
        return OP_ILLEGAL;
    unsigned b = (w >> 2) & 31;
    for (unsigned i = 0; i < bucket_len[b]; i++) {
        const struct opcode_info *oi = &opcode_table[bucket_rows[b][i]];
        if ((w & oi->mask) == oi->match)
            return (enum opcode)bucket_rows[b][i];
    }
    return OP_ILLEGAL;
}

/* Sign-extend the low n bits of v. Immediates are assembled unsigned first: shifting
 * a negative value left is undefined in C. */
static int32_t sext(uint32_t v, int n) { return (int32_t)(v << (32 - n)) >> (32 - n); }

/* The immediate of each base format (unpriv spec §2.3, Figure 2.4). */
static int32_t imm_i(uint32_t w) { return sext(w >> 20, 12); }
static int32_t imm_s(uint32_t w) { return sext((w >> 25) << 5 | ((w >> 7) & 0x1f), 12); }
static int32_t imm_u(uint32_t w) { return (int32_t)(w & 0xfffff000u); }

static int32_t imm_b(uint32_t w)
{
    return sext((w >> 31) << 12 | ((w >> 7) & 1) << 11 | ((w >> 25) & 0x3f) << 5 |
                ((w >> 8) & 0xf) << 1, 13);
}

static int32_t imm_j(uint32_t w)
{
    return sext((w >> 31) << 20 | (w & 0xff000) | ((w >> 20) & 1) << 11 |
                ((w >> 21) & 0x3ff) << 1, 21);
}

static int32_t decode_imm(enum insn_format fmt, uint32_t w)
{
    switch (fmt) {
    case FMT_I: case FMT_LOAD: case FMT_JALR: return imm_i(w);
    case FMT_SHIFT: return (int32_t)((w >> 20) & 0x3f);
    case FMT_STORE: return imm_s(w);
    case FMT_B: return imm_b(w);
    case FMT_U: return imm_u(w);
    case FMT_J: return imm_j(w);
    case FMT_CSR: case FMT_CSRI: case FMT_FENCE: return (int32_t)(w >> 20);
    default: return 0;
    }
}

void decode(uint32_t bits, uint64_t pc, struct insn *d)
{
    uint32_t w = bits;
    memset(d, 0, sizeof(*d));
    d->pc = pc;
    d->len = 4;
    if ((bits & 3) != 3) {
        d->len = 2;
        bits &= 0xffff;
        w = rvc_expand((uint16_t)bits);
    }
    d->raw = bits;
    enum opcode op = w ? decode_lookup(w) : OP_ILLEGAL;
    d->op = (uint16_t)op;
    if (op == OP_ILLEGAL) {
        d->fn = exec_illegal;
        return;
    }
    const struct opcode_info *oi = &opcode_table[op];
    d->fn = oi->fn;
    d->rd = (w >> 7) & 31;
    d->rs1 = (w >> 15) & 31;
    d->rs2 = (w >> 20) & 31;
    d->rm = (oi->fmt == FMT_AMO || oi->fmt == FMT_LR) ? (w >> 25) & 3 : (w >> 12) & 7;
    d->imm = decode_imm(oi->fmt, w);
    /* x0 is hard-wired to zero: send integer writes to it into the sink register. */
    if (oi->regs[0] == 'x' && d->rd == 0)
        d->rd = HART_XSINK;
}

unsigned decode_flags(const struct insn *d)
{
    return d->op == OP_ILLEGAL ? OPF_END : opcode_table[d->op].flags;
}
