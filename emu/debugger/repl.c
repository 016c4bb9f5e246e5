/*
 * The prompt: the ONE command table (names, aliases, arguments, help, completion words),
 * the dispatcher, `help`, readline completion and history, and the session loop for a
 * terminal, a script (-x FILE) or piped input.
 */
#include "repl_internal.h"

#include <errno.h>
#include <signal.h>
#include <stdarg.h>
#include <stdlib.h>
#include <string.h>
#include <unistd.h>

#include <readline/history.h>
#include <readline/readline.h>

#define PROMPT "(rvscope) "
#define MAX_ARGS 32

/* What an argument position completes to. */
enum words {
    W_NONE,
    W_SUBS,       /* the command's subcommand words */
    W_SYMBOLS,    /* symbol names */
    W_SUBS_SYMS,  /* subcommand words and symbols (break ADDR | break ecall ...) */
    W_CSRS,       /* CSR names */
    W_AFTER_SUB,  /* depends on the word before (break ecall NAME, trace on KIND...) */
    W_FILES,      /* file names (readline's own completion) */
};

enum {
    CMD_REPEATS = 1,   /* an empty line runs it again */
};

struct repl_cmd {
    const char *name;
    const char *alias;          /* a short name, or NULL */
    const char *args;           /* usage after the name */
    const char *group;
    const char *summary;        /* one line for `help` */
    const char *details;        /* more for `help NAME`, or NULL */
    repl_fn fn;
    unsigned flags;
    const char *const *subs;    /* subcommand words, NULL-terminated */
    enum words first, rest;     /* completion of the first and later arguments */
};

static void cmd_help(struct repl *r, int argc, char **argv);
static void cmd_quit(struct repl *r, int argc, char **argv);

static const char *const break_subs[] = {"ecall", "satp", "trap", "sret", "priv",
                                         "interrupt", NULL};
static const char *const info_subs[] = {"harts", "break", NULL};
static const char *const watch_subs[] = {"r", "w", "rw", NULL};
static const char *const pt_subs[] = {"walk", "dump", NULL};
static const char *const trace_subs[] = {"on", "off", "show", "save", NULL};

