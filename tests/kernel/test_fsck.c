/*
 * Unit tests of fsck's checker (guest/mkfs/check.c): build a small image in memory with
 * mkfs's builder, break one thing on purpose, and check that fsck_check gives the right
 * verdict and names the problem.
 *
 *   test_fsck          run every case
 *   test_fsck NAME     run one
 */
#define _GNU_SOURCE 1   /* open_memstream is POSIX 2008; glibc wants a feature macro */
#include "fsimage.h"

#include <stdlib.h>
#include <string.h>

/* What the fixture image holds (numbers filled in by build_fixture). */
struct fixture {
    struct fsimage img;
    uint32_t dir_a, dir_b;      /* /a and /a/b */
    uint32_t small, other;      /* /small (3 blocks), /a/other (1 block) */
    uint32_t big;               /* /big: into the double-indirect blocks */
    uint32_t link;              /* /a/link -> /small */
};

static struct dinode *ino(struct fsimage *img, uint32_t inum)
{
    return (struct dinode *)fsimage_block(img, IBLOCK(inum, img->sb)) + inum % IPB;
}

/* Directory entry number k of directory dir (in its first block). */
static struct dirent *dent(struct fsimage *img, uint32_t dir, int k)
{
    return (struct dirent *)fsimage_block(img, ino(img, dir)->addrs[0]) + k;
}

static void bit(struct fsimage *img, uint32_t b, int on)
{
    uint8_t *byte = fsimage_block(img, BBLOCK(b, img->sb)) + (b % BPB) / 8;
    if (on)
        *byte |= (uint8_t)(1u << (b % 8));
    else
        *byte &= (uint8_t)~(1u << (b % 8));
}

/* A free data block: the last block of the image. */
static uint32_t free_block(struct fsimage *img)
{
    return img->sb.size - 1;
}

static struct logheader *loghdr(struct fsimage *img)
{
    return (struct logheader *)fsimage_block(img, img->sb.logstart);
}

static void must(uint32_t v, const char *what, const char *err)
{
    if (!v) {
        fprintf(stderr, "test_fsck: building the fixture: %s: %s\n", what, err);
        exit(1);
    }
}

static void build_fixture(struct fixture *fx)
{
    struct fsb_layout lay = { 12000, 200, LOGSIZE + 1 };
    char err[256];
    memset(fx, 0, sizeof *fx);
    if (fsb_format(&fx->img, &lay, err, sizeof err) < 0)
        must(0, "format", err);
    struct fsimage *img = &fx->img;
    static char bytes[(NDIRECT + NINDIRECT + 40) * BSIZE];
    for (size_t i = 0; i < sizeof bytes; i++)
        bytes[i] = (char)(i * 7 + 3);
    must(fx->dir_a = fsb_mkdir(img, ROOTINO, "a", err, sizeof err), "mkdir a", err);
    must(fx->dir_b = fsb_mkdir(img, fx->dir_a, "b", err, sizeof err), "mkdir b", err);
    must(fx->small = fsb_addfile(img, ROOTINO, "small", bytes, 3 * BSIZE - 10, err, sizeof err),
         "small", err);
    must(fx->other = fsb_addfile(img, fx->dir_a, "other", bytes, 100, err, sizeof err),
         "other", err);
    must(fx->big = fsb_addfile(img, ROOTINO, "big", bytes, sizeof bytes, err, sizeof err),
         "big", err);
    must(fx->link = fsb_symlink(img, fx->dir_a, "link", "/small", err, sizeof err), "link", err);
    must(fsb_addfile(img, fx->dir_b, "empty", "", 0, err, sizeof err), "empty", err);
}

/* ---- the cases: each breaks the fixture one way ---------------------------------- */

