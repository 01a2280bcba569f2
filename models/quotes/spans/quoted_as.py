"""Reports through a medium: "Interior Minister Lukas Weber was quoted by Die Zeit as saying that ..." are the
subject's words, cue "was quoted ... as saying", not the newspaper's (PolNeAR marks them so); so are
"The state agency quoted (or cited) General Samuel Mensah as saying ...", which PolNeAR gives the agency whole, but
whose words the user asks about are the general's (the nested-report rule: a reporter speaks only its own
words)."""
from __future__ import annotations

import re

from ..results import text_span
from .according import covered
from .boundaries import trim_edges
from .layout import RULE_CONFIDENCE, Draft

PASSIVE_QUOTED = re.compile(r"(?P<subject>[A-Z][^.;:!?\n“”\"]{1,100}?)[ \t]+(?P<cue>(?:was|were|is|are|has[ \t]+been|"
                            r"had[ \t]+been)[ \t]+(?:quoted|cited)[ \t]+(?:by[ \t]+[^,.;:\n“”\"]{1,60}?[ \t]+)?as[ \t]+saying)"
                            r"[ \t]+(?P<content>[^\n]+?[.!?][”\"’»]?)(?=[ \t]+[A-Z“\"«]|[ \t]*$)", re.MULTILINE)
ACTIVE_QUOTED = re.compile(r"\b(?P<cue>quoted|cited)[ \t]+(?P<subject>(?!(?:by|in|on|at|to)\b)[A-Za-z][^.;:!?\n“”\"]{1,100}?),?[ \t]+(?P<as>as[ \t]+(?:saying|telling[ \t]+[^,.;:\n“”\"]{1,40}?))"
                           r"[ \t]+(?P<content>[^\n]+?[.!?][”\"’»]?)(?=[ \t]+[A-Z“\"«]|[ \t]*$)", re.MULTILINE)
PASSIVE_BEFORE = re.compile(r"\b(?:was|were|is|are|be|been|being)[ \t]+$")
SENTENCE_START = re.compile(r"(?:^|(?<=[.!?][ \t])|(?<=[.!?][”\"’»][ \t]))(?=[A-Z])", re.MULTILINE)


def quoted_as_saying(text: str, drafts: list[Draft]) -> list[Draft]:
    """Make each passive "X was quoted (by Y) as saying Z" a report of X's, replacing what the tagger
    made of that sentence."""
    for match in PASSIVE_QUOTED.finditer(text):
        if not SENTENCE_START.match(text, match.start()):
            continue  # the subject must open its sentence: no stray clause before it
        subject = trim_edges(text, text_span(text, match.start("subject"), match.end("subject")))
        content = trim_edges(text, text_span(text, match.start("content"), match.end("content")))
        drafts = replace_report(text, drafts, match, subject, content)
    for match in ACTIVE_QUOTED.finditer(text):
        if PASSIVE_BEFORE.search(text, max(0, match.start() - 12), match.start()):
            continue  # "was quoted in the paper as saying": the passive form, above
        subject = trim_edges(text, text_span(text, match.start("subject"), match.end("subject")))
        content = trim_edges(text, text_span(text, match.start("content"), match.end("content")))
        drafts = replace_report(text, drafts, match, subject, content)
    return drafts


def replace_report(text: str, drafts: list[Draft], match: re.Match, subject, content) -> list[Draft]:
    """Drafts with whatever the tagger made of the matched sentence replaced by the subject's report."""
    report = Draft(fragments=[content], source=subject, speaker_confidence=RULE_CONFIDENCE,
                   cue=text_span(text, match.start("cue"), match.end("cue")), confidence=RULE_CONFIDENCE)
    overlapping = [d for d in drafts if covered([d], match.start(), match.end())]
    if overlapping:
        best = max(overlapping, key=lambda d: d.confidence)
        report.confidence, report.speaker_confidence = best.confidence, max(best.speaker_confidence, RULE_CONFIDENCE)
    return sorted([d for d in drafts if d not in overlapping] + [report], key=lambda d: d.fragments[0].start)
