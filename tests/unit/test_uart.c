/*
 * test_uart: the 16550A UART (emu/devices/uart16550.c) against the TI PC16550D datasheet,
 * and its host side, the console (emu/devices/console.c).
 *
 * 1. UART registers: reset values, DLAB, access sizes, transmit, the receive FIFO and
 *    the 1-byte holding register, overrun, FCR, every IIR interrupt with its priority,
 *    enable and reset condition, the interrupt output, loopback and modem status, reset.
 * 2. Console over pipes: input reaches the FIFO in order without overrunning it, Ctrl-A
 *    escapes, end of file, output flushed once per tick, the WFI contract
 *    (console_idle, console_wait_input).
 * 3. Console on a pseudo-terminal: raw mode while running and the original settings
 *    back after console_restore, after exit() (atexit), and after SIGINT, SIGTERM,
 *    SIGHUP, SIGSEGV and SIGABRT in a child process; no raw mode and no input for a
 *    background job.
 *
 * Prints one line per failure and a final "N passed, M failed"; exit status 0 only when
 * nothing failed.
 */
#define _XOPEN_SOURCE 700   /* posix_openpt, grantpt, unlockpt, ptsname */

#include <errno.h>
#include <fcntl.h>
#include <poll.h>
#include <signal.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>
#include <sys/mman.h>
#include <sys/wait.h>
#include <termios.h>
#include <time.h>
#include <unistd.h>

#include "devices/console.h"
#include "devices/uart16550.h"
#include "check.h"

enum { RBR = 0, THR = 0, DLL = 0, IER = 1, DLM = 1, IIR = 2, FCR = 2, LCR = 3, MCR = 4,
       LSR = 5, MSR = 6, SCR = 7 };


/* ------------------------------------------------------------------ a UART to test */
static struct uart uart;
static char *out_buf;          /* what the UART transmitted (open_memstream) */
static size_t out_len;
static FILE *out;
static bool irq_level;         /* the UART's interrupt output */
static unsigned irq_edges;

static void irq_set(void *ctx, unsigned source, bool level)
{
    (void)ctx;
    (void)source;
    if (level != irq_level)
        irq_edges++;
    irq_level = level;
}

static void fresh(const char *name)
{
    current = name;
    if (out)
        fclose(out);
    free(out_buf);
    out_buf = NULL;
    out = open_memstream(&out_buf, &out_len);
    irq_level = false;
    irq_edges = 0;
    uart_init(&uart, out);
    uart_set_irq(&uart, (struct irq_line){.set = irq_set, .source = 10});
}

static uint8_t rd(unsigned off)
{
    uint64_t v = 0xdead;
    check(uart.dev.read(uart.dev.opaque, off, 1, &v), "read of offset %u faulted", off);
    check(v <= 0xff, "read of offset %u gave 0x%llx", off, (unsigned long long)v);
    return (uint8_t)v;
}

static void wr(unsigned off, uint8_t v)
{
    check(uart.dev.write(uart.dev.opaque, off, 1, v), "write of offset %u faulted", off);
}

static void tick(void) { uart.dev.tick(uart.dev.opaque, 0); }

static void expect_eq(unsigned got, unsigned want, const char *what)
{
    check(got == want, "%s: got 0x%x, want 0x%x", what, got, want);
}

static void expect_irq(bool level, const char *what)
{
    check(irq_level == level, "%s: interrupt output %d, want %d", what, irq_level, level);
}

static const char *transmitted(void)
{
    fflush(out);
    return out_buf ? out_buf : "";
}

/* ------------------------------------------------------------------ 1. registers */
static void test_reset_values(void)
{
    fresh("reset_values");
    expect_eq(rd(IER), 0, "IER");
    expect_eq(rd(IIR), 0x01, "IIR: no interrupt, FIFOs off");
    expect_eq(rd(LCR), 0, "LCR");
    expect_eq(rd(MCR), 0, "MCR");
    expect_eq(rd(LSR), 0x60, "LSR: THRE and TEMT");
    expect_eq(rd(MSR), 0xb0, "MSR: CTS, DSR, DCD active; no deltas");
    expect_eq(rd(SCR), 0, "SCR");
    expect_eq(rd(RBR), 0, "RBR with nothing received");
    expect_irq(false, "after reset");
    expect_eq(uart_rx_space(&uart), 1, "rx space without FIFOs");
}

static void test_access_sizes(void)
{
    fresh("access_sizes");
    uint64_t v;
    check(!uart.dev.read(uart.dev.opaque, 8, 1, &v), "offset 8 accepted");
    check(!uart.dev.write(uart.dev.opaque, 0xff, 1, 0), "offset 0xff accepted");
    check(!uart.dev.read(uart.dev.opaque, LSR, 4, &v), "misaligned lw accepted");
    check(!uart.dev.write(uart.dev.opaque, 1, 2, 0), "misaligned sh accepted");
    check(!uart.dev.read(uart.dev.opaque, 0, 3, &v), "size 3 accepted");
    check(uart.dev.read(uart.dev.opaque, 4, 4, &v) && v == 0, "lw of MCR");
    check(uart.dev.write(uart.dev.opaque, THR, 4, 0x12345621), "sw to THR");
    check(strcmp(transmitted(), "!") == 0, "sw to THR sends the low byte");
    check(uart.dev.write(uart.dev.opaque, MSR, 2, 0xaa55), "aligned sh to MSR");
    check(uart.dev.read(uart.dev.opaque, 0, 8, &v) && v == 0, "ld of RBR");
}

