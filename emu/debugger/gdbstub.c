/*
 * The GDB remote stub: the GDB Remote Serial Protocol (GDB manual, appendix "Remote
 * Protocol") over one TCP client, on top of the debugger core (dbg.h).
 *
 *   gdb ──TCP── packets $data#cs ── handle() ── registers (gdb_regs.c), memory (dbg_read),
 *                                     │         points (dbg_*_insert), monitor (repl.c)
 *                                     └─ c/s/vCont ── run(): dbg_continue / dbg_step,
 *                                                    poll_socket() catches Ctrl-C (0x03)
 *
 * All-stop, like the core: when a hart stops, every hart stops; harts are threads with
 * id hartid + 1. Without a client the guest runs free and poll_socket() accepts one
 * (the guest then stops, as gdb expects on `target remote`). A guest reset boots the
 * machine again under the same session (booted_again).
 */
#define _GNU_SOURCE   /* open_memstream, MSG_NOSIGNAL */
#include "gdb_internal.h"

#include <errno.h>
#include <inttypes.h>
#include <netdb.h>
#include <netinet/in.h>
#include <netinet/tcp.h>
#include <poll.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/socket.h>
#include <unistd.h>

#include "dbg.h"
#include "gdb_regs.h"
#include "repl.h"

/* ------------------------------------------------------------------ parsing */

/* A hex number at *p (advanced past it); false if there is none or it overflows. */
static bool parse_hex(const char **p, uint64_t *v)
{
    const char *s = *p;
    uint64_t x = 0;
    int digits = 0;
    for (int h; (h = gdb_hexval(*s)) >= 0; s++, digits++) {
        if (digits == 16)
            return false;
        x = x << 4 | (uint64_t)h;
    }
    *p = s;
    *v = x;
    return digits > 0;
}

/* "ADDR,LEN" then `end` (a character, or '\0' for the end of the packet). */
static bool parse_addr_len(const char **p, uint64_t *addr, uint64_t *len, char end)
{
    if (!parse_hex(p, addr) || **p != ',')
        return false;
    (*p)++;
    if (!parse_hex(p, len) || **p != end)
        return false;
    if (end)
        (*p)++;
    return true;
}

/* A thread id: -1 ("-1" all, "0" any) or a hart. False when no such thread exists. */
static bool parse_thread(const struct gdb *g, const char *p, int *hart)
{
    if (strcmp(p, "-1") == 0 || strcmp(p, "0") == 0) {
        *hart = -1;
        return true;
    }
    uint64_t id;
    if (!parse_hex(&p, &id) || *p || id == 0 || id > (uint64_t)g->m->cfg.harts)
        return false;
    *hart = (int)id - 1;
    return true;
}

/* Hex text to bytes; the number of bytes, or -1 when it is not hex. */
static long unhex(const char *s, uint8_t *buf, size_t max)
{
    size_t n = 0;
    for (; s[0] && n < max; s += 2) {
        int hi = gdb_hexval(s[0]), lo = gdb_hexval(s[1]);
        if (hi < 0 || lo < 0)
            return -1;
        buf[n++] = (uint8_t)(hi << 4 | lo);
    }
    return s[0] ? -1 : (long)n;
}

/* ------------------------------------------------------------------ stops */

static int current_hart(const struct gdb *g)
{
    return g->g_hart >= 0 ? g->g_hart : 0;
}

/* The watchpoint that stopped the machine, for the stop reply's address and kind. */
static const struct dbg_point *stop_point(const struct gdb *g, int id)
{
    for (size_t i = 0; i < dbg_point_count(g->d); i++)
        if (dbg_point_get(g->d, i)->id == id)
            return dbg_point_get(g->d, i);
    return NULL;
}

