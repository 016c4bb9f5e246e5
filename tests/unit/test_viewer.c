/*
 * test_viewer: the viewer's model and picture (emu/debugger/viewer_model.h), with no
 * window and no machine. Made-up events go in; the recorded privilege intervals, address
 * spaces and marks must come out, and the picture must show them where the layout says.
 *
 * Prints one line per failure and a final "N passed, M failed"; exit status 0 only when
 * nothing failed.
 */
#include <inttypes.h>
#include <stdarg.h>
#include <stdio.h>
#include <stdlib.h>
#include <string.h>

#include "cpu/hart.h"
#include "cpu/trap.h"
#include "debugger/viewer_model.h"
#include "check.h"


/* ------------------------------------------------------------------ made-up machine */

#define SV39 (8ull << 60)
#define KERNEL_ROOT 0x80106000ull
#define INIT_ROOT 0x801d5000ull
#define SH_ROOT 0x801e2000ull
#define SATP(root, asid) (SV39 | (uint64_t)(asid) << 44 | (root) >> 12)

/* Names like the bundled kernel would: its own table, init (pid 1) and sh (pid 2). */
static int namer_calls;
static void fake_namer(void *ctx, struct vm_space *out)
{
    (void)ctx;
    namer_calls++;
    if (out->root == KERNEL_ROOT) {
        out->kind = VM_SPACE_KERNEL;
    } else if (out->root == INIT_ROOT || out->root == SH_ROOT) {
        out->kind = VM_SPACE_PROCESS;
        out->pid = out->root == INIT_ROOT ? 1 : 2;
        snprintf(out->name, sizeof(out->name), "%s", out->root == INIT_ROOT ? "init" : "sh");
    }
}

static struct event trap_ev(int hart, uint64_t cause, int from, int to)
{
    struct event e = {.kind = EV_TRAP, .hart = hart, .priv = from};
    e.u.trap.cause = cause;
    e.u.trap.from = from;
    e.u.trap.to = to;
    e.u.trap.interrupt = (cause & CAUSE_INTERRUPT) != 0;
    return e;
}

static struct event xret_ev(int hart, int from, int to)
{
    struct event e = {.kind = EV_XRET, .hart = hart, .priv = from};
    e.u.xret.from = from;
    e.u.xret.to = to;
    e.u.xret.sret = from == PRIV_S;
    return e;
}

static struct event satp_ev(int hart, uint64_t old_value, uint64_t new_value)
{
    struct event e = {.kind = EV_SATP, .hart = hart, .priv = PRIV_S};
    e.u.satp.old_value = old_value;
    e.u.satp.new_value = new_value;
    return e;
}

static struct event ecall_ev(int hart, int priv, uint64_t a7)
{
    struct event e = {.kind = EV_ECALL, .hart = hart, .priv = priv};
    e.u.ecall.a[7] = a7;
    return e;
}

static struct event sbi_ev(int hart, uint64_t a7, uint64_t a6)
{
    struct event e = ecall_ev(hart, PRIV_S, a7);
    e.u.ecall.a[6] = a6;
    return e;
}

static void record(struct viewer_model *vm, struct event e, uint64_t t)
{
    vm_record(vm, &e, t);
}

/* A boot and one system call on hart 0, as the bundled kernel makes them:
 *   M [0,100) -> mret -> S; satp kernel at 500, init at 900; sret -> U at 1000;
 *   write ecall at 1500 -> S, satp kernel at 1510; a timer interrupt at 2000 (S to S);
 *   a load page fault in S at 2500; the hart reaches 3000. */
static void boot_story(struct viewer_model *vm)
{
    vm_set_priv(vm, 0, 0, PRIV_M);
    vm_set_satp(vm, 0, 0, 0);
    record(vm, xret_ev(0, PRIV_M, PRIV_S), 100);
    record(vm, satp_ev(0, 0, SATP(KERNEL_ROOT, 0)), 500);
    record(vm, satp_ev(0, SATP(KERNEL_ROOT, 0), SATP(INIT_ROOT, 0)), 900);
    record(vm, xret_ev(0, PRIV_S, PRIV_U), 1000);
    record(vm, ecall_ev(0, PRIV_U, 16), 1500);
    record(vm, trap_ev(0, EXC_ECALL_U, PRIV_U, PRIV_S), 1500);
    record(vm, satp_ev(0, SATP(INIT_ROOT, 0), SATP(KERNEL_ROOT, 0)), 1510);
    record(vm, trap_ev(0, CAUSE_INTERRUPT | 5, PRIV_S, PRIV_S), 2000);
    record(vm, trap_ev(0, EXC_LOAD_PAGE_FAULT, PRIV_S, PRIV_S), 2500);
    vm_advance(vm, 0, 3000);
}

