"""Window planning and the stitching of window scores back onto the document."""
from __future__ import annotations

import numpy as np
import pytest

from models.quotes.windows import merge_window_scores, owning_window, plan_windows


@pytest.mark.parametrize("tokens", [0, 1, 10, 254, 255, 300, 1000, 5003])
def test_every_token_owned_by_exactly_one_window(tokens):
    windows = plan_windows(tokens, 254, 64)
    owned = np.zeros(tokens, dtype=int)
    for w in windows:
        assert 0 <= w.start <= w.keep_start <= w.keep_end <= w.end <= tokens
        assert w.end - w.start <= 254
        owned[w.keep_start:w.keep_end] += 1
    assert (owned == 1).all()


def test_owned_tokens_have_context_on_both_sides():
    windows = plan_windows(2000, 254, 64)
    for index, w in enumerate(windows):
        if index > 0:
            assert w.keep_start - w.start >= 32
        if index < len(windows) - 1:
            assert w.end - w.keep_end >= 32


def test_merge_takes_each_token_from_its_owner():
    windows = plan_windows(600, 254, 64)
    scores = [np.full((w.end - w.start, 1), float(i)) for i, w in enumerate(windows)]
    merged = merge_window_scores(windows, scores, 600)
    for token in (0, 150, 299, 300, 599):
        assert merged[token, 0] == owning_window(windows, token)


def test_bad_sizes_are_rejected():
    with pytest.raises(ValueError):
        plan_windows(10, 64, 64)