/* The command table: help and completion are generated from it. */
static const struct repl_cmd commands[] = {
    {"continue", "c", "[N]", "running",
     "run until a breakpoint or the end (N: stop at the Nth stop)",
     "Runs until a breakpoint, watchpoint or event breakpoint, Ctrl-A c (or Ctrl-C when\n"
     "the console is not a terminal), or the end of the machine.",
     cmd_continue, CMD_REPEATS, NULL, W_NONE, W_NONE},
    {"step", "s", "[N]", "running",
     "run N instructions (1) on the current hart, showing each",
     "Only the current hart runs. Each instruction is shown with the register it wrote,\n"
     "or the trap it raised; an interrupt taken before it is shown too. Also: si, stepi.",
     cmd_step, CMD_REPEATS, NULL, W_NONE, W_NONE},
    {"next", "n", "", "running", "step over a call (jal/jalr linking ra) or an ecall",
     NULL, cmd_next, CMD_REPEATS, NULL, W_NONE, W_NONE},
    {"until", "u", "ADDR|SYMBOL", "running", "run until the current hart reaches ADDR",
     NULL, cmd_until, 0, NULL, W_SYMBOLS, W_NONE},
    {"hart", NULL, "N", "running", "make hart N the current hart", NULL, cmd_hart, 0, NULL,
     W_NONE, W_NONE},
    {"info", "i", "harts|break", "running", "list the harts, or the breakpoints", NULL,
     cmd_info, 0, info_subs, W_SUBS, W_NONE},
    {"break", "b", "ADDR|SYMBOL [if hart=N priv=U|S|M asid=N pid=N]", "breakpoints",
     "stop when a hart reaches ADDR; events: see help break",
     "Event breakpoints:\n"
     "  break ecall [NAME|NUMBER]  an ecall: a system call NAME (U-mode), an SBI\n"
     "                             extension NAME (TIME, HSM...), or any with a7=NUMBER\n"
     "  break satp                 any write of satp\n"
     "  break trap [CAUSE]         a trap (CAUSE: a name such as load_page_fault, or\n"
     "                             the xcause number)\n"
     "  break sret user            an sret to U-mode\n"
     "  break priv U|S|M           a trap or xRET entering that privilege\n"
     "  break interrupt [NAME]     an interrupt (stimer, mtimer, ssoft, msoft, sext, mext)",
     cmd_break, 0, break_subs, W_SUBS_SYMS, W_AFTER_SUB},
    {"tbreak", NULL, "ADDR|SYMBOL [if ...]", "breakpoints",
     "a breakpoint deleted when it stops the machine", NULL, cmd_tbreak, 0, NULL,
     W_SYMBOLS, W_NONE},
    {"delete", "d", "[N...]", "breakpoints", "delete breakpoints N... (all without N)", NULL,
     cmd_delete, 0, NULL, W_NONE, W_NONE},
    {"watch", NULL, "[r|w|rw] ADDR [LEN]", "breakpoints",
     "stop after a load (r), a store (w, default) or both at ADDR",
     "ADDR is virtual (any address space) or p:ADDR physical; LEN defaults to 8.",
     cmd_watch, 0, watch_subs, W_SUBS_SYMS, W_SYMBOLS},
    {"regs", NULL, "", "state", "integer registers (ABI names), pc and privilege", NULL,
     cmd_regs, 0, NULL, W_NONE, W_NONE},
    {"fregs", NULL, "", "state", "floating-point registers and fcsr", NULL, cmd_fregs, 0,
     NULL, W_NONE, W_NONE},
    {"csr", NULL, "[NAME]", "state", "CSRs with named fields (the main ones without NAME)",
     NULL, cmd_csr, 0, NULL, W_CSRS, W_NONE},
    {"x", NULL, "/NFU ADDR", "state", "examine memory: N units, format F, unit size U",
     "F: x hex, d signed, u unsigned, c char, s string, i instruction. U: b 1, h 2, w 4,\n"
     "g 8 bytes. ADDR is virtual through the current satp, or p:ADDR physical.",
     cmd_x, 0, NULL, W_SYMBOLS, W_NONE},
    {"disas", NULL, "[ADDR] [N]", "state", "disassemble N instructions (10) at ADDR (default pc)",
     NULL, cmd_disas, 0, NULL, W_SYMBOLS, W_NONE},
    {"bt", NULL, "", "state", "backtrace through the frame pointer (s0), with symbols", NULL,
     cmd_bt, 0, NULL, W_NONE, W_NONE},
    {"sym", NULL, "ADDR", "state", "the symbol an address belongs to", NULL, cmd_sym, 0, NULL,
     W_NONE, W_NONE},
    {"addr", NULL, "SYMBOL", "state", "the address of a symbol", NULL, cmd_addr, 0, NULL,
     W_SYMBOLS, W_NONE},
    {"pt", NULL, "walk VA|dump [satp=X|pid=N]", "kernel",
     "a page walk level by level, or a page table's mappings",
     "pt walk VA [satp=X|pid=N] [load|store|fetch] [U|S]: every level's VPN index, PTE\n"
     "address and value, flags, and the decision (descend, leaf, or the fault and its\n"
     "trap). pt dump [satp=X|pid=N]: the mappings merged into ranges, with permissions.",
     cmd_pt, 0, pt_subs, W_SUBS, W_NONE},
    {"tf", NULL, "[ADDR|pid=N]", "kernel",
     "a trapframe (bundled kernel layout) and its system call", NULL, cmd_tf, 0,
     NULL, W_NONE, W_NONE},
    {"explain", NULL, "[hart N]", "kernel", "the last trap in plain words", NULL, cmd_explain,
     0, NULL, W_NONE, W_NONE},
    {"ps", NULL, "", "kernel", "the bundled kernel's processes (pid, name, state, satp)", NULL,
     cmd_ps, 0, NULL, W_NONE, W_NONE},
    {"usersyms", NULL, "DIR", "kernel",
     "user programs' symbols from DIR (NAME, NAME.elf, _NAME)", NULL,
     cmd_usersyms, 0, NULL, W_FILES, W_NONE},
    {"trace", NULL, "on|off KIND...|show [N]|save FILE", "tracing",
     "trace satp, ecall, trap, interrupt, mmio, pagewalk, all",
     "trace on KIND... prints one line per event as it happens and keeps the last 4096;\n"
     "trace show [N] prints the last N kept; trace save FILE writes them all.",
     cmd_trace, 0, trace_subs, W_SUBS, W_AFTER_SUB},
    {"help", "h", "[COMMAND]", "other", "this list, or more about one command", NULL, cmd_help,
     0, NULL, W_NONE, W_NONE},
    {"quit", "q", "", "other", "leave rvscope", NULL, cmd_quit, 0, NULL, W_NONE, W_NONE},
};
#define N_COMMANDS (sizeof(commands) / sizeof(commands[0]))

