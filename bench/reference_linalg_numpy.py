#!/usr/bin/python3
"""Reference timings for bench_linalg and bench_image: numpy's LAPACK gesdd and scikit-learn's
randomized SVD / PCA on the same shapes, on this machine. Run with Debian's /usr/bin/python3."""
import time

import numpy as np
from sklearn.decomposition import PCA
from sklearn.utils.extmath import randomized_svd


def best_of(fn, repeats=3):
    best = float("inf")
    for _ in range(repeats):
        t = time.perf_counter()
        fn()
        best = min(best, time.perf_counter() - t)
    return best * 1000


rng = np.random.default_rng(1)
a = rng.random((1080, 1920), dtype=np.float32)
print(f"numpy FullSvdGesdd/1080/1920: {best_of(lambda: np.linalg.svd(a, full_matrices=False)):.0f} ms")
b = rng.random((512, 512), dtype=np.float32)
print(f"numpy FullSvdGesdd/512/512: {best_of(lambda: np.linalg.svd(b, full_matrices=False)):.1f} ms")
print(f"sklearn randomized_svd/1080/1920/200: {best_of(lambda: randomized_svd(a, 200, random_state=0)):.0f} ms")
cats = rng.random((29843, 4096), dtype=np.float32)
print(f"sklearn PCA(100, randomized)/29843/4096: "
      f"{best_of(lambda: PCA(100, svd_solver='randomized', random_state=0).fit(cats), 1):.0f} ms")
fashion = rng.random((60000, 784), dtype=np.float32)
print(f"sklearn PCA(100, randomized)/60000/784: "
      f"{best_of(lambda: PCA(100, svd_solver='randomized', random_state=0).fit(fashion), 1):.0f} ms")
print(f"sklearn PCA(full)/60000/784: {best_of(lambda: PCA(svd_solver='full').fit(fashion), 1):.0f} ms")
