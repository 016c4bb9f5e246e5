/*
 * The checker behind fsck. It trusts nothing in the image: every block address, inode
 * number, size and count is range-checked before it is used.
 *
 *   1. superblock: magic, a layout that fits together and inside the image
 *   2. log: an empty header is clean; a committed transaction (n > 0) means the image
 *      "needs recovery" -- the transaction is installed in a copy and the copy checked
 *   3. inodes: known type, sane size, every block address inside the data area and
 *      owned by one inode only, no hole inside the file
 *   4. directories, walked from "/": "." and ".." first and right, no other dot entries,
 *      no duplicate names, entries naming allocated inodes, every directory reached by
 *      exactly one entry (so no cycles), every allocated inode reachable
 *   5. link counts: nlink = directory entries naming the inode, "." and ".." included
 *      (Unix's rule, and the kernel's: guest/kernel/sys_fs.c)
 *   6. bitmap: a block is marked in use exactly when metadata or an inode holds it
 */
#include "fsimage.h"

#include <stdarg.h>
#include <stdlib.h>
#include <string.h>

#define MAX_MESSAGES 40         /* printed problems per check; the rest are counted */

struct ck {
    const uint8_t *data;
    struct superblock sb;
    uint32_t datastart;
    const char *name;
    FILE *out;
    unsigned errors, warnings, printed;
    uint32_t *owner;            /* per block: inode number that holds it, 0 = none */
    uint32_t *refs;             /* per inode: entries naming it, "." and ".." included */
    uint32_t *parent;           /* per directory: the directory whose entry reached it */
    uint32_t *dotdot;           /* per directory: what its ".." names */
    struct fsck_report *rep;
};

static void problem(struct ck *ck, int warning, const char *fmt, ...)
{
    if (warning)
        ck->warnings++;
    else
        ck->errors++;
    if (ck->printed++ == MAX_MESSAGES) {
        fprintf(ck->out, "%s: (further problems are counted, not listed)\n", ck->name);
        return;
    }
    if (ck->printed > MAX_MESSAGES)
        return;
    va_list ap;
    va_start(ap, fmt);
    fprintf(ck->out, "%s: %s", ck->name, warning ? "warning: " : "");
    vfprintf(ck->out, fmt, ap);
    fputc('\n', ck->out);
    va_end(ap);
}

static const uint8_t *blk(const struct ck *ck, uint32_t b)
{
    return ck->data + (size_t)b * BSIZE;
}

static const struct dinode *inode(const struct ck *ck, uint32_t inum)
{
    return (const struct dinode *)blk(ck, IBLOCK(inum, ck->sb)) + inum % IPB;
}

static const char *type_name(int type)
{
    switch (type) {
    case T_DIR: return "directory";
    case T_FILE: return "file";
    case T_DEVICE: return "device";
    case T_SYMLINK: return "symlink";
    default: return "inode";
    }
}

static int in_data(const struct ck *ck, uint32_t b)
{
    return b >= ck->datastart && b < ck->sb.size;
}

/* ---- 1. superblock ---------------------------------------------------------------- */

/* Does the layout fit together? Prints the first thing that does not. */
static int layout_ok(struct ck *ck, size_t nbytes)
{
    const struct superblock *sb = &ck->sb;
    uint64_t inodeblocks = ((uint64_t)sb->ninodes + IPB - 1) / IPB;
    uint64_t bitmapblocks = ((uint64_t)sb->size + BPB - 1) / BPB;
    if (sb->size < 4 || sb->nlog < 2 || sb->ninodes < 2) {
        problem(ck, 0, "superblock: size %u, nlog %u, ninodes %u: too small to be a file system",
                sb->size, sb->nlog, sb->ninodes);
        return 0;
    }
    if (sb->ninodes > UINT16_MAX + 1u) {
        problem(ck, 0, "superblock: %u inodes, but a directory entry holds only 16 bits",
                sb->ninodes);
        return 0;
    }
    if (sb->logstart != 2 || (uint64_t)sb->inodestart != (uint64_t)sb->logstart + sb->nlog ||
        (uint64_t)sb->bmapstart != sb->inodestart + inodeblocks) {
        problem(ck, 0, "superblock: regions out of order: log %u+%u, inodes at %u (%llu blocks),"
                " bitmap at %u", sb->logstart, sb->nlog, sb->inodestart,
                (unsigned long long)inodeblocks, sb->bmapstart);
        return 0;
    }
    uint64_t datastart = sb->bmapstart + bitmapblocks;
    if (datastart >= sb->size || sb->nblocks != sb->size - datastart) {
        problem(ck, 0, "superblock: %u data blocks, but the layout leaves %lld", sb->nblocks,
                (long long)sb->size - (long long)datastart);
        return 0;
    }
    if ((uint64_t)sb->size * BSIZE > nbytes) {
        problem(ck, 0, "image truncated: %zu bytes, the superblock says %u blocks of %d",
                nbytes, sb->size, BSIZE);
        return 0;
    }
    ck->datastart = (uint32_t)datastart;
    return 1;
}

