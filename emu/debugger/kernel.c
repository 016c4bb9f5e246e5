/*
 * The bundled kernel's processes, read without DWARF through the one structure the
 * kernel exports for debuggers: `kernel_debug_info` (guest/include/kdebug.h) gives the
 * process table's address and the offsets of the fields of struct proc; states use
 * enum procinfo_state (guest/include/uapi.h). Any other guest simply has no such symbol,
 * and the kernel-aware commands say so.
 */
#include "dbg_internal.h"

#include <stdlib.h>
#include <string.h>

#include "../../guest/include/uapi.h"

#define KINFO_MAX_NPROC 4096
#define KINFO_MAX_PROC_SIZE 65536

/* The kernel's symbol tables are the ones that do not belong to a user program. */
static bool kernel_symbol(struct dbg *d, const char *name, uint64_t *addr)
{
    for (int i = 0; i < d->nsyms; i++)
        if (!d->syms[i].user && d->syms[i].tab && symtab_lookup(d->syms[i].tab, name, addr))
            return true;
    return false;
}

static bool kinfo_sane(const struct kernel_debug_info *k)
{
    uint32_t fields[] = {k->off_pid, k->off_state, k->off_name, k->off_pagetable,
                         k->off_trapframe, k->off_parent};
    if (k->magic != KDEBUG_MAGIC || k->version != KDEBUG_VERSION || k->nproc == 0 ||
        k->nproc > KINFO_MAX_NPROC || k->proc_size == 0 || k->proc_size > KINFO_MAX_PROC_SIZE ||
        k->name_len == 0 || k->off_name + k->name_len > k->proc_size)
        return false;
    for (size_t i = 0; i < sizeof(fields) / sizeof(fields[0]); i++)
        if (fields[i] + 8 > k->proc_size && fields[i] != k->off_name)
            return false;
    return true;
}

bool dbg_kernel_info(struct dbg *d)
{
    if (d->kinfo_tried)
        return d->kinfo_ok;
    d->kinfo_tried = true;
    d->kinfo_ok = kernel_symbol(d, "kernel_debug_info", &d->kinfo_addr) &&
                  dbg_read_kernel(d, 0, d->kinfo_addr, &d->kinfo, sizeof(d->kinfo)) &&
                  kinfo_sane(&d->kinfo);
    return d->kinfo_ok;
}

static uint64_t field64(const uint8_t *p, uint32_t off)
{
    uint64_t v;
    memcpy(&v, p + off, 8);
    return v;
}

static int field32(const uint8_t *p, uint32_t off)
{
    int32_t v;
    memcpy(&v, p + off, 4);
    return v;
}

/* Slot i of the process table; false if it cannot be read or is unused. */
static bool read_proc(struct dbg *d, uint32_t slot, uint8_t *raw, struct dbg_proc *p)
{
    const struct kernel_debug_info *k = &d->kinfo;
    uint64_t addr = k->proc_table + (uint64_t)slot * k->proc_size;
    if (!dbg_read_kernel(d, 0, addr, raw, k->proc_size))
        return false;
    int state = field32(raw, k->off_state);
    if (state == PI_UNUSED)
        return false;
    *p = (struct dbg_proc){.slot = (int)slot, .pid = field32(raw, k->off_pid),
                           .state = state, .addr = addr, .ppid = 0,
                           .pagetable = field64(raw, k->off_pagetable),
                           .trapframe = field64(raw, k->off_trapframe)};
    size_t n = k->name_len < sizeof(p->name) ? k->name_len : sizeof(p->name) - 1;
    memcpy(p->name, raw + k->off_name, n);
    p->name[n] = 0;
    uint64_t parent = field64(raw, k->off_parent);
    int32_t ppid;
    if (parent && dbg_read_kernel(d, 0, parent + k->off_pid, &ppid, 4))
        p->ppid = ppid;
    return true;
}

int dbg_procs(struct dbg *d, struct dbg_proc *out, int max)
{
    if (!dbg_kernel_info(d))
        return 0;
    uint8_t *raw = malloc(d->kinfo.proc_size);
    if (!raw)
        return 0;
    int n = 0;
    for (uint32_t i = 0; i < d->kinfo.nproc && n < max; i++)
        if (read_proc(d, i, raw, &out[n]))
            n++;
    free(raw);
    return n;
}

/* The first process for which match() holds. */
static bool find_proc(struct dbg *d, bool (*match)(const struct dbg_proc *, uint64_t),
                      uint64_t arg, struct dbg_proc *p)
{
    if (!dbg_kernel_info(d))
        return false;
    uint8_t *raw = malloc(d->kinfo.proc_size);
    bool found = false;
    for (uint32_t i = 0; raw && i < d->kinfo.nproc && !found; i++)
        found = read_proc(d, i, raw, p) && match(p, arg);
    free(raw);
    return found;
}

static bool pid_is(const struct dbg_proc *p, uint64_t pid) { return p->pid == (int)pid; }
static bool root_is(const struct dbg_proc *p, uint64_t root)
{
    return p->pagetable && p->pagetable == root;
}

bool dbg_proc_by_pid(struct dbg *d, int pid, struct dbg_proc *p)
{
    return find_proc(d, pid_is, (uint64_t)pid, p);
}

bool dbg_proc_by_root(struct dbg *d, uint64_t root, struct dbg_proc *p)
{
    return find_proc(d, root_is, root, p);
}

/* A running process whose trapframe says it entered the kernel last from hart. */
static bool running_on(struct dbg *d, int hart, struct dbg_proc *p)
{
    struct dbg_proc procs[64];
    int n = dbg_procs(d, procs, 64);
    for (int i = 0; i < n; i++) {
        uint64_t hartid;
        if (procs[i].state == PI_RUNNING && procs[i].trapframe &&
            dbg_read_kernel(d, hart, procs[i].trapframe + TF_KERNEL_HARTID, &hartid, 8) &&
            hartid == (uint64_t)hart) {
            *p = procs[i];
            return true;
        }
    }
    return false;
}

bool dbg_proc_current(struct dbg *d, int hart, struct dbg_proc *p)
{
    if (!dbg_kernel_info(d))
        return false;
    uint64_t satp = d->m->harts[hart].csr.satp;
    if (satp_mode(satp) != SATP_MODE_BARE && dbg_proc_by_root(d, satp_root(satp), p))
        return true;
    return running_on(d, hart, p);
}

bool dbg_kernel_satp(struct dbg *d, uint64_t *satp)
{
    struct dbg_proc procs[64];
    int n = dbg_procs(d, procs, 64);
    for (int i = 0; i < n; i++)
        if (procs[i].trapframe &&
            dbg_read_kernel(d, 0, procs[i].trapframe + TF_KERNEL_SATP, satp, 8) && *satp)
            return true;
    return false;
}

const char *dbg_proc_state_name(int state)
{
    static const char *const names[] = {
        [PI_UNUSED] = "unused", [PI_USED] = "used", [PI_SLEEPING] = "sleeping",
        [PI_RUNNABLE] = "runnable", [PI_RUNNING] = "running", [PI_ZOMBIE] = "zombie",
    };
    if (state >= 0 && state < (int)(sizeof(names) / sizeof(names[0])))
        return names[state];
    return "?";
}

void dbg_proc_label(struct dbg *d, int hart, char *buf, size_t len)
{
    struct dbg_proc p;
    if (dbg_proc_current(d, hart, &p))
        snprintf(buf, len, "pid %d (%s)", p.pid, p.name);
    else if (len)
        buf[0] = 0;
}
