# uart_echo.S: waits in WFI for UART receive interrupts (PLIC source 10, M-mode
# context), echoes each received byte as "<byte>", and passes on 'q'.
#include "isa.h"
#define PLIC_BASE 0x0c000000
TEST_START
    TIMER_OFF
    li s0, UART_BASE
    li t0, PLIC_BASE + 40; li t1, 1; sw t1, 0(t0)
    li t0, PLIC_BASE + 0x2000; li t1, 1 << 10; sw t1, 0(t0)
    li t0, 0x81; sb t0, 2(s0)          # FIFO, trigger 8: single keys need the timeout
    li t0, 0x01; sb t0, 1(s0)
    li t0, MIP_MEIP; csrw mie, t0
    li s1, PLIC_BASE + 0x200004
1:  wfi
    csrr t0, mip
    li t1, MIP_MEIP
    and t0, t0, t1
    beqz t0, 1b
    lw s2, 0(s1)                       # claim
2:  lbu t0, 5(s0)
    andi t0, t0, 1
    beqz t0, 3f
    lbu s3, 0(s0)
    li a0, '<'; call isa_putchar
    mv a0, s3; call isa_putchar
    li a0, '>'; call isa_putchar
    li t0, 'q'
    beq s3, t0, 4f
    j 2b
3:  sw s2, 0(s1)                       # complete
    j 1b
4:  li a0, 10; call isa_putchar
    PASS
TEST_END
