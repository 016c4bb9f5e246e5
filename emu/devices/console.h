/*
 * The host side of the console UART: host input (stdin, a pipe, a file, a pty) goes to
 * the UART's receiver, the UART's output stream is flushed once per tick, and QEMU's
 * Ctrl-A escapes are interpreted on the way in:
 *
 *     Ctrl-A x        quit (console_quit_requested(); the machine stops, status 0)
 *     Ctrl-A h        print the list of escapes
 *     Ctrl-A c        the debugger (console_debugger_requested())
 *     Ctrl-A Ctrl-A   send one Ctrl-A to the guest
 *     Ctrl-A other    ignored
 *
 * When the input is a terminal in the foreground, it is put in raw mode (no echo, no
 * line editing, no signal keys: Ctrl-C goes to the guest; output processing stays on so
 * a bare "\n" still starts a new line). The original settings come back on every way
 * out: console_restore(), exit() (atexit), and the signals that end a process
 * (SIGINT, SIGTERM, SIGHUP, SIGQUIT, SIGPIPE, SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT,
 * ...), whose handler restores the terminal and raises the signal again under its
 * previous disposition. Only one console per process can hold a terminal raw.
 *
 * A terminal that belongs to another foreground job (rvscope started with `&`) is not
 * read at all: reading it would stop the process with SIGTTIN.
 */
#ifndef RVSCOPE_CONSOLE_H
#define RVSCOPE_CONSOLE_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "uart16550.h"

#define CONSOLE_HELD 256    /* host bytes read ahead while the UART's FIFO is full */
#define CONSOLE_ESCAPE 0x01 /* Ctrl-A */

struct console {
    struct uart *uart;
    int in_fd;               /* host input; -1 if none */
    bool input_open;         /* in_fd may still deliver bytes (not at end of file) */
    bool raw;                /* this console put in_fd's terminal in raw mode */
    bool escape;             /* the previous input byte was Ctrl-A */
    bool quit;               /* Ctrl-A x seen */
    bool debugger;           /* Ctrl-A c seen and not yet collected */
    uint8_t held[CONSOLE_HELD];   /* bytes for the guest, waiting for FIFO room */
    unsigned held_head, held_count;
};

/* Attach a console to the UART: input from in_fd (-1: none; not closed by the console),
 * output is the UART's stream. Installs itself as the UART's per-tick hook. Returns
 * false with a message in err if in_fd is a terminal that cannot be switched to raw
 * mode. */
bool console_init(struct console *c, struct uart *u, int in_fd, char *err, size_t len);

/* Attach an initialised console to another in_fd (a debugger takes stdin at each stop
 * and gives it back): bytes already read for the guest but not yet in the UART's FIFO
 * stay its input. Fails as console_init does. */
bool console_reattach(struct console *c, int in_fd, char *err, size_t len);

/* Flush output and give the terminal back its settings (idempotent). */
void console_restore(struct console *c);

/* The per-tick work (the UART calls it through its poll hook): read what the host has
 * without blocking, interpret escapes, move bytes into the FIFO as room allows, flush
 * the output if anything was written. */
void console_poll(struct console *c);

/* Ctrl-A x was typed: the machine should stop (exit status 0). */
bool console_quit_requested(const struct console *c);
/* Ctrl-A c was typed since the last call (returns true once per request). */
bool console_debugger_requested(struct console *c);

/* For the machine when every hart waits in WFI (see console.c for the contract). */
enum console_idle {
    CONSOLE_IDLE_NONE,    /* nothing the console does can wake the guest */
    CONSOLE_IDLE_TICK,    /* ticking changes the UART by itself: tick without waiting */
    CONSOLE_IDLE_INPUT,   /* host input could wake the guest: console_wait_input() */
};
enum console_idle console_idle(const struct console *c);

/* Block until host input is readable (or at end of file), for at most timeout_ms
 * milliseconds (-1: no limit). Returns true if there is something to read; the next
 * console_poll() takes it. Returns false at once if there is no input. */
bool console_wait_input(struct console *c, int timeout_ms);

#endif
