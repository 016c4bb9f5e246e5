/*
 * fsck: check a file-system image of the bundled kernel (see check.c for what).
 *
 *   fsck [-q] IMAGE
 *
 * Exit status: 0 consistent; 1 corrupt; 2 not readable as an image of this format;
 * 3 needs recovery (a committed transaction waits in the log; the image is consistent
 * once it is installed). Warnings (orphaned inodes) do not change the status.
 */
#include "fsimage.h"

#include <string.h>

int main(int argc, char **argv)
{
    const char *prog = "fsck";
    int quiet = 0, i = 1;
    if (i < argc && !strcmp(argv[i], "-q")) {
        quiet = 1;
        i++;
    }
    if (i != argc - 1 || argv[i][0] == '-') {
        fprintf(stderr, "usage: %s [-q] IMAGE\n"
                "  checks IMAGE; exit 0 clean, 1 corrupt, 2 unreadable, 3 needs recovery\n",
                prog);
        return 2;
    }
    const char *path = argv[i];
    struct fsimage img;
    if (fsimage_load(&img, prog, path) < 0)
        return 2;
    struct fsck_report rep;
    enum fsck_result r = fsck_check(&img, path, stdout, &rep);
    fsimage_free(&img);
    switch (r) {
    case FSCK_BAD_INPUT:
        break;
    case FSCK_CORRUPT:
        printf("%s: CORRUPT: %u problem%s\n", path, rep.errors, rep.errors == 1 ? "" : "s");
        break;
    case FSCK_CLEAN:
    case FSCK_NEEDS_RECOVERY:
        if (!quiet)
            printf("%s: %s: %u inodes (%u directories, %u files, %u symlinks, %u devices), "
                   "%u blocks in use%s\n", path,
                   r == FSCK_CLEAN ? "clean" : "consistent after recovery", rep.inodes_used,
                   rep.dirs, rep.files, rep.symlinks, rep.devices, rep.blocks_used,
                   rep.warnings ? " (see warnings)" : "");
        break;
    }
    return (int)r;
}
