/*
 * init: the first process (pid 1), started by the kernel from /init. It makes the
 * console file descriptors 0, 1 and 2, then runs /sh forever: whenever the shell exits,
 * a new one starts. Every orphaned process is re-parented to init, so init also waits
 * for -- reaps -- them.
 */
#include "user.h"

static char *sh_argv[] = { "sh", NULL };

static void open_console(void)
{
    if (open("console", O_RDWR) < 0) {
        mknod("console", DEV_CONSOLE, 0);
        if (open("console", O_RDWR) < 0)
            exit(1);        /* nobody to tell */
    }
    dup(0);     /* standard output */
    dup(0);     /* standard error */
}

int main(void)
{
    open_console();
    for (;;) {
        printf("init: starting sh\n");
        int pid = fork();
        if (pid < 0) {
            printf("init: fork failed\n");
            sleep(100);
            continue;
        }
        if (pid == 0) {
            exec("/sh", sh_argv);
            printf("init: cannot run /sh\n");
            exit(1);
        }
        /* Reap orphans until the shell itself is the one that exits. */
        int w;
        while ((w = wait(NULL)) != pid) {
            if (w < 0) {
                printf("init: wait failed\n");
                break;
            }
        }
    }
}