/* The stop reply (T, W or X) for s. */
static void stop_reply(struct gdb *g, const struct dbg_stop *s)
{
    gdb_reply_reset(g);
    int thread = (s->hart >= 0 ? s->hart : current_hart(g)) + 1;
    switch (s->kind) {
    case DBG_STOP_MACHINE:
        if (s->machine == STOP_FINISHER || s->machine == STOP_HTIF || s->machine == STOP_QUIT)
            gdb_out(g, "W%02x", s->machine == STOP_QUIT ? 0 : g->m->exit_code & 0xff);
        else   /* ended by rvscope: deadlock, --max-insns, a stuck hart, a reset */
            gdb_out(g, "X%02x", SIGNAL_KILL);
        return;
    case DBG_STOP_REQUEST:
        gdb_out(g, "T%02xthread:%x;", SIGNAL_INT, thread);
        return;
    case DBG_STOP_WATCH: {
        if (s->device) {   /* a device's DMA on a monitor-made watchpoint: gdb's are virtual */
            gdb_out(g, "T%02xthread:%x;", SIGNAL_TRAP, thread);
            return;
        }
        const struct dbg_point *p = stop_point(g, s->id);
        uint64_t addr = p ? p->addr : s->va;
        unsigned access = p ? p->access : (s->write ? DBG_WATCH_WRITE : DBG_WATCH_READ);
        const char *kind = access == DBG_WATCH_WRITE  ? "watch"
                           : access == DBG_WATCH_READ ? "rwatch"
                                                      : "awatch";
        gdb_out(g, "T%02x%s:%" PRIx64 ";thread:%x;", SIGNAL_TRAP, kind, addr, thread);
        return;
    }
    default:   /* a step, a breakpoint, an event breakpoint (made with monitor), attach */
        gdb_out(g, "T%02xthread:%x;", SIGNAL_TRAP, thread);
        return;
    }
}

/* Forget the client's points and the client: the machine runs on unobserved. */
static void drop_client(struct gdb *g)
{
    dbg_delete_all(g->d);   /* gdb's points, and those monitor commands made */
    memset(g->points, 0, sizeof(g->points));
    close(g->fd);
    g->fd = -1;
    g->lost = false;
}

/* ------------------------------------------------------------------ packets */

/* Memory as the current hart sees it, as QEMU's stub reads it: physical in M-mode (satp
 * does not apply there), else through satp. Each view falls back to the other, so kernel
 * variables still read while a hart is in user code (its page table may not map them)
 * and a kernel's virtual addresses while firmware runs. */
static bool access_memory(struct gdb *g, uint64_t addr, void *buf, size_t len, bool write)
{
    int hart = current_hart(g);
    bool physical = g->m->harts[hart].priv == PRIV_M;
    for (int view = 0; view < 2; view++, physical = !physical)
        if (write ? dbg_write(g->d, hart, addr, physical, buf, len)
                  : dbg_read(g->d, hart, addr, physical, buf, len))
            return true;
    return false;
}

static void read_memory(struct gdb *g, const char *p)
{
    uint64_t addr, len;
    if (!parse_addr_len(&p, &addr, &len, '\0')) {
        gdb_out(g, GDB_EINVAL);
        return;
    }
    static uint8_t buf[GDB_PACKET_MAX / 2];
    if (len > sizeof(buf))
        len = sizeof(buf);
    size_t n = 0;
    if (access_memory(g, addr, buf, len, false))
        n = len;
    else   /* part of it: up to the first byte neither view can read */
        while (n < len && access_memory(g, addr + n, buf + n, 1, false))
            n++;
    if (n == 0 && len > 0)
        gdb_out(g, GDB_EFAULT);
    else
        gdb_out_hex(g, buf, n);
}

static void write_memory(struct gdb *g, const char *p)
{
    uint64_t addr, len;
    static uint8_t buf[GDB_PACKET_MAX / 2];
    if (!parse_addr_len(&p, &addr, &len, ':') || len > sizeof(buf) ||
        unhex(p, buf, sizeof(buf)) != (long)len) {
        gdb_out(g, GDB_EINVAL);
        return;
    }
    gdb_out(g, access_memory(g, addr, buf, len, true) ? "OK" : GDB_EFAULT);
}

static void read_registers(struct gdb *g)
{
    struct hart *h = &g->m->harts[current_hart(g)];
    uint8_t buf[8];
    for (int n = 0; n < GDB_G_REGS; n++)
        gdb_out_hex(g, buf, gdb_reg_read(h, n, buf));
}

static void write_registers(struct gdb *g, const char *p)
{
    struct hart *h = &g->m->harts[current_hart(g)];
    static uint8_t buf[GDB_PACKET_MAX / 2];
    long n = unhex(p, buf, sizeof(buf));
    if (n < 0) {
        gdb_out(g, GDB_EINVAL);
        return;
    }
    for (int r = 0; r < GDB_G_REGS && (long)(r + 1) * 8 <= n; r++)
        gdb_reg_write(h, r, buf + r * 8, 8);
    gdb_out(g, "OK");
}