static bool new_model(struct viewer_model *vm, int harts, struct vm_capacity cap)
{
    namer_calls = 0;
    bool ok = vm_init(vm, harts, cap, fake_namer, NULL);
    check(ok, "vm_init(%d harts) failed", harts);
    return ok;
}

/* ------------------------------------------------------------------ recording */

static void expect_priv(const struct viewer_model *vm, int hart, size_t i, uint64_t start,
                        uint64_t end, int priv)
{
    struct vm_interval span;
    const struct vm_priv_change *c = vm_priv_at(vm, hart, i, &span);
    check(c && span.start == start && span.end == end && c->priv == priv,
          "privilege interval %zu: want [%" PRIu64 ", %" PRIu64 ") priv %d, got %s[%" PRIu64
          ", %" PRIu64 ") priv %d", i, start, end, priv, c ? "" : "none ", c ? span.start : 0,
          c ? span.end : 0, c ? c->priv : -1);
}

static void expect_space(const struct viewer_model *vm, int hart, size_t i, uint64_t start,
                         uint64_t end, enum vm_space_kind kind, int pid, const char *name)
{
    struct vm_interval span;
    const struct vm_space *s = vm_space_at(vm, hart, i, &span);
    check(s && span.start == start && span.end == end && s->kind == kind &&
              (kind != VM_SPACE_PROCESS || (s->pid == pid && strcmp(s->name, name) == 0)),
          "space %zu: want [%" PRIu64 ", %" PRIu64 ") kind %d pid %d %s, got %s[%" PRIu64
          ", %" PRIu64 ") kind %d pid %d %s", i, start, end, kind, pid, name, s ? "" : "none ",
          s ? span.start : 0, s ? span.end : 0, s ? (int)s->kind : -1, s ? s->pid : -1,
          s ? s->name : "");
}

static void expect_mark(const struct viewer_model *vm, int hart, size_t i, uint64_t time,
                        enum vm_mark_kind kind, uint64_t code, int priv)
{
    const struct vm_mark *k = vm_mark_at(vm, hart, i);
    check(k && k->time == time && k->kind == kind && k->code == code && k->priv == priv,
          "mark %zu: want time %" PRIu64 " kind %d code 0x%" PRIx64 " priv %d, got %s%" PRIu64
          " kind %d code 0x%" PRIx64 " priv %d", i, time, kind, code, priv, k ? "" : "none ",
          k ? k->time : 0, k ? (int)k->kind : -1, k ? k->code : 0, k ? k->priv : -1);
}

static void test_boot_story(void)
{
    current = "boot story";
    struct viewer_model vm;
    if (!new_model(&vm, 1, VM_DEFAULT_CAPACITY))
        return;
    boot_story(&vm);
    check(vm_priv_count(&vm, 0) == 4, "4 privilege intervals, got %zu", vm_priv_count(&vm, 0));
    expect_priv(&vm, 0, 0, 0, 100, PRIV_M);
    expect_priv(&vm, 0, 1, 100, 1000, PRIV_S);
    expect_priv(&vm, 0, 2, 1000, 1500, PRIV_U);
    expect_priv(&vm, 0, 3, 1500, 3000, PRIV_S);
    check(vm_space_count(&vm, 0) == 4, "4 spaces, got %zu", vm_space_count(&vm, 0));
    expect_space(&vm, 0, 0, 0, 500, VM_SPACE_BARE, 0, "");
    expect_space(&vm, 0, 1, 500, 900, VM_SPACE_KERNEL, 0, "");
    expect_space(&vm, 0, 2, 900, 1510, VM_SPACE_PROCESS, 1, "init");
    expect_space(&vm, 0, 3, 1510, 3000, VM_SPACE_KERNEL, 0, "");
    check(namer_calls == 3, "the namer is asked once per translated segment (3), was %d",
          namer_calls);
    /* The ecall's trap makes no second mark; the interrupt and the fault do. */
    check(vm_mark_count(&vm, 0) == 3, "3 marks, got %zu", vm_mark_count(&vm, 0));
    expect_mark(&vm, 0, 0, 1500, VM_MARK_ECALL, 16, PRIV_U);
    expect_mark(&vm, 0, 1, 2000, VM_MARK_INTERRUPT, CAUSE_INTERRUPT | 5, PRIV_S);
    expect_mark(&vm, 0, 2, 2500, VM_MARK_EXCEPTION, EXC_LOAD_PAGE_FAULT, PRIV_S);
    check(vm_first_time(&vm) == 0 && vm_last_time(&vm) == 3000,
          "history spans [0, 3000], got [%" PRIu64 ", %" PRIu64 "]", vm_first_time(&vm),
          vm_last_time(&vm));
    vm_free(&vm);
}

