#!/usr/bin/env python3
"""Scripted debugger sessions (-x) on the bundled kernel, checked for real values.

bundled_repl.py RVSCOPE KERNEL_ELF USER_DIR FS_IMG SOURCE_DIR SESSION HARTS

Runs tests/debugger/bundled_repl_SESSION.cmd with `rvscope -smp HARTS -x` on a copy of
FS_IMG, then checks the transcript. The checks take numbers from one command's output
and compare them with another's (ps against break satp, pt walk against the PTEs read
with x/gx p:, the trapframe against the system call...) or with what the kernel's and
the user programs' ELF files (KERNEL_ELF, USER_DIR), guest/include/syscalls.def,
guest/include/kdebug.h and guest/kernel/riscv.h say. Nothing is matched by shape alone.

On several harts the scheduler decides where a process runs: the checks take the hart
from the stop report and compare the other views with it, never a fixed number.

A session file may hold
  # console: LINE     typed to the guest's console. Under the debugger the console
                      reads stdin only when it is a terminal, while the guest runs
                      (continue, next, until): so stdin is a pseudo-terminal holding
                      the line from the start. The first stop must come after the
                      shell has read it: bytes the console read but the UART has not
                      yet taken are dropped when the debugger stops the machine.
  @LAST_HART@         the highest hart number (HARTS - 1)
  @CALL_UART_INIT@    the address of main's call of uart_init (from the kernel's code)
The kernel session runs twice: the second run appends x/gx p:ADDR reads of the
page-table entries and the trapframe the first run printed (the machine is
deterministic, and the checker makes sure the two runs agree up to there).
"""
import os
import re
import shutil
import struct
import subprocess
import sys
import tempfile
import tty

HERE = os.path.dirname(os.path.abspath(__file__))
TIMEOUT = 60          # seconds for one run; each takes about a second
HEX = r'0x[0-9a-f]+'


class Missing(Exception):
    """The transcript lacks something a later check needs: stop checking."""


failures = []


def expect(cond, what):
    if not cond:
        failures.append(what)
    return cond


def need(m, what):
    if not m:
        raise Missing(what)
    return m


# ------------------------------------------------------------------ ELF files

class Elf:
    """Symbols and loaded bytes of a little-endian ELF64 file."""

    def __init__(self, path):
        self.path = path
        data = open(path, 'rb').read()
        if data[:4] != b'\x7fELF' or data[4] != 2 or data[5] != 1:
            raise SystemExit('%s: not a little-endian ELF64 file' % path)
        self.data = data
        self.entry, phoff, shoff = struct.unpack_from('<QQQ', data, 24)
        phentsize, phnum, shentsize, shnum = struct.unpack_from('<HHHH', data, 54)
        self.segments = []
        for i in range(phnum):
            p_type, _, off, vaddr, _, filesz, memsz, _ = struct.unpack_from(
                '<IIQQQQQQ', data, phoff + i * phentsize)
            if p_type == 1:
                self.segments.append((vaddr, off, filesz, memsz))
        sections = [struct.unpack_from('<IIQQQQIIQQ', data, shoff + i * shentsize)
                    for i in range(shnum)]
        self.symbols = []          # (name, value, size, is_func)
        for s in sections:
            if s[1] != 2:          # SHT_SYMTAB
                continue
            strtab = sections[s[6]]
            for off in range(s[4], s[4] + s[5], s[9]):
                name, info, _, shndx, value, size = struct.unpack_from('<IBBHQQ', data, off)
                if shndx == 0 or (info & 15) > 2:   # defined: no type, objects, functions
                    continue
                start = strtab[4] + name
                self.symbols.append((data[start:data.index(b'\0', start)].decode(),
                                     value, size, (info & 15) == 2))

    def sym(self, name):
        found = [s for s in self.symbols if s[0] == name]
        need(len(found) == 1, '%s: no single symbol %s' % (self.path, name))
        return found[0]

    def addr(self, name):
        return self.sym(name)[1]

    def containing(self, addr):
        """The symbol whose [value, value+size) holds addr, or None."""
        for s in self.symbols:
            if s[1] <= addr < s[1] + s[2]:
                return s
        return None

    def read(self, addr, n):
        for vaddr, off, filesz, _ in self.segments:
            if vaddr <= addr and addr + n <= vaddr + filesz:
                return self.data[off + addr - vaddr: off + addr - vaddr + n]
        raise Missing('%s: no loaded bytes at 0x%x' % (self.path, addr))

    def load_range(self):
        return (min(s[0] for s in self.segments), max(s[0] + s[3] for s in self.segments))

    def insn(self, addr):
        """(bits, length) of the instruction at addr."""
        low = struct.unpack('<H', self.read(addr, 2))[0]
        if low & 3 == 3:
            return struct.unpack('<I', self.read(addr, 4))[0], 4
        return low, 2


def is_call(bits, length):
    """jal/jalr linking ra, or c.jalr (RV64 has no c.jal)."""
    if length == 4:
        return bits & 0x7f in (0x6f, 0x67) and (bits >> 7) & 31 == 1
    return bits & 0xf07f == 0x9002 and (bits >> 7) & 31 != 0


def jal_target(bits, pc):
    if bits & 0x7f != 0x6f:
        return None
    imm = ((bits >> 31) << 20 | ((bits >> 12) & 0xff) << 12 | ((bits >> 20) & 1) << 11 |
           ((bits >> 21) & 0x3ff) << 1)
    if imm & (1 << 20):
        imm -= 1 << 21
    return pc + imm


def is_store(bits, length):
    if length == 4:
        return bits & 0x7f in (0x23, 0x27)
    return bits & 3 in (0, 2) and (bits >> 13) & 7 in (5, 6, 7)


def insn_before(elf, ret):
    """The instruction that ends at ret (4 bytes or 2): (address, bits, length)."""
    for length in (4, 2):
        try:
            bits, n = elf.insn(ret - length)
        except Missing:
            continue
        if n == length:
            return ret - length, bits, n
    raise Missing('no instruction ends at 0x%x in %s' % (ret, elf.path))


ECALL = 0x00000073


# ------------------------------------------------------------------ the sources

def read_syscalls(path):
    """syscalls.def: name -> number."""
    calls = {}
    for m in re.finditer(r'^SYSCALL\((\d+),\s*(\w+),', open(path).read(), re.M):
        calls[m.group(2)] = int(m.group(1))
    if 'write' not in calls:
        raise SystemExit('%s: no write system call' % path)
    return calls


def read_define(path, name):
    m = re.search(r'#define\s+%s\s+(?:\(1ull << (\d+)\)|(\d+))' % name, open(path).read())
    if not m:
        raise SystemExit('%s: no #define %s' % (path, name))
    return 1 << int(m.group(1)) if m.group(1) else int(m.group(2))


# ------------------------------------------------------------------ running a session

