/* usertests: the file system -- files, directories, links, symbolic links, devices. */
#include "usertests.h"

static void write_file(const char *path, const char *text)
{
    int fd = open(path, O_CREATE | O_WRONLY | O_TRUNC);
    CHECK(fd >= 0);
    int n = (int)strlen(text);
    CHECK(write(fd, text, n) == n);
    CHECK(close(fd) == 0);
}

/* Does path hold exactly text? */
static int file_is(const char *path, const char *text)
{
    static char got[512];
    int fd = open(path, O_RDONLY);
    if (fd < 0)
        return 0;
    int n = read(fd, got, sizeof got - 1);
    close(fd);
    if (n < 0)
        return 0;
    got[n] = 0;
    return strcmp(got, text) == 0;
}

static int type_of(const char *path, int flags)
{
    struct stat st;
    int fd = open(path, O_RDONLY | flags);
    if (fd < 0)
        return -1;
    int r = fstat(fd, &st);
    close(fd);
    return r < 0 ? -1 : st.type;
}

void file_create_rw(void)
{
    write_file("f.rw", "some bytes\n");
    CHECK(file_is("f.rw", "some bytes\n"));
    int fd = open("f.rw", O_RDWR);
    CHECK(fd >= 0);
    CHECK(write(fd, "SOME", 4) == 4);           /* overwrite at the start */
    close(fd);
    CHECK(file_is("f.rw", "SOME bytes\n"));
    CHECK(unlink("f.rw") == 0);
}

void file_open_errors(void)
{
    CHECK(open("no.such", O_RDONLY) == -1);
    CHECK(open("", O_RDONLY) == -1);
    CHECK(open("nodir/f", O_CREATE | O_RDWR) == -1);
    CHECK(open("/README/x", O_RDONLY) == -1);   /* a file is not a directory */
    CHECK(open("/README/x", O_CREATE | O_RDWR) == -1);
    /* A path longer than MAXPATH. */
    static char longpath[MAXPATH + 20];
    memset(longpath, 'a', sizeof longpath - 1);
    CHECK(open(longpath, O_CREATE | O_RDWR) == -1);
    /* O_CREATE of an existing directory is not a file to write. */
    CHECK(mkdir("d.err") == 0);
    CHECK(open("d.err", O_CREATE | O_RDWR) == -1);
    CHECK(unlink("d.err") == 0);
}

void file_truncate(void)
{
    write_file("f.tr", "0123456789");
    int fd = open("f.tr", O_WRONLY | O_TRUNC);
    CHECK(fd >= 0);
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.size == 0);
    CHECK(write(fd, "ab", 2) == 2);
    close(fd);
    CHECK(file_is("f.tr", "ab"));
    /* O_CREATE on an existing file keeps it (without O_TRUNC). */
    fd = open("f.tr", O_CREATE | O_RDWR);
    CHECK(fd >= 0);
    close(fd);
    CHECK(file_is("f.tr", "ab"));
    CHECK(unlink("f.tr") == 0);
}

void file_offsets(void)
{
    write_file("f.off", "abcdefgh");
    int a = open("f.off", O_RDONLY), b = open("f.off", O_RDONLY);
    CHECK(a >= 0 && b >= 0);
    char x[4];
    CHECK(read(a, x, 3) == 3 && !memcmp(x, "abc", 3));
    CHECK(read(b, x, 2) == 2 && !memcmp(x, "ab", 2));  /* separate opens, own offsets */
    int c = dup(a);
    CHECK(c >= 0);
    CHECK(read(c, x, 2) == 2 && !memcmp(x, "de", 2));  /* dup shares a's */
    CHECK(read(a, x, 4) == 3 && !memcmp(x, "fgh", 3));
    CHECK(read(a, x, 4) == 0);                          /* end of file */
    close(a);
    CHECK(read(c, x, 1) == 0);                          /* still open through the dup */
    close(b);
    close(c);
    CHECK(unlink("f.off") == 0);
}