static void test_dlab(void)
{
    fresh("dlab");
    wr(IER, 0x0f);
    wr(LCR, 0x83);
    expect_eq(rd(LCR), 0x83, "LCR holds all 8 bits");
    wr(DLL, 0x03);
    wr(DLM, 0x01);
    expect_eq(rd(DLL), 0x03, "DLL");
    expect_eq(rd(DLM), 0x01, "DLM");
    check(strcmp(transmitted(), "") == 0, "a DLL write transmits nothing");
    wr(LCR, 0x03);
    expect_eq(rd(IER), 0x0f, "IER kept under DLAB");
    wr(IER, 0xff);
    expect_eq(rd(IER), 0x0f, "IER bits 7-4 read 0");
    wr(LCR, 0x80);
    expect_eq(rd(DLL), 0x03, "divisor kept");
    wr(SCR, 0x5a);
    expect_eq(rd(SCR), 0x5a, "SCR under DLAB");
    wr(MCR, 0xff);
    expect_eq(rd(MCR), 0x1f, "MCR has 5 bits");
}

static void test_transmit(void)
{
    fresh("transmit");
    const char *msg = "hello\n";
    for (const char *p = msg; *p; p++) {
        wr(THR, (uint8_t)*p);
        expect_eq(rd(LSR) & 0x60, 0x60, "THRE and TEMT right after a write");
    }
    check(uart.wrote, "wrote set");
    check(strcmp(transmitted(), msg) == 0, "transmitted \"%s\"", transmitted());
    wr(LSR, 0);
    wr(MSR, 0);
    expect_eq(rd(LSR), 0x60, "LSR writes ignored");
    expect_eq(rd(MSR), 0xb0, "MSR writes ignored");
}

static void test_receive_no_fifo(void)
{
    fresh("receive_no_fifo");
    check(uart_receive(&uart, 'a'), "first byte stored");
    expect_eq(rd(LSR), 0x61, "DR set");
    expect_eq(uart_rx_space(&uart), 0, "holding register full");
    check(!uart_receive(&uart, 'b'), "second byte overruns");
    expect_eq(rd(LSR), 0x63, "DR and OE");
    expect_eq(rd(LSR), 0x61, "OE cleared by reading LSR");
    expect_eq(rd(RBR), 'b', "without FIFOs the new byte replaces the old");
    expect_eq(rd(LSR), 0x60, "DR cleared when empty");
    expect_eq(uart_rx_space(&uart), 1, "room again");
}

static void test_receive_fifo(void)
{
    fresh("receive_fifo");
    wr(FCR, 0x01);
    expect_eq(rd(IIR), 0xc1, "IIR bits 7-6 with FIFOs on");
    expect_eq(uart_rx_space(&uart), 16, "16-byte FIFO");
    for (int i = 0; i < 16; i++)
        check(uart_receive(&uart, (uint8_t)('A' + i)), "byte %d stored", i);
    expect_eq(uart_rx_space(&uart), 0, "full");
    check(!uart_receive(&uart, '!'), "17th byte overruns");
    expect_eq(rd(LSR), 0x63, "OE with a full FIFO");
    for (int i = 0; i < 16; i++)
        expect_eq(rd(RBR), (unsigned)('A' + i), "FIFO order; the overrun byte is lost");
    expect_eq(rd(LSR), 0x60, "empty");

    fresh("fcr");
    wr(FCR, 0x01);
    uart_receive(&uart, 'x');
    uart_receive(&uart, 'y');
    wr(FCR, 0x03);
    expect_eq(rd(LSR), 0x60, "FCR.1 empties the receive FIFO");
    uart_receive(&uart, 'z');
    wr(FCR, 0x00);
    expect_eq(rd(LSR), 0x60, "clearing FCR.0 empties the FIFO");
    expect_eq(rd(IIR), 0x01, "FIFOs off");
    wr(FCR, 0xc0);
    expect_eq(rd(IIR), 0x01, "trigger bits are not programmed without FCR.0");
    expect_eq(uart_rx_space(&uart), 1, "still no FIFO");
    uart_receive(&uart, 'z');
    wr(FCR, 0x01);
    expect_eq(rd(LSR), 0x60, "setting FCR.0 empties the holding register");
}

