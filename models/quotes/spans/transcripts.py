"""Interview transcripts: "ORTIZ: We will balance the budget." and "Q: ... / A: ..." lines.

Each turn (a line opening with an upper-case speaker label, or a name the article gives written in
title case, and a colon) is one direct quote of that speaker: the label is the speaker mention, the
colon the cue, the rest of the line the content.
Unlabelled paragraphs between two turns go on with the turn before. The rule applies only where
a document has at least two turns whose labels are names the article gives, "Q"/"A" or a part
("MODERATOR"), never page or list words ("UPDATE:", "CLAIM:", "PROS:"); it replaces the tagger's
own try at those turns (it splits them into sentences and misses "A:" answers) and keeps what a
turn reports others to have said.
"""
from __future__ import annotations

import re

from ..results import TextSpan, overlaps, text_span
from ..speakers.people import PersonIndex
from .layout import Draft, paragraphs

TURN = re.compile(r"^[ \t]*[\"“]?(?P<label>Q|A|[A-Z][A-Z.'’-]+(?:[ \t]+[A-Z][A-Z.'’-]+){0,2}|"
                  r"[A-Z][a-z][\w'’-]*(?:[ \t]+[A-Z][a-z][\w'’-]*){0,2})[ \t]*:[ \t\u00a0]+"
                  r"(?P<turn>\S[^\n]*)$", re.MULTILINE)
TITLE_CASE_LABEL = re.compile(r"[A-Z][a-z]")  # "Clarke:", "Sarah Clarke:": a turn only when the article names them
# Labels that head page, list and fact-check lines, never a speaker's turn.
NOT_SPEAKERS = frozenset("""UPDATE UPDATED UPDATES CORRECTION NOTE EDITOR'S EDITOR’S PHOTO PHOTOS VIDEO WATCH READ MORE
RELATED SOURCE SOURCES CREDIT BREAKING EXCLUSIVE ADVERTISEMENT AD CLICK HERE SEE ALSO LISTEN SUBSCRIBE SHARE TAGS
TOPICS WARNING DISCLAIMER SPOILER ALERT PS P.S. NB N.B. FILE IMAGE CAPTION GRAPHIC MAP CHART WHEN WHERE WHAT WHO
WHY HOW TIME DATE PLACE LOCATION COST PRICE TICKETS ADDRESS PHONE EMAIL WEBSITE DEADLINE PROS CONS VERDICT RATING
SCORE RESULT RESULTS STATUS TOTAL SUMMARY BACKGROUND CONTEXT FACT FACTS CHECK CLAIM CLAIMS RULING THE BOTTOM LINE
KEY POINTS TAKEAWAY TAKEAWAYS STEP INGREDIENTS METHOD SERVES TIP TIPS Q&A FAQ""".split())
# Unnamed speakers a transcript labels by their part.
PARTS = frozenset("""MODERATOR HOST ANCHOR INTERVIEWER REPORTER QUESTION ANSWER AUDIENCE MEMBER CALLER
PANELIST PANELLIST JUDGE WITNESS UNIDENTIFIED MALE FEMALE SPEAKER""".split())
TURN_CONFIDENCE = 0.9  # raw score before calibration: a labelled turn is speech by its label's speaker
MIN_TURNS = 2


def known_speaker(label: str, index: PersonIndex) -> bool:
    """True for "Q", "A", a part ("MODERATOR") or a name the article writes elsewhere ("PENCE", "MR. TRUMP")."""
    words = label.replace(".", " ").split()
    if label in ("Q", "A") or all(word in PARTS for word in words):
        return True
    last = words[-1].capitalize() if words else ""
    return last in index.by_surname or any(last in name.split() for _, name in index.mentions)


