/*
 * The console: the 16550 UART driver (uart.c) and the terminal line discipline on
 * top of it (console.c), which is the device file DEV_CONSOLE.
 */
#ifndef KERNEL_CONSOLE_H
#define KERNEL_CONSOLE_H

/* uart.c */
void uart_init(void);
void uart_putc_sync(int c);
void uart_putc(int c);
void uart_interrupt(void);
void uart_rx_resume(void);

/* console.c */
void console_init(void);
void console_input(int c);
int console_has_room(void);

#endif