/* ---- 3. inodes and their blocks --------------------------------------------------- */

/* Record that inode inum holds block b. 0 if b must not be followed. */
static int claim(struct ck *ck, uint32_t inum, uint32_t b, const char *what)
{
    if (!in_data(ck, b)) {
        problem(ck, 0, "inode %u: %s block address %u outside the data area [%u, %u)",
                inum, what, b, ck->datastart, ck->sb.size);
        return 0;
    }
    if (ck->owner[b] != 0) {
        problem(ck, 0, "inode %u: %s block %u is also used by inode %u", inum, what, b,
                ck->owner[b]);
        return 0;
    }
    ck->owner[b] = inum;
    return 1;
}

/* Claim every block of an indirect block at depth 1 (addresses of data) or 2. */
static void claim_indirect(struct ck *ck, uint32_t inum, uint32_t b, int depth)
{
    if (!claim(ck, inum, b, depth == 2 ? "double-indirect" : "indirect"))
        return;
    const uint32_t *a = (const uint32_t *)blk(ck, b);
    for (uint32_t i = 0; i < NINDIRECT; i++) {
        if (a[i] == 0)
            continue;
        if (depth == 2)
            claim_indirect(ck, inum, a[i], 1);
        else
            claim(ck, inum, a[i], "data");
    }
}

/* Disk address of file block bn, or 0 when there is none (or it is unusable; the
 * ownership pass has reported that). */
static uint32_t file_block(const struct ck *ck, const struct dinode *di, uint32_t bn)
{
    if (bn < NDIRECT)
        return in_data(ck, di->addrs[bn]) ? di->addrs[bn] : 0;
    bn -= NDIRECT;
    uint32_t ind = di->addrs[NDIRECT];
    if (bn >= NINDIRECT) {
        bn -= NINDIRECT;
        if (bn >= NINDIRECT * NINDIRECT || !in_data(ck, di->addrs[NDIRECT + 1]))
            return 0;
        ind = ((const uint32_t *)blk(ck, di->addrs[NDIRECT + 1]))[bn / NINDIRECT];
        bn %= NINDIRECT;
    }
    if (!in_data(ck, ind))
        return 0;
    uint32_t b = ((const uint32_t *)blk(ck, ind))[bn];
    return in_data(ck, b) ? b : 0;
}

static void check_inode(struct ck *ck, uint32_t inum)
{
    const struct dinode *di = inode(ck, inum);
    if (di->type == 0) {
        int leftover = di->nlink != 0 || di->size != 0;
        for (int i = 0; i < NDIRECT + 2; i++)
            leftover |= di->addrs[i] != 0;
        if (leftover)
            problem(ck, 0, "inode %u: free (type 0) but has nlink %d, size %u or blocks",
                    inum, di->nlink, di->size);
        return;
    }
    if (di->type != T_DIR && di->type != T_FILE && di->type != T_DEVICE &&
        di->type != T_SYMLINK) {
        problem(ck, 0, "inode %u: unknown type %d", inum, di->type);
        return;
    }
    ck->rep->inodes_used++;
    if (di->nlink < 0)
        problem(ck, 0, "inode %u: negative link count %d", inum, di->nlink);
    if ((uint64_t)di->size > (uint64_t)MAXFILE * BSIZE)
        problem(ck, 0, "inode %u: size %u is more than the largest file", inum, di->size);
    if (di->type == T_DIR && di->size % sizeof(struct dirent) != 0)
        problem(ck, 0, "directory %u: size %u is not a whole number of entries", inum, di->size);
    if (di->type == T_SYMLINK && (di->size == 0 || di->size > MAXPATH))
        problem(ck, 0, "symlink %u: target length %u (must be 1 to %d)", inum, di->size,
                MAXPATH);
    if (di->type == T_DEVICE && di->size != 0)
        problem(ck, 0, "device %u: size %u (a device file holds no data)", inum, di->size);

    for (int i = 0; i < NDIRECT; i++)
        if (di->addrs[i])
            claim(ck, inum, di->addrs[i], "data");
    if (di->addrs[NDIRECT])
        claim_indirect(ck, inum, di->addrs[NDIRECT], 1);
    if (di->addrs[NDIRECT + 1])
        claim_indirect(ck, inum, di->addrs[NDIRECT + 1], 2);

    uint64_t need = ((uint64_t)di->size + BSIZE - 1) / BSIZE;
    if (need > MAXFILE)
        need = MAXFILE;
    for (uint32_t bn = 0; bn < need; bn++) {
        if (file_block(ck, di, bn) == 0) {
            problem(ck, 0, "%s %u: no usable block at byte %llu of its %u", type_name(di->type),
                    inum, (unsigned long long)bn * BSIZE, di->size);
            break;
        }
    }
}