static void c_clean(struct fixture *fx) { (void)fx; }
static void c_magic(struct fixture *fx) { ((struct superblock *)fsimage_block(&fx->img, 1))->magic ^= 1; }
static void c_tiny(struct fixture *fx) { fx->img.nbytes = 1500; }
static void c_truncated(struct fixture *fx) { fx->img.nbytes -= BSIZE; }
static void c_layout(struct fixture *fx) { ((struct superblock *)fsimage_block(&fx->img, 1))->nblocks--; }
static void c_leaked_block(struct fixture *fx) { bit(&fx->img, free_block(&fx->img), 1); }
static void c_unmarked_block(struct fixture *fx) { bit(&fx->img, ino(&fx->img, fx->small)->addrs[1], 0); }
static void c_shared_block(struct fixture *fx)
{
    ino(&fx->img, fx->other)->addrs[0] = ino(&fx->img, fx->small)->addrs[2];
}
static void c_block_out_of_range(struct fixture *fx) { ino(&fx->img, fx->small)->addrs[1] = fx->img.sb.size + 5; }
static void c_block_in_metadata(struct fixture *fx) { ino(&fx->img, fx->small)->addrs[1] = fx->img.sb.inodestart; }
static void c_indirect_out_of_range(struct fixture *fx)
{
    uint32_t ind = ino(&fx->img, fx->big)->addrs[NDIRECT];
    ((uint32_t *)fsimage_block(&fx->img, ind))[7] = 1;
}
static void c_double_indirect_shared(struct fixture *fx)
{
    uint32_t dind = ino(&fx->img, fx->big)->addrs[NDIRECT + 1];
    uint32_t mid = ((uint32_t *)fsimage_block(&fx->img, dind))[0];
    ((uint32_t *)fsimage_block(&fx->img, mid))[3] = ino(&fx->img, fx->small)->addrs[0];
}
static void c_hole(struct fixture *fx)
{
    uint32_t *a = &ino(&fx->img, fx->small)->addrs[1];
    bit(&fx->img, *a, 0);
    *a = 0;
}
static void c_file_nlink(struct fixture *fx) { ino(&fx->img, fx->small)->nlink = 2; }
static void c_dir_nlink(struct fixture *fx) { ino(&fx->img, fx->dir_a)->nlink = 1; }
static void c_root_nlink(struct fixture *fx) { ino(&fx->img, ROOTINO)->nlink = 5; }
static void c_negative_nlink(struct fixture *fx) { ino(&fx->img, fx->other)->nlink = -1; }
static void c_bad_dot(struct fixture *fx) { dent(&fx->img, fx->dir_b, 0)->inum = (uint16_t)fx->dir_a; }
static void c_bad_dotdot(struct fixture *fx) { dent(&fx->img, fx->dir_b, 1)->inum = ROOTINO; }
static void c_missing_dotdot(struct fixture *fx) { memcpy(dent(&fx->img, fx->dir_b, 1)->name, "xx", 3); }
static void c_extra_dot(struct fixture *fx) { memcpy(dent(&fx->img, fx->dir_b, 2)->name, "..", 3); }
static void c_entry_to_free(struct fixture *fx) { dent(&fx->img, fx->dir_a, 3)->inum = 150; }
static void c_entry_out_of_range(struct fixture *fx) { dent(&fx->img, fx->dir_a, 3)->inum = 5000; }
static void c_empty_name(struct fixture *fx) { dent(&fx->img, fx->dir_a, 3)->name[0] = 0; }
static void c_duplicate_name(struct fixture *fx) { memcpy(dent(&fx->img, fx->dir_a, 3)->name, "b", 2); }
static void c_dir_cycle(struct fixture *fx)
{
    /* /a/b/empty becomes a second name for /a: a directory with two parents. */
    struct dirent *d = dent(&fx->img, fx->dir_b, 2);
    ino(&fx->img, d->inum)->type = 0;
    ino(&fx->img, d->inum)->nlink = 0;
    d->inum = (uint16_t)fx->dir_a;
    ino(&fx->img, fx->dir_a)->nlink++;
}
static void c_entry_to_root(struct fixture *fx) { dent(&fx->img, fx->dir_b, 2)->inum = ROOTINO; }
static void c_unreachable(struct fixture *fx)
{
    struct dinode *d = ino(&fx->img, 150);
    d->type = T_FILE;
    d->nlink = 1;
}
static void c_orphan(struct fixture *fx) { ino(&fx->img, 150)->type = T_FILE; }
static void c_unknown_type(struct fixture *fx) { ino(&fx->img, fx->other)->type = 9; }
static void c_free_leftovers(struct fixture *fx) { ino(&fx->img, 150)->size = 12; }
static void c_dir_size(struct fixture *fx) { ino(&fx->img, fx->dir_b)->size += 3; }
static void c_file_too_big(struct fixture *fx) { ino(&fx->img, fx->other)->size = UINT32_MAX; }
static void c_symlink_empty(struct fixture *fx) { ino(&fx->img, fx->link)->size = 0; }
static void c_device_with_size(struct fixture *fx) { ino(&fx->img, fx->other)->type = T_DEVICE; }
static void c_root_not_dir(struct fixture *fx) { ino(&fx->img, ROOTINO)->type = T_FILE; }

