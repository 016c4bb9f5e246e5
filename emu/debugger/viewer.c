/*
 * The viewer's front end (viewer.h): listens to the machine's events, keeps the model
 * (viewer_model.c), and shows its picture (viewer_draw.c) in an SDL2 window or saves it
 * as a BMP file. Names of processes come from a debugger with no breakpoints (dbg.h),
 * as for --trace-file (trace_export.c).
 */
#include "viewer.h"

#include <SDL.h>
#include <stdlib.h>
#include <string.h>
#include <time.h>

#include "dbg_internal.h"
#include "viewer_model.h"

/* The live view's span when it opens, in instructions (about a second of guest time at
 * the emulator's usual speed), and the narrowest it zooms to. */
#define FOLLOW_SPAN_START (1ull << 28)
#define SPAN_MIN 64ull
#define TITLE_PERIOD 0.5   /* seconds between window-title updates */

enum view_mode {
    VIEW_FOLLOW,   /* the last `span` instructions, moving with the present */
    VIEW_ALL,      /* the whole recorded history */
    VIEW_FIXED,    /* [fixed.t0, fixed.t1): the user panned or zoomed away */
};

struct viewer {
    struct machine *m;
    struct dbg *d;
    struct viewer_model model;
    bool subscribed;
    bool kernel_named;          /* the kernel's page table is known (vm_name_root) */
    uint64_t time_offset;       /* added to the harts' retired counts (see machine_time) */
    uint64_t last_time;
    const char *snapshot;

    SDL_Window *win;            /* NULL: no window (never opened, or closed) */
    uint32_t *px;               /* the window's picture, px_w x px_h */
    int px_w, px_h;
    double next_frame, next_title;
    enum view_mode mode;
    uint64_t span;
    struct vm_view fixed;
};

/* ------------------------------------------------------------------ time and names */

static double host_seconds(void)
{
    struct timespec ts;
    clock_gettime(CLOCK_MONOTONIC, &ts);
    return (double)ts.tv_sec + (double)ts.tv_nsec * 1e-9;
}

/* The viewer's time: instructions retired by all harts. Every lane shares it and it
 * repeats exactly from run to run. A guest reset zeroes the harts' counts; the offset
 * keeps the axis going forward. */
static uint64_t machine_time(struct viewer *v)
{
    uint64_t sum = 0;
    for (int i = 0; i < v->m->cfg.harts; i++)
        sum += v->m->harts[i].retired;
    if (sum + v->time_offset < v->last_time)
        v->time_offset = v->last_time - sum;
    v->last_time = sum + v->time_offset;
    return v->last_time;
}

/* The bundled kernel's process whose page table this is, or its own table. */
static void name_space(void *ctx, struct vm_space *out)
{
    struct viewer *v = ctx;
    struct dbg_proc p;
    uint64_t kernel;
    if (dbg_proc_by_root(v->d, out->root, &p)) {
        out->kind = VM_SPACE_PROCESS;
        out->pid = p.pid;
        dbg_fmt(out->name, sizeof(out->name), "%s", p.name);
    } else if (dbg_kernel_satp(v->d, &kernel) && satp_root(kernel) == out->root) {
        out->kind = VM_SPACE_KERNEL;
    }
}

static void on_event(void *ctx, const struct event *ev)
{
    struct viewer *v = ctx;
    vm_record(&v->model, ev, machine_time(v));
}

/* Once the bundled kernel's own page table can be known (from a process's trapframe),
 * the spaces recorded on it before are named too. */
static void name_kernel_table(struct viewer *v)
{
    uint64_t kernel;
    if (v->kernel_named || !dbg_kernel_satp(v->d, &kernel))
        return;
    vm_name_root(&v->model, satp_root(kernel), VM_SPACE_KERNEL);
    v->kernel_named = true;
}

/* Bring every lane to the present: its time, and the privilege and satp the hart has now
 * (a reset or a debugger's write changes them without an event). */
