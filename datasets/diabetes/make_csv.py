#!/usr/bin/python3
"""Writes diabetes.csv from the copy of the diabetes data that scikit-learn ships
(Debian package python3-sklearn): ten baseline variables of 442 patients and the
disease progression one year later, unscaled (scikit-learn's raw file)."""
import gzip
import os

import sklearn

data_dir = os.path.join(os.path.dirname(sklearn.__file__), "datasets", "data")
with gzip.open(os.path.join(data_dir, "diabetes_data_raw.csv.gz"), "rt") as f:
    rows = [line.split() for line in f if line.strip()]
with gzip.open(os.path.join(data_dir, "diabetes_target.csv.gz"), "rt") as f:
    target = [float(line) for line in f if line.strip()]
assert len(rows) == len(target) == 442
names = ["age", "sex", "bmi", "bp", "s1", "s2", "s3", "s4", "s5", "s6", "progression"]
out = os.path.join(os.path.dirname(os.path.abspath(__file__)), "diabetes.csv")
with open(out, "w") as f:
    f.write(",".join(names) + "\n")
    for row, y in zip(rows, target):
        f.write(",".join(row) + "," + ("%g" % y) + "\n")
print("wrote", out)
