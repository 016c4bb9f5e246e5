/*
 * Naming ecalls: the bundled kernel's system calls (generated from its one table,
 * guest/include/syscalls.def) for U-mode, and SBI calls (RISC-V SBI spec v2.0: extension
 * IDs in a7, function IDs in a6, results in a0 = error and a1 = value; legacy
 * extensions 0x00-0x0F return in a0 only) for S-mode.
 */
#include "dbg_internal.h"
#include "../strbuf.h"

#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <string.h>

/* ------------------------------------------------------------------ system calls */

struct syscall_info {
    int number;
    const char *name;
    const char *args;   /* one letter per argument: i p s v (syscalls.def) */
};

static const struct syscall_info syscall_table[] = {
#define SYSCALL(number, name, handler, args) {number, #name, args},
#include "../../guest/include/syscalls.def"
#undef SYSCALL
};
#define N_SYSCALLS (sizeof(syscall_table) / sizeof(syscall_table[0]))

static const struct syscall_info *syscall_find(uint64_t num)
{
    for (size_t i = 0; i < N_SYSCALLS; i++)
        if ((uint64_t)syscall_table[i].number == num)
            return &syscall_table[i];
    return NULL;
}

const char *dbg_syscall_name(uint64_t num)
{
    const struct syscall_info *s = syscall_find(num);
    return s ? s->name : NULL;
}

int dbg_syscall_number(const char *name)
{
    for (size_t i = 0; i < N_SYSCALLS; i++)
        if (strcmp(syscall_table[i].name, name) == 0)
            return syscall_table[i].number;
    return -1;
}

const char *dbg_syscall_name_at(size_t i)
{
    return i < N_SYSCALLS ? syscall_table[i].name : NULL;
}

/* A guest string, quoted, with non-printable bytes escaped; its address if unreadable. */
static void put_string(struct strbuf *o, struct dbg *d, int hart, uint64_t satp, uint64_t addr)
{
    char s[48];
    if (!dbg_read_string(d, hart, satp, addr, s, sizeof(s))) {
        strbuf_printf(o, "0x%" PRIx64 " <unreadable>", addr);
        return;
    }
    size_t n = strlen(s);
    strbuf_printf(o, "\"");
    for (size_t i = 0; i < n; i++) {
        unsigned char c = (unsigned char)s[i];
        if (c == '"' || c == '\\')
            strbuf_printf(o, "\\%c", c);
        else if (c == '\n')
            strbuf_printf(o, "\\n");
        else if (c >= 32 && c < 127)
            strbuf_printf(o, "%c", c);
        else
            strbuf_printf(o, "\\x%02x", c);
    }
    strbuf_printf(o, n == sizeof(s) - 1 ? "\"..." : "\"");
}

/* exec's argv: a NULL-terminated array of string pointers. */
static void put_argv(struct strbuf *o, struct dbg *d, int hart, uint64_t satp, uint64_t addr)
{
    strbuf_printf(o, "[");
    for (int i = 0; i < 8; i++) {
        uint64_t p;
        if (!dbg_read_satp(d, hart, satp, addr + 8ull * (unsigned)i, &p, 8)) {
            strbuf_printf(o, "%s0x%" PRIx64 " <unreadable>", i ? ", " : "", addr);
            break;
        }
        if (!p)
            break;
        if (i)
            strbuf_printf(o, ", ");
        if (i == 7) {
            strbuf_printf(o, "...");
            break;
        }
        put_string(o, d, hart, satp, p);
    }
    strbuf_printf(o, "]");
}

