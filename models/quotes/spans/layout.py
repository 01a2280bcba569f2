"""Layout conventions of news text the model was not trained on: quotes running over paragraphs,
and block quotes signed with an attribution line."""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from ..results import TextSpan, overlaps, text_span
from .quote_types import DIALOGUE_DASH

OPENING = "“«„‘\"'"
# "Jane Doe, Secretary General" or "— Jane Doe" on a line of its own.
NAME_HEAD = r"[A-Z][\w.'’-]+"
NAME_NEXT_WORD = r"[ \t]+(?:de|van|von|der|da|bin|al|[A-Z][\w.'’-]+)"
ATTRIBUTION_LINE = re.compile(
    rf"^[ \t]*(?:[—–-][ \t]*)?(?P<name>{NAME_HEAD}(?:{NAME_NEXT_WORD}){{1,3}})"
    r"(?:,[ \t]+(?P<title>[^\n.]{2,80}))?[ \t]*$", re.MULTILINE)
# “...” ― Jane Doe: a closed quote signed after a dash, the name ending the line (or its title does).
DASH_SIGNATURE = re.compile(
    rf"[ \t]*[”\"»’]?[ \t]*(?P<dash>[―—–])[ \t]*(?P<name>{NAME_HEAD}(?:{NAME_NEXT_WORD}){{0,3}})"
    r"(?:,[ \t]+[^\n]{2,80})?[ \t]*$", re.MULTILINE)
# Jane Doe, season ticket holder — “...”: a name opening the line, signed before the quote.
DASH_LEAD = re.compile(
    rf"^[ \t]*(?P<name>{NAME_HEAD}(?:{NAME_NEXT_WORD}){{1,3}})(?:,[ \t]+[^\n―—–“”\"]{{2,60}}?)?"
    r"[ \t]*(?P<dash>[―—–])[ \t]*$")
# "— Elizabeth Warren (@SenWarren) June 28, 2026": the signature line of a social-media post embedded in a page
POST_SIGNATURE = re.compile(
    rf"^[ \t]*[―—–-][ \t]*(?P<name>{NAME_HEAD}(?:{NAME_NEXT_WORD}){{0,3}})[ \t]*\((?P<handle>@\w{{1,30}})\)"
    r"[^\n]{0,40}$", re.MULTILINE)
RULE_CONFIDENCE = 0.6  # layout rules are not calibrated on dev; kept below the model's typical score


@dataclass
class Draft:
    """A quote being assembled: fragments, speaker and cue spans, and raw scores."""

    fragments: list[TextSpan]
    source: TextSpan | None = None
    speaker_confidence: float = 0.0
    cue: TextSpan | None = None
    confidence: float = 0.0
    extra: dict = field(default_factory=dict)


def paragraphs(text: str) -> list[tuple[int, int]]:
    """(start, end) of each non-empty line, stripped of surrounding spaces."""
    spans = []
    for match in re.finditer(r"[^\n]+", text):
        start, end = match.span()
        while start < end and text[start].isspace():
            start += 1
        while end > start and text[end - 1].isspace():
            end -= 1
        if end > start:
            spans.append((start, end))
    return spans


def left_open(text: str, start: int, end: int) -> bool:
    """A paragraph that opens a quote and never closes it: the quote goes on in the next one."""
    body = text[start:end]
    if not body or body[0] not in OPENING:
        return False
    if body[0] == "'":
        return body.count("'") == 1  # apostrophes make a count of straight single marks unsafe
    if body[0] == "\"":
        return body.count("\"") % 2 == 1  # "..." he said. "... left open
    closing = {"„": "“", "“": "”", "«": "»"}.get(body[0])
    if closing is not None:
        # the last quote opened is never closed; an odd straight mark closes one ('„We have won", declared ...')
        return body.count(body[0]) > body.count(closing) + body.count("\"") % 2
    return sum(body.count(mark) for mark in "”»") == 0


SPEECH_VERBS = r"(?:said|says|added|adds|told|tells|wrote|writes|asked|asks|continued|explained)"
# A closing mark then a named speaker: '”," added Rep. Jim Clyburn', '," Clyburn (D-S.C.) added' (not "he added").
NAMED_ATTRIBUTION = re.compile(rf"[”\"»],?[ \t]+(?:{SPEECH_VERBS}[ \t]+(?:[A-Z][a-z]*\.[ \t]+)?(?!He\b|She\b|They\b)[A-Z]|"
                               rf"(?!He\b|She\b|They\b|It\b|We\b|I\b)[A-Z][\w.’'-]*(?:[ \t]+[A-Z][\w.’'-]*)*"
                               rf"(?:[ \t]+\([^)\n]{{1,20}}\))?[ \t]+{SPEECH_VERBS}\b)")


