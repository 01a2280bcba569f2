"""Build tagger targets and linking instances from annotated documents."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..quotes.encoding import EncodedDocument
from ..quotes.labels import OUTSIDE, begin_tag, inside_tag
from ..quotes.windows import Window
from .polnear import Attribution

TokenSpan = tuple[int, int]


def char_to_token_span(offsets: np.ndarray, start: int, end: int) -> TokenSpan | None:
    """Tokens overlapping [start, end) as a half-open token range, or None when none do."""
    first = int(np.searchsorted(offsets[:, 1], start, side="right"))
    last = int(np.searchsorted(offsets[:, 0], end, side="left"))
    return (first, last) if last > first else None


@dataclass
class TokenAttribution:
    """An attribution in token coordinates; source and cue as hulls, content as fragments."""

    source: TokenSpan | None
    has_source: bool
    cue: TokenSpan | None
    has_cue: bool
    content: list[TokenSpan]


def hull(spans: list[TokenSpan]) -> TokenSpan | None:
    """Smallest token range covering all spans."""
    return (min(s for s, _ in spans), max(e for _, e in spans)) if spans else None


def to_tokens(encoded: EncodedDocument, attribution: Attribution) -> TokenAttribution:
    """Map one attribution's character spans onto token ranges."""
    def convert(spans):
        return [t for t in (char_to_token_span(encoded.offsets, s, e) for s, e in spans) if t]
    return TokenAttribution(
        source=hull(convert(attribution.source)), has_source=bool(attribution.source),
        cue=hull(convert(attribution.cue)), has_cue=bool(attribution.cue),
        content=convert(attribution.content))


def tag_sequence(num_tokens: int, attributions: list[TokenAttribution]) -> np.ndarray:
    """BIO tags for the whole document; content fragments are tagged separately."""
    tags = np.full(num_tokens, OUTSIDE, dtype=np.int64)
    for attribution in attributions:
        pieces = [("content", span) for span in attribution.content]
        if attribution.source:
            pieces.append(("source", attribution.source))
        if attribution.cue:
            pieces.append(("cue", attribution.cue))
        for role, (start, end) in pieces:
            tags[start] = begin_tag(role)
            tags[start + 1:end] = inside_tag(role)
    return tags


def inside(span: TokenSpan | None, window: Window) -> bool:
    """True when a token span lies wholly inside a window."""
    return span is not None and window.start <= span[0] and span[1] <= window.end


def link_instances(attributions: list[TokenAttribution], window: Window, role: str):
    """(anchors, candidates, targets) for one role in window-local coordinates (+1 for [CLS])."""
    shift = 1 - window.start
    candidates = sorted({getattr(a, role) for a in attributions if inside(getattr(a, role), window)})
    index = {span: i + 1 for i, span in enumerate(candidates)}
    anchors, targets = [], []
    for attribution in attributions:
        span, present = getattr(attribution, role), getattr(attribution, f"has_{role}")
        if present and not inside(span, window):
            continue  # its partner is out of view: no honest target here
        for fragment in attribution.content:
            if inside(fragment, window):
                anchors.append((fragment[0] + shift, fragment[1] + shift))
                targets.append(index[span] if present else 0)
    candidates = [(s + shift, e + shift) for s, e in candidates]
    return anchors, candidates, targets