class Session:
    def __init__(self, args):
        (rvscope, kernel, user_dir, image, src, self.name, harts) = args
        # The runs happen in a work directory: every path absolute.
        self.rvscope, self.user_dir, self.image = (os.path.abspath(p) for p in
                                                   (rvscope, user_dir, image))
        kernel = os.path.abspath(kernel)
        self.harts = int(harts)
        self.kernel = Elf(kernel)
        self.users = {}
        self.syscalls = read_syscalls(os.path.join(src, 'guest/include/syscalls.def'))
        self.pte_cow = read_define(os.path.join(src, 'guest/kernel/riscv.h'), 'PTE_COW')
        kdebug = os.path.join(src, 'guest/include/kdebug.h')
        self.tf = {k: read_define(kdebug, 'TF_' + k)
                   for k in ('REGS', 'EPC', 'KERNEL_SATP', 'SIZE')}
        self.last = ''
        self.tmp = tempfile.mkdtemp(prefix='bundled_repl.')
        self.script = self.fill(open(os.path.join(HERE, 'bundled_repl_%s.cmd' % self.name))
                                .read())
        self.typed = ''.join(line[len('# console: '):] + '\n'
                             for line in self.script.splitlines()
                             if line.startswith('# console: '))

    def user(self, name):
        if name not in self.users:
            self.users[name] = Elf(os.path.join(self.user_dir, name))
        return self.users[name]

    def call_site(self, caller, callee):
        """The address of caller's jal to callee."""
        _, start, size, _ = self.kernel.sym(caller)
        target = self.kernel.addr(callee)
        a = start
        while a < start + size:
            bits, n = self.kernel.insn(a)
            if n == 4 and is_call(bits, n) and jal_target(bits, a) == target:
                return a
            a += n
        raise Missing('%s has no jal to %s' % (caller, callee))

    def fill(self, text):
        text = text.replace('@LAST_HART@', str(self.harts - 1))
        if '@CALL_UART_INIT@' in text:
            text = text.replace('@CALL_UART_INIT@', '0x%x' % self.call_site('main', 'uart_init'))
        return text

    def run(self, script, tag):
        """Run script on a fresh copy of the image; the transcript."""
        work = os.path.join(self.tmp, tag)
        os.mkdir(work)
        shutil.copy(self.image, os.path.join(work, 'fs.img'))
        os.symlink(os.path.abspath(self.user_dir), os.path.join(work, 'user'))  # usersyms user
        with open(os.path.join(work, 'session.cmd'), 'w') as f:
            f.write(script)
        master = slave = None
        stdin = subprocess.DEVNULL
        if self.typed:
            master, slave = os.openpty()
            tty.setraw(slave)
            os.write(master, self.typed.encode())
            stdin = slave
        out_path = os.path.join(work, 'transcript')
        with open(out_path, 'wb') as out:
            p = subprocess.Popen([self.rvscope, '-smp', str(self.harts), '-x', 'session.cmd',
                                  '-drive', 'file=fs.img,format=raw', self.kernel.path],
                                 cwd=work, stdin=stdin, stdout=out, stderr=subprocess.STDOUT)
            try:
                status = p.wait(TIMEOUT)
            except subprocess.TimeoutExpired:
                p.kill()
                p.wait()
                status = 'killed after %d s' % TIMEOUT
        for fd in (master, slave):
            if fd is not None:
                os.close(fd)
        text = open(out_path, errors='replace').read()
        self.last = text
        expect(status == 0, '%s run: exit status %s' % (tag, status))
        return Transcript(text, work)


class Transcript:
    """The output split at the prompts: blocks of (command, lines)."""

    def __init__(self, text, work):
        self.text = text
        self.work = work
        self.blocks = []
        for line in text.splitlines():
            if line.startswith('(rvscope) '):
                self.blocks.append((line[len('(rvscope) '):], []))
            elif self.blocks:
                self.blocks[-1][1].append(line)
        self.commands = [b for b in self.blocks if not b[0].startswith('#')]

    def out(self, cmd, n=1):
        """The lines printed by the n-th (from 1) command cmd."""
        found = [b[1] for b in self.commands if b[0] == cmd]
        need(len(found) >= n, 'no output of command %d x "%s"' % (n, cmd))
        return found[n - 1]


# ------------------------------------------------------------------ parsing views

def first(lines, pattern, what):
    for line in lines:
        m = re.search(pattern, line)
        if m:
            return m
    raise Missing('%s: no line matches /%s/ in:\n  %s' % (what, pattern, '\n  '.join(lines)))


def stop(lines, kind):
    """The report of a stop: hart, text after 'kind', and the pc of the => line."""
    m = first(lines, r'^hart (\d+): (%s)(.*)$' % kind, 'stop report')
    at = first(lines, r'^=> (%s)' % HEX, 'stop pc')
    return int(m.group(1)), m.group(3), int(at.group(1), 16)


def regs(lines):
    m = first(lines, r'^hart (\d+)  pc (%s)\S*(?: <[^>]*>)?  priv ([USM])' % HEX, 'regs')
    r = {'hart': int(m.group(1)), 'pc': int(m.group(2), 16), 'priv': m.group(3)}
    for line in lines[1:]:
        for name, value in re.findall(r'(\w+)\s+(0x[0-9a-f]{16})', line):
            r[name] = int(value, 16)
    need(len(r) == 35, 'regs: 32 registers, pc, hart, priv in %s' % lines)
    return r


def ps(lines):
    procs = {}
    for line in lines:
        m = re.match(r'^\s+(\d+)\s+(\d+)\s+(\w+)\s+(\S+)\s+(%s)(?:\s+\(on hart (\d+)\))?$' % HEX,
                     line)
        if m:
            procs[int(m.group(1))] = {
                'ppid': int(m.group(2)), 'state': m.group(3), 'name': m.group(4),
                'satp': int(m.group(5), 16),
                'hart': int(m.group(6)) if m.group(6) else None}
    need(procs, 'ps: no processes in %s' % lines)
    return procs


def harts(lines):
    hs = {}
    for line in lines:
        m = re.match(r'^([* ]) hart (\d+)\s+([USM])\s+pc (%s)(?: <[^>]*>)?\s+satp (Bare|Sv39 asid '
                     r'\d+ root (%s))(?:\s+pid (\d+) \((\S+)\))?' % (HEX, HEX), line)
        if m:
            hs[int(m.group(2))] = {
                'current': m.group(1) == '*', 'priv': m.group(3), 'pc': int(m.group(4), 16),
                'root': int(m.group(6), 16) if m.group(6) else None,
                'pid': int(m.group(7)) if m.group(7) else None}
    return hs


def csr(lines, name):
    m = first(lines, r'^%s\s+(0x[0-9a-f]{16})\s*(.*)$' % name, 'csr ' + name)
    return int(m.group(1), 16), m.group(2)


def satp_root(satp):
    return (satp & ((1 << 44) - 1)) << 12


def bt(lines):
    frames = [(int(m.group(1)), int(m.group(2), 16), m.group(3))
              for m in (re.match(r'^#(\d+)\s+(%s)(?: <([^>]*)>)?\s+\(fp %s\)$' % (HEX, HEX), l)
                        for l in lines) if m]
    need(frames, 'bt: no frames in %s' % lines)
    return frames


def memory(lines):
    """Values of an x command, in order."""
    values = []
    for line in lines:
        m = re.match(r'^(?:p:)?%s(?: <[^>]*>)?:\s+(.*)$' % HEX, line)
        if m:
            values += [int(v, 16) for v in m.group(1).split()]
    need(values, 'x: no values in %s' % lines)
    return values


def string(lines):
    m = first(lines, r'^(?:p:)?%s(?: <[^>]*>)?:\s+"(.*)"$' % HEX, 'x/s')
    return m.group(1).encode().decode('unicode_escape')


def disas(lines):
    """(address, bits) of each instruction line."""
    rows = [(int(m.group(1), 16), int(m.group(2), 16))
            for m in (re.match(r'^(?:=>|  )\s*(%s)(?: <[^>]*>)?:\s+([0-9a-f]{4}|[0-9a-f]{8})\s' % HEX,
                               l) for l in lines) if m]
    need(rows, 'disas: no instructions in %s' % lines)
    return rows


def walk_steps(lines):
    """The level lines of a walk (pt walk, or explain's record of one)."""
    steps = []
    for line in lines:
        m = re.match(r'^\s+level (\d)\s+VPN\[(\d)\]=(\d+)\s+PTE at (%s) = (0x[0-9a-f]{16})\s+'
                     r'((?:[A-Z-] ){7}[A-Z-])( RSW)?\s+(.*)$' % HEX, line)
        if m:
            steps.append({'level': int(m.group(1)), 'vpn': int(m.group(3)),
                          'at': int(m.group(4), 16), 'pte': int(m.group(5), 16),
                          'flags': m.group(6).split(), 'rsw': bool(m.group(7)),
                          'result': m.group(8)})
    need(steps, 'no walk levels in %s' % lines)
    return steps


def walk(lines):
    head = first(lines, r'^walk of (%s): (\S)-mode (\w+), satp (%s) \(Sv39 asid \d+ root (%s)\)'
                 r'(?:, pid (\d+) \((\S+)\))?' % (HEX, HEX, HEX), 'pt walk')
    pa = first(lines, r'^\s+=> (?:pa (%s)|(.*))$' % HEX, 'walk result')
    return {'va': int(head.group(1), 16), 'priv': head.group(2), 'access': head.group(3),
            'satp': int(head.group(4), 16), 'root': int(head.group(5), 16),
            'pid': int(head.group(6)) if head.group(6) else None,
            'steps': walk_steps(lines), 'pa': int(pa.group(1), 16) if pa.group(1) else None}


