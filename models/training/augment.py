"""Training-time rewrites of PolNeAR articles into formats real pages have, keeping offsets right."""
from __future__ import annotations

import random
from copy import deepcopy

from .polnear import Attribution, Document

MARK_STYLES = (("«", "»"), ("„", "“"), ('"', '"'), ("‘", "’"), ("»", "«"), ("“", "”"))
CLUTTER_LINES = ("Share", "AD", "Advertisement", "LEAVE A REPLY", "Share this:", "Tweet",
                 "Click to share on Facebook", "Related", "Skip to content", "Menu",
                 "Sign up for our newsletter", "Read more", "Comments", "Subscribe")


def shift_spans(attributions: list[Attribution], position: int, length: int) -> None:
    """Move every span boundary at or after an insertion point, in place."""
    for attribution in attributions:
        for role in ("source", "cue", "content"):
            spans = getattr(attribution, role)
            setattr(attribution, role, [
                (start + length if start >= position else start, end + length if end > position else end)
                for start, end in spans
            ])


def insert_text(document: Document, position: int, addition: str) -> None:
    """Insert text at a character position, moving annotations with it."""
    document.text = document.text[:position] + addition + document.text[position:]
    shift_spans(document.attributions, position, len(addition))


def swap_marks(document: Document, rng: random.Random) -> None:
    """Replace curly double quotes with another style; one character each, so offsets hold."""
    opening, closing = rng.choice(MARK_STYLES)
    table = str.maketrans({"“": opening, "”": closing})
    document.text = document.text.translate(table)


def space_marks(document: Document, rng: random.Random, rate: float = 0.5) -> None:
    """Put a space inside some quote marks: “ like this ”."""
    positions = []
    for index, ch in enumerate(document.text):
        if ch == "“" and rng.random() < rate:
            positions.append(index + 1)
        elif ch == "”" and rng.random() < rate:
            positions.append(index)
    for position in reversed(positions):
        insert_text(document, position, " ")


def covered(document: Document, position: int) -> bool:
    """True when some annotated span strictly contains the position."""
    for attribution in document.attributions:
        for role in ("source", "cue", "content"):
            if any(start < position < end for start, end in getattr(attribution, role)):
                return True
    return False


def add_clutter(document: Document, rng: random.Random, rate: float = 0.15) -> None:
    """Insert web-page clutter lines between some paragraphs, and repeat the headline."""
    starts = [i + 1 for i, ch in enumerate(document.text) if ch == "\n" and not covered(document, i + 1)]
    chosen = [p for p in starts if rng.random() < rate]
    for position in reversed(chosen):
        insert_text(document, position, rng.choice(CLUTTER_LINES) + "\n")
    headline = document.text.split("\n", 1)[0]
    if headline and rng.random() < 0.3:
        insert_text(document, 0, headline + "\nShare\n")


def augment(document: Document, rng: random.Random) -> Document:
    """Return a rewritten copy of the article; the original is left untouched."""
    copy = deepcopy(document)
    if rng.random() < 0.3:
        space_marks(copy, rng)
    if rng.random() < 0.5:
        swap_marks(copy, rng)
    if rng.random() < 0.4:
        add_clutter(copy, rng)
    return copy
