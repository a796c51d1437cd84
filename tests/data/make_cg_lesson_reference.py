#!/usr/bin/python3
"""Reference for the cg lesson's n-dimensional runs, re-computed with numpy.

The lesson's quadratic is f = 1/2 x^T A x - b^T x with A = diag(lambda), x* = (1, ..., 1)/sqrt(n), b = A x*,
x0 = 0. Its spectra (core::quadraticSpectrum, ascending):
- clustered: c centres mu (L/mu)^(j/(c-1)); the eigenvalues are dealt out to them in turn (cluster j gets
  n // c members, one more for j < n % c), spread by the factors (1 + w)^t, t = linspace(-1, 1, members);
- outliers: n - m values linspace(mu, min(10 mu, L)) and m values linspace(L/2, L);
- strakos: mu + (i/(n-1)) (L - mu) rho^(n-1-i), i = 0 .. n-1 (Strakos 1991).
Methods (as core/optim/quadratic_methods): steepest descent with the exact step, CG (stopping once
||r|| <= 1e-12 ||b||), gradient descent with 2/(mu + L), heavy ball (4/(sqrt L + sqrt mu)^2,
((sqrt L - sqrt mu)/(sqrt L + sqrt mu))^2), Nesterov (1/L, (sqrt kappa - 1)/(sqrt kappa + 1)), mu and L being the
spectrum's extremes. Stored: each spectrum, the A-norm errors of every method, CG's first directions' conjugacy
p_i^T A p_j / sqrt(p_i^T A p_i p_j^T A p_j), and the first k with error <= 1e-6 times the first.
Run: /usr/bin/python3 tests/data/make_cg_lesson_reference.py"""
import json
import os

import numpy as np


def clustered(n, mu, L, c, w):
    lam = []
    for j in range(c):
        centre = mu * (L / mu) ** (j / (c - 1)) if c > 1 else mu
        members = n // c + (1 if j < n % c else 0)
        t = np.linspace(-1, 1, members) if members > 1 else np.array([-1.0])
        lam.extend(centre * (1 + w) ** t)
    return np.sort(np.array(lam))


def outliers(n, mu, L, m):
    return np.sort(np.concatenate([np.linspace(mu, min(10 * mu, L), n - m), np.linspace(L / 2, L, m)]))


def strakos(n, mu, L, rho):
    i = np.arange(n)
    return np.sort(mu + i / (n - 1) * (L - mu) * rho ** (n - 1 - i))


def run(lam, method, steps):
    n = len(lam)
    xs = np.ones(n) / np.sqrt(n)
    b = lam * xs
    mu, L = lam[0], lam[-1]
    x = np.zeros(n)
    previous = x
    r = b - lam * x
    p = r.copy()
    tolerance = 1e-12 * np.linalg.norm(r)
    points, directions = [x], []
    for _ in range(steps):
        g = lam * x - b
        if method == "sd":
            if not (g @ (lam * g) > 0):
                break
            x_next = x - (g @ g) / (g @ (lam * g)) * g
        elif method == "cg":
            rr = r @ r
            if not (np.sqrt(rr) > tolerance):
                break
            Ap = lam * p
            alpha = rr / (p @ Ap)
            directions.append(p.copy())
            x_next = x + alpha * p
            r = r - alpha * Ap
            p = r + (r @ r) / rr * p
        elif method == "gd":
            x_next = x - 2 / (mu + L) * g
        elif method == "heavy-ball":
            beta = ((np.sqrt(L) - np.sqrt(mu)) / (np.sqrt(L) + np.sqrt(mu))) ** 2
            x_next = x - 4 / (np.sqrt(L) + np.sqrt(mu)) ** 2 * g + beta * (x - previous)
        else:  # nesterov
            beta = (np.sqrt(L / mu) - 1) / (np.sqrt(L / mu) + 1)
            y = x + beta * (x - previous)
            x_next = y - (lam * y - b) / L
        previous, x = x, x_next
        points.append(x)
    errors = [float(np.sqrt((q - xs) @ (lam * (q - xs)))) for q in points]
    return errors, directions


def conjugacy(lam, directions, count):
    D = np.array(directions[:count]).T
    C = D.T @ (lam[:, None] * D)
    s = 1 / np.sqrt(np.diag(C))
    return (s[:, None] * C * s[None, :]).tolist()


def first_below(errors, tolerance=1e-6):
    return next((k for k, e in enumerate(errors) if e <= tolerance * errors[0]), None)


cases = {
    "clusters": (clustered(60, 10, 1000, 4, 0.0), 60),
    "clusters-blurred": (clustered(60, 10, 1000, 4, 0.05), 60),
    "outliers": (outliers(60, 1, 1000, 3), 60),
    "rounding": (strakos(60, 1, 1e4, 0.9), 200),
}
out = {}
for name, (lam, steps) in cases.items():
    entry = {"eigenvalues": lam.tolist(), "iters": steps, "errors_A": {}, "steps_to_tolerance": {}}
    for method in ["sd", "cg", "gd", "heavy-ball", "nesterov"]:
        errors, directions = run(lam, method, steps)
        entry["errors_A"][method] = errors
        entry["steps_to_tolerance"][method] = first_below(errors)
        if method == "cg":
            entry["conjugacy_first_8"] = conjugacy(lam, directions, 8)
    out[name] = entry
    print(name, entry["steps_to_tolerance"])
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "cg_lesson_reference.json"), "w") as f:
    json.dump(out, f)