def explain(lines):
    head = lines[0] if lines else ''
    facts = first(lines, r'^  hart (\d+), cause (\d+) \(([^)]*)\), epc (%s)(?: <([^>]*)>)?, '
                  r'tval (%s)$' % (HEX, HEX), 'explain facts')
    return head, {'hart': int(facts.group(1)), 'cause': int(facts.group(2)),
                  'epc': int(facts.group(4), 16), 'sym': facts.group(5),
                  'tval': int(facts.group(6), 16)}


def info_break(lines):
    rows = {}
    for line in lines:
        m = re.match(r'^(\d+)\s+(.+?)\s+(\d+)  (.*)$', line)
        if m:
            rows[int(m.group(1))] = {'type': m.group(2), 'hits': int(m.group(3)),
                                     'what': m.group(4)}
    return rows


FLAG_BITS = 'VRWXUGAD'


def check_flags(step, what):
    """The flag letters a walk or dump prints are the PTE's bits."""
    for i, letter in enumerate(FLAG_BITS):
        shown = step['flags'][i] == letter
        expect(shown == bool(step['pte'] >> i & 1),
               '%s: PTE 0x%x bit %s is %d, printed %s' % (what, step['pte'], letter,
                                                        step['pte'] >> i & 1, step['flags'][i]))
    expect(step['rsw'] == bool(step['pte'] >> 8 & 3),
           '%s: PTE 0x%x RSW bits printed %s' % (what, step['pte'], step['rsw']))


def check_walk(w, what):
    """Recompute the walk from its own numbers: indexes from the address, each PTE's
    address from the table before it, the next table and the page from each PTE."""
    need(len(w['steps']) == 3, '%s: three levels in Sv39, got %d' % (what, len(w['steps'])))
    table = w['root']
    expect(table == satp_root(w['satp']),
           '%s: root 0x%x is not satp 0x%x\'s' % (what, table, w['satp']))
    for i, s in enumerate(w['steps']):
        level = 2 - i
        vpn = w['va'] >> (12 + 9 * level) & 511
        expect(s['level'] == level and s['vpn'] == vpn,
               '%s: level %d VPN should be %d, printed level %d VPN %d' %
               (what, level, vpn, s['level'], s['vpn']))
        expect(s['at'] == table + 8 * vpn, '%s: level %d PTE at 0x%x, expected 0x%x + 8*%d' %
               (what, level, s['at'], table, vpn))
        check_flags(s, '%s level %d' % (what, level))
        table = (s['pte'] >> 10) << 12
        if level:
            expect(s['result'] == '-> next table at 0x%x' % table,
                   '%s: level %d says "%s", the PTE points to 0x%x' %
                   (what, level, s['result'], table))
    leaf = table | (w['va'] & 0xfff)
    expect(w['steps'][-1]['result'] == '-> leaf: 4 KiB page, pa 0x%x' % leaf,
           '%s: leaf says "%s", its PTE gives pa 0x%x' % (what, w['steps'][-1]['result'], leaf))
    expect(w['pa'] == leaf, '%s: => pa %s, the leaf PTE gives 0x%x' % (what, w['pa'], leaf))
    return leaf


def check_frames(elf, frames, what):
    """Every caller frame returns just after a call; a jal calls the frame below it."""
    for k in range(1, len(frames)):
        at, bits, n = insn_before(elf, frames[k][1])
        expect(is_call(bits, n), '%s: frame #%d 0x%x does not follow a call (0x%x: %x)' %
               (what, k, frames[k][1], at, bits))
        callee = elf.containing(frames[k - 1][1])
        target = jal_target(bits, at) if n == 4 else None
        if callee and target is not None:
            expect(target == callee[1], '%s: frame #%d calls 0x%x, not %s (frame #%d)' %
                   (what, k, target, callee[0], k - 1))
        caller = elf.containing(frames[k][1])
        expect(caller and frames[k][2] == '%s+0x%x' % (caller[0], frames[k][1] - caller[1]),
               '%s: frame #%d 0x%x named <%s>, the ELF says %s' %
               (what, k, frames[k][1], frames[k][2], caller and caller[0]))


# ------------------------------------------------------------------ the sessions

def check_run(s, t):
    main = s.kernel.addr('main')
    # Before the first instruction every hart waits at the same reset pc, in M-mode.
    hs = harts(t.out('info harts'))
    expect(sorted(hs) == list(range(s.harts)), 'info harts lists %s' % sorted(hs))
    expect(len({(h['pc'], h['priv'], h['root']) for h in hs.values()}) == 1 and
           hs[0]['priv'] == 'M' and hs[0]['current'],
           'harts before the start: %s' % hs)
    at = int(first(t.out('until main'), r'^=> (%s) <main>' % HEX, 'until main').group(1), 16)
    expect(at == main, 'until main stops at 0x%x, main is 0x%x' % (at, main))
    r = regs(t.out('regs'))
    expect(r['hart'] == 0 and r['pc'] == main and r['priv'] == 'S',
           'regs at main: hart %d pc 0x%x priv %s' % (r['hart'], r['pc'], r['priv']))
    # disas: main's first six instructions, bit for bit the kernel ELF's.
    rows = disas(t.out('disas $pc 6'))
    expect(len(rows) == 6, 'disas $pc 6 shows %d instructions' % len(rows))
    a = main
    for addr, bits in rows:
        want, n = s.kernel.insn(a)
        expect(addr == a and bits == want, 'disas: 0x%x %x, the ELF has 0x%x %x' %
               (addr, bits, a, want))
        a += n
    # step 6: the same six instructions, each with the effect its operands compute from
    # the registers regs printed (and from the steps before it).
    steps = [re.match(r'^([USM]) (%s) <[^>]*>\s+(\S+)\s+(\S+)\s*(.*)$' % HEX, l)
             for l in t.out('step 6')]
    steps = [m for m in steps if m]
    expect(len(steps) == 6, 'step 6 shows %d steps' % len(steps))
    disas_text = [re.search(r':\s+[0-9a-f]+\s+(\S+)\s', l) for l in t.out('disas $pc 6')]
    mnemonics = [m.group(1) for m in disas_text if m]
    x = dict(r)
    for i, m in enumerate(steps):
        pc, op, operands, effect = int(m.group(2), 16), m.group(3), m.group(4), m.group(5)
        expect(m.group(1) == 'S' and i < len(rows) and pc == rows[i][0] and
               op == mnemonics[i], 'step %d: %s (disas said 0x%x %s)' %
               (i, m.group(0), rows[i][0] if i < len(rows) else 0,
                mnemonics[i] if i < len(mnemonics) else '?'))
        o = operands.split(',')
        if op == 'addi':
            v = (x[o[1]] + int(o[2], 0)) & (2**64 - 1)
            expect(effect == '%s=0x%x' % (o[0], v), 'step %s %s: "%s", expected %s=0x%x' %
                   (op, operands, effect, o[0], v))
            x[o[0]] = v
        elif op in ('sd', 'sw', 'sh', 'sb'):
            off, base = re.match(r'(-?\d+)\((\w+)\)', o[1]).groups()
            size = {'sd': 8, 'sw': 4, 'sh': 2, 'sb': 1}[op]
            want = '[0x%x]=0x%x' % (x[base] + int(off), x[o[0]] & (2**(8 * size) - 1))
            expect(effect == want, 'step %s %s: "%s", expected %s' % (op, operands, effect, want))
        else:   # anything else: believe the value it shows, for the steps after it
            w = re.match(r'^(\w+)=(%s)$' % HEX, effect)
            if w and w.group(1) in x:
                x[w.group(1)] = int(w.group(2), 16)
    end = rows[-1][0] + s.kernel.insn(rows[-1][0])[1]
    h0 = harts(t.out('info harts', 2))[0]
    expect(h0['pc'] == end and h0['current'], 'after step 6 hart 0 is at 0x%x, expected 0x%x' %
           (h0['pc'], end))
    # until the call of uart_init, then next over it: back in main after the call.
    call = s.call_site('main', 'uart_init')
    m = first(t.out('until 0x%x' % call), r'^=> (%s) .*<uart_init>' % HEX, 'until')
    expect(int(m.group(1), 16) == call, 'until stopped at %s, not 0x%x' % (m.group(1), call))
    after = call + s.kernel.insn(call)[1]
    nxt = t.out('next')
    m = first(nxt, r'^=> (%s) <main\+' % HEX, 'next')
    expect(int(m.group(1), 16) == after, 'next over the call: at %s, expected 0x%x' %
           (m.group(1), after))
    expect(not any(re.match(r'^[USM] 0x', l) for l in nxt), 'next showed steps: %s' % nxt)
    h0 = harts(t.out('info harts', 3))[0]
    expect(h0['pc'] == after and h0['priv'] == 'S', 'after next, hart 0: %s' % h0)
    # hart N: the current hart changes, and info harts agrees on it and its pc.
    last = s.harts - 1
    m = first(t.out('hart %d' % last), r'^=> (%s)' % HEX, 'hart')
    hs = harts(t.out('info harts', 4))
    expect([n for n in hs if hs[n]['current']] == [last] and
           hs[last]['pc'] == int(m.group(1), 16),
           'hart %d: => %s, info harts %s' % (last, m.group(1), hs))
    # continue 3 with break ecall: the third system call stops it; the two before went
    # by, traced but not reported.
    block = t.out('continue 3')
    calls = [re.match(r'^hart (\d+) U\s+ecall\s+(.*)$', l) for l in block]
    calls = [c for c in calls if c]
    hart, text, _ = stop(block, r'event breakpoint 1 \(ecall\): ')
    expect(len(calls) == 3 and calls[-1].group(2) == text and int(calls[-1].group(1)) == hart,
           'continue 3: %d ecalls traced, the stop names "%s"' % (len(calls), text))
    row = info_break(t.out('info break')).get(1)
    expect(row and row['hits'] == 3, 'info break after continue 3: %s' % row)
    # init's write(): its stub from init's ELF, li a7 with write's number, then next
    # over the ecall returns to U-mode after it with a0 = the bytes written (a2).
    init = s.user('init')
    stub = init.addr('write')
    m = first(t.out('break write if pid=1'), r'^breakpoint (\d+) at (%s) <write>$' % HEX,
              'break write')
    expect(int(m.group(2), 16) == stub, 'break write at %s, init\'s write is 0x%x' %
           (m.group(2), stub))
    hart, text, pc = stop(t.out('continue'), r'breakpoint %s at ' % m.group(1))
    expect(pc == stub, 'stopped at 0x%x, not init\'s write 0x%x' % (pc, stub))
    n = s.syscalls['write']
    st = first(t.out('step'), r'^U (%s) <write>\s+addi\s+a7,zero,(\d+)\s+a7=(%s)$' % (HEX, HEX),
               'step in write')
    expect(int(st.group(2)) == n and int(st.group(3), 16) == n,
           'write\'s stub sets a7 %s, syscalls.def says %d' % (st.group(3), n))
    ecall = stub + init.insn(stub)[1]
    expect(init.insn(ecall) == (ECALL, 4), 'no ecall after li a7 in init\'s write')
    nxt = t.out('next', 2)
    m = first(nxt, r'^=> (%s)' % HEX, 'next over ecall')
    expect(int(m.group(1), 16) == ecall + 4, 'next over the ecall: at %s, expected 0x%x' %
           (m.group(1), ecall + 4))
    expect('init: starting sh' in nxt, 'init\'s line was not printed during next: %s' % nxt)
    r = regs(t.out('regs', 2))
    expect(r['priv'] == 'U' and r['pc'] == ecall + 4 and r['a0'] == r['a2'] ==
           len('init: starting sh\n'), 'after write: priv %s pc 0x%x a0 %d a2 %d' %
           (r['priv'], r['pc'], r['a0'], r['a2']))