def draft_over(drafts: list[Draft], span: TextSpan) -> Draft | None:
    """The first draft with a fragment sharing a character with span, else None."""
    return next((d for d in drafts if any(overlaps(f, span) for f in d.fragments)), None)


def same_mention(a: TextSpan | None, b: TextSpan | None) -> bool:
    """True when two speaker mentions are the same stretch of text."""
    return a is not None and b is not None and (a.start, a.end) == (b.start, b.end)


def join_continued_paragraphs(text: str, drafts: list[Draft]) -> list[Draft]:
    """Prepend the open paragraphs before a quote's first paragraph, and merge quotes they link."""
    lines = paragraphs(text)
    absorbed: set[int] = set()  # ids of drafts whose words another draft took
    for draft in drafts:
        if id(draft) in absorbed:
            continue
        first = draft.fragments[0]
        index = next((i for i, (s, e) in enumerate(lines) if s <= first.start < e), None)
        if index is None or first.start != lines[index][0] or text[first.start] not in OPENING:
            continue
        # an open paragraph that names its own speaker ('“A,” Rep. Gwen Moore said. “B ...') is not this quote's
        while index > 0 and left_open(text, *lines[index - 1]) and not NAMED_ATTRIBUTION.search(text, *lines[index - 1]):
            index -= 1
            start, end = lines[index]
            if not any(f.start <= start < f.end for f in draft.fragments):
                draft.fragments.insert(0, text_span(text, start, end))
        last = draft.fragments[-1]
        index = next((i for i, (s, e) in enumerate(lines) if s <= last.start < e), None)
        # AP style the other way round: the speaker is named in the first paragraph of the quote, and the
        # paragraphs after an open one carry on until one closes.
        while index is not None and index + 1 < len(lines) and left_open(text, *lines[index]) and \
                text[lines[index + 1][0]] == text[lines[index][0]]:
            index += 1
            start, end = lines[index]
            if any(f.start < end and start < f.end for other in drafts if other is not draft and other.source and
                   not same_mention(other.source, draft.source) for f in other.fragments) or \
                    NAMED_ATTRIBUTION.search(text, start, end):
                break  # the next paragraph holds a quote with its own speaker: an excerpt's layout, not one quote
            same = [other for other in drafts if other is not draft and other.source and id(other) not in absorbed and
                    any(f.start < end and start < f.end for f in other.fragments)]
            if same:  # the same speaker's quote there: its words join this one, without its cue and speaker
                absorbed.update(id(other) for other in same)
                draft.fragments.extend(f for other in same for f in other.fragments if f.start >= draft.fragments[-1].end)
                continue
            if not any(f.start <= start < f.end for f in draft.fragments):
                draft.fragments.append(text_span(text, start, end))
    merged: list[Draft] = []
    for draft in sorted((d for d in drafts if id(d) not in absorbed), key=lambda d: d.fragments[0].start):
        previous = merged[-1] if merged else None
        if previous is not None and draft.fragments[0].start < previous.fragments[-1].end:
            keep = [f for f in draft.fragments if f.start >= previous.fragments[-1].end]
            previous.fragments.extend(keep)
            previous.source = previous.source or draft.source
            previous.cue = previous.cue or draft.cue
            previous.speaker_confidence = max(previous.speaker_confidence, draft.speaker_confidence)
            continue
        merged.append(draft)
    return merged


OWN_REPORT_CUE = re.compile(r"(?i:say|says|said|told|tells|according|reported|reports|wrote|writes|added|adds)\b")


def signed_quote(text: str, body: tuple[int, int], signature: re.Match) -> bool:
    """True when a paragraph in quote marks, however short, is signed by a dash line under it ("“I just want the
    potholes fixed.” ¶ — Maria Lopez, 34, nurse"): the vox-pop layout."""
    words = text[body[0]:body[1]].strip()
    dash = text[text.rfind("\n", 0, signature.start("name")) + 1:signature.start("name")].strip()
    return dash in ("—", "–", "―") and len(words) > 2 and words[0] in "“\"«„" and \
        words.rstrip(".,")[-1] in "”\"»“" and not any(mark in words[1:-2] for mark in "“”«»„\"")


