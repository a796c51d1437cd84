#!/usr/bin/python3
"""References for the quantization lesson's core (tests/core/test_quantization.cpp), made once with
numpy, scipy and scikit-learn (Debian's python3-numpy, python3-scipy, python3-sklearn):

- Kashin's representation of a small heavy-tailed matrix X = U + Q1 V Q2^T in the orthonormal DCT-II
  basis (scipy.fft.dct, norm="ortho"), by Lyubarskii and Vershynin's truncation in the frame [I, Q]/sqrt 2
  (eta 0.6, delta 1): the factors and the relative residual after every step;
- one-dimensional k-means (Lloyd) from given initial centroids, by scikit-learn's KMeans.

Run: /usr/bin/python3 tests/data/make_quantization_reference.py > tests/data/quantization_reference.json
"""
import json

import numpy as np
from scipy.fft import dct
from sklearn.cluster import KMeans


def dct_basis(n):
    # columns are the cosine basis vectors: Q = C^T with C the DCT-II matrix
    return dct(np.eye(n), norm="ortho", axis=0).T


def kashin(x, q1, q2, eta, delta, iterations, tolerance=1e-12):
    level = np.linalg.norm(x) / np.sqrt(2 * delta * 2 * x.size)
    u = np.zeros_like(x)
    v = np.zeros_like(x)
    residual = x.copy()
    residuals = [1.0]
    for _ in range(iterations):
        step_u = np.clip(residual / 2, -level, level)
        step_v = np.clip(q1.T @ residual @ q2 / 2, -level, level)
        u += step_u
        v += step_v
        residual -= step_u + q1 @ step_v @ q2.T
        residuals.append(np.linalg.norm(residual) / np.linalg.norm(x))
        level *= eta
        if residuals[-1] <= tolerance:
            break
    return u, v, residuals


rng = np.random.default_rng(2024)
x = rng.standard_t(3, size=(12, 10))
u, v, residuals = kashin(x, dct_basis(12), dct_basis(10), 0.6, 1.0, 60)

values = np.concatenate([rng.normal(0, 1, 30), rng.normal(6, 0.5, 8), [25.0, -14.0]])
init = np.array([-3.0, -1.0, 0.5, 2.0, 7.0])
km = KMeans(n_clusters=len(init), init=init.reshape(-1, 1), n_init=1, algorithm="lloyd", tol=0.0, max_iter=1000)
km.fit(values.reshape(-1, 1))

print(json.dumps({
    "x": x.tolist(),  # row by row
    "eta": 0.6, "delta": 1.0,
    "u": u.tolist(), "v": v.tolist(),
    "residuals": residuals,
    "dct4": dct_basis(4).tolist(),
    "kmeans_values": values.tolist(),
    "kmeans_init": init.tolist(),
    "kmeans_centroids": sorted(km.cluster_centers_.ravel().tolist()),
}, indent=1))