def check_break(s, t):
    main, kvm = s.kernel.addr('main'), s.kernel.addr('kvm_install')
    _, done, done_size, _ = s.kernel.sym('boot_done')
    last = s.harts - 1
    cond = 'if hart=%d priv=S' % last
    row = info_break(t.out('info break')).get(1)
    expect(row and row['hits'] == 0 and row['what'] == '0x%x <main>  %s' % (main, cond),
           'info break: %s' % row)
    # Every hart runs main; the condition lets only the last one stop there.
    hart, _, pc = stop(t.out('continue'), r'breakpoint 1 at ')
    expect(hart == last and pc == main, 'break main %s stopped hart %d at 0x%x' %
           (cond, hart, pc))
    hs = harts(t.out('info harts'))
    expect(hs[last]['current'] and hs[last]['pc'] == main and hs[last]['priv'] == 'S',
           'info harts at the stop: %s' % hs)
    # The other harts are in S-mode: machine_start's mret took them to main's first
    # instruction already, and they did not stop nor count as hits.
    expect(all(h['priv'] == 'S' for h in hs.values()), 'not every hart reached main: %s' % hs)
    row = info_break(t.out('info break', 2)).get(1)
    expect(row and row['hits'] == 1, 'hits after the stop: %s' % row)
    # tbreak with a hart condition: hart 0 (boot_machine) calls kvm_install first.
    m = first(t.out('tbreak kvm_install if hart=0'),
              r'^temporary breakpoint 2 at (%s) <kvm_install>$' % HEX, 'tbreak')
    expect(int(m.group(1), 16) == kvm, 'tbreak at %s, kvm_install is 0x%x' % (m.group(1), kvm))
    m = first(t.out('watch w boot_done'), r'^watchpoint 3: stores to (%s) <boot_done>' % HEX,
              'watch')
    expect(int(m.group(1), 16) == done, 'watch at %s, boot_done is 0x%x' % (m.group(1), done))
    rows = info_break(t.out('info break', 3))
    expect(sorted(rows) == [2, 3] and rows[2]['type'] == 'tbreak' and
           rows[3]['type'] == 'watch w', 'info break: %s' % rows)
    hart, _, pc = stop(t.out('continue', 2), r'breakpoint 2 at ')
    expect(hart == 0 and pc == kvm, 'tbreak stopped hart %d at 0x%x' % (hart, pc))
    frames = bt(t.out('bt'))
    expect(frames[0][1] == kvm and len(frames) >= 2, 'bt at kvm_install: %s' % frames)
    check_frames(s.kernel, frames, 'bt at kvm_install')
    expect(2 not in info_break(t.out('info break', 4)), 'the tbreak is still there')
    # The watchpoint: hart 0 stores 1 (main.c: boot_done = 1), a store of the
    # variable's size, at its address (the kernel maps itself one to one).
    m = first(t.out('continue', 3), r'^hart (\d+): watchpoint 3: store of (\d+) bytes? at (%s) '
              r'<boot_done> \(pa (%s)\): 0x0 -> 0x1$' % (HEX, HEX), 'watch stop')
    expect(int(m.group(1)) == 0 and int(m.group(2)) == done_size and
           int(m.group(3), 16) == int(m.group(4), 16) == done, 'watch stop: %s' % m.group(0))
    _, _, pc = stop(t.out('continue', 3), r'watchpoint 3: ')
    at, bits, n = insn_before(s.kernel, pc)
    expect(is_store(bits, n), 'the watch stopped at 0x%x, after 0x%x %x: no store' %
           (pc, at, bits))
    # main is the root of hart 0's frames: its saved ra (park) is no call site, so no
    # frame may follow it (a stale ra would name a caller that is not on the stack).
    frames = bt(t.out('bt', 2))
    expect(frames[0][2].startswith('main+'), 'bt after the watch: %s' % frames)
    check_frames(s.kernel, frames, 'bt in main')
    expect(memory(t.out('x/wx boot_done')) == [1], 'x/wx boot_done: %s' %
           t.out('x/wx boot_done'))
    row = info_break(t.out('info break', 5)).get(3)
    expect(row and row['hits'] == 1, 'watch hits: %s' % row)
    expect(not info_break(t.out('info break', 6)) and
           t.out('info break', 6) == ['no breakpoints or watchpoints'],
           'after delete: %s' % t.out('info break', 6))


