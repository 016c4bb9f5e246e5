/* ls [PATH...]: list directories (one line per entry: name, type, inode, size) or
 * describe files. Symbolic links inside a directory are shown, not followed. */
#include "user.h"
#include "fs_format.h"

static const char *type_name(int t)
{
    switch (t) {
    case T_DIR: return "dir";
    case T_FILE: return "file";
    case T_DEVICE: return "device";
    case T_SYMLINK: return "symlink";
    default: return "?";
    }
}

/* One line for path, shown as name; fd is open on it (without following a link). */
static void show(int fd, const char *name)
{
    struct stat st;
    if (fstat(fd, &st) < 0) {
        printf("%-14s ?\n", name);
        return;
    }
    printf("%-14s %-7s %4u %lu", name, type_name(st.type), st.ino, (unsigned long)st.size);
    static char target[MAXPATH + 1];
    int n;
    if (st.type == T_SYMLINK && (n = read(fd, target, MAXPATH)) > 0) {
        target[n] = 0;
        printf(" -> %s", target);
    }
    printf("\n");
}

static char path[MAXPATH + DIRSIZ + 2];

static int list(const char *arg)
{
    int fd = open(arg, O_RDONLY);
    if (fd < 0)
        fd = open(arg, O_RDONLY | O_NOFOLLOW);     /* a dangling link */
    if (fd < 0) {
        fprintf(2, "ls: %s: cannot open\n", arg);
        return 1;
    }
    struct stat st;
    if (fstat(fd, &st) < 0 || st.type != T_DIR) {
        show(fd, arg);
        close(fd);
        return 0;
    }
    if (strlen(arg) > MAXPATH) {
        fprintf(2, "ls: %s: path too long\n", arg);
        close(fd);
        return 1;
    }
    struct dirent de;
    while (read(fd, &de, sizeof de) == sizeof de) {
        if (de.inum == 0)
            continue;
        char name[DIRSIZ + 1];
        memcpy(name, de.name, DIRSIZ);
        name[DIRSIZ] = 0;
        snprintf(path, sizeof path, "%s/%s", arg, name);
        int efd = open(path, O_RDONLY | O_NOFOLLOW);
        if (efd < 0) {
            printf("%-14s ? (cannot open)\n", name);
            continue;
        }
        show(efd, name);
        close(efd);
    }
    close(fd);
    return 0;
}

int main(int argc, char **argv)
{
    if (argc < 2)
        return list(".");
    int status = 0;
    for (int i = 1; i < argc; i++)
        status |= list(argv[i]);
    return status;
}
