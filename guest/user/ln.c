/* ln OLD NEW: a second name for a file.  ln -s TARGET NEW: a symbolic link. */
#include "user.h"

int main(int argc, char **argv)
{
    int sym = argc == 4 && !strcmp(argv[1], "-s");
    if (argc != 3 && !sym) {
        fprintf(2, "usage: ln [-s] OLD NEW\n");
        return 1;
    }
    const char *old = argv[argc - 2], *new = argv[argc - 1];
    if ((sym ? symlink(old, new) : link(old, new)) < 0) {
        fprintf(2, "ln: %s -> %s: failed\n", new, old);
        return 1;
    }
    return 0;
}
