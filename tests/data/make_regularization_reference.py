#!/usr/bin/python3
"""Reference Lasso and Ridge coefficient paths on the bundled diabetes data, standardized as
scikit-learn's Lasso-path example does (columns centred and divided by their std, y centred).
Lasso: sklearn.linear_model.lasso_path, (1/2n)||y - Xw||^2 + alpha ||w||_1, with the default grid
(100 alphas, eps 1e-3) and a tight tolerance. Ridge: sklearn.linear_model.Ridge without intercept,
||y - Xw||^2 + alpha ||w||^2, on a log grid. Writes regularization_reference.json."""
import json
import os

import numpy as np
from sklearn.linear_model import Ridge, lasso_path

here = os.path.dirname(os.path.abspath(__file__))
table = np.loadtxt(os.path.join(here, "..", "..", "datasets", "diabetes", "diabetes.csv"), delimiter=",", skiprows=1)
X, y = table[:, :10], table[:, 10]
X = (X - X.mean(axis=0)) / X.std(axis=0)
y = y - y.mean()
alphas, coefs, _ = lasso_path(X, y, eps=1e-3, n_alphas=100, tol=1e-14, max_iter=1000000)
ridge_alphas = np.logspace(-2, 5, 15)
ridge = [Ridge(alpha=a, fit_intercept=False, solver="cholesky").fit(X, y).coef_.tolist() for a in ridge_alphas]
with open(os.path.join(here, "regularization_reference.json"), "w") as f:
    json.dump({"lasso_alphas": alphas.tolist(), "lasso_coefs": coefs.T.tolist(),
               "ridge_alphas": ridge_alphas.tolist(), "ridge_coefs": ridge}, f)
print("lasso alpha_max", alphas[0], "nonzero at the end", int((coefs[:, -1] != 0).sum()))
