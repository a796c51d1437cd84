#!/usr/bin/python3
"""Reference for newton's turning field (preset seed-directions): Newton_convergence.ipynb's function and its three
direction fields, re-computed with numpy.

f = -1.5 G(0,0; 1,1; 0) + G(-1,-1; 1.5,2; pi/6) + G(1,1; 2,1.5; -pi/4), G = exp(-(xr^2/2sx^2 + yr^2/2sy^2)) with
(xr, yr) the counter-clockwise rotation by theta of (x - x0, y - y0). Derivatives by the chain rule in the rotated
coordinates (checked here against central differences). The well's bottom by Newton's method. Directions on the
lesson's 21 x 21 data grid of [-3, 3]^2 at six frames of 6 x 300: ideal = towards the well's bottom (the notebook
points at the origin, 0.065 away), gradient = -grad f, Newton = -H^-1 grad f by the explicit 2 x 2 inverse,
each normalised; a turn (1 - t) d1 + t d2 renormalised, t = (frame mod 300) / 300.
Run: /usr/bin/python3 tests/data/make_newton_morph_reference.py"""
import json
import os

import numpy as np

BUMPS = [(-1.5, 0, 0, 1, 1, 0), (1, -1, -1, 1.5, 2, np.pi / 6), (1, 1, 1, 2, 1.5, -np.pi / 4)]


def parts(p):
    """f, gradient and Hessian at p."""
    f, g, H = 0.0, np.zeros(2), np.zeros((2, 2))
    for w, x0, y0, sx, sy, th in BUMPS:
        c, s = np.cos(th), np.sin(th)
        dx, dy = p[0] - x0, p[1] - y0
        xr, yr = c * dx - s * dy, s * dx + c * dy
        J = np.array([[c, -s], [s, c]])  # d(xr, yr)/d(x, y)
        G = w * np.exp(-(xr ** 2 / (2 * sx ** 2) + yr ** 2 / (2 * sy ** 2)))
        q = np.array([xr / sx ** 2, yr / sy ** 2])  # dq/d(xr, yr) of the exponent
        grad_r = -G * q
        hess_r = G * (np.outer(q, q) - np.diag([1 / sx ** 2, 1 / sy ** 2]))
        f += G
        g += J.T @ grad_r
        H += J.T @ hess_r @ J
    return f, g, H


def check_derivatives():
    h = 1e-5
    for p in [np.array([0.3, -1.2]), np.array([-2.0, 0.7]), np.array([1.1, 1.4])]:
        f, g, H = parts(p)
        for k in range(2):
            e = np.eye(2)[k] * h
            assert abs((parts(p + e)[0] - parts(p - e)[0]) / (2 * h) - g[k]) < 1e-9
            assert np.max(np.abs((parts(p + e)[1] - parts(p - e)[1]) / (2 * h) - H[:, k])) < 1e-9


def unit(v):
    n = np.linalg.norm(v)
    return v / n if n > 0 else np.zeros(2)


def direction(kind, p, target):
    f, g, H = parts(p)
    if kind == "ideal":
        return unit(target - p)
    if kind == "gradient":
        return unit(-g)
    inverse = np.array([[H[1, 1], -H[0, 1]], [-H[1, 0], H[0, 0]]]) / (H[0, 0] * H[1, 1] - H[0, 1] * H[1, 0])
    return unit(-inverse @ g)


check_derivatives()
x = np.array([0.05, -0.04])
for _ in range(20):
    f, g, H = parts(x)
    x = x - np.linalg.solve(H, g)
bottom = x
assert np.linalg.norm(parts(bottom)[1]) < 1e-15
STAGES = [("ideal", "ideal"), ("ideal", "gradient"), ("gradient", "gradient"), ("gradient", "newton"),
          ("newton", "newton"), ("newton", "ideal")]
nodes = np.linspace(-3, 3, 21)
frames = []
for frame in [0, 400, 700, 1000, 1250, 1799]:
    stage = frame // 300
    source, target_kind = STAGES[stage]
    t = (frame % 300) / 300 if source != target_kind else 0.0
    field = []
    for yv in nodes:
        row = []
        for xv in nodes:
            p = np.array([xv, yv])
            d1 = direction(source, p, bottom)
            d = d1 if source == target_kind else unit((1 - t) * d1 + t * direction(target_kind, p, bottom))
            row.append(d.tolist())
        field.append(row)
    frames.append({"frame": frame, "stage": stage, "from": source, "to": target_kind, "t": t, "direction": field})
points = []
for p in [(0.0, 0.0), (-2.5, 1.5), (1.3, 1.6), (3.0, -3.0), (-0.7, -2.2)]:
    f, g, H = parts(np.array(p))
    points.append({"x": list(p), "f": f, "gradient": g.tolist(), "hessian": [H[0, 0], H[0, 1], H[1, 1]]})
out = {"well_bottom": bottom.tolist(), "f_at_bottom": parts(bottom)[0], "points": points, "frames": frames}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "newton_morph_reference.json"), "w") as out_file:
    json.dump(out, out_file)
print(repr(bottom.tolist()), parts(bottom)[0], parts(np.array([3.0, -3.0]))[0])
