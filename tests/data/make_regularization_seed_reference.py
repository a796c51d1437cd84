#!/usr/bin/python3
"""Reference for the regularization lesson's 'seed' preset: Regularization_animation.ipynb's data and motion
re-computed with numpy. np.random.seed(1984); X0 = randn(15, 2); X = U diag(1, 2.14) V^T from numpy's SVD of
X0; noise = 0.5 randn(15); y = X w + noise. The motion: six parts of 100 frames (np.linspace, ends included):
V turns 0..360 degrees (X_theta = U S (R(theta) V)^T) at w = (3, 1.8); w1 3 -> -2.5; turn again at (-2.5, 1.8);
w2 1.8 -> -1.3; w1 -2.5 -> 3; w2 -1.3 -> 1.8. For some frames: X's first rows, the least-squares solution and
the minimizer of ||Xw - y||^2 over ||w||_2 <= 1 (w(mu) = (X^T X + mu I)^-1 X^T y, mu by bisection on ||w|| = 1).
Run: /usr/bin/python3 tests/data/make_regularization_seed_reference.py"""
import json
import os

import numpy as np

np.random.seed(1984)
X0 = np.random.randn(15, 2)
U, S, Vt = np.linalg.svd(X0, full_matrices=False)
noise = 0.5 * np.random.randn(15)
turn = np.linspace(0, 360, 100)
frames = ([((3, 1.8), a) for a in turn] + [((w1, 1.8), 0) for w1 in np.linspace(3, -2.5, 100)]
          + [((-2.5, 1.8), a) for a in turn] + [((-2.5, w2), 0) for w2 in np.linspace(1.8, -1.3, 100)]
          + [((w1, -1.3), 0) for w1 in np.linspace(-2.5, 3, 100)] + [((3, w2), 0) for w2 in np.linspace(-1.3, 1.8, 100)])


def l2_ball(X, y):
    G, m = X.T @ X, X.T @ y
    w = np.linalg.solve(G, m)
    if np.linalg.norm(w) <= 1:
        return w
    lo, hi = 0.0, 1.0
    while np.linalg.norm(np.linalg.solve(G + hi * np.eye(2), m)) > 1:
        hi *= 2
    for _ in range(200):
        mid = (lo + hi) / 2
        lo, hi = (mid, hi) if np.linalg.norm(np.linalg.solve(G + mid * np.eye(2), m)) > 1 else (lo, mid)
    return np.linalg.solve(G + hi * np.eye(2), m)


out = {"frames": []}
for k in (0, 30, 99, 150, 250, 350, 450, 599):
    (w, angle) = frames[k]
    theta = np.radians(angle)
    R = np.array([[np.cos(theta), -np.sin(theta)], [np.sin(theta), np.cos(theta)]])
    X = U @ np.diag([1.0, 2.14]) @ (R @ Vt.T).T
    y = X @ np.array(w) + noise
    out["frames"].append({"frame": k, "angle": float(angle), "true_weights": list(map(float, w)), "X_head": X[:3].tolist(),
                          "unconstrained": np.linalg.lstsq(X, y, rcond=None)[0].tolist(), "solution_l2": l2_ball(X, y).tolist()})
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "regularization_seed_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print(out["frames"][0]["unconstrained"], out["frames"][0]["solution_l2"])