static void test_rx_interrupts(void)
{
    fresh("rx_data_no_fifo");
    wr(IER, 0x01);
    expect_irq(false, "nothing received");
    uart_receive(&uart, 'q');
    expect_eq(rd(IIR), 0x04, "received data available");
    expect_irq(true, "data");
    expect_eq(rd(RBR), 'q', "read");
    expect_eq(rd(IIR), 0x01, "cleared by reading RBR");
    expect_irq(false, "after the read");

    fresh("rx_trigger");
    wr(FCR, 0x41);                                 /* trigger level 4 */
    wr(IER, 0x01);
    for (int i = 0; i < 3; i++)
        uart_receive(&uart, (uint8_t)i);
    expect_eq(rd(IIR), 0xc1, "below the trigger level");
    expect_irq(false, "below the trigger level");
    uart_receive(&uart, 3);
    expect_eq(rd(IIR), 0xc4, "at the trigger level");
    expect_irq(true, "at the trigger level");
    rd(RBR);
    expect_eq(rd(IIR), 0xc1, "cleared when the FIFO drops below the trigger");
    expect_irq(false, "below again");
    static const struct { uint8_t fcr; unsigned level; } triggers[] = {
        {0x01, 1}, {0x41, 4}, {0x81, 8}, {0xc1, 14}};
    for (int t = 0; t < 4; t++) {
        wr(FCR, triggers[t].fcr | 0x02);
        for (unsigned i = 0; i + 1 < triggers[t].level; i++)
            uart_receive(&uart, 0);
        check((rd(IIR) & 0x0f) == 0x01, "trigger %u: one below", triggers[t].level);
        uart_receive(&uart, 0);
        check((rd(IIR) & 0x0f) == 0x04, "trigger %u: reached", triggers[t].level);
    }

    fresh("rx_timeout");
    wr(FCR, 0x81);                                 /* trigger level 8 */
    wr(IER, 0x01);
    uart_receive(&uart, 'a');
    uart_receive(&uart, 'b');
    check(uart_timeout_due(&uart), "timeout due with data below the trigger");
    expect_eq(rd(IIR), 0xc1, "no timeout before a tick");
    tick();
    expect_eq(rd(IIR), 0xc1, "not at the first tick: the tick period was not quiet");
    tick();
    expect_eq(rd(IIR), 0xcc, "character timeout after a quiet tick period");
    expect_irq(true, "timeout");
    check(!uart_timeout_due(&uart), "no longer due once indicated");
    uart_receive(&uart, 'c');
    expect_eq(rd(IIR), 0xcc, "a new byte does not clear the timeout");
    expect_eq(rd(RBR), 'a', "read one");
    expect_eq(rd(IIR), 0xc1, "reading clears the timeout");
    expect_irq(false, "after the read");
    tick();
    tick();
    expect_eq(rd(IIR), 0xcc, "timeout again for the bytes left");
    tick();
    rd(RBR);                                       /* reading restarts the timer */
    tick();
    expect_eq(rd(IIR), 0xc1, "a read in the last tick period holds the timeout off");
    rd(RBR);
    tick();
    tick();
    expect_eq(rd(IIR), 0xc1, "no timeout with an empty FIFO");
    expect_irq(false, "empty");

    fresh("rx_timeout_needs_fifo");
    wr(IER, 0x01);
    check(!uart_timeout_due(&uart), "no timeout without FIFOs");
    wr(IER, 0x00);
    wr(FCR, 0x81);
    uart_receive(&uart, 'a');
    check(!uart_timeout_due(&uart), "no timeout due with the interrupt off");
}

static void test_thr_interrupt(void)
{
    fresh("thre");
    wr(IER, 0x02);
    expect_eq(rd(IIR), 0x02, "enabling ETBEI with THR empty interrupts at once");
    expect_eq(rd(IIR), 0x01, "reading IIR (THRE reported) clears it");
    expect_irq(false, "cleared");
    wr(IER, 0x02);
    expect_eq(rd(IIR), 0x01, "rewriting ETBEI=1 does not re-arm");
    wr(THR, 'x');
    expect_irq(true, "THR empty again after a write");
    expect_eq(rd(IIR), 0x02, "THRE after the byte left");
    wr(IER, 0x00);
    wr(THR, 'y');
    expect_irq(false, "masked by IER");
    wr(IER, 0x02);
    expect_eq(rd(IIR), 0x02, "enabling again");
    wr(FCR, 0x01);
    wr(IER, 0x02);
    rd(IIR);
    wr(FCR, 0x00);
    expect_eq(rd(IIR), 0x02, "changing FCR.0 re-arms THRE");

    fresh("thre_not_reported");
    wr(IER, 0x03);
    uart_receive(&uart, 'a');
    expect_eq(rd(IIR), 0x04, "received data outranks THRE");
    rd(RBR);
    expect_eq(rd(IIR), 0x02, "THRE still latched: IIR read above did not report it");
    expect_eq(rd(IIR), 0x01, "and now it is gone");
}

