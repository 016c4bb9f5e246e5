/*
 * stressfs: several processes write files in the same directory at once, then each
 * reads its file back and checks every byte, then deletes it.
 */
#include "user.h"

#define PROCS 4
#define SIZE (48 * 1024)
#define CHUNK 512

static char buf[CHUNK];

static int worker(int id)
{
    char name[16];
    snprintf(name, sizeof name, "stressfs%d", id);
    int fd = open(name, O_CREATE | O_RDWR | O_TRUNC);
    if (fd < 0)
        return 1;
    for (int off = 0; off < SIZE; off += CHUNK) {
        for (int i = 0; i < CHUNK; i++)
            buf[i] = (char)('a' + (id + off / CHUNK + i) % 26);
        if (write(fd, buf, CHUNK) != CHUNK)
            return 2;
    }
    close(fd);
    fd = open(name, O_RDONLY);
    if (fd < 0)
        return 3;
    for (int off = 0; off < SIZE; off += CHUNK) {
        if (read(fd, buf, CHUNK) != CHUNK)
            return 4;
        for (int i = 0; i < CHUNK; i++)
            if (buf[i] != (char)('a' + (id + off / CHUNK + i) % 26))
                return 5;
    }
    close(fd);
    return unlink(name) == 0 ? 0 : 6;
}

int main(void)
{
    printf("stressfs: starting %d writers\n", PROCS);
    for (int id = 0; id < PROCS; id++) {
        int pid = fork();
        if (pid < 0) {
            printf("stressfs: FAILED: fork\n");
            return 1;
        }
        if (pid == 0)
            exit(worker(id));
    }
    int bad = 0;
    for (int id = 0; id < PROCS; id++) {
        int status = -1;
        wait(&status);
        if (status != 0) {
            printf("stressfs: a writer failed (step %d)\n", status);
            bad++;
        }
    }
    if (bad) {
        printf("stressfs: FAILED\n");
        return 1;
    }
    printf("stressfs: OK\n");
    return 0;
}
