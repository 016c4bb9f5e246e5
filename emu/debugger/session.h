/* The debugger's entry from the command line (emu/main.c). */
#ifndef RVSCOPE_SESSION_H
#define RVSCOPE_SESSION_H

#include <stdbool.h>

#include "../boot.h"
#include "../machine.h"

/* Hold the debugger's prompt over m until the user quits: entered with --debug before
 * the first instruction (at_start), or when machine_run returned STOP_DEBUG (Ctrl-A c).
 * script: -x FILE, or NULL. Returns how the machine ended (STOP_FINISHER, ...), or
 * STOP_NONE when the user quit while it could still run. */
enum machine_stop dbg_session(struct machine *m, const struct boot_info *boot,
                              const char *script, bool at_start);

#endif