def turns(text: str, index: PersonIndex | None = None) -> list[re.Match]:
    """The turn lines of a transcript, or none when the document is not one.

    Interviewers are often named only by their label ("WALLACE:"), so any label but a page or list
    word counts once one label of the document is a known speaker.
    """
    index = index or PersonIndex(text)
    found = [m for m in TURN.finditer(text) if not set(m.group("label").replace(".", " ").split()) & NOT_SPEAKERS
             and not (TITLE_CASE_LABEL.match(m.group("label")) and not known_speaker(m.group("label"), index))]
    dialogue = dialogue_labels(found)
    found = [m for m in found if not TITLE_CASE_LABEL.match(m.group("label")) or
             (speaks(m) and label_key(m) in dialogue)]
    anchored = any(known_speaker(m.group("label"), index) for m in found)
    return found if anchored and len(found) >= MIN_TURNS else []


def speaks(turn: re.Match) -> bool:
    """Two or more words in the turn: speech, not a result ("Clinton: 1,769.")."""
    return len(re.findall(r"[^\W\d_]{2,}", turn.group("turn"))) >= 2


def label_key(turn: re.Match) -> str:
    """A label's last word: "Chris Matthews" and then "Matthews" are one speaker."""
    return turn.group("label").split()[-1]


def dialogue_labels(found: list[re.Match]) -> set[str]:
    """The labels (as label_key) that speak in two or more turns that another label's turn interrupts: a
    dialogue, not a list of results or of one person's headlines."""
    labels = [label_key(m) for m in found if speaks(m)]
    dialogue = set()
    for label in set(labels):
        first, last = labels.index(label), len(labels) - 1 - labels[::-1].index(label)
        if first < last and any(other != label for other in labels[first:last]):
            dialogue.add(label)
    return dialogue


def turn_content(text: str, turn: re.Match) -> TextSpan:
    """The spoken part of a turn line, without the closing mark of a turn the page wrapped in quotes."""
    start, end = turn.span("turn")
    opened = text[turn.start():turn.start("label")].strip() in ("\"", "“")
    if opened and text[end - 1] in "\"”" and text[start:end - 1].count(text[end - 1]) % 2 == 0:
        end -= 1
    return text_span(text, start, end)


STAGE_DIRECTION = re.compile(r"^[(\[].*[)\]]\W*$")  # "(CROSSTALK)", "[BEGIN VIDEO CLIP]"


def continuation(text: str, after: int, before: int) -> list[TextSpan]:
    """Paragraphs between two turns, stage directions left out: the earlier speaker going on."""
    return [text_span(text, start, end) for start, end in paragraphs(text)
            if after <= start and end <= before and not STAGE_DIRECTION.match(text[start:end])]


def transcript_turns(text: str, drafts: list[Draft], index: PersonIndex | None = None) -> list[Draft]:
    """Replace the tagger's quotes on transcript lines by one direct quote per turn (index: the text's, if built)."""
    found = turns(text, index)
    if not found:
        return drafts
    made = []
    for position, turn in enumerate(found):
        following = found[position + 1].start() if position + 1 < len(found) else None
        fragments = [turn_content(text, turn)]
        if following is not None:
            fragments += continuation(text, turn.end(), following)
        colon = text.index(":", turn.end("label"))
        made.append(Draft(fragments=fragments, source=text_span(text, *turn.span("label")),
                          speaker_confidence=TURN_CONFIDENCE, cue=text_span(text, colon, colon + 1),
                          confidence=TURN_CONFIDENCE, extra={"type": "direct"}))
    # The tagger's own try at a turn (its speaker the label) gives way; what someone else is reported
    # to have said inside a turn ("My staff cautioned me not to ...") stays a quote of its own.
    labels = [d.source for d in made]
    kept = [d for d in drafts
            if not any(overlaps(span, label) for label in labels for span in d.fragments + [d.source] if span)
            and not (d.source is None and any(covers(turn, d) for turn in made))]
    return sorted(kept + made, key=lambda d: d.fragments[0].start)


