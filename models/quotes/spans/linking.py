"""Choose, for each content span, its source and its cue among the decoded spans (or none)."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np
import torch

from ..network import SpanLinker, distance_buckets
from .decoding import TokenSpan

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
    anchor_pairs = np.array([(a.start, a.end) for a in anchors], dtype=np.int64).reshape(-1, 2)
    candidate_pairs = np.array([(c.start, c.end) for c in candidates], dtype=np.int64).reshape(-1, 2)
    buckets = distance_buckets(anchor_pairs, candidate_pairs)
    gaps = np.maximum(candidate_pairs[None, :, 0] - anchor_pairs[:, None, 1], anchor_pairs[:, None, 0] - candidate_pairs[None, :, 1])
    with torch.inference_mode():
        logits = linker(hidden, torch.from_numpy(anchor_pairs), torch.from_numpy(candidate_pairs),
                        torch.from_numpy(buckets), torch.from_numpy(gaps <= MAX_LINK_DISTANCE))
        probs = torch.softmax(logits.float(), dim=-1)
    links = []
    for row in probs:
        best = int(row.argmax())
        links.append(Link(None if best == 0 else best - 1, float(row[best])))
    return links
