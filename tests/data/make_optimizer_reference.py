#!/usr/bin/python3
"""Reference trajectories for tests/core/test_optimizers.cpp, written independently in numpy from
the update rules stated in issue 4 (PyTorch's torch.optim rules with its default hyper-parameters,
scipy's Nelder-Mead coefficients). Run once with /usr/bin/python3; commit the JSON it writes.

Moments are updated as beta*m + (1 - beta)*g, as PyTorch does (its lerp/addcmul use 1 - beta), so
that rounding agrees with the C++ closely enough to compare chaotic paths step by step."""
import json
import math
import pathlib

import numpy as np


def rosenbrock(p):
    x, y = p
    return (1 - x) ** 2 + 100 * (y - x * x) ** 2


def rosenbrock_grad(p):
    x, y = p
    return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])


def rosenbrock_hess(p):
    x, y = p
    return np.array([[2 - 400 * y + 1200 * x * x, -400 * x], [-400 * x, 200.0]])


def himmelblau(p):
    x, y = p
    return (x * x + y - 11) ** 2 + (x + y * y - 7) ** 2


def himmelblau_grad(p):
    x, y = p
    u, v = x * x + y - 11, x + y * y - 7
    return np.array([4 * x * u + 2 * v, 2 * u + 4 * y * v])


def himmelblau_hess(p):
    x, y = p
    u, v = x * x + y - 11, x + y * y - 7
    return np.array([[4 * u + 8 * x * x + 2, 4 * x + 4 * y], [4 * x + 4 * y, 2 + 4 * v + 8 * y * y]])


def quadratic_hessian(kappa, degrees):
    t = math.radians(degrees)
    r = np.array([[math.cos(t), math.sin(t)], [-math.sin(t), math.cos(t)]])
    return r.T @ np.diag([1.0, kappa]) @ r


Q = quadratic_hessian(10.0, 30.0)
FUNCTIONS = {
    "rosenbrock": (rosenbrock, rosenbrock_grad, rosenbrock_hess),
    "himmelblau": (himmelblau, himmelblau_grad, himmelblau_hess),
    "quadratic": (lambda p: 0.5 * p @ Q @ p, lambda p: Q @ p, lambda p: Q),
}


def rate(schedule, lr, t, total):
    if schedule == "constant":
        return lr
    if schedule == "cosine":
        return lr * 0.5 * (1 + math.cos(math.pi * (t - 1) / total))
    raise ValueError(schedule)


def first_order(name, grad, x, lr_of, steps):
    path = [x.copy()]
    m = np.zeros(2)
    v = np.zeros(2)
    for t in range(1, steps + 1):
        lr = lr_of(t)
        g = grad(x)
        if name == "gd":
            x = x - lr * g
        elif name in ("momentum", "nesterov"):
            m = 0.9 * m + g
            x = x - lr * (g + 0.9 * m if name == "nesterov" else m)
        elif name == "adagrad":
            v = v + g * g
            x = x - lr * g / (np.sqrt(v) + 1e-10)
        elif name == "rmsprop":
            v = 0.99 * v + (1 - 0.99) * g * g
            x = x - lr * g / (np.sqrt(v) + 1e-8)
        elif name in ("adam", "adamw"):
            if name == "adamw":
                decayed = x * (1 - lr * 0.01)
            else:
                decayed = x
            m = 0.9 * m + (1 - 0.9) * g
            v = 0.999 * v + (1 - 0.999) * g * g
            x = decayed - lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v / (1 - 0.999 ** t)) + 1e-8)
        elif name == "lion":
            c = 0.9 * m + (1 - 0.9) * g
            x = x - lr * np.sign(c)
            m = 0.99 * m + (1 - 0.99) * g
        path.append(x.copy())
    return path


def armijo(f, x, fx, g, d):
    alpha = 1.0
    for _ in range(60):
        trial = f(x + alpha * d)
        if np.isfinite(trial) and trial <= fx + 1e-4 * alpha * (g @ d):
            return alpha
        alpha *= 0.5
    return 0.0


def newton(f, grad, hess, x, steps, damped):
    path = [x.copy()]
    for _ in range(steps):
        g = grad(x)
        d = np.linalg.solve(hess(x), -g)
        if damped:
            if d @ g >= 0:
                d = -g
            d = armijo(f, x, f(x), g, d) * d
        x = x + d
        path.append(x.copy())
    return path


def bfgs(f, grad, x, steps):
    path = [x.copy()]
    h = np.eye(2)
    for _ in range(steps):
        g = grad(x)
        d = -h @ g
        if d @ g >= 0:
            h = np.eye(2)
            d = -g
        alpha = armijo(f, x, f(x), g, d)
        if alpha == 0.0:
            break
        s = alpha * d
        y = grad(x + s) - g
        if s @ y > 1e-12 * np.linalg.norm(s) * np.linalg.norm(y):
            rho = 1.0 / (s @ y)
            i = np.eye(2)
            textbook = (i - rho * np.outer(s, y)) @ h @ (i - rho * np.outer(y, s)) + rho * np.outer(s, s)
            # The same update multiplied out, H + (rho^2 yHy + rho) ss' - rho (s(Hy)' + (Hy)s'), in the
            # C++'s order of operations: an Armijo test right at its threshold would otherwise turn
            # the last-bit differences of the two forms into different paths.
            hy = h @ y
            k = rho * rho * (y @ hy) + rho
            expanded = h.copy()
            expanded[0, 0] += k * s[0] * s[0] - rho * (hy[0] * s[0] + s[0] * hy[0])
            expanded[0, 1] += k * s[0] * s[1] - rho * (hy[0] * s[1] + s[0] * hy[1])
            expanded[1, 1] += k * s[1] * s[1] - rho * (hy[1] * s[1] + s[1] * hy[1])
            expanded[1, 0] = expanded[0, 1]
            assert np.allclose(expanded, textbook, rtol=1e-10, atol=1e-12 * np.abs(textbook).max())
            h = expanded
        x = x + s
        path.append(x.copy())
    return path