static void read_register(struct gdb *g, const char *p)
{
    uint64_t n;
    uint8_t buf[8];
    unsigned size = parse_hex(&p, &n) && !*p && n < 8192
                        ? gdb_reg_read(&g->m->harts[current_hart(g)], (int)n, buf) : 0;
    if (size)
        gdb_out_hex(g, buf, size);
    else
        gdb_out(g, "E45");
}

static void write_register(struct gdb *g, const char *p)
{
    uint64_t n;
    uint8_t buf[8];
    if (!parse_hex(&p, &n) || *p != '=' || n >= 8192) {
        gdb_out(g, GDB_EINVAL);
        return;
    }
    long size = unhex(p + 1, buf, sizeof(buf));
    bool ok = size > 0 &&
              gdb_reg_write(&g->m->harts[current_hart(g)], (int)n, buf, (unsigned)size);
    gdb_out(g, ok ? "OK" : "E45");
}

/* Z/z TYPE,ADDR,KIND: both kinds of breakpoint are the core's pc breakpoints (no guest
 * memory is patched); watchpoints watch virtual addresses through satp. */
static void change_point(struct gdb *g, const char *p, bool insert)
{
    uint64_t type = 0, addr, kind;   /* 0 if unparsable: EINVAL below */
    if (!parse_hex(&p, &type) || type > 4 || *p++ != ',' ||
        !parse_addr_len(&p, &addr, &kind, '\0') || (type >= 2 && (kind == 0 || kind > 4096))) {
        gdb_out(g, type > 4 ? "" : GDB_EINVAL);   /* an unknown type: not supported */
        return;
    }
    struct gdb_point *free_slot = NULL;
    for (int i = 0; i < GDB_MAX_POINTS; i++) {
        struct gdb_point *pt = &g->points[i];
        if (pt->used && pt->type == (int)type && pt->addr == addr && pt->kind == kind) {
            if (!insert) {
                dbg_delete(g->d, pt->id);
                pt->used = false;
            }
            gdb_out(g, "OK");   /* inserted twice: once is enough */
            return;
        }
        if (!pt->used && !free_slot)
            free_slot = pt;
    }
    if (!insert) {
        gdb_out(g, "OK");
        return;
    }
    static const unsigned access[5] = {0, 0, DBG_WATCH_WRITE, DBG_WATCH_READ,
                                       DBG_WATCH_READ | DBG_WATCH_WRITE};
    int id = !free_slot  ? -1
             : type < 2 ? dbg_break_insert(g->d, addr, &DBG_COND_ANY, 0)
                         : dbg_watch_insert(g->d, addr, kind, false, access[type]);
    if (id < 0) {
        gdb_out(g, "E28");   /* ENOSPC: the table is full */
        return;
    }
    *free_slot = (struct gdb_point){.used = true, .type = (int)type, .addr = addr,
                                    .kind = kind, .id = id};
    gdb_out(g, "OK");
}

/* The prompt's commands act on its current hart: make that gdb's current thread, so that
 * `monitor pt walk $a0` uses the a0 gdb shows. (`hart N` prints where the hart is: not
 * asked for, dropped.) */
static void follow_thread(struct gdb *g)
{
    char cmd[32], *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f)
        return;
    snprintf(cmd, sizeof(cmd), "hart %d", current_hart(g));
    repl_execute(g->r, cmd, f);
    fclose(f);
    free(text);
}

/* qRcmd: a REPL command on gdb's current thread; its output goes back as console output
 * (O packets). */
static bool monitor(struct gdb *g, const char *p)
{
    static char cmd[GDB_PACKET_MAX / 2 + 1];
    long n = unhex(p, (uint8_t *)cmd, sizeof(cmd) - 1);
    if (n < 0) {
        gdb_out(g, GDB_EINVAL);
        return true;
    }
    cmd[n] = '\0';
    char *text = NULL;
    size_t len = 0;
    FILE *f = open_memstream(&text, &len);
    if (!f) {
        gdb_out(g, "E12");   /* ENOMEM */
        return true;
    }
    follow_thread(g);
    repl_execute(g->r, cmd, f);   /* `quit` cannot end rvscope from here: ignored */
    fclose(f);
    size_t chunk = (sizeof(g->reply) - 16) / 2;
    for (size_t off = 0; off < len; off += chunk) {
        gdb_reply_reset(g);
        gdb_out(g, "O");
        gdb_out_hex(g, text + off, len - off < chunk ? len - off : chunk);
        if (!gdb_send_reply(g)) {
            free(text);
            return false;
        }
    }
    free(text);
    gdb_reply_reset(g);
    gdb_out(g, "OK");
    return true;
}

