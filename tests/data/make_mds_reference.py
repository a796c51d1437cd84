#!/usr/bin/python3
"""Reference runs for the MDS of European cities, computed once with scipy 1.10:
distances by the haversine formula (R = 6371.0088 km), scaled by the largest; the seed's objective
f(X) = sum over ordered pairs i != j of (D_ij - |x_i - x_j|)^2; start np.random.seed(42);
np.random.rand(n, 2) flattened. Nelder-Mead with scipy's defaults on the first 6 cities (the best
value after every iteration, the final point, nit, nfev); BFGS on 6, 15 and 34 cities (final f).
Writes mds_reference.json."""
import csv
import json
import os

import numpy as np
from scipy.optimize import minimize

here = os.path.dirname(os.path.abspath(__file__))
with open(os.path.join(here, "..", "..", "datasets", "cities", "cities_europe_1m.csv")) as f:
    rows = list(csv.DictReader(f))
lat = np.radians([float(r["lat"]) for r in rows])
lon = np.radians([float(r["lon"]) for r in rows])


def distances(n):
    dphi = lat[:n, None] - lat[None, :n]
    dlam = lon[:n, None] - lon[None, :n]
    h = np.sin(dphi / 2) ** 2 + np.cos(lat[:n, None]) * np.cos(lat[None, :n]) * np.sin(dlam / 2) ** 2
    return 2 * 6371.0088 * np.arcsin(np.sqrt(np.minimum(h, 1)))


def problem(n):
    d = distances(n)
    d = d / d.max()

    def f(x):
        p = x.reshape(n, 2)
        diff = p[:, None, :] - p[None, :, :]
        r = d - np.sqrt((diff ** 2).sum(-1))
        np.fill_diagonal(r, 0)
        return (r ** 2).sum()

    def grad(x):
        p = x.reshape(n, 2)
        diff = p[:, None, :] - p[None, :, :]
        length = np.sqrt((diff ** 2).sum(-1))
        np.fill_diagonal(length, 1)
        s = 4 * (length - d) / length
        np.fill_diagonal(s, 0)
        return (s[:, :, None] * diff).sum(1).ravel()

    np.random.seed(42)
    return f, grad, np.random.rand(n, 2).ravel()


names = [r["city"] for r in rows]
km = distances(34)
pairs = {}
for a, b in [("London", "Paris"), ("Moscow", "Istanbul"), ("Madrid", "Moscow"), ("London", "Madrid"),
             ("Berlin", "Saint Petersburg")]:
    pairs[a + "-" + b] = float(km[names.index(a), names.index(b)])
out = {"km": pairs}

f, grad, x0 = problem(6)
best = []
res = minimize(f, x0, method="Nelder-Mead", callback=lambda xk: best.append(float(f(xk))))
out["nelder_mead_6"] = {"start": x0.tolist(), "best_by_iteration": best, "x": res.x.tolist(), "f": float(res.fun),
                        "nit": int(res.nit), "nfev": int(res.nfev)}
out["bfgs"] = {}
for n in (6, 15, 34):
    f, grad, x0 = problem(n)
    res = minimize(f, x0, jac=grad, method="BFGS", options={"gtol": 1e-10, "maxiter": 100000})
    out["bfgs"][str(n)] = {"f": float(res.fun), "grad_norm": float(np.linalg.norm(grad(res.x)))}
with open(os.path.join(here, "mds_reference.json"), "w") as fh:
    json.dump(out, fh)
print(pairs)
print("NM 6:", out["nelder_mead_6"]["f"], out["nelder_mead_6"]["nit"], out["nelder_mead_6"]["nfev"])
print("BFGS:", out["bfgs"])