def nelder_mead(f, x0, steps):
    sim = [x0.copy()]
    for k in range(2):
        y = x0.copy()
        y[k] = 1.05 * y[k] if y[k] != 0 else 0.00025
        sim.append(y)
    sim = np.array(sim)
    fs = np.array([f(p) for p in sim])
    order = np.argsort(fs, kind="stable")
    sim, fs = sim[order], fs[order]
    path = [x0.copy()]  # the start, as every path; then the best vertex after each iteration
    for _ in range(steps):
        xbar = sim[:2].mean(axis=0)
        xr = 2 * xbar - sim[2]
        fr = f(xr)
        shrink = False
        if fr < fs[0]:
            xe = 3 * xbar - 2 * sim[2]
            fe = f(xe)
            sim[2], fs[2] = (xe, fe) if fe < fr else (xr, fr)
        elif fr < fs[1]:
            sim[2], fs[2] = xr, fr
        elif fr < fs[2]:
            xc = 1.5 * xbar - 0.5 * sim[2]
            fc = f(xc)
            if fc <= fr:
                sim[2], fs[2] = xc, fc
            else:
                shrink = True
        else:
            xcc = 0.5 * xbar + 0.5 * sim[2]
            fcc = f(xcc)
            if fcc < fs[2]:
                sim[2], fs[2] = xcc, fcc
            else:
                shrink = True
        if shrink:
            for k in (1, 2):
                sim[k] = sim[0] + 0.5 * (sim[k] - sim[0])
                fs[k] = f(sim[k])
        order = np.argsort(fs, kind="stable")
        sim, fs = sim[order], fs[order]
        path.append(sim[0].copy())
    return path


RUNS = [
    # function, method, lr, schedule, start, steps
    ("rosenbrock", "gd", 1e-3, "constant", (-1.5, 2.0), 200),
    ("rosenbrock", "momentum", 1e-4, "constant", (-1.5, 2.0), 200),
    ("rosenbrock", "nesterov", 1e-4, "constant", (-1.5, 2.0), 200),
    ("rosenbrock", "adagrad", 0.5, "constant", (-1.5, 2.0), 200),
    ("rosenbrock", "rmsprop", 0.01, "constant", (-1.5, 2.0), 200),
    ("rosenbrock", "adam", 0.05, "constant", (-1.5, 2.0), 200),
    ("rosenbrock", "adamw", 0.05, "constant", (-1.5, 2.0), 200),
    ("rosenbrock", "adam", 0.1, "cosine", (-1.5, 2.0), 200),
    ("rosenbrock", "lion", 0.01, "constant", (-1.5, 2.0), 200),
    ("rosenbrock", "newton", 0, "constant", (-1.5, 2.0), 6),
    ("rosenbrock", "damped-newton", 0, "constant", (-1.5, 2.0), 30),
    ("rosenbrock", "bfgs", 0, "constant", (-1.5, 2.0), 40),
    ("rosenbrock", "nelder-mead", 0, "constant", (-1.5, 2.0), 100),
    ("himmelblau", "adam", 0.1, "constant", (-0.5, -0.5), 150),
    ("himmelblau", "nelder-mead", 0, "constant", (-0.5, -0.5), 60),
    ("himmelblau", "newton", 0, "constant", (-0.5, -0.5), 10),
    ("quadratic", "momentum", 0.05, "constant", (-4.0, 3.0), 100),
    ("quadratic", "rmsprop", 0.05, "constant", (-4.0, 3.0), 100),
]

runs = []
for function, method, lr, schedule, start, steps in RUNS:
    f, grad, hess = FUNCTIONS[function]
    x0 = np.array(start, dtype=float)
    if method == "newton":
        path = newton(f, grad, hess, x0, steps, damped=False)
    elif method == "damped-newton":
        path = newton(f, grad, hess, x0, steps, damped=True)
    elif method == "bfgs":
        path = bfgs(f, grad, x0, steps)
    elif method == "nelder-mead":
        path = nelder_mead(f, x0, steps)
    else:
        path = first_order(method, grad, x0, lambda t: rate(schedule, lr, t, steps), steps)
    runs.append({"function": function, "method": method, "lr": lr, "schedule": schedule, "start": list(start),
                 "iterations": steps, "path": [p.tolist() for p in path], "values": [float(f(p)) for p in path]})

out = pathlib.Path(__file__).parent / "optimizer_reference.json"
out.write_text(json.dumps({"quadratic": {"condition_number": 10.0, "angle_degrees": 30.0}, "runs": runs}, indent=0))
for r in runs:
    print(f"{r['function']:11s} {r['method']:14s} {r['schedule']:8s} final {r['path'][-1]} f={r['values'][-1]:.3g}")
