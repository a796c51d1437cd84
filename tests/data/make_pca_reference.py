#!/usr/bin/python3
"""Reference PCA of the bundled Fashion-MNIST subset with scikit-learn (exact solver), for
tests/core/test_pca.cpp and the eigenimages lesson: pixels / 255 as 2000 × 784 float64 rows.
Writes pca_reference.json next to this script."""
import gzip
import json
import os
import struct

import numpy as np
import sklearn
from sklearn.decomposition import PCA

HERE = os.path.dirname(os.path.abspath(__file__))
DATA = os.path.join(HERE, "..", "..", "datasets", "fashion-mnist")

raw = gzip.open(os.path.join(DATA, "subset-images-idx3-ubyte.gz")).read()
_, n, rows, cols = struct.unpack(">IIII", raw[:16])
x = np.frombuffer(raw[16:], np.uint8).reshape(n, rows * cols) / 255.0
labels = np.frombuffer(gzip.open(os.path.join(DATA, "subset-labels-idx1-ubyte.gz")).read()[8:], np.uint8)


def fit(samples, k):
    pca = PCA(n_components=k, svd_solver="full").fit(samples)
    return {"n_samples": int(samples.shape[0]), "mean_head": pca.mean_[:50].tolist(),
            "mean_sum": float(pca.mean_.sum()),
            "components_head": pca.components_[:5].tolist(),
            "explained_variance": pca.explained_variance_.tolist(),
            "explained_variance_ratio": pca.explained_variance_ratio_.tolist(),
            "singular_values": pca.singular_values_.tolist(),
            "scores_first_sample": pca.transform(samples[:1])[0].tolist()}


out = {"generator": "tests/data/make_pca_reference.py", "sklearn": sklearn.__version__,
       "all": fit(x, 20), "class_0": fit(x[labels == 0], 10),
       "label_counts": np.bincount(labels, minlength=10).tolist()}
with open(os.path.join(HERE, "pca_reference.json"), "w") as f:
    json.dump(out, f)
