#!/usr/bin/python3
"""Reference PCA and LDA directions for the pca-lda lesson's default clouds, computed once with
scikit-learn: two elongated Gaussian clouds of 100 points each (np.random.seed(42); z =
np.random.normal(0, 1, 400); class 0 from the first 200 values as (along, across) pairs, class 1
from the rest), spread 3 along the direction at 30 degrees, width 0.5 across it, means at -1 and +1
across it (separation 2). Writes pca_lda_reference.json (the points too)."""
import json
import os

import numpy as np
from sklearn.decomposition import PCA
from sklearn.discriminant_analysis import LinearDiscriminantAnalysis

np.random.seed(42)
n, separation, spread, width, angle = 100, 2.0, 3.0, 0.5, np.radians(30)
z = np.random.normal(0, 1, 4 * n).reshape(2 * n, 2)
along = np.array([np.cos(angle), np.sin(angle)])
across = np.array([-np.sin(angle), np.cos(angle)])
labels = np.repeat([0, 1], n)
centres = np.where(labels[:, None] == 0, -0.5, 0.5) * separation * across
points = centres + spread * z[:, :1] * along + width * z[:, 1:] * across

pca = PCA(n_components=2).fit(points)
lda = LinearDiscriminantAnalysis(solver="eigen").fit(points, labels)
w = lda.scalings_[:, 0]
w = w / np.linalg.norm(w)


def fisher(d):
    y = points @ d
    m0, m1 = y[labels == 0].mean(), y[labels == 1].mean()
    return (m1 - m0) ** 2 / (((y[labels == 0] - m0) ** 2).mean() + ((y[labels == 1] - m1) ** 2).mean())


with open(os.path.join(os.path.dirname(os.path.abspath(__file__)), "pca_lda_reference.json"), "w") as f:
    json.dump({"points": points.tolist(), "labels": labels.tolist(), "mean": points.mean(axis=0).tolist(),
               "pca_direction": pca.components_[0].tolist(),
               "explained_variance_ratio": float(pca.explained_variance_ratio_[0]),
               "explained_variance": float(pca.explained_variance_[0]),
               "lda_direction": w.tolist(), "fisher_ratio_pca": fisher(pca.components_[0]), "fisher_ratio_lda": fisher(w)}, f)
print("pca", pca.components_[0], "lda", w, "fisher", fisher(pca.components_[0]), fisher(w))
