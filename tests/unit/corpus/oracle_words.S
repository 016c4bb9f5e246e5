/*
 * Words for objdump to judge (tests/unit/test_decode.c): every .Lword objdump cannot
 * decode must decode as illegal in rvscope, and every .Lword it decodes must decode in
 * rvscope (and, for 32-bit words, print the same). Assembled with -march=rv64gc only:
 * the ELF arch attribute then limits objdump to the extensions rvscope implements.
 *
 *   rvc_all    every 16-bit .Lword (low bits 00, 01, 10), all 49152 of them
 *   random32   4096 pseudo-random 32-bit words from a fixed-.Lseed LCG, so every build
 *              sees the same words; words of the 48-bit-and-longer encoding space
 *              (bits 4:2 = 111, unpriv spec §1.5) are skipped, .insn refuses them
 *
 * Assembler-time variables are .L names so they stay out of the symbol table, where
 * objdump would use them to name branch targets.
 *
 * tests/unit/corpus/oracle.cmake adds a third set: every single-bit flip of every
 * corpus .Lword (flips.S).
 */
        .option norelax
        .text
        .globl rvc_all
rvc_all:
        .set .Lword, 0
        .rept 65536
        .if (.Lword & 3) != 3
        .insn 2, .Lword
        .endif
        .set .Lword, .Lword + 1
        .endr

        .globl random32
random32:
        /* ANSI C's LCG modulo 2^31; its low bits are weak, so each 32-bit word takes
         * bits 30:15 of two successive states. */
        .set .Lseed, 20240611
        .rept 4096
        .set .Lseed, (.Lseed * 1103515245 + 12345) & 0x7fffffff
        .set .Lhigh, (.Lseed >> 15) & 0xffff
        .set .Lseed, (.Lseed * 1103515245 + 12345) & 0x7fffffff
        .set .Lword, (.Lhigh << 16) | ((.Lseed >> 15) & 0xffff) | 3
        .if (.Lword & 0x1c) != 0x1c
        .insn 4, .Lword
        .endif
        .endr
