"""Reports the tagger missed that a sentence attributes with "according to" or "in the words of": "Cod stocks
have fallen, according to a report by the council." and "According to the council, cod stocks have fallen."."""
from __future__ import annotations

import re

from ..results import text_span
from .boundaries import trim_edges
from .layout import RULE_CONFIDENCE, Draft, draft_over

SENTENCE = re.compile(r"[^.!?\n]+(?:[.!?](?![ \t]*[a-z0-9])|$)", re.MULTILINE)
SOURCE_AFTER = re.compile(r",[ \t]+(?P<cue>according[ \t]+to|in[ \t]+the[ \t]+words[ \t]+of)[ \t]+"
                          r"(?P<source>[^,;:“”\"\n]{2,100}?)[ \t]*[.!?]?$")
SOURCE_BEFORE = re.compile(r"^(?P<cue>According[ \t]+to|In[ \t]+the[ \t]+words[ \t]+of)[ \t]+"
                           r"(?P<source>[^,;:“”\"\n]{2,100}?),[ \t]+")
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
        in_words_of = match.group("cue").lower().startswith("in")  # "In the words of one official, ...": quoted or not
        if AFTER_ABBREVIATION.search(text, max(0, offset - 6), offset) or (after and not content.text[:1].isupper()) or \
                any(mark in content.text for mark in MARKS) and not in_words_of:
            continue  # a sentence cut short, or quoted words after "according to": the tagger's to find
        if not MIN_WORDS <= len(content.text.split()) <= MAX_WORDS or covered(drafts, content.start, content.end):
            continue
        source = text_span(text, shift + match.start("source"), shift + match.end("source"))
        added.append(Draft(fragments=[content], source=source, speaker_confidence=RULE_CONFIDENCE,
                           cue=text_span(text, shift + match.start("cue"), shift + match.end("cue")),
                           confidence=RULE_CONFIDENCE))
    return sorted(drafts + added, key=lambda d: d.fragments[0].start) if added else drafts


# A quoted sentence standing alone, then the sentence that names whose it was: "“We will not be bullied.” That was
# the message from union leader Dave Ward on Monday"
QUOTED_ALONE = re.compile(r"(?:^|(?<=[.!?”\"][ \t])|(?<=\n))(?P<quote>“[^“”\n]{3,400}”|\"[^\"\n]{3,400}\")")
MESSAGE_FROM = re.compile(
    r"[ \t]+(?P<cue>(?:That|This|Those|These|Such)[ \t]+(?:was|were|is|are)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+)?"
    r"(?:message|verdict|warning|view|words?|response|reaction|assessment|plea|promise|answer|reply|rallying[ \t]+cry)"
    r"[ \t]+(?:from|of))[ \t]+(?P<source>[^,.;:\n“”\"]{2,80}?)"
    r"(?=[ \t]+(?:on|as|at|in|after|when|during|who|yesterday|today|this|last|to|before)\b|[,.;:\n]|$)")


def message_from(text: str, drafts: list[Draft]) -> list[Draft]:
    """A quoted sentence that the next sentence gives its speaker ("That was the message from ...") is theirs: a
    new draft when the tagger missed it, the speaker when it found the words but no one."""
    added = []
    for alone in QUOTED_ALONE.finditer(text):
        frame = MESSAGE_FROM.match(text, alone.end())
        if frame is None:
            continue
        quote = text_span(text, *alone.span("quote"))
        source, cue = text_span(text, *frame.span("source")), text_span(text, *frame.span("cue"))
        owner = draft_over(drafts, quote)
        if owner is None:
            added.append(Draft(fragments=[quote], source=source, speaker_confidence=RULE_CONFIDENCE, cue=cue,
                               confidence=RULE_CONFIDENCE))
        elif owner.source is None:
            owner.source, owner.cue, owner.speaker_confidence = source, cue, RULE_CONFIDENCE
    return sorted(drafts + added, key=lambda d: d.fragments[0].start) if added else drafts
