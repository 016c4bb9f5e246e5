/*
 * Whole-image file I/O for mkfs and fsck. Images are small (tens of MiB), so they are
 * read and written in one piece.
 */
#include "fsimage.h"

#include <errno.h>
#include <stdlib.h>
#include <string.h>

/* Refuse anything larger than the format can address (uint32 block numbers). */
#define FSIMAGE_MAX_BYTES ((uint64_t)UINT32_MAX * BSIZE)

int fsimage_load(struct fsimage *img, const char *prog, const char *path)
{
    memset(img, 0, sizeof *img);
    FILE *f = fopen(path, "rb");
    if (!f) {
        fprintf(stderr, "%s: %s: cannot open: %s\n", prog, path, strerror(errno));
        return -1;
    }
    size_t cap = 1 << 20, len = 0;
    uint8_t *buf = malloc(cap);
    for (;;) {
        if (!buf) {
            fprintf(stderr, "%s: %s: out of memory reading the image\n", prog, path);
            fclose(f);
            return -1;
        }
        len += fread(buf + len, 1, cap - len, f);
        if (len < cap)
            break;
        if ((uint64_t)cap * 2 > FSIMAGE_MAX_BYTES) {
            fprintf(stderr, "%s: %s: larger than any image of this format\n", prog, path);
            free(buf);
            fclose(f);
            return -1;
        }
        cap *= 2;
        uint8_t *bigger = realloc(buf, cap);
        if (!bigger)
            free(buf);
        buf = bigger;
    }
    if (ferror(f)) {
        fprintf(stderr, "%s: %s: read error: %s\n", prog, path, strerror(errno));
        free(buf);
        fclose(f);
        return -1;
    }
    fclose(f);
    img->data = buf;
    img->nbytes = len;
    return 0;
}

int fsimage_save(const struct fsimage *img, const char *prog, const char *path)
{
    FILE *f = fopen(path, "wb");
    if (!f) {
        fprintf(stderr, "%s: %s: cannot create: %s\n", prog, path, strerror(errno));
        return -1;
    }
    size_t n = fwrite(img->data, 1, img->nbytes, f);
    int bad = n != img->nbytes || fflush(f) != 0;
    if (fclose(f) != 0)
        bad = 1;
    if (bad) {
        fprintf(stderr, "%s: %s: write error: %s\n", prog, path, strerror(errno));
        return -1;
    }
    return 0;
}

void fsimage_free(struct fsimage *img)
{
    free(img->data);
    memset(img, 0, sizeof *img);
}