/* qXfer:features:read:ANNEX:OFFSET,LENGTH — the target description, in binary form. */
static void read_features(struct gdb *g, const char *p)
{
    uint64_t off, len;
    size_t size;
    const char *xml = gdb_target_xml(&size);
    if (strncmp(p, "target.xml:", 11) != 0) {
        gdb_out(g, "E00");
        return;
    }
    p += 11;
    if (!parse_addr_len(&p, &off, &len, '\0')) {
        gdb_out(g, GDB_EINVAL);
        return;
    }
    if (len > (sizeof(g->reply) - 8) / 2)   /* every byte may need an escape */
        len = (sizeof(g->reply) - 8) / 2;
    size_t start = off < size ? (size_t)off : size;
    size_t end = size - start > len ? start + (size_t)len : size;
    gdb_out(g, end < size ? "m" : "l");
    for (size_t i = start; i < end; i++) {
        char c = xml[i];
        if (c == '#' || c == '$' || c == '}' || c == '*') {
            g->reply[g->reply_len++] = '}';
            c ^= 0x20;
        }
        g->reply[g->reply_len++] = c;
    }
}

static bool handle_query(struct gdb *g, const char *p)
{
    if (strncmp(p, "qSupported", 10) == 0) {
        gdb_out(g, "PacketSize=%x;qXfer:features:read+;QStartNoAckMode+", GDB_PACKET_MAX);
    } else if (strncmp(p, "qXfer:features:read:", 20) == 0) {
        read_features(g, p + 20);
    } else if (strcmp(p, "qfThreadInfo") == 0) {
        for (int i = 0; i < g->m->cfg.harts; i++)
            gdb_out(g, "%s%x", i ? "," : "m", i + 1);
    } else if (strcmp(p, "qsThreadInfo") == 0) {
        gdb_out(g, "l");
    } else if (strcmp(p, "qC") == 0) {
        gdb_out(g, "QC%x", current_hart(g) + 1);
    } else if (strcmp(p, "qAttached") == 0) {
        gdb_out(g, "1");   /* detach leaves the machine running */
    } else if (strncmp(p, "qThreadExtraInfo,", 17) == 0) {
        int hart;
        if (!parse_thread(g, p + 17, &hart) || hart < 0) {
            gdb_out(g, GDB_EINVAL);
            return true;
        }
        const struct hart *h = &g->m->harts[hart];
        char text[64];
        int n = snprintf(text, sizeof(text), "hart %d, %s-mode%s", hart,
                         h->priv == PRIV_M ? "M" : h->priv == PRIV_S ? "S" : "U",
                         h->wfi ? ", in wfi" : "");
        gdb_out_hex(g, text, (size_t)n);
    } else if (strncmp(p, "qRcmd,", 6) == 0) {
        return monitor(g, p + 6);
    } else if (strncmp(p, "qSymbol:", 8) == 0) {
        gdb_out(g, "OK");   /* no symbols wanted */
    }
    return true;   /* anything else: the empty reply, "not supported" */
}

/* vCont;ACTION[:THREAD]...: a step for any thread steps that hart alone (the others
 * wait, all-stop); otherwise every hart continues. Signals are ignored. */
static enum action handle_vcont(struct gdb *g, const char *p)
{
    enum action act = ACT_NONE;
    while (*p == ';') {
        p++;
        char a = *p++;
        if (a != 'c' && a != 'C' && a != 's' && a != 'S')
            return ACT_NONE;
        uint64_t sig;
        if ((a == 'C' || a == 'S') && !parse_hex(&p, &sig))
            return ACT_NONE;
        int hart = -1;
        if (*p == ':') {
            char id[24];
            size_t n = strcspn(++p, ";");
            if (n >= sizeof(id))
                return ACT_NONE;
            memcpy(id, p, n);
            id[n] = '\0';
            p += n;
            if (!parse_thread(g, id, &hart))
                return ACT_NONE;
        }
        if ((a == 's' || a == 'S') && act != ACT_STEP) {
            act = ACT_STEP;
            g->c_hart = hart;
        } else if (act == ACT_NONE) {
            act = ACT_CONTINUE;
        }
    }
    return *p ? ACT_NONE : act;
}

