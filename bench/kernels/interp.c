/*
 * interp: a bytecode interpreter for a tiny 16-register machine, running two
 * programs: total Collatz steps for 1..COLLATZ_N and the sum of gcd(i, j) over
 * 1 <= i, j <= GCD_N (Euclid, by remainder).
 *
 * The interpreter is a switch on the opcode of 32-bit instruction words, so the host
 * code is a decode, an indirect jump through a table and a short handler — the
 * branchy, hard-to-predict shape of every interpreter (rvscope included).
 * Exercises: indirect jumps, shifts and masks for decoding, divu/remu.
 *
 * Self-checks: 1 = Collatz result differs from the same loop in C,
 *              2 = gcd result differs from C, 3 = bad opcode or runaway program.
 */
#include "kernels.h"

#define COLLATZ_N 15500
#define GCD_N     300
#define VM_MAX_STEPS 200000000ULL  /* stop a runaway program */

/*
 * Instruction word: op in bits 0-7, register a in 8-11, b in 16-19, c in 24-27.
 * I16 forms keep a signed 16-bit immediate in bits 16-31; I8 forms keep register b
 * in bits 16-19 and a signed 8-bit immediate in bits 24-31. Branch offsets count
 * words from the branch itself.
 */
enum vm_op {
    VM_HALT,
    VM_LI,    /* a = imm16 */
    VM_ADD,   /* a = b + c */
    VM_SUB,   /* a = b - c */
    VM_AND,   /* a = b & c */
    VM_REMU,  /* a = b % c, or b when c == 0 */
    VM_ADDI,  /* a = b + imm8 */
    VM_SHRI,  /* a = b >> imm8 */
    VM_BEQZ,  /* if a == 0: pc += imm16 */
    VM_BNEZ,  /* if a != 0: pc += imm16 */
    VM_BLTU,  /* if a < b: pc += imm8 */
    VM_JMP,   /* pc += imm16 */
};

#define R(op, a, b, c)  ((uint32_t)(op) | (uint32_t)(a) << 8 | (uint32_t)(b) << 16 | (uint32_t)(c) << 24)
#define I16(op, a, imm) ((uint32_t)(op) | (uint32_t)(a) << 8 | (uint32_t)(uint16_t)(int16_t)(imm) << 16)
#define I8(op, a, b, imm) R(op, a, b, (uint8_t)(int8_t)(imm))

/*
 * Run code from word 0 until VM_HALT. Returns the number of instructions executed,
 * or 0 on a bad opcode or after VM_MAX_STEPS.
 */
static uint64_t vm_run(const uint32_t *code, uint64_t r[16])
{
    uint64_t steps = 0;
    long pc = 0;

    while (steps++ < VM_MAX_STEPS) {
        uint32_t w = code[pc];
        unsigned a = (w >> 8) & 15, b = (w >> 16) & 15, c = (w >> 24) & 15;
        long imm16 = (int16_t)(w >> 16), imm8 = (int8_t)(w >> 24);

        switch (w & 0xff) {
        case VM_HALT: return steps;
        case VM_LI:   r[a] = (uint64_t)imm16; break;
        case VM_ADD:  r[a] = r[b] + r[c]; break;
        case VM_SUB:  r[a] = r[b] - r[c]; break;
        case VM_AND:  r[a] = r[b] & r[c]; break;
        case VM_REMU: r[a] = r[c] ? r[b] % r[c] : r[b]; break;
        case VM_ADDI: r[a] = r[b] + (uint64_t)imm8; break;
        case VM_SHRI: r[a] = r[b] >> (imm8 & 63); break;
        case VM_BEQZ: if (r[a] == 0) { pc += imm16; continue; } break;
        case VM_BNEZ: if (r[a] != 0) { pc += imm16; continue; } break;
        case VM_BLTU: if (r[a] < r[b]) { pc += imm8; continue; } break;
        case VM_JMP:  pc += imm16; continue;
        default:      return 0;
        }
        pc++;
    }
    return 0;
}

