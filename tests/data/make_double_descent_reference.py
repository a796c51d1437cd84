#!/usr/bin/python3
"""Reference double-descent curve for the seed notebook's setup, computed once with numpy:
f(x) = sin(4.5 x), 50 training points on linspace(−1, 1) plus np.random.seed(8) normal noise
σ = 0.25, 100 noiseless test points on linspace(−1, 1); Chebyshev features (chebvander) of degree
D = 0 … 100; minimum-norm least squares by numpy.linalg.pinv (rcond 1e-15). Also ridge 1e-3.
Writes double_descent_reference.json next to this script."""
import json
import os

import numpy as np
from numpy.polynomial import chebyshev as C

HERE = os.path.dirname(os.path.abspath(__file__))

np.random.seed(8)
x_train = np.linspace(-1, 1, 50)
y_train = np.sin(4.5 * x_train) + np.random.normal(0, 0.25, 50)
x_test = np.linspace(-1, 1, 100)
y_test = np.sin(4.5 * x_test)


def curve(ridge):
    out = {"train_mse": [], "test_mse": [], "coef_norm": []}
    for d in range(101):
        a = C.chebvander(x_train, d)
        if ridge == 0:
            beta = np.linalg.pinv(a) @ y_train
        else:
            u, s, vt = np.linalg.svd(a, full_matrices=False)
            keep = s > 1e-15 * s[0]
            beta = vt[keep].T @ ((s[keep] / (s[keep] ** 2 + ridge)) * (u[:, keep].T @ y_train))
        out["train_mse"].append(float(np.mean((C.chebval(x_train, beta) - y_train) ** 2)))
        out["test_mse"].append(float(np.mean((C.chebval(x_test, beta) - y_test) ** 2)))
        out["coef_norm"].append(float(np.linalg.norm(beta)))
        if d == 60:
            out["coefficients_60"] = beta.tolist()
    return out


with open(os.path.join(HERE, "double_descent_reference.json"), "w") as f:
    json.dump({"generator": "tests/data/make_double_descent_reference.py", "numpy": np.__version__,
               "x_train": x_train.tolist(), "y_train": y_train.tolist(), "cheb_T7_at_0_3": float(C.chebval(0.3, [0] * 7 + [1])),
               "plain": curve(0.0), "ridge_1e-3": curve(1e-3)}, f)