def check_events(s, t):
    init = s.user('init')
    ecall_name = {v: k for k, v in s.syscalls.items()}
    # sret user: init's first instruction, its ELF's entry point.
    hart, text, pc = stop(t.out('continue'), r'event breakpoint 1 \(sret user\): ')
    expect(text == 'sret to 0x%x' % init.entry and pc == init.entry,
           'sret user: "%s", init starts at 0x%x' % (text, init.entry))
    h = harts(t.out('info harts'))[hart]
    expect(h['priv'] == 'U' and h['pc'] == init.entry and h['pid'] == 1,
           'info harts after sret user: %s' % h)
    expect(csr(t.out('csr sepc'), 'sepc')[0] == init.entry, 'sepc is not init\'s entry')
    # priv U: the next entry to U-mode, at sepc, inside init's code.
    hart, text, pc = stop(t.out('continue', 2), r'event breakpoint 2 \(priv\): ')
    h = harts(t.out('info harts', 2))[hart]
    sepc = csr(t.out('csr sepc', 2), 'sepc')[0]
    expect(text == 'sret to 0x%x' % pc and pc == sepc and h['priv'] == 'U' and h['pc'] == pc and
           h['pid'] == 1 and init.containing(pc), 'priv U: "%s" pc 0x%x sepc 0x%x %s' %
           (text, pc, sepc, h))
    # trap ecall_u: scause 8 at an ecall of init's, inside the stub named by a7.
    hart, text, pc = stop(t.out('continue', 3), r'event breakpoint 3 \(trap\): ')
    m = need(re.match(r'environment call from U-mode \(8\) at (%s), tval 0x0 in pid 1 \(init\)$'
                      % HEX, text), 'trap ecall_u: "%s"' % text)
    epc = int(m.group(1), 16)
    scause = csr(t.out('csr scause'), 'scause')
    expect(scause[0] == 8 and scause[1] == 'exception 8: environment call from U-mode',
           'scause: %s' % (scause,))
    expect(csr(t.out('csr sepc', 3), 'sepc')[0] == epc, 'sepc is not the trap\'s epc')
    r = regs(t.out('regs'))
    stub = init.containing(epc)
    expect(init.insn(epc) == (ECALL, 4) and stub and stub[0] == ecall_name.get(r['a7']),
           'trap at 0x%x: %s, a7=%d names %s' % (epc, stub, r['a7'], ecall_name.get(r['a7'])))
    # break ecall write: a7 is write's number, a0 the fd: 1 for init's line, 2 for the
    # shell's prompt; the buffer holds n bytes, which the guest prints.
    for n, (who, fd, printed) in enumerate([('init', 1, 'init: starting sh\n'),
                                            ('sh', 2, '$ ')]):
        hart, text, _ = stop(t.out('continue', 4 + n), r'event breakpoint 4 \(ecall\): ')
        m = need(re.match(r'pid (\d+) \((\w+)\) write\((\d+), (%s), (\d+)\)$' % HEX, text),
                 'ecall write: "%s"' % text)
        r = regs(t.out('regs', 2 + n))
        buf = string(t.out('x/s $a1', 1 + n))
        expect(m.group(2) == who and int(m.group(3)) == fd and r['hart'] == hart and
               r['a7'] == s.syscalls['write'] and r['a0'] == fd and
               r['a1'] == int(m.group(4), 16) and r['a2'] == int(m.group(5)) == len(buf) and
               buf == printed,
               'write %d: "%s", a7=%d a0=%d a1=0x%x a2=%d, buffer %r' %
               (n + 1, text, r['a7'], r['a0'], r['a1'], r['a2'], buf))
        if n == 0:
            expect(printed.strip() in t.out('continue', 5), 'init\'s line was not printed')
        sh_pid = int(m.group(1))
    # break satp: from the shell's table to the kernel's (the trapframe's kernel_satp),
    # then back, entering the shell: ps says it runs on that hart, with that table.
    kernel_satp = int(first(t.out('tf'), r'^  kernel_satp\s+(%s)' % HEX, 'tf').group(1), 16)
    hart, text, _ = stop(t.out('continue', 6), r'event breakpoint 5 \(satp\): ')
    m = need(re.match(r'Sv39 asid \d+ root (%s) -> Sv39 asid \d+ root (%s), the kernel\'s page '
                      r'table$' % (HEX, HEX), text), 'satp to the kernel: "%s"' % text)
    user_root, kernel_root = int(m.group(1), 16), int(m.group(2), 16)
    expect(kernel_root == satp_root(kernel_satp), 'satp: kernel root 0x%x, the trapframe '
           'says 0x%x' % (kernel_root, satp_root(kernel_satp)))
    hart, text, _ = stop(t.out('continue', 7), r'event breakpoint 5 \(satp\): ')
    m = need(re.match(r'Sv39 asid \d+ root (%s) -> Sv39 asid \d+ root (%s), entering pid (\d+) '
                      r'\((\w+)\)$' % (HEX, HEX), text), 'satp entering: "%s"' % text)
    pid = int(m.group(3))
    procs = ps(t.out('ps'))
    h = harts(t.out('info harts', 3))[hart]
    expect(pid == sh_pid and m.group(4) == 'sh' and int(m.group(1), 16) == kernel_root and
           int(m.group(2), 16) == user_root, 'satp entering: "%s"' % text)
    expect(pid in procs and procs[pid]['state'] == 'running' and procs[pid]['hart'] == hart and
           satp_root(procs[pid]['satp']) == user_root and h['root'] == user_root and
           h['pid'] == pid, 'break satp entered pid %d on hart %d; ps: %s, info harts: %s' %
           (pid, hart, procs.get(pid), h))
    # break interrupt stimer: scause says so, and explain agrees on hart and pc.
    hart, text, _ = stop(t.out('continue', 8), r'event breakpoint 6 \(interrupt\): ')
    m = need(re.match(r'supervisor timer interrupt \(5\) at (%s)' % HEX, text),
             'interrupt: "%s"' % text)
    epc = int(m.group(1), 16)
    scause = csr(t.out('csr scause', 2), 'scause')
    expect(scause[0] == (1 << 63 | 5) and 'interrupt 5: supervisor timer interrupt' in scause[1],
           'scause: %s' % (scause,))
    expect(csr(t.out('csr sepc', 4), 'sepc')[0] == epc, 'sepc is not the interrupt\'s pc')
    head, facts = explain(t.out('explain'))
    expect(head.startswith('a supervisor timer interrupt arrived while the hart ran at 0x%x '
                           % epc) and facts['hart'] == hart and facts['cause'] == 5 and
           facts['epc'] == epc, 'explain: %s %s' % (head, facts))


