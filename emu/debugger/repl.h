/*
 * The debugger's command language and prompt (readline: history, completion and help
 * all come from the one command table in repl.c). Front ends: the terminal (--debug,
 * -x FILE, Ctrl-A c), and later the GDB stub's `monitor` (repl_execute into any FILE).
 */
#ifndef RVSCOPE_REPL_H
#define RVSCOPE_REPL_H

#include <stdbool.h>
#include <stdio.h>

#include "dbg.h"

struct repl;

/* A command session over d, printing to out. */
struct repl *repl_new(struct dbg *d, FILE *out);
void repl_free(struct repl *r);

/* Run one command line (output to the session's out, or to `out` when not NULL).
 * Returns false when the command was `quit`. Never exits the process. */
bool repl_execute(struct repl *r, const char *line, FILE *out);

/* The whole session: the commands of `script` (may be NULL) each echoed after the
 * prompt, then the prompt on a terminal (readline, history in $RVSCOPE_HISTORY or
 * ~/.rvscope_history) or, without a script, commands from stdin until end of file (with
 * a script, a stdin that is not a terminal is the guest's: session.c). A script ending
 * with `quit` ends the session there. `banner` (may be NULL) is printed first. */
void repl_session(struct repl *r, const char *script, const char *banner);

/* Called around every run (continue, step...) so the host console can take the terminal
 * back from the prompt and give it again (raw mode for the guest). Either may be NULL. */
void repl_set_console_hooks(struct repl *r, void (*running)(void *), void (*prompt)(void *),
                            void *ctx);

#endif
