#!/usr/bin/python3
"""Writes linreg_points.csv and linreg_reference.json: an independent numpy computation of
everything the linreg lesson reports, for tests/lessons/test_linreg_lesson.cpp.

Run once with Debian's python3-numpy (/usr/bin/python3 make_linreg_reference.py); commit both outputs.
"""
import json
import pathlib

import numpy as np

here = pathlib.Path(__file__).parent
rng = np.random.default_rng(20261125)
n = 40
x = rng.uniform(1.0, 4.0, n)
y = -0.7 * x + 2.5 + rng.normal(0.0, 0.3, n)

with open(here / "linreg_points.csv", "w") as f:
    f.write("x,y\n")
    for xi, yi in zip(x, y):
        f.write(f"{xi:.17g},{yi:.17g}\n")
# Read back what was written so that the reference uses exactly the file's numbers.
x, y = np.loadtxt(here / "linreg_points.csv", delimiter=",", skiprows=1, unpack=True)


def describe(features, start, lr, steps):
    design = np.column_stack([features, np.ones_like(features)])
    theta_star, *_ = np.linalg.lstsq(design, y, rcond=None)
    loss = lambda t: float(np.mean((design @ t - y) ** 2))
    hessian = 2.0 / len(features) * design.T @ design
    eigenvalues = np.linalg.eigvalsh(hessian)
    path = [np.array(start, dtype=float)]
    for _ in range(steps):
        t = path[-1]
        gradient = 2.0 / len(features) * design.T @ (design @ t - y)
        path.append(t - lr * gradient)
    return {
        "optimum": theta_star.tolist(),
        "loss_optimum": loss(theta_star),
        "hessian": hessian.tolist(),
        "hessian_eigenvalues": eigenvalues.tolist(),
        "lr_max_stable": float(2.0 / eigenvalues[-1]),
        "start": list(start),
        "lr": lr,
        "path": [p.tolist() for p in path],
        "loss": [loss(p) for p in path],
    }


plain = describe(x, (-1.0, 2.0), 0.05, 10)
standardized = describe((x - x.mean()) / x.std(), (-1.0, 2.0), 0.3, 10)
standardized["shift"] = float(x.mean())
standardized["scale"] = float(x.std())
with open(here / "linreg_reference.json", "w") as f:
    json.dump({"plain": plain, "standardized": standardized}, f, indent=1)
