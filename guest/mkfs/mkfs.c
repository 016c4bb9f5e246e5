/*
 * mkfs: build a file-system image for the bundled kernel.
 *
 *   mkfs [-b BLOCKS] [-i INODES] IMAGE [FILE...]
 *
 * Each FILE is copied into "/" under its base name (at most DIRSIZ characters). The
 * layout (fs_format.h) is: boot block, superblock, log, inodes, bitmap, data.
 */
#include "fsimage.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

static const char *prog = "mkfs";

static void usage(void)
{
    fprintf(stderr,
            "usage: %s [-b BLOCKS] [-i INODES] IMAGE [FILE...]\n"
            "  builds IMAGE (%d-byte blocks) with each FILE in / under its base name\n"
            "  -b BLOCKS  size of the image in blocks (default %d)\n"
            "  -i INODES  number of inodes (default %d)\n",
            prog, BSIZE, FSB_DEFAULT_BLOCKS, FSB_DEFAULT_INODES);
}

/* A positive decimal count, or exit with a message naming the option. */
static uint32_t parse_count(const char *opt, const char *s)
{
    char *end;
    errno = 0;
    unsigned long long v = s ? strtoull(s, &end, 10) : 0;
    if (!s || *s == '-' || *s == 0 || *end != 0 || errno || v == 0 || v > UINT32_MAX) {
        fprintf(stderr, "%s: %s: expected a positive number, got \"%s\"\n", prog, opt,
                s ? s : "");
        exit(2);
    }
    return (uint32_t)v;
}

static const char *base_name(const char *path)
{
    const char *slash = strrchr(path, '/');
    return slash ? slash + 1 : path;
}

int main(int argc, char **argv)
{
    struct fsb_layout lay = { FSB_DEFAULT_BLOCKS, FSB_DEFAULT_INODES, FSB_DEFAULT_NLOG };
    int i = 1;
    for (; i < argc && argv[i][0] == '-'; i++) {
        if (!strcmp(argv[i], "-b")) {
            lay.nblocks_total = parse_count("-b", argv[++i]);
        } else if (!strcmp(argv[i], "-i")) {
            lay.ninodes = parse_count("-i", argv[++i]);
        } else if (!strcmp(argv[i], "-h") || !strcmp(argv[i], "--help")) {
            usage();
            return 0;
        } else {
            fprintf(stderr, "%s: unknown option \"%s\"\n", prog, argv[i]);
            usage();
            return 2;
        }
    }
    if (i >= argc) {
        usage();
        return 2;
    }
    const char *out = argv[i++];

    struct fsimage img;
    char err[256];
    if (fsb_format(&img, &lay, err, sizeof err) < 0) {
        fprintf(stderr, "%s: %s: %s\n", prog, out, err);
        return 2;
    }
    for (; i < argc; i++) {
        struct fsimage file;
        if (fsimage_load(&file, prog, argv[i]) < 0) {
            fsimage_free(&img);
            return 2;
        }
        uint32_t inum = fsb_addfile(&img, ROOTINO, base_name(argv[i]), file.data, file.nbytes,
                                    err, sizeof err);
        fsimage_free(&file);
        if (!inum) {
            fprintf(stderr, "%s: %s: %s\n", prog, argv[i], err);
            fsimage_free(&img);
            return 2;
        }
    }
    int rc = fsimage_save(&img, prog, out) < 0 ? 2 : 0;
    fsimage_free(&img);
    return rc;
}