/* A committed transaction that changes /small's link count to 2 and adds the entry
 * that makes it right: consistent once installed. */
static void log_commit(struct fixture *fx, int consistent)
{
    struct fsimage *img = &fx->img;
    uint32_t iblock = IBLOCK(fx->small, img->sb), dblock = ino(img, ROOTINO)->addrs[0];
    uint32_t lstart = img->sb.logstart;
    memcpy(fsimage_block(img, lstart + 1), fsimage_block(img, iblock), BSIZE);
    memcpy(fsimage_block(img, lstart + 2), fsimage_block(img, dblock), BSIZE);
    struct dinode *logged = (struct dinode *)fsimage_block(img, lstart + 1) + fx->small % IPB;
    logged->nlink = 2;
    if (consistent) {
        struct dirent *de = (struct dirent *)fsimage_block(img, lstart + 2);
        for (int k = 0; k < BSIZE / (int)sizeof *de; k++) {
            if (de[k].inum == 0) {
                de[k].inum = (uint16_t)fx->small;
                memcpy(de[k].name, "small2", 7);
                if ((k + 1) * sizeof *de > ino(img, ROOTINO)->size) {
                    /* the directory grows: log the root's inode too (same block as small) */
                    struct dinode *root = (struct dinode *)fsimage_block(img, lstart + 1) + ROOTINO % IPB;
                    root->size = (uint32_t)((k + 1) * sizeof *de);
                }
                break;
            }
        }
    }
    struct logheader *lh = loghdr(img);
    lh->n = 2;
    lh->block[0] = iblock;
    lh->block[1] = dblock;
}
static void c_log_recovery(struct fixture *fx) { log_commit(fx, 1); }
static void c_log_recovery_corrupt(struct fixture *fx) { log_commit(fx, 0); }
static void c_log_too_long(struct fixture *fx) { loghdr(&fx->img)->n = LOGSIZE + 1; }
static void c_log_target_in_log(struct fixture *fx)
{
    loghdr(&fx->img)->n = 1;
    loghdr(&fx->img)->block[0] = fx->img.sb.logstart;
}

struct tcase {
    const char *name;
    void (*breakit)(struct fixture *);
    enum fsck_result want;
    const char *message;        /* a substring of fsck's output */
    unsigned warnings;
};

