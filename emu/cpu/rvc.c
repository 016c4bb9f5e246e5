/*
 * The C extension as a pure expansion (unpriv spec 20191213 ch. 16): every RV64C
 * instruction becomes the 32-bit instruction it stands for, so compressed code has no
 * semantics of its own. Reserved encodings expand to 0, which decodes as illegal.
 */
#include "decode.h"

static uint32_t bit(uint32_t v, int n) { return (v >> n) & 1; }
static uint32_t bits(uint32_t v, int hi, int lo) { return (v >> lo) & ((1u << (hi - lo + 1)) - 1); }

/* Sign-extend the low n bits of v. */
static int32_t sext(uint32_t v, int n) { return (int32_t)(v << (32 - n)) >> (32 - n); }

/* 32-bit encoders for the base formats (unpriv spec §2.3). */
static uint32_t enc_r(uint32_t op, uint32_t rd, uint32_t f3, uint32_t rs1, uint32_t rs2, uint32_t f7)
{
    return op | rd << 7 | f3 << 12 | rs1 << 15 | rs2 << 20 | f7 << 25;
}

static uint32_t enc_i(uint32_t op, uint32_t rd, uint32_t f3, uint32_t rs1, int32_t imm)
{
    return op | rd << 7 | f3 << 12 | rs1 << 15 | ((uint32_t)imm & 0xfff) << 20;
}

static uint32_t enc_s(uint32_t op, uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return op | (u & 0x1f) << 7 | f3 << 12 | rs1 << 15 | rs2 << 20 | bits(u, 11, 5) << 25;
}

static uint32_t enc_b(uint32_t f3, uint32_t rs1, uint32_t rs2, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return 0x63 | bit(u, 11) << 7 | bits(u, 4, 1) << 8 | f3 << 12 | rs1 << 15 | rs2 << 20 |
           bits(u, 10, 5) << 25 | bit(u, 12) << 31;
}

static uint32_t enc_j(uint32_t rd, int32_t imm)
{
    uint32_t u = (uint32_t)imm;
    return 0x6f | rd << 7 | bits(u, 19, 12) << 12 | bit(u, 11) << 20 | bits(u, 10, 1) << 21 |
           bit(u, 20) << 31;
}

enum { OPC_LOAD = 0x03, OPC_LOAD_FP = 0x07, OPC_OP_IMM = 0x13, OPC_OP_IMM_32 = 0x1b,
       OPC_STORE = 0x23, OPC_STORE_FP = 0x27, OPC_OP = 0x33, OPC_LUI = 0x37,
       OPC_OP_32 = 0x3b, OPC_JALR = 0x67, OPC_SYSTEM = 0x73 };

/* The 3-bit register fields of CL/CS/CB/CIW formats name x8..x15. */
static uint32_t creg(uint32_t field) { return field + 8; }

static uint32_t rvc_quadrant0(uint32_t c)
{
    uint32_t rd_ = creg(bits(c, 4, 2)), rs1_ = creg(bits(c, 9, 7));
    uint32_t off_d = bits(c, 12, 10) << 3 | bits(c, 6, 5) << 6;              /* ld/sd/fld/fsd */
    uint32_t off_w = bits(c, 12, 10) << 3 | bit(c, 6) << 2 | bit(c, 5) << 6; /* lw/sw */
    switch (bits(c, 15, 13)) {
    case 0: { /* c.addi4spn */
        uint32_t nzuimm = bits(c, 12, 11) << 4 | bits(c, 10, 7) << 6 | bit(c, 6) << 2 | bit(c, 5) << 3;
        return nzuimm ? enc_i(OPC_OP_IMM, rd_, 0, 2, (int32_t)nzuimm) : 0;
    }
    case 1: return enc_i(OPC_LOAD_FP, rd_, 3, rs1_, (int32_t)off_d);    /* c.fld */
    case 2: return enc_i(OPC_LOAD, rd_, 2, rs1_, (int32_t)off_w);       /* c.lw */
    case 3: return enc_i(OPC_LOAD, rd_, 3, rs1_, (int32_t)off_d);       /* c.ld */
    case 5: return enc_s(OPC_STORE_FP, 3, rs1_, rd_, (int32_t)off_d);   /* c.fsd */
    case 6: return enc_s(OPC_STORE, 2, rs1_, rd_, (int32_t)off_w);      /* c.sw */
    case 7: return enc_s(OPC_STORE, 3, rs1_, rd_, (int32_t)off_d);      /* c.sd */
    default: return 0;                                                  /* reserved */
    }
}

static uint32_t rvc_misc_alu(uint32_t c)
{
    uint32_t rd = creg(bits(c, 9, 7)), rs2 = creg(bits(c, 4, 2));
    uint32_t shamt = bit(c, 12) << 5 | bits(c, 6, 2);
    int32_t imm = sext(bit(c, 12) << 5 | bits(c, 6, 2), 6);
    switch (bits(c, 11, 10)) {
    case 0: return enc_i(OPC_OP_IMM, rd, 5, rd, (int32_t)shamt);            /* c.srli */
    case 1: return enc_i(OPC_OP_IMM, rd, 5, rd, (int32_t)(shamt | 0x400));  /* c.srai */
    case 2: return enc_i(OPC_OP_IMM, rd, 7, rd, imm);                       /* c.andi */
    default: break;
    }
    static const uint32_t f3_op[4] = {0, 4, 6, 7};   /* c.sub c.xor c.or c.and */
    uint32_t sel = bits(c, 6, 5);
    if (!bit(c, 12))
        return enc_r(OPC_OP, rd, f3_op[sel], rd, rs2, sel == 0 ? 0x20 : 0);
    if (sel == 0)
        return enc_r(OPC_OP_32, rd, 0, rd, rs2, 0x20);   /* c.subw */
    if (sel == 1)
        return enc_r(OPC_OP_32, rd, 0, rd, rs2, 0);      /* c.addw */
    return 0;
}