/* ---- 4. directories --------------------------------------------------------------- */

struct entry {
    char name[DIRSIZ + 1];
    uint32_t inum;
};

static int by_name(const void *a, const void *b)
{
    return strcmp(((const struct entry *)a)->name, ((const struct entry *)b)->name);
}

/* Read directory dir's entries (free slots skipped, "." and ".." checked and left out). */
static struct entry *read_dir(struct ck *ck, uint32_t dir, size_t *count)
{
    const struct dinode *di = inode(ck, dir);
    size_t n = di->size / sizeof(struct dirent), used = 0;
    struct entry *ents = calloc(n ? n : 1, sizeof *ents);
    if (!ents) {
        problem(ck, 0, "directory %u: out of memory reading %zu entries", dir, n);
        *count = 0;
        return NULL;
    }
    for (size_t k = 0; k < n; k++) {
        uint64_t off = (uint64_t)k * sizeof(struct dirent);
        uint32_t b = file_block(ck, di, (uint32_t)(off / BSIZE));
        if (b == 0)
            break;          /* reported by check_inode */
        struct dirent de;
        memcpy(&de, blk(ck, b) + off % BSIZE, sizeof de);
        char name[DIRSIZ + 1];
        memcpy(name, de.name, DIRSIZ);
        name[DIRSIZ] = 0;
        for (char *c = name; *c; c++)      /* printable in messages */
            if (*c < ' ' || *c > '~')
                *c = '?';
        const char *want = k == 0 ? "." : k == 1 ? ".." : NULL;
        if (want && (de.inum == 0 || strcmp(name, want) != 0)) {
            problem(ck, 0, "directory %u: entry %zu is \"%s\" (inode %u), expected \"%s\"",
                    dir, k, name, de.inum, want);
            continue;
        }
        if (de.inum == 0)
            continue;
        if (!want && (!strcmp(name, ".") || !strcmp(name, ".."))) {
            problem(ck, 0, "directory %u: extra \"%s\" entry at %zu", dir, name, k);
            continue;
        }
        if (name[0] == 0 || strchr(name, '/')) {
            problem(ck, 0, "directory %u: entry %zu has a bad name \"%s\"", dir, k, name);
            continue;
        }
        if (de.inum >= ck->sb.ninodes || inode(ck, de.inum)->type == 0) {
            problem(ck, 0, "directory %u: \"%s\" names %s inode %u", dir, name,
                    de.inum >= ck->sb.ninodes ? "nonexistent" : "free", de.inum);
            continue;
        }
        ck->refs[de.inum]++;
        if (k == 0) {
            if (de.inum != dir)
                problem(ck, 0, "directory %u: \".\" names inode %u", dir, de.inum);
            continue;
        }
        if (k == 1) {
            ck->dotdot[dir] = de.inum;
            continue;
        }
        memcpy(ents[used].name, name, sizeof name);
        ents[used++].inum = de.inum;
    }
    qsort(ents, used, sizeof *ents, by_name);
    for (size_t i = 1; i < used; i++)
        if (!strcmp(ents[i].name, ents[i - 1].name))
            problem(ck, 0, "directory %u: two entries named \"%s\"", dir, ents[i].name);
    *count = used;
    return ents;
}