static void test_line_status(void)
{
    fresh("line_status");
    wr(IER, 0x05);
    uart_receive(&uart, 'a');
    expect_eq(rd(IIR), 0x04, "data");
    uart_receive(&uart, 'b');                      /* overrun */
    expect_eq(rd(IIR), 0x06, "line status outranks data");
    expect_irq(true, "line status");
    expect_eq(rd(LSR), 0x63, "OE");
    expect_eq(rd(IIR), 0x04, "reading LSR clears it; data remains");
    wr(IER, 0x04);
    uart_receive(&uart, 'c');
    expect_eq(rd(IIR), 0x06, "line status alone");
    rd(LSR);
    expect_eq(rd(IIR), 0x01, "cleared");
    expect_irq(false, "cleared");
}

static void test_loopback_and_modem(void)
{
    fresh("loopback");
    wr(MCR, 0x10);
    expect_eq(uart_rx_space(&uart), 0, "serial input disconnected in loopback");
    check(!uart_receive(&uart, 'h'), "host bytes refused in loopback");
    wr(THR, 'L');
    check(strcmp(transmitted(), "") == 0, "nothing leaves in loopback");
    expect_eq(rd(LSR), 0x61, "looped byte received");
    expect_eq(rd(RBR), 'L', "looped byte");
    wr(FCR, 0x01);
    for (int i = 0; i < 17; i++)
        wr(THR, (uint8_t)('a' + i));
    expect_eq(rd(LSR), 0x63, "loopback overruns the FIFO too");
    for (int i = 0; i < 16; i++)
        expect_eq(rd(RBR), (unsigned)('a' + i), "looped FIFO order");
    wr(MCR, 0x00);
    wr(THR, 'o');
    check(strcmp(transmitted(), "o") == 0, "transmits again after loopback");

    fresh("modem_status");
    wr(IER, 0x08);
    wr(MCR, 0x10);                                 /* loopback, all outputs off */
    expect_eq(rd(IIR), 0x00, "modem status interrupt");
    expect_irq(true, "modem status");
    expect_eq(rd(MSR), 0x0b, "CTS, DSR, DCD dropped: DCTS, DDSR, DDCD");
    expect_eq(rd(IIR), 0x01, "reading MSR clears it");
    expect_irq(false, "cleared");
    wr(MCR, 0x1f);                                 /* DTR, RTS, OUT1, OUT2 on */
    expect_eq(rd(MSR), 0xfb, "all inputs active, RI rising is no TERI");
    wr(MCR, 0x1b);                                 /* OUT1 off: RI trailing edge */
    expect_eq(rd(MSR), 0xb4, "TERI");
    wr(MCR, 0x19);                                 /* RTS off */
    expect_eq(rd(MSR), 0xa1, "DCTS");
    wr(MCR, 0x00);                                 /* leave loopback: inputs as wired */
    expect_eq(rd(MSR), 0xb1, "CTS back");
    expect_eq(rd(MSR), 0xb0, "deltas cleared");
    wr(IER, 0x0a);
    wr(MCR, 0x10);
    expect_eq(rd(IIR), 0x02, "THRE outranks modem status");
    expect_eq(rd(IIR), 0x00, "then modem status");
}

static void test_irq_output(void)
{
    fresh("irq_output");
    wr(IER, 0x01);
    uart_receive(&uart, 1);
    uart_receive(&uart, 2);
    /* MCR.OUT2 is 0 here: the output is not gated by it. */
    check(irq_edges == 1, "one rising edge for two bytes (%u)", irq_edges);
    rd(RBR);
    rd(RBR);
    check(irq_edges == 2 && !irq_level, "one falling edge when empty (%u)", irq_edges);
    /* Connecting the line drives the current level. */
    uart_receive(&uart, 3);
    irq_level = false;
    uart_set_irq(&uart, (struct irq_line){.set = irq_set, .source = 10});
    expect_irq(true, "uart_set_irq drives the pending interrupt");
}

static void test_reset(void)
{
    fresh("reset");
    wr(FCR, 0x01);
    wr(IER, 0x0f);
    wr(LCR, 0x83);
    wr(DLL, 0x0c);
    wr(LCR, 0x03);
    wr(MCR, 0x1f);
    wr(SCR, 0x77);
    uart_receive(&uart, 'a');
    expect_irq(true, "before reset");
    uart.dev.reset(uart.dev.opaque);
    expect_irq(false, "after reset");
    expect_eq(rd(IER), 0, "IER");
    expect_eq(rd(IIR), 0x01, "IIR");
    expect_eq(rd(LCR), 0, "LCR");
    expect_eq(rd(MCR), 0, "MCR");
    expect_eq(rd(LSR), 0x60, "LSR");
    expect_eq(rd(MSR), 0xb0, "MSR");
    expect_eq(rd(SCR), 0x77, "SCR survives reset");
    wr(LCR, 0x80);
    expect_eq(rd(DLL), 0x0c, "divisor survives reset");
}


/* ------------------------------------------------------------------ 2. console, pipes */
static struct console con;
static int in_pipe[2];

static void con_fresh(const char *name, bool fifo)
{
    fresh(name);
    char err[128] = "";
    check(pipe(in_pipe) == 0, "pipe");
    check(console_init(&con, &uart, in_pipe[0], err, sizeof(err)), "console_init: %s", err);
    check(!con.raw, "a pipe is not put in raw mode");
    if (fifo)
        wr(FCR, 0x01);
}

