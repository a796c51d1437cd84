#!/usr/bin/python3
"""Reference timing for bench_core DoubleDescentCurve: the seed notebook's loop, numpy.linalg.pinv of
the Chebyshev features for every degree 0 … 300 with 50 training points."""
import time

import numpy as np
from numpy.polynomial import chebyshev as C

np.random.seed(8)
x = np.linspace(-1, 1, 50)
y = np.sin(4.5 * x) + np.random.normal(0, 0.25, 50)
xt = np.linspace(-1, 1, 100)
yt = np.sin(4.5 * xt)
best = float("inf")
for _ in range(3):
    t = time.perf_counter()
    for d in range(301):
        beta = np.linalg.pinv(C.chebvander(x, d)) @ y
        np.mean((C.chebval(x, beta) - y) ** 2), np.mean((C.chebval(xt, beta) - yt) ** 2), np.linalg.norm(beta)
    best = min(best, time.perf_counter() - t)
print(f"numpy DoubleDescentCurve/300: {best * 1000:.0f} ms")
