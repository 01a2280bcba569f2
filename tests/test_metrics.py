"""Evaluation metrics and calibration on hand-made cases."""
from __future__ import annotations

import numpy as np

from models.evaluation.metrics import char_set, exact_counts, match_by_jaccard, trim
from models.quotes.calibration import expected_calibration_error, fit_platt


def test_trim_strips_marks_punctuation_and_spaces():
    text = ' “Hello, world.” '
    assert text[slice(*trim(text, 0, len(text)))] == "Hello, world"


def test_exact_counts_after_trimming():
    text = "“Yes,” he said."
    assert exact_counts(text, [(0, 6)], [(1, 4)]) == (1, 1, 1)


def test_jaccard_matching_is_one_to_one():
    text = "a" * 100
    predicted = [char_set(text, [(0, 50)]), char_set(text, [(0, 45)])]
    gold = [char_set(text, [(0, 48)])]
    assert match_by_jaccard(predicted, gold) == [(0, 0)]


def test_platt_scaling_reduces_calibration_error():
    rng = np.random.default_rng(0)
    scores = rng.uniform(0.5, 1.0, 2000)
    correct = rng.uniform(0, 1, 2000) < (scores - 0.4)  # overconfident raw scores
    platt = fit_platt(scores, correct)
    after = np.array([platt(s) for s in scores])
    assert expected_calibration_error(after, correct) < expected_calibration_error(scores, correct) / 2
