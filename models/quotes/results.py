"""Plain result types the attributor returns; character offsets in code points of the input."""
from __future__ import annotations

from dataclasses import dataclass, field


@dataclass(frozen=True)
class TextSpan:
    """A slice of the input: text == input[start:end]."""

    text: str
    start: int
    end: int


@dataclass(frozen=True)
class Speaker:
    """Who said it: the mention as written, the fullest name in the document, and the speaker group.

    id is shared by every quote of the same person or organisation in the document; kind is
    'person', 'organisation' or 'unnamed'.
    """

    name: str
    text: str
    start: int
    end: int
    confidence: float
    id: str = ""
    kind: str = "unnamed"


@dataclass(frozen=True)
class Quote:
    """One attribution: the content (possibly in fragments), its speaker and its cue."""

    text: str
    start: int
    end: int
    type: str
    confidence: float
    fragments: list[TextSpan] = field(default_factory=list)
    speaker: Speaker | None = None
    cue: TextSpan | None = None


def overlaps(a: TextSpan, b: TextSpan) -> bool:
    """True when two spans share a character."""
    return a.start < b.end and b.start < a.end


def text_span(text: str, start: int, end: int) -> TextSpan:
    """A TextSpan cut from the input, so the offsets contract holds by construction."""
    return TextSpan(text[start:end], start, end)
