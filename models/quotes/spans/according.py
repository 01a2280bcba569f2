"""Reports the tagger missed that a sentence attributes with "according to": "Cod stocks have fallen,
according to a report by the council." and "According to the council, cod stocks have fallen."."""
from __future__ import annotations

import re

from ..results import text_span
from .boundaries import trim_edges
from .layout import RULE_CONFIDENCE, Draft

SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?![ \t]*[a-z0-9])|$)", re.MULTILINE)
SOURCE_AFTER = re.compile(r",[ \t]+(?P<cue>according[ \t]+to)[ \t]+(?P<source>[^,;:“”\"\n]{2,100}?)[ \t]*[.!?]?$")
SOURCE_BEFORE = re.compile(r"^(?P<cue>According[ \t]+to)[ \t]+(?P<source>[^,;:“”\"\n]{2,100}?),[ \t]+")
MIN_WORDS, MAX_WORDS = 4, 60
# A "sentence" that starts right after an abbreviation ("Mr.", "U.S.") is the tail of one, not a sentence.
AFTER_ABBREVIATION = re.compile(r"(?:\b(?:Mr|Ms|Mrs|Dr|Sen|Rep|Gov|Jr|Sr|St|Gen|No|Inc|Co|Corp)|\b[A-Z])\.[ \t]*$")
MARKS = "“”\"«»„‘’"


def covered(drafts: list[Draft], start: int, end: int) -> bool:
    """True when some draft's content already overlaps [start, end)."""
    return any(f.start < end and start < f.end for d in drafts for f in d.fragments)


def according_to(text: str, drafts: list[Draft]) -> list[Draft]:
    """Add a draft for each "according to" sentence whose reported words no draft covers yet."""
    added = []
    for sentence in SENTENCE.finditer(text):
        body = sentence.group()
        offset = sentence.start()
        after, before = SOURCE_AFTER.search(body), SOURCE_BEFORE.match(body.lstrip())
        if after:
            words = (offset, offset + after.start())
            match, shift = after, offset
        elif before:
            shift = offset + len(body) - len(body.lstrip())
            words = (shift + before.end(), offset + len(body.rstrip(" \t.!?")))
            match = before
        else:
            continue
        content = trim_edges(text, text_span(text, *words))
        if AFTER_ABBREVIATION.search(text, max(0, offset - 6), offset) or (after and not content.text[:1].isupper()) or \
                any(mark in content.text for mark in MARKS):
            continue  # a sentence cut short, or quoted words: the tagger's to find
        if not MIN_WORDS <= len(content.text.split()) <= MAX_WORDS or covered(drafts, content.start, content.end):
            continue
        source = text_span(text, shift + match.start("source"), shift + match.end("source"))
        added.append(Draft(fragments=[content], source=source, speaker_confidence=RULE_CONFIDENCE,
                           cue=text_span(text, shift + match.start("cue"), shift + match.end("cue")),
                           confidence=RULE_CONFIDENCE))
    return sorted(drafts + added, key=lambda d: d.fragments[0].start) if added else drafts
