"""Overlapping token windows over whole documents, and merging their scores back."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np


@dataclass(frozen=True)
class Window:
    """A slice [start, end) of the document's tokens, and the part [keep_start, keep_end) it owns."""

    start: int
    end: int
    keep_start: int
    keep_end: int


def plan_windows(num_tokens: int, size: int, overlap: int) -> list[Window]:
    """Cover num_tokens with windows of at most `size` tokens sharing `overlap` tokens.

    Each token is owned by exactly one window: the one where it sits furthest from an
    edge, so every token is scored with at least overlap/2 tokens of context when the
    document is long enough.
    """
    if size <= 0 or overlap < 0 or overlap >= size:
        raise ValueError("need size > overlap >= 0")
    if num_tokens <= size:
        return [Window(0, num_tokens, 0, num_tokens)]
    stride = size - overlap
    starts = list(range(0, num_tokens - size, stride)) + [num_tokens - size]
    windows = []
    for index, start in enumerate(starts):
        end = start + size
        keep_start = 0 if index == 0 else (start + windows[-1].end) // 2
        if index > 0:
            previous = windows[-1]
            windows[-1] = Window(previous.start, previous.end, previous.keep_start, keep_start)
        windows.append(Window(start, end, keep_start, num_tokens))
    return windows


def merge_window_scores(windows: list[Window], scores: list[np.ndarray], num_tokens: int) -> np.ndarray:
    """Stitch per-window token scores [window_len, labels] into one [num_tokens, labels] array."""
    if not scores:
        return np.zeros((num_tokens, 0), dtype=np.float32)
    merged = np.zeros((num_tokens, scores[0].shape[-1]), dtype=np.float32)
    for window, window_scores in zip(windows, scores):
        lo, hi = window.keep_start, window.keep_end
        merged[lo:hi] = window_scores[lo - window.start : hi - window.start]
    return merged


def owning_window(windows: list[Window], token: int) -> int:
    """Index of the window that owns a token."""
    for index, window in enumerate(windows):
        if window.keep_start <= token < window.keep_end:
            return index
    raise IndexError(token)