/* More names that reach the same commands (gdb habits). */
static const struct { const char *name, *command; } synonyms[] = {
    {"si", "step"}, {"stepi", "step"}, {"ni", "next"}, {"nexti", "next"},
    {"exit", "quit"}, {"backtrace", "bt"}, {"where", "bt"}, {"registers", "regs"},
};

/* ------------------------------------------------------------------ output */

/* Output of the prompt starts on a line of its own, after the guest's. */
static void fresh_line(struct repl *r)
{
    if (r->d->guest_mid_line && r->out == r->session_out)
        fputc('\n', r->out);
    r->d->guest_mid_line = false;
}

void repl_print(struct repl *r, const char *fmt, ...)
{
    fresh_line(r);
    va_list ap;
    va_start(ap, fmt);
    vfprintf(r->out, fmt, ap);
    va_end(ap);
    fputc('\n', r->out);
}

void repl_error(struct repl *r, const char *fmt, ...)
{
    fresh_line(r);
    va_list ap;
    va_start(ap, fmt);
    fputs("error: ", r->out);
    vfprintf(r->out, fmt, ap);
    va_end(ap);
    fputc('\n', r->out);
}

/* ------------------------------------------------------------------ dispatch */

/* The command a word names: exactly, by alias or synonym, or as a unique prefix. NULL
 * with *ambiguous set when a prefix names several. */
static const struct repl_cmd *find_command(const char *word, bool *ambiguous)
{
    *ambiguous = false;
    for (size_t i = 0; i < N_COMMANDS; i++)
        if (strcmp(commands[i].name, word) == 0 ||
            (commands[i].alias && strcmp(commands[i].alias, word) == 0))
            return &commands[i];
    for (size_t i = 0; i < sizeof(synonyms) / sizeof(synonyms[0]); i++)
        if (strcmp(synonyms[i].name, word) == 0)
            return find_command(synonyms[i].command, ambiguous);
    const struct repl_cmd *found = NULL;
    size_t n = strlen(word);
    for (size_t i = 0; i < N_COMMANDS && n; i++) {
        if (strncmp(commands[i].name, word, n) != 0)
            continue;
        if (found) {
            *ambiguous = true;
            return NULL;
        }
        found = &commands[i];
    }
    return found;
}

/* Split line into words (blanks separate; "double quotes" keep blanks). */
static int split(char *line, char **argv)
{
    int argc = 0;
    char *p = line;
    while (*p && argc < MAX_ARGS) {
        while (*p == ' ' || *p == '\t' || *p == '\n' || *p == '\r')
            p++;
        if (!*p || *p == '#')
            break;
        bool quoted = *p == '"';
        argv[argc++] = quoted ? ++p : p;
        while (*p && (quoted ? *p != '"' : (*p != ' ' && *p != '\t' && *p != '\n' && *p != '\r')))
            p++;
        if (*p)
            *p++ = 0;
    }
    return argc;
}

static const struct repl_cmd *line_command(const char *line)
{
    char copy[1024], *argv[MAX_ARGS];
    snprintf(copy, sizeof(copy), "%s", line);
    if (split(copy, argv) == 0)
        return NULL;
    char *slash = strchr(argv[0], '/');
    if (slash)
        *slash = 0;
    bool ambiguous;
    return find_command(argv[0], &ambiguous);
}

bool repl_execute(struct repl *r, const char *line, FILE *out)
{
    char copy[1024], *argv[MAX_ARGS];
    if (strlen(line) >= sizeof(copy)) {
        repl_error(r, "line too long (at most %zu characters)", sizeof(copy) - 1);
        return true;
    }
    snprintf(copy, sizeof(copy), "%s", line);
    int argc = split(copy, argv);
    if (argc == 0)
        return true;
    char word[64];
    snprintf(word, sizeof(word), "%.*s", (int)strcspn(argv[0], "/"), argv[0]);
    bool ambiguous;
    const struct repl_cmd *c = find_command(word, &ambiguous);
    FILE *saved = r->out;
    if (out)
        r->out = out;
    if (!c && ambiguous)
        repl_error(r, "'%s' is ambiguous (see help)", word);
    else if (!c)
        repl_error(r, "unknown command '%s' (try help)", word);
    else if (strchr(argv[0], '/') && c->fn != cmd_x)
        repl_error(r, "'%s': only x takes a /FORMAT", argv[0]);
    else
        c->fn(r, argc, argv);
    fflush(r->out);
    r->out = saved;
    return !r->quit;
}

/* ------------------------------------------------------------------ help and quit */

