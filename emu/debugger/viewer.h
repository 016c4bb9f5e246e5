/*
 * The viewer: a picture of what the harts do over time (viewer_model.h draws it).
 *
 *   --viewer                 an SDL2 window while the guest runs: one lane per hart with
 *                            its privilege (U/S/M), its address space (process by pid, or
 *                            the kernel), its ecalls (named) and its traps; time is
 *                            instructions retired by all harts, the view follows the
 *                            present. Keys: q or Esc closes the window (the guest runs
 *                            on), + and - or the wheel zoom, arrows pan, f follows the
 *                            present, a shows the whole history.
 *   --viewer-snapshot FILE   when the run ends, the whole recorded history drawn
 *                            VM_WIDTH wide into FILE (BMP); needs no display
 *
 * The window is redrawn at most VIEWER_FPS times a second, from the debugger's poll
 * (dbg_add_poller), which the machine calls after every round; between frames the viewer
 * only records events into bounded rings.
 */
#ifndef RVSCOPE_VIEWER_H
#define RVSCOPE_VIEWER_H

#include <stdbool.h>
#include <stddef.h>

#include "../boot.h"
#include "../machine.h"

#define VIEWER_FPS 30

struct viewer_options {
    bool window;            /* --viewer */
    const char *snapshot;   /* --viewer-snapshot FILE, or NULL */
};

struct viewer;

/* Start watching m (before it runs): opens the window, checks that the snapshot file can
 * be written. Returns NULL with a one-line message in err ("--viewer: cannot open a
 * window: ...") when it cannot. */
struct viewer *viewer_start(struct machine *m, const struct boot_info *boot,
                            const struct viewer_options *o, char *err, size_t len);

/* The run is over: write the snapshot if one was asked for, close the window, detach
 * from m and free v. Returns false with a message in err when the snapshot could not be
 * written. NULL is accepted. */
bool viewer_finish(struct viewer *v, char *err, size_t len);

/* The same without writing the snapshot (the run never happened). NULL is accepted. */
void viewer_free(struct viewer *v);

#endif
