"""Choose, for each content span, its source and its cue among the decoded spans (or none)."""
from __future__ import annotations

from dataclasses import dataclass

import torch

from .decoding import TokenSpan
from .network import SpanLinker, distance_bucket

MAX_LINK_DISTANCE = 120  # tokens; the gap in PolNeAR train is at most 72


@dataclass(frozen=True)
class Link:
    """The chosen candidate index (None for 'none') and its probability."""

    index: int | None
    probability: float


def link_spans(linker: SpanLinker, hidden: torch.Tensor, anchors: list[TokenSpan],
               candidates: list[TokenSpan]) -> list[Link]:
    """Softmax over 'none' plus every candidate in reach, for every anchor."""
    if not anchors:
        return []
    anchor_pairs = [(a.start, a.end) for a in anchors]
    candidate_pairs = [(c.start, c.end) for c in candidates]
    buckets = torch.tensor([[distance_bucket(a, c) for c in candidate_pairs] for a in anchor_pairs],
                           dtype=torch.long).reshape(len(anchors), len(candidates))
    with torch.inference_mode():
        logits = linker(hidden, torch.tensor(anchor_pairs), torch.tensor(candidate_pairs, dtype=torch.long).reshape(-1, 2),
                        buckets)
        for i, a in enumerate(anchor_pairs):
            for j, c in enumerate(candidate_pairs):
                if max(c[0] - a[1], a[0] - c[1]) > MAX_LINK_DISTANCE:
                    logits[i, j + 1] = float("-inf")
        probs = torch.softmax(logits.float(), dim=-1)
    links = []
    for row in probs:
        best = int(row.argmax())
        links.append(Link(None if best == 0 else best - 1, float(row[best])))
    return links
