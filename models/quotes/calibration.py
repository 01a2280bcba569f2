"""Platt scaling of raw scores into calibrated probabilities, and the error it is judged by."""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np


def logit(p: np.ndarray) -> np.ndarray:
    """Log-odds of probabilities clipped away from 0 and 1."""
    p = np.clip(p, 1e-6, 1 - 1e-6)
    return np.log(p / (1 - p))


@dataclass(frozen=True)
class Platt:
    """p' = sigmoid(a * logit(p) + b); the identity by default."""

    a: float = 1.0
    b: float = 0.0

    def __call__(self, p: float) -> float:
        """Calibrated probability for one raw score."""
        return 1.0 / (1.0 + math.exp(-(self.a * float(logit(np.array([p]))[0]) + self.b)))


def fit_platt(scores: np.ndarray, correct: np.ndarray, steps: int = 2000, lr: float = 0.1) -> Platt:
    """Fit a and b by gradient descent on log-loss."""
    x, y = logit(np.asarray(scores, dtype=np.float64)), np.asarray(correct, dtype=np.float64)
    a, b = 1.0, 0.0
    for _ in range(steps):
        p = 1.0 / (1.0 + np.exp(-(a * x + b)))
        a -= lr * float(np.mean((p - y) * x))
        b -= lr * float(np.mean(p - y))
    return Platt(a, b)


def expected_calibration_error(probabilities: np.ndarray, correct: np.ndarray, bins: int = 10) -> float:
    """ECE over equal-width bins."""
    probabilities, correct = np.asarray(probabilities, dtype=np.float64), np.asarray(correct, dtype=np.float64)
    if len(probabilities) == 0:
        return 0.0
    edges = np.linspace(0, 1, bins + 1)
    which = np.clip(np.digitize(probabilities, edges[1:-1]), 0, bins - 1)
    error = 0.0
    for b in range(bins):
        mask = which == b
        if mask.any():
            error += mask.mean() * abs(probabilities[mask].mean() - correct[mask].mean())
    return float(error)
