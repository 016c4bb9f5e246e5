/*
 * sh: the shell. Reads a line, splits it into commands, runs them.
 *
 *   line     = pipeline { (";" | "&") pipeline } [";" | "&"]
 *   pipeline = command { "|" command }              "&" runs it in the background
 *   command  = word { word | "<" word | ">" word }  "cd DIR" and "exit" are built in
 *
 * Words may be quoted with ' or ". A command name without '/' that is not found in the
 * current directory is looked up in "/". "sh FILE" runs the commands in FILE.
 */
#include "user.h"

#define MAXLINE 512
#define MAXARGS 16
#define MAXCMDS 16

struct cmd {
    char *argv[MAXARGS + 1];
    int argc;
    char *in, *out;         /* redirections, or NULL */
    char sep;               /* what follows: '|', ';', '&', or 0 at the end */
};

/* Big buffers are static: a user stack is one page. Children get copies by fork. */
static char line[MAXLINE];
static char words[MAXLINE * 2];
static struct cmd cmds[MAXCMDS];
static int ncmds;

/* ---- reading lines ------------------------------------------------------------------ */

static int input_fd;
static char inbuf[MAXLINE];
static int inlen, inpos;

/* Next line from input_fd without its newline; -1 at end of input. */
static int read_line(void)
{
    int n = 0;
    for (;;) {
        if (inpos == inlen) {
            inlen = read(input_fd, inbuf, sizeof inbuf);
            inpos = 0;
            if (inlen <= 0) {
                inlen = 0;
                if (n == 0)
                    return -1;
                break;
            }
        }
        char c = inbuf[inpos++];
        if (c == '\n')
            break;
        if (n + 1 < MAXLINE)
            line[n++] = c;
    }
    line[n] = 0;
    return n;
}

/* ---- parsing ------------------------------------------------------------------------ */

static int is_space(char c)
{
    return c == ' ' || c == '\t' || c == '\r' || c == '\v';
}

static int is_op(char c)
{
    return c == '|' || c == '<' || c == '>' || c == '&' || c == ';';
}

/* Split line into cmds; 0, or -1 after printing a syntax error. */
static int parse(void)
{
    char *s = line, *w = words, **redir = NULL;
    ncmds = 0;
    struct cmd *c = &cmds[0];
    memset(c, 0, sizeof *c);
    for (;;) {
        while (is_space(*s))
            s++;
        if (*s == 0 || is_op(*s)) {
            char op = *s;
            if (redir) {
                fprintf(2, "sh: missing file name after < or >\n");
                return -1;
            }
            if (op == '<' || op == '>') {
                redir = op == '<' ? &c->in : &c->out;
                s++;
                continue;
            }
            if (c->argc == 0 && !c->in && !c->out) {
                /* An empty command is fine only at the end of a line not ending in '|'. */
                if (op != 0 || (ncmds > 0 && cmds[ncmds - 1].sep == '|')) {
                    fprintf(2, "sh: syntax error near '%c'\n", op ? op : '|');
                    return -1;
                }
                return 0;
            }
            if (ncmds + 1 == MAXCMDS) {
                fprintf(2, "sh: too many commands\n");
                return -1;
            }
            c->sep = op;
            c->argv[c->argc] = NULL;
            c = &cmds[++ncmds];
            memset(c, 0, sizeof *c);
            if (op == 0)
                return 0;
            s++;
            continue;
        }
        /* A word, possibly with quoted parts. */
        char *start = w;
        while (*s && !is_space(*s) && !is_op(*s)) {
            if (*s == '"' || *s == '\'') {
                char q = *s++;
                while (*s && *s != q)
                    *w++ = *s++;
                if (*s != q) {
                    fprintf(2, "sh: unterminated %c\n", q);
                    return -1;
                }
                s++;
            } else {
                *w++ = *s++;
            }
        }
        *w++ = 0;
        if (redir) {
            *redir = start;
            redir = NULL;
        } else if (c->argc == MAXARGS) {
            fprintf(2, "sh: too many arguments\n");
            return -1;
        } else {
            c->argv[c->argc++] = start;
        }
    }
}

/* ---- running ------------------------------------------------------------------------ */