void file_fstat(void)
{
    write_file("f.st", "12345");
    int fd = open("f.st", O_RDONLY);
    struct stat st, st2;
    CHECK(fstat(fd, &st) == 0);
    CHECK(st.type == T_FILE && st.size == 5 && st.nlink == 1 && st.ino > ROOTINO);
    close(fd);
    CHECK(stat("/", &st2) == 0);
    CHECK(st2.type == T_DIR && st2.ino == ROOTINO);
    CHECK(unlink("f.st") == 0);
    CHECK(stat("f.st", &st) == -1);
}

void file_empty(void)
{
    write_file("f.e", "");
    int fd = open("f.e", O_RDONLY);
    char c;
    CHECK(read(fd, &c, 1) == 0);
    close(fd);
    CHECK(unlink("f.e") == 0);
}

/* An unlinked file lives on while it is open. */
void unlink_open_file(void)
{
    write_file("f.ul", "still here");
    int fd = open("f.ul", O_RDWR);
    CHECK(fd >= 0);
    CHECK(unlink("f.ul") == 0);
    CHECK(open("f.ul", O_RDONLY) == -1);
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.nlink == 0);
    static char got[16];
    CHECK(read(fd, got, 10) == 10 && !memcmp(got, "still here", 10));
    CHECK(write(fd, "!", 1) == 1);
    /* A new file of the same name is a different file. */
    write_file("f.ul", "new");
    CHECK(file_is("f.ul", "new"));
    close(fd);
    CHECK(unlink("f.ul") == 0);
    CHECK(unlink("f.ul") == -1);
}

void link_basic(void)
{
    write_file("l.a", "shared");
    CHECK(link("l.a", "l.b") == 0);
    struct stat sa, sb;
    CHECK(stat("l.a", &sa) == 0 && stat("l.b", &sb) == 0);
    CHECK(sa.ino == sb.ino && sa.nlink == 2);
    write_file("l.b", "changed");               /* truncate and write through the other */
    CHECK(file_is("l.a", "changed"));
    CHECK(unlink("l.a") == 0);
    CHECK(file_is("l.b", "changed"));
    CHECK(stat("l.b", &sb) == 0 && sb.nlink == 1);
    CHECK(unlink("l.b") == 0);
}

void link_errors(void)
{
    write_file("le.a", "x");
    CHECK(link("le.a", "le.a") == -1);          /* name taken */
    CHECK(link("no.such", "le.b") == -1);
    CHECK(link("le.a", "nodir/le.b") == -1);
    CHECK(mkdir("le.d") == 0);
    CHECK(link("le.d", "le.e") == -1);          /* no links to directories */
    CHECK(link("/", "le.r") == -1);
    CHECK(unlink("le.d") == 0);
    CHECK(unlink("le.a") == 0);
}

void symlink_basic(void)
{
    write_file("s.target", "through the link");
    CHECK(symlink("s.target", "s.link") == 0);
    CHECK(file_is("s.link", "through the link"));
    CHECK(type_of("s.link", 0) == T_FILE);
    CHECK(type_of("s.link", O_NOFOLLOW) == T_SYMLINK);
    /* Reading the link itself gives the target path. */
    int fd = open("s.link", O_RDONLY | O_NOFOLLOW);
    static char got[32];
    CHECK(read(fd, got, sizeof got) == 8 && !memcmp(got, "s.target", 8));
    close(fd);
    /* Writing through it changes the target. */
    write_file("s.link", "new text");
    CHECK(file_is("s.target", "new text"));
    CHECK(symlink("x", "s.link") == -1);        /* name taken */
    CHECK(unlink("s.link") == 0);                /* removes the link, not the target */
    CHECK(file_is("s.target", "new text"));
    CHECK(unlink("s.target") == 0);
}

