#!/usr/bin/python3
"""Reference for the pca-lda lesson's `seed` preset, the course notebook PCA_intuition.ipynb's "PCA fails"
picture, computed once with numpy 1.24: np.random.seed(4); two clusters of 20 points randn(20, 2) @
diag(1.1, 0.2), the second shifted by (0, 2); PCA's first direction from the centred points' covariance,
and the notebook's "variance of the projections" |X_std w|^2 (a sum) at that direction and across the
clusters (90 degrees). Writes pca_lda_seed_reference.json."""
import json
import math
import os

import numpy as np

np.random.seed(4)
a = np.random.randn(20, 2) @ np.diag([1.1, 0.2])
b = np.random.randn(20, 2) @ np.diag([1.1, 0.2]) + np.array([0, 2])
x = np.vstack([a, b])
centred = x - x.mean(axis=0)
values, vectors = np.linalg.eigh(centred.T @ centred)
pc1 = vectors[:, np.argmax(values)]
if abs(pc1[0]) < abs(pc1[1]) and pc1[1] < 0 or abs(pc1[0]) >= abs(pc1[1]) and pc1[0] < 0:
    pc1 = -pc1
angle = math.degrees(math.atan2(pc1[1], pc1[0]))


def spread(degrees):
    w = np.array([math.cos(math.radians(degrees)), math.sin(math.radians(degrees))])
    return float(((centred @ w) ** 2).sum())


out = {"points": x.tolist(), "pc1": pc1.tolist(), "pc1_degrees": angle, "sum_of_squares_pc1": spread(angle),
       "sum_of_squares_78": spread(78.0)}
print(angle, spread(angle), spread(78.0))
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pca_lda_seed_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
