#!/usr/bin/python3
"""Reference for bench_models' loss grid: numpy (OpenBLAS) evaluates an MLP 784-128-10 with ReLU on
the 2,000 bundled Fashion-MNIST images at every point of a 31x31 grid L(theta + a*u + b*v), the
straightforward way (all weights moved, the whole network run at every point), float32."""
import gzip
import os
import time

import numpy as np

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "datasets", "fashion-mnist")
raw = gzip.open(os.path.join(DATA, "subset-images-idx3-ubyte.gz")).read()
X = np.frombuffer(raw[16:], dtype=np.uint8).reshape(-1, 784).astype(np.float32) / 255.0
y = np.frombuffer(gzip.open(os.path.join(DATA, "subset-labels-idx1-ubyte.gz")).read()[8:], dtype=np.uint8)

rng = np.random.default_rng(0)
shapes = [(128, 784), (128,), (10, 128), (10,)]
theta = [rng.normal(0, 1 / np.sqrt(s[-1]), s).astype(np.float32) if len(s) == 2 else np.zeros(s, np.float32) for s in shapes]
u = [rng.normal(size=s).astype(np.float32) for s in shapes]
v = [rng.normal(size=s).astype(np.float32) for s in shapes]


def loss(params):
    w1, b1, w2, b2 = params
    h = np.maximum(X @ w1.T + b1, 0)
    logits = h @ w2.T + b2
    logits -= logits.max(axis=1, keepdims=True)
    return float(np.mean(np.log(np.exp(logits).sum(axis=1)) - logits[np.arange(len(y)), y]))


grid = np.linspace(-1, 1, 31)
start = time.perf_counter()
values = [[loss([t + a * du + b * dv for t, du, dv in zip(theta, u, v)]) for a in grid] for b in grid]
seconds = time.perf_counter() - start
flops = 31 * 31 * len(X) * 2 * (784 * 128 + 128 * 10)
print(f"numpy MLP 784-128-10, 31x31 grid on {len(X)} images: {seconds:.2f} s ({flops / seconds / 1e9:.1f} GFLOP/s)")
