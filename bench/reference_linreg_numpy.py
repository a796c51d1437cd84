#!/usr/bin/python3
"""Reference for bench_core's LinRegDescent: the same 10,000 gradient steps written the way a
notebook would (numpy, one vectorised gradient per step). Prints microseconds per run."""
import timeit

import numpy as np

rng = np.random.default_rng(1)
for n in (50, 100_000):
    x = rng.uniform(0.0, 3.0, n)
    y = 2.0 * x + 1.0 + rng.normal(0.0, 0.5, n)

    def descend():
        theta = np.array([-1.0, 5.0])
        for _ in range(10_000):
            residual = theta[0] * x + theta[1] - y
            gradient = 2.0 / n * np.array([residual @ x, residual.sum()])
            theta = theta - 0.25 * gradient
        return theta

    runs = 3 if n > 1000 else 10
    seconds = min(timeit.repeat(descend, number=1, repeat=runs))
    print(f"numpy LinRegDescent/{n}/10000: {seconds * 1e6:.0f} us")