void symlink_dangling(void)
{
    CHECK(symlink("s.nowhere", "s.dang") == 0);
    CHECK(open("s.dang", O_RDONLY) == -1);
    CHECK(type_of("s.dang", O_NOFOLLOW) == T_SYMLINK);
    /* Creating through a dangling link may create the target or fail; never crash. */
    int fd = open("s.dang", O_CREATE | O_RDWR);
    if (fd >= 0) {
        close(fd);
        unlink("s.nowhere");
    }
    CHECK(unlink("s.dang") == 0);
}

void symlink_loop(void)
{
    CHECK(symlink("s.loop2", "s.loop1") == 0);
    CHECK(symlink("s.loop1", "s.loop2") == 0);
    CHECK(open("s.loop1", O_RDONLY) == -1);
    CHECK(symlink("s.self", "s.self") == 0);
    CHECK(open("s.self", O_RDONLY) == -1);
    CHECK(chdir("s.loop1") == -1);
    CHECK(unlink("s.loop1") == 0 && unlink("s.loop2") == 0 && unlink("s.self") == 0);
}

/* A chain shorter than SYMLINK_DEPTH resolves; a longer one does not. */
void symlink_chain(void)
{
    static char from[16], to[16];
    write_file("s.c0", "end of chain");
    for (int i = 1; i <= SYMLINK_DEPTH + 2; i++) {
        snprintf(from, sizeof from, "s.c%d", i - 1);
        snprintf(to, sizeof to, "s.c%d", i);
        CHECK(symlink(from, to) == 0);
    }
    CHECK(file_is("s.c5", "end of chain"));
    snprintf(to, sizeof to, "s.c%d", SYMLINK_DEPTH + 2);
    CHECK(open(to, O_RDONLY) == -1);
    for (int i = 0; i <= SYMLINK_DEPTH + 2; i++) {
        snprintf(to, sizeof to, "s.c%d", i);
        CHECK(unlink(to) == 0);
    }
}

/* Links to directories are followed inside paths and by chdir. */
void symlink_dir(void)
{
    CHECK(mkdir("sd.real") == 0);
    write_file("sd.real/f", "inside");
    CHECK(symlink("/sd.real", "sd.link") == 0);
    CHECK(file_is("sd.link/f", "inside"));
    CHECK(chdir("sd.link") == 0);
    CHECK(file_is("f", "inside"));
    CHECK(chdir("/") == 0);
    CHECK(symlink("sd.real/f", "sd.rel") == 0);     /* relative to the link's directory */
    CHECK(file_is("sd.rel", "inside"));
    CHECK(unlink("sd.rel") == 0 && unlink("sd.link") == 0);
    CHECK(unlink("sd.real/f") == 0 && unlink("sd.real") == 0);
}

void dir_basic(void)
{
    CHECK(mkdir("d.b") == 0);
    CHECK(type_of("d.b", 0) == T_DIR);
    CHECK(chdir("d.b") == 0);
    write_file("inner", "in d.b");
    CHECK(mkdir("sub") == 0);
    CHECK(chdir("sub") == 0);
    CHECK(file_is("../inner", "in d.b"));
    CHECK(file_is("/d.b/inner", "in d.b"));
    CHECK(file_is("./.././inner", "in d.b"));
    CHECK(chdir("/") == 0);
    CHECK(file_is("d.b/sub/../inner", "in d.b"));
    struct stat st;
    CHECK(stat("d.b", &st) == 0 && st.nlink >= 2);  /* its entry and sub's ".." */
    CHECK(unlink("d.b/sub") == 0);
    CHECK(unlink("d.b/inner") == 0);
    CHECK(unlink("d.b") == 0);
    CHECK(chdir("d.b") == -1);
}

