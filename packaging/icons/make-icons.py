#!/usr/bin/env python3
"""Regenerates the committed application icons from resources/icons/mdi-chat.svg.

Run it by hand after changing the SVG (needs rsvg-convert from Debian's librsvg2-bin):

    packaging/icons/make-icons.py

Writes, next to this script:
  mdi-chat-<N>.png   N = 16 22 24 32 48 64 128 256 512 (installed into the hicolor theme)
  mdi-chat.ico       Windows (executable and NSIS installer icon): 16..48 as 32-bit BMP, 256 as PNG
  mdi-chat.icns      macOS app bundle icon: PNG entries 128..1024 plus the @2x variants

The build does not run this script, so rsvg-convert is not a build dependency.
"""

import os
import struct
import subprocess
import sys
import tempfile
import zlib

HERE = os.path.dirname(os.path.abspath(__file__))
SVG = os.path.join(HERE, "..", "..", "resources", "icons", "mdi-chat.svg")
THEME_SIZES = [16, 22, 24, 32, 48, 64, 128, 256, 512]
ICO_SIZES = [16, 24, 32, 48, 64, 128, 256]
# icns OSType -> pixel size; every entry holds a PNG (supported since macOS 10.7).
ICNS_TYPES = [(b"ic07", 128), (b"ic08", 256), (b"ic09", 512), (b"ic10", 1024),
              (b"ic11", 32), (b"ic12", 64), (b"ic13", 256), (b"ic14", 512)]


def render(size, path):
    subprocess.run(["rsvg-convert", "-w", str(size), "-h", str(size), SVG, "-o", path], check=True)
    with open(path, "rb") as f:
        return f.read()


def decode_rgba(png):
    """Decodes an 8-bit RGBA, non-interlaced PNG (what rsvg-convert writes) to rows of bytes."""
    assert png[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat, width, height = 8, b"", 0, 0
    while pos < len(png):
        length, kind = struct.unpack(">I4s", png[pos:pos + 8])
        data = png[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", data)
            if (depth, color, interlace) != (8, 6, 0):
                sys.exit("make-icons: expected an 8-bit RGBA non-interlaced PNG")
        elif kind == b"IDAT":
            idat += data
        pos += 12 + length
    raw, stride, rows, prev = zlib.decompress(idat), width * 4, [], bytearray(width * 4)
    for y in range(height):
        kind = raw[y * (stride + 1)]
        line = bytearray(raw[y * (stride + 1) + 1:(y + 1) * (stride + 1)])
        for i in range(stride):
            a = line[i - 4] if i >= 4 else 0
            b = prev[i]
            c = prev[i - 4] if i >= 4 else 0
            if kind == 1:
                line[i] = (line[i] + a) & 255
            elif kind == 2:
                line[i] = (line[i] + b) & 255
            elif kind == 3:
                line[i] = (line[i] + (a + b) // 2) & 255
            elif kind == 4:
                p = a + b - c
                pa, pb, pc = abs(p - a), abs(p - b), abs(p - c)
                line[i] = (line[i] + (a if pa <= pb and pa <= pc else b if pb <= pc else c)) & 255
        rows.append(bytes(line))
        prev = line
    return width, height, rows


def ico_bmp(png):
    """A 32-bit BGRA DIB with an all-opaque AND mask, as classic .ico entries hold."""
    width, height, rows = decode_rgba(png)
    header = struct.pack("<IiiHHIIiiII", 40, width, height * 2, 1, 32, 0, 0, 0, 0, 0, 0)
    pixels = b"".join(bytes(px for i in range(0, len(r), 4) for px in (r[i + 2], r[i + 1], r[i], r[i + 3]))
                      for r in reversed(rows))
    mask = bytes(((width + 31) // 32) * 4 * height)
    return header + pixels + mask


def main():
    with tempfile.TemporaryDirectory() as tmp:
        pngs = {}
        for size in sorted(set(THEME_SIZES + ICO_SIZES + [s for _, s in ICNS_TYPES])):
            pngs[size] = render(size, os.path.join(tmp, f"{size}.png"))
    for size in THEME_SIZES:
        with open(os.path.join(HERE, f"mdi-chat-{size}.png"), "wb") as f:
            f.write(pngs[size])

    images = [pngs[s] if s >= 256 else ico_bmp(pngs[s]) for s in ICO_SIZES]
    offset = 6 + 16 * len(images)
    ico = struct.pack("<HHH", 0, 1, len(images))
    for size, data in zip(ICO_SIZES, images):
        ico += struct.pack("<BBBBHHII", size % 256, size % 256, 0, 0, 1, 32, len(data), offset)
        offset += len(data)
    with open(os.path.join(HERE, "mdi-chat.ico"), "wb") as f:
        f.write(ico + b"".join(images))

    body = b"".join(kind + struct.pack(">I", 8 + len(pngs[size])) + pngs[size] for kind, size in ICNS_TYPES)
    with open(os.path.join(HERE, "mdi-chat.icns"), "wb") as f:
        f.write(b"icns" + struct.pack(">I", 8 + len(body)) + body)


if __name__ == "__main__":
    main()
