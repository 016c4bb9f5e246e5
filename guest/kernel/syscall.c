/*
 * System-call dispatch. The user stub puts the call number in a7 and arguments in
 * a0..a5 and executes ecall; user_trap() calls syscall(), which looks the number
 * up in syscall_table and stores the handler's result in a0 (-1 for an unknown
 * number). The table is generated from syscalls.def, the one list of system calls
 * shared with the user library and rvscope's debugger.
 */
#include "syscall.h"
#include "kernel.h"
#include "proc.h"
#include "vm.h"

static int64_t (*const syscall_table[])(void) = {
#define SYSCALL(num, name, handler, args) [num] = handler,
#include "syscalls.def"
#undef SYSCALL
};

/* Handle the system call in the current process's trapframe. */
void syscall(void)
{
    struct proc *p = current_proc();
    uint64_t num = p->trapframe->regs[REG_A7];
    if (num < ARRAY_SIZE(syscall_table) && syscall_table[num]) {
        p->trapframe->regs[REG_A0] = (uint64_t)syscall_table[num]();
    } else {
        kprintf("pid %d (%s): unknown system call %lu\n", p->pid, p->name, num);
        p->trapframe->regs[REG_A0] = (uint64_t)-1;
    }
}

/* Register a<n> of the system call, as saved in the trapframe. */
static uint64_t arg_raw(int n)
{
    KASSERT(n >= 0 && n <= 5);
    return current_proc()->trapframe->regs[REG_A0 + n];
}

/* Argument n as an int (the ABI passes ints sign-extended in 64-bit registers). */
int arg_int(int n)
{
    return (int)arg_raw(n);
}

/* Argument n as a user address. Not checked here: the copy functions check every
 * access (usercopy.c). */
uint64_t arg_addr(int n)
{
    return arg_raw(n);
}

/* Copy argument n, a user string, into buf (max bytes with the NUL). Returns its
 * length, or -1 if the pointer is bad or the string too long. */
int arg_string(int n, char *buf, int max)
{
    return copy_string_from_user(buf, arg_addr(n), (uint64_t)max);
}
