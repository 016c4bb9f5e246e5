/*
 * The disassembler: a decoded instruction (the same struct insn the executor runs) to
 * text in the style of `objdump -M no-aliases`. Compressed instructions print as the
 * 32-bit instruction they expand to.
 */
#ifndef RVSCOPE_DISASM_H
#define RVSCOPE_DISASM_H

#include <stddef.h>
#include <stdint.h>

#include "decode.h"

/* Optional: name for an address (branch and jump targets), e.g. "main+0x10". Returns
 * false when there is no symbol. */
typedef bool (*disasm_symbol_fn)(void *ctx, uint64_t addr, char *buf, size_t len);

/* Format d into buf ("mnemonic<TAB>operands"); returns buf. */
char *disasm(const struct insn *d, char *buf, size_t len, disasm_symbol_fn sym, void *ctx);

/* ABI names: "zero", "ra", ... for x registers; "ft0", ... for f registers. */
const char *disasm_xreg(unsigned r);
const char *disasm_freg(unsigned r);

#endif
