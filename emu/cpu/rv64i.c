/* RV64I base integer instructions (unpriv spec 20191213 ch. 2 and 5). */
#include "decode.h"
#include "mem.h"

static uint64_t sext32(uint64_t v) { return (uint64_t)(int64_t)(int32_t)(uint32_t)v; }

/* Register-register and register-immediate ALU operations: a = rs1, b = rs2 or imm. */
#define ALU_RR(fn, expr)                                          \
    int fn(struct hart *h, const struct insn *d)                  \
    {                                                             \
        uint64_t a = h->x[d->rs1], b = h->x[d->rs2];              \
        h->x[d->rd] = (expr);                                     \
        return EXEC_NEXT;                                         \
    }
#define ALU_RI(fn, expr)                                          \
    int fn(struct hart *h, const struct insn *d)                  \
    {                                                             \
        uint64_t a = h->x[d->rs1], b = (uint64_t)(int64_t)d->imm; \
        h->x[d->rd] = (expr);                                     \
        return EXEC_NEXT;                                         \
    }

ALU_RR(exec_add, a + b)
ALU_RR(exec_sub, a - b)
ALU_RR(exec_sll, a << (b & 63))
ALU_RR(exec_slt, (int64_t)a < (int64_t)b)
ALU_RR(exec_sltu, a < b)
ALU_RR(exec_xor, a ^ b)
ALU_RR(exec_srl, a >> (b & 63))
ALU_RR(exec_sra, (uint64_t)((int64_t)a >> (b & 63)))
ALU_RR(exec_or, a | b)
ALU_RR(exec_and, a & b)
ALU_RR(exec_addw, sext32(a + b))
ALU_RR(exec_subw, sext32(a - b))
ALU_RR(exec_sllw, sext32((uint32_t)a << (b & 31)))
ALU_RR(exec_srlw, sext32((uint32_t)a >> (b & 31)))
ALU_RR(exec_sraw, sext32((uint32_t)((int32_t)a >> (b & 31))))

ALU_RI(exec_addi, a + b)
ALU_RI(exec_slti, (int64_t)a < (int64_t)b)
ALU_RI(exec_sltiu, a < b)
ALU_RI(exec_xori, a ^ b)
ALU_RI(exec_ori, a | b)
ALU_RI(exec_andi, a & b)
ALU_RI(exec_slli, a << b)
ALU_RI(exec_srli, a >> b)
ALU_RI(exec_srai, (uint64_t)((int64_t)a >> b))
ALU_RI(exec_addiw, sext32(a + b))
ALU_RI(exec_slliw, sext32((uint32_t)a << b))
ALU_RI(exec_srliw, sext32((uint32_t)a >> b))
ALU_RI(exec_sraiw, sext32((uint32_t)((int32_t)a >> b)))

int exec_lui(struct hart *h, const struct insn *d)
{
    h->x[d->rd] = (uint64_t)(int64_t)d->imm;
    return EXEC_NEXT;
}

int exec_auipc(struct hart *h, const struct insn *d)
{
    h->x[d->rd] = d->pc + (uint64_t)(int64_t)d->imm;
    return EXEC_NEXT;
}

int exec_jal(struct hart *h, const struct insn *d)
{
    h->x[d->rd] = d->pc + d->len;
    h->pc = d->pc + (uint64_t)(int64_t)d->imm;
    return EXEC_RETIRED;
}

int exec_jalr(struct hart *h, const struct insn *d)
{
    uint64_t target = (h->x[d->rs1] + (uint64_t)(int64_t)d->imm) & ~1ull;
    h->x[d->rd] = d->pc + d->len;
    h->pc = target;
    return EXEC_RETIRED;
}

static int branch(struct hart *h, const struct insn *d, bool taken)
{
    h->pc = taken ? d->pc + (uint64_t)(int64_t)d->imm : d->pc + d->len;
    return EXEC_RETIRED;
}

int exec_beq(struct hart *h, const struct insn *d) { return branch(h, d, h->x[d->rs1] == h->x[d->rs2]); }
int exec_bne(struct hart *h, const struct insn *d) { return branch(h, d, h->x[d->rs1] != h->x[d->rs2]); }
int exec_blt(struct hart *h, const struct insn *d) { return branch(h, d, (int64_t)h->x[d->rs1] < (int64_t)h->x[d->rs2]); }
int exec_bge(struct hart *h, const struct insn *d) { return branch(h, d, (int64_t)h->x[d->rs1] >= (int64_t)h->x[d->rs2]); }
int exec_bltu(struct hart *h, const struct insn *d) { return branch(h, d, h->x[d->rs1] < h->x[d->rs2]); }
int exec_bgeu(struct hart *h, const struct insn *d) { return branch(h, d, h->x[d->rs1] >= h->x[d->rs2]); }

/* Loads: size in bytes, and whether the value is sign-extended to 64 bits. */
static inline int load(struct hart *h, const struct insn *d, unsigned size, bool sign)
{
    uint64_t va = h->x[d->rs1] + (uint64_t)(int64_t)d->imm, v, tval;
    int exc = mem_load(h, va, size, &v, &tval);
    if (__builtin_expect(exc != EXC_NONE, 0))
        return hart_exception(h, d, (enum exception)exc, tval);
    if (sign && size < 8) {
        unsigned shift = 64 - 8 * size;
        v = (uint64_t)((int64_t)(v << shift) >> shift);
    }
    h->x[d->rd] = v;
    return EXEC_NEXT;
}

int exec_lb(struct hart *h, const struct insn *d) { return load(h, d, 1, true); }
int exec_lh(struct hart *h, const struct insn *d) { return load(h, d, 2, true); }
int exec_lw(struct hart *h, const struct insn *d) { return load(h, d, 4, true); }
int exec_ld(struct hart *h, const struct insn *d) { return load(h, d, 8, false); }
int exec_lbu(struct hart *h, const struct insn *d) { return load(h, d, 1, false); }
int exec_lhu(struct hart *h, const struct insn *d) { return load(h, d, 2, false); }
int exec_lwu(struct hart *h, const struct insn *d) { return load(h, d, 4, false); }

static inline int store(struct hart *h, const struct insn *d, unsigned size)
{
    uint64_t va = h->x[d->rs1] + (uint64_t)(int64_t)d->imm, tval;
    int exc = mem_store(h, va, size, h->x[d->rs2], &tval);
    if (__builtin_expect(exc != EXC_NONE, 0))
        return hart_exception(h, d, (enum exception)exc, tval);
    /* A store that reached a device may have raised an interrupt or stopped the machine. */
    return __builtin_expect(h->leave, 0) ? (h->pc = d->pc + d->len, EXEC_RETIRED) : EXEC_NEXT;
}

int exec_sb(struct hart *h, const struct insn *d) { return store(h, d, 1); }
int exec_sh(struct hart *h, const struct insn *d) { return store(h, d, 2); }
int exec_sw(struct hart *h, const struct insn *d) { return store(h, d, 4); }
int exec_sd(struct hart *h, const struct insn *d) { return store(h, d, 8); }

/* All memory accesses are performed in program order by this hart, and harts run one
 * at a time on one host thread, so FENCE has nothing to order. */
int exec_fence(struct hart *h, const struct insn *d)
{
    (void)h;
    (void)d;
    return EXEC_NEXT;
}
