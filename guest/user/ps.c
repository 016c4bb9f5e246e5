/* ps: list the processes (procinfo system call). */
#include "user.h"

#define MAXPROCS 128

static struct procinfo table[MAXPROCS];

static const char *state_name(int s)
{
    static const char *names[] = { "unused", "used", "sleep", "runble", "run", "zombie" };
    return s >= 0 && s <= PI_ZOMBIE ? names[s] : "?";
}

int main(void)
{
    int n = procinfo(table, MAXPROCS);
    if (n < 0) {
        fprintf(2, "ps: procinfo failed\n");
        return 1;
    }
    printf("PID  PPID STATE   SIZE     NAME\n");
    for (int i = 0; i < n; i++) {
        struct procinfo *p = &table[i];
        printf("%-4d %-4d %-7s %-8lu %s%s\n", p->pid, p->ppid, state_name(p->state),
               (unsigned long)p->size, p->name, p->killed ? " (killed)" : "");
    }
    return 0;
}
