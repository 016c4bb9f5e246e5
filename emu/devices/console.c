/* The host side of the console UART (contract in console.h). */
#include "console.h"

#include <errno.h>
#include <poll.h>
#include <signal.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <termios.h>
#include <unistd.h>

/* ------------------------------------------------------------------ terminal state
 * Process-wide, because a signal handler has no other way to reach it: the terminal in
 * raw mode (-1: none) and the settings it had before. */
static volatile sig_atomic_t raw_fd = -1;
static struct termios saved_termios;

/* Signals whose default action ends the process. Each gets a handler while the terminal
 * is raw, unless it was ignored (nohup). */
static const int fatal_signals[] = {
    SIGHUP, SIGINT, SIGQUIT, SIGTERM, SIGPIPE, SIGALRM, SIGUSR1, SIGUSR2,
    SIGSEGV, SIGBUS, SIGFPE, SIGILL, SIGABRT, SIGTRAP, SIGSYS, SIGXCPU, SIGXFSZ,
};
#define N_FATAL (sizeof(fatal_signals) / sizeof(fatal_signals[0]))
static struct sigaction old_actions[N_FATAL];
static bool handled[N_FATAL];

/* Async-signal-safe: tcsetattr is on POSIX's list. */
static void restore_terminal(void)
{
    int fd = raw_fd;
    if (fd >= 0) {
        raw_fd = -1;
        tcsetattr(fd, TCSANOW, &saved_termios);
    }
}

/* Restore the terminal, put back the disposition the signal had before, and raise it
 * again: it is delivered under that disposition when this handler returns (the default
 * action ends the process, with a core dump where that is the default). */
static void on_fatal_signal(int sig)
{
    int saved_errno = errno;
    restore_terminal();
    for (size_t i = 0; i < N_FATAL; i++) {
        if (fatal_signals[i] == sig && handled[i]) {
            sigaction(sig, &old_actions[i], NULL);
            handled[i] = false;
        }
    }
    raise(sig);
    errno = saved_errno;
}

static void install_handlers(void)
{
    struct sigaction sa;
    memset(&sa, 0, sizeof(sa));
    sa.sa_handler = on_fatal_signal;
    sigfillset(&sa.sa_mask);      /* nothing interrupts the restore */
    for (size_t i = 0; i < N_FATAL; i++) {
        struct sigaction old;
        if (handled[i] || sigaction(fatal_signals[i], NULL, &old) != 0 ||
            old.sa_handler == SIG_IGN)
            continue;
        if (sigaction(fatal_signals[i], &sa, &old_actions[i]) == 0)
            handled[i] = true;
    }
}

static void remove_handlers(void)
{
    for (size_t i = 0; i < N_FATAL; i++) {
        if (handled[i]) {
            sigaction(fatal_signals[i], &old_actions[i], NULL);
            handled[i] = false;
        }
    }
}

/* A terminal we may read: ours in the foreground, or one that is not our controlling
 * terminal at all (tcgetpgrp fails then). A background job reading its controlling
 * terminal would be stopped by SIGTTIN; changing its modes, by SIGTTOU. */
static bool terminal_is_ours(int fd)
{
    pid_t fg = tcgetpgrp(fd);
    return fg < 0 || fg == getpgrp();
}

/* Raw mode: bytes arrive one by one, unechoed, with no line editing, no CR->NL mapping
 * (Enter sends CR, as from a serial terminal), no flow-control or signal keys, 8 bits
 * clean. Output processing (OPOST) stays on. */
static bool enter_raw_mode(int fd, char *err, size_t len)
{
    static bool atexit_done;
    struct termios t;
    if (tcgetattr(fd, &t) != 0) {
        snprintf(err, len, "cannot read the terminal settings of the console input: %s",
                 strerror(errno));
        return false;
    }
    if (raw_fd >= 0) {
        snprintf(err, len, "the console terminal is already in raw mode");
        return false;
    }
    saved_termios = t;
    t.c_iflag &= ~(tcflag_t)(IGNBRK | BRKINT | PARMRK | ISTRIP | INLCR | IGNCR | ICRNL | IXON);
    t.c_lflag &= ~(tcflag_t)(ECHO | ECHONL | ICANON | ISIG | IEXTEN);
    t.c_cflag &= ~(tcflag_t)(CSIZE | PARENB);
    t.c_cflag |= CS8;
    t.c_cc[VMIN] = 1;
    t.c_cc[VTIME] = 0;
    if (!atexit_done && atexit(restore_terminal) == 0)
        atexit_done = true;
    install_handlers();
    raw_fd = fd;
    if (tcsetattr(fd, TCSANOW, &t) != 0) {
        raw_fd = -1;
        remove_handlers();
        snprintf(err, len, "cannot put the console terminal in raw mode: %s", strerror(errno));
        return false;
    }
    return true;
}

/* ------------------------------------------------------------------ the console */
static void console_hook(void *ctx) { console_poll(ctx); }

