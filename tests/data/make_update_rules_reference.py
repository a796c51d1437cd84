"""Reference for the networks' update rules (tests/core/test_update_rules.cpp), computed once with numpy in
float64: a dense 20 -> 8 -> ReLU -> 10 network with softmax cross-entropy, parameters laid out as Gradus
lays them out (each dense layer's kernel, outputs x inputs row by row, then its bias), theta_k =
0.3 sin(1.3k + 0.5); 32 samples x_ij = 0.5 + 0.5 sin(0.7i + 1.1j), label i mod 10; one batch of all 32 per
epoch (so the batch order cannot matter), 3 epochs of each rule in optax's form:
  sgd       theta -= lr g
  momentum  v = mu v + g; theta -= lr v
  nesterov  v = mu v + g; theta -= lr (g + mu v)
  adam      m, v with bias correction; theta -= lr m^/(sqrt(v^) + eps)
  adamw     theta -= lr (m^/(sqrt(v^) + eps) + wd theta)
  lion      u = sign(b1 m + (1 - b1) g); theta -= lr (u + wd theta); m = b2 m + (1 - b2) g
Run: /usr/bin/python3 tests/data/make_update_rules_reference.py > tests/data/update_rules_reference.json"""
import json

import numpy as np

N_IN, N_HIDDEN, N_OUT, N = 20, 8, 10, 32
SIZES = [(N_HIDDEN, N_IN), (N_OUT, N_HIDDEN)]
COUNT = sum(o * i + o for o, i in SIZES)
THETA0 = 0.3 * np.sin(1.3 * np.arange(COUNT) + 0.5)
i, j = np.meshgrid(np.arange(N), np.arange(N_IN), indexing="ij")
X = 0.5 + 0.5 * np.sin(0.7 * i + 1.1 * j)
Y = np.arange(N) % 10


def unpack(theta):
    out, at = [], 0
    for o, n in SIZES:
        W = theta[at:at + o * n].reshape(o, n)
        at += o * n
        b = theta[at:at + o]
        at += o
        out.append((W, b))
    return out


def loss_and_gradient(theta):
    (W1, b1), (W2, b2) = unpack(theta)
    z = X @ W1.T + b1
    h = np.maximum(z, 0)
    logits = h @ W2.T + b2
    logits = logits - logits.max(axis=1, keepdims=True)
    p = np.exp(logits)
    p /= p.sum(axis=1, keepdims=True)
    loss = -np.mean(np.log(p[np.arange(N), Y]))
    d = p.copy()
    d[np.arange(N), Y] -= 1
    d /= N
    gW2, gb2 = d.T @ h, d.sum(axis=0)
    dh = d @ W2 * (z > 0)
    gW1, gb1 = dh.T @ X, dh.sum(axis=0)
    return loss, np.concatenate([gW1.ravel(), gb1, gW2.ravel(), gb2])


def run(rule, lr, epochs=3, mu=0.9, b1=0.9, b2=0.999, eps=1e-8, wd=0.0, lion_b2=0.99):
    theta = THETA0.copy()
    m = np.zeros(COUNT)
    v = np.zeros(COUNT)
    losses = [loss_and_gradient(theta)[0]]
    for t in range(1, epochs + 1):
        _, g = loss_and_gradient(theta)
        if rule == "sgd":
            theta = theta - lr * g
        elif rule in ("momentum", "nesterov"):
            m = mu * m + g
            theta = theta - lr * (g + mu * m if rule == "nesterov" else m)
        elif rule in ("adam", "adamw"):
            m = b1 * m + (1 - b1) * g
            v = b2 * v + (1 - b2) * g * g
            theta = theta - lr * ((m / (1 - b1 ** t)) / (np.sqrt(v / (1 - b2 ** t)) + eps) + wd * theta)
        else:  # lion
            u = np.sign(b1 * m + (1 - b1) * g)
            theta = theta - lr * (u + wd * theta)
            m = lion_b2 * m + (1 - lion_b2) * g
        losses.append(loss_and_gradient(theta)[0])
    return {"losses": losses, "theta": list(theta)}


print(json.dumps({
    "theta0_first": list(THETA0[:4]),
    "sgd": run("sgd", 0.1),
    "momentum": run("momentum", 0.05),
    "nesterov": run("nesterov", 0.05),
    "adam": run("adam", 0.01),
    "adamw": run("adamw", 0.01, wd=0.1),
    "lion": run("lion", 0.003, wd=0.1),
}))