static void con_done(void)
{
    console_restore(&con);
    close(in_pipe[0]);
    if (in_pipe[1] >= 0)
        close(in_pipe[1]);
}

static void feed(const void *bytes, size_t n)
{
    check(write(in_pipe[1], bytes, n) == (ssize_t)n, "write to the input pipe");
}

/* Read the receiver empty into buf; returns the count. Fails on an overrun. */
static size_t drain(char *buf, size_t max)
{
    size_t n = 0;
    for (;;) {
        uint8_t lsr = rd(LSR);
        check(!(lsr & 0x02), "overrun while draining");
        if (!(lsr & 0x01) || n == max)
            return n;
        buf[n++] = (char)rd(RBR);
    }
}

static void test_console_input(void)
{
    char got[2048];
    con_fresh("console_fifo_paced", true);
    char sent[40];
    for (int i = 0; i < 40; i++)
        sent[i] = (char)('0' + i);
    feed(sent, sizeof(sent));
    size_t n = 0;
    static const size_t per_tick[] = {16, 16, 8, 0};
    for (int t = 0; t < 4; t++) {
        tick();
        size_t k = drain(got + n, sizeof(got) - n);
        check(k == per_tick[t], "tick %d delivered %zu bytes, want %zu", t, k, per_tick[t]);
        n += k;
    }
    check(n == 40 && memcmp(got, sent, 40) == 0, "all 40 bytes in order");
    con_done();

    con_fresh("console_no_fifo", false);
    feed("abc", 3);
    for (int t = 0; t < 3; t++) {
        tick();
        check(drain(got, 1) == 1 && got[0] == "abc"[t], "one byte per tick without FIFO");
    }
    con_done();

    con_fresh("console_read_ahead", true);
    char big[1000];
    for (size_t i = 0; i < sizeof(big); i++)
        big[i] = (char)(' ' + i * 7 % 95);      /* printable: no C-a among them */
    feed(big, sizeof(big));
    n = 0;
    for (int t = 0; t < 200 && n < sizeof(big); t++) {
        tick();
        check(con.held_count <= CONSOLE_HELD, "held bytes bounded");
        n += drain(got + n, sizeof(got) - n);
    }
    check(n == sizeof(big) && memcmp(got, big, n) == 0, "1000 bytes through, in order (%zu)", n);
    con_done();

    /* A debugger takes stdin away at a stop and gives it back: what was read ahead for
     * the guest is still delivered, in order, from the console attached again. */
    con_fresh("console_reattach_keeps_input", true);
    feed(sent, sizeof(sent));
    tick();
    n = drain(got, sizeof(got));
    unsigned held = con.held_count;
    char err[128] = "";
    check(console_reattach(&con, -1, err, sizeof(err)), "reattach without input: %s", err);
    check(held > 0 && con.held_count == held, "read-ahead bytes kept (%u, were %u)",
          con.held_count, held);
    check(console_reattach(&con, in_pipe[0], err, sizeof(err)), "reattach: %s", err);
    for (int t = 0; t < 4; t++) {
        tick();
        n += drain(got + n, sizeof(got) - n);
    }
    check(n == 40 && memcmp(got, sent, 40) == 0, "all 40 bytes in order after reattaching");
    con_done();
}

static void test_console_escapes(void)
{
    char got[64];
    con_fresh("console_escapes", true);
    feed("a\x01\x01" "b\x01z" "c", 7);
    tick();
    size_t n = drain(got, sizeof(got));
    check(n == 4 && memcmp(got, "a\x01" "bc", 4) == 0, "C-a C-a sends C-a, C-a z is dropped");
    feed("\x01h", 2);
    tick();
    check(strstr(transmitted(), "C-a x") != NULL, "C-a h prints the escapes");
    check(drain(got, sizeof(got)) == 0, "C-a h sends nothing");
    check(!console_debugger_requested(&con), "no debugger request yet");
    feed("\x01", 1);
    tick();
    feed("c", 1);                                 /* an escape split across reads */
    tick();
    check(console_debugger_requested(&con), "C-a c requests the debugger");
    check(!console_debugger_requested(&con), "once");
    check(!console_quit_requested(&con), "no quit yet");
    feed("d\x01xe", 4);
    tick();
    check(console_quit_requested(&con), "C-a x quits");
    n = drain(got, sizeof(got));
    check(n == 1 && got[0] == 'd', "bytes before C-a x delivered, none after");
    wr(IER, 0x01);
    check(console_idle(&con) == CONSOLE_IDLE_NONE, "after quit nothing to wait for");
    con_done();
}

