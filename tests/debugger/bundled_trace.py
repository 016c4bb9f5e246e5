#!/usr/bin/env python3
"""--trace-file on the bundled kernel (emu/debugger/trace_export.c).

bundled_trace.py RVSCOPE KERNEL FS_IMG SYSCALLS_DEF HARTS

Boots the bundled kernel on HARTS harts (on a copy of FS_IMG, stdin at end of file) until
--max-insns stops it with the shell waiting for input, and checks the Chrome trace-event
file it wrote:

  tracks     one "hart N" process per hart, each with a privilege and a process thread
  privilege  per hart, U/S/M slices one after the other without gap or overlap, from
             M-mode (the reset ROM) into S-mode (every hart runs the kernel); U on the
             hart that runs init and the shell
  processes  slices named "pid 1 init", "pid N sh" (the child init forked, after its
             exec), "kernel" between them; never overlapping
  ecalls     instants named by system call (syscalls.def numbers in a7): init's open,
             write of 18 bytes, fork, wait, the child's exec("/sh", ["sh"]), the shell's
             write and read; each inside a slice of the process it names, at the end
             of a U slice, with its "environment call from U-mode" trap at the same time
  interrupts the supervisor timer interrupt on every hart
"""
import json
import os
import re
import shutil
import subprocess
import sys
import tempfile

RVSCOPE, KERNEL, FS_IMG, SYSCALLS_DEF = sys.argv[1:5]
HARTS = int(sys.argv[5])
# Enough for init to start the shell and the shell to wait in read() on any number of
# harts (about 13 million instructions on one): if the kernel's boot grows past it,
# the checks below say which system call was not reached.
MAX_INSNS = 60_000_000
EPS = 0.02   # timestamps are printed with two decimals of a microsecond
failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)
    return cond


def syscall_numbers():
    """{name: number} from guest/include/syscalls.def."""
    with open(SYSCALLS_DEF) as f:
        return {m.group(2): int(m.group(1))
                for m in re.finditer(r"^SYSCALL\((\d+),\s*(\w+),", f.read(), re.M)}


def run(tmp):
    image = os.path.join(tmp, "fs.img")
    shutil.copyfile(FS_IMG, image)
    path = os.path.join(tmp, "trace.json")
    p = subprocess.run([RVSCOPE, "-smp", str(HARTS), "--max-insns", str(MAX_INSNS),
                        "--trace-file", path, "-drive", f"file={image},format=raw", KERNEL],
                       stdin=subprocess.DEVNULL, capture_output=True, text=True, timeout=60)
    expect(p.returncode == 3, f"exit status {p.returncode}, want 3 (--max-insns); "
           f"stderr:\n{p.stderr}")
    expect("init: starting sh" in p.stdout, f"the kernel did not start the shell:\n{p.stdout}")
    try:
        with open(path) as f:
            return json.load(f)
    except (OSError, ValueError) as e:
        failures.append(f"{path}: not a JSON file: {e}")
        return {}


def check_tracks(events):
    names = {e["pid"]: e["args"]["name"] for e in events
             if e["ph"] == "M" and e["name"] == "process_name"}
    expect(names == {h + 1: f"hart {h}" for h in range(HARTS)},
           f"tracks {names}, want one 'hart N' per hart")
    threads = sorted((e["pid"], e["tid"], e["args"]["name"]) for e in events
                     if e["ph"] == "M" and e["name"] == "thread_name")
    want = [(h + 1, tid, name) for h in range(HARTS)
            for tid, name in ((1, "privilege"), (2, "process (satp)"))]
    expect(threads == want, f"threads {threads}, want {want}")
    stray = [e for e in events if e["pid"] not in names or e["ph"] not in "MXi"]
    expect(not stray, f"events outside the hart tracks: {stray[:3]}")


def slices(events, pid, tid):
    return sorted((e for e in events if e["ph"] == "X" and e["pid"] == pid and
                   e["tid"] == tid), key=lambda e: e["ts"])


def check_sequence(track, what, contiguous):
    for a, b in zip(track, track[1:]):
        end = a["ts"] + a["dur"]
        expect(end <= b["ts"] + EPS, f"{what}: {a['name']} overlaps {b['name']} at {b['ts']}")
        if contiguous:
            expect(abs(end - b["ts"]) <= EPS, f"{what}: a gap between {a} and {b}")


def check_privilege(events):
    """The privilege slices of each hart; returns the pids (tracks) that have U slices."""
    with_user = set()
    for h in range(HARTS):
        track = slices(events, h + 1, 1)
        if not expect(track, f"hart {h}: no privilege slices"):
            continue
        names = [e["name"] for e in track]
        expect(set(names) <= {"U", "S", "M"}, f"hart {h}: privilege slices {set(names)}")
        expect(names[0] == "M", f"hart {h} starts in {names[0]}, want M (the reset ROM)")
        expect("S" in names, f"hart {h} never ran the kernel (no S slice)")
        expect(all(a != b for a, b in zip(names, names[1:])),
               f"hart {h}: two slices of the same privilege in a row")
        check_sequence(track, f"hart {h} privilege", contiguous=True)
        if "U" in names:
            with_user.add(h + 1)
    expect(with_user, "no hart ran user code (no U slice)")
    return with_user