void dbg_format_syscall(struct dbg *d, int hart, uint64_t satp, const uint64_t a[8],
                        char *buf, size_t len)
{
    struct strbuf o = {buf, len, 0};
    buf[0] = 0;
    const struct syscall_info *s = syscall_find(a[7]);
    if (!s) {
        strbuf_printf(&o, "syscall_%" PRIu64 "(0x%" PRIx64 ", 0x%" PRIx64 ", 0x%" PRIx64 ")", a[7],
            a[0], a[1], a[2]);
        return;
    }
    strbuf_printf(&o, "%s(", s->name);
    for (size_t i = 0; s->args[i] && i < 6; i++) {
        if (i)
            strbuf_printf(&o, ", ");
        switch (s->args[i]) {
        case 'i': strbuf_printf(&o, "%" PRId64, (int64_t)a[i]); break;
        case 's': put_string(&o, d, hart, satp, a[i]); break;
        case 'v': put_argv(&o, d, hart, satp, a[i]); break;
        default: strbuf_printf(&o, "0x%" PRIx64, a[i]); break;
        }
    }
    strbuf_printf(&o, ")");
}

/* ------------------------------------------------------------------ SBI */

#define LEGACY (-1)

static const struct sbi_function {
    uint64_t eid;
    int64_t fid;        /* LEGACY: the extension is the function (EIDs 0x00-0x08) */
    const char *ext, *name;
    int nargs;
} sbi_table[] = {
    {0x00, LEGACY, "legacy", "set_timer", 1},
    {0x01, LEGACY, "legacy", "console_putchar", 1},
    {0x02, LEGACY, "legacy", "console_getchar", 0},
    {0x03, LEGACY, "legacy", "clear_ipi", 0},
    {0x04, LEGACY, "legacy", "send_ipi", 1},
    {0x05, LEGACY, "legacy", "remote_fence_i", 1},
    {0x06, LEGACY, "legacy", "remote_sfence_vma", 3},
    {0x07, LEGACY, "legacy", "remote_sfence_vma_asid", 4},
    {0x08, LEGACY, "legacy", "shutdown", 0},
    {0x10, 0, "BASE", "get_spec_version", 0},
    {0x10, 1, "BASE", "get_impl_id", 0},
    {0x10, 2, "BASE", "get_impl_version", 0},
    {0x10, 3, "BASE", "probe_extension", 1},
    {0x10, 4, "BASE", "get_mvendorid", 0},
    {0x10, 5, "BASE", "get_marchid", 0},
    {0x10, 6, "BASE", "get_mimpid", 0},
    {0x54494D45, 0, "TIME", "set_timer", 1},
    {0x735049, 0, "IPI", "send_ipi", 2},
    {0x52464E43, 0, "RFENCE", "remote_fence_i", 2},
    {0x52464E43, 1, "RFENCE", "remote_sfence_vma", 4},
    {0x52464E43, 2, "RFENCE", "remote_sfence_vma_asid", 5},
    {0x52464E43, 3, "RFENCE", "remote_hfence_gvma_vmid", 5},
    {0x52464E43, 4, "RFENCE", "remote_hfence_gvma", 4},
    {0x52464E43, 5, "RFENCE", "remote_hfence_vvma_asid", 5},
    {0x52464E43, 6, "RFENCE", "remote_hfence_vvma", 4},
    {0x48534D, 0, "HSM", "hart_start", 3},
    {0x48534D, 1, "HSM", "hart_stop", 0},
    {0x48534D, 2, "HSM", "hart_get_status", 1},
    {0x48534D, 3, "HSM", "hart_suspend", 3},
    {0x53525354, 0, "SRST", "system_reset", 2},
    {0x504D55, 0, "PMU", "num_counters", 0},
    {0x504D55, 1, "PMU", "counter_get_info", 1},
    {0x504D55, 2, "PMU", "counter_config_matching", 5},
    {0x504D55, 3, "PMU", "counter_start", 4},
    {0x504D55, 4, "PMU", "counter_stop", 3},
    {0x504D55, 5, "PMU", "counter_fw_read", 1},
    {0x4442434E, 0, "DBCN", "console_write", 3},
    {0x4442434E, 1, "DBCN", "console_read", 3},
    {0x4442434E, 2, "DBCN", "console_write_byte", 1},
    {0x53555350, 0, "SUSP", "system_suspend", 3},
    {0x43505043, 0, "CPPC", "probe", 1},
    {0x43505043, 1, "CPPC", "read", 1},
    {0x43505043, 2, "CPPC", "read_hi", 1},
    {0x43505043, 3, "CPPC", "write", 2},
};
#define N_SBI (sizeof(sbi_table) / sizeof(sbi_table[0]))

