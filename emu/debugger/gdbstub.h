/*
 * rvscope's GDB remote stub: gdb (gdb-multiarch, `target remote :1234`) drives the
 * machine through the debugger core (dbg.h) over the GDB Remote Serial Protocol on TCP.
 * Harts are gdb's threads (thread id = hartid + 1); `monitor CMD` runs a command of the
 * REPL (repl.h). Entered from the command line with -s, -gdb tcp::PORT and -S.
 */
#ifndef RVSCOPE_GDBSTUB_H
#define RVSCOPE_GDBSTUB_H

#include <stdbool.h>
#include <stddef.h>

#include "../boot.h"
#include "../machine.h"

#define GDB_DEFAULT_PORT 1234

/* Where the stub listens: "tcp::PORT" (127.0.0.1) or "tcp:HOST:PORT". */
struct gdb_address {
    char host[256];
    int port;           /* 0: any free port (printed when rvscope waits) */
};

/* Parse a -gdb value; false with a message for a person in err. */
bool gdb_parse_address(const char *spec, struct gdb_address *a, char *err, size_t errlen);

/* How the stub boots the machine again when the guest resets it (the finisher's 0x7777):
 * what the caller otherwise does after machine_run returns STOP_RESET (devices reset,
 * images reloaded into the same struct boot_info, harts at the reset ROM). boot_again
 * returns false when that failed. */
struct gdb_reboot {
    bool (*boot_again)(void *ctx);
    void *ctx;
};

/* Run m under the stub until the machine ends or gdb kills it. halted (-S): wait for gdb
 * before the first instruction; otherwise the guest runs and gdb may attach (the guest
 * stops on connection), detach (it runs on) and attach again. A guest reset boots again
 * through reboot and the session goes on: the client stays connected with its
 * breakpoints and watchpoints, as with QEMU. Returns how the machine ended (STOP_QUIT
 * when gdb killed it; STOP_RESET only when booting again failed). A socket that cannot
 * be opened: one line on stderr and STOP_NONE with *failed set. */
enum machine_stop gdb_serve(struct machine *m, const struct boot_info *boot,
                            const struct gdb_address *a, bool halted,
                            const struct gdb_reboot *reboot, bool *failed);

#endif
