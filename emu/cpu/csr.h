/*
 * The CSR table (STYLE.md habit 1): every CSR rvscope implements, with its name, the
 * checks that guard it and how it reads and writes. Zicsr instructions, the debugger's
 * `csr` command and the disassembler all go through it.
 */
#ifndef RVSCOPE_CSR_H
#define RVSCOPE_CSR_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "hart.h"

enum {
    CSR_FFLAGS = 0x001, CSR_FRM = 0x002, CSR_FCSR = 0x003,
    CSR_CYCLE = 0xc00, CSR_TIME = 0xc01, CSR_INSTRET = 0xc02,
    CSR_SSTATUS = 0x100, CSR_SIE = 0x104, CSR_STVEC = 0x105, CSR_SCOUNTEREN = 0x106,
    CSR_SENVCFG = 0x10a, CSR_SSCRATCH = 0x140, CSR_SEPC = 0x141, CSR_SCAUSE = 0x142,
    CSR_STVAL = 0x143, CSR_SIP = 0x144, CSR_STIMECMP = 0x14d, CSR_SATP = 0x180,
    CSR_MSTATUS = 0x300, CSR_MISA = 0x301, CSR_MEDELEG = 0x302, CSR_MIDELEG = 0x303,
    CSR_MIE = 0x304, CSR_MTVEC = 0x305, CSR_MCOUNTEREN = 0x306, CSR_MENVCFG = 0x30a,
    CSR_MCOUNTINHIBIT = 0x320, CSR_MSCRATCH = 0x340, CSR_MEPC = 0x341, CSR_MCAUSE = 0x342,
    CSR_MTVAL = 0x343, CSR_MIP = 0x344, CSR_PMPCFG0 = 0x3a0, CSR_PMPADDR0 = 0x3b0,
    CSR_MCYCLE = 0xb00, CSR_MINSTRET = 0xb02,
    CSR_MVENDORID = 0xf11, CSR_MARCHID = 0xf12, CSR_MIMPID = 0xf13, CSR_MHARTID = 0xf14,
    CSR_MCONFIGPTR = 0xf15,
};

/* Name of CSR num (e.g. "mstatus", "mhpmcounter5") into buf; false if not implemented. */
bool csr_name(uint16_t num, char *buf, size_t len);
/* CSR number for a name, or -1. */
int csr_number(const char *name);
/* Read a CSR as the debugger sees it: no privilege checks, no side effects. */
bool csr_peek(struct hart *h, uint16_t num, uint64_t *value);
/* Write a CSR as the debugger does: no privilege check, but the CSR's own rules (WARL
 * masks, side effects such as satp's) apply. False if not implemented or read-only. */
bool csr_poke(struct hart *h, uint16_t num, uint64_t value);

#endif