static void help_one(struct repl *r, const struct repl_cmd *c)
{
    repl_print(r, "%s%s%s", c->name, c->args[0] == '/' ? "" : " ", c->args);
    repl_print(r, "  %s", c->summary);
    if (c->alias)
        repl_print(r, "  (short: %s)", c->alias);
    if (c->details)
        repl_print(r, "%s", c->details);
}

static void cmd_help(struct repl *r, int argc, char **argv)
{
    if (argc > 1) {
        bool ambiguous;
        const struct repl_cmd *c = find_command(argv[1], &ambiguous);
        if (c)
            help_one(r, c);
        else
            repl_error(r, "no command '%s' (try help)", argv[1]);
        return;
    }
    const char *group = NULL;
    for (size_t i = 0; i < N_COMMANDS; i++) {
        const struct repl_cmd *c = &commands[i];
        if (!group || strcmp(group, c->group) != 0)
            repl_print(r, "%s%s:", group ? "\n" : "", c->group);
        group = c->group;
        char usage[96];
        snprintf(usage, sizeof(usage), "%s%s%s", c->name, c->args[0] == '/' ? "" : " ",
                 c->args);
        if (strlen(usage) > 30)
            repl_print(r, "  %s\n  %-30s  %s", usage, "", c->summary);
        else
            repl_print(r, "  %-30s  %s", usage, c->summary);
    }
    repl_print(r, "\nAn empty line repeats step, next and continue. help COMMAND tells more.");
}

static void cmd_quit(struct repl *r, int argc, char **argv)
{
    (void)argc;
    (void)argv;
    r->quit = true;
}

/* ------------------------------------------------------------------ completion */

static struct repl *completing;   /* readline's callbacks take no context */

/* The i-th candidate word of kind k (prev: the word before, for W_AFTER_SUB). */
static const char *candidate(const struct repl_cmd *c, enum words k, const char *prev,
                             size_t i)
{
    static const char *const privs[] = {"U", "S", "M", NULL};
    static const char *const user[] = {"user", NULL};
    static const char *const kinds[] = {"satp", "ecall", "trap", "interrupt", "mmio",
                                        "pagewalk", "all", NULL};
    size_t nsubs = 0;
    while (c->subs && c->subs[nsubs])
        nsubs++;
    switch (k) {
    case W_SUBS: return i < nsubs ? c->subs[i] : NULL;
    case W_SYMBOLS: return dbg_symbol_name_at(completing->d, i);
    case W_SUBS_SYMS:
        return i < nsubs ? c->subs[i] : dbg_symbol_name_at(completing->d, i - nsubs);
    case W_CSRS: return repl_csr_word_at(i);
    case W_AFTER_SUB:
        if (strcmp(prev, "ecall") == 0) {
            const char *s = dbg_syscall_name_at(i);
            size_t n = 0;
            while (dbg_syscall_name_at(n))
                n++;
            return s ? s : dbg_sbi_extension_at(i - n);
        }
        if (strcmp(prev, "trap") == 0 || strcmp(prev, "interrupt") == 0)
            return repl_cause_word_at(i);
        if (strcmp(prev, "priv") == 0)
            return i < 3 ? privs[i] : NULL;
        if (strcmp(prev, "sret") == 0)
            return i < 1 ? user[i] : NULL;
        if (strcmp(prev, "on") == 0 || strcmp(prev, "off") == 0)
            return i < 7 ? kinds[i] : NULL;
        return NULL;
    default: return NULL;
    }
}

static const struct repl_cmd *comp_cmd;
static enum words comp_kind;
static char comp_prev[64];

static char *generate(const char *text, int state)
{
    static size_t index;
    if (!state)
        index = 0;
    size_t n = strlen(text);
    for (;;) {
        const char *w;
        if (!comp_cmd)
            w = index < N_COMMANDS ? commands[index].name : NULL;
        else
            w = candidate(comp_cmd, comp_kind, comp_prev, index);
        if (!w)
            return NULL;
        index++;
        if (strncmp(w, text, n) == 0)
            return strdup(w);
    }
}

static char **complete(const char *text, int start, int end)
{
    (void)end;
    char line[1024], *argv[MAX_ARGS];
    snprintf(line, sizeof(line), "%.*s", start, rl_line_buffer);
    int argc = split(line, argv);
    rl_attempted_completion_over = 1;
    comp_cmd = NULL;
    if (argc > 0) {
        argv[0][strcspn(argv[0], "/")] = 0;
        bool ambiguous;
        comp_cmd = find_command(argv[0], &ambiguous);
        if (!comp_cmd)
            return NULL;
        comp_kind = argc == 1 ? comp_cmd->first : comp_cmd->rest;
        snprintf(comp_prev, sizeof(comp_prev), "%s", argv[argc - 1]);
        if (comp_kind == W_FILES) {
            rl_attempted_completion_over = 0;   /* readline completes file names */
            return NULL;
        }
    }
    return rl_completion_matches(text, generate);
}

