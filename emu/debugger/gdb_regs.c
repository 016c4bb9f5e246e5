/*
 * Registers for the GDB stub: the numbering of gdb_regs.h, read and written straight in
 * struct hart and through csr_peek / csr_poke, and the target description built from the
 * same numbering and from the CSR table (so a CSR added to csr.c shows up in gdb).
 */
#define _GNU_SOURCE   /* open_memstream */
#include "gdb_regs.h"

#include <stdio.h>
#include <string.h>

#include "../cpu/csr.h"

enum {
    REG_PC = 32,
    REG_F0 = 33,
    REG_FFLAGS = 65,   /* fflags, frm, fcsr: CSRs 1, 2, 3 */
    REG_CSR0 = 68,     /* first of the other CSRs */
};

/* ABI names of x0..x31 (RISC-V psABI, "Integer Register Convention"). */
static const char *const xnames[32] = {
    "zero", "ra", "sp", "gp", "tp", "t0", "t1", "t2", "fp", "s1", "a0",
    "a1", "a2", "a3", "a4", "a5", "a6", "a7", "s2", "s3", "s4", "s5",
    "s6", "s7", "s8", "s9", "s10", "s11", "t3", "t4", "t5", "t6",
};

static uint16_t csr_nums[4096];   /* the CSRs after fflags/frm/fcsr, in number order */
static int ncsrs = -1;

static void list_csrs(void)
{
    if (ncsrs >= 0)
        return;
    ncsrs = 0;
    char name[32];
    for (unsigned num = 0; num < 4096; num++)
        if (num > CSR_FCSR && csr_name((uint16_t)num, name, sizeof(name)))
            csr_nums[ncsrs++] = (uint16_t)num;
}

static int priv_reg(void)
{
    list_csrs();
    return REG_CSR0 + ncsrs;
}

const char *gdb_target_xml(size_t *len)
{
    static char *xml;
    static size_t xml_len;
    if (xml) {
        *len = xml_len;
        return xml;
    }
    list_csrs();
    FILE *f = open_memstream(&xml, &xml_len);
    if (!f) {
        *len = 0;
        return "";
    }
    fputs("<?xml version=\"1.0\"?>\n<!DOCTYPE target SYSTEM \"gdb-target.dtd\">\n"
          "<target version=\"1.0\">\n<architecture>riscv:rv64</architecture>\n"
          "<feature name=\"org.gnu.gdb.riscv.cpu\">\n", f);
    for (int i = 0; i < 32; i++)
        fprintf(f, "<reg name=\"%s\" bitsize=\"64\" type=\"%s\" regnum=\"%d\"/>\n", xnames[i],
                i == 1 ? "code_ptr" : i == 2 || i == 8 ? "data_ptr" : "int", i);
    fprintf(f, "<reg name=\"pc\" bitsize=\"64\" type=\"code_ptr\" regnum=\"%d\"/>\n"
               "</feature>\n<feature name=\"org.gnu.gdb.riscv.fpu\">\n", REG_PC);
    for (int i = 0; i < 32; i++)
        fprintf(f, "<reg name=\"f%d\" bitsize=\"64\" type=\"ieee_double\" regnum=\"%d\"/>\n",
                i, REG_F0 + i);
    static const char *const fcsrs[3] = {"fflags", "frm", "fcsr"};
    for (int i = 0; i < 3; i++)
        fprintf(f, "<reg name=\"%s\" bitsize=\"32\" type=\"int\" regnum=\"%d\" "
                   "group=\"float\"/>\n", fcsrs[i], REG_FFLAGS + i);
    fputs("</feature>\n<feature name=\"org.gnu.gdb.riscv.csr\">\n", f);
    char name[32];
    for (int i = 0; i < ncsrs; i++) {
        csr_name(csr_nums[i], name, sizeof(name));
        fprintf(f, "<reg name=\"%s\" bitsize=\"64\" type=\"int\" regnum=\"%d\" "
                   "group=\"system\"/>\n", name, REG_CSR0 + i);
    }
    fprintf(f, "</feature>\n<feature name=\"org.gnu.gdb.riscv.virtual\">\n"
               "<reg name=\"priv\" bitsize=\"64\" type=\"int\" regnum=\"%d\" "
               "group=\"system\"/>\n</feature>\n</target>\n", priv_reg());
    fclose(f);
    *len = xml_len;
    return xml;
}

static void put_le(uint8_t *buf, uint64_t v, unsigned size)
{
    for (unsigned i = 0; i < size; i++)
        buf[i] = (uint8_t)(v >> (8 * i));
}

static uint64_t get_le(const uint8_t *buf, unsigned size)
{
    uint64_t v = 0;
    for (unsigned i = 0; i < size; i++)
        v |= (uint64_t)buf[i] << (8 * i);
    return v;
}

/* The CSR number behind register n, or -1. */
static int reg_csr(int n)
{
    if (n >= REG_FFLAGS && n < REG_CSR0)
        return CSR_FFLAGS + (n - REG_FFLAGS);
    list_csrs();
    if (n >= REG_CSR0 && n < REG_CSR0 + ncsrs)
        return csr_nums[n - REG_CSR0];
    return -1;
}

static unsigned reg_size(int n)
{
    return n >= REG_FFLAGS && n < REG_CSR0 ? 4 : 8;
}

unsigned gdb_reg_read(struct hart *h, int n, uint8_t buf[8])
{
    uint64_t v;
    if (n >= 0 && n < 32)
        v = n == 0 ? 0 : h->x[n];
    else if (n == REG_PC)
        v = h->pc;
    else if (n >= REG_F0 && n < REG_F0 + 32)
        v = h->f[n - REG_F0];
    else if (n == priv_reg())
        v = (uint64_t)h->priv;
    else if (reg_csr(n) < 0 || !csr_peek(h, (uint16_t)reg_csr(n), &v))
        return 0;
    put_le(buf, v, reg_size(n));
    return reg_size(n);
}

/* Move the hart to privilege v (0 U, 1 S, 3 M; 2 is reserved) as an xRET would. */
static bool set_priv(struct hart *h, uint64_t v)
{
    if (v != PRIV_U && v != PRIV_S && v != PRIV_M)
        return false;
    hart_set_priv(h, (enum priv)v);
    return true;
}

bool gdb_reg_write(struct hart *h, int n, const uint8_t *buf, unsigned size)
{
    if (n < 0 || size != reg_size(n))
        return false;
    uint64_t v = get_le(buf, size);
    if (n < 32) {
        if (n)
            h->x[n] = v;
        return true;
    }
    if (n == REG_PC) {
        h->pc = v;
        return true;
    }
    if (n >= REG_F0 && n < REG_F0 + 32) {
        h->f[n - REG_F0] = v;
        return true;
    }
    if (n == priv_reg())
        return set_priv(h, v);
    return reg_csr(n) >= 0 && csr_poke(h, (uint16_t)reg_csr(n), v);
}
