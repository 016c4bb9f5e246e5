/*
 * Tracing from the command line, without the prompt:
 *
 *   --trace satp,ecall,trap     one line per event, in the debugger's trace format
 *                               (trace.c), on stderr or --trace-out FILE
 *   --trace-file run.json       the Chrome trace-event format (Perfetto, chrome://tracing):
 *                               per hart, a privilege track (U/S/M slices) and a process
 *                               track (satp slices), instant events for ecalls and traps
 *
 * Both ride on a debugger (dbg.h) that has no breakpoints, so names (syscalls, SBI calls,
 * processes, symbols) come out exactly as at the prompt.
 */
#ifndef RVSCOPE_TRACE_EXPORT_H
#define RVSCOPE_TRACE_EXPORT_H

#include <stdbool.h>
#include <stddef.h>

#include "../boot.h"
#include "../machine.h"

/* --trace KIND: the debugger's kinds (dbg.h enum dbg_trace_kind) plus the instruction
 * trace (insn_trace.h), which is not an event. */
#define TRACE_KIND_INSN (1u << 31)

/* Add the comma-separated kinds in list ("satp,ecall") to *kinds. On an unknown kind,
 * writes a one-line message to err and returns false. */
bool trace_parse_kinds(const char *list, unsigned *kinds, char *err, size_t len);

struct trace_export;

/* Start tracing m: event kinds (insn excluded: main.c attaches that tracer) as text lines
 * to text_path (NULL: stderr) and, when json_path is not NULL, the trace-event file.
 * Returns NULL with a message in err when a file cannot be written or memory is short.
 * The JSON file is completed by trace_export_finish, or at exit if that never runs. */
struct trace_export *trace_export_start(struct machine *m, const struct boot_info *boot,
                                        unsigned kinds, const char *text_path,
                                        const char *json_path, char *err, size_t len);

/* Close the slices still open at the machine's present time, complete the JSON file, and
 * detach from m (before it is freed). NULL is accepted. */
void trace_export_finish(struct trace_export *t);

#endif