/* ------------------------------------------------------------------ the session */

struct repl *repl_new(struct dbg *d, FILE *out)
{
    struct repl *r = calloc(1, sizeof(*r));
    if (!r)
        return NULL;
    r->d = d;
    r->out = r->session_out = out;
    return r;
}

void repl_free(struct repl *r)
{
    free(r);
}

void repl_set_console_hooks(struct repl *r, void (*running)(void *), void (*prompt)(void *),
                            void *ctx)
{
    r->running = running;
    r->prompt = prompt;
    r->console_ctx = ctx;
}

static void strip_newline(char *line)
{
    line[strcspn(line, "\r\n")] = 0;
}

/* A script: every line echoed after the prompt, then run; blank lines are skipped. */
static void run_script(struct repl *r, const char *path)
{
    FILE *f = fopen(path, "r");
    if (!f) {
        repl_error(r, "%s: %s", path, strerror(errno));
        return;
    }
    char line[1024];
    while (!r->quit && fgets(line, sizeof(line), f)) {
        strip_newline(line);
        if (line[strspn(line, " \t")] == 0)
            continue;
        fresh_line(r);
        fprintf(r->out, PROMPT "%s\n", line);
        repl_execute(r, line, NULL);
    }
    fclose(f);
}

/* Run a line typed (or piped) at the prompt; an empty one repeats a step. */
static void run_typed(struct repl *r, const char *line, char *last, size_t last_len)
{
    if (line[strspn(line, " \t")] == 0) {
        const struct repl_cmd *c = last[0] ? line_command(last) : NULL;
        if (c && (c->flags & CMD_REPEATS))
            repl_execute(r, last, NULL);
        return;
    }
    snprintf(last, last_len, "%s", line);
    repl_execute(r, line, NULL);
}

static void history_path(char *buf, size_t len)
{
    const char *env = getenv("RVSCOPE_HISTORY");
    const char *home = getenv("HOME");
    if (env && *env)
        snprintf(buf, len, "%s", env);
    else if (home && *home)
        snprintf(buf, len, "%s/.rvscope_history", home);
    else
        buf[0] = 0;
}

static void interactive(struct repl *r)
{
    char hist[1024], last[1024] = "";
    history_path(hist, sizeof(hist));
    using_history();
    if (hist[0])
        read_history(hist);
    completing = r;
    rl_attempted_completion_function = complete;
    rl_readline_name = "rvscope";
    /* Ctrl-C at the prompt does nothing (quit or Ctrl-D leave); during a run it stops
     * the guest (cmd_run.c installs its own handler for the run). */
    struct sigaction ignore = {.sa_handler = SIG_IGN}, old;
    sigaction(SIGINT, &ignore, &old);
    while (!r->quit) {
        fresh_line(r);
        fflush(r->out);
        char *line = readline(PROMPT);
        if (!line) {
            fputc('\n', r->out);
            break;
        }
        if (line[strspn(line, " \t")])
            add_history(line);
        run_typed(r, line, last, sizeof(last));
        free(line);
    }
    sigaction(SIGINT, &old, NULL);
    if (hist[0] && write_history(hist) == 0)
        history_truncate_file(hist, 1000);
}

static void from_stdin(struct repl *r)
{
    char line[1024], last[1024] = "";
    while (!r->quit) {
        fresh_line(r);
        fputs(PROMPT, r->out);
        fflush(r->out);
        if (!fgets(line, sizeof(line), stdin)) {
            fputc('\n', r->out);
            break;
        }
        strip_newline(line);
        fprintf(r->out, "%s\n", line);
        run_typed(r, line, last, sizeof(last));
    }
}

void repl_session(struct repl *r, const char *script, const char *banner)
{
    if (banner)
        fprintf(r->out, "%s\n", banner);
    if (script)
        run_script(r, script);
    if (r->quit)
        return;
    if (script && !isatty(STDIN_FILENO))
        return;   /* stdin is the guest's (session.c): the script was the whole session */
    if (isatty(STDIN_FILENO))
        interactive(r);
    else
        from_stdin(r);
    fflush(r->out);
}
