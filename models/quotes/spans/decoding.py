"""Scores to spans: constrained Viterbi over BIO tags, then token spans with confidences."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..labels import ROLES, TAGS

NEG = -1e9


def inside_transitions() -> tuple[tuple[int, int, int], ...]:
    """(I-role, B-role, I-role) ids: an inside tag may follow only its own B or I; any tag may follow others."""
    return tuple((TAGS.index(f"I-{role}"), TAGS.index(f"B-{role}"), TAGS.index(f"I-{role}")) for role in ROLES)


INSIDE_TRANSITIONS = inside_transitions()
STARTS_ALLOWED = tuple(not tag.startswith("I-") for tag in TAGS)


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise log-softmax."""
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def viterbi(log_probs: np.ndarray) -> np.ndarray:
    """Best tag sequence under BIO constraints for [tokens, tags] log-probabilities.

    Plain Python over lists: transitions are only allowed or forbidden, so each step is one max
    over the previous scores plus a two-way choice per inside tag, far cheaper than numpy calls.
    """
    num_tokens = log_probs.shape[0]
    if num_tokens == 0:
        return np.zeros(0, dtype=np.int64)
    rows = log_probs.tolist()
    score = [value if allowed else NEG for value, allowed in zip(rows[0], STARTS_ALLOWED)]
    back = []
    for row in rows[1:]:
        top = max(score)
        best = score.index(top)  # first maximum, as argmax breaks ties
        pointers = [best] * len(row)
        new_score = [top + value for value in row]
        for inside, begin, same in INSIDE_TRANSITIONS:
            pointer = begin if score[begin] >= score[same] else same
            pointers[inside] = pointer
            new_score[inside] = score[pointer] + row[inside]
        score = new_score
        back.append(pointers)
    path = [score.index(max(score))]
    for pointers in reversed(back):
        path.append(pointers[path[-1]])
    return np.asarray(path[::-1], dtype=np.int64)


@dataclass(frozen=True)
class TokenSpan:
    """A decoded role span over tokens [start, end) with the mean probability of its tags."""

    role: str
    start: int
    end: int
    score: float


def spans_from_tags(path: np.ndarray, probs: np.ndarray) -> list[TokenSpan]:
    """Read B/I runs off a tag path; the score is the mean probability of the chosen tags."""
    spans = []
    start, role = None, None
    for t, tag_id in enumerate(list(path) + [0]):
        tag = TAGS[tag_id]
        if start is not None and not (tag.startswith("I-") and tag[2:] == role):
            chosen = probs[np.arange(start, t), path[start:t]]
            spans.append(TokenSpan(role, start, t, float(chosen.mean())))
            start, role = None, None
        if tag.startswith("B-"):
            start, role = t, tag[2:]
    return spans


def decode_spans(logits: np.ndarray) -> list[TokenSpan]:
    """Tag logits [tokens, tags] to role spans in token order."""
    log_probs = log_softmax(logits.astype(np.float32))
    return spans_from_tags(viterbi(log_probs), np.exp(log_probs))


def by_role(spans: list[TokenSpan]) -> dict[str, list[TokenSpan]]:
    """Group spans by role, each list in token order."""
    return {role: [s for s in spans if s.role == role] for role in ROLES}
