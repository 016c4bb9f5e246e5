/*
 * The viewer's picture (viewer_model.h): a time axis, then per hart a lane of four rows,
 * then a legend.
 *
 *   privilege  each pixel column stacks the share of its time spent in U (top), S and M
 *              (bottom); any mode present gets at least 2 pixels, so a short M-mode visit
 *              stays visible however far the view is zoomed out
 *   process    the same for address spaces (processes by pid on top, the kernel grey
 *              below, Bare empty); the space with most of the time is named where its
 *              run of columns is wide enough
 *   ecall      a tick per ecall, named (system call, or SBI extension) where there is room
 *   trap       a full tick per exception (ecalls excepted), named where there is room,
 *              and a half tick per interrupt (timer interrupts come too often to name)
 */
#include <inttypes.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "../cpu/hart.h"
#include "../cpu/trap.h"
#include "dbg_internal.h"
#include "viewer_model.h"

#define LANE_BODY_H (VM_LANE_H - 4)     /* the rest of a lane is the gap to the next */
#define MIN_SHARE_PX 2
#define TEXT_H 7

static const struct { int top, height; const char *name; } rows[VM_ROW_COUNT] = {
    [VM_ROW_PRIV] = {4, 16, NULL},      /* named "HART N" */
    [VM_ROW_SPACE] = {22, 16, "PROCESS"},
    [VM_ROW_ECALL] = {40, 16, "ECALL"},
    [VM_ROW_TRAP] = {58, 12, "TRAP"},
};

/* Processes are told apart by pid; the colours avoid the U/S/M and mark colours. */
static const uint32_t process_rgb[] = {0x2bb5a8, 0xc77dba, 0xd9a441, 0x7f8fe8,
                                       0x9bc53d, 0xe07a5f, 0x5fa8d3, 0xb5838d};
#define N_PROCESS_RGB (sizeof(process_rgb) / sizeof(process_rgb[0]))

/* The plot: where time is drawn, right of the gutter. */
struct plot {
    struct vm_canvas *c;
    const struct vm_view *view;
    int x0, w;
};

/* ------------------------------------------------------------------ layout */

int vm_picture_height(int harts)
{
    return VM_AXIS_H + harts * VM_LANE_H + VM_LEGEND_H;
}

static int lane_top(int lane)
{
    return VM_AXIS_H + lane * VM_LANE_H;
}

void vm_row_geometry(int lane, enum vm_row row, int *top, int *height)
{
    *top = lane_top(lane) + rows[row].top;
    *height = rows[row].height;
}

/* ------------------------------------------------------------------ views */

struct vm_view vm_view_all(const struct viewer_model *vm)
{
    struct vm_view v = {vm_first_time(vm), vm_last_time(vm)};
    if (v.t1 <= v.t0)
        v.t1 = v.t0 + 1;
    return v;
}

struct vm_view vm_view_follow(const struct viewer_model *vm, uint64_t span)
{
    if (span == 0)
        span = 1;
    uint64_t last = vm_last_time(vm);
    if (last < span)   /* history fills the view from the left until it scrolls */
        return (struct vm_view){0, span};
    return (struct vm_view){last - span, last};
}

/* Time t as a fractional column of a plot w wide (negative: before the view). */
static double column_of(const struct vm_view *v, int w, uint64_t t)
{
    double span = v->t1 > v->t0 ? (double)(v->t1 - v->t0) : 1.0;
    double offset = t >= v->t0 ? (double)(t - v->t0) : -(double)(v->t0 - t);
    return offset * w / span;
}

int vm_time_to_x(const struct vm_view *view, int w, uint64_t t)
{
    int pw = w - VM_GUTTER;
    return VM_GUTTER + (int)column_of(view, pw > 0 ? pw : 1, t);
}

/* ------------------------------------------------------------------ pixels */

static void fill_rect(struct vm_canvas *c, int x, int y, int w, int h, uint32_t rgb)
{
    int x1 = x + w < c->w ? x + w : c->w, y1 = y + h < c->h ? y + h : c->h;
    for (int py = y < 0 ? 0 : y; py < y1; py++)
        for (int px = x < 0 ? 0 : x; px < x1; px++)
            c->px[py * c->pitch + px] = rgb;
}

