#!/usr/bin/env python3
"""garbage.py RVSCOPE ELF: malformed and hostile packets to rvscope's GDB stub (ELF must
run for a few seconds, as the benchmark does: the guest runs while no client is there).

rvscope must answer each (an error, or the empty reply for what it does not support),
or drop what cannot be a packet, and never crash or hang: after every kind of garbage a
well-formed '?' still gets its stop reply, a client that vanishes mid-packet leaves the
stub listening for the next one, and 'k' ends rvscope with status 0.
"""
import re
import socket
import subprocess
import sys
import time

rvscope, elf = sys.argv[1], sys.argv[2]
proc = subprocess.Popen([rvscope, "-S", "-gdb", "tcp::0", elf], stdin=subprocess.DEVNULL,
                        stdout=subprocess.DEVNULL, stderr=subprocess.PIPE, text=True)
line = proc.stderr.readline()
m = re.match(r"rvscope: waiting for gdb on tcp::(\d+)$", line.strip())
if not m:
    proc.kill()
    sys.exit(f"no port in {line!r}")
port = int(m.group(1))
failures = []


def connect():
    s = socket.create_connection(("127.0.0.1", port), timeout=10)
    return s


def frame(payload):
    data = payload.encode("latin-1") if isinstance(payload, str) else payload
    return b"$" + data + b"#%02x" % (sum(data) & 0xFF)


def read_reply(s):
    """'+' then one packet (acknowledged); returns its payload."""
    buf = b""
    while not (b"#" in buf and len(buf) >= buf.index(b"#") + 3):
        chunk = s.recv(65536)
        if not chunk:
            raise ConnectionError("rvscope closed the connection")
        buf += chunk
    s.sendall(b"+")
    start = buf.index(b"$")
    assert buf[:start].strip(b"+") == b"", buf[:start]
    return buf[start + 1:buf.index(b"#")].decode("latin-1")


def ask(s, payload, want):
    s.sendall(frame(payload))
    got = read_reply(s)
    while got.startswith("O") and got != "OK":   # console output first (monitor)
        got = read_reply(s)
    if not re.fullmatch(want, got):
        failures.append(f"{payload[:40]!r}: got {got[:60]!r}, want {want!r}")


def alive(s, what):
    s.sendall(frame("?"))
    got = read_reply(s)
    if not got.startswith("T05thread:1;"):
        failures.append(f"after {what}: '?' answered {got!r}")


s = connect()
# Bytes outside any packet, a bad checksum (answered '-'), an unterminated packet
# followed by a good one, and a packet longer than PacketSize (answered '-').
s.sendall(b"garbage\x00\xff+-+\x03\x03")
alive(s, "bytes outside packets")
s.sendall(b"$?#00")
if s.recv(1) != b"-":
    failures.append("bad checksum not answered '-'")
alive(s, "a bad checksum")
s.sendall(b"$m1000,4")   # cut short by the next '$'
alive(s, "a packet cut short")
s.sendall(b"$" + b"A" * 20000 + b"#00")
if s.recv(1) != b"-":
    failures.append("an oversized packet not answered '-'")
alive(s, "an oversized packet")
s.sendall(b"$?#zz")
if s.recv(1) != b"-":
    failures.append("a non-hex checksum not answered '-'")
alive(s, "a non-hex checksum")

# Well-formed packets with bad contents.
E = r"E[0-9a-f]{2}"
for payload, want in [
    ("m", E), ("mzz,zz", E), ("m1000", E), ("m1000,", E),
    ("mffffffffffffffffff,4", E),          # more than 64 bits
    ("m0,ffffffffffffffff", E),            # unreadable, huge length: clamped, E14
    ("mfffffffffffffff0,10", E),
    ("M0,4:zz", E), ("M80000000,100000:00", E), ("M80000000,2:00", E),
    ("Mffffffff00000000,1:00", E),
    ("p", E), ("p99999", E), ("pzz", E), ("P20=12", E), ("P9999=00", E), ("P", E),
    ("G0", E), ("Gzz", E),
    ("Z9,0,0", ""), ("Z0,zz,4", E), ("Z2,80000000,0", E), ("Z2,80000000,100000", E),
    ("z1,1234,4", "OK"),                   # removing what is not there
    ("Hg999", E), ("Hgzz", E), ("Hx1", E), ("H", E), ("T0", E), ("T999", E), ("T", E),
    ("vCont;x", E), ("vCont;s:999", E), ("vCont;c:zz", E), ("vCont;", E), ("vCont", ""),
    ("qXfer:features:read:bogus.xml:0,10", E),
    ("qXfer:features:read:target.xml:zz", E),
    ("qXfer:features:read:target.xml:ffffffffffff,10", "l"),
    ("qRcmd,zz", E), ("qRcmd,6865", "OK"),   # "he": the REPL's error, as output
    ("qThreadExtraInfo,999", E), ("qUnknownThing", ""),
    ("c zz", E), ("szz", E), ("Czz", E),
    ("}}}}", ""), ("\x7f\x01", ""), ("QStart", ""),
]:
    try:
        ask(s, payload, want)
    except (ConnectionError, socket.timeout) as e:
        failures.append(f"{payload[:40]!r}: {e}")
        break
# A monitor command's output comes as O packets before OK.
s.sendall(frame("qRcmd," + b"regs".hex()))
out = read_reply(s)
if not out.startswith("O"):
    failures.append(f"monitor regs: {out!r}")
while out != "OK" and out.startswith("O"):
    out = read_reply(s)
alive(s, "malformed packets")
# A client that vanishes mid-packet; the next one is served.
s.sendall(b"$m80000000,")
s.close()
time.sleep(0.2)
s = connect()
alive(s, "a client that went away")
s.sendall(frame("k"))
s.recv(1)   # the '+'
s.close()
try:
    status = proc.wait(timeout=20)
except subprocess.TimeoutExpired:
    proc.kill()
    failures.append("rvscope still running after k")
    status = None
if status not in (0, None):
    failures.append(f"rvscope exited with status {status}: {proc.stderr.read()}")
for f in failures:
    print("FAIL:", f)
sys.exit(1 if failures else 0)
