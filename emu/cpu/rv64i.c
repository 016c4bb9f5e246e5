/* RV64I base integer instructions (unpriv spec 20191213 ch. 2 and 5). */
#include "exec.h"

#include <string.h>

EXEC_RR(exec_add, a + b)
EXEC_RR(exec_sub, a - b)
EXEC_RR(exec_sll, a << (b & 63))
EXEC_RR(exec_slt, (int64_t)a < (int64_t)b)
EXEC_RR(exec_sltu, a < b)
EXEC_RR(exec_xor, a ^ b)
EXEC_RR(exec_srl, a >> (b & 63))
EXEC_RR(exec_sra, (uint64_t)((int64_t)a >> (b & 63)))
EXEC_RR(exec_or, a | b)
EXEC_RR(exec_and, a & b)
EXEC_RR(exec_addw, sext32(a + b))
EXEC_RR(exec_subw, sext32(a - b))
EXEC_RR(exec_sllw, sext32((uint32_t)a << (b & 31)))
EXEC_RR(exec_srlw, sext32((uint32_t)a >> (b & 31)))
EXEC_RR(exec_sraw, sext32((uint32_t)((int32_t)a >> (b & 31))))

EXEC_RI(exec_addi, a + b)
EXEC_RI(exec_slti, (int64_t)a < (int64_t)b)
EXEC_RI(exec_sltiu, a < b)
EXEC_RI(exec_xori, a ^ b)
EXEC_RI(exec_ori, a | b)
EXEC_RI(exec_andi, a & b)
EXEC_RI(exec_slli, a << b)
EXEC_RI(exec_srli, a >> b)
EXEC_RI(exec_srai, (uint64_t)((int64_t)a >> b))
EXEC_RI(exec_addiw, sext32(a + b))
EXEC_RI(exec_slliw, sext32((uint32_t)a << b))
EXEC_RI(exec_srliw, sext32((uint32_t)a >> b))
EXEC_RI(exec_sraiw, sext32((uint32_t)((int32_t)a >> b)))

int exec_lui(struct hart *h, const struct insn *d)
{
    h->x[d->rd] = (uint64_t)(int64_t)d->imm;
    return hart_next(h, d);
}

int exec_auipc(struct hart *h, const struct insn *d)
{
    h->x[d->rd] = d->pc + (uint64_t)(int64_t)d->imm;
    return hart_next(h, d);
}

int exec_jal(struct hart *h, const struct insn *d)
{
    h->x[d->rd] = d->pc + d->len;
    h->pc = d->pc + (uint64_t)(int64_t)d->imm;
    return hart_leave(d, EXEC_RETIRED);
}

int exec_jalr(struct hart *h, const struct insn *d)
{
    uint64_t target = (h->x[d->rs1] + (uint64_t)(int64_t)d->imm) & ~1ull;
    h->x[d->rd] = d->pc + d->len;
    h->pc = target;
    return hart_leave(d, EXEC_RETIRED);
}

static int branch(struct hart *h, const struct insn *d, bool taken)
{
    h->pc = taken ? d->pc + (uint64_t)(int64_t)d->imm : d->pc + d->len;
    return hart_leave(d, EXEC_RETIRED);
}

int exec_beq(struct hart *h, const struct insn *d) { return branch(h, d, h->x[d->rs1] == h->x[d->rs2]); }
int exec_bne(struct hart *h, const struct insn *d) { return branch(h, d, h->x[d->rs1] != h->x[d->rs2]); }
int exec_blt(struct hart *h, const struct insn *d) { return branch(h, d, (int64_t)h->x[d->rs1] < (int64_t)h->x[d->rs2]); }
int exec_bge(struct hart *h, const struct insn *d) { return branch(h, d, (int64_t)h->x[d->rs1] >= (int64_t)h->x[d->rs2]); }
int exec_bltu(struct hart *h, const struct insn *d) { return branch(h, d, h->x[d->rs1] < h->x[d->rs2]); }
int exec_bgeu(struct hart *h, const struct insn *d) { return branch(h, d, h->x[d->rs1] >= h->x[d->rs2]); }