def covers(turn: Draft, draft: Draft) -> bool:
    """True when a speakerless draft lies wholly inside the turn's words: a piece of the turn itself."""
    return all(any(f.start <= g.start and g.end <= f.end for f in turn.fragments) for g in draft.fragments)


# An interview printed as questions and answers without labels: "How has the first year been?" on a line of
# its own, then the answer in the first person.
QUESTION_LINE = re.compile(r"[^\n“”\"«»]{3,200}\?")
FIRST_PERSON = re.compile(r"\b(?:I|I'm|I’m|I've|I’ve|I'd|I’d|I'll|I’ll|me|my|we|We|we've|We've|we’ve|We’ve|our|Our|us)\b")
MIN_ANSWERS = 2
ANSWERING_SELF = re.compile(r"(?i)i|we")  # the tagger's speaker of an answer's own words
# What an introduction says of an interview ("She spoke to the Courier about housing"): rhetorical questions in a
# column are no interview
INTERVIEW_INTRO = re.compile(r"\b(?:interview|interviewed|spoke[ \t]+(?:to|with)|talked[ \t]+(?:to|with)|sat[ \t]+down[ \t]+with|"
                             r"Q&A|conversation[ \t]+with|answered[ \t]+(?:our[ \t]+|readers'[ \t]+)?questions)\b", re.I)


def question_answers(text: str) -> list[tuple[tuple[int, int], list[tuple[int, int]]]]:
    """(question paragraph, answer paragraphs) for each unlabelled question and the first-person answer after it;
    none unless the document holds at least two."""
    lines = paragraphs(text)
    pairs, position = [], 0
    while position < len(lines):
        start, end = lines[position]
        if not QUESTION_LINE.fullmatch(text, start, end) or len(text[start:end].split()) > 30:
            position += 1
            continue
        answer = []
        position += 1
        while position < len(lines) and not QUESTION_LINE.fullmatch(text, *lines[position]):
            answer.append(lines[position])
            position += 1
        if answer and FIRST_PERSON.search(text, answer[0][0], answer[0][1]) and \
                not any(mark in text[answer[0][0]:answer[0][1]] for mark in "“”\"«»"):
            pairs.append(((start, end), answer))
    return pairs if len(pairs) >= MIN_ANSWERS else []


def interviewee_mention(index: PersonIndex, before: int) -> TextSpan | None:
    """The last mention, before the first question, of the person the introduction names most: who answers."""
    counts: dict[str, int] = {}
    for run, name in index.outside_quotes:
        if run.start < before and index.is_person(name):
            counts[name] = counts.get(name, 0) + 1
    if not counts:
        return None
    subject = max(counts, key=lambda name: (counts[name], -min(r.start for r, n in index.outside_quotes if n == name)))
    last = max((run for run, name in index.outside_quotes if name == subject and run.start < before), key=lambda r: r.start)
    return text_span(index.text, last.start, last.end)


def interview_answers(text: str, drafts: list[Draft], index: PersonIndex) -> list[Draft]:
    """Each answer of an interview printed without labels is one direct quote of the person the introduction
    names; the tagger's own tries at an answer (its speaker "I" or "we", or none) give way, while what an answer
    reports others to have said stays."""
    pairs = question_answers(text)
    if not pairs or not INTERVIEW_INTRO.search(text, 0, pairs[0][0][0]) or turns(text, index):
        return drafts  # no interview, or one whose turns are labelled
    speaker = interviewee_mention(index, pairs[0][0][0])
    if speaker is None:
        return drafts
    made = [Draft(fragments=[text_span(text, start, end) for start, end in answer], source=speaker,
                  speaker_confidence=TURN_CONFIDENCE, confidence=TURN_CONFIDENCE, extra={"type": "direct"})
            for _, answer in pairs]
    kept = [d for d in drafts if not (any(covers(answer, d) for answer in made) and
                                      (d.source is None or ANSWERING_SELF.fullmatch(d.source.text.strip())))]
    return sorted(kept + made, key=lambda d: d.fragments[0].start)
