"""Span metrics for attribution: trimmed exact-match F1, Jaccard-matched content F1, source accuracy."""
from __future__ import annotations

from dataclasses import dataclass, field

TRIM = set(" \t\n\r\u00a0.,;:!?\"'“”‘’«»„‚‹›—–-…()[]")


def trim(text: str, start: int, end: int) -> tuple[int, int]:
    """Shrink [start, end) past quote marks, punctuation and spaces at both ends."""
    while start < end and text[start] in TRIM:
        start += 1
    while end > start and text[end - 1] in TRIM:
        end -= 1
    return start, end


@dataclass
class Counts:
    """True positives, predictions and gold items, summed over documents."""

    tp: int = 0
    predicted: int = 0
    gold: int = 0

    def add(self, tp: int, predicted: int, gold: int) -> None:
        """Accumulate one document's counts."""
        self.tp += tp
        self.predicted += predicted
        self.gold += gold

    def scores(self) -> dict[str, float]:
        """Precision, recall and F1."""
        p = self.tp / self.predicted if self.predicted else 0.0
        r = self.tp / self.gold if self.gold else 0.0
        f = 2 * p * r / (p + r) if p + r else 0.0
        return {"precision": round(p, 4), "recall": round(r, 4), "f1": round(f, 4),
                "tp": self.tp, "predicted": self.predicted, "gold": self.gold}


def exact_counts(text: str, predicted: list[tuple[int, int]], gold: list[tuple[int, int]]) -> tuple[int, int, int]:
    """Exact matches between trimmed span sets."""
    p = {trim(text, s, e) for s, e in predicted} - {(x, x) for x in range(len(text) + 1)}
    g = {trim(text, s, e) for s, e in gold} - {(x, x) for x in range(len(text) + 1)}
    return len(p & g), len(p), len(g)


def char_set(text: str, fragments: list[tuple[int, int]]) -> frozenset[int]:
    """Characters covered by trimmed fragments."""
    chars = set()
    for s, e in fragments:
        s, e = trim(text, s, e)
        chars.update(range(s, e))
    return frozenset(chars)


def jaccard(a: frozenset[int], b: frozenset[int]) -> float:
    """|a & b| / |a | b|."""
    union = len(a | b)
    return len(a & b) / union if union else 0.0


def match_by_jaccard(predicted: list[frozenset[int]], gold: list[frozenset[int]],
                     threshold: float = 0.5) -> list[tuple[int, int]]:
    """Greedy one-to-one matching, best Jaccard first, keeping pairs at or above the threshold."""
    pairs = []
    for i, p in enumerate(predicted):
        for j, g in enumerate(gold):
            if p & g:
                score = jaccard(p, g)
                if score >= threshold:
                    pairs.append((score, i, j))
    used_p, used_g, matches = set(), set(), []
    for _, i, j in sorted(pairs, reverse=True):
        if i not in used_p and j not in used_g:
            used_p.add(i)
            used_g.add(j)
            matches.append((i, j))
    return matches


@dataclass
class Accuracy:
    """Correct out of total."""

    correct: int = 0
    total: int = 0
    extra: dict = field(default_factory=dict)

    def add(self, ok: bool) -> None:
        """Count one item."""
        self.correct += int(ok)
        self.total += 1

    def value(self) -> dict[str, float]:
        """Share correct, with the counts."""
        return {"accuracy": round(self.correct / self.total, 4) if self.total else 0.0,
                "correct": self.correct, "total": self.total}
