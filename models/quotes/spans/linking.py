"""Choose, for each content span, its source and its cue among the decoded spans (or none)."""
from __future__ import annotations

import re
from dataclasses import dataclass

import numpy as np
import torch

from ..network import SpanLinker, distance_buckets
from .decoding import TokenSpan

MAX_LINK_DISTANCE = 120  # tokens; the gap in PolNeAR train is at most 72
RELINK_FLOOR = 0.9
SENTENCE_ENDS = frozenset(".!?:;,\"”’»)]…'“«‘")  # the last three close quotes in mismatched text


@dataclass(frozen=True)
class Link:
    """The chosen candidate index (None for 'none') and its probability."""

    index: int | None
    probability: float


def token_lines(text: str, offsets: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """(line number of each token, whether that line is a title).

    A title ends in no punctuation and the next line starts no lower-case word (that would be a sentence
    wrapped: "... as both an act of terrorism and a hate / crime, reiterated ...").
    """
    starts = offsets[:, 0] if len(offsets) else np.zeros(0, dtype=np.int64)
    line_starts = np.array([0] + [m.end() for m in re.finditer("\n", text)], dtype=np.int64)
    numbers = np.searchsorted(line_starts, starts, side="right") - 1
    lines = text.split("\n")
    titles = np.array([bool(line.strip()) and line.rstrip()[-1] not in SENTENCE_ENDS and
                       not (following.lstrip()[:1].islower()) for line, following in zip(lines, lines[1:] + [""])],
                      dtype=bool)
    return numbers, titles[numbers]


def split_at_titles(spans: list[TokenSpan], lines: tuple[np.ndarray, np.ndarray]) -> list[TokenSpan]:
    """Cut a span the tagger ran from a title line into the lines below at the title's end: "Tesla will build
    robotaxis in Texas" (a headline) and "Tesla plans to start ..." (the body) are two contents, each linked
    on its own."""
    numbers, titles = lines
    cut = []
    for span in spans:
        start = span.start
        while titles[start] and numbers[span.end - 1] != numbers[start]:
            next_line = start + int(np.argmax(numbers[start:span.end] != numbers[start]))
            cut.append(TokenSpan(span.role, start, next_line, span.score))
            start = next_line
        cut.append(TokenSpan(span.role, start, span.end, span.score) if start != span.start else span)
    return cut


def wholly_in_title(pairs: np.ndarray, lines: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """Per [start, end) token pair: it starts and ends on one title line (one the tagger ran on from a title
    into the body is no title's)."""
    numbers, titles = lines
    last = pairs[:, 1] - 1
    return titles[last] & (numbers[pairs[:, 0]] == numbers[last])


def headline_blocked(anchor_pairs: np.ndarray, candidate_pairs: np.ndarray,
                     lines: tuple[np.ndarray, np.ndarray]) -> np.ndarray:
    """[anchors, candidates]: one of the two lies wholly in a title line and the other on another line."""
    numbers = lines[0]
    other_line = numbers[candidate_pairs[:, 1] - 1][None, :] != numbers[anchor_pairs[:, 0]][:, None]
    return (wholly_in_title(candidate_pairs, lines)[None, :] | wholly_in_title(anchor_pairs, lines)[:, None]) & other_line


def link_spans(linker: SpanLinker, hidden: torch.Tensor, anchors: list[TokenSpan],
               candidates: list[TokenSpan], lines: tuple[np.ndarray, np.ndarray] | None = None) -> list[Link]:
    """Softmax over 'none' plus every candidate in reach, for every anchor.

    lines (from token_lines) keeps a candidate in a title line ("Coalition talks") from anchors on other
    lines, and an anchor in a title line from candidates on other lines: a headline's speaker and cue say
    its own words, never a later paragraph's, and its words are said in it (or by the rules for
    headlines). An anchor the linker gave to such a candidate takes its next choice only when the linker
    is sure of it (RELINK_FLOOR); else none, as a content the headline "spoke" is seldom speech.
    """
    if not anchors:
        return []
    anchor_pairs = np.array([(a.start, a.end) for a in anchors], dtype=np.int64).reshape(-1, 2)
    candidate_pairs = np.array([(c.start, c.end) for c in candidates], dtype=np.int64).reshape(-1, 2)
    buckets = distance_buckets(anchor_pairs, candidate_pairs)
    gaps = np.maximum(candidate_pairs[None, :, 0] - anchor_pairs[:, None, 1], anchor_pairs[:, None, 0] - candidate_pairs[None, :, 1])
    with torch.inference_mode():
        logits = linker(hidden, torch.from_numpy(anchor_pairs), torch.from_numpy(candidate_pairs),
                        torch.from_numpy(buckets), torch.from_numpy(gaps <= MAX_LINK_DISTANCE)).float()
        probs = torch.softmax(logits, dim=-1)
        blocked = headline_blocked(anchor_pairs, candidate_pairs, lines) if lines is not None and len(candidates) \
            else np.zeros((len(anchors), len(candidates)), dtype=bool)
        kept = torch.softmax(logits.masked_fill(torch.from_numpy(np.pad(blocked, ((0, 0), (1, 0)))), float("-inf")), dim=-1)
    links = []
    for row, kept_row, row_blocked in zip(probs, kept, blocked):
        best = int(row.argmax())
        if best > 0 and row_blocked[best - 1]:
            best = int(kept_row.argmax())
            if kept_row[best] < RELINK_FLOOR:
                best = 0
            row = kept_row
        links.append(Link(None if best == 0 else best - 1, float(row[best])))
    return links