def check_state(s, t):
    init = s.user('init')
    hart, text, _ = stop(t.out('continue'), r'event breakpoint 1 \(ecall\): ')
    m = need(re.match(r'pid 1 \(init\) write\(1, (%s), (\d+)\)$' % HEX, text), text)
    buf_va, n = int(m.group(1), 16), int(m.group(2))
    procs = ps(t.out('ps'))
    expect(procs[1]['hart'] == hart and procs[1]['state'] == 'running', 'ps: %s' % procs)
    r = regs(t.out('regs'))
    expect(r['hart'] == hart and r['priv'] == 'S' and r['a7'] == s.syscalls['write'] and
           r['a0'] == 1 and r['a1'] == buf_va and r['a2'] == n, 'regs: %s' % r)
    # csr sstatus: each field printed is its bits of the value; the trap came from U.
    value, fields = csr(t.out('csr sstatus'), 'sstatus')
    f = dict(x.split('=') for x in fields.split())
    fs = ['Off', 'Initial', 'Clean', 'Dirty'][value >> 13 & 3]
    want = {'SIE': str(value >> 1 & 1), 'SPIE': str(value >> 5 & 1),
            'SPP': 'S' if value >> 8 & 1 else 'U', 'SUM': str(value >> 18 & 1),
            'MXR': str(value >> 19 & 1), 'FS': fs, 'SD': str(value >> 63)}
    expect(f == want and f['SPP'] == 'U', 'sstatus 0x%x: %s, expected %s' % (value, f, want))
    # fregs: the FS it shows is sstatus's; fflags and frm are fcsr's bits.
    head = first(t.out('fregs'), r'^fcsr (%s)  frm (\w+)  fflags (\S+) .*mstatus\.FS (\d)$' % HEX,
                 'fregs')
    fcsr = int(head.group(1), 16)
    flags = ''.join(c if fcsr >> (4 - i) & 1 else '-' for i, c in enumerate('NZOUX'))
    expect(int(head.group(4)) == value >> 13 & 3 and head.group(3) == flags and
           head.group(2) == ['rne', 'rtz', 'rdn', 'rup', 'rmm', '?', '?', 'dyn'][fcsr >> 5 & 7],
           'fregs: %s (sstatus FS %d)' % (head.group(0), value >> 13 & 3))
    expect(sum(len(re.findall(r'\bf\w+\s+0x[0-9a-f]{16}', l)) for l in t.out('fregs')) == 32,
           'fregs: not 32 registers')
    # csr satp: the fields are its bits, and it is init's table as ps shows it.
    value, fields = csr(t.out('csr satp'), 'satp')
    want = 'MODE=Sv39 ASID=%d PPN=0x%x (root page table at 0x%x)' % (
        value >> 44 & 0xffff, value & ((1 << 44) - 1), satp_root(value))
    expect(value >> 60 == 8 and fields == want and value == procs[1]['satp'],
           'satp 0x%x: "%s", expected "%s" and ps\'s 0x%x' % (value, fields, want,
                                                            procs[1]['satp']))
    value, fields = csr(t.out('csr scause'), 'scause')
    expect(value == 8 and fields == 'exception 8: environment call from U-mode',
           'scause 0x%x %s' % (value, fields))
    # sepc: the ecall in init's write stub (init's ELF).
    sepc = csr(t.out('csr sepc'), 'sepc')[0]
    stub = init.containing(sepc)
    expect(init.insn(sepc) == (ECALL, 4) and stub and stub[0] == 'write',
           'sepc 0x%x: %s' % (sepc, stub))
    value, fields = csr(t.out('csr stvec'), 'stvec')
    expect(fields == 'BASE=0x%x <uservec> MODE=Direct' % value and r['pc'] == value,
           'stvec 0x%x "%s", pc 0x%x' % (value, fields, r['pc']))
    # x: the buffer as a string, as bytes and as doublewords says the same n bytes.
    text_ = string(t.out('x/s $a1'))
    data = bytes(memory(t.out('x/%dxb $a1' % n)))
    words = memory(t.out('x/3gx $a1'))
    expect(len(text_) == n and data == text_.encode() and
           b''.join(struct.pack('<Q', w) for w in words)[:n] == data,
           'x/s %r, x/%dxb %s, x/3gx %s' % (text_, n, data, [hex(w) for w in words]))
    # x p: and disas: the kernel's bytes (physical = its link address; the trampoline
    # page maps uservec's).
    main = s.kernel.addr('main')
    expect(memory(t.out('x/4xw p:main')) == list(struct.unpack('<4I', s.kernel.read(main, 16))),
           'x/4xw p:main differs from the ELF')
    rows = disas(t.out('disas $pc 4'))
    uservec = s.kernel.addr('uservec')
    a = uservec
    for addr, bits in rows:
        want, k = s.kernel.insn(a)
        expect(bits == want and addr - r['pc'] == a - uservec,
               'disas $pc: 0x%x %x, uservec+0x%x is %x' % (addr, bits, a - uservec, want))
        a += k
    expect(len(rows) == 4, 'disas $pc 4: %d lines' % len(rows))
    # sym: no user symbols before usersyms; then init's ELF names ra.
    ra = r['ra']
    expect(t.out('sym $ra') == ['0x%x: no symbol' % ra], 'sym $ra: %s' % t.out('sym $ra'))
    fn = need(init.containing(ra), 'ra 0x%x in no function of init' % ra)
    expect(t.out('sym $ra', 2) == ['0x%x is %s+0x%x' % (ra, fn[0], ra - fn[1]),
                                   '  function %s at 0x%x, %d bytes, in init' % fn[:3]],
           'sym $ra: %s; the ELF says %s' % (t.out('sym $ra', 2), fn))
    # bt from the kernel's write: the ELF's call sites chain sys_write <- syscall <-
    # user_trap (guest/kernel: user_trap calls syscall, which calls the handler).
    hart, _, pc = stop(t.out('continue', 2), r'breakpoint 2 at ')
    expect(pc == s.kernel.addr('sys_write'), 'break sys_write at 0x%x' % pc)
    frames = bt(t.out('bt'))
    expect([f[2].split('+')[0] for f in frames][:3] == ['sys_write', 'syscall', 'user_trap'],
           'bt: %s' % frames)
    check_frames(s.kernel, frames, 'bt at sys_write')
    rows = disas(t.out('disas sys_write 6'))
    a = s.kernel.addr('sys_write')
    for addr, bits in rows:
        want, k = s.kernel.insn(a)
        expect(addr == a and bits == want, 'disas sys_write: 0x%x %x, ELF 0x%x %x' %
               (addr, bits, a, want))
        a += k
    expect(len(rows) == 6, 'disas sys_write 6: %d lines' % len(rows))
    name, value, size, _ = s.kernel.sym('sys_write')
    expect(t.out('addr sys_write') == ['sys_write = 0x%x' % value,
                                       '  function sys_write at 0x%x, %d bytes, in kernel' %
                                       (value, size)], 'addr sys_write: %s' %
           t.out('addr sys_write'))
    expect(t.out('sym sys_write+6')[0] == '0x%x is sys_write+0x6' % (value + 6),
           'sym sys_write+6: %s' % t.out('sym sys_write+6'))
    name, value, size, _ = s.kernel.sym('boot_done')
    facts = '  object boot_done at 0x%x, %d bytes, in kernel' % (value, size)
    expect(t.out('addr boot_done') == ['boot_done = 0x%x' % value, facts] and
           t.out('sym boot_done') == ['0x%x is boot_done' % value, facts],
           'addr/sym boot_done: %s %s' % (t.out('addr boot_done'), t.out('sym boot_done')))


KERNEL_EXTRA_MARK = '# the PTEs and trapframe words the first run printed, read by hand'