void dir_errors(void)
{
    CHECK(mkdir("d.e") == 0);
    CHECK(mkdir("d.e") == -1);                  /* exists */
    CHECK(mkdir("") == -1);
    CHECK(mkdir("nodir/d") == -1);
    CHECK(mkdir("/README/d") == -1);
    write_file("d.e/f", "x");
    CHECK(unlink("d.e") == -1);                 /* not empty */
    CHECK(unlink("d.e/.") == -1);
    CHECK(unlink("d.e/..") == -1);
    CHECK(unlink("/") == -1);
    CHECK(chdir("/README") == -1);              /* not a directory */
    CHECK(chdir("no.such") == -1);
    CHECK(unlink("d.e/f") == 0);
    CHECK(unlink("d.e") == 0);
}

void dir_dots(void)
{
    struct stat a, b;
    CHECK(stat("/.", &a) == 0 && stat("/..", &b) == 0);
    CHECK(a.ino == ROOTINO && b.ino == ROOTINO);
    CHECK(mkdir("d.dot") == 0);
    CHECK(stat("d.dot/..", &a) == 0 && a.ino == ROOTINO);
    CHECK(stat("d.dot/.", &a) == 0 && stat("d.dot", &b) == 0 && a.ino == b.ino);
    /* A directory reads as its entries, "." and ".." first. */
    int fd = open("d.dot", O_RDONLY);
    struct dirent de;
    CHECK(read(fd, &de, sizeof de) == sizeof de && !strcmp(de.name, "."));
    CHECK(read(fd, &de, sizeof de) == sizeof de && !strcmp(de.name, "..") && de.inum == ROOTINO);
    close(fd);
    CHECK(unlink("d.dot") == 0);
}

/* Directories that grow past one block, and names of the full DIRSIZ length. */
void dir_many_entries(void)
{
    static char name[32];
    CHECK(mkdir("d.many") == 0);
    CHECK(chdir("d.many") == 0);
    for (int i = 0; i < 150; i++) {
        snprintf(name, sizeof name, "file%03d-abcdef", i);     /* 14 characters */
        int fd = open(name, O_CREATE | O_WRONLY);
        CHECK(fd >= 0);
        CHECK(write(fd, name, 14) == 14);
        close(fd);
    }
    int found = 0;
    int fd = open(".", O_RDONLY);
    struct dirent de;
    while (read(fd, &de, sizeof de) == sizeof de)
        found += de.inum != 0 && de.name[0] == 'f';
    close(fd);
    CHECK(found == 150);
    for (int i = 0; i < 150; i++) {
        snprintf(name, sizeof name, "file%03d-abcdef", i);
        CHECK(file_is(name, name));
        CHECK(unlink(name) == 0);
    }
    CHECK(chdir("/") == 0);
    CHECK(unlink("d.many") == 0);
}

void dir_deep(void)
{
    enum { DEPTH = 20 };
    for (int i = 0; i < DEPTH; i++) {
        CHECK(mkdir("dd") == 0);
        CHECK(chdir("dd") == 0);
    }
    write_file("bottom", "deep");
    CHECK(chdir("/") == 0);
    static char path[3 * DEPTH + 10];
    path[0] = 0;
    for (int i = 0; i < DEPTH; i++)
        strcpy(path + 3 * i, "dd/");
    strcpy(path + 3 * DEPTH, "bottom");
    CHECK(file_is(path, "deep"));
    CHECK(unlink(path) == 0);
    for (int i = DEPTH; i > 0; i--) {
        path[3 * i - 1] = 0;
        CHECK(unlink(path) == 0);
    }
}

/* chdir into many directories keeps inode references balanced (more than the kernel's
 * in-memory inode cache holds). */
void dir_iref(void)
{
    for (int i = 0; i < 60; i++) {
        CHECK(mkdir("ir") == 0);
        CHECK(chdir("ir") == 0);
        CHECK(symlink("..", "up") == 0);
        write_file("f", "x");
    }
    for (int i = 0; i < 60; i++) {
        CHECK(unlink("f") == 0);
        CHECK(unlink("up") == 0);
        CHECK(chdir("..") == 0);
        CHECK(unlink("ir") == 0);
    }
    /* The inode cache has room again. */
    for (int i = 0; i < 60; i++)
        write_file("ir.x", "y");
    CHECK(unlink("ir.x") == 0);
}

