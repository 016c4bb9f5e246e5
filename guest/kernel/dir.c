/*
 * Directories: a directory is a file of struct dirent entries (inode number and a
 * name of up to DIRSIZ bytes). Entry inum 0 is a free slot. Every directory starts
 * with "." (itself) and ".." (its parent; the root's is itself).
 */
#include "fs.h"
#include "kernel.h"

/* Do two directory entry names match? Names are compared to DIRSIZ bytes. */
int name_equal(const char *a, const char *b)
{
    return strncmp(a, b, DIRSIZ) == 0;
}

/* Read entry number `off` (a byte offset) of dp into *de. Panics on a short read:
 * a directory's size is always a multiple of the entry size. */
static void read_entry(struct inode *dp, uint32_t off, struct dirent *de)
{
    if (inode_read(dp, KERNEL_SPACE, (uint64_t)de, off, sizeof *de) != sizeof *de)
        panic("directory inode %u: short read at %u", dp->inum, off);
}

/* Look name up in directory dp (locked). Returns the named inode, unlocked, with a
 * new reference, and its entry's offset in *offp (if offp is not 0); or 0. */
struct inode *dir_lookup(struct inode *dp, const char *name, uint32_t *offp)
{
    if (dp->type != T_DIR)
        panic("dir_lookup: not a directory");
    struct dirent de;
    for (uint32_t off = 0; off + sizeof de <= dp->size; off += sizeof de) {
        read_entry(dp, off, &de);
        if (de.inum != 0 && name_equal(name, de.name)) {
            if (offp)
                *offp = off;
            return inode_get(dp->dev, de.inum);
        }
    }
    return 0;
}

/* Add the entry (name, inum) to directory dp (locked), reusing a free slot or
 * growing the directory. Returns 0, or -1 if the name exists or the disk is full.
 * Inside a transaction. */
int dir_link(struct inode *dp, const char *name, uint32_t inum)
{
    struct inode *ip = dir_lookup(dp, name, 0);
    if (ip) {
        inode_put(ip);
        return -1;
    }
    struct dirent de;
    uint32_t off;
    for (off = 0; off + sizeof de <= dp->size; off += sizeof de) {
        read_entry(dp, off, &de);
        if (de.inum == 0)
            break;
    }
    memset(&de, 0, sizeof de);
    size_t len = strlen(name);
    memmove(de.name, name, len < DIRSIZ ? len : DIRSIZ);
    de.inum = (uint16_t)inum;
    if (inode_write(dp, KERNEL_SPACE, (uint64_t)&de, off, sizeof de) != sizeof de)
        return -1;
    return 0;
}

/* Does directory dp (locked) hold nothing but "." and ".."? */
int dir_is_empty(struct inode *dp)
{
    struct dirent de;
    for (uint32_t off = 2 * sizeof de; off + sizeof de <= dp->size; off += sizeof de) {
        read_entry(dp, off, &de);
        if (de.inum != 0)
            return 0;
    }
    return 1;
}