/* r2 = total Collatz steps to reach 1, for n = 1 .. r1 - 1. */
static const uint32_t collatz_prog[] = {
    /*  0 */ I16(VM_LI, 0, 1),          /* n = 1 */
    /*  1 */ I16(VM_LI, 2, 0),          /* total = 0 */
    /*  2 */ I16(VM_LI, 5, 1),          /* constant 1 */
    /*  3 */ I8(VM_ADDI, 3, 0, 0),      /* outer: x = n */
    /*  4 */ I8(VM_ADDI, 4, 3, -1),     /* inner: t = x - 1 */
    /*  5 */ I16(VM_BEQZ, 4, 11),       /*   x == 1: goto next (16) */
    /*  6 */ R(VM_AND, 4, 3, 5),        /*   t = x & 1 */
    /*  7 */ I16(VM_BNEZ, 4, 4),        /*   odd: goto 11 */
    /*  8 */ I8(VM_SHRI, 3, 3, 1),      /*   x = x / 2 */
    /*  9 */ I8(VM_ADDI, 2, 2, 1),      /*   total++ */
    /* 10 */ I16(VM_JMP, 0, -6),        /*   goto inner (4) */
    /* 11 */ R(VM_ADD, 4, 3, 3),        /* odd: t = 2x */
    /* 12 */ R(VM_ADD, 3, 4, 3),        /*   x = 3x */
    /* 13 */ I8(VM_ADDI, 3, 3, 1),      /*   x = 3x + 1 */
    /* 14 */ I8(VM_ADDI, 2, 2, 1),      /*   total++ ... */
    /* 15 */ I16(VM_JMP, 0, -11),       /*   ... goto inner (4) */
    /* 16 */ I8(VM_ADDI, 0, 0, 1),      /* next: n++ */
    /* 17 */ I8(VM_BLTU, 0, 1, -14),    /*   n < limit: goto outer (3) */
    /* 18 */ I16(VM_HALT, 0, 0),
};

/* The same computation in C. */
static uint64_t collatz_native(uint64_t limit)
{
    uint64_t total = 0;
    for (uint64_t n = 1; n < limit; n++)
        for (uint64_t x = n; x != 1; total++)
            x = (x & 1) ? 3 * x + 1 : x / 2;
    return total;
}

/* r2 = sum of gcd(i, j) for 1 <= i, j < r1. */
static const uint32_t gcd_prog[] = {
    /*  0 */ I16(VM_LI, 0, 1),          /* i = 1 */
    /*  1 */ I16(VM_LI, 2, 0),          /* sum = 0 */
    /*  2 */ I16(VM_LI, 3, 1),          /* iloop: j = 1 */
    /*  3 */ I8(VM_ADDI, 4, 0, 0),      /* jloop: a = i */
    /*  4 */ I8(VM_ADDI, 5, 3, 0),      /*   b = j */
    /*  5 */ I16(VM_BEQZ, 5, 5),        /* gcd: b == 0: goto done (10) */
    /*  6 */ R(VM_REMU, 6, 4, 5),       /*   t = a % b */
    /*  7 */ I8(VM_ADDI, 4, 5, 0),      /*   a = b */
    /*  8 */ I8(VM_ADDI, 5, 6, 0),      /*   b = t */
    /*  9 */ I16(VM_JMP, 0, -4),        /*   goto gcd (5) */
    /* 10 */ R(VM_ADD, 2, 2, 4),        /* done: sum += a */
    /* 11 */ I8(VM_ADDI, 3, 3, 1),      /*   j++ */
    /* 12 */ I8(VM_BLTU, 3, 1, -9),     /*   j < limit: goto jloop (3) */
    /* 13 */ I8(VM_ADDI, 0, 0, 1),      /*   i++ */
    /* 14 */ I8(VM_BLTU, 0, 1, -12),    /*   i < limit: goto iloop (2) */
    /* 15 */ I16(VM_HALT, 0, 0),
};

static uint64_t gcd_native(uint64_t limit)
{
    uint64_t sum = 0;
    for (uint64_t i = 1; i < limit; i++) {
        for (uint64_t j = 1; j < limit; j++) {
            uint64_t a = i, b = j;
            while (b) {
                uint64_t t = a % b;
                a = b;
                b = t;
            }
            sum += a;
        }
    }
    return sum;
}

int kernel_interp(uint64_t *checksum)
{
    uint64_t r[16] = {0};
    uint64_t sum = 0, steps;

    r[1] = COLLATZ_N + 1;
    steps = vm_run(collatz_prog, r);
    if (steps == 0)
        return 3;
    if (r[2] != collatz_native(COLLATZ_N + 1))
        return 1;
    sum = bench_fold(sum, r[2]);
    sum = bench_fold(sum, steps);

    for (int i = 0; i < 16; i++)
        r[i] = 0;
    r[1] = GCD_N + 1;
    steps = vm_run(gcd_prog, r);
    if (steps == 0)
        return 3;
    if (r[2] != gcd_native(GCD_N + 1))
        return 2;
    sum = bench_fold(sum, r[2]);
    sum = bench_fold(sum, steps);

    *checksum = sum;
    return 0;
}