def check_kernel(s, t):
    init = s.user('init')
    # exec: the child init forked, still called init, runs on the hart that stopped.
    hart, text, _ = stop(t.out('continue'), r'event breakpoint 1 \(ecall\): ')
    m = need(re.match(r'pid (\d+) \(init\) exec\("/sh", \["sh"\]\)$', text), text)
    child = int(m.group(1))
    procs = ps(t.out('ps'))
    expect(procs.get(1, {}).get('state') == 'sleeping' and procs[1]['ppid'] == 0 and
           procs.get(child, {}).get('ppid') == 1 and procs[child]['state'] == 'running' and
           procs[child]['hart'] == hart, 'ps at exec: %s' % procs)
    # tf pid=1: init waits; a7 is wait's number and epc follows an ecall in init's wait.
    tf = t.out('tf pid=1')
    tf_at = int(first(tf, r'^trapframe of pid 1 \(init\) at (%s)$' % HEX, 'tf').group(1), 16)
    epc = int(first(tf, r'^  epc\s+(%s)' % HEX, 'tf epc').group(1), 16)
    a7 = int(first(tf, r'\ba7\s+(0x[0-9a-f]{16})', 'tf a7').group(1), 16)
    kernel_satp = int(first(tf, r'^  kernel_satp\s+(%s)' % HEX, 'tf kernel_satp').group(1), 16)
    tf_words = [s.tf['EPC'], s.tf['REGS'] + 8 * 17, s.tf['KERNEL_SATP']]   # epc, a7 (x17)
    first(tf, r'^  system call \(a7=%d\): wait\(' % s.syscalls['wait'], 'tf pid=1 system call')
    stub = init.containing(epc - 4)
    expect(a7 == s.syscalls['wait'] and init.insn(epc - 4) == (ECALL, 4) and stub and
           stub[0] == 'wait', 'tf pid=1: a7 %d, epc 0x%x in %s' % (a7, epc, stub))
    # tf in sys_exec: the current process, exec's number and strings; bt to user_trap.
    hart, _, pc = stop(t.out('continue', 2), r'breakpoint 2 at ')
    tf = t.out('tf')
    first(tf, r'^trapframe of pid %d \(init\) at %s$' % (child, HEX), 'tf')
    first(tf, r'^  system call \(a7=%d\): exec\("/sh", \["sh"\]\)$' % s.syscalls['exec'],
          'tf system call')
    frames = bt(t.out('bt'))
    expect(pc == s.kernel.addr('sys_exec') and
           [f[2].split('+')[0] for f in frames][:3] == ['sys_exec', 'syscall', 'user_trap'],
           'bt in sys_exec: %s' % frames)
    check_frames(s.kernel, frames, 'bt at sys_exec')
    # The shell's prompt: walk its buffer in the shell's table (ps gives the satp).
    hart, text, _ = stop(t.out('continue', 3), r'event breakpoint 3 \(ecall\): ')
    m = need(re.match(r'pid (\d+) \(sh\) write\(2, (%s), (\d+)\)$' % HEX, text), text)
    pid, va = int(m.group(1)), int(m.group(2), 16)
    need(pid == 2, 'the session walks pid 2\'s table, the shell is pid %d' % pid)
    procs = ps(t.out('ps', 2))
    expect(pid == child and procs[pid]['name'] == 'sh' and procs[pid]['hart'] == hart,
           'the shell: pid %d, ps %s' % (pid, procs))
    h = harts(t.out('info harts'))[hart]
    expect(h['root'] == satp_root(procs[pid]['satp']) and h['pid'] == pid,
           'info harts %s, ps satp 0x%x' % (h, procs[pid]['satp']))
    prompt = string(t.out('x/s $a1'))
    expect(len(prompt) == int(m.group(3)), 'x/s $a1 %r, write of %s bytes' %
           (prompt, m.group(3)))
    w = walk(t.out('pt walk $a1 pid=2 U'))
    expect(w['va'] == va and w['priv'] == 'U' and w['access'] == 'load' and
           w['satp'] == procs[pid]['satp'] and w['pid'] == pid,
           'pt walk: 0x%x %s %s satp 0x%x pid %s' % (w['va'], w['priv'], w['access'],
                                                     w['satp'], w['pid']))
    pa = check_walk(w, 'pt walk')
    leaf = w['steps'][-1]['pte']
    expect(leaf & 0x13 == 0x13, 'the prompt\'s page is not V R U: 0x%x' % leaf)
    # pt dump: the range holding the address maps it to the same physical byte.
    dump = t.out('pt dump pid=2')
    first(dump, r'^page table of satp 0x%x \(' % procs[pid]['satp'], 'pt dump')
    hits = [m for m in (re.match(r'^\s+(%s)-(%s) -> (%s)-%s\s+((?:[A-Z-] ){6}[A-Z-])\s' %
                                 (HEX, HEX, HEX, HEX), l) for l in dump)
            if m and int(m.group(1), 16) <= va <= int(m.group(2), 16)]
    expect(len(hits) == 1 and int(hits[0].group(3), 16) + va - int(hits[0].group(1), 16) == pa
           and hits[0].group(4).split()[0] == 'R' and hits[0].group(4).split()[3] == 'U',
           'pt dump: %s, walk pa 0x%x' % ([h.group(0) for h in hits], pa))
    # Second run: the same session up to its end, then the PTEs, the prompt's bytes at
    # the physical address and init's trapframe words read with x p:.
    extra = [KERNEL_EXTRA_MARK] + ['x/gx p:0x%x' % st['at'] for st in w['steps']] + [
        'x/s p:0x%x' % pa] + ['x/gx p:0x%x' % (tf_at + off) for off in tf_words]
    lines = s.script.rstrip('\n').split('\n')
    need(lines[-1] == 'quit', 'the kernel session must end with quit')
    t2 = s.run('\n'.join(lines[:-1] + extra + ['quit']) + '\n', 'again')
    cut = t.text.rindex('(rvscope) quit')
    expect(t2.text[:cut] == t.text[:cut], 'the second run differs before the reads '
           '(is the machine deterministic?)')
    for st in w['steps']:
        got = memory(t2.out('x/gx p:0x%x' % st['at']))
        expect(got == [st['pte']], 'x/gx p:0x%x = %s, the walk read 0x%x' %
               (st['at'], got, st['pte']))
    expect(string(t2.out('x/s p:0x%x' % pa)) == prompt, 'x/s at pa 0x%x: %s, virtual %r' %
           (pa, t2.out('x/s p:0x%x' % pa), prompt))
    got = [memory(t2.out('x/gx p:0x%x' % (tf_at + off)))[0] for off in tf_words]
    expect(got == [epc, a7, kernel_satp], 'init\'s trapframe at the kdebug.h offsets: %s, tf '
           'said epc 0x%x a7 %d kernel_satp 0x%x' % (got, epc, a7, kernel_satp))


TRACE_LINE = r'^hart (\d+) (\S+)\s+(satp|ecall|return|trap|interrupt|sret)\s+(.*)$'


def traced(lines):
    return [m for m in (re.match(TRACE_LINE, l) for l in lines) if m]


def check_tracing(s, t):
    block = t.out('continue')
    lines = traced(block)
    hart, text, _ = stop(block, r'event breakpoint 1 \(ecall\): ')
    need(lines, 'nothing traced')
    expect(lines[-1].group(3) == 'ecall' and lines[-1].group(4) == text,
           'the last traced line is not the stop\'s ecall: %s / %s' % (lines[-1].group(0), text))
    expect({m.group(3) for m in lines} == {'satp', 'ecall', 'return'},
           'kinds traced: %s' % {m.group(3) for m in lines})
    # satp: each switch on a hart starts from where that hart's previous one went.
    where = {}
    entered = {}
    for m in lines:
        if m.group(3) != 'satp':
            continue
        sw = need(re.match(r'(Bare|Sv39 asid \d+ root %s) -> (Bare|Sv39 asid \d+ root (%s))'
                           r'(?:, entering pid (\d+) \((\w+)\)|, the kernel\'s page table)?$'
                           % (HEX, HEX), m.group(4)), 'satp line: %s' % m.group(0))
        expect(sw.group(1) == where.get(m.group(1), 'Bare'),
               'hart %s switched from %s, but was at %s' % (m.group(1), sw.group(1),
                                                           where.get(m.group(1), 'Bare')))
        where[m.group(1)] = sw.group(2)
        if sw.group(4):
            entered.setdefault(int(sw.group(4)), set()).add(sw.group(3))
    expect(all(len(roots) == 1 for roots in entered.values()), 'pids entering several tables '
           'before any exec: %s' % entered)
    # ecalls: names from syscalls.def; each return follows its call; write returns its
    # count, fork the pid that then enters its table and calls exec.
    pending = {}
    results = {}
    for m in lines:
        if m.group(3) == 'satp':
            continue
        c = need(re.match(r'pid (\d+) \((\w+)\) ((\w+)\(.*\))(?: = (-?\d+))?$', m.group(4)),
                 'ecall line: %s' % m.group(0))
        expect(c.group(4) in s.syscalls, 'unknown system call %s' % c.group(0))
        pid = int(c.group(1))
        if m.group(3) == 'ecall':
            pending[pid] = c.group(3)
        else:
            expect(pending.pop(pid, None) == c.group(3), 'return without its call: %s' %
                   m.group(0))
            results.setdefault(c.group(4), []).append((c.group(3), int(c.group(5))))
    writes = results.get('write', [])
    expect(writes and all(int(call.split(',')[-1].rstrip(')')) == r for call, r in writes),
           'write results: %s' % writes)
    forks = results.get('fork', [])
    child = int(re.match(r'pid (\d+) ', text).group(1))
    expect(forks == [('fork()', child)] and child in entered,
           'fork returned %s; exec is by pid %d, entered %s' % (forks, child, entered))
    # trace show N: the last N lines kept; trace save: all of them, in order.
    shown = t.out('trace show 4')
    expect(shown == [m.group(0) for m in lines[-4:]], 'trace show 4: %s' % shown)
    expect(t.out('trace save trace.txt') == ['trace saved to trace.txt'],
           'trace save: %s' % t.out('trace save trace.txt'))
    saved = open(os.path.join(t.work, 'trace.txt')).read().splitlines()
    expect(saved == [m.group(0) for m in lines], 'trace.txt has %d lines, %d were traced' %
           (len(saved), len(lines)))
    # Off: the shell's first write comes with nothing traced and nothing kept.
    block = t.out('continue', 2)
    stop(block, r'event breakpoint 2 \(ecall\): pid \d+ \(sh\) write')
    expect(not traced(block), 'traced while off: %s' % [m.group(0) for m in traced(block)])
    expect(t.out('trace show 2') == [m.group(0) for m in lines[-2:]],
           'trace show 2 after off: %s' % t.out('trace show 2'))
    # Traps and interrupts up to a timer interrupt: the last is that interrupt; each
    # system call trap is at an ecall of the program the process runs (its ELF).
    block = t.out('continue', 3)
    lines = traced(block)
    hart, text, _ = stop(block, r'event breakpoint 3 \(interrupt\): ')
    need(lines, 'no traps traced')
    expect(lines[-1].group(3) == 'interrupt' and lines[-1].group(4) == text and
           int(lines[-1].group(1)) == hart, 'last traced: %s; stop: hart %d %s' %
           (lines[-1].group(0), hart, text))
    expect({m.group(3) for m in lines} <= {'trap', 'interrupt', 'sret'},
           'kinds traced: %s' % {m.group(3) for m in lines})
    ecalls = 0
    for m in lines:
        c = re.match(r'environment call from U-mode \(8\) at (%s), tval 0x0 in pid \d+ \((\w+)\)$'
                     % HEX, m.group(4))
        if m.group(3) == 'trap' and c:
            ecalls += 1
            expect(s.user(c.group(2)).insn(int(c.group(1), 16)) == (ECALL, 4),
                   'no ecall in %s at %s' % (c.group(2), c.group(1)))
    expect(ecalls > 0, 'no system-call trap traced: %s' % [m.group(0) for m in lines])
    expect(t.out('trace show 1') == [lines[-1].group(0)], 'trace show 1: %s' %
           t.out('trace show 1'))


