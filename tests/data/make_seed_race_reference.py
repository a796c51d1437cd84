#!/usr/bin/python3
"""Reference for the optimizers lesson's `seed` preset, written independently in numpy (float64) from the
update rules of the course notebook SG_animation.ipynb: Rosenbrock (1 - x)^2 + 100 (y - x^2)^2 from
(0.1, 3.0), step 3e-3 for every method, 2,000 iterations, exact gradients.
  Fromage (Bernstein et al. 2020; optax.fromage, min_norm 1e-6): w+ = (w - lr |w|/|g| g) / sqrt(1 + lr^2)
  AdamW (optax defaults, weight decay 1e-4): bias-corrected Adam step plus lr * 1e-4 * w
  NAG-GS (Leplat et al. 2022), alpha = lr, mu = gamma0 = 150: x+ = (x + a v)/(1 + a);
      v+ = (gamma v + a mu x+ - a grad(x+)) / (gamma + a mu); gamma+ = (gamma + a mu)/(1 + a); v0 = x0
  Lion (optax defaults b1 0.9, b2 0.99, weight decay 1e-3): w+ = w - lr (sign(0.9 m + 0.1 g) + 1e-3 w)
The notebook runs in float32; these are float64 and are compared with our float64 runs. Writes
seed_race_reference.json: every 100th point, the last, and f at the last."""
import json
import math
import os

import numpy as np


def f(p):
    return (1 - p[0]) ** 2 + 100 * (p[1] - p[0] ** 2) ** 2


def grad(p):
    x, y = p
    return np.array([-2 * (1 - x) - 400 * x * (y - x * x), 200 * (y - x * x)])


def run(name, steps=2000, lr=3e-3, start=(0.1, 3.0)):
    w = np.array(start, dtype=float)
    path = [w.copy()]
    m = np.zeros(2)
    v2 = np.zeros(2)
    v = w.copy()
    gamma = 150.0
    for t in range(1, steps + 1):
        if name == "fromage":
            g = grad(w)
            trust = max(np.linalg.norm(w), 1e-6) / max(np.linalg.norm(g), 1e-6)
            w = (1 / math.sqrt(1 + lr * lr)) * (w - lr * trust * g)
        elif name == "adamw":
            g = grad(w)
            decayed = w * (1 - lr * 1e-4)
            m = 0.9 * m + (1 - 0.9) * g
            v2 = 0.999 * v2 + (1 - 0.999) * g * g
            w = decayed - lr * (m / (1 - 0.9 ** t)) / (np.sqrt(v2 / (1 - 0.999 ** t)) + 1e-8)
        elif name == "nag-gs":
            a, mu = lr, 150.0
            nxt = (1 / (1 + a)) * (w + a * v)
            g = grad(nxt)
            v = (1 / (gamma + a * mu)) * (gamma * v + a * mu * nxt - a * g)
            gamma = (gamma + a * mu) / (1 + a)
            w = nxt
        elif name == "lion":
            g = grad(w)
            c = 0.9 * m + (1 - 0.9) * g
            w = (1 - lr * 1e-3) * w - lr * np.sign(c)
            m = 0.99 * m + (1 - 0.99) * g
        path.append(w.copy())
    return path


out = {"function": "rosenbrock", "start": [0.1, 3.0], "lr": 3e-3, "iterations": 2000, "methods": {}}
for name in ("fromage", "adamw", "nag-gs", "lion"):
    path = run(name)
    out["methods"][name] = {"every_100": [list(p) for p in path[::100]], "last": list(path[-1]), "f_last": f(path[-1])}
    print(name, path[1794], path[-1], f(path[-1]))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "seed_race_reference.json"), "w") as out_file:
    json.dump(out, out_file, indent=1)
