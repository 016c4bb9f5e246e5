#!/usr/bin/env python3
"""viewer_check.py RVSCOPE KERNEL FS_IMG MODE [HARTS]

Runs the bundled kernel (on a copy of its file-system image, stdin empty, bounded by
--max-insns) with the viewer and checks the picture it saved:

  snapshot   --viewer-snapshot only (no display needed)
  window     --viewer with SDL's dummy video driver, plus --viewer-snapshot: the live
             window's path runs (polls, redraws) and the snapshot is still right

The picture's layout and colours are emu/debugger/viewer_model.h's (VM_* there): a
1024-pixel-wide image, a 20-pixel axis, 76 pixels per hart, a 20-pixel legend; the gutter
(x < 64) is one block of GUTTER colour per lane; inside a lane the privilege row starts 4
pixels down and is 16 high, the process row 22 down, the ecall row 40 down.
"""
import os
import shutil
import struct
import subprocess
import sys
import tempfile

WIDTH, AXIS_H, LANE_H, LEGEND_H, GUTTER = 1024, 20, 76, 20, 64
ROWS = {"priv": (4, 16), "process": (22, 16), "ecall": (40, 16)}
GUTTER_RGB = 0x2C3846
LANE_RGB = 0x1D242C
U, S, M = 0x3CBA5A, 0x3A7BD5, 0xD8433B
KERNEL, ECALL = 0x55606B, 0xF2C94C
MAX_INSNS = "60000000"

failures = []


def check(ok, what):
    if not ok:
        failures.append(what)


def read_bmp(path):
    """Width, height and a pixel(x, y) -> 0xRRGGBB reader, y from the top."""
    data = open(path, "rb").read()
    if data[:2] != b"BM":
        raise ValueError("not a BMP file (no 'BM')")
    offset = struct.unpack_from("<I", data, 10)[0]
    width, height = struct.unpack_from("<ii", data, 18)
    bpp, compression = struct.unpack_from("<HI", data, 28)
    if bpp not in (24, 32) or compression not in (0, 3):
        raise ValueError(f"unexpected BMP format: {bpp} bits, compression {compression}")
    step = bpp // 8
    stride = (width * step + 3) & ~3
    top_down = height < 0
    height = abs(height)

    def pixel(x, y):
        row = y if top_down else height - 1 - y
        o = offset + row * stride + x * step
        return data[o + 2] << 16 | data[o + 1] << 8 | data[o]

    return width, height, pixel


def lane_tops(height, pixel):
    """Where each block of gutter colour starts in column 1: one per lane."""
    tops = []
    for y in range(height):
        if pixel(1, y) == GUTTER_RGB and (y == 0 or pixel(1, y - 1) != GUTTER_RGB):
            tops.append(y)
    return tops


def colours(pixel, top, row):
    first, size = ROWS[row]
    return {pixel(x, y) for y in range(top + first, top + first + size)
            for x in range(GUTTER, WIDTH)}


def check_picture(path, harts):
    width, height, pixel = read_bmp(path)
    check(width == WIDTH, f"width {width}, expected {WIDTH}")
    want_h = AXIS_H + harts * LANE_H + LEGEND_H
    check(height == want_h, f"height {height}, expected {want_h} for {harts} harts")
    if width != WIDTH or height != want_h:
        return
    tops = lane_tops(height, pixel)
    check(len(tops) == harts, f"{len(tops)} lanes in the gutter, expected {harts}")
    check(tops == [AXIS_H + i * LANE_H for i in range(harts)], f"lanes start at {tops}")
    if not tops:
        return
    priv = colours(pixel, tops[0], "priv")
    for name, rgb in (("U", U), ("S", S), ("M", M)):
        check(rgb in priv, f"lane 0 shows no {name} time (colour 0x{rgb:06x})")
    process = colours(pixel, tops[0], "process")
    check(KERNEL in process, "lane 0's process row never shows the kernel's page table")
    named = process - {KERNEL, LANE_RGB, 0x101418, 0xE6E6E6, 0x8A96A3}
    check(bool(named), "lane 0's process row shows no process of its own colour")
    check(ECALL in colours(pixel, tops[0], "ecall"), "lane 0 shows no ecall")
    for lane, top in enumerate(tops):
        seen = colours(pixel, top, "priv")
        check(S in seen and M in seen, f"lane {lane} should show S and M (every hart boots)")


def run(rvscope, kernel, image, tmp, harts, window):
    disk = os.path.join(tmp, "fs.img")
    shutil.copyfile(image, disk)
    bmp = os.path.join(tmp, "viewer.bmp")
    env = dict(os.environ)
    args = [rvscope, "-smp", str(harts), "--max-insns", MAX_INSNS,
            "-drive", f"file={disk},format=raw", "--viewer-snapshot", bmp]
    if window:
        args.append("--viewer")
        env["SDL_VIDEODRIVER"] = "dummy"
    args.append(kernel)
    r = subprocess.run(args, stdin=subprocess.DEVNULL, capture_output=True, env=env,
                       timeout=300)
    err = r.stderr.decode(errors="replace")
    check(r.returncode == 3, f"exit status {r.returncode}, expected 3 (--max-insns)\n{err}")
    check("rvscope: stopped after" in err, f"no --max-insns line on stderr:\n{err}")
    check("init: starting sh" in r.stdout.decode(errors="replace"),
          "the kernel did not get to sh")
    return bmp


def main():
    rvscope, kernel, image, mode = sys.argv[1:5]
    harts = int(sys.argv[5]) if len(sys.argv) > 5 else 1
    with tempfile.TemporaryDirectory() as tmp:
        bmp = run(rvscope, kernel, image, tmp, harts, mode == "window")
        if os.path.exists(bmp) and os.path.getsize(bmp) > 0:
            try:
                check_picture(bmp, harts)
            except ValueError as e:
                check(False, f"{bmp}: {e}")
        else:
            check(False, "no snapshot written")
    for f in failures:
        print("FAIL:", f)
    if not failures:
        print(f"ok: {mode}, {harts} hart(s)")
    return 1 if failures else 0


if __name__ == "__main__":
    sys.exit(main())