/* Breadth-first from "/": every directory must be reached by exactly one entry. */
static void walk_tree(struct ck *ck, uint8_t *reached)
{
    uint32_t *queue = malloc(sizeof *queue * ck->sb.ninodes);
    if (!queue) {
        problem(ck, 0, "out of memory for the directory walk");
        return;
    }
    size_t head = 0, tail = 0;
    queue[tail++] = ROOTINO;
    reached[ROOTINO] = 1;
    while (head < tail) {
        uint32_t dir = queue[head++];
        ck->rep->dirs++;
        size_t n;
        struct entry *ents = read_dir(ck, dir, &n);
        for (size_t i = 0; i < n; i++) {
            uint32_t child = ents[i].inum;
            int type = inode(ck, child)->type;
            if (child == ROOTINO) {
                problem(ck, 0, "directory %u: \"%s\" names the root directory", dir, ents[i].name);
                continue;
            }
            if (type != T_DIR) {
                reached[child] = 1;
                continue;
            }
            if (reached[child]) {
                problem(ck, 0, "directory %u: \"%s\" names directory %u, already reached from "
                        "directory %u (a directory has one parent)", dir, ents[i].name, child,
                        ck->parent[child]);
                continue;
            }
            reached[child] = 1;
            ck->parent[child] = dir;
            queue[tail++] = child;
        }
        free(ents);
        uint32_t want = dir == ROOTINO ? ROOTINO : ck->parent[dir];
        if (ck->dotdot[dir] != 0 && ck->dotdot[dir] != want)
            problem(ck, 0, "directory %u: \"..\" names inode %u, but its parent is %u", dir,
                    ck->dotdot[dir], want);
    }
    free(queue);
}

/* ---- 5, 6. link counts and bitmap ------------------------------------------------- */

static void check_links(struct ck *ck, const uint8_t *reached)
{
    for (uint32_t inum = ROOTINO; inum < ck->sb.ninodes; inum++) {
        const struct dinode *di = inode(ck, inum);
        if (di->type == 0 || di->type > T_SYMLINK)
            continue;
        if (!reached[inum]) {
            if (di->nlink == 0 && ck->refs[inum] == 0)
                problem(ck, 1, "%s %u: orphaned (nlink 0, still allocated; unlinked while "
                        "open?)", type_name(di->type), inum);
            else
                problem(ck, 0, "%s %u: allocated (nlink %d) but not reachable from /",
                        type_name(di->type), inum, di->nlink);
            continue;
        }
        switch (di->type) {
        case T_FILE: ck->rep->files++; break;
        case T_SYMLINK: ck->rep->symlinks++; break;
        case T_DEVICE: ck->rep->devices++; break;
        default: break;
        }
        if ((uint32_t)di->nlink != ck->refs[inum])
            problem(ck, 0, "%s %u: nlink %d, but %u directory entries name it",
                    type_name(di->type), inum, di->nlink, ck->refs[inum]);
    }
}

static void check_bitmap(struct ck *ck)
{
    unsigned leaked = 0, unmarked = 0;
    for (uint32_t b = 0; b < ck->sb.size; b++) {
        int used = blk(ck, BBLOCK(b, ck->sb))[(b % BPB) / 8] >> (b % 8) & 1;
        int held = b < ck->datastart || ck->owner[b] != 0;
        if (held)
            ck->rep->blocks_used++;
        if (used && !held && leaked++ < 5)
            problem(ck, 0, "block %u: in use in the bitmap, but nothing holds it", b);
        if (!used && held && unmarked++ < 5)
            problem(ck, 0, "block %u: held by %s %u, but free in the bitmap", b,
                    b < ck->datastart ? "metadata" : "inode",
                    b < ck->datastart ? b : ck->owner[b]);
    }
    if (leaked > 5)
        problem(ck, 0, "%u blocks in all are marked in use and held by nothing", leaked);
    if (unmarked > 5)
        problem(ck, 0, "%u blocks in all are held but free in the bitmap", unmarked);
}