/* An SBI call keeps its extension and function; its trap to M makes no second mark. */
static void test_sbi_call(void)
{
    current = "SBI call";
    struct viewer_model vm;
    if (!new_model(&vm, 1, VM_DEFAULT_CAPACITY))
        return;
    vm_set_priv(&vm, 0, 0, PRIV_S);
    record(&vm, sbi_ev(0, 0x54494D45, 0), 40);   /* TIME set_timer */
    record(&vm, trap_ev(0, EXC_ECALL_S, PRIV_S, PRIV_M), 40);
    record(&vm, xret_ev(0, PRIV_M, PRIV_S), 60);
    check(vm_mark_count(&vm, 0) == 1, "1 mark, got %zu", vm_mark_count(&vm, 0));
    const struct vm_mark *k = vm_mark_at(&vm, 0, 0);
    check(k && k->kind == VM_MARK_ECALL && k->code == 0x54494D45 && k->function == 0 &&
              k->priv == PRIV_S, "the SBI call's extension, function and privilege");
    expect_priv(&vm, 0, 1, 40, 60, PRIV_M);
    vm_free(&vm);
}

static void test_no_change_no_entry(void)
{
    current = "repeated state";
    struct viewer_model vm;
    if (!new_model(&vm, 1, VM_DEFAULT_CAPACITY))
        return;
    vm_set_priv(&vm, 0, 0, PRIV_S);
    record(&vm, trap_ev(0, CAUSE_INTERRUPT | 5, PRIV_S, PRIV_S), 10);
    record(&vm, xret_ev(0, PRIV_S, PRIV_S), 20);
    check(vm_priv_count(&vm, 0) == 1, "S to S is no change: 1 interval, got %zu",
          vm_priv_count(&vm, 0));
    vm_set_satp(&vm, 0, 0, SATP(INIT_ROOT, 1));
    record(&vm, satp_ev(0, SATP(INIT_ROOT, 1), SATP(INIT_ROOT, 2)), 30);
    record(&vm, satp_ev(0, SATP(INIT_ROOT, 2), SATP(INIT_ROOT, 2)), 40);
    check(vm_space_count(&vm, 0) == 1, "same root, other ASID: 1 space, got %zu",
          vm_space_count(&vm, 0));
    record(&vm, satp_ev(0, SATP(INIT_ROOT, 2), 0), 50);
    check(vm_space_count(&vm, 0) == 2, "translation off: a Bare space, %zu spaces",
          vm_space_count(&vm, 0));
    vm_free(&vm);
}

static void test_time_never_goes_back(void)
{
    current = "monotonic lanes";
    struct viewer_model vm;
    if (!new_model(&vm, 2, VM_DEFAULT_CAPACITY))
        return;
    vm_set_priv(&vm, 0, 0, PRIV_M);
    vm_set_priv(&vm, 1, 0, PRIV_M);
    vm_advance(&vm, 0, 1000);
    record(&vm, xret_ev(0, PRIV_M, PRIV_S), 400);   /* late: counts as the lane's present */
    record(&vm, xret_ev(1, PRIV_M, PRIV_S), 400);   /* hart 1 has its own present */
    expect_priv(&vm, 0, 1, 1000, 1000, PRIV_S);
    expect_priv(&vm, 1, 0, 0, 400, PRIV_M);
    expect_priv(&vm, 1, 1, 400, 400, PRIV_S);
    vm_free(&vm);
}