static uint32_t rvc_quadrant1(uint32_t c)
{
    uint32_t rd = bits(c, 11, 7);
    int32_t imm6 = sext(bit(c, 12) << 5 | bits(c, 6, 2), 6);
    switch (bits(c, 15, 13)) {
    case 0: return enc_i(OPC_OP_IMM, rd, 0, rd, imm6);                   /* c.addi / c.nop */
    case 1: return rd ? enc_i(OPC_OP_IMM_32, rd, 0, rd, imm6) : 0;       /* c.addiw */
    case 2: return enc_i(OPC_OP_IMM, rd, 0, 0, imm6);                    /* c.li */
    case 3:
        if (rd == 2) {                                                   /* c.addi16sp */
            int32_t nz = sext(bit(c, 12) << 9 | bit(c, 6) << 4 | bit(c, 5) << 6 |
                              bits(c, 4, 3) << 7 | bit(c, 2) << 5, 10);
            return nz ? enc_i(OPC_OP_IMM, 2, 0, 2, nz) : 0;
        }
        return imm6 ? (uint32_t)imm6 << 12 | rd << 7 | OPC_LUI : 0;     /* c.lui */
    case 4: return rvc_misc_alu(c);
    case 5: {                                                            /* c.j */
        int32_t off = sext(bit(c, 12) << 11 | bit(c, 11) << 4 | bits(c, 10, 9) << 8 |
                           bit(c, 8) << 10 | bit(c, 7) << 6 | bit(c, 6) << 7 |
                           bits(c, 5, 3) << 1 | bit(c, 2) << 5, 12);
        return enc_j(0, off);
    }
    default: {                                                           /* c.beqz / c.bnez */
        int32_t off = sext(bit(c, 12) << 8 | bits(c, 11, 10) << 3 | bits(c, 6, 5) << 6 |
                           bits(c, 4, 3) << 1 | bit(c, 2) << 5, 9);
        return enc_b(bits(c, 15, 13) == 6 ? 0 : 1, creg(bits(c, 9, 7)), 0, off);
    }
    }
}

static uint32_t rvc_jr_mv_add(uint32_t c)
{
    uint32_t rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);
    if (!bit(c, 12)) {
        if (rs2)
            return enc_r(OPC_OP, rd, 0, 0, rs2, 0);                      /* c.mv */
        return rd ? enc_i(OPC_JALR, 0, 0, rd, 0) : 0;                    /* c.jr */
    }
    if (rs2)
        return enc_r(OPC_OP, rd, 0, rd, rs2, 0);                         /* c.add */
    if (rd)
        return enc_i(OPC_JALR, 1, 0, rd, 0);                             /* c.jalr */
    return 0x00100073;                                                   /* c.ebreak */
}

static uint32_t rvc_quadrant2(uint32_t c)
{
    uint32_t rd = bits(c, 11, 7), rs2 = bits(c, 6, 2);
    uint32_t lsp_d = bit(c, 12) << 5 | bits(c, 6, 5) << 3 | bits(c, 4, 2) << 6;   /* ldsp/fldsp */
    uint32_t lsp_w = bit(c, 12) << 5 | bits(c, 6, 4) << 2 | bits(c, 3, 2) << 6;   /* lwsp */
    uint32_t ssp_d = bits(c, 12, 10) << 3 | bits(c, 9, 7) << 6;                   /* sdsp/fsdsp */
    uint32_t ssp_w = bits(c, 12, 9) << 2 | bits(c, 8, 7) << 6;                    /* swsp */
    switch (bits(c, 15, 13)) {
    case 0: return enc_i(OPC_OP_IMM, rd, 1, rd, (int32_t)(bit(c, 12) << 5 | rs2)); /* c.slli */
    case 1: return enc_i(OPC_LOAD_FP, rd, 3, 2, (int32_t)lsp_d);                  /* c.fldsp */
    case 2: return rd ? enc_i(OPC_LOAD, rd, 2, 2, (int32_t)lsp_w) : 0;            /* c.lwsp */
    case 3: return rd ? enc_i(OPC_LOAD, rd, 3, 2, (int32_t)lsp_d) : 0;            /* c.ldsp */
    case 4: return rvc_jr_mv_add(c);
    case 5: return enc_s(OPC_STORE_FP, 3, 2, rs2, (int32_t)ssp_d);                /* c.fsdsp */
    case 6: return enc_s(OPC_STORE, 2, 2, rs2, (int32_t)ssp_w);                   /* c.swsp */
    default: return enc_s(OPC_STORE, 3, 2, rs2, (int32_t)ssp_d);                  /* c.sdsp */
    }
}

uint32_t rvc_expand(uint16_t c16)
{
    uint32_t c = c16;
    switch (c & 3) {
    case 0: return rvc_quadrant0(c);
    case 1: return rvc_quadrant1(c);
    case 2: return rvc_quadrant2(c);
    default: return 0;
    }
}
