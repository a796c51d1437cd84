#!/usr/bin/python3
"""Reference for core/optim/quadratic_methods: CG.ipynb's 2-D scene and an n-dimensional run, re-computed with numpy.

2-D: f = 1/2 x^T A x - b^T x, A = Q diag(1, 5) Q^T with Q the rotation by 10 degrees, b = 0, x0 = (4, 4); steepest
descent with the exact step alpha = g^T g / g^T A g (5 steps) and conjugate gradients (alpha = r^T r / p^T A p,
beta = r+^T r+ / r^T r; 2 steps), as the notebook runs them. n-D: A = U diag(lambda) U^T with U from the QR of a
standard normal 40 x 40 matrix (numpy's legacy seed 7) and lambda = linspace(1, 100, 40); b from the same
generator; x0 = 0; steepest descent, CG, gradient descent with 2/(mu + L), heavy ball with
alpha = 4/(sqrt L + sqrt mu)^2, beta = ((sqrt L - sqrt mu)/(sqrt L + sqrt mu))^2, Nesterov with 1/L and
(sqrt kappa - 1)/(sqrt kappa + 1): the A-norm errors of 30 steps.
Run: /usr/bin/python3 tests/data/make_cg_reference.py"""
import json
import os

import numpy as np


def sd(A, b, x, steps):
    path = [x]
    for _ in range(steps):
        g = A @ x - b
        x = x - (g @ g) / (g @ A @ g) * g
        path.append(x)
    return path


def cg(A, b, x, steps):
    path = [x]
    r = b - A @ x
    p = r
    for _ in range(steps):
        Ap = A @ p
        alpha = (r @ r) / (p @ Ap)
        x = x + alpha * p
        r_next = r - alpha * Ap
        p = r_next + (r_next @ r_next) / (r @ r) * p
        r = r_next
        path.append(x)
    return path


def two_step(A, b, x, steps, alpha, beta, nesterov):
    path, previous = [x], x
    for _ in range(steps):
        if nesterov:
            y = x + beta * (x - previous)
            x, previous = y - alpha * (A @ y - b), x
        else:
            x, previous = x - alpha * (A @ x - b) + beta * (x - previous), x
        path.append(x)
    return path


t = np.radians(10)
Q = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
A2 = Q @ np.diag([1.0, 5.0]) @ Q.T
b2 = np.zeros(2)
x02 = np.array([4.0, 4.0])

np.random.seed(7)
U, _ = np.linalg.qr(np.random.randn(40, 40))
lam = np.linspace(1, 100, 40)
A = U @ np.diag(lam) @ U.T
A = (A + A.T) / 2
b = np.random.randn(40)
x0 = np.zeros(40)
xs = np.linalg.solve(A, b)
mu, L = lam[0], lam[-1]
kappa = L / mu


def a_errors(path):
    return [float(np.sqrt((x - xs) @ A @ (x - xs))) for x in path]


runs = {
    "steepest": a_errors(sd(A, b, x0, 30)),
    "cg": a_errors(cg(A, b, x0, 30)),
    "gradient": a_errors(two_step(A, b, x0, 30, 2 / (mu + L), 0, False)),
    "heavy_ball": a_errors(two_step(A, b, x0, 30, 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2,
                                    ((np.sqrt(L) - np.sqrt(mu)) / (np.sqrt(L) + np.sqrt(mu))) ** 2, False)),
    "nesterov": a_errors(two_step(A, b, x0, 30, 1 / L, (np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1), True)),
}
out = {
    "scene": {"A": A2.tolist(), "steepest": [p.tolist() for p in sd(A2, b2, x02, 5)],
              "cg": [p.tolist() for p in cg(A2, b2, x02, 2)]},
    "n": {"A": A.tolist(), "b": b.tolist(), "errors_A": runs},
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cg_reference.json"), "w") as f:
    json.dump(out, f)
print(out["scene"]["cg"][-1], [round(runs[k][-1], 6) for k in runs])
