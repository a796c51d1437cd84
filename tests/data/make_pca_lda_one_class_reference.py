#!/usr/bin/python3
"""Reference for pca-lda's one-class mode (preset seed-one-class): PCA_intuition.ipynb's cloud re-computed with
numpy. np.random.seed(42); X = randn(30, 2) @ cholesky([[1, .6], [.6, .6]]) + (1, 1) (the factor applied on the
right, as the notebook does); the first principal direction from np.cov; the variance of the projections on the
line at each whole degree 0..180 (the notebook's title shows (n - 1) times it, the sum ||X_std w||^2).
Run: /usr/bin/python3 tests/data/make_pca_lda_one_class_reference.py"""
import json
import os

import numpy as np

np.random.seed(42)
X = np.random.randn(30, 2) @ np.linalg.cholesky(np.array([[1, .6], [.6, .6]])) + np.array([1, 1])
C = np.cov(X.T)
values, vectors = np.linalg.eigh(C)
pc1 = vectors[:, -1] * np.sign(vectors[0, -1])
angles = np.radians(np.arange(0, 181))
variance = [float(np.array([np.cos(a), np.sin(a)]) @ C @ np.array([np.cos(a), np.sin(a)])) for a in angles]
out = {"points": X.tolist(), "mean": X.mean(axis=0).tolist(), "pc1": pc1.tolist(), "eigenvalues": values[::-1].tolist(),
       "variance_by_angle": variance}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pca_lda_one_class_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print(out["mean"], np.degrees(np.arctan2(pc1[1], pc1[0])), 29 * max(variance), 29 * min(variance), 29 * variance[0])
