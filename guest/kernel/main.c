/*
 * main: the kernel proper starts here, in S-mode with paging off, on every hart
 * (start.c put us here with mret). Hart 0 sets up the machine - memory, the kernel
 * page table, processes, traps, devices, the file system's caches and the first
 * process - while the other harts wait; then each hart turns on paging with the
 * kernel page table, enables its interrupts and enters its scheduler loop.
 *
 * RAM size and the timer frequency come from the device tree the board passed
 * (fdt.c); without one we assume 128 MiB of RAM and a 10 MHz timer.
 */
#include "buddy.h"
#include "buf.h"
#include "console.h"
#include "disk.h"
#include "fdt.h"
#include "fs.h"
#include "kernel.h"
#include "kmalloc.h"
#include "memlayout.h"
#include "proc.h"
#include "sched.h"
#include "trap.h"
#include "vm.h"

uint64_t ram_end;
static volatile int boot_done;      /* hart 0 finished the machine-wide set-up */

/* Hart 0's set-up of everything shared, in dependency order. */
static void boot_machine(void)
{
    uart_init();
    console_init();
    kprintf("\nrvscope teaching kernel: booting\n");

    struct board_info board = { RAM_BASE, RAM_DEFAULT_SIZE, 10000000 };
    if (fdt_read_board(boot_dtb, &board) != 0)
        kprintf("no device tree: assuming %lu MiB of RAM\n", RAM_DEFAULT_SIZE >> 20);
    if (board.ram_base != RAM_BASE || board.ram_size < (8ull << 20))
        panic("unexpected RAM at %p size %lu", (void *)board.ram_base, board.ram_size);
    ram_end = board.ram_base + board.ram_size;

    buddy_init((uint64_t)kernel_end, ram_end);
    kmalloc_init();
    kvm_init();
    kvm_install();
    proc_init();
    trap_init_hart();
    timer_init(board.timebase_hz);
    plic_init();
    plic_init_hart();
    bcache_init();
    inode_cache_init();
    disk_init();
    proc_spawn_init();
    kprintf("memory: %lu MiB, %lu pages free; timer %lu Hz\n", board.ram_size >> 20,
            free_page_count(), board.timebase_hz);
}

/* Entered from machine_start() on every hart, in S-mode with paging off.
 * Never returns: ends in this hart's scheduler loop. */
void main(void)
{
    if (cpu_id() == 0) {
        boot_machine();
        __sync_synchronize();
        boot_done = 1;
    } else {
        while (!boot_done)
            ;
        __sync_synchronize();
        kvm_install();
        trap_init_hart();
        plic_init_hart();
    }
    kprintf("hart %d: running\n", cpu_id());
    timer_init_hart();
    scheduler();
}
