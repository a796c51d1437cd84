#!/usr/bin/python3
"""Writes the bundled Fashion-MNIST subset: the first 2,000 images of the test set and their labels,
as gzip-compressed IDX files (the original format), from Debian's dataset-fashion-mnist package."""
import gzip
import os
import struct

SOURCE = "/usr/share/datasets/fashion-mnist"
HERE = os.path.dirname(os.path.abspath(__file__))
N = 2000

images = gzip.open(os.path.join(SOURCE, "t10k-images-idx3-ubyte.gz")).read()
labels = gzip.open(os.path.join(SOURCE, "t10k-labels-idx1-ubyte.gz")).read()
_, _, rows, cols = struct.unpack(">IIII", images[:16])
with gzip.GzipFile(os.path.join(HERE, "subset-images-idx3-ubyte.gz"), "wb", mtime=0) as f:
    f.write(struct.pack(">IIII", 0x803, N, rows, cols) + images[16:16 + N * rows * cols])
with gzip.GzipFile(os.path.join(HERE, "subset-labels-idx1-ubyte.gz"), "wb", mtime=0) as f:
    f.write(struct.pack(">II", 0x801, N) + labels[8:8 + N])
