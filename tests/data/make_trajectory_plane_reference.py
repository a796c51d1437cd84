#!/usr/bin/python3
"""Reference for core::models::trajectoryPlane (tests/core/test_models.cpp): the plane of a training
trajectory as Li et al. (2018) compute it, with scikit-learn's PCA on the differences θ_k − θ̂ and the
uncentred differences projected on its two components. The 'trajectory' is a formula, so that the
test can rebuild it without a random generator: θ_i[k] = cos(0.7·k·(i + 1)) + 0.1·i·sin(0.13·k) +
0.05·i², i = 0 (the initial weights) … 6, k = 0 … 49; θ̂ = θ_6. Signs: the start at α ≤ 0, β ≤ 0.
Run: /usr/bin/python3 tests/data/make_trajectory_plane_reference.py (Debian's python3-sklearn)."""
import json
import os

import numpy as np
from sklearn.decomposition import PCA

points = np.array([[np.cos(0.7 * k * (i + 1)) + 0.1 * i * np.sin(0.13 * k) + 0.05 * i * i for k in range(50)]
                   for i in range(7)], dtype=np.float32).astype(np.float64)
differences = points - points[-1]
pca = PCA(n_components=2).fit(differences)
components = pca.components_.copy()
projections = differences @ components.T
for c in range(2):
    if projections[0, c] > 0:
        projections[:, c] *= -1
        components[c] *= -1
out = {
    "explained": pca.explained_variance_ratio_.tolist(),
    "alphas": projections[:, 0].tolist(),
    "betas": projections[:, 1].tolist(),
    "first": components[0].tolist(),
    "second": components[1].tolist(),
}
with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "trajectory_plane_reference.json"), "w") as f:
    json.dump(out, f, indent=1)
print(out["explained"], out["alphas"][0], out["betas"][0])
