/*
 * The debugger started from the command line (--debug, -x FILE) or by Ctrl-A c during a
 * run: attach to the machine, name the symbols, and hold the prompt until quit. The
 * terminal is shared with the console: raw for the guest while it runs, cooked (and
 * readline's) at the prompt.
 */
#include "session.h"

#include <inttypes.h>
#include <stdio.h>
#include <unistd.h>

#include "repl.h"

/* While the guest runs, a terminal on stdin is the guest's console again. */
static void console_running(void *ctx)
{
    struct machine *m = ctx;
    char err[256];
    if (!machine_attach_console(m, STDIN_FILENO, err, sizeof(err)))
        fprintf(stderr, "rvscope: %s\n", err);
}

static void console_prompt(void *ctx)
{
    struct machine *m = ctx;
    console_restore(&m->console);
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
    bool tty = isatty(STDIN_FILENO);
    if (tty) {
        repl_set_console_hooks(r, console_running, console_prompt, m);
        console_restore(&m->console);
    }
    char banner[256];
    const struct hart *h = &m->harts[0];
    snprintf(banner, sizeof(banner),
             "rvscope debugger: %d hart%s, hart 0 %s at 0x%" PRIx64 " (%s-mode). "
             "Type help for the commands.",
             m->cfg.harts, m->cfg.harts == 1 ? "" : "s",
             at_start ? "before its first instruction" : "stopped", h->pc,
             h->priv == PRIV_M ? "M" : h->priv == PRIV_S ? "S" : "U");
    repl_session(r, script, banner);
    repl_free(r);
    dbg_free(d);
    return m->stop == STOP_DEBUG ? STOP_NONE : m->stop;
}