def block_quotes(text: str, drafts: list[Draft]) -> list[Draft]:
    """Block quotes with no marks, signed by a line such as 'Jane Doe, Secretary General'."""
    covered = [(f.start, f.end) for d in drafts for f in d.fragments]
    covered += [(d.source.start, d.source.end) for d in drafts if d.source]
    lines = paragraphs(text)
    found = []
    for previous, line in zip(lines, lines[1:]):
        match = ATTRIBUTION_LINE.match(text, line[0], line[1])
        if not match or match.end() != line[1] or text[:line[1]].rstrip().endswith(":"):
            continue  # "Skipper Alec Buchan, whose family ..., was blunt:" introduces the next paragraph
        body = text[previous[0]:previous[1]]
        plain_block = match.group("title") and len(body.split()) >= 8 and not body.endswith(":") and \
            not any(mark in body for mark in "“”«»„\"")
        if not (plain_block or signed_quote(text, previous, match)):
            continue  # a paragraph in marks signed by a dash line needs no title and may be short
        signer = text_span(text, *match.span("name"))
        owner = draft_over(drafts, text_span(text, *previous))
        if owner is not None and owner.source is not None and owner.cue is not None and \
                previous[0] <= owner.source.start < previous[1] and previous[0] <= owner.cue.start < previous[1] and \
                OWN_REPORT_CUE.match(owner.cue.text.strip()):
            continue  # "Fishermen in Peterhead say ...", "... according to the AP": a report signed by no one
        if owner is not None:
            # The model found (part of) the words; the signature says whose they are and where they end.
            owner.fragments = [text_span(text, *previous)]
            owner.source, owner.speaker_confidence, owner.cue = signer, RULE_CONFIDENCE, None
            continue
        if any(s < previous[1] and previous[0] < e for s, e in covered):
            continue
        found.append(Draft(fragments=[text_span(text, *previous)], source=signer,
                           speaker_confidence=RULE_CONFIDENCE, confidence=RULE_CONFIDENCE))
    return sorted(drafts + found, key=lambda d: d.fragments[0].start)


def dash_signatures(text: str, drafts: list[Draft]) -> list[Draft]:
    """Give a quote signed after a dash on its own line (“...” ― Jane Doe), or opening a line after a name and
    a dash (Jane Doe, Leeds — “...”), that signer as its speaker.

    The dash stands where "said" would, and PolNeAR marks it as the cue, so it becomes the cue.
    """
    for draft in drafts:
        start, end = draft.fragments[0].start, draft.fragments[-1].end
        line_start = text.rfind("\n", 0, start) + 1
        lead = DASH_LEAD.match(text[line_start:start]) if text[start:start + 1] in OPENING else None
        if lead is not None:  # "Maria Lopez, season ticket holder — “It's the worst start”"
            draft.source = text_span(text, line_start + lead.start("name"), line_start + lead.end("name"))
            draft.speaker_confidence = max(draft.speaker_confidence, RULE_CONFIDENCE)
            draft.cue = text_span(text, line_start + lead.start("dash"), line_start + lead.end("dash"))
            continue
        match = DASH_SIGNATURE.match(text, end)
        if match is None:
            continue
        signer = text_span(text, *match.span("name"))
        if draft.source != signer:
            draft.source, draft.speaker_confidence = signer, RULE_CONFIDENCE
        draft.cue = text_span(text, *match.span("dash"))
    return drafts


def without_dialogue_dash(text: str, drafts: list[Draft]) -> list[Draft]:
    """Start a content that opens a line with a dialogue dash ("– We were the better team, said coach Lars
    Nilsson") after the dash: the dash marks the words as spoken and is no part of them."""
    for draft in drafts:
        first = draft.fragments[0]
        if text[text.rfind("\n", 0, first.start) + 1:first.start].strip():
            continue
        dash = DIALOGUE_DASH.match(text, first.start, first.end)
        if dash is not None and text[dash.end():first.end].strip():
            draft.fragments[0] = text_span(text, dash.end(), first.end)
    return drafts


# Links a platform appends to an embedded post's words: photos, the post's address, short links
POST_LINKS = re.compile(r"(?:[ \t]+(?:pic\.twitter\.com/\S+|https?://\S+|t\.co/\S+|bit\.ly/\S+))+[ \t]*$")


def embedded_posts(text: str, drafts: list[Draft]) -> list[Draft]:
    """A post embedded in a page ("This ruling is a gift to Wall Street. ¶ — Elizabeth Warren (@SenWarren)
    June 28, 2026") is a direct quote of the one who signs it; the signature line itself says nothing."""
    lines = paragraphs(text)
    for index, (start, end) in enumerate(lines):
        match = POST_SIGNATURE.match(text, start, end)
        if match is None or index == 0:
            continue
        post = lines[index - 1]
        if POST_SIGNATURE.match(text, *post) or text.count("\n", post[1], start) > 2:
            continue
        drafts = [d for d in drafts if not any(f.start < end and post[0] < f.end for f in d.fragments)]
        link = POST_LINKS.search(text, *post)  # "... Today we march. pic.twitter.com/abc123": the link is no words
        words_end = link.start() if link and text[post[0]:link.start()].strip() else post[1]
        words_end = len(text[:words_end].rstrip())
        drafts.append(Draft(fragments=[text_span(text, post[0], words_end)], source=text_span(text, *match.span("name")),
                            speaker_confidence=RULE_CONFIDENCE, confidence=RULE_CONFIDENCE, extra={"type": "direct"}))
    return sorted(drafts, key=lambda d: d.fragments[0].start)
