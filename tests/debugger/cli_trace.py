#!/usr/bin/env python3
"""Command-line tracing (emu/debugger/trace_export.c) on the debugger's test kernel.

cli_trace.py RVSCOPE KERNEL CHECK

  lines   --trace ecall,trap,satp: the debugger's lines for the satp switch, the write
          system call and its return, the store page fault; no xRET or interrupt lines
  accum   --trace xret --trace interrupt: both kinds (flags accumulate), nothing else
  json    --trace-file with -smp 2: valid JSON, a track per hart, U/S/M slices that do
          not overlap, the process slice "pid 2 sh", a "write" instant with its
          arguments, the store page fault with its tval
  cut     --max-insns stops the run (status 3): the file is still valid JSON
"""
import json
import os
import subprocess
import sys
import tempfile

RVSCOPE, KERNEL, CHECK = sys.argv[1:4]
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)


def run(args, status=0):
    p = subprocess.run([RVSCOPE] + args + [KERNEL], stdin=subprocess.DEVNULL,
                       capture_output=True, text=True, timeout=50)
    expect(p.returncode == status, f"rvscope {' '.join(args)}: status {p.returncode}, "
           f"want {status}; stderr:\n{p.stderr}")
    return p.stderr.splitlines()


def has_line(lines, text):
    expect(text in lines, f"no line {text!r}")


def check_lines():
    lines = run(["--trace", "ecall,trap,satp"])
    has_line(lines, "hart 0 S    satp      Bare -> Sv39 asid 0 root 0x8000f000, "
                    "entering pid 2 (sh)")
    has_line(lines, "hart 0 U    ecall     pid 2 (sh) write(1, 0x1084, 3)")
    has_line(lines, "hart 0 U    return    pid 2 (sh) write(1, 0x1084, 3) = 3")
    has_line(lines, "hart 0 U->S trap      store/AMO page fault (15) at 0x1048, "
                    "tval 0x3000 in pid 2 (sh)")
    for kind in (" sret ", " mret ", " interrupt "):
        expect(not any(kind in l for l in lines), f"a{kind}line was not asked for")


def check_accumulate():
    lines = run(["--trace", "xret", "--trace", "interrupt"])
    has_line(lines, "hart 0 S->U sret      sret to 0x1000")
    has_line(lines, "hart 0 U->S interrupt supervisor timer interrupt (5) at 0x1032 "
                    "in pid 2 (sh)")
    expect(not any(" ecall " in l or " satp " in l for l in lines), "unasked kinds traced")


def load(path):
    try:
        with open(path) as f:
            return json.load(f)["traceEvents"]
    except (OSError, ValueError, KeyError) as e:
        failures.append(f"{path}: not a trace-event file: {e}")
        return []


def tracks(events):
    """{hart name: pid} from the process_name metadata."""
    return {e["args"]["name"]: e["pid"] for e in events
            if e["ph"] == "M" and e["name"] == "process_name"}


def check_slices(events, pid):
    """The privilege slices of one hart: U/S/M only, in time order, never overlapping."""
    priv = sorted((e for e in events if e["ph"] == "X" and e["pid"] == pid and e["tid"] == 1),
                  key=lambda e: e["ts"])
    expect(priv, f"no privilege slices for pid {pid}")
    expect(all(e["name"] in ("U", "S", "M") for e in priv), "a privilege slice not U/S/M")
    for a, b in zip(priv, priv[1:]):
        expect(a["ts"] + a["dur"] <= b["ts"] + 0.005, f"slices overlap: {a} {b}")
    return {e["name"] for e in priv}


def check_json(tmp):
    path = os.path.join(tmp, "t.json")
    run(["-smp", "2", "--trace-file", path])
    events = load(path)
    t = tracks(events)
    expect(sorted(t) == ["hart 0", "hart 1"], f"tracks {sorted(t)}, want hart 0 and 1")
    if "hart 0" not in t:
        return
    expect(check_slices(events, t["hart 0"]) == {"U", "S", "M"}, "hart 0 lacks U/S/M slices")
    if "hart 1" in t:
        expect(check_slices(events, t["hart 1"]) == {"M"}, "hart 1 parks in M-mode")
    procs = [e["name"] for e in events if e["ph"] == "X" and e["tid"] == 2]
    expect("pid 2 sh" in procs, f"process slices {procs}, want 'pid 2 sh'")
    writes = [e for e in events if e["ph"] == "i" and e["name"] == "write"]
    expect(len(writes) == 1, f"{len(writes)} write instants, want 1")
    for w in writes:
        expect(w["cat"] == "ecall" and w["args"]["a7"] == "0x10" and w["args"]["a0"] == "0x1"
               and w["args"]["call"] == "pid 2 (sh) write(1, 0x1084, 3)",
               f"write instant {w}")
    faults = [e for e in events if e["ph"] == "i" and e["name"] == "store/AMO page fault"]
    expect(len(faults) == 1 and faults[0]["args"]["tval"] == "0x3000" and
           faults[0]["args"]["epc"] == "0x1048" and faults[0]["cat"] == "trap",
           f"store page fault instants {faults}")


def check_cut(tmp):
    path = os.path.join(tmp, "cut.json")
    run(["--max-insns", "3000", "--trace-file", path], status=3)
    events = load(path)
    expect(list(tracks(events)) == ["hart 0"], "the cut run has no hart 0 track")
    expect(any(e["ph"] == "X" for e in events), "the cut run closed no slice")


with tempfile.TemporaryDirectory() as tmp:
    {"lines": check_lines, "accum": check_accumulate, "json": lambda: check_json(tmp),
     "cut": lambda: check_cut(tmp)}[CHECK]()
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