def check_bad(s, t):
    names = [b[0] for b in t.commands]
    start = names.index('csr instret') + 1
    end = names.index('regs', start)
    need(end - start >= 20, 'too few bad commands')
    # Each bad command: one line, an error.
    for cmd, out in t.commands[start:end]:
        expect(len(out) == 1 and out[0].startswith('error: '),
               '"%s" printed %s' % (cmd, out))
    # tf of an unreadable address names the trapframe's size (kdebug.h).
    expect(t.out('tf 0xdead0000000') == ['error: cannot read %d bytes at 0xdead0000000' %
                                         s.tf['SIZE']], 'tf 0xdead0000000: %s' %
           t.out('tf 0xdead0000000'))
    # Nothing changed: registers, harts, breakpoints, instructions retired.
    for view in ('regs', 'info harts', 'info break', 'csr instret'):
        before, after = t.out(view), t.out(view, 2)
        expect(before == after and before, '%s changed: %s -> %s' % (view, before, after))
    # And the session goes on: the guest runs to the shell's prompt.
    stop(t.out('continue', 2), r'event breakpoint 1 \(ecall\): pid \d+ \(sh\) write\(2, ')


def check_fault(s, t):
    cow, usertests = s.pte_cow, s.user('usertests')
    # The copy-on-write store: the leaf PTE has the kernel's COW bit (riscv.h), R and U,
    # no W; explain says so, and its facts are the CSRs'.
    hart, text, _ = stop(t.out('continue'), r'event breakpoint 1 \(trap\): ')
    head, facts = explain(t.out('explain'))
    m = need(re.match(r'store page fault at (%s) in U-mode \(pid (\d+), (\w+)\): the leaf PTE at '
                      r'level 0 has no W bit — a copy-on-write page\?$' % HEX, head),
             'explain: "%s"' % head)
    tval, pid, name = int(m.group(1), 16), int(m.group(2)), m.group(3)
    procs = ps(t.out('ps'))
    expect(procs.get(pid, {}).get('name') == name and procs[pid]['hart'] == hart,
           'explain names pid %d (%s) on hart %d; ps: %s' % (pid, name, hart, procs))
    expect(re.match(r'store/AMO page fault \(15\) at 0x%x <%s>, tval 0x%x in pid %d \(%s\)$' %
                    (facts['epc'], re.escape(facts['sym'] or ''), tval, pid, name), text),
           'the stop says "%s", explain %s' % (text, facts))
    fn = s.user(name).containing(facts['epc'])
    expect(fn and facts['sym'] == '%s+0x%x' % (fn[0], facts['epc'] - fn[1]),
           'the store\'s pc 0x%x: <%s>, %s\'s ELF says %s' % (facts['epc'], facts['sym'],
                                                             name, fn))
    expect(facts['hart'] == hart and facts['cause'] == 15 and facts['tval'] == tval and
           csr(t.out('csr stval'), 'stval')[0] == tval and
           csr(t.out('csr sepc'), 'sepc')[0] == facts['epc'], 'explain facts %s' % facts)
    root = int(first(t.out('explain'), r'^  the walk at the time of the trap \(Sv39 asid \d+ '
                     r'root (%s)\):$' % HEX, 'explain\'s walk').group(1), 16)
    steps = walk_steps(t.out('explain'))
    leaf = steps[-1]
    expect(leaf['pte'] & cow and not leaf['pte'] & 4 and leaf['pte'] & 0x13 == 0x13 and
           steps[0]['at'] == root + 8 * (tval >> 30 & 511),
           'the faulting leaf PTE 0x%x: COW bit 0x%x set, W clear, V R U set? (root 0x%x, '
           'first PTE at 0x%x)' % (leaf['pte'], cow, root, steps[0]['at']))
    check_flags(leaf, 'the COW leaf')
    expect(satp_root(procs[pid]['satp']) == root, 'the walk\'s root is not pid %d\'s' % pid)
    # The read past the break: nothing mapped; explain, the CSRs, usertests' ELF (the
    # faulting function) and the kernel's own message agree.
    hart, text, _ = stop(t.out('continue', 2), r'event breakpoint 2 \(trap\): ')
    head, facts = explain(t.out('explain', 2))
    m = need(re.match(r'load page fault at (%s) in U-mode \(pid (\d+), usertests\): the PTE at '
                      r'level \d has V=0: nothing is mapped there' % HEX, head),
             'explain: "%s"' % head)
    tval, pid = int(m.group(1), 16), int(m.group(2))
    procs = ps(t.out('ps', 2))
    fn = usertests.containing(facts['epc'])
    expect(text == 'load page fault (13) at 0x%x <%s>, tval 0x%x in pid %d (usertests)' %
           (facts['epc'], facts['sym'], tval, pid), 'the stop says "%s", explain %s' %
           (text, facts))
    expect(facts['hart'] == hart and facts['cause'] == 13 and facts['tval'] == tval and
           csr(t.out('csr stval', 2), 'stval')[0] == tval and
           csr(t.out('csr sepc', 2), 'sepc')[0] == facts['epc'] and
           procs.get(pid, {}).get('hart') == hart, 'explain facts %s, ps %s' % (facts, procs))
    expect(fn and fn[0] == 'read_past_break' and facts['sym'] ==
           'read_past_break+0x%x' % (facts['epc'] - fn[1]),
           'the fault\'s pc 0x%x: explain says <%s>, usertests\' ELF says %s' %
           (facts['epc'], facts['sym'], fn))
    block = t.out('continue', 3)
    first(block, r'^pid %d \(usertests\): load page fault at 0x0*%x, pc 0x0*%x: killed$' %
          (pid, tval, facts['epc']), 'the kernel\'s message')
    # Its parent (the usertests that forked it) then exits.
    hart, text, _ = stop(block, r'event breakpoint 3 \(ecall\): ')
    expect(text.startswith('pid %d (usertests) exit(' % procs[pid]['ppid']),
           'after the kill: "%s", the parent is %d' % (text, procs[pid]['ppid']))


CHECKS = {'run': check_run, 'break': check_break, 'events': check_events,
          'state': check_state, 'kernel': check_kernel, 'tracing': check_tracing,
          'bad': check_bad, 'fault': check_fault}


def main():
    if len(sys.argv) != 8 or sys.argv[6] not in CHECKS:
        sys.exit('usage: bundled_repl.py RVSCOPE KERNEL_ELF USER_DIR FS_IMG SOURCE_DIR '
                 'SESSION HARTS (SESSION: %s)' % ' '.join(CHECKS))
    s = None
    try:
        s = Session(sys.argv[1:])
        t = s.run(s.script, 'first')
        CHECKS[s.name](s, t)
    except Missing as e:
        failures.append(str(e))
    if failures:
        for f in failures:
            print('FAIL:', f)
        if s:
            print('--- session (last run, kept in %s) ---' % s.tmp)
            print(s.last)
        sys.exit(1)
    shutil.rmtree(s.tmp)
    print('ok: %s on %d hart%s' % (s.name, s.harts, '' if s.harts == 1 else 's'))


if __name__ == '__main__':
    main()