/* Text that reads on a background of colour bg. */
static uint32_t text_on(uint32_t bg)
{
    unsigned r = bg >> 16 & 0xff, g = bg >> 8 & 0xff, b = bg & 0xff;
    return r * 299 + g * 587 + b * 114 > 140000 ? 0x101418u : VM_RGB_TEXT;
}

/* "12.5M": instructions in K, M or G with one decimal. */
static void format_amount(uint64_t n, char *buf, size_t len)
{
    if (n >= 1000000000u)
        snprintf(buf, len, "%.1fG", (double)n / 1e9);
    else if (n >= 1000000u)
        snprintf(buf, len, "%.1fM", (double)n / 1e6);
    else if (n >= 1000u)
        snprintf(buf, len, "%.1fK", (double)n / 1e3);
    else
        snprintf(buf, len, "%" PRIu64, n);
}

/* ------------------------------------------------------------------ finding entries */

typedef uint64_t (*time_at_fn)(const struct viewer_model *vm, int hart, size_t i);

static uint64_t priv_time(const struct viewer_model *vm, int hart, size_t i)
{
    return vm_priv_at(vm, hart, i, NULL)->time;
}

static uint64_t space_time(const struct viewer_model *vm, int hart, size_t i)
{
    return vm_space_at(vm, hart, i, NULL)->time;
}

static uint64_t mark_time(const struct viewer_model *vm, int hart, size_t i)
{
    return vm_mark_at(vm, hart, i)->time;
}

/* The first of n entries (kept in time order) at or after t; n when there is none. */
static size_t first_from(const struct viewer_model *vm, int hart, size_t n, time_at_fn time_at,
                         uint64_t t)
{
    size_t lo = 0, hi = n;
    while (lo < hi) {
        size_t mid = lo + (hi - lo) / 2;
        if (time_at(vm, hart, mid) < t)
            lo = mid + 1;
        else
            hi = mid;
    }
    return lo;
}

/* The first interval that reaches into the view: the one holding t0, or the first after. */
static size_t first_interval(const struct viewer_model *vm, int hart, size_t n,
                             time_at_fn time_at, uint64_t t0)
{
    size_t i = first_from(vm, hart, n, time_at, t0);
    return i > 0 && (i == n || time_at(vm, hart, i) > t0) ? i - 1 : i;
}

/* Call fn(ctx, column, share) for each column that [xs, xe) (fractional columns of a plot
 * w wide) covers, with the part of the column it covers. */
typedef void (*column_fn)(void *ctx, int col, double share);

static void for_columns(double xs, double xe, int w, column_fn fn, void *ctx)
{
    if (xe <= 0 || xs >= w)
        return;
    if (xs < 0)
        xs = 0;
    if (xe > w)
        xe = w;
    for (int col = (int)xs; col < w && col < xe; col++) {
        double a = xs > col ? xs : col, b = xe < col + 1 ? xe : col + 1;
        if (b > a)
            fn(ctx, col, b - a);
    }
}

/* ------------------------------------------------------------------ privilege row */

enum { SHARE_U, SHARE_S, SHARE_M, N_SHARES };
static const uint32_t share_rgb[N_SHARES] = {VM_RGB_U, VM_RGB_S, VM_RGB_M};

static int share_of(int priv)
{
    return priv == PRIV_U ? SHARE_U : priv == PRIV_S ? SHARE_S : priv == PRIV_M ? SHARE_M : -1;
}

/* One column of a row split among n shares of time, drawn top to bottom in order:
 * heights in proportion, each share present at least MIN_SHARE_PX, together the row's
 * height. */
#define MAX_SHARES 4
static void draw_stack(struct vm_canvas *c, int x, int top, int height, const double *share,
                       const uint32_t *rgb, int n)
{
    double total = 0;
    for (int k = 0; k < n; k++)
        total += share[k];
    if (total <= 0)
        return;
    int px[MAX_SHARES], sum = 0, largest = 0;
    for (int k = 0; k < n; k++) {
        px[k] = share[k] > 0 ? (int)(share[k] / total * height + 0.5) : 0;
        if (share[k] > 0 && px[k] < MIN_SHARE_PX)
            px[k] = MIN_SHARE_PX;
        sum += px[k];
        if (px[k] > px[largest])
            largest = k;
    }
    px[largest] += height - sum;
    for (int k = 0, y = top; k < n; y += px[k], k++)
        fill_rect(c, x, y, 1, px[k], rgb[k]);
}

