"""Passive reports: "Interior Minister Lukas Weber was quoted by Die Zeit as saying that ..." are the
subject's words, cue "was quoted ... as saying", not the newspaper's (PolNeAR marks them so)."""
from __future__ import annotations

import re

from ..results import text_span
from .according import covered
from .boundaries import trim_edges
from .layout import RULE_CONFIDENCE, Draft

PASSIVE_QUOTED = re.compile(r"(?P<subject>[A-Z][^.;:!?\n“”\"]{1,100}?)[ \t]+(?P<cue>(?:was|were|is|are|has[ \t]+been|"
                            r"had[ \t]+been)[ \t]+quoted[ \t]+(?:by[ \t]+[^,.;:\n“”\"]{1,60}?[ \t]+)?as[ \t]+saying)"
                            r"[ \t]+(?P<content>[^\n]+?[.!?][”\"’»]?)(?=[ \t]+[A-Z“\"«]|[ \t]*$)", re.MULTILINE)
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][”\"’»][ \t]))(?=[A-Z])", re.MULTILINE)


def quoted_as_saying(text: str, drafts: list[Draft]) -> list[Draft]:
    """Make each passive "X was quoted (by Y) as saying Z" a report of X's, replacing what the tagger
    made of that sentence."""
    for match in PASSIVE_QUOTED.finditer(text):
        if not SENTENCE_START.match(text, match.start()):
            continue  # the subject must open its sentence: no stray clause before it
        subject = trim_edges(text, text_span(text, match.start("subject"), match.end("subject")))
        content = trim_edges(text, text_span(text, match.start("content"), match.end("content")))
        report = Draft(fragments=[content], source=subject, speaker_confidence=RULE_CONFIDENCE,
                       cue=text_span(text, match.start("cue"), match.end("cue")), confidence=RULE_CONFIDENCE)
        overlapping = [d for d in drafts if covered([d], match.start(), match.end())]
        if overlapping:
            best = max(overlapping, key=lambda d: d.confidence)
            report.confidence, report.speaker_confidence = best.confidence, max(best.speaker_confidence,
                                                                                  RULE_CONFIDENCE)
        drafts = sorted([d for d in drafts if d not in overlapping] + [report], key=lambda d: d.fragments[0].start)
    return drafts