bool console_init(struct console *c, struct uart *u, int in_fd, char *err, size_t len)
{
    *c = (struct console){.uart = u, .in_fd = in_fd, .input_open = in_fd >= 0};
    if (in_fd >= 0 && isatty(in_fd)) {
        if (!terminal_is_ours(in_fd)) {
            c->input_open = false;
        } else {
            if (!enter_raw_mode(in_fd, err, len))
                return false;
            c->raw = true;
        }
    }
    uart_set_poll(u, console_hook, c);
    return true;
}

bool console_reattach(struct console *c, int in_fd, char *err, size_t len)
{
    struct console old = *c;
    if (!console_init(c, old.uart, in_fd, err, len))
        return false;
    memcpy(c->held, old.held, sizeof(c->held));
    c->held_head = old.held_head;
    c->held_count = old.held_count;
    return true;
}

void console_restore(struct console *c)
{
    fflush(c->uart->out);
    c->uart->wrote = false;
    if (c->raw) {
        restore_terminal();
        remove_handlers();
        c->raw = false;
    }
}

static void print_help(struct console *c)
{
    fputs("\n"
          "C-a h    print this help\n"
          "C-a x    exit rvscope\n"
          "C-a c    enter the debugger\n"
          "C-a C-a  send C-a to the guest\n",
          c->uart->out);
    c->uart->wrote = true;
}

static void hold(struct console *c, uint8_t byte)
{
    c->held[(c->held_head + c->held_count) % CONSOLE_HELD] = byte;
    c->held_count++;
}

/* One byte from the host: an escape command, or a byte for the guest. */
static void input_byte(struct console *c, uint8_t byte)
{
    if (!c->escape) {
        if (byte == CONSOLE_ESCAPE)
            c->escape = true;
        else
            hold(c, byte);
        return;
    }
    c->escape = false;
    switch (byte) {
    case 'x': c->quit = true; break;
    case 'h': print_help(c); break;
    case 'c': c->debugger = true; break;
    case CONSOLE_ESCAPE: hold(c, CONSOLE_ESCAPE); break;
    default: break;
    }
}

/* Read what the host has now, at most what fits in held[]. End of file or a read error
 * ends the input (EAGAIN and EINTR do not). */
static void read_host(struct console *c)
{
    unsigned room = CONSOLE_HELD - c->held_count;
    if (!c->input_open || c->quit || room == 0)
        return;
    struct pollfd pfd = {.fd = c->in_fd, .events = POLLIN};
    if (poll(&pfd, 1, 0) <= 0)
        return;
    uint8_t buf[CONSOLE_HELD];
    ssize_t n = read(c->in_fd, buf, room);
    if (n < 0 && (errno == EAGAIN || errno == EWOULDBLOCK || errno == EINTR))
        return;
    if (n <= 0) {
        c->input_open = false;
        return;
    }
    for (ssize_t i = 0; i < n && !c->quit; i++)
        input_byte(c, buf[i]);
}

void console_poll(struct console *c)
{
    read_host(c);
    while (c->held_count && uart_rx_space(c->uart)) {
        uart_receive(c->uart, c->held[c->held_head]);
        c->held_head = (c->held_head + 1) % CONSOLE_HELD;
        c->held_count--;
    }
    if (c->uart->wrote) {
        fflush(c->uart->out);
        c->uart->wrote = false;
    }
}

bool console_quit_requested(const struct console *c) { return c->quit; }

bool console_debugger_requested(struct console *c)
{
    bool asked = c->debugger;
    c->debugger = false;
    return asked;
}

/* When every hart waits in WFI:
 *  - TICK if ticking changes the UART without new input: a character timeout is due
 *    (within two ticks), or held bytes can move into the FIFO;
 *  - INPUT if a new byte would reach the FIFO and could raise the receive interrupt:
 *    input still open, the interrupt enabled, nothing held, room in the FIFO. Every
 *    wait that returns true is then followed by a tick that consumes input, so the
 *    machine cannot spin on readable input it does not take;
 *  - NONE otherwise (also with a full FIFO: its interrupt is already raised, and more
 *    input would only be held). */
enum console_idle console_idle(const struct console *c)
{
    if (c->quit)
        return CONSOLE_IDLE_NONE;
    unsigned space = uart_rx_space(c->uart);
    if (uart_timeout_due(c->uart) || (c->held_count && space))
        return CONSOLE_IDLE_TICK;
    if (c->input_open && uart_rx_irq_enabled(c->uart) && !c->held_count && space)
        return CONSOLE_IDLE_INPUT;
    return CONSOLE_IDLE_NONE;
}

bool console_wait_input(struct console *c, int timeout_ms)
{
    if (!c->input_open)
        return false;
    fflush(c->uart->out);
    c->uart->wrote = false;
    struct pollfd pfd = {.fd = c->in_fd, .events = POLLIN};
    return poll(&pfd, 1, timeout_ms < 0 ? -1 : timeout_ms) > 0;
}