/* c [ADDR], s [ADDR], C SIG[;ADDR], S SIG[;ADDR]: resume, at ADDR if given. */
static enum action handle_resume(struct gdb *g, const char *p, enum action act)
{
    uint64_t v;
    if ((p[-1] == 'C' || p[-1] == 'S') && parse_hex(&p, &v) && *p == ';')
        p++;
    if (*p) {
        if (!parse_hex(&p, &v) || *p)
            return ACT_NONE;
        g->m->harts[g->c_hart >= 0 ? g->c_hart : current_hart(g)].pc = v;
    }
    return act;
}

/* One packet: fills the reply (sent by the caller) or returns an action. */
static enum action handle(struct gdb *g, bool *ok)
{
    const char *p = g->pkt;
    const char *arg = p[0] ? p + 1 : p;
    enum action act = ACT_NONE;
    int hart;
    gdb_reply_reset(g);
    switch (p[0]) {
    case '?': stop_reply(g, &g->last); break;
    case 'g': read_registers(g); break;
    case 'G': write_registers(g, arg); break;
    case 'p': read_register(g, arg); break;
    case 'P': write_register(g, arg); break;
    case 'm': read_memory(g, arg); break;
    case 'M': write_memory(g, arg); break;
    case 'Z': change_point(g, arg, true); break;
    case 'z': change_point(g, arg, false); break;
    case 'c': case 'C': case 's': case 'S':
        act = handle_resume(g, arg, p[0] == 'c' || p[0] == 'C' ? ACT_CONTINUE : ACT_STEP);
        if (act == ACT_NONE)
            gdb_out(g, GDB_EINVAL);
        break;
    case 'D': gdb_out(g, "OK"); act = ACT_DETACH; break;
    case 'k': return ACT_KILL;
    case 'q': *ok = handle_query(g, p); break;
    case 'H':
        if ((p[1] == 'g' || p[1] == 'c') && parse_thread(g, p + 2, &hart)) {
            if (p[1] == 'g')
                g->g_hart = hart >= 0 ? hart : g->g_hart;
            else
                g->c_hart = hart;
            gdb_out(g, "OK");
        } else {
            gdb_out(g, GDB_EINVAL);
        }
        break;
    case 'T': gdb_out(g, parse_thread(g, arg, &hart) && hart >= 0 ? "OK" : GDB_EINVAL); break;
    case 'Q':
        if (strcmp(p, "QStartNoAckMode") == 0) {
            gdb_out(g, "OK");
            g->ack_ends = true;
        }
        break;
    case 'v':
        if (strcmp(p, "vCont?") == 0)
            gdb_out(g, "vCont;c;C;s;S");
        else if (strncmp(p, "vCont;", 6) == 0 && (act = handle_vcont(g, p + 5)) == ACT_NONE)
            gdb_out(g, GDB_EINVAL);
        else if (strncmp(p, "vKill", 5) == 0) {   /* answered, unlike k */
            gdb_out(g, "OK");
            act = ACT_KILL;
        }
        break;
    default: break;   /* not supported: the empty reply */
    }
    return act;
}

/* ------------------------------------------------------------------ the session */

enum outcome { CLIENT_DETACHED, CLIENT_KILLED, MACHINE_ENDED };

/* Did the guest reset the machine, and has it booted again? Then the session goes on,
 * as with QEMU: the client stays connected, its breakpoints and watchpoints stay armed
 * for the new boot, and gdb is told nothing (the remote protocol has no stop reason for
 * a reboot; an unasked-for stop would only interrupt a continue). */
static bool booted_again(struct gdb *g, const struct dbg_stop *s)
{
    return s->kind == DBG_STOP_MACHINE && s->machine == STOP_RESET && g->reboot &&
           g->reboot->boot_again(g->reboot->ctx);
}

/* Run as asked until a stop gdb must hear about: a continue goes on through resets; a
 * step that reset the machine is done, its hart now at the reset ROM. */
static void resume(struct gdb *g, enum action act, struct dbg_stop *s)
{
    int hart = g->c_hart >= 0 ? g->c_hart : current_hart(g);
    for (;;) {
        if (act == ACT_STEP)
            dbg_step(g->d, hart, 1, s);
        else
            dbg_continue(g->d, s);
        if (!booted_again(g, s))
            return;
        if (act == ACT_STEP) {
            *s = (struct dbg_stop){.kind = DBG_STOP_STEP, .hart = hart};
            return;
        }
    }
}