static void catch_up(struct viewer *v)
{
    name_kernel_table(v);
    uint64_t now = machine_time(v);
    for (int i = 0; i < v->m->cfg.harts; i++) {
        const struct hart *h = &v->m->harts[i];
        vm_set_priv(&v->model, i, now, (int)h->priv);
        vm_set_satp(&v->model, i, now, h->csr.satp);
        vm_advance(&v->model, i, now);
    }
}

/* ------------------------------------------------------------------ the view */

static struct vm_view current_view(const struct viewer *v)
{
    switch (v->mode) {
    case VIEW_ALL: return vm_view_all(&v->model);
    case VIEW_FIXED: return v->fixed;
    default: return vm_view_follow(&v->model, v->span);
    }
}

/* Zoom by factor (0.5: in, 2: out) around time `at`. */
static void zoom(struct viewer *v, double factor, uint64_t at)
{
    struct vm_view cur = current_view(v);
    uint64_t span = cur.t1 - cur.t0;
    uint64_t next = (uint64_t)((double)span * factor);
    if (next < SPAN_MIN)
        next = SPAN_MIN;
    if (v->mode == VIEW_FOLLOW) {
        v->span = next;
        return;
    }
    double left = span ? (double)(at - cur.t0) / (double)span : 0.5;
    uint64_t shift = (uint64_t)(left * (double)next);
    v->fixed.t0 = at > shift ? at - shift : 0;
    v->fixed.t1 = v->fixed.t0 + next;
    v->mode = VIEW_FIXED;
}

/* Move by a quarter of the view; reaching the present follows it again. */
static void pan(struct viewer *v, bool later)
{
    struct vm_view cur = current_view(v);
    uint64_t step = (cur.t1 - cur.t0) / 4;
    uint64_t last = vm_last_time(&v->model);
    if (later && cur.t1 + step >= last) {
        v->span = cur.t1 - cur.t0;
        v->mode = VIEW_FOLLOW;
        return;
    }
    step = later ? step : (cur.t0 < step ? cur.t0 : step);
    v->fixed.t0 = later ? cur.t0 + step : cur.t0 - step;
    v->fixed.t1 = later ? cur.t1 + step : cur.t1 - step;
    v->mode = VIEW_FIXED;
}

/* ------------------------------------------------------------------ the window */

static void stop_recording(struct viewer *v)
{
    if (v->subscribed)
        events_unsubscribe(&v->m->hub, on_event, v);
    v->subscribed = false;
}

/* q, Esc or the window's close button: the window goes, the guest runs on. Without a
 * snapshot to make, recording stops too. */
static void close_window(struct viewer *v)
{
    if (!v->win)
        return;
    SDL_DestroyWindow(v->win);
    v->win = NULL;
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    SDL_Quit();
    free(v->px);
    v->px = NULL;
    if (!v->snapshot)
        stop_recording(v);
}

static bool open_window(struct viewer *v, char *err, size_t len)
{
    /* Ctrl-C stays rvscope's: SDL would turn SIGINT into a quit event. */
    SDL_SetHint(SDL_HINT_NO_SIGNAL_HANDLERS, "1");
    if (SDL_InitSubSystem(SDL_INIT_VIDEO) == 0) {
        v->win = SDL_CreateWindow("rvscope viewer", SDL_WINDOWPOS_UNDEFINED,
                                  SDL_WINDOWPOS_UNDEFINED, VM_WIDTH,
                                  vm_picture_height(v->m->cfg.harts), SDL_WINDOW_RESIZABLE);
        if (v->win)
            return true;
    }
    dbg_fmt(err, len, "--viewer: cannot open a window: %s", SDL_GetError());
    SDL_QuitSubSystem(SDL_INIT_VIDEO);
    SDL_Quit();
    return false;
}

