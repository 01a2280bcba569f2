"""Casing, quote-mark and line features recovered for the uncased tokenizer."""
from __future__ import annotations

from models.quotes import features as f


def test_shapes():
    text = "Merkel said “NATO” ok «x» 2016 ."
    offsets = [(0, 6), (7, 11), (12, 13), (13, 17), (17, 18), (19, 21), (22, 23), (23, 24), (24, 25), (26, 30), (31, 32)]
    shapes, _ = f.token_features(text, offsets)
    assert shapes == [f.SHAPE_CAPITALIZED, f.SHAPE_LOWER, f.SHAPE_OPEN_MARK, f.SHAPE_UPPER, f.SHAPE_CLOSE_MARK,
                      f.SHAPE_LOWER, f.SHAPE_OPEN_MARK, f.SHAPE_LOWER, f.SHAPE_CLOSE_MARK, f.SHAPE_DIGIT, f.SHAPE_PUNCT]


def test_line_flags():
    text = "Head\nNext line\n\nNew paragraph"
    _, flags = f.token_features(text, [(0, 4), (5, 9), (10, 14), (16, 19)])
    assert flags == [2, 1, 0, 2]