/* Resume as asked and report the stop. */
static enum outcome run(struct gdb *g, enum action act, bool *gone)
{
    struct dbg_stop s;
    resume(g, act, &s);
    if (s.hart >= 0)
        g->g_hart = s.hart;   /* gdb makes the stopping thread current */
    g->last = s;
    if (g->lost) {
        *gone = true;
        return s.kind == DBG_STOP_MACHINE ? MACHINE_ENDED : CLIENT_DETACHED;
    }
    stop_reply(g, &s);
    *gone = !gdb_send_reply(g);
    if (s.kind != DBG_STOP_MACHINE)
        return CLIENT_DETACHED;   /* (not yet: the caller goes on unless *gone) */
    /* gdb answers an exit by closing the connection (or with a last ack) */
    while (!*gone && gdb_next_byte(g, 500) >= 0)
        ;
    return MACHINE_ENDED;
}

/* Serve the client's packets until it detaches, kills, goes away, or the machine ends. */
static enum outcome serve_client(struct gdb *g)
{
    for (;;) {
        if (!gdb_read_packet(g)) {
            drop_client(g);
            return CLIENT_DETACHED;
        }
        bool ok = true;
        enum action act = handle(g, &ok);
        if (act == ACT_KILL) {
            if (g->reply_len)
                gdb_send_reply(g);
            close(g->fd);
            g->fd = -1;
            return CLIENT_KILLED;
        }
        if (act == ACT_CONTINUE || act == ACT_STEP) {
            bool gone = false;
            enum outcome o = run(g, act, &gone);
            if (o == MACHINE_ENDED || gone) {
                drop_client(g);
                return o;
            }
            continue;
        }
        if (ok && g->fd >= 0)
            ok = gdb_send_reply(g);
        if (g->ack_ends)
            g->ack = g->ack_ends = false;
        if (!ok || act == ACT_DETACH) {
            drop_client(g);
            return CLIENT_DETACHED;
        }
    }
}

enum machine_stop gdb_serve(struct machine *m, const struct boot_info *boot,
                            const struct gdb_address *a, bool halted,
                            const struct gdb_reboot *reboot, bool *failed)
{
    *failed = false;
    struct gdb *g = calloc(1, sizeof(*g));
    struct dbg *d = g ? dbg_new(m) : NULL;
    struct repl *r = d ? repl_new(d, stdout) : NULL;
    if (!r) {
        fprintf(stderr, "rvscope: out of memory for the gdb stub\n");
        dbg_free(d);
        free(g);
        *failed = true;
        return STOP_NONE;
    }
    *g = (struct gdb){.m = m, .d = d, .r = r, .reboot = reboot, .fd = -1, .g_hart = 0,
                      .c_hart = -1};
    /* gdb's RISC-V target has non-steppable watchpoints: it expects the stop before the
     * access and steps over it itself with the watchpoints removed. */
    dbg_watch_stop_before(d, true);
    int port;
    g->listen_fd = gdb_open_listener(a, &port);
    if (g->listen_fd < 0) {
        repl_free(r);
        dbg_free(d);
        free(g);
        *failed = true;
        return STOP_NONE;
    }
    dbg_add_symbols(d, "kernel", &boot->kernel.symbols, boot->kernel.low, boot->kernel.high);
    dbg_add_symbols(d, "firmware", &boot->firmware.symbols, boot->firmware.low,
                    boot->firmware.high);
    dbg_add_poller(d, gdb_poll_socket, g);
    if (halted) {
        fprintf(stderr, "rvscope: waiting for gdb on tcp:%s:%d\n", a->host, port);
        while (g->fd < 0 && gdb_readable(g->listen_fd, -1))
            gdb_accept_client(g);
    } else if (a->port == 0) {
        fprintf(stderr, "rvscope: gdb can attach on tcp:%s:%d\n", a->host, port);
    }
    enum machine_stop end = STOP_NONE;
    for (;;) {
        if (g->fd < 0) {   /* run free until a client comes or the machine ends */
            struct dbg_stop s;
            if (dbg_continue(d, &s) == DBG_STOP_MACHINE && !booted_again(g, &s)) {
                end = s.machine;
                break;
            }
            if (g->fd < 0)
                continue;   /* Ctrl-A c has no prompt here: run on */
        }
        enum outcome o = serve_client(g);
        if (o == CLIENT_KILLED) {
            end = STOP_QUIT;
            break;
        }
        if (o == MACHINE_ENDED) {
            end = g->last.machine;   /* not m->stop: a failed reboot has cleared it */
            break;
        }
    }
    if (g->fd >= 0)
        close(g->fd);
    close(g->listen_fd);
    repl_free(r);
    dbg_free(d);
    free(g);
    return end;
}
