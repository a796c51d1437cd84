"""Reference for the acceleration lesson (tests/lessons/test_acceleration_lesson.cpp), computed once with
numpy: heavy ball and Nesterov on Lessard, Recht & Packard's function (L = 25, mu = 1) as the course's
Heavy_ball_local_convergence notebook sets it up, the starts on [-4, 4] from which heavy ball cycles, and
the iterations to eps = 1e-6 of gradient descent, heavy ball and Nesterov on diag(1, kappa) from (1, 1);
Chebyshev acceleration on the course's chebyshev_gd.py scene (A = Q diag(1, 100) Q^T, Q the rotation by 30
degrees, x0 = (3, 3)): the recurrence's path and the steps 1/lambda_i at the Chebyshev nodes in the fractal
order (Agarwal, Goel & Zhang 2021); Nesterov's lower-bound quadratic in n = 2p + 1 variables (p = 50) with
gradient descent (1/L), Nesterov's 1983 method (FISTA's t_k) and conjugate gradients from x0 = 0.
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


def rotated(mu, L, degrees):
    t = np.deg2rad(degrees)
    Q = np.array([[np.cos(t), -np.sin(t)], [np.sin(t), np.cos(t)]])
    return Q @ np.diag([mu, L]) @ Q.T


def chebyshev_recurrence(A, x0, mu, L, steps):
    """t_k = T_k(sigma) directly (no overflow for these steps): x1 = x0 - 2/(L+mu) g, then the three-term rule."""
    sigma = (L + mu) / (L - mu)
    t = [1.0, sigma]
    for _ in range(steps + 1):
        t.append(2 * sigma * t[-1] - t[-2])
    xs = [x0, x0 - 2 / (L + mu) * A @ x0]
    for k in range(1, steps):
        alpha, beta = 4 * t[k] / ((L - mu) * t[k + 1]), t[k - 1] / t[k + 1]
        xs.append(xs[-1] - alpha * A @ xs[-1] + beta * (xs[-1] - xs[-2]))
    return xs


def fractal(n):
    order = [1]
    while len(order) < n:
        m = len(order)
        order = [v for a in order for v in (a, 2 * m + 1 - a)]
    return order


def chebyshev_steps(A, x0, mu, L, N, steps):
    i = np.arange(1, N + 1)
    nodes = (L + mu) / 2 - (L - mu) / 2 * np.cos((2 * i - 1) * np.pi / (2 * N))
    schedule = [1 / nodes[j - 1] for j in fractal(N)]
    xs = [x0]
    for k in range(steps):
        xs.append(xs[-1] - schedule[k % N] * A @ xs[-1])
    return schedule, xs


A = rotated(1.0, 100.0, 30.0)
x0 = np.array([3.0, 3.0])
schedule8, steps8 = chebyshev_steps(A, x0, 1.0, 100.0, 8, 16)


def worst(n, L=1.0):
    A = L / 4 * (2 * np.eye(n) - np.eye(n, k=1) - np.eye(n, k=-1))
    b = np.zeros(n)
    b[0] = L / 4
    return A, b


p = 50
n = 2 * p + 1
WA, Wb = worst(n)
f = lambda x: 0.5 * x @ WA @ x - Wb @ x
f_star = f(np.linalg.solve(WA, Wb))


def lower_bound_gaps(method):
    x = prev = np.zeros(n)
    gaps = [f(x) - f_star]
    t = 1.0
    r = Wb - WA @ x
    d = r.copy()
    for k in range(1, p + 1):
        if method == "gd-1/L":
            x = x - (WA @ x - Wb)
        elif method == "nesterov":
            if k == 1:
                beta = 0.0
            else:
                t_next = (1 + np.sqrt(1 + 4 * t * t)) / 2
                beta, t = (t - 1) / t_next, t_next
            y = x + beta * (x - prev)
            x, prev = y - (WA @ y - Wb), x
        else:  # conjugate gradients
            Ad = WA @ d
            a = r @ r / (d @ Ad)
            x = x + a * d
            r_next = r - a * Ad
            d = r_next + (r_next @ r_next) / (r @ r) * d
            r = r_next
        gaps.append(f(x) - f_star)
    return gaps


kappas = [10 ** (3 * i / 24) for i in range(25)]
print(json.dumps({
    "chebyshev_recurrence_100_30": [list(x) for x in chebyshev_recurrence(A, x0, 1.0, 100.0, 16)],
    "chebyshev_steps_schedule_8": schedule8,
    "chebyshev_steps_100_30": [list(x) for x in steps8],
    "lower_bound_p50": {m: lower_bound_gaps(m) for m in ("gd-1/L", "nesterov", "cg")},
    "lower_bound_p50_f_star": f_star,
    "heavy_ball_3_3": heavy_ball(3.3, 60),
    "heavy_ball_3_7": heavy_ball(3.7, 30),
    "nesterov_3_3": nesterov(3.3, 60),
    "cycle_3_3": heavy_ball(3.3, 2000)[-3:],
    "cycling_starts": [[float(a), float(b)] for a, b in runs],
    "kappas": kappas,
    "iterations_to_eps": {m: [count(m, k) for k in kappas] for m in ("gd", "heavy-ball", "nesterov")},
}, indent=1))
