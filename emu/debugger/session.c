/*
 * The debugger started from the command line (--debug, -x FILE) or by Ctrl-A c during a
 * run: attach to the machine, name the symbols, and hold the prompt until quit. The
 * terminal is shared with the console: raw for the guest while it runs, cooked (and
 * readline's) at the prompt.
 */
#define _GNU_SOURCE   /* fopencookie: the guest's output stream, watched (below) */
#include "session.h"

#include <inttypes.h>
#include <stdio.h>
#include <string.h>
#include <unistd.h>

#include "dbg_internal.h"
#include "repl.h"

/* The UART's output goes through this stream so that the prompt knows when the guest
 * left a line unfinished: a report or trace line then starts on a new line. */
struct guest_out {
    FILE *real;
    struct dbg *d;
};

static ssize_t guest_write(void *cookie, const char *buf, size_t n)
{
    struct guest_out *g = cookie;
    size_t done = fwrite(buf, 1, n, g->real);
    if (done)
        g->d->guest_mid_line = buf[done - 1] != '\n';
    if (memchr(buf, '\n', done))
        fflush(g->real);   /* a piped stdout would otherwise show a long run only at its stop */
    return (ssize_t)done;
}

static FILE *watch_guest_output(struct guest_out *g)
{
    cookie_io_functions_t io = {.write = guest_write};
    FILE *f = fopencookie(g, "w", io);
    if (f)
        setvbuf(f, NULL, _IONBF, 0);   /* in order with what the prompt prints */
    return f;
}

/* While the guest runs free (continue, next, until), a terminal on stdin is the guest's
 * console again, raw; at the prompt, and while stepping, stdin is the prompt's alone.
 * Under -x with stdin not a terminal, stdin is the guest's input (as without a
 * debugger) while it runs, and the script is the prompt's: `printf 'ls\n' | rvscope -x
 * lesson.cmd` types ls into the guest's shell. */
static void attach(struct machine *m, int fd)
{
    char err[256];
    console_restore(&m->console);
    if (!machine_attach_console(m, fd, err, sizeof(err)))
        fprintf(stderr, "rvscope: %s\n", err);
}

static void console_running(void *ctx)
{
    attach(ctx, STDIN_FILENO);
}

static void console_prompt(void *ctx)
{
    attach(ctx, -1);
}

enum machine_stop dbg_session(struct machine *m, const struct boot_info *boot,
                              const char *script, bool at_start)
{
    struct dbg *d = dbg_new(m);
    struct repl *r = d ? repl_new(d, stdout) : NULL;
    if (!r) {
        fprintf(stderr, "rvscope: out of memory for the debugger\n");
        dbg_free(d);
        return m->stop == STOP_DEBUG ? STOP_NONE : m->stop;
    }
    dbg_add_symbols(d, "kernel", &boot->kernel.symbols, boot->kernel.low, boot->kernel.high);
    dbg_add_symbols(d, "firmware", &boot->firmware.symbols, boot->firmware.low,
                    boot->firmware.high);
    dbg_trace_live(d, stdout);
    struct guest_out g = {.real = m->uart.out, .d = d};
    FILE *watched = watch_guest_output(&g);
    if (watched)
        m->uart.out = watched;
    if (isatty(STDIN_FILENO) || script)
        repl_set_console_hooks(r, console_running, console_prompt, m);
    console_prompt(m);
    char banner[256];
    const struct hart *h = &m->harts[0];
    snprintf(banner, sizeof(banner),
             "%srvscope debugger: %d hart%s, hart 0 %s at 0x%" PRIx64 " (%s-mode). "
             "Type help for the commands.",
             at_start ? "" : "\n",   /* Ctrl-A c: the guest may be in mid-line */
             m->cfg.harts, m->cfg.harts == 1 ? "" : "s",
             at_start ? "before its first instruction" : "stopped", h->pc,
             h->priv == PRIV_M ? "M" : h->priv == PRIV_S ? "S" : "U");
    repl_session(r, script, banner);
    repl_free(r);
    dbg_free(d);
    if (watched) {
        m->uart.out = g.real;
        fclose(watched);
    }
    return m->stop == STOP_DEBUG ? STOP_NONE : m->stop;
}
