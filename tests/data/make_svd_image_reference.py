#!/usr/bin/python3
"""Reference numbers for the svd-image lesson, computed once with numpy (float64) from the bundled
pictures: singular values per matrix and, at a few ranks, the relative Frobenius error, PSNR and
stored-value counts, for every colour mode. Writes svd_image_reference.json next to this script.
Conventions as in docs/lessons/svd-image.md: pixels / 255 in R, G, B order; luma 0.299 R + 0.587 G
+ 0.114 B; JPEG's full-range Cb/Cr (offset 0.5); PSNR of the approximation clipped to [0, 1]."""
import json
import os
import struct
import zlib

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
IMAGES = os.path.join(HERE, "..", "..", "datasets", "images")


def read_png(path):
    """8-bit, non-interlaced grey or RGB PNG (what the samples are) with the standard filters."""
    data = open(path, "rb").read()
    assert data[:8] == b"\x89PNG\r\n\x1a\n"
    pos, idat = 8, b""
    while pos < len(data):
        length, kind = struct.unpack(">I4s", data[pos:pos + 8])
        body = data[pos + 8:pos + 8 + length]
        if kind == b"IHDR":
            width, height, depth, color, _, _, interlace = struct.unpack(">IIBBBBB", body)
            assert depth == 8 and interlace == 0 and color in (0, 2)
        elif kind == b"IDAT":
            idat += body
        pos += 12 + length
    channels = 1 if color == 0 else 3
    raw = zlib.decompress(idat)
    stride = width * channels
    out = np.zeros((height, stride), dtype=np.int32)
    prev = np.zeros(stride, dtype=np.int32)
    for y in range(height):
        line = raw[y * (stride + 1):(y + 1) * (stride + 1)]
        kind, row = line[0], np.frombuffer(line[1:], dtype=np.uint8).astype(np.int32)
        cur = np.zeros(stride, dtype=np.int32)
        for x in range(stride):
            a = cur[x - channels] if x >= channels else 0
            b = prev[x]
            c = prev[x - channels] if x >= channels else 0
            if kind == 0:
                p = 0
            elif kind == 1:
                p = a
            elif kind == 2:
                p = b
            elif kind == 3:
                p = (a + b) // 2
            else:
                pa, pb, pc = abs(b - c), abs(a - c), abs(a + b - 2 * c)
                p = a if pa <= pb and pa <= pc else (b if pb <= pc else c)
            cur[x] = (row[x] + p) & 0xFF
        out[y] = cur
        prev = cur
    return out.reshape(height, width, channels) / 255.0


def matrices(img, mode):
    if img.shape[2] == 1:
        return [img[:, :, 0]]
    r, g, b = img[:, :, 0], img[:, :, 1], img[:, :, 2]
    y = 0.299 * r + 0.587 * g + 0.114 * b
    if mode == "channels":
        return [r, g, b]
    if mode == "gray":
        return [y]
    if mode == "stacked":
        return [np.hstack([r, g, b])]
    cb = -0.168736 * r - 0.331264 * g + 0.5 * b + 0.5
    cr = 0.5 * r - 0.418688 * g - 0.081312 * b + 0.5
    return [y, cb, cr]


def to_image(ms, mode, channels):
    if channels == 1 or mode == "gray":
        return ms[0][:, :, None]
    if mode == "stacked":
        w = ms[0].shape[1] // 3
        return np.dstack([ms[0][:, :w], ms[0][:, w:2 * w], ms[0][:, 2 * w:]])
    if mode == "ycbcr":
        y, cb, cr = ms[0], ms[1] - 0.5, ms[2] - 0.5
        return np.dstack([y + 1.402 * cr, y - 0.344136 * cb - 0.714136 * cr, y + 1.772 * cb])
    return np.dstack(ms)


def case(name, mode, ranks_list, chroma_rank=0):
    img = read_png(os.path.join(IMAGES, name + ".png"))
    ms = matrices(img, mode)
    svds = [np.linalg.svd(m, full_matrices=False) for m in ms]
    reference = img if (img.shape[2] == 1 or mode != "gray") else matrices(img, "gray")[0][:, :, None]
    out = {"image": name, "mode": mode, "chroma_rank": chroma_rank, "height": img.shape[0], "width": img.shape[1],
           "singular_values_head": [s[:10].tolist() for _, s, _ in svds],
           "energy": [float((m ** 2).sum()) for m in ms], "ranks": []}
    for rank in ranks_list:
        per = [rank] * len(ms)
        if mode == "ycbcr" and len(ms) == 3 and chroma_rank > 0:
            per[1] = per[2] = chroma_rank
        approx = [(u[:, :r] * s[:r]) @ vt[:r] for (u, s, vt), r in zip(svds, per)]
        err = np.sqrt(sum(((m - a) ** 2).sum() for m, a in zip(ms, approx)) / sum((m ** 2).sum() for m in ms))
        pic = np.clip(to_image(approx, mode, img.shape[2]), 0, 1)
        mse = ((pic - reference) ** 2).mean()
        stored = sum(r * (m.shape[0] + m.shape[1] + 1) for m, r in zip(ms, per))
        out["ranks"].append({"rank": rank, "relative_error": float(err), "psnr_db": float(10 * np.log10(1 / mse)),
                             "stored_values": stored, "original_values": int(reference.size)})
    return out


cases = [case("chelsea", "channels", [1, 10, 50]), case("chelsea", "gray", [1, 20]),
         case("chelsea", "stacked", [5, 30]), case("chelsea", "ycbcr", [20], chroma_rank=5),
         case("camera", "channels", [1, 10, 100])]
with open(os.path.join(HERE, "svd_image_reference.json"), "w") as f:
    json.dump({"generator": "tests/data/make_svd_image_reference.py", "numpy": np.__version__, "cases": cases}, f,
              indent=1)
