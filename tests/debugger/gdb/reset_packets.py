#!/usr/bin/env python3
"""reset_packets.py RVSCOPE ELF CHECK: a guest reset (tests/board/guest/reset.S, which
leaves a mark in RAM, resets through the finisher, and passes on its second boot) seen
by a client speaking the remote protocol itself.

  step   single steps ('s', which gdb never sends for RISC-V: it steps with
         breakpoints) from the reset ROM into the program and through the reset: the
         step that writes the finisher is answered like any other (the client stays
         connected), the hart back at the reset ROM (pc 0x1000) in M-mode; a continue
         then runs the second boot, which passes (W00), and rvscope exits 0
  fails  the program's file is gone when the guest resets, so booting again fails: the
         client hears that the machine ended (X09), rvscope says why in one line and
         exits with status 5
"""
import os
import re
import shutil
import socket
import subprocess
import sys
import tempfile

RVSCOPE, ELF, CHECK = sys.argv[1:4]
ROM = 0x1000
MAX_STEPS = 200   # the first boot is about 30 instructions
failures = []


def frame(payload):
    data = payload.encode("latin-1")
    return b"$" + data + b"#%02x" % (sum(data) & 0xFF)


class Client:
    def __init__(self, port):
        self.s = socket.create_connection(("127.0.0.1", port), timeout=10)
        self.s.setsockopt(socket.IPPROTO_TCP, socket.TCP_NODELAY, 1)   # small packets
        self.buf = b""

    def ask(self, payload):
        """Send a packet, acknowledge the reply and return its payload."""
        self.s.sendall(frame(payload))
        while not re.search(rb"\$[^#]*#..", self.buf):
            chunk = self.s.recv(4096)
            if not chunk:
                raise ConnectionError(f"rvscope closed the connection after {payload!r}")
            self.buf += chunk
        m = re.search(rb"\$([^#]*)#..", self.buf)
        self.buf = self.buf[m.end():]
        self.s.sendall(b"+")
        return m.group(1).decode("latin-1")

    def target_xml(self):
        """The target description, read in as many pieces as it takes."""
        xml = ""
        while True:
            reply = self.ask("qXfer:features:read:target.xml:%x,1000" % len(xml))
            xml += reply[1:]
            if not reply.startswith("m"):
                return xml

    def register(self, number):
        """Register `number` (gdb_regs.h numbering) of the current thread."""
        return int.from_bytes(bytes.fromhex(self.ask("p%x" % number)), "little")


def start(elf):
    proc = subprocess.Popen([RVSCOPE, "-S", "-gdb", "tcp::0", elf], stdin=subprocess.DEVNULL,
                            stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
    m = re.match(r"rvscope: waiting for gdb on tcp::(\d+)$", proc.stderr.readline().strip())
    if not m:
        proc.kill()
        sys.exit("rvscope did not say where it waits for gdb")
    return proc, Client(int(m.group(1)))


def finish(proc, want_status):
    """rvscope's exit status must be want_status; returns what it said on stderr."""
    try:
        proc.wait(timeout=20)
    except subprocess.TimeoutExpired:
        proc.kill()
        proc.wait()
    err = proc.stderr.read()
    if proc.returncode != want_status:
        failures.append(f"rvscope exit status {proc.returncode}, want {want_status}: {err}")
    return err


def step_through_reset(c):
    left_rom = False
    for steps in range(1, MAX_STEPS + 1):
        reply = c.ask("vCont;s:1")
        if not reply.startswith("T05"):
            failures.append(f"step {steps}: stop reply {reply!r}, want T05")
            return
        pc = c.register(0x20)
        left_rom = left_rom or pc >= 0x80000000
        if left_rom and pc == ROM:
            break
    else:
        failures.append(f"no step brought the hart back to the reset ROM in {MAX_STEPS}")
    if not left_rom:
        failures.append("the steps never reached the program")
    priv = re.search(r'name="priv"[^>]*regnum="(\d+)"', c.target_xml())
    if not priv or c.register(int(priv.group(1))) != 3:
        failures.append("after the reset the hart is not in M-mode")
    reply = c.ask("c")
    if reply != "W00":
        failures.append(f"the second boot ended with {reply!r}, want W00 (it passes)")


def check_step():
    proc, c = start(ELF)
    try:
        c.ask("?")
        step_through_reset(c)
        c.s.close()
    except (ConnectionError, OSError) as e:
        failures.append(str(e))
    finish(proc, 0)


def check_fails():
    with tempfile.TemporaryDirectory() as tmp:
        elf = os.path.join(tmp, "reset.elf")
        shutil.copyfile(ELF, elf)
        proc, c = start(elf)
        os.remove(elf)
        try:
            c.ask("?")
            reply = c.ask("c")
            if reply != "X09":
                failures.append(f"a failed reboot answered {reply!r}, want X09")
            c.s.close()
        except (ConnectionError, OSError) as e:
            failures.append(str(e))
        lines = [l for l in finish(proc, 5).splitlines() if "rvscope: reset: " in l]
        if len(lines) != 1 or elf not in lines[0]:
            failures.append(f"want one line 'rvscope: reset: {elf}: ...', got {lines}")


{"step": check_step, "fails": check_fails}[CHECK]()
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
