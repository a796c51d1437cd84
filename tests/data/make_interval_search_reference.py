#!/usr/bin/python3
"""Reference for core/optim/interval_search's Brent method: scipy.optimize.minimize_scalar(method="bounded")
on the course notebook Line_search.ipynb's three functions on [0, 6], for tolerances (xatol) 10^-9 ... 10^0:
the minimizer it returns and its number of calls.
- sin(sin(sin(sqrt(x/2)))) + 1
- the "inverse Maxwell" -sqrt(2/pi) x^2 exp(-x^2/(2 a^2)) / a^3 + 1, a = 2 (minimum 1 - sqrt(2/pi)/e at 2 sqrt 2)
- (x - 2) x (x + 2)^2 + 10
Run: /usr/bin/python3 tests/data/make_interval_search_reference.py"""
import json
import os

import numpy as np
from scipy.optimize import minimize_scalar

functions = {
    "sin": lambda x: np.sin(np.sin(np.sin(np.sqrt(x / 2)))) + 1,
    "maxwell": lambda x: -np.sqrt(2 / np.pi) * x**2 * np.exp(-x**2 / (2 * 2.0**2)) / 2.0**3 + 1,
    "polynomial": lambda x: (x - 2) * x * (x + 2) ** 2 + 10,
}
out = {}
for name, f in functions.items():
    runs = []
    for tol in np.logspace(-9, 0, 10):
        r = minimize_scalar(f, bounds=(0, 6), method="bounded", options={"xatol": tol, "maxiter": 500})
        runs.append({"tolerance": float(tol), "x": float(r.x), "fun": float(r.fun), "nfev": int(r.nfev)})
    out[name] = runs
    print(name, [(r["nfev"], round(r["x"], 6)) for r in runs])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "interval_search_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