/* A deleted current directory: nothing can be created in it. */
void dir_cwd_removed(void)
{
    CHECK(mkdir("d.gone") == 0);
    CHECK(chdir("d.gone") == 0);
    CHECK(unlink("../d.gone") == 0);
    CHECK(open("f", O_CREATE | O_RDWR) == -1);
    CHECK(mkdir("x") == -1);
    CHECK(chdir("/") == 0);
}

void device_file(void)
{
    CHECK(mknod("cons.t", DEV_CONSOLE, 0) == 0);
    CHECK(type_of("cons.t", 0) == T_DEVICE);
    int fd = open("cons.t", O_WRONLY);
    CHECK(fd >= 0);
    CHECK(write(fd, "", 0) == 0);
    close(fd);
    CHECK(mknod("cons.t", DEV_CONSOLE, 0) == -1);   /* exists */
    CHECK(unlink("cons.t") == 0);
    /* A device with no driver cannot be opened for I/O (or is refused up front). */
    if (mknod("nodev.t", 99, 0) == 0) {
        fd = open("nodev.t", O_RDWR);
        char c;
        CHECK(fd < 0 || read(fd, &c, 1) == -1);
        if (fd >= 0)
            close(fd);
        CHECK(unlink("nodev.t") == 0);
    }
}

/* Write a file big enough to need the double-indirect block (more than 8 MiB), then
 * read it back. */
void file_big(void)
{
    enum { CHUNK = 8192, NCHUNK = 8 * 128 + 40 };  /* 8.3 MiB */
    int fd = open("big.f", O_CREATE | O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    uint32_t *w = (uint32_t *)ut_buf;
    for (int c = 0; c < NCHUNK; c++) {
        for (int i = 0; i < CHUNK / 4; i++)
            w[i] = (uint32_t)(c * 7919 + i);
        CHECK(write(fd, ut_buf, CHUNK) == CHUNK);
    }
    close(fd);
    struct stat st;
    CHECK(stat("big.f", &st) == 0 && st.size == (uint64_t)CHUNK * NCHUNK);
    fd = open("big.f", O_RDONLY);
    for (int c = 0; c < NCHUNK; c++) {
        CHECK(read(fd, ut_buf, CHUNK) == CHUNK);
        for (int i = 0; i < CHUNK / 4; i += 61)
            if (w[i] != (uint32_t)(c * 7919 + i))
                ut_fail("big.f: word %d of chunk %d is wrong", i, c);
    }
    char c;
    CHECK(read(fd, &c, 1) == 0);
    close(fd);
    CHECK(unlink("big.f") == 0);
}

/* The largest file the format allows (MAXFILE blocks); needs an image with room for
 * it (mkfs -b 80000), so it runs only when named. */
void big_maxfile(void)
{
    int fd = open("max.f", O_CREATE | O_RDWR | O_TRUNC);
    CHECK(fd >= 0);
    uint64_t max = (uint64_t)MAXFILE * BSIZE, done = 0;
    memset(ut_buf, 'm', UT_BUF_SIZE);
    while (done < max) {
        int n = max - done < UT_BUF_SIZE ? (int)(max - done) : UT_BUF_SIZE;
        int r = write(fd, ut_buf, n);
        if (r != n)
            ut_fail("write at %lu returned %d (disk full?)", (unsigned long)done, r);
        done += (uint64_t)r;
    }
    CHECK(write(fd, ut_buf, 1) == -1);          /* one byte more is too many */
    struct stat st;
    CHECK(fstat(fd, &st) == 0 && st.size == max);
    close(fd);
    CHECK(unlink("max.f") == 0);
}