/* Steps 3 to 6 on an image whose superblock and layout are fine. */
static void check_tree(struct ck *ck)
{
    size_t nb = ck->sb.size, ni = ck->sb.ninodes;
    ck->owner = calloc(nb, sizeof *ck->owner);
    ck->refs = calloc(ni, sizeof *ck->refs);
    ck->parent = calloc(ni, sizeof *ck->parent);
    ck->dotdot = calloc(ni, sizeof *ck->dotdot);
    uint8_t *reached = calloc(ni, 1);
    if (!ck->owner || !ck->refs || !ck->parent || !ck->dotdot || !reached) {
        problem(ck, 0, "out of memory for %zu blocks and %zu inodes", nb, ni);
    } else {
        for (uint32_t inum = ROOTINO; inum < ni; inum++)
            check_inode(ck, inum);
        if (inode(ck, ROOTINO)->type != T_DIR)
            problem(ck, 0, "inode %u (the root) is not a directory (type %d)", ROOTINO,
                    inode(ck, ROOTINO)->type);
        else
            walk_tree(ck, reached);
        check_links(ck, reached);
        check_bitmap(ck);
    }
    free(ck->owner);
    free(ck->refs);
    free(ck->parent);
    free(ck->dotdot);
    free(reached);
}

/* ---- 2. log, and the whole check -------------------------------------------------- */

/* Validate the log header; 1 if it is usable (n may be 0). */
static int log_ok(struct ck *ck, struct logheader *lh)
{
    memcpy(lh, blk(ck, ck->sb.logstart), sizeof *lh);
    if (lh->n > LOGSIZE || lh->n > ck->sb.nlog - 1) {
        problem(ck, 0, "log header: %u committed blocks, but the log holds at most %u",
                lh->n, ck->sb.nlog - 1 < LOGSIZE ? ck->sb.nlog - 1 : LOGSIZE);
        return 0;
    }
    for (uint32_t i = 0; i < lh->n; i++) {
        if (lh->block[i] < ck->sb.inodestart || lh->block[i] >= ck->sb.size) {
            problem(ck, 0, "log header: entry %u sends a block to %u, outside [%u, %u)", i,
                    lh->block[i], ck->sb.inodestart, ck->sb.size);
            return 0;
        }
    }
    return 1;
}

enum fsck_result fsck_check(const struct fsimage *img, const char *name, FILE *out,
                            struct fsck_report *rep)
{
    struct ck ck = { .data = img->data, .name = name, .out = out, .rep = rep };
    memset(rep, 0, sizeof *rep);
    if (img->nbytes < 2 * BSIZE) {
        fprintf(out, "%s: %zu bytes: too small to hold a superblock\n", name, img->nbytes);
        return FSCK_BAD_INPUT;
    }
    memcpy(&ck.sb, img->data + BSIZE, sizeof ck.sb);
    if (ck.sb.magic != FS_MAGIC) {
        fprintf(out, "%s: not an rvscope file system (magic 0x%08x, expected 0x%08x)\n", name,
                ck.sb.magic, FS_MAGIC);
        return FSCK_BAD_INPUT;
    }
    if (!layout_ok(&ck, img->nbytes)) {
        rep->errors = ck.errors;
        return FSCK_CORRUPT;
    }

    struct logheader lh;
    uint8_t *copy = NULL;
    if (log_ok(&ck, &lh) && lh.n > 0) {
        rep->log_blocks = lh.n;
        fprintf(out, "%s: needs recovery: the log holds a committed transaction of %u blocks"
                " (booting the kernel installs it); checking the image as it will be\n",
                name, lh.n);
        copy = malloc((size_t)ck.sb.size * BSIZE);
        if (!copy) {
            fprintf(out, "%s: out of memory for a copy of the image\n", name);
            return FSCK_BAD_INPUT;
        }
        memcpy(copy, img->data, (size_t)ck.sb.size * BSIZE);
        for (uint32_t i = 0; i < lh.n; i++)
            memcpy(copy + (size_t)lh.block[i] * BSIZE,
                   copy + (size_t)(ck.sb.logstart + 1 + i) * BSIZE, BSIZE);
        ck.data = copy;
        /* The superblock is never logged (log_ok refused targets below the inodes). */
    }
    check_tree(&ck);
    free(copy);
    rep->errors = ck.errors;
    rep->warnings = ck.warnings;
    if (ck.errors)
        return FSCK_CORRUPT;
    return rep->log_blocks ? FSCK_NEEDS_RECOVERY : FSCK_CLEAN;
}