/* Extension names, for `break ecall NAME` and completion (legacy: EIDs 0x00-0x08). */
static const struct { const char *name; uint64_t eid; } sbi_extensions[] = {
    {"BASE", 0x10}, {"TIME", 0x54494D45}, {"IPI", 0x735049}, {"RFENCE", 0x52464E43},
    {"HSM", 0x48534D}, {"SRST", 0x53525354}, {"PMU", 0x504D55}, {"DBCN", 0x4442434E},
    {"SUSP", 0x53555350}, {"CPPC", 0x43505043},
};
#define N_SBI_EXT (sizeof(sbi_extensions) / sizeof(sbi_extensions[0]))

int64_t dbg_sbi_extension(const char *name)
{
    for (size_t i = 0; i < N_SBI_EXT; i++)
        if (strcmp(sbi_extensions[i].name, name) == 0)
            return (int64_t)sbi_extensions[i].eid;
    return -1;
}

const char *dbg_sbi_extension_name(uint64_t eid)
{
    for (size_t i = 0; i < N_SBI_EXT; i++)
        if (sbi_extensions[i].eid == eid)
            return sbi_extensions[i].name;
    return NULL;
}

const char *dbg_sbi_extension_at(size_t i)
{
    return i < N_SBI_EXT ? sbi_extensions[i].name : NULL;
}

static const struct sbi_function *sbi_find(uint64_t eid, uint64_t fid)
{
    for (size_t i = 0; i < N_SBI; i++)
        if (sbi_table[i].eid == eid &&
            (sbi_table[i].fid == LEGACY || (uint64_t)sbi_table[i].fid == fid))
            return &sbi_table[i];
    return NULL;
}

void dbg_format_sbi(const uint64_t a[8], char *buf, size_t len)
{
    struct strbuf o = {buf, len, 0};
    buf[0] = 0;
    const struct sbi_function *f = sbi_find(a[7], a[6]);
    if (!f) {
        strbuf_printf(&o, "SBI extension 0x%" PRIx64 " function %" PRIu64 "(0x%" PRIx64 ", 0x%" PRIx64
            ")", a[7], a[6], a[0], a[1]);
        return;
    }
    strbuf_printf(&o, "%s %s(", f->ext, f->name);
    for (int i = 0; i < f->nargs; i++)
        strbuf_printf(&o, "%s0x%" PRIx64, i ? ", " : "", a[i]);
    bool one_char = strcmp(f->name, "console_putchar") == 0 ||
                    strcmp(f->name, "console_write_byte") == 0;
    if (one_char && a[0] >= 32 && a[0] < 127)
        strbuf_printf(&o, " '%c'", (int)a[0]);
    strbuf_printf(&o, ")");
}

static const char *const sbi_errors[] = {
    "success", "failed", "not supported", "invalid parameter", "denied",
    "invalid address", "already available", "already started", "already stopped",
    "no shared memory", "invalid state", "bad range", "timeout", "I/O error",
};

void dbg_format_sbi_return(uint64_t a0, uint64_t a1, char *buf, size_t len)
{
    int64_t err = (int64_t)a0;
    int64_t known = (int64_t)(sizeof(sbi_errors) / sizeof(sbi_errors[0]));
    const char *name = err <= 0 && -err < known ? sbi_errors[-err] : "unknown error";
    snprintf(buf, len, "error %" PRId64 " (%s), value 0x%" PRIx64, err, name, a1);
}