static void on_key(struct viewer *v, SDL_Keycode key)
{
    struct vm_view cur = current_view(v);
    uint64_t middle = cur.t0 + (cur.t1 - cur.t0) / 2;
    switch (key) {
    case SDLK_q: case SDLK_ESCAPE: close_window(v); break;
    case SDLK_PLUS: case SDLK_EQUALS: case SDLK_KP_PLUS: zoom(v, 0.5, middle); break;
    case SDLK_MINUS: case SDLK_KP_MINUS: zoom(v, 2.0, middle); break;
    case SDLK_LEFT: pan(v, false); break;
    case SDLK_RIGHT: pan(v, true); break;
    case SDLK_f: case SDLK_END: v->mode = VIEW_FOLLOW; break;
    case SDLK_a: case SDLK_HOME: v->mode = VIEW_ALL; break;
    default: break;
    }
}

/* The time under the mouse, for zooming there. */
static uint64_t time_at_mouse(const struct viewer *v)
{
    int x;
    SDL_GetMouseState(&x, NULL);
    struct vm_view cur = current_view(v);
    int w = v->px_w - VM_GUTTER;
    if (w <= 0 || x < VM_GUTTER)
        return cur.t0 + (cur.t1 - cur.t0) / 2;
    return cur.t0 + (uint64_t)((double)(x - VM_GUTTER) / w * (double)(cur.t1 - cur.t0));
}

static void handle_input(struct viewer *v)
{
    SDL_Event e;
    while (v->win && SDL_PollEvent(&e)) {
        if (e.type == SDL_QUIT ||
            (e.type == SDL_WINDOWEVENT && e.window.event == SDL_WINDOWEVENT_CLOSE))
            close_window(v);
        else if (e.type == SDL_KEYDOWN)
            on_key(v, e.key.keysym.sym);
        else if (e.type == SDL_MOUSEWHEEL && e.wheel.y)
            zoom(v, e.wheel.y > 0 ? 0.5 : 2.0, time_at_mouse(v));
    }
}

static bool fit_canvas(struct viewer *v, int w, int h)
{
    if (v->px && v->px_w == w && v->px_h == h)
        return true;
    free(v->px);
    v->px = malloc((size_t)w * (size_t)h * sizeof(*v->px));
    v->px_w = v->px ? w : 0;
    v->px_h = v->px ? h : 0;
    return v->px != NULL;
}

/* Draw into our buffer, then let SDL convert it to whatever the window's surface is. */
static void present(struct viewer *v)
{
    SDL_Surface *dst = SDL_GetWindowSurface(v->win);
    if (!dst || !fit_canvas(v, dst->w, dst->h))
        return;
    struct vm_canvas c = {v->px, v->px_w, v->px_h, v->px_w};
    struct vm_view view = current_view(v);
    vm_draw(&v->model, &view, &c);
    SDL_Surface *src = SDL_CreateRGBSurfaceWithFormatFrom(v->px, c.w, c.h, 32, c.w * 4,
                                                          SDL_PIXELFORMAT_RGB888);
    if (src) {
        SDL_BlitSurface(src, NULL, dst, NULL);
        SDL_FreeSurface(src);
        SDL_UpdateWindowSurface(v->win);
    }
}

static void update_title(struct viewer *v)
{
    static const char *mode_names[] = {"following", "whole history", "fixed"};
    char amount[32], title[160];
    uint64_t t = vm_last_time(&v->model);
    dbg_fmt(amount, sizeof(amount), "%.1fM", (double)t / 1e6);
    dbg_fmt(title, sizeof(title),
            "rvscope viewer: %s instructions, %s (q close, +/- zoom, arrows pan, f follow, "
            "a all)", amount, mode_names[v->mode]);
    SDL_SetWindowTitle(v->win, title);
}

/* After every round: at most VIEWER_FPS times a second, read the window's input and
 * redraw. */
static void poll_window(void *ctx)
{
    struct viewer *v = ctx;
    if (!v->win)
        return;
    double now = host_seconds();
    if (now < v->next_frame)
        return;
    v->next_frame = now + 1.0 / VIEWER_FPS;
    catch_up(v);
    handle_input(v);
    if (!v->win)
        return;
    present(v);
    if (now >= v->next_title) {
        v->next_title = now + TITLE_PERIOD;
        update_title(v);
    }
}