static char pathbuf[MAXLINE + 2];

/* In a child: set up redirections, exec, or die with a message. */
static void run_command(struct cmd *c)
{
    if (c->in) {
        close(0);
        if (open(c->in, O_RDONLY) != 0) {
            fprintf(2, "sh: %s: cannot open\n", c->in);
            exit(1);
        }
    }
    if (c->out) {
        close(1);
        if (open(c->out, O_WRONLY | O_CREATE | O_TRUNC) != 1) {
            fprintf(2, "sh: %s: cannot create\n", c->out);
            exit(1);
        }
    }
    if (c->argc == 0)
        exit(0);
    exec(c->argv[0], c->argv);
    if (!strchr(c->argv[0], '/')) {
        snprintf(pathbuf, sizeof pathbuf, "/%s", c->argv[0]);
        exec(pathbuf, c->argv);
    }
    fprintf(2, "sh: %s: not found\n", c->argv[0]);
    exit(1);
}

/* Run cmds[first..first+n) connected by pipes and wait for all of them. */
static void run_pipeline(int first, int n)
{
    int pids[MAXCMDS], started = 0, prev_read = -1;
    for (int i = 0; i < n; i++) {
        int p[2] = { -1, -1 };
        if (i + 1 < n && pipe(p) < 0) {
            fprintf(2, "sh: pipe failed\n");
            break;
        }
        int pid = fork();
        if (pid == 0) {
            if (prev_read >= 0) {
                close(0);
                dup(prev_read);
                close(prev_read);
            }
            if (p[1] >= 0) {
                close(1);
                dup(p[1]);
                close(p[0]);
                close(p[1]);
            }
            run_command(&cmds[first + i]);
        }
        if (pid < 0)
            fprintf(2, "sh: fork failed\n");
        else
            pids[started++] = pid;
        if (prev_read >= 0)
            close(prev_read);
        if (p[1] >= 0)
            close(p[1]);
        prev_read = p[0];
        if (pid < 0)
            break;
    }
    if (prev_read >= 0)
        close(prev_read);
    /* wait may also return finished background jobs; count only ours. */
    while (started > 0) {
        int w = wait(NULL);
        if (w < 0)
            break;
        for (int i = 0; i < started; i++) {
            if (pids[i] == w) {
                pids[i] = pids[--started];
                break;
            }
        }
    }
}

/* Built-ins run in the shell itself; 1 if c was one. */
static int builtin(struct cmd *c)
{
    if (c->argc == 0)
        return 0;
    if (!strcmp(c->argv[0], "cd")) {
        const char *dir = c->argc > 1 ? c->argv[1] : "/";
        if (chdir(dir) < 0)
            fprintf(2, "sh: cd: %s: no such directory\n", dir);
        return 1;
    }
    if (!strcmp(c->argv[0], "exit"))
        exit(c->argc > 1 ? atoi(c->argv[1]) : 0);
    return 0;
}

static void run_line(void)
{
    for (int i = 0; i < ncmds;) {
        int n = 1;
        while (cmds[i + n - 1].sep == '|' && i + n < ncmds)
            n++;
        int background = cmds[i + n - 1].sep == '&';
        if (n == 1 && !background && !cmds[i].in && !cmds[i].out && builtin(&cmds[i])) {
            /* done */
        } else if (background) {
            int pid = fork();
            if (pid == 0) {
                run_pipeline(i, n);
                exit(0);
            }
            if (pid > 0)
                printf("[%d]\n", pid);
            else
                fprintf(2, "sh: fork failed\n");
        } else {
            run_pipeline(i, n);
        }
        i += n;
    }
}

int main(int argc, char **argv)
{
    if (argc > 1 && (input_fd = open(argv[1], O_RDONLY)) < 0) {
        fprintf(2, "sh: %s: cannot open\n", argv[1]);
        return 1;
    }
    struct stat st;
    int interactive = argc < 2 && fstat(0, &st) == 0 && st.type == T_DEVICE;
    for (;;) {
        if (interactive)
            write(2, "$ ", 2);
        if (read_line() < 0)
            return 0;
        if (parse() == 0)
            run_line();
    }
}