static void test_ignored(void)
{
    current = "ignored events";
    struct viewer_model vm;
    if (!new_model(&vm, 2, VM_DEFAULT_CAPACITY))
        return;
    record(&vm, xret_ev(2, PRIV_M, PRIV_S), 10);    /* no hart 2 */
    record(&vm, xret_ev(-1, PRIV_M, PRIV_S), 10);
    struct event mmio = {.kind = EV_MMIO, .hart = 0};
    record(&vm, mmio, 20);
    struct event walk = {.kind = EV_PAGEWALK, .hart = 1};
    record(&vm, walk, 30);
    check(vm_priv_count(&vm, 0) + vm_priv_count(&vm, 1) == 0 &&
              vm_mark_count(&vm, 0) + vm_mark_count(&vm, 1) == 0 &&
              vm_space_count(&vm, 0) + vm_space_count(&vm, 1) == 0,
          "nothing recorded from events of no lane or of kinds not shown");
    check(vm_priv_count(&vm, 2) == 0 && !vm_priv_at(&vm, 2, 0, NULL),
          "a lane that does not exist reads as empty");
    vm_free(&vm);
}

static void test_rings_are_bounded(void)
{
    current = "bounded rings";
    struct viewer_model vm;
    if (!new_model(&vm, 1, (struct vm_capacity){4, 4, 4}))
        return;
    for (int i = 0; i < 10; i++) {
        vm_set_priv(&vm, 0, (uint64_t)i * 100, i % 2 ? PRIV_U : PRIV_S);
        record(&vm, ecall_ev(0, PRIV_U, (uint64_t)i), (uint64_t)i * 100 + 50);
    }
    vm_advance(&vm, 0, 1000);
    check(vm_priv_count(&vm, 0) == 4, "4 intervals kept, got %zu", vm_priv_count(&vm, 0));
    expect_priv(&vm, 0, 0, 600, 700, PRIV_S);
    expect_priv(&vm, 0, 3, 900, 1000, PRIV_U);
    check(vm.lanes[0].privs.dropped == 6, "6 intervals forgotten, got %" PRIu64,
          vm.lanes[0].privs.dropped);
    check(vm_mark_count(&vm, 0) == 4, "4 marks kept, got %zu", vm_mark_count(&vm, 0));
    expect_mark(&vm, 0, 0, 650, VM_MARK_ECALL, 6, PRIV_U);
    check(vm_first_time(&vm) == 600, "history starts at the oldest kept entry (600), got %"
          PRIu64, vm_first_time(&vm));
    vm_free(&vm);
}

static void test_name_root_later(void)
{
    current = "kernel table named later";
    struct viewer_model vm;
    if (!vm_init(&vm, 1, VM_DEFAULT_CAPACITY, NULL, NULL)) {
        check(false, "vm_init failed");
        return;
    }
    vm_set_satp(&vm, 0, 0, SATP(KERNEL_ROOT, 0));
    vm_set_satp(&vm, 0, 10, SATP(INIT_ROOT, 0));
    vm_name_root(&vm, KERNEL_ROOT, VM_SPACE_KERNEL);
    expect_space(&vm, 0, 0, 0, 10, VM_SPACE_KERNEL, 0, "");
    expect_space(&vm, 0, 1, 10, 10, VM_SPACE_OTHER, 0, "");
    vm_free(&vm);
}

/* ------------------------------------------------------------------ picture */

struct picture {
    struct vm_canvas c;
    struct vm_view view;
};

static bool draw(const struct viewer_model *vm, struct vm_view view, struct picture *p)
{
    int h = vm_picture_height(vm->nlanes);
    p->c = (struct vm_canvas){calloc((size_t)VM_WIDTH * h, sizeof(uint32_t)), VM_WIDTH, h,
                              VM_WIDTH};
    p->view = view;
    if (!p->c.px) {
        check(false, "out of memory");
        return false;
    }
    vm_draw(vm, &view, &p->c);
    return true;
}

static uint32_t pixel(const struct picture *p, int x, int y)
{
    return p->c.px[y * p->c.pitch + x];
}

