#!/usr/bin/python3
"""The reference for bench_core's MDS cases: scipy's Nelder-Mead for 100,000 function evaluations
and BFGS on the 34 cities, same objective, same start (np.random.seed(42); np.random.rand(34, 2))."""
import csv
import os
import time

import numpy as np
from scipy.optimize import minimize

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "datasets", "cities", "cities_europe_1m.csv")) as f:
    rows = list(csv.DictReader(f))
lat = np.radians([float(r["lat"]) for r in rows])
lon = np.radians([float(r["lon"]) for r in rows])
h = np.sin((lat[:, None] - lat[None, :]) / 2) ** 2 + np.cos(lat[:, None]) * np.cos(lat[None, :]) * np.sin((lon[:, None] - lon[None, :]) / 2) ** 2
d = 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(h, 1)))
d /= d.max()
n = len(rows)


def f(x):
    p = x.reshape(n, 2)
    r = d - np.sqrt(((p[:, None, :] - p[None, :, :]) ** 2).sum(-1))
    np.fill_diagonal(r, 0)
    return (r ** 2).sum()


np.random.seed(42)
x0 = np.random.rand(n, 2).ravel()
start = time.perf_counter()
res = minimize(f, x0, method="Nelder-Mead", options={"maxfev": 100000, "maxiter": 1000000})
print("scipy Nelder-Mead 100000 evaluations on 34 cities: %.0f ms, f = %.6g" % ((time.perf_counter() - start) * 1e3, res.fun))
