/*
 * grep PATTERN [FILE...]: print the lines that contain a match of PATTERN.
 * Patterns: c (itself), . (any), x* x+ x? (repeat the item before), ^ and $ (anchors),
 * \c (c literally).
 */
#include "user.h"

/* One item of a pattern: a character (or "any") and how often it may repeat. */
struct item {
    char c;
    int any;        /* . */
    char rep;       /* 0, '*', '+' or '?' */
};

#define MAXITEMS 128
static struct item items[MAXITEMS];
static int nitems, anchored_start, anchored_end;

static int compile(const char *re)
{
    anchored_start = *re == '^';
    if (anchored_start)
        re++;
    for (nitems = 0; *re; nitems++) {
        if (re[0] == '$' && re[1] == 0) {
            anchored_end = 1;
            break;
        }
        if (nitems == MAXITEMS)
            return -1;
        struct item *it = &items[nitems];
        it->any = *re == '.';
        if (*re == '\\' && re[1])
            re++;
        it->c = *re++;
        it->rep = 0;
        if (*re == '*' || *re == '+' || *re == '?')
            it->rep = *re++;
    }
    return 0;
}

static int item_matches(const struct item *it, char c)
{
    return c != 0 && c != '\n' && (it->any || it->c == c);
}

/* Does items[i..] match a prefix of text (all of it, when anchored at the end)? */
static int match_at(int i, const char *text)
{
    if (i == nitems)
        return !anchored_end || *text == 0 || *text == '\n';
    const struct item *it = &items[i];
    if (it->rep == 0)
        return item_matches(it, *text) && match_at(i + 1, text + 1);
    /* Take as many as possible, then give them back one by one. */
    int n = 0, max = it->rep == '?' ? 1 : 1 << 30;
    while (n < max && item_matches(it, text[n]))
        n++;
    int min = it->rep == '+' ? 1 : 0;
    for (; n >= min; n--)
        if (match_at(i + 1, text + n))
            return 1;
    return 0;
}

static int line_matches(const char *line)
{
    if (anchored_start)
        return match_at(0, line);
    do {
        if (match_at(0, line))
            return 1;
    } while (*line && *line++ != '\n');
    return 0;
}

static char line[1024];

static int grep(int fd, const char *name, int show_name)
{
    int found = 0;
    for (;;) {
        fgets_fd(fd, line, sizeof line);
        if (line[0] == 0)
            break;
        if (line_matches(line)) {
            found = 1;
            if (show_name)
                printf("%s:", name);
            int n = (int)strlen(line);
            write(1, line, n);
            if (line[n - 1] != '\n')
                write(1, "\n", 1);
        }
    }
    return found;
}

int main(int argc, char **argv)
{
    if (argc < 2) {
        fprintf(2, "usage: grep PATTERN [FILE...]\n");
        return 2;
    }
    if (compile(argv[1]) < 0) {
        fprintf(2, "grep: pattern too long\n");
        return 2;
    }
    if (argc == 2)
        return !grep(0, "", 0);
    int found = 0;
    for (int i = 2; i < argc; i++) {
        int fd = open(argv[i], O_RDONLY);
        if (fd < 0) {
            fprintf(2, "grep: %s: cannot open\n", argv[i]);
            continue;
        }
        found |= grep(fd, argv[i], argc > 3);
        close(fd);
    }
    return !found;
}