/* Time per privilege in each column: share[col * N_SHARES + k]. */
struct share_sum {
    double *share;
    int k;
};

static void add_share(void *ctx, int col, double part)
{
    struct share_sum *s = ctx;
    s->share[col * N_SHARES + s->k] += part;
}

static void draw_priv_row(const struct viewer_model *vm, int hart, const struct plot *p)
{
    double *acc = calloc((size_t)p->w * N_SHARES, sizeof(*acc));
    if (!acc)
        return;
    size_t n = vm_priv_count(vm, hart);
    for (size_t i = first_interval(vm, hart, n, priv_time, p->view->t0); i < n; i++) {
        struct vm_interval span;
        const struct vm_priv_change *ch = vm_priv_at(vm, hart, i, &span);
        if (span.start >= p->view->t1)
            break;
        struct share_sum sum = {acc, share_of(ch->priv)};
        if (sum.k >= 0)
            for_columns(column_of(p->view, p->w, span.start), column_of(p->view, p->w, span.end),
                        p->w, add_share, &sum);
    }
    int top, height;
    vm_row_geometry(hart, VM_ROW_PRIV, &top, &height);
    for (int col = 0; col < p->w; col++)
        draw_stack(p->c, p->x0 + col, top, height, &acc[col * N_SHARES], share_rgb, N_SHARES);
    free(acc);
}

/* ------------------------------------------------------------------ process row */

/* The few address spaces that had most time in one column. */
#define CANDIDATES 4
_Static_assert(CANDIDATES <= MAX_SHARES && N_SHARES <= MAX_SHARES, "draw_stack's limit");
struct candidate {
    uint64_t key;
    double weight;
    const struct vm_space *space;   /* one of its segments: colour and label */
};

/* One process is one key across its segments (exec gives it a new page table). */
static uint64_t space_key(const struct vm_space *s)
{
    switch (s->kind) {
    case VM_SPACE_PROCESS: return 1ull << 62 | (uint32_t)s->pid;
    case VM_SPACE_KERNEL: return 2ull << 62;
    case VM_SPACE_OTHER: return 3ull << 62 | s->root >> 12;
    default: return 0;
    }
}

static uint32_t space_rgb(const struct vm_space *s)
{
    switch (s->kind) {
    case VM_SPACE_PROCESS: return process_rgb[(unsigned)s->pid % N_PROCESS_RGB];
    case VM_SPACE_KERNEL: return VM_RGB_KERNEL;
    case VM_SPACE_OTHER: return process_rgb[(s->root >> 12) % N_PROCESS_RGB];
    default: return VM_RGB_LANE;
    }
}

static void space_label(const struct vm_space *s, char *buf, size_t len)
{
    switch (s->kind) {
    case VM_SPACE_PROCESS: snprintf(buf, len, "PID %d %s", s->pid, s->name); break;
    case VM_SPACE_KERNEL: snprintf(buf, len, "KERNEL"); break;
    case VM_SPACE_OTHER: snprintf(buf, len, "ROOT 0X%" PRIx64, s->root); break;
    default: snprintf(buf, len, "BARE"); break;
    }
}

/* Add weight for space s to a column's candidates; when all are taken, it replaces the
 * lightest if it weighs more. */
static void add_candidate(struct candidate *col, const struct vm_space *s, double weight)
{
    uint64_t key = space_key(s);
    int lightest = 0;
    for (int k = 0; k < CANDIDATES; k++) {
        if (col[k].space && col[k].key == key) {
            col[k].weight += weight;
            return;
        }
        if (!col[k].space || col[k].weight < col[lightest].weight)
            lightest = k;
        if (!col[k].space)
            break;
    }
    if (col[lightest].space && col[lightest].weight >= weight)
        return;
    col[lightest] = (struct candidate){key, weight, s};
}

/* Processes on top, then unnamed tables, the kernel, and Bare (nothing) at the bottom, so
 * colours keep their places from column to column. */