/* ------------------------------------------------------------------ snapshot */

/* Fail now, not after the run, when the file cannot be written. */
static bool snapshot_writable(const char *path, char *err, size_t len)
{
    FILE *f = fopen(path, "wb");
    if (!f || fclose(f) != 0) {
        dbg_fmt(err, len, "--viewer-snapshot %s: cannot write this file", path);
        return false;
    }
    return true;
}

static bool save_snapshot(struct viewer *v, char *err, size_t len)
{
    int w = VM_WIDTH, h = vm_picture_height(v->model.nlanes);
    uint32_t *px = malloc((size_t)w * (size_t)h * sizeof(*px));
    SDL_Surface *s = NULL;
    bool ok = false;
    if (px) {
        struct vm_canvas c = {px, w, h, w};
        struct vm_view view = vm_view_all(&v->model);
        vm_draw(&v->model, &view, &c);
        s = SDL_CreateRGBSurfaceWithFormatFrom(px, w, h, 32, w * 4, SDL_PIXELFORMAT_RGB888);
        ok = s && SDL_SaveBMP(s, v->snapshot) == 0;
    }
    if (!ok)
        dbg_fmt(err, len, "--viewer-snapshot %s: cannot write this file (%s)", v->snapshot,
                px ? SDL_GetError() : "out of memory");
    SDL_FreeSurface(s);
    free(px);
    return ok;
}

/* ------------------------------------------------------------------ life */

static bool attach(struct viewer *v, const struct boot_info *boot, char *err, size_t len)
{
    v->d = dbg_new(v->m);
    if (!v->d || !vm_init(&v->model, v->m->cfg.harts, VM_DEFAULT_CAPACITY, name_space, v)) {
        dbg_fmt(err, len, "out of memory for the viewer");
        return false;
    }
    dbg_add_symbols(v->d, "kernel", &boot->kernel.symbols, boot->kernel.low, boot->kernel.high);
    dbg_add_symbols(v->d, "firmware", &boot->firmware.symbols, boot->firmware.low,
                    boot->firmware.high);
    catch_up(v);
    uint32_t mask = 1u << EV_TRAP | 1u << EV_XRET | 1u << EV_SATP | 1u << EV_ECALL;
    v->subscribed = events_subscribe(&v->m->hub, mask, on_event, v);
    if (!v->subscribed) {
        dbg_fmt(err, len, "the viewer: too many event subscribers");
        return false;
    }
    return true;
}

struct viewer *viewer_start(struct machine *m, const struct boot_info *boot,
                            const struct viewer_options *o, char *err, size_t len)
{
    if (o->snapshot && !snapshot_writable(o->snapshot, err, len))
        return NULL;
    struct viewer *v = calloc(1, sizeof(*v));
    if (!v) {
        dbg_fmt(err, len, "out of memory for the viewer");
        return NULL;
    }
    v->m = m;
    v->snapshot = o->snapshot;
    v->mode = VIEW_FOLLOW;
    v->span = FOLLOW_SPAN_START;
    if (!attach(v, boot, err, len) || (o->window && !open_window(v, err, len))) {
        viewer_free(v);
        return NULL;
    }
    if (v->win && !dbg_add_poller(v->d, poll_window, v)) {
        dbg_fmt(err, len, "--viewer: too many pollers");
        viewer_free(v);
        return NULL;
    }
    return v;
}

bool viewer_finish(struct viewer *v, char *err, size_t len)
{
    if (!v)
        return true;
    bool ok = true;
    if (v->snapshot) {
        catch_up(v);
        ok = save_snapshot(v, err, len);
    }
    viewer_free(v);
    return ok;
}

void viewer_free(struct viewer *v)
{
    if (!v)
        return;
    close_window(v);
    stop_recording(v);
    dbg_free(v->d);   /* and its poller */
    vm_free(&v->model);
    free(v);
}