/* Does the column of time t in row `row` of lane `lane` contain colour rgb, and does it
 * cover rows [from, to) of that row (relative)? */
static int rows_of_colour(const struct picture *p, int lane, enum vm_row row, uint64_t t,
                          uint32_t rgb)
{
    int top, height, n = 0;
    vm_row_geometry(lane, row, &top, &height);
    int x = vm_time_to_x(&p->view, p->c.w, t);
    for (int y = top; y < top + height; y++)
        n += pixel(p, x, y) == rgb;
    return n;
}

static void test_picture_rows(void)
{
    current = "picture rows";
    struct viewer_model vm;
    struct picture p;
    if (!new_model(&vm, 1, VM_DEFAULT_CAPACITY))
        return;
    boot_story(&vm);
    if (!draw(&vm, (struct vm_view){0, 3000}, &p)) {
        vm_free(&vm);
        return;
    }
    int top, height;
    vm_row_geometry(0, VM_ROW_PRIV, &top, &height);
    check(rows_of_colour(&p, 0, VM_ROW_PRIV, 50, VM_RGB_M) == height, "M fills t=50");
    check(rows_of_colour(&p, 0, VM_ROW_PRIV, 600, VM_RGB_S) == height, "S fills t=600");
    check(rows_of_colour(&p, 0, VM_ROW_PRIV, 1200, VM_RGB_U) == height, "U fills t=1200");
    check(rows_of_colour(&p, 0, VM_ROW_PRIV, 2800, VM_RGB_S) == height, "S fills t=2800");
    vm_row_geometry(0, VM_ROW_SPACE, &top, &height);
    check(rows_of_colour(&p, 0, VM_ROW_SPACE, 700, VM_RGB_KERNEL) >= height / 2,
          "the kernel's grey at t=700");
    check(rows_of_colour(&p, 0, VM_ROW_SPACE, 200, VM_RGB_LANE) >= height / 2,
          "nothing drawn for Bare at t=200");
    int init_x = vm_time_to_x(&p.view, p.c.w, 1000);
    uint32_t init_rgb = pixel(&p, init_x, top + height - 1);
    check(init_rgb != VM_RGB_KERNEL && init_rgb != VM_RGB_LANE,
          "init has a colour of its own at t=1000 (0x%06x)", init_rgb);
    check(rows_of_colour(&p, 0, VM_ROW_ECALL, 1500, VM_RGB_ECALL) > 0, "an ecall tick at 1500");
    check(rows_of_colour(&p, 0, VM_ROW_ECALL, 1400, VM_RGB_ECALL) == 0, "no tick at 1400");
    check(rows_of_colour(&p, 0, VM_ROW_TRAP, 2000, VM_RGB_INTERRUPT) > 0,
          "an interrupt tick at 2000");
    check(rows_of_colour(&p, 0, VM_ROW_TRAP, 2500, VM_RGB_EXCEPTION) > 0,
          "an exception tick at 2500");
    /* The name of the system call follows its tick. */
    int text = 0, x = vm_time_to_x(&p.view, p.c.w, 1500);
    vm_row_geometry(0, VM_ROW_ECALL, &top, &height);
    for (int y = top; y < top + height; y++)
        for (int dx = 2; dx < 2 + vm_text_width("write"); dx++)
            text += pixel(&p, x + dx, y) == VM_RGB_TEXT;
    check(text > 10, "the ecall is named next to its tick (%d text pixels)", text);
    free(p.c.px);
    vm_free(&vm);
}

static void test_short_visit_stays_visible(void)
{
    current = "short visits";
    struct viewer_model vm;
    struct picture p;
    if (!new_model(&vm, 1, VM_DEFAULT_CAPACITY))
        return;
    /* 10 instructions of M-mode and 30 of U in a million: far less than a column. */
    vm_set_priv(&vm, 0, 0, PRIV_M);
    vm_set_priv(&vm, 0, 10, PRIV_S);
    vm_set_priv(&vm, 0, 500000, PRIV_U);
    vm_set_priv(&vm, 0, 500030, PRIV_S);
    vm_advance(&vm, 0, 1000000);
    if (!draw(&vm, vm_view_all(&vm), &p)) {
        vm_free(&vm);
        return;
    }
    check(rows_of_colour(&p, 0, VM_ROW_PRIV, 0, VM_RGB_M) >= 2, "M keeps 2 pixels in column 0");
    check(rows_of_colour(&p, 0, VM_ROW_PRIV, 0, VM_RGB_S) >= 10, "S has the rest of column 0");
    check(rows_of_colour(&p, 0, VM_ROW_PRIV, 500010, VM_RGB_U) >= 2, "U keeps 2 pixels");
    free(p.c.px);
    vm_free(&vm);
}