static uint64_t extend(uint64_t v, unsigned size, bool sign)
{
    if (!sign || size == 8)
        return v;
    unsigned shift = 64 - 8 * size;
    return (uint64_t)((int64_t)(v << shift) >> shift);
}

/* The slow paths are out of line so that the fast paths end in a plain jump to the next
 * handler (no local variable of theirs has its address taken). */
static __attribute__((noinline)) int load_slow(struct hart *h, const struct insn *d,
                                               uint64_t va, unsigned size, bool sign)
{
    uint64_t v, tval;
    int exc = mem_load_slow(h, va, size, &v, &tval);
    if (exc != EXC_NONE)
        return hart_exception(h, d, (enum exception)exc, tval);
    h->x[d->rd] = extend(v, size, sign);
    return hart_next(h, d);
}

/* Loads: size in bytes, and whether the value is sign-extended to 64 bits. */
static inline int load(struct hart *h, const struct insn *d, unsigned size, bool sign)
{
    uint64_t va = h->x[d->rs1] + (uint64_t)(int64_t)d->imm;
    const void *p = mmu_fast_lookup(&h->tlb, MMU_LOAD, va, size);
    if (__builtin_expect(!p, 0))
        return load_slow(h, d, va, size, sign);
    uint64_t v = 0;
    memcpy(&v, p, size);
    h->x[d->rd] = extend(v, size, sign);
    return hart_next(h, d);
}

int exec_lb(struct hart *h, const struct insn *d) { return load(h, d, 1, true); }
int exec_lh(struct hart *h, const struct insn *d) { return load(h, d, 2, true); }
int exec_lw(struct hart *h, const struct insn *d) { return load(h, d, 4, true); }
int exec_ld(struct hart *h, const struct insn *d) { return load(h, d, 8, false); }
int exec_lbu(struct hart *h, const struct insn *d) { return load(h, d, 1, false); }
int exec_lhu(struct hart *h, const struct insn *d) { return load(h, d, 2, false); }
int exec_lwu(struct hart *h, const struct insn *d) { return load(h, d, 4, false); }

__attribute__((noinline)) int exec_store_slow(struct hart *h, const struct insn *d,
                                              uint64_t va, unsigned size, uint64_t value)
{
    uint64_t tval;
    int exc = mem_store_slow(h, va, size, value, &tval);
    if (exc != EXC_NONE)
        return hart_exception(h, d, (enum exception)exc, tval);
    /* A store that reached a device may have stopped the machine. */
    if (h->leave) {
        h->pc = d->pc + d->len;
        return hart_leave(d, EXEC_RETIRED);
    }
    return hart_next(h, d);
}

static inline int store(struct hart *h, const struct insn *d, unsigned size)
{
    uint64_t va = h->x[d->rs1] + (uint64_t)(int64_t)d->imm;
    void *p = mmu_fast_lookup(&h->tlb, MMU_STORE, va, size);
    if (__builtin_expect(!p, 0))
        return exec_store_slow(h, d, va, size, h->x[d->rs2]);
    memcpy(p, &h->x[d->rs2], size);
    return hart_next(h, d);
}

int exec_sb(struct hart *h, const struct insn *d) { return store(h, d, 1); }
int exec_sh(struct hart *h, const struct insn *d) { return store(h, d, 2); }
int exec_sw(struct hart *h, const struct insn *d) { return store(h, d, 4); }
int exec_sd(struct hart *h, const struct insn *d) { return store(h, d, 8); }

/* All memory accesses are performed in program order by this hart, and harts run one
 * at a time on one host thread, so FENCE has nothing to order. */
int exec_fence(struct hart *h, const struct insn *d)
{
    return hart_next(h, d);
}