def check_processes(events):
    every = []
    for h in range(HARTS):
        track = slices(events, h + 1, 2)
        expect(track, f"hart {h}: no process slices (its satp never left Bare?)")
        for e in track:
            # every table of the bundled kernel has a name, even those that ran before
            # the kernel's own could be told (slices are named when they close)
            expect(re.fullmatch(r"pid \d+ \S+|kernel", e["name"]),
                   f"hart {h}: process slice named {e['name']!r}")
        check_sequence(track, f"hart {h} process", contiguous=False)
        every += [e["name"] for e in track]
    expect("pid 1 init" in every, "no slice 'pid 1 init'")
    expect("kernel" in every, "no slice 'kernel' (the kernel's own page table)")
    shells = [n for n in every if re.fullmatch(r"pid \d+ sh", n)]
    if expect(shells, f"no shell slice 'pid N sh' in {sorted(set(every))}"):
        pid = shells[0].split()[1]
        expect(every.index(f"pid {pid} init") < every.index(shells[0]),
               f"pid {pid} did not run as init (forked) before it ran sh (exec)")


def containing(track, ts):
    return next((e for e in track if e["ts"] - EPS <= ts <= e["ts"] + e["dur"] + EPS), None)


def check_ecalls(events, user_tracks):
    numbers = syscall_numbers()
    ecalls = [e for e in events if e["ph"] == "i" and e["cat"] == "ecall"]
    traps = {(e["pid"], e["ts"]) for e in events if e["ph"] == "i" and e["cat"] == "trap"
             and e["name"] == "environment call from U-mode" and e["args"]["cause"] == 8
             and e["args"]["from"] == "U" and e["args"]["to"] == "S"}
    calls = [e["args"]["call"] for e in ecalls]
    for want in (r'pid 1 \(init\) open\("console", 2\)',
                 r"pid 1 \(init\) write\(1, 0x[0-9a-f]+, 18\)",
                 r"pid 1 \(init\) fork\(\)",
                 r"pid 1 \(init\) wait\(0x0\)",
                 r'pid (\d+) \(init\) exec\("/sh", \["sh"\]\)',
                 r"pid \d+ \(sh\) write\(2, 0x[0-9a-f]+, 2\)",
                 r"pid \d+ \(sh\) read\(0, 0x[0-9a-f]+, \d+\)"):
        expect(any(re.fullmatch(want, c) for c in calls), f"no ecall instant {want}")
    for e in ecalls:
        a = e["args"]
        expect(a["priv"] == "U", f"an ecall from {a['priv']}-mode: {a['call']}")
        expect(e["name"] in numbers and a["a7"] == hex(numbers[e["name"]]),
               f"instant {e['name']!r} has a7 {a['a7']}, syscalls.def says "
               f"{numbers.get(e['name'])}")
        expect(a["call"].split(") ", 1)[1].startswith(e["name"] + "("),
               f"instant {e['name']!r} for the call {a['call']!r}")
        expect((e["pid"], e["ts"]) in traps, f"no ecall trap with {a['call']} at {e['ts']}")
        expect(e["pid"] in user_tracks, f"{a['call']} on a hart with no U slice")
        priv = containing(slices(events, e["pid"], 1), e["ts"] - 2 * EPS)
        expect(priv and priv["name"] == "U" and
               abs(priv["ts"] + priv["dur"] - e["ts"]) <= EPS,
               f"{a['call']} at {e['ts']} does not end a U slice ({priv})")
        m = re.match(r"pid (\d+) \((\S+)\)", a["call"])
        proc = containing(slices(events, e["pid"], 2), e["ts"])
        expect(m and proc and proc["name"] == f"pid {m.group(1)} {m.group(2)}",
               f"{a['call']} at {e['ts']} is not inside its process's slice ({proc})")


def check_interrupts(events):
    for h in range(HARTS):
        timer = [e for e in events if e["ph"] == "i" and e["pid"] == h + 1 and
                 e["cat"] == "interrupt" and e["name"] == "supervisor timer interrupt"]
        expect(timer, f"hart {h}: no supervisor timer interrupt")


with tempfile.TemporaryDirectory() as tmp:
    trace = run(tmp)
if trace:
    expect(trace.get("otherData", {}).get("harts") == HARTS,
           f"otherData {trace.get('otherData')}, want harts {HARTS}")
    events = trace.get("traceEvents", [])
    check_tracks(events)
    check_processes(events)
    check_ecalls(events, check_privilege(events))
    check_interrupts(events)
for f in failures[:40]:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
