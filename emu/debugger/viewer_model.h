/*
 * The viewer's model and picture, with no window: what --viewer shows and
 * --viewer-snapshot saves (viewer.h is the front end that owns the window and listens to
 * the machine).
 *
 * The model keeps, per hart, three bounded rings filled from events (events.h):
 *   privilege changes  (traps and xRETs: from this time on, the hart runs in U, S or M)
 *   address spaces     (satp writes: from this time on, this process / the kernel / Bare)
 *   marks              (an ecall, an exception or an interrupt at this time)
 * A full ring forgets its oldest entries; the picture then starts where the history does.
 *
 * Time is one number on every lane, counted in instructions (viewer.c uses the
 * instructions retired by all harts, which is deterministic). Drawing goes to a plain
 * 0x00RRGGBB pixel buffer (struct vm_canvas) so tests can look at pixels; the front end
 * hands that buffer to SDL.
 */
#ifndef RVSCOPE_VIEWER_MODEL_H
#define RVSCOPE_VIEWER_MODEL_H

#include <stdbool.h>
#include <stddef.h>
#include <stdint.h>

#include "../events.h"

#define VM_MAX_LANES 8

/* ------------------------------------------------------------------ recording */

/* A bounded ring of fixed-size entries, each starting with its uint64_t time. */
struct vm_ring {
    unsigned char *items;
    size_t elem, cap;
    size_t head, count;     /* oldest entry, entries kept */
    uint64_t dropped;       /* entries forgotten because the ring was full */
};

struct vm_priv_change {
    uint64_t time;
    int priv;               /* PRIV_U, PRIV_S, PRIV_M (hart.h) */
};

enum vm_space_kind {
    VM_SPACE_BARE,          /* no translation */
    VM_SPACE_KERNEL,        /* the bundled kernel's own page table */
    VM_SPACE_PROCESS,       /* a process of the bundled kernel (pid, name) */
    VM_SPACE_OTHER,         /* a page table nobody named: known by its root only */
};

#define VM_NAME_LEN 16

struct vm_space {
    uint64_t time;
    uint64_t satp;
    uint64_t root;          /* physical address of the root page table */
    enum vm_space_kind kind;
    int pid;                /* VM_SPACE_PROCESS */
    char name[VM_NAME_LEN]; /* VM_SPACE_PROCESS: the process's name, maybe cut */
};

enum vm_mark_kind { VM_MARK_ECALL, VM_MARK_EXCEPTION, VM_MARK_INTERRUPT };

struct vm_mark {
    uint64_t time;
    uint64_t code;          /* ecall: a7 (system call or SBI extension); trap: xcause */
    uint64_t function;      /* ecall: a6 (the SBI function) */
    enum vm_mark_kind kind;
    int priv;               /* the privilege it happened in */
};

/* Names an address space for the process row: given out->satp and out->root, fills
 * kind, pid and name. viewer.c asks the bundled kernel; tests give their own. */
typedef void (*vm_space_namer)(void *ctx, struct vm_space *out);

struct vm_lane {
    struct vm_ring privs, spaces, marks;
    uint64_t now;           /* the latest time seen on this hart */
};

struct viewer_model {
    int nlanes;
    struct vm_lane lanes[VM_MAX_LANES];
    vm_space_namer namer;
    void *namer_ctx;
};

/* Ring sizes per hart. */
struct vm_capacity { size_t privs, spaces, marks; };
#define VM_DEFAULT_CAPACITY ((struct vm_capacity){1u << 15, 1u << 14, 1u << 15})

/* One lane per hart (1..VM_MAX_LANES). namer may be NULL (every space is "other").
 * Returns false when memory is short (then vm_free is still safe). */
bool vm_init(struct viewer_model *vm, int harts, struct vm_capacity cap, vm_space_namer namer,
             void *namer_ctx);
void vm_free(struct viewer_model *vm);

/* The state a hart is in when recording starts (or found by a resync): recorded only
 * where it differs from what the lane holds. */
void vm_set_priv(struct viewer_model *vm, int hart, uint64_t time, int priv);
void vm_set_satp(struct viewer_model *vm, int hart, uint64_t time, uint64_t satp);
/* Record what ev means for the picture, at `time` (earlier than the lane's present
 * time counts as its present: a lane never goes back). Kinds other than trap, xRET,
 * satp and ecall are ignored. */
