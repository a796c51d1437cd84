"""Reference for the acceleration lesson (tests/lessons/test_acceleration_lesson.cpp), computed once with
numpy: heavy ball and Nesterov on Lessard, Recht & Packard's function (L = 25, mu = 1) as the course's
Heavy_ball_local_convergence notebook sets it up, the starts on [-4, 4] from which heavy ball cycles, and
the iterations to eps = 1e-6 of gradient descent, heavy ball and Nesterov on diag(1, kappa) from (1, 1).
Run: /usr/bin/python3 tests/data/make_acceleration_reference.py > tests/data/acceleration_reference.json"""
import json

import numpy as np

L, MU = 25.0, 1.0


def grad(x):
    return 25 * x if x < 1 else (x + 24 if x < 2 else 25 * x - 24)


def heavy_ball(x0, steps, alpha=4 / (np.sqrt(L) + np.sqrt(MU)) ** 2, beta=((np.sqrt(L) - np.sqrt(MU)) / (np.sqrt(L) + np.sqrt(MU))) ** 2):
    xs, prev, x = [x0], x0, x0
    for _ in range(steps):
        x, prev = x - alpha * grad(x) + beta * (x - prev), x
        xs.append(x)
    return xs


def nesterov(x0, steps, alpha=1 / L, beta=(np.sqrt(L / MU) - 1) / (np.sqrt(L / MU) + 1)):
    xs, prev, x = [x0], x0, x0
    for _ in range(steps):
        y = x + beta * (x - prev)
        x, prev = y - alpha * grad(y), x
        xs.append(x)
    return xs


def cycles(x0):
    xs = heavy_ball(x0, 2000)
    return abs(xs[-1]) > 1e-9 and all(abs(xs[i] - xs[i - 3]) <= 1e-9 for i in range(len(xs) - 3, len(xs)))


grid = np.linspace(-4, 4, 801)
runs, start, previous = [], None, None
for x0 in grid:
    if cycles(x0) and start is None:
        start = x0
    if not cycles(x0) and start is not None:
        runs.append([start, previous])
        start = None
    previous = x0
if start is not None:
    runs.append([start, previous])


def count(method, kappa, eps=1e-6):
    A = np.array([1.0, kappa])
    x = prev = np.array([1.0, 1.0])
    start = np.linalg.norm(x)
    sl, sm = np.sqrt(kappa), 1.0
    for k in range(int(0.6 * (kappa + 1) * np.log(1 / eps)) + 51):
        if np.linalg.norm(x) <= eps * start:
            return k
        if method == "gd":
            x, prev = x - 2 / (1 + kappa) * A * x, x
        elif method == "heavy-ball":
            x, prev = x - 4 / (sl + sm) ** 2 * A * x + ((sl - sm) / (sl + sm)) ** 2 * (x - prev), x
        else:
            b = (np.sqrt(kappa) - 1) / (np.sqrt(kappa) + 1)
            y = x + b * (x - prev)
            x, prev = y - A * y / kappa, x
    return None


kappas = [10 ** (3 * i / 24) for i in range(25)]
print(json.dumps({
    "heavy_ball_3_3": heavy_ball(3.3, 60),
    "heavy_ball_3_7": heavy_ball(3.7, 30),
    "nesterov_3_3": nesterov(3.3, 60),
    "cycle_3_3": heavy_ball(3.3, 2000)[-3:],
    "cycling_starts": [[float(a), float(b)] for a, b in runs],
    "kappas": kappas,
    "iterations_to_eps": {m: [count(m, k) for k in kappas] for m in ("gd", "heavy-ball", "nesterov")},
}, indent=1))
