"""Scores to spans: constrained Viterbi over BIO tags, then token spans with confidences."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .labels import ROLES, TAGS

NEG = -1e9


def allowed_transitions() -> np.ndarray:
    """[from, to] matrix: 0 where allowed, a large negative number where BIO forbids it."""
    matrix = np.zeros((len(TAGS), len(TAGS)), dtype=np.float32)
    for to, tag in enumerate(TAGS):
        if tag.startswith("I-"):
            role = tag[2:]
            for source, previous in enumerate(TAGS):
                if previous not in (f"B-{role}", f"I-{role}"):
                    matrix[source, to] = NEG
    return matrix


TRANSITIONS = allowed_transitions()
START = np.array([NEG if tag.startswith("I-") else 0.0 for tag in TAGS], dtype=np.float32)


def log_softmax(logits: np.ndarray) -> np.ndarray:
    """Row-wise log-softmax."""
    shifted = logits - logits.max(axis=-1, keepdims=True)
    return shifted - np.log(np.exp(shifted).sum(axis=-1, keepdims=True))


def viterbi(log_probs: np.ndarray) -> np.ndarray:
    """Best tag sequence under BIO constraints for [tokens, tags] log-probabilities."""
    num_tokens = log_probs.shape[0]
    if num_tokens == 0:
        return np.zeros(0, dtype=np.int64)
    score = START + log_probs[0]
    back = np.zeros((num_tokens, len(TAGS)), dtype=np.int64)
    for t in range(1, num_tokens):
        candidates = score[:, None] + TRANSITIONS
        back[t] = candidates.argmax(axis=0)
        score = candidates.max(axis=0) + log_probs[t]
    path = np.zeros(num_tokens, dtype=np.int64)
    path[-1] = int(score.argmax())
    for t in range(num_tokens - 1, 0, -1):
        path[t - 1] = back[t, path[t]]
    return path


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
