/* wc [FILE...]: count lines, words and bytes. */
#include "user.h"

static char buf[1024];

static int count(int fd, const char *name, int total[3])
{
    int lines = 0, words = 0, bytes = 0, inword = 0, n;
    while ((n = read(fd, buf, sizeof buf)) > 0) {
        for (int i = 0; i < n; i++) {
            char c = buf[i];
            bytes++;
            if (c == '\n')
                lines++;
            if (c == ' ' || c == '\n' || c == '\t' || c == '\r' || c == '\v') {
                inword = 0;
            } else if (!inword) {
                inword = 1;
                words++;
            }
        }
    }
    if (n < 0) {
        fprintf(2, "wc: %s: read error\n", name);
        return -1;
    }
    printf("%d %d %d %s\n", lines, words, bytes, name);
    total[0] += lines, total[1] += words, total[2] += bytes;
    return 0;
}

int main(int argc, char **argv)
{
    int total[3] = { 0, 0, 0 }, status = 0;
    if (argc < 2)
        return count(0, "", total) < 0;
    for (int i = 1; i < argc; i++) {
        int fd = open(argv[i], O_RDONLY);
        if (fd < 0) {
            fprintf(2, "wc: %s: cannot open\n", argv[i]);
            status = 1;
            continue;
        }
        if (count(fd, argv[i], total) < 0)
            status = 1;
        close(fd);
    }
    if (argc > 2)
        printf("%d %d %d total\n", total[0], total[1], total[2]);
    return status;
}
