/*
 * What the command files (cmd_*.c, csr_fields.c, explain.c) share with repl.c: the
 * session, argument parsing and the common output helpers.
 */
#ifndef RVSCOPE_REPL_INTERNAL_H
#define RVSCOPE_REPL_INTERNAL_H

#include "dbg_internal.h"
#include "repl.h"

struct repl {
    struct dbg *d;
    FILE *out;                  /* where commands print */
    FILE *session_out;          /* the session's own stream */
    int hart;                   /* the current hart (`hart N`) */
    bool quit;
    void (*running)(void *);    /* console hooks (repl_set_console_hooks) */
    void (*prompt)(void *);
    void *console_ctx;
};

/* A command handler: argv[0] is the command's name as typed (for x, "x/4gx"). */
typedef void (*repl_fn)(struct repl *r, int argc, char **argv);

/* One line of output, and one error line ("error: ..."); both go to r->out. */
void repl_print(struct repl *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));
void repl_error(struct repl *r, const char *fmt, ...) __attribute__((format(printf, 2, 3)));

/* --- parse.c --- */
/* A whole-string unsigned number (0x.., decimal); false on anything else. */
bool parse_number(const char *s, uint64_t *v);
/* An address expression: NUMBER, SYMBOL, $REG or $pc, each optionally +/- NUMBER.
 * Prints the error and returns false when it does not evaluate. */
bool parse_addr(struct repl *r, const char *s, uint64_t *v);
/* "U", "S", "M" (or u/s/m, user/supervisor/machine) -> PRIV_*, else -1. */
int parse_priv(const char *s);
/* key=value: *value points into s when s starts with key and '='. */
bool parse_key(const char *s, const char *key, const char **value);
/* " <symbol>" for addr seen from the current hart, or "". */
void repl_sym_suffix(struct repl *r, uint64_t addr, char *buf, size_t len);
/* disasm() with symbols for branch targets, as the current hart sees them. */
void repl_disasm(struct repl *r, const struct insn *d, char *buf, size_t len);
/* Fetch and decode the instruction at virtual pc on the current hart. */
bool repl_fetch_insn(struct repl *r, uint64_t pc, struct insn *out);
/* "   0x80000104 <kmain+4>:  addi  sp,sp,-16" (marker "=>" for the pc). */
void repl_disas_line(struct repl *r, uint64_t pc, const char *marker, uint64_t *next);
/* The page-table root (satp) that `satp=X` or `pid=N` names, or the current hart's.
 * Prints the error and returns false when it cannot. */
bool repl_pick_satp(struct repl *r, const char *arg, uint64_t *satp, int *pid);

/* --- cmd_run.c --- */
void cmd_continue(struct repl *r, int argc, char **argv);
void cmd_step(struct repl *r, int argc, char **argv);
void cmd_next(struct repl *r, int argc, char **argv);
void cmd_until(struct repl *r, int argc, char **argv);
void cmd_hart(struct repl *r, int argc, char **argv);
void cmd_info(struct repl *r, int argc, char **argv);
void repl_show_harts(struct repl *r);
/* Tell what stopped the machine, then where the stopping hart is. */
void repl_report_stop(struct repl *r, const struct dbg_stop *s);

/* --- cmd_break.c --- */
void cmd_break(struct repl *r, int argc, char **argv);
void cmd_tbreak(struct repl *r, int argc, char **argv);
void cmd_delete(struct repl *r, int argc, char **argv);
void cmd_watch(struct repl *r, int argc, char **argv);
void repl_show_points(struct repl *r);
/* The xcause value a short name stands for (`break trap NAME`; interrupts have bit 63). */
bool repl_cause_by_name(const char *name, bool interrupts_only, uint64_t *cause);
const char *repl_cause_word_at(size_t i);

/* --- cmd_state.c --- */
void cmd_regs(struct repl *r, int argc, char **argv);
void cmd_fregs(struct repl *r, int argc, char **argv);
void cmd_x(struct repl *r, int argc, char **argv);
void cmd_disas(struct repl *r, int argc, char **argv);
void cmd_bt(struct repl *r, int argc, char **argv);
void cmd_sym(struct repl *r, int argc, char **argv);
void cmd_addr(struct repl *r, int argc, char **argv);

/* --- csr_fields.c --- */
void cmd_csr(struct repl *r, int argc, char **argv);
/* Completion: the i-th CSR name the csr command knows well, NULL past the end. */
const char *repl_csr_word_at(size_t i);

/* --- cmd_kernel.c --- */
void cmd_pt(struct repl *r, int argc, char **argv);
void cmd_tf(struct repl *r, int argc, char **argv);
void cmd_ps(struct repl *r, int argc, char **argv);
void cmd_usersyms(struct repl *r, int argc, char **argv);
void cmd_trace(struct repl *r, int argc, char **argv);
/* The steps of a walk, one line per level (as pt walk prints them). */
void repl_walk_lines(struct repl *r, const struct walk *w);

/* --- explain.c --- */
void cmd_explain(struct repl *r, int argc, char **argv);

#endif
