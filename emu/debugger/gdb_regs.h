/*
 * The registers of a hart as the GDB stub (gdbstub.c) numbers them, and the target
 * description XML that tells gdb those numbers (GDB manual, "Target Descriptions" and
 * "RISC-V Features"):
 *
 *   0..31   x0..x31 (zero ra sp ...)     org.gnu.gdb.riscv.cpu
 *   32      pc                           org.gnu.gdb.riscv.cpu
 *   33..64  f0..f31                      org.gnu.gdb.riscv.fpu
 *   65..67  fflags frm fcsr (32 bits)    org.gnu.gdb.riscv.fpu
 *   68..    every other CSR rvscope has  org.gnu.gdb.riscv.csr (csr_table order)
 *   last    priv (0 U, 1 S, 3 M)         org.gnu.gdb.riscv.virtual
 *
 * The `g` packet carries registers 0..GDB_G_REGS-1; the rest go by `p`/`P`.
 */
#ifndef RVSCOPE_GDB_REGS_H
#define RVSCOPE_GDB_REGS_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../cpu/hart.h"

#define GDB_G_REGS 65

/* The target description (built on first use, never freed). */
const char *gdb_target_xml(size_t *len);

/* Register n of h into buf (little-endian, as the target is); returns its size in bytes,
 * 0 when there is no register n. */
unsigned gdb_reg_read(struct hart *h, int n, uint8_t buf[8]);

/* Write register n of h from size bytes (little-endian). False when there is no such
 * register, the size is wrong, or the value cannot be written (read-only CSRs, priv 2).
 * Writing priv changes the hart's privilege as an xRET would. */
bool gdb_reg_write(struct hart *h, int n, const uint8_t *buf, unsigned size);

#endif