static void test_console_idle(void)
{
    char got[32];
    con_fresh("console_idle", true);
    check(console_idle(&con) == CONSOLE_IDLE_NONE, "receive interrupt off: NONE");
    wr(IER, 0x01);
    check(console_idle(&con) == CONSOLE_IDLE_INPUT, "receive interrupt on, input open: INPUT");
    check(!console_wait_input(&con, 20), "wait times out with nothing typed");
    feed("k", 1);
    check(console_wait_input(&con, 1000), "wait returns when input arrives");
    tick();
    check(drain(got, sizeof(got)) == 1 && got[0] == 'k', "the byte arrives at the tick");

    wr(FCR, 0x81);                                /* trigger 8: one byte waits for a timeout */
    feed("t", 1);
    tick();
    int ticks = 0;
    while (console_idle(&con) == CONSOLE_IDLE_TICK && ticks < 5) {
        tick();
        ticks++;
    }
    check(ticks == 2, "timeout due: TICK until it is raised (%d ticks)", ticks);
    expect_eq(rd(IIR), 0xcc, "the timeout came by ticking alone");
    check(console_idle(&con) == CONSOLE_IDLE_INPUT, "timeout indicated: INPUT again");
    drain(got, sizeof(got));

    wr(FCR, 0x01);
    char many[20];
    memset(many, 'm', sizeof(many));
    feed(many, sizeof(many));
    tick();
    check(con.held_count == 4, "4 bytes held while the FIFO is full (%u)", con.held_count);
    check(console_idle(&con) == CONSOLE_IDLE_NONE, "held bytes, FIFO full: NONE");
    rd(RBR);
    check(console_idle(&con) == CONSOLE_IDLE_TICK, "held bytes and room: TICK");
    drain(got, sizeof(got));
    tick();
    drain(got, sizeof(got));
    check(con.held_count == 0 && console_idle(&con) == CONSOLE_IDLE_INPUT,
          "all delivered: INPUT again");
    wr(MCR, 0x10);
    check(console_idle(&con) == CONSOLE_IDLE_NONE, "loopback: host input cannot arrive");
    wr(MCR, 0x00);

    close(in_pipe[1]);
    in_pipe[1] = -1;
    tick();
    check(!con.input_open, "end of file closes the input");
    check(console_idle(&con) == CONSOLE_IDLE_NONE, "at end of file: NONE");
    check(!console_wait_input(&con, -1), "no waiting at end of file");
    con_done();

    fresh("console_no_input");
    char err[64];
    check(console_init(&con, &uart, -1, err, sizeof(err)), "console without input");
    wr(IER, 0x01);
    tick();
    check(console_idle(&con) == CONSOLE_IDLE_NONE, "no input: NONE");
    check(!console_wait_input(&con, -1), "no input: no waiting");
    console_restore(&con);
}

/* Output goes through stdio and reaches the host once per tick. */
static void test_console_output(void)
{
    current = "console_output";
    int p[2];
    check(pipe(p) == 0, "pipe");
    FILE *f = fdopen(p[1], "w");
    setvbuf(f, NULL, _IOFBF, 4096);
    struct uart u;
    struct console c;
    char err[64];
    uart_init(&u, f);
    check(console_init(&c, &u, -1, err, sizeof(err)), "console_init");
    for (const char *s = "out\n"; *s; s++)
        u.dev.write(u.dev.opaque, THR, 1, (uint8_t)*s);
    struct pollfd pfd = {.fd = p[0], .events = POLLIN};
    check(poll(&pfd, 1, 0) == 0, "buffered until the tick");
    u.dev.tick(u.dev.opaque, 0);
    check(!u.wrote, "wrote cleared by the flush");
    char buf[16] = "";
    check(poll(&pfd, 1, 0) == 1 && read(p[0], buf, sizeof(buf)) == 4 &&
          memcmp(buf, "out\n", 4) == 0, "flushed at the tick");
    console_restore(&c);
    fclose(f);
    close(p[0]);
}

/* ------------------------------------------------------------------ 3. console, pty */
static bool is_raw(const struct termios *t)
{
    return !(t->c_lflag & (ICANON | ECHO | ISIG | IEXTEN)) && !(t->c_iflag & (ICRNL | IXON)) &&
           (t->c_oflag & OPOST) && (t->c_cflag & CSIZE) == CS8 && t->c_cc[VMIN] == 1 &&
           t->c_cc[VTIME] == 0;
}

static bool same_termios(const struct termios *a, const struct termios *b)
{
    return a->c_iflag == b->c_iflag && a->c_oflag == b->c_oflag && a->c_cflag == b->c_cflag &&
           a->c_lflag == b->c_lflag && memcmp(a->c_cc, b->c_cc, sizeof(a->c_cc)) == 0;
}

/* A pseudo-terminal: returns the master, the slave's name in name. */
static int open_pty(char *name, size_t len)
{
    int m = posix_openpt(O_RDWR | O_NOCTTY);
    if (m < 0 || grantpt(m) != 0 || unlockpt(m) != 0 || !ptsname(m)) {
        check(false, "cannot open a pseudo-terminal: %s", strerror(errno));
        return -1;
    }
    snprintf(name, len, "%s", ptsname(m));
    return m;
}

