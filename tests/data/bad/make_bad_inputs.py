#!/usr/bin/python3
"""Writes the bad-input corpus (tests/data/bad). Run from this folder; needs ImageMagick's convert.
The 10^6-row CSV is made by the test itself (it would be 12 MB here)."""
import json, struct, subprocess, zlib

camera = "../../../datasets/images/camera.png"

def write(name, data):
    with open(name, "wb") as f:
        f.write(data.encode() if isinstance(data, str) else data)

# Pictures
write("empty.png", b"")
write("text.png", "This is a text file someone renamed to .png\n")
subprocess.run(["convert", camera, "-resize", "64x64", "whole.png"], check=True)
subprocess.run(["convert", camera, "-resize", "64x64", "-quality", "90", "whole.jpg"], check=True)
for name in ("whole.png", "whole.jpg"):
    data = open(name, "rb").read()
    write("truncated." + name.split(".")[1], data[: len(data) // 2])
def chunk(kind, body):
    return struct.pack(">I", len(body)) + kind + body + struct.pack(">I", zlib.crc32(kind + body) & 0xFFFFFFFF)
# A decompression bomb: the header claims 100,000 x 100,000 pixels, the file is a few hundred bytes.
row = b"\x00" + b"\x00" * 100000
write("bomb.png", b"\x89PNG\r\n\x1a\n" + chunk(b"IHDR", struct.pack(">IIBBBBB", 100000, 100000, 8, 0, 0, 0, 0))
      + chunk(b"IDAT", zlib.compress(row * 4, 9)) + chunk(b"IEND", b""))
subprocess.run(["convert", camera, "-resize", "64x64", "-depth", "16", "sixteen_bit.tiff"], check=True)
subprocess.run(["convert", camera, "-resize", "64x64", "-colorspace", "CMYK", "cmyk.jpg"], check=True)
subprocess.run(["convert", "-delay", "50", camera, "-resize", "48x48", "(", camera, "-resize", "48x48", "-negate", ")",
                "-loop", "0", "animated.gif"], check=True)
subprocess.run(["rm", "whole.png", "whole.jpg"], check=True)

# CSV files (for linreg: two columns x, y)
write("missing_columns.csv", "x\n1\n2\n3\n")
write("empty_lines.csv", "x,y\n\n1,2\n\n\n2,3.5\n3,5\n\n")
write("strings.csv", "x,y\n1,2\n2,three\n3,4\n")
write("nan_inf.csv", "x,y\n1,2\n2,NaN\n3,inf\n")
write("one_row.csv", "x,y\n1,2\n")
write("semicolon_decimal_comma.csv", "x;y\n0,5;1,25\n1,0;2,5\n1,5;3,75\n2,0;5,0\n")
write("not_a_csv.csv", b"\x89PNG\r\n\x1a\n\x00\x00binary")

# Sessions
session = {"format": "gradus-session", "version": 1, "lesson": "linreg", "params": {}, "frame": -1}
write("wrong_type.gradus", json.dumps([1, 2, 3]))
write("not_a_session.gradus", json.dumps({"format": "something-else", "version": 1}))
write("unknown_lesson.gradus", json.dumps(dict(session, lesson="quantum-annealing")))
write("future_version.gradus", json.dumps(dict(session, version=99)))
write("out_of_range.gradus", json.dumps(dict(session, params={"lr": 1e6, "iters": -5})))
write("broken_json.gradus", '{"format": "gradus-session", "version": 1, "lesson": "linr')

# Formulas (one per line; used with -s formula=...)
write("long_formula.txt", " + ".join(["x^2"] * 1666) + " + y")  # 10,000 characters

# MPS models
mps_head = "NAME BAD\nROWS\n N COST\n L LIM1\nCOLUMNS\n    X1 COST 1.0 LIM1 1.0\n"
write("truncated.mps", mps_head)
write("unknown_section.mps", mps_head + "RHS\n    RHS LIM1 4.0\nWIBBLE\n foo bar\nENDATA\n")
write("infeasible.mps", "NAME INFEAS\nROWS\n N COST\n L A\n G B\nCOLUMNS\n    MARKER 'MARKER' 'INTORG'\n"
      "    X COST 1.0 A 1.0\n    X B 1.0\n    MARKER 'MARKER' 'INTEND'\nRHS\n    RHS A 1.0 B 2.0\nENDATA\n")
write("unbounded.mps", "NAME UNBOUNDED\nROWS\n N COST\n G A\nCOLUMNS\n    MARKER 'MARKER' 'INTORG'\n"
      "    X COST -1.0 A 1.0\n    MARKER 'MARKER' 'INTEND'\nRHS\n    RHS A 1.0\nBOUNDS\n MI BND X\n PL BND X\nENDATA\n")
