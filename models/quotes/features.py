"""Token features the uncased tokenizer throws away: casing, quote-mark kind, line starts."""
from __future__ import annotations

from functools import lru_cache

OPENING_MARKS = frozenset("“«„‘‚‹「『")
CLOSING_MARKS = frozenset("”»’›」』")
STRAIGHT_MARKS = frozenset("\"'`")

# Shape ids; 0 is reserved for special and padding tokens.
SHAPE_SPECIAL, SHAPE_LOWER, SHAPE_CAPITALIZED, SHAPE_UPPER, SHAPE_MIXED = 0, 1, 2, 3, 4
SHAPE_DIGIT, SHAPE_OPEN_MARK, SHAPE_CLOSE_MARK, SHAPE_STRAIGHT_MARK, SHAPE_PUNCT = 5, 6, 7, 8, 9
SHAPE_CONTINUATION_UPPER = 10
NUM_SHAPES = 11
NUM_LINE_FLAGS = 3  # 0: inside a line, 1: first token of a line, 2: first token after a blank line


@lru_cache(maxsize=65536)  # word pieces repeat heavily across documents
def word_shape(piece: str, continues_word: bool) -> int:
    """Classify the original characters of one token into a shape id."""
    if not piece:
        return SHAPE_SPECIAL
    if len(piece) == 1 and piece in OPENING_MARKS:
        return SHAPE_OPEN_MARK
    if len(piece) == 1 and piece in CLOSING_MARKS:
        return SHAPE_CLOSE_MARK
    if len(piece) == 1 and piece in STRAIGHT_MARKS:
        return SHAPE_STRAIGHT_MARK
    if any(ch.isdigit() for ch in piece):
        return SHAPE_DIGIT
    letters = [ch for ch in piece if ch.isalpha()]
    if not letters:
        return SHAPE_PUNCT
    if all(ch.isupper() for ch in letters):
        return SHAPE_CONTINUATION_UPPER if continues_word else SHAPE_UPPER
    if all(ch.islower() for ch in letters):
        return SHAPE_LOWER
    if letters[0].isupper() and all(ch.islower() for ch in letters[1:]):
        return SHAPE_CAPITALIZED
    return SHAPE_MIXED


def line_flag(text: str, start: int) -> int:
    """Say whether a token starts a line, or starts a paragraph after a blank line."""
    position = start - 1
    newlines = 0
    while position >= 0 and text[position].isspace():
        if text[position] == "\n":
            newlines += 1
        position -= 1
    if position < 0 or newlines >= 2:
        return 2
    return 1 if newlines == 1 else 0


def token_features(text: str, offsets: list[tuple[int, int]]) -> tuple[list[int], list[int]]:
    """Return (shape ids, line flags) for tokens given their character offsets."""
    shapes, flags = [], []
    previous_end = -1
    for start, end in offsets:
        if end <= start:
            shapes.append(SHAPE_SPECIAL)
            flags.append(0)
            continue
        continues_word = start == previous_end and start > 0 and text[start - 1].isalnum()
        shapes.append(word_shape(text[start:end], continues_word))
        flags.append(line_flag(text, start))
        previous_end = end
    return shapes, flags