static const struct tcase cases[] = {
    { "clean", c_clean, FSCK_CLEAN, NULL, 0 },
    { "bad_magic", c_magic, FSCK_BAD_INPUT, "not an rvscope file system", 0 },
    { "tiny_file", c_tiny, FSCK_BAD_INPUT, "too small to hold a superblock", 0 },
    { "truncated", c_truncated, FSCK_CORRUPT, "image truncated", 0 },
    { "bad_layout", c_layout, FSCK_CORRUPT, "data blocks, but the layout leaves", 0 },
    { "leaked_block", c_leaked_block, FSCK_CORRUPT, "in use in the bitmap, but nothing holds it", 0 },
    { "unmarked_block", c_unmarked_block, FSCK_CORRUPT, "but free in the bitmap", 0 },
    { "shared_block", c_shared_block, FSCK_CORRUPT, "is also used by inode", 0 },
    { "block_out_of_range", c_block_out_of_range, FSCK_CORRUPT, "outside the data area", 0 },
    { "block_in_metadata", c_block_in_metadata, FSCK_CORRUPT, "outside the data area", 0 },
    { "indirect_out_of_range", c_indirect_out_of_range, FSCK_CORRUPT, "data block address 1 outside", 0 },
    { "double_indirect_shared", c_double_indirect_shared, FSCK_CORRUPT, "is also used by inode", 0 },
    { "hole", c_hole, FSCK_CORRUPT, "no usable block at byte 1024", 0 },
    { "file_nlink", c_file_nlink, FSCK_CORRUPT, "nlink 2, but 1 directory entries", 0 },
    { "dir_nlink", c_dir_nlink, FSCK_CORRUPT, "nlink 1, but 3 directory entries", 0 },
    { "root_nlink", c_root_nlink, FSCK_CORRUPT, "directory 1: nlink 5, but 3", 0 },
    { "negative_nlink", c_negative_nlink, FSCK_CORRUPT, "negative link count", 0 },
    { "bad_dot", c_bad_dot, FSCK_CORRUPT, "\".\" names inode", 0 },
    { "bad_dotdot", c_bad_dotdot, FSCK_CORRUPT, "\"..\" names inode 1, but its parent is", 0 },
    { "missing_dotdot", c_missing_dotdot, FSCK_CORRUPT, "expected \"..\"", 0 },
    { "extra_dot_entry", c_extra_dot, FSCK_CORRUPT, "extra \"..\" entry", 0 },
    { "entry_to_free_inode", c_entry_to_free, FSCK_CORRUPT, "names free inode 150", 0 },
    { "entry_out_of_range", c_entry_out_of_range, FSCK_CORRUPT, "names nonexistent inode 5000", 0 },
    { "empty_name", c_empty_name, FSCK_CORRUPT, "has a bad name", 0 },
    { "duplicate_name", c_duplicate_name, FSCK_CORRUPT, "two entries named \"b\"", 0 },
    { "directory_cycle", c_dir_cycle, FSCK_CORRUPT, "a directory has one parent", 0 },
    { "entry_to_root", c_entry_to_root, FSCK_CORRUPT, "names the root directory", 0 },
    { "unreachable_inode", c_unreachable, FSCK_CORRUPT, "file 150: allocated (nlink 1) but not reachable", 0 },
    { "orphan_is_warning", c_orphan, FSCK_CLEAN, "warning: file 150: orphaned", 1 },
    { "unknown_type", c_unknown_type, FSCK_CORRUPT, "unknown type 9", 0 },
    { "free_inode_leftovers", c_free_leftovers, FSCK_CORRUPT, "inode 150: free (type 0) but", 0 },
    { "dir_size", c_dir_size, FSCK_CORRUPT, "not a whole number of entries", 0 },
    { "file_too_big", c_file_too_big, FSCK_CORRUPT, "is more than the largest file", 0 },
    { "symlink_empty", c_symlink_empty, FSCK_CORRUPT, "target length 0", 0 },
    { "device_with_size", c_device_with_size, FSCK_CORRUPT, "a device file holds no data", 0 },
    { "root_not_directory", c_root_not_dir, FSCK_CORRUPT, "(the root) is not a directory", 0 },
    { "log_needs_recovery", c_log_recovery, FSCK_NEEDS_RECOVERY, "needs recovery: the log holds a committed transaction of 2 blocks", 0 },
    { "log_recovery_corrupt", c_log_recovery_corrupt, FSCK_CORRUPT, "nlink 2, but 1 directory entries", 0 },
    { "log_too_long", c_log_too_long, FSCK_CORRUPT, "but the log holds at most", 0 },
    { "log_target_in_log", c_log_target_in_log, FSCK_CORRUPT, "sends a block to", 0 },
};

static const char *result_name(enum fsck_result r)
{
    static const char *names[] = { "clean", "corrupt", "bad input", "needs recovery" };
    return (unsigned)r < 4 ? names[r] : "?";
}

static int run(const struct tcase *tc)
{
    struct fixture fx;
    build_fixture(&fx);
    tc->breakit(&fx);
    char *text = NULL;
    size_t len = 0;
    FILE *out = open_memstream(&text, &len);
    struct fsck_report rep;
    enum fsck_result r = fsck_check(&fx.img, "img", out, &rep);
    fclose(out);
    int ok = r == tc->want && (!tc->message || strstr(text, tc->message)) &&
             rep.warnings == tc->warnings;
    if (tc->want == FSCK_CLEAN && tc->warnings == 0)
        ok = ok && len == 0;
    printf("%-26s %s\n", tc->name, ok ? "ok" : "FAILED");
    if (!ok)
        printf("  got %s (%u warnings), want %s with \"%s\"; output:\n%s", result_name(r),
               rep.warnings, result_name(tc->want), tc->message ? tc->message : "", text);
    free(text);
    fsimage_free(&fx.img);
    return ok;
}

int main(int argc, char **argv)
{
    size_t n = sizeof cases / sizeof cases[0];
    int failed = 0, ran = 0;
    for (size_t i = 0; i < n; i++) {
        if (argc > 1 && strcmp(argv[1], cases[i].name) != 0)
            continue;
        ran++;
        failed += !run(&cases[i]);
    }
    if (ran == 0) {
        fprintf(stderr, "test_fsck: no case named \"%s\"\n", argv[1]);
        return 2;
    }
    printf("%d of %d cases passed\n", ran - failed, ran);
    return failed ? 1 : 0;
}