/* The gutter has one block per lane; the picture's height follows the harts. */
static void test_lanes(void)
{
    current = "lanes";
    struct viewer_model vm;
    struct picture p;
    if (!new_model(&vm, 3, VM_DEFAULT_CAPACITY))
        return;
    for (int h = 0; h < 3; h++) {
        vm_set_priv(&vm, h, 0, PRIV_M);
        vm_set_priv(&vm, h, 100 * (uint64_t)(h + 1), PRIV_S);
    }
    vm_advance(&vm, 0, 1000);
    if (!draw(&vm, vm_view_all(&vm), &p)) {
        vm_free(&vm);
        return;
    }
    check(p.c.h == VM_AXIS_H + 3 * VM_LANE_H + VM_LEGEND_H, "height for 3 harts: %d", p.c.h);
    int blocks = 0;
    for (int y = 0; y < p.c.h; y++)
        blocks += pixel(&p, 1, y) == VM_RGB_GUTTER && (y == 0 || pixel(&p, 1, y - 1) != VM_RGB_GUTTER);
    check(blocks == 3, "3 lanes in the gutter, counted %d", blocks);
    /* Harts 1 and 2 left M later; lane 2 is still in M where lane 0 is in S. */
    check(rows_of_colour(&p, 0, VM_ROW_PRIV, 250, VM_RGB_S) > 0 &&
              rows_of_colour(&p, 2, VM_ROW_PRIV, 250, VM_RGB_M) > 0,
          "each lane shows its own hart");
    free(p.c.px);
    vm_free(&vm);
}

static void test_views_and_text(void)
{
    current = "views and text";
    struct viewer_model vm;
    if (!new_model(&vm, 1, VM_DEFAULT_CAPACITY))
        return;
    vm_set_priv(&vm, 0, 1000, PRIV_S);
    vm_advance(&vm, 0, 5000);
    struct vm_view all = vm_view_all(&vm), follow = vm_view_follow(&vm, 2000),
                   young = vm_view_follow(&vm, 8000);
    check(all.t0 == 1000 && all.t1 == 5000, "all: [1000, 5000)");
    check(follow.t0 == 3000 && follow.t1 == 5000, "follow 2000: [3000, 5000)");
    check(young.t0 == 0 && young.t1 == 8000, "follow 8000 before 8000 insns: [0, 8000)");
    check(vm_time_to_x(&all, VM_WIDTH, 1000) == VM_GUTTER, "t0 at the gutter's edge");
    check(vm_time_to_x(&all, VM_WIDTH, 3000) == VM_GUTTER + (VM_WIDTH - VM_GUTTER) / 2,
          "the middle time in the middle");
    check(vm_text_width("AB") == 11 && vm_text_width("") == 0, "5-pixel glyphs, 1 apart");
    uint32_t px[16 * 9] = {0};
    struct vm_canvas c = {px, 16, 9, 16};
    vm_draw_text(&c, 0, 0, "i", 0xffffff);   /* drawn as I: a bar with serifs */
    check(px[0 * 16 + 1] && px[0 * 16 + 2] && px[3 * 16 + 2] && !px[3 * 16 + 0],
          "lower case drawn as the upper-case glyph");
    vm_free(&vm);
}

int main(void)
{
    test_boot_story();
    test_sbi_call();
    test_no_change_no_entry();
    test_time_never_goes_back();
    test_ignored();
    test_rings_are_bounded();
    test_name_root_later();
    test_picture_rows();
    test_short_visit_stays_visible();
    test_lanes();
    test_views_and_text();
    printf("%lu passed, %lu failed\n", n_pass, n_fail);
    return n_fail ? 1 : 0;
}