static void test_pty_raw_and_restore(void)
{
    current = "pty_restore";
    char name[64];
    int m = open_pty(name, sizeof(name));
    if (m < 0)
        return;
    int s = open(name, O_RDWR | O_NOCTTY);
    struct termios orig, now;
    check(s >= 0 && tcgetattr(s, &orig) == 0, "slave settings");
    check(orig.c_lflag & ICANON, "a new pty starts canonical");
    struct sigaction before, after;
    sigaction(SIGTERM, NULL, &before);

    fresh("pty_restore");
    wr(FCR, 0x01);
    char err[128] = "";
    check(console_init(&con, &uart, s, err, sizeof(err)), "console_init: %s", err);
    check(con.raw, "a terminal goes raw");
    check(tcgetattr(s, &now) == 0 && is_raw(&now), "raw settings while running");
    check(write(m, "hi\r\x03\x01x", 6) == 6, "type on the terminal");
    struct pollfd pfd = {.fd = s, .events = POLLIN};
    poll(&pfd, 1, 1000);
    tick();
    char got[16];
    size_t n = drain(got, sizeof(got));
    check(n == 4 && memcmp(got, "hi\r\x03", 4) == 0,
          "bytes unchanged: CR stays CR, Ctrl-C is a byte (%zu)", n);
    check(console_quit_requested(&con), "C-a x from the terminal");
    struct pollfd echo = {.fd = m, .events = POLLIN};
    check(poll(&echo, 1, 50) == 0, "nothing echoed");
    console_restore(&con);
    check(tcgetattr(s, &now) == 0 && same_termios(&now, &orig), "restored by console_restore");
    sigaction(SIGTERM, NULL, &after);
    check(after.sa_handler == before.sa_handler, "signal handlers removed");
    console_restore(&con);
    check(tcgetattr(s, &now) == 0 && same_termios(&now, &orig), "a second restore is harmless");
    close(s);
    close(m);
}

enum { CHILD_NOT_RAW = 90, CHILD_SURVIVED = 91 };

/* Wait up to `seconds` for child pid to end. One still running then, or stopped by a
 * job-control signal, is killed and false returned, so that a broken console makes the
 * test fail instead of hang. */
static bool wait_child(pid_t pid, int *status, int seconds)
{
    struct timespec step = {.tv_nsec = 10 * 1000 * 1000};
    for (int i = 0; i < seconds * 100; i++) {
        pid_t r = waitpid(pid, status, WNOHANG | WUNTRACED);
        if (r == pid && !WIFSTOPPED(*status))
            return true;
        if (r != 0)
            break;
        nanosleep(&step, NULL);
    }
    kill(pid, SIGKILL);
    waitpid(pid, status, 0);
    return false;
}

static void act_exit(void) { exit(0); }
static void act_sigint(void) { raise(SIGINT); }
static void act_abort(void) { abort(); }
/* A real fault: a store to a read-only mapping (a null store would be caught first by
 * UBSan in sanitized builds, which exits without a signal). */
static void act_segv(void)
{
    int fd = open("/dev/zero", O_RDONLY);
    volatile int *p = mmap(NULL, 4096, PROT_READ, MAP_PRIVATE, fd, 0);
    if (p != MAP_FAILED)
        *p = 1;
}
static void act_wait(void) { for (;;) pause(); }

/* Fork a child that opens the slave, starts a console on it (raw mode), tells the parent
 * through a pipe, and runs act; the parent sends `sig` if nonzero. Then the slave's
 * settings must be the original ones, and the child must have ended as expected:
 * by want_sig, or (want_sig == 0) with exit status 0. */
static void run_child(const char *name, const char *slave, const struct termios *orig,
                      void (*act)(void), int sig, int want_sig)
{
    current = name;
    int sync[2];
    check(pipe(sync) == 0, "pipe");
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0) {
        static const int reset[] = {SIGINT, SIGTERM, SIGHUP, SIGSEGV, SIGABRT};
        for (size_t i = 0; i < sizeof(reset) / sizeof(reset[0]); i++)
            signal(reset[i], SIG_DFL);
        int s = open(slave, O_RDWR | O_NOCTTY);
        struct uart u;
        struct console c;
        struct termios t;
        char err[128];
        uart_init(&u, fopen("/dev/null", "w"));
        if (s < 0 || !console_init(&c, &u, s, err, sizeof(err)) || !c.raw ||
            tcgetattr(s, &t) != 0 || !is_raw(&t))
            _exit(CHILD_NOT_RAW);
        if (write(sync[1], "r", 1) != 1)
            _exit(CHILD_NOT_RAW);
        act();
        _exit(CHILD_SURVIVED);
    }
    close(sync[1]);
    char r;
    bool ready = read(sync[0], &r, 1) == 1;
    close(sync[0]);
    if (ready && sig)
        kill(pid, sig);
    int status;
    check(wait_child(pid, &status, 10), "child hung or stopped");
    check(ready, "child never reached raw mode (status 0x%x)", status);
    if (want_sig == SIGSEGV) {
        /* Under AddressSanitizer its own handler (which the console chains to) reports
         * the fault and exits with status 1 instead. */
        check(WIFSIGNALED(status) ? WTERMSIG(status) == SIGSEGV
                                  : WIFEXITED(status) && WEXITSTATUS(status) == 1,
              "child status 0x%x, want death by SIGSEGV", status);
    } else if (want_sig) {
        check(WIFSIGNALED(status) && WTERMSIG(status) == want_sig,
              "child status 0x%x, want death by signal %d", status, want_sig);
    } else {
        check(WIFEXITED(status) && WEXITSTATUS(status) == 0, "child status 0x%x, want exit 0",
              status);
    }
    struct termios now;
    int s = open(slave, O_RDWR | O_NOCTTY);
    check(s >= 0 && tcgetattr(s, &now) == 0 && same_termios(&now, orig),
          "terminal settings not restored");
    if (s >= 0)
        close(s);
}