void vm_record(struct viewer_model *vm, const struct event *ev, uint64_t time);
/* The hart got to `time` (extends its open segments). */
void vm_advance(struct viewer_model *vm, int hart, uint64_t time);

/* Spaces recorded before anyone could name them (VM_SPACE_OTHER) whose root table is
 * `root` become `kind` (the bundled kernel's own table is known only once a process
 * exists, after the kernel has run on it for a while). */
void vm_name_root(struct viewer_model *vm, uint64_t root, enum vm_space_kind kind);

/* Reading it back. Intervals end where the next change starts, the last at the lane's
 * present time. i counts from the oldest kept entry. */
struct vm_interval { uint64_t start, end; };
size_t vm_priv_count(const struct viewer_model *vm, int hart);
const struct vm_priv_change *vm_priv_at(const struct viewer_model *vm, int hart, size_t i,
                                        struct vm_interval *span);
size_t vm_space_count(const struct viewer_model *vm, int hart);
const struct vm_space *vm_space_at(const struct viewer_model *vm, int hart, size_t i,
                                   struct vm_interval *span);
size_t vm_mark_count(const struct viewer_model *vm, int hart);
const struct vm_mark *vm_mark_at(const struct viewer_model *vm, int hart, size_t i);
/* The earliest time still recorded on any lane, and the latest. */
uint64_t vm_first_time(const struct viewer_model *vm);
uint64_t vm_last_time(const struct viewer_model *vm);

/* ------------------------------------------------------------------ drawing */

/* 0x00RRGGBB (SDL_PIXELFORMAT_RGB888). tests/debugger/viewer_check.py knows these. */
#define VM_RGB_BACKGROUND 0x12161bu
#define VM_RGB_LANE 0x1d242cu
#define VM_RGB_GUTTER 0x2c3846u
#define VM_RGB_TEXT 0xe6e6e6u
#define VM_RGB_DIM_TEXT 0x8a96a3u
#define VM_RGB_U 0x3cba5au
#define VM_RGB_S 0x3a7bd5u
#define VM_RGB_M 0xd8433bu
#define VM_RGB_KERNEL 0x55606bu
#define VM_RGB_ECALL 0xf2c94cu
#define VM_RGB_EXCEPTION 0xf2892cu
#define VM_RGB_INTERRUPT 0xb86ff2u

/* The picture's layout, in pixels: a time axis on top, one lane per hart (a gutter with
 * the row names, then four rows: privilege, process, ecalls, traps), a legend below. */
#define VM_WIDTH 1024           /* the snapshot's width; the window starts so */
#define VM_GUTTER 64
#define VM_AXIS_H 20
#define VM_LANE_H 76
#define VM_LEGEND_H 20
enum vm_row { VM_ROW_PRIV, VM_ROW_SPACE, VM_ROW_ECALL, VM_ROW_TRAP, VM_ROW_COUNT };

/* Height of the picture for this many harts. */
int vm_picture_height(int harts);
/* Top and height of a row of lane `lane`. */
void vm_row_geometry(int lane, enum vm_row row, int *top, int *height);

struct vm_canvas {
    uint32_t *px;           /* 0x00RRGGBB */
    int w, h;
    int pitch;              /* pixels from one row to the next */
};

/* The time range shown, [t0, t1). */
struct vm_view { uint64_t t0, t1; };

/* The whole recorded history. */
struct vm_view vm_view_all(const struct viewer_model *vm);
/* The last `span` instructions up to the present. */
struct vm_view vm_view_follow(const struct viewer_model *vm, uint64_t span);
/* Column (from the canvas's left edge) where time t falls, for a canvas w wide. */
int vm_time_to_x(const struct vm_view *view, int w, uint64_t t);

/* Draw everything: axis, lanes, legend. */
void vm_draw(const struct viewer_model *vm, const struct vm_view *view, struct vm_canvas *c);

/* Text in the viewer's 5x7 font (letters shown upper-case); returns the width used. */
int vm_draw_text(struct vm_canvas *c, int x, int y, const char *s, uint32_t rgb);
int vm_text_width(const char *s);

#endif