static int space_rank(const struct vm_space *s)
{
    switch (s->kind) {
    case VM_SPACE_PROCESS: return 0;
    case VM_SPACE_OTHER: return 1;
    case VM_SPACE_KERNEL: return 2;
    default: return 3;
    }
}

static bool drawn_before(const struct candidate *a, const struct candidate *b)
{
    int ra = space_rank(a->space), rb = space_rank(b->space);
    return ra != rb ? ra < rb : a->key < b->key;
}

static void draw_space_column(struct vm_canvas *c, int x, int top, int height,
                              const struct candidate *col)
{
    struct candidate sorted[CANDIDATES];
    int n = 0;
    for (int k = 0; k < CANDIDATES; k++) {
        if (!col[k].space)
            continue;
        int at = n++;
        for (; at > 0 && drawn_before(&col[k], &sorted[at - 1]); at--)
            sorted[at] = sorted[at - 1];
        sorted[at] = col[k];
    }
    double share[CANDIDATES];
    uint32_t rgb[CANDIDATES];
    for (int k = 0; k < n; k++) {
        share[k] = sorted[k].weight;
        rgb[k] = space_rgb(sorted[k].space);
    }
    draw_stack(c, x, top, height, share, rgb, n);
}

static const struct vm_space *dominant(const struct candidate *col)
{
    const struct candidate *best = NULL;
    for (int k = 0; k < CANDIDATES; k++)
        if (col[k].space && (!best || col[k].weight > best->weight))
            best = &col[k];
    return best ? best->space : NULL;
}

struct space_sum {
    struct candidate *cands;
    const struct vm_space *space;
};

static void add_space(void *ctx, int col, double part)
{
    struct space_sum *s = ctx;
    add_candidate(&s->cands[col * CANDIDATES], s->space, part);
}

static void collect_spaces(const struct viewer_model *vm, int hart, const struct plot *p,
                           struct candidate *cands)
{
    size_t n = vm_space_count(vm, hart);
    for (size_t i = first_interval(vm, hart, n, space_time, p->view->t0); i < n; i++) {
        struct vm_interval span;
        const struct vm_space *s = vm_space_at(vm, hart, i, &span);
        if (span.start >= p->view->t1)
            break;
        struct space_sum sum = {cands, s};
        for_columns(column_of(p->view, p->w, span.start), column_of(p->view, p->w, span.end),
                    p->w, add_space, &sum);
    }
}

/* The name of the address space that holds most of columns [from, to), if it fits. */
static void label_space_run(const struct plot *p, int top, int height, int from, int to,
                            const struct vm_space *s)
{
    uint32_t rgb = space_rgb(s);
    char label[48];
    space_label(s, label, sizeof(label));
    if (vm_text_width(label) + 4 <= to - from)
        vm_draw_text(p->c, p->x0 + from + 2, top + (height - TEXT_H) / 2, label,
                     s->kind == VM_SPACE_BARE ? VM_RGB_DIM_TEXT : text_on(rgb));
}

static void draw_space_row(const struct viewer_model *vm, int hart, const struct plot *p)
{
    struct candidate *cands = calloc((size_t)p->w * CANDIDATES, sizeof(*cands));
    if (!cands)
        return;
    collect_spaces(vm, hart, p, cands);
    int top, height;
    vm_row_geometry(hart, VM_ROW_SPACE, &top, &height);
    for (int col = 0; col < p->w; col++)
        draw_space_column(p->c, p->x0 + col, top, height, &cands[col * CANDIDATES]);
    int from = 0;
    const struct vm_space *run = NULL;
    for (int col = 0; col <= p->w; col++) {
        const struct vm_space *s = col < p->w ? dominant(&cands[col * CANDIDATES]) : NULL;
        if (run && s && space_key(s) == space_key(run))
            continue;
        if (run)
            label_space_run(p, top, height, from, col, run);
        run = s;
        from = col;
    }
    free(cands);
}

/* ------------------------------------------------------------------ marks */

/* A system call by name; an SBI call as the debugger writes it, up to its arguments
 * ("TIME set_timer"); a trap by its cause. */
