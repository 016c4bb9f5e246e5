/*
 * Path names: "/a/b/c" from the root, "a/b" from the current directory. Each
 * element names an entry in the directory reached so far.
 *
 * Symbolic links: when an element is a symlink (and it is not the last element,
 * or the caller wants the last one followed), its target text is spliced in front
 * of the rest of the path - "/l/x" with l -> "d/e" continues as "d/e/x" from the
 * directory holding l, or from the root if the target is absolute. After
 * SYMLINK_DEPTH links the lookup fails, which also ends loops of links.
 *
 * Lookups do not hold two inode locks at once (dir_lookup returns the child
 * unlocked), so "." and ".." cannot deadlock. Call inside a transaction:
 * dropping a reference (inode_put) may free an unlinked inode.
 */
#include "fs.h"
#include "kernel.h"
#include "param.h"
#include "proc.h"

/* p advanced past any slashes. */
static const char *skip_slashes(const char *p)
{
    while (*p == '/')
        p++;
    return p;
}

/* Copy the first element of path into name (DIRSIZ bytes, NUL-padded; longer
 * names are cut) and return what follows it, or 0 if path has no element left. */
static char *next_element(char *path, char name[DIRSIZ])
{
    path = (char *)skip_slashes(path);
    if (*path == 0)
        return 0;
    char *start = path;
    while (*path != '/' && *path != 0)
        path++;
    size_t len = (size_t)(path - start);
    memset(name, 0, DIRSIZ);
    memmove(name, start, len < DIRSIZ ? len : DIRSIZ);
    return path;
}

/* Read symlink ip's target into target[MAXPATH]. Returns its length, or -1. */
static int read_link(struct inode *ip, char target[MAXPATH])
{
    int n = inode_read(ip, KERNEL_SPACE, (uint64_t)target, 0, MAXPATH - 1);
    if (n <= 0)
        return -1;
    target[n] = 0;
    return n;
}

/* The common walk. Returns the inode named by path (unlocked, referenced), or with
 * want_parent the directory holding the last element, whose name goes to name. */
static struct inode *walk(const char *path, int want_parent, int follow_last, char name[DIRSIZ])
{
    char work[MAXPATH];                 /* the path still to walk */
    if (path[0] == 0 || strlcpy(work, path, sizeof work) >= sizeof work)
        return 0;
    struct inode *ip = work[0] == '/' ? inode_get(ROOTDEV, ROOTINO) : inode_dup(current_proc()->cwd);
    if (ip == 0)
        return 0;

    int links = 0;
    char *rest = work;
    while ((rest = next_element(rest, name)) != 0) {
        int last = *skip_slashes(rest) == 0;
        inode_lock(ip);
        if (ip->type != T_DIR) {
            inode_unlock_put(ip);
            return 0;
        }
        if (want_parent && last) {
            inode_unlock(ip);
            return ip;
        }
        struct inode *next = dir_lookup(ip, name, 0);
        inode_unlock(ip);
        if (next == 0) {
            inode_put(ip);
            return 0;
        }
        if (last && !follow_last) {
            inode_put(ip);
            return next;
        }

        inode_lock(next);
        if (next->type != T_SYMLINK) {
            inode_unlock(next);
            inode_put(ip);
            ip = next;
            continue;
        }
        char target[MAXPATH];
        int tlen = read_link(next, target);
        inode_unlock_put(next);
        size_t rlen = strlen(rest);
        if (++links > SYMLINK_DEPTH || tlen < 0 || (size_t)tlen + 1 + rlen + 1 > sizeof work) {
            inode_put(ip);
            return 0;
        }
        memmove(work + tlen + 1, rest, rlen + 1);       /* target "/" rest */
        work[tlen] = '/';
        memmove(work, target, (size_t)tlen);
        rest = work;
        if (target[0] == '/') {
            inode_put(ip);
            if ((ip = inode_get(ROOTDEV, ROOTINO)) == 0)
                return 0;
        }
    }
    if (want_parent) {                  /* the path had no last element, e.g. "/" */
        inode_put(ip);
        return 0;
    }
    return ip;
}

/* The inode path names, unlocked and referenced, or 0. Symlinks among the
 * directories are always followed; a symlink as the last element only if
 * follow_last (otherwise the link itself is returned, as for O_NOFOLLOW). */
struct inode *path_resolve(const char *path, int follow_last)
{
    char name[DIRSIZ];
    return walk(path, 0, follow_last, name);
}

/* The directory that would hold path's last element, unlocked and referenced, and
 * that element in name; 0 if there is no such directory. */
struct inode *path_resolve_parent(const char *path, char name[DIRSIZ])
{
    return walk(path, 1, 0, name);
}
