"""Classify a quote as direct, mixed or indirect from its text and layout."""
from __future__ import annotations

import re

from ..results import TextSpan

DOUBLE_MARKS = "“”\"«»„‟〝〞"
SINGLE_OPEN = "‘‚‹"
SINGLE_CLOSE = "’›"
TRAILING = " \t\n.,;:!?—–-…"
# A single-quoted stretch: an opening mark at a word start and a closing one at a word end.
SINGLE_QUOTED = re.compile(r"(?:^|(?<=[\s(\[—–-]))[‘'‹][^\n]+?[’'›](?=$|[\s.,;:!?)\]—–-])")
DOUBLE_QUOTED = re.compile(r"[“\"«»„‟〝][^\n]*?[”\"»«“‟〞]")


# A line that opens with a dash before the words: the dialogue dash of European and older English news.
DIALOGUE_DASH = re.compile(r"[ \t]*[—―–][ \t]*")


def wholly_quoted(fragment: str) -> bool:
    """True when the fragment opens with a mark, closes with one, and holds no quote break inside."""
    body = fragment.strip(TRAILING)
    if len(body) < 2:
        return False
    first, last = body[0], body[-1]
    if first in DOUBLE_MARKS and last in DOUBLE_MARKS:
        return not any(ch in DOUBLE_MARKS for ch in body[1:-1])
    if first in SINGLE_OPEN + "'" and last in SINGLE_CLOSE + "'":
        return True
    if first == "‚" and last == "‘":  # German ‚...‘
        return True
    # Mismatched marks of web copy: ‘We were dead and buried,” or “But this group doesn't know it's beaten.'
    return first in DOUBLE_MARKS + SINGLE_OPEN + "'" and last in DOUBLE_MARKS + SINGLE_CLOSE + "'" and \
        not any(ch in DOUBLE_MARKS for ch in body[1:-1])


def has_quoted_part(fragment: str) -> bool:
    """True when the fragment holds a quoted stretch (not just an apostrophe)."""
    return bool(DOUBLE_QUOTED.search(fragment) or SINGLE_QUOTED.search(fragment))


def is_block(text: str, fragment: TextSpan, speaker: TextSpan | None) -> bool:
    """A block quote: whole lines with no marks, its speaker on a line of its own after it."""
    line_start = fragment.start == 0 or text[fragment.start - 1] == "\n"
    after = text[fragment.end:fragment.end + 3]
    line_end = fragment.end == len(text) or after.lstrip(" .,;:").startswith("\n") or after.strip(" .,;:") == ""
    if not (line_start and line_end and speaker is not None and speaker.start >= fragment.end):
        return False
    return "\n" in text[fragment.end:speaker.start] and "\n" not in text[speaker.start:speaker.end]


def continued_quote(fragments: list[str]) -> bool:
    """A quote over paragraphs: each paragraph reopens with a mark, only the last one must close."""
    pieces = [p.strip() for fragment in fragments for p in fragment.split("\n") if p.strip()]
    if len(pieces) < 2 or not wholly_quoted(pieces[-1]):
        return False
    return all(p[0] in DOUBLE_MARKS + SINGLE_OPEN and (wholly_quoted(p) or
                                                      not any(ch in DOUBLE_MARKS for ch in p[1:]))
               for p in pieces[:-1])


def open_at_paragraph_end(text: str, fragment: TextSpan) -> bool:
    """True for a fragment that opens a mark, closes none and ends its paragraph, the next paragraph reopening a
    mark: the quote goes on there ("... "It took longer than we hoped.¶¶"But every job will come back.")."""
    body = fragment.text.strip(TRAILING)
    if len(body) < 2 or body[0] not in DOUBLE_MARKS or any(ch in DOUBLE_MARKS for ch in body[1:]):
        return False
    after = text[fragment.end:fragment.end + 200]
    rest = after.lstrip(" \t.,;:!?")
    return rest.startswith("\n") and rest.lstrip()[:1] in DOUBLE_MARKS


def classify(text: str, fragments: list[TextSpan], speaker: TextSpan | None) -> str:
    """'direct', 'mixed' or 'indirect' for a quote made of these fragments."""
    if fragments and (all(wholly_quoted(f.text) for f in fragments) or continued_quote([f.text for f in fragments])):
        return "direct"
    if fragments and all(wholly_quoted(f.text) for f in fragments[:-1]) and open_at_paragraph_end(text, fragments[-1]):
        return "direct"  # its last paragraph goes on in the next one, which reopens the mark
    if any(has_quoted_part(f.text) for f in fragments):
        return "mixed"
    if len(fragments) == 1 and is_block(text, fragments[0], speaker):
        return "direct"
    if fragments and DIALOGUE_DASH.fullmatch(text, text.rfind("\n", 0, fragments[0].start) + 1, fragments[0].start):
        return "direct"  # "— We cannot feed our families, said Manuel Otero": dialogue opened by a dash
    return "indirect"