static void mark_label(const struct vm_mark *k, char *buf, size_t len)
{
    if (k->kind == VM_MARK_ECALL && k->priv == PRIV_U) {
        const char *name = dbg_syscall_name(k->code);
        if (name)
            snprintf(buf, len, "%s", name);
        else
            snprintf(buf, len, "SYSCALL %" PRIu64, k->code);
    } else if (k->kind == VM_MARK_ECALL) {
        uint64_t a[8] = {[6] = k->function, [7] = k->code};
        dbg_format_sbi(a, buf, len);
        buf[strcspn(buf, "(")] = 0;
    } else {
        snprintf(buf, len, "%s", trap_cause_name(k->code));
    }
}

static uint32_t mark_rgb(enum vm_mark_kind kind)
{
    return kind == VM_MARK_ECALL ? VM_RGB_ECALL
           : kind == VM_MARK_EXCEPTION ? VM_RGB_EXCEPTION : VM_RGB_INTERRUPT;
}

/* Call fn for each mark of `kind` in view, left to right, with its column. */
typedef void (*mark_fn)(void *ctx, const struct vm_mark *k, int col);

static void for_marks(const struct viewer_model *vm, int hart, const struct plot *p,
                      enum vm_mark_kind kind, mark_fn fn, void *ctx)
{
    size_t n = vm_mark_count(vm, hart);
    for (size_t i = first_from(vm, hart, n, mark_time, p->view->t0); i < n; i++) {
        const struct vm_mark *k = vm_mark_at(vm, hart, i);
        if (k->time >= p->view->t1)
            break;
        int col = (int)column_of(p->view, p->w, k->time);
        if (col >= p->w)
            break;
        if (k->kind == kind)
            fn(ctx, k, col);
    }
}

struct mark_row {
    const struct plot *p;
    int top, height;
    int tick_top;       /* interrupts get half a tick: they come too often to name */
    int free_x;         /* names so far end left of this column */
};

static void draw_tick(void *ctx, const struct vm_mark *k, int col)
{
    struct mark_row *r = ctx;
    fill_rect(r->p->c, r->p->x0 + col, r->tick_top, 1, r->top + r->height - r->tick_top,
              mark_rgb(k->kind));
}

/* A name right of its tick, else left of it, where it runs into no other name; on a
 * patch of the lane's colour so the ticks under it do not garble it. */
static void name_tick(void *ctx, const struct vm_mark *k, int col)
{
    struct mark_row *r = ctx;
    char label[48];
    mark_label(k, label, sizeof(label));
    int w = vm_text_width(label), x;
    if (col + 2 >= r->free_x && col + 2 + w <= r->p->w)
        x = col + 2;
    else if (col - 2 - w >= r->free_x && col - 2 - w >= 0)
        x = col - 2 - w;
    else
        return;
    int y = r->top + (r->height - TEXT_H) / 2;
    fill_rect(r->p->c, r->p->x0 + x - 1, y - 1, w + 2, TEXT_H + 2, VM_RGB_LANE);
    vm_draw_text(r->p->c, r->p->x0 + x, y, label, VM_RGB_TEXT);
    r->free_x = x + w + 4;
}

/* Ticks of one kind in a row, then the names that fit. */
static void draw_marks(const struct viewer_model *vm, int hart, const struct plot *p,
                       enum vm_row row, enum vm_mark_kind kind)
{
    struct mark_row r = {.p = p};
    vm_row_geometry(hart, row, &r.top, &r.height);
    r.tick_top = kind == VM_MARK_INTERRUPT ? r.top + r.height / 2 : r.top;
    for_marks(vm, hart, p, kind, draw_tick, &r);
    if (kind != VM_MARK_INTERRUPT)
        for_marks(vm, hart, p, kind, name_tick, &r);
}

/* ------------------------------------------------------------------ frame */

static void draw_lane_frame(struct vm_canvas *c, int lane)
{
    int top = lane_top(lane);
    fill_rect(c, 0, top, VM_GUTTER, LANE_BODY_H, VM_RGB_GUTTER);
    fill_rect(c, VM_GUTTER, top, c->w - VM_GUTTER, LANE_BODY_H, VM_RGB_LANE);
    char name[16];
    snprintf(name, sizeof(name), "HART %d", lane);
    for (int r = 0; r < VM_ROW_COUNT; r++) {
        int y, h;
        vm_row_geometry(lane, (enum vm_row)r, &y, &h);
        vm_draw_text(c, 4, y + (h - TEXT_H) / 2, rows[r].name ? rows[r].name : name,
                     rows[r].name ? VM_RGB_DIM_TEXT : VM_RGB_TEXT);
    }
}

