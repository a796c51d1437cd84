#!/usr/bin/python3
"""Reference numbers for the MDS lesson's `seed` setup, computed once with numpy 1.24: the course
notebook's own distance tables (datasets/mds/seed_distances_*.csv, from MDS.ipynb's
mds_{europe,usa,world}_cities.json), the first n cities, D divided by the largest distance of the n x n
block, start np.random.seed(42); np.random.rand(n, 2); the notebook's loss L(X) = sum over ordered pairs
i != j of (D_ij - |x_i - x_j|)^2. Its gradient descent steps along its coded gradient
2 sum_j (d_ij - D_ij)(x_i - x_j)/d_ij, which is exactly half of grad L: x <- x - lr * grad(L)/2, with the
notebook's executed configs (n = 6: lr 0.12, 75 steps; n = 15: 3e-2, 130; n = 34: 1e-2, 200).
Writes mds_seed_reference.json: L at the start and after the steps, per table and n."""
import csv
import json
import os

import numpy as np

here = os.path.dirname(os.path.abspath(__file__))


def table(name):
    with open(os.path.join(here, "..", "..", "datasets", "mds", "seed_distances_%s.csv" % name), encoding="utf-8") as f:
        rows = list(csv.reader(f))
    return np.array([[float(v) for v in row[1:]] for row in rows[1:]])


def loss(d, x):
    p = x.reshape(-1, 2)
    diff = p[:, None, :] - p[None, :, :]
    r = d - np.sqrt((diff ** 2).sum(-1))
    np.fill_diagonal(r, 0)
    return float((r ** 2).sum())


def coded_gradient(d, x):  # the notebook's: half of grad L
    p = x.reshape(-1, 2)
    diff = p[:, None, :] - p[None, :, :]
    length = np.sqrt((diff ** 2).sum(-1))
    np.fill_diagonal(length, 1)
    s = 2 * (length - d) / length
    np.fill_diagonal(s, 0)
    return (s[:, :, None] * diff).sum(1).ravel()


out = {}
for name in ("europe", "usa", "world"):
    full = table(name)
    out[name] = {}
    for n, lr, steps in ((6, 0.12, 75), (15, 3e-2, 130), (34, 1e-2, 200)):
        if n > len(full):
            continue
        d = full[:n, :n] / full[:n, :n].max()
        np.random.seed(42)
        x = np.random.rand(n, 2).ravel()
        start = loss(d, x)
        for _ in range(steps):
            x = x - lr * coded_gradient(d, x)
        out[name][str(n)] = {"lr_notebook": lr, "steps": steps, "L_start": start, "L_final": loss(d, x),
                             "largest_km": float(full[:n, :n].max())}
with open(os.path.join(here, "mds_seed_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print(json.dumps(out, indent=1))
