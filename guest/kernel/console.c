/*
 * The console: the terminal line discipline between the UART and the device file
 * DEV_CONSOLE. Input is collected a line at a time with editing:
 *   backspace (^H or DEL) erases a character, ^U erases the line,
 *   ^D ends input (read returns what is there, or 0 at the start of a line),
 *   ^P lists the processes (handy when something hangs).
 * Characters are echoed as they arrive. read() returns at most one line.
 *
 * Flow control: when the input buffer is full, the UART driver stops taking
 * bytes (they wait in the UART, and the sender is held back) until a read makes
 * room, so piped-in input is never dropped.
 */
#include "console.h"
#include "file.h"
#include "kernel.h"
#include "proc.h"
#include "sched.h"
#include "spinlock.h"
#include "vm.h"

#define CTRL(c) ((c) - '@')
#define BACKSPACE 0x100             /* console_echo: erase one character */
#define INPUT_SIZE 256

static struct {
    struct spinlock lock;
    char buf[INPUT_SIZE];
    uint32_t r;                     /* next byte read() takes */
    uint32_t w;                     /* end of the lines ready for read() */
    uint32_t e;                     /* end of the line being edited */
} cons;

/* Echo c to the screen (BACKSPACE erases the last character). */
static void console_echo(int c)
{
    if (c == BACKSPACE) {
        uart_putc_sync('\b');
        uart_putc_sync(' ');
        uart_putc_sync('\b');
    } else {
        uart_putc_sync(c);
    }
}

/* Is there room for another input byte? The UART driver asks before taking one. */
int console_has_room(void)
{
    spin_lock(&cons.lock);
    int room = cons.e - cons.r < INPUT_SIZE;
    spin_unlock(&cons.lock);
    return room;
}

/* One byte of input from the UART interrupt: edit the line, echo, and wake readers
 * when a line is complete. */
void console_input(int c)
{
    spin_lock(&cons.lock);
    switch (c) {
    case CTRL('P'):
        proc_dump();
        break;
    case CTRL('U'):
        while (cons.e != cons.w && cons.buf[(cons.e - 1) % INPUT_SIZE] != '\n') {
            cons.e--;
            console_echo(BACKSPACE);
        }
        break;
    case CTRL('H'):
    case 0x7f:
        if (cons.e != cons.w) {
            cons.e--;
            console_echo(BACKSPACE);
        }
        break;
    default:
        if (c == 0 || cons.e - cons.r >= INPUT_SIZE)
            break;
        if (c == '\r')
            c = '\n';
        if (c != CTRL('D'))
            console_echo(c);
        cons.buf[cons.e++ % INPUT_SIZE] = (char)c;
        if (c == '\n' || c == CTRL('D') || cons.e - cons.r == INPUT_SIZE) {
            cons.w = cons.e;        /* a line (or a full buffer) is ready */
            wakeup(&cons.r);
        }
        break;
    }
    spin_unlock(&cons.lock);
}

/* read() on the console: wait for a line, copy up to n bytes of it to user memory.
 * Returns the count, 0 at end of input (^D), -1 if killed or the buffer is bad. */
static int console_read(uint64_t user_dst, int n)
{
    struct proc *p = current_proc();
    int done = 0;
    spin_lock(&cons.lock);
    while (done < n) {
        while (cons.r == cons.w) {
            if (proc_killed(p)) {
                spin_unlock(&cons.lock);
                return -1;
            }
            sleep(&cons.r, &cons.lock);
        }
        char c = cons.buf[cons.r++ % INPUT_SIZE];
        if (c == CTRL('D')) {
            if (done > 0)
                cons.r--;           /* keep ^D: the next read returns 0 */
            break;
        }
        if (copy_to_user(user_dst + (uint64_t)done, &c, 1) != 0) {
            cons.r--;
            if (done == 0)
                done = -1;
            break;
        }
        done++;
        if (c == '\n')
            break;
    }
    spin_unlock(&cons.lock);
    uart_rx_resume();               /* there is room again */
    return done;
}

/* write() on the console: n bytes from user memory to the UART. Returns the count,
 * or -1 if the buffer is bad before anything was written. */
static int console_write(uint64_t user_src, int n)
{
    int done = 0;
    while (done < n) {
        char chunk[64];
        int len = MIN(n - done, (int)sizeof chunk);
        if (copy_from_user(chunk, user_src + (uint64_t)done, (uint64_t)len) != 0)
            return done > 0 ? done : -1;
        for (int i = 0; i < len; i++)
            uart_putc(chunk[i]);
        done += len;
    }
    return done;
}

/* Register the console as device DEV_CONSOLE. */
void console_init(void)
{
    spin_init(&cons.lock, "console");
    devsw[DEV_CONSOLE].read = console_read;
    devsw[DEV_CONSOLE].write = console_write;
}