static void test_pty_exit_paths(void)
{
    current = "pty_exit_paths";
    char slave[64];
    int m = open_pty(slave, sizeof(slave));
    if (m < 0)
        return;
    int keep = open(slave, O_RDWR | O_NOCTTY);   /* keeps the slave's settings alive */
    struct termios orig;
    check(keep >= 0 && tcgetattr(keep, &orig) == 0, "slave settings");
    run_child("pty_exit", slave, &orig, act_exit, 0, 0);
    run_child("pty_sigint", slave, &orig, act_sigint, 0, SIGINT);
    run_child("pty_sigterm", slave, &orig, act_wait, SIGTERM, SIGTERM);
    run_child("pty_sighup", slave, &orig, act_wait, SIGHUP, SIGHUP);
    run_child("pty_abort", slave, &orig, act_abort, 0, SIGABRT);
    run_child("pty_segv", slave, &orig, act_segv, 0, SIGSEGV);
    close(keep);
    close(m);
}

/* With the pty as controlling terminal: in the foreground the console goes raw and
 * Ctrl-C reaches the guest instead of raising SIGINT; a background job neither changes
 * the settings nor reads the terminal. Runs in a child that becomes a session leader. */
static int job_control_child(int m, const char *slave)
{
    if (setsid() < 0)
        return 10;
    int s = open(slave, O_RDWR);                /* becomes the controlling terminal */
    struct termios orig, t;
    if (s < 0 || tcgetattr(s, &orig) != 0)
        return 11;
    signal(SIGINT, SIG_DFL);
    struct uart u;
    struct console c;
    char err[128];
    uart_init(&u, fopen("/dev/null", "w"));
    if (!console_init(&c, &u, s, err, sizeof(err)) || !c.raw || tcgetattr(s, &t) != 0 ||
        !is_raw(&t))
        return 12;
    if (write(m, "\x03", 1) != 1)
        return 13;
    struct pollfd pfd = {.fd = s, .events = POLLIN};
    poll(&pfd, 1, 1000);
    u.dev.tick(u.dev.opaque, 0);
    uint64_t v = 0;
    u.dev.read(u.dev.opaque, RBR, 1, &v);
    if (v != 3)
        return 14;                              /* (with ISIG on, SIGINT would have killed us) */
    console_restore(&c);
    if (tcgetattr(s, &t) != 0 || !same_termios(&t, &orig))
        return 15;

    pid_t pid = fork();
    if (pid == 0) {
        setpgid(0, 0);                          /* a job that is not in the foreground */
        uart_init(&u, fopen("/dev/null", "w"));
        if (!console_init(&c, &u, s, err, sizeof(err)) || c.raw || c.input_open)
            _exit(16);
        u.dev.tick(u.dev.opaque, 0);            /* must not read (SIGTTIN would stop us) */
        _exit(0);
    }
    int status;
    if (!wait_child(pid, &status, 10) || !WIFEXITED(status))
        return 17;
    if (WEXITSTATUS(status))
        return WEXITSTATUS(status);
    if (tcgetattr(s, &t) != 0 || !same_termios(&t, &orig))
        return 18;
    return 0;
}

static void test_pty_job_control(void)
{
    current = "pty_job_control";
    char slave[64];
    int m = open_pty(slave, sizeof(slave));
    if (m < 0)
        return;
    fflush(stdout);
    pid_t pid = fork();
    if (pid == 0)
        _exit(job_control_child(m, slave));
    int status;
    check(wait_child(pid, &status, 20), "job-control child hung");
    check(WIFEXITED(status) && WEXITSTATUS(status) == 0,
          "child status 0x%x (exit code = the step that failed, see job_control_child)",
          status);
    close(m);
}

int main(void)
{
    test_reset_values();
    test_access_sizes();
    test_dlab();
    test_transmit();
    test_receive_no_fifo();
    test_receive_fifo();
    test_rx_interrupts();
    test_thr_interrupt();
    test_line_status();
    test_loopback_and_modem();
    test_irq_output();
    test_reset();
    test_console_input();
    test_console_escapes();
    test_console_idle();
    test_console_output();
    test_pty_raw_and_restore();
    test_pty_exit_paths();
    test_pty_job_control();
    printf("%lu passed, %lu failed\n", n_pass, n_fail);
    return n_fail ? 1 : 0;
}