/* A round step (1, 2 or 5 times a power of ten) that puts ticks ~100 pixels apart. */
static uint64_t axis_step(uint64_t span, int w)
{
    double want = (double)span * 100.0 / (w > 0 ? w : 1);
    for (uint64_t p = 1; p <= UINT64_MAX / 10; p *= 10)
        for (uint64_t m = 1; m <= 5; m += m == 1 ? 1 : 3)
            if ((double)(p * m) >= want)
                return p * m;
    return UINT64_MAX / 10;
}

static void draw_axis(const struct plot *p)
{
    const struct vm_view *v = p->view;
    uint64_t step = axis_step(v->t1 - v->t0, p->w);
    vm_draw_text(p->c, 4, 7, "INSNS", VM_RGB_DIM_TEXT);
    for (uint64_t t = (v->t0 + step - 1) / step * step; t < v->t1; t += step) {
        int x = p->x0 + (int)column_of(v, p->w, t);
        char label[32];
        format_amount(t, label, sizeof(label));
        fill_rect(p->c, x, VM_AXIS_H - 6, 1, 5, VM_RGB_DIM_TEXT);
        if (x + 2 + vm_text_width(label) <= p->c->w)
            vm_draw_text(p->c, x + 2, 5, label, VM_RGB_DIM_TEXT);
        if (t > UINT64_MAX - step)
            break;
    }
}

static bool history_dropped(const struct viewer_model *vm)
{
    for (int i = 0; i < vm->nlanes; i++) {
        const struct vm_lane *l = &vm->lanes[i];
        if (l->privs.dropped || l->spaces.dropped || l->marks.dropped)
            return true;
    }
    return false;
}

static void draw_legend(const struct viewer_model *vm, const struct plot *p)
{
    static const struct { uint32_t rgb; const char *name; } keys[] = {
        {VM_RGB_U, "U"}, {VM_RGB_S, "S"}, {VM_RGB_M, "M"}, {VM_RGB_KERNEL, "KERNEL"},
        {VM_RGB_ECALL, "ECALL"}, {VM_RGB_EXCEPTION, "EXCEPTION"},
        {VM_RGB_INTERRUPT, "INTERRUPT"},
    };
    int y = lane_top(vm->nlanes) + 6, x = 4;
    for (size_t i = 0; i < sizeof(keys) / sizeof(keys[0]); i++) {
        fill_rect(p->c, x, y, 8, TEXT_H, keys[i].rgb);
        x += 11 + vm_draw_text(p->c, x + 11, y, keys[i].name, VM_RGB_TEXT) + 10;
    }
    char from[24], to[24], range[96];
    format_amount(p->view->t0, from, sizeof(from));
    format_amount(p->view->t1, to, sizeof(to));
    snprintf(range, sizeof(range), "%s%s - %s INSNS, ALL HARTS",
             history_dropped(vm) ? "(OLDER DROPPED) " : "", from, to);
    int w = vm_text_width(range);
    if (p->c->w - 4 - w > x)
        vm_draw_text(p->c, p->c->w - 4 - w, y, range, VM_RGB_DIM_TEXT);
}

void vm_draw(const struct viewer_model *vm, const struct vm_view *view, struct vm_canvas *c)
{
    fill_rect(c, 0, 0, c->w, c->h, VM_RGB_BACKGROUND);
    struct plot p = {c, view, VM_GUTTER, c->w - VM_GUTTER};
    if (p.w <= 0)
        return;
    draw_axis(&p);
    for (int lane = 0; lane < vm->nlanes; lane++) {
        draw_lane_frame(c, lane);
        draw_priv_row(vm, lane, &p);
        draw_space_row(vm, lane, &p);
        draw_marks(vm, lane, &p, VM_ROW_ECALL, VM_MARK_ECALL);
        draw_marks(vm, lane, &p, VM_ROW_TRAP, VM_MARK_INTERRUPT);
        draw_marks(vm, lane, &p, VM_ROW_TRAP, VM_MARK_EXCEPTION);
    }
    draw_legend(vm, &p);
}
