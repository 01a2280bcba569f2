"""Quotes in headlines: "Brandt Open to Talks ‘Within Weeks’" quotes the headline's subject, Eva Brandt.

A quoted stretch in a headline line (each copy of a headline a scraped page repeats included) is a
direct quote: only the marked words, spoken by the person the headline names (or its role word:
"Mayor Vows ..."), with a headline verb ("Says", "Vows") as the cue when there is one.
"""
from __future__ import annotations

import re

from ..results import TextSpan, text_span
from ..speakers.descriptions import ROLES
from ..speakers.names import TITLES
from ..speakers.people import PersonIndex
from .layout import RULE_CONFIDENCE, Draft, draft_over

QUOTED = re.compile(r"“[^“”\n]+”|\"[^\"\n]+\"|«[^«»\n]+»|„[^„“\n]+“|(?<![\w’'])‘[^‘’\n]+’(?![\w’])"
                    r"|(?<![\w’'])'[^'\n]+'(?![\w'])")
WORD = re.compile(r"[^\W\d_][\w'’.-]*")
HEADLINE_VERBS = frozenset("""says say said vows vow calls call warns warn urges urge insists insist claims claim
promises promise tells tell slams slam denies deny admits admit defends defend rejects reject blasts blast
pledges pledge declares declare predicts predict hails hail""".split())
WORKS = frozenset("""film movie book novel song album show series play memoir documentary podcast musical opera
exhibition game brand campaign slogan hashtag""".split())
MAX_HEADLINE_CHARS = 160
MAX_HEADLINES = 4
MAX_SCANNED_LINES = 12  # menu and section lines included


# Words after a quoted headline stretch that end its phrase ("‘No Retreat’ on Pension Plan").
LINKING_WORDS = frozenset("""on in at for to over as after with from by of and or but if amid despite about against
before into under until while than says said""".split())


def headline_lines(text: str) -> list[tuple[int, int]]:
    """(start, end) of the lines above the first sentence of the body: short, no closing full stop.

    Lines of one or two words ("Menu", "POLITICS", "Skip to") do not count towards MAX_HEADLINES,
    so a scraped page's menu above the headline does not push the headline out.
    """
    lines, counted, scanned = [], 0, 0
    for match in re.finditer(r"[^\n]+", text):
        line = match.group().strip()
        if not line:
            continue
        scanned += 1
        if len(line) > MAX_HEADLINE_CHARS or re.search(r"[.!?:;][”\"’»)]?$", line) or counted >= MAX_HEADLINES \
                or scanned > MAX_SCANNED_LINES:
            break
        lines.append(match.span())
        counted += len(line.split()) >= 3
    return lines


OBJECT_PREPOSITIONS = frozenset("from to with against by on at for of over about".split())


def subject_of(text: str, index: PersonIndex, start: int, end: int) -> TextSpan | None:
    """Whom a headline names (a surname the article gives in full, a person's first), else its first role word."""
    words = [(m.start(), m.end(), m.group().rstrip(".’'")) for m in WORD.finditer(text, start, end)]
    named = [(position, item) for position, item in enumerate(words) if index.by_surname.get(item[2])]
    people = [(position, item) for position, item in named
              if any(index.is_person(name) for _, name in index.by_surname[item[2]])]
    for position, (word_start, word_end, word) in people + named:
        names = [name for _, name in index.by_surname.get(word, [])]
        if names:
            if position and words[position - 1][2] in {n.split()[0] for n in names}:
                word_start = words[position - 1][0]
            return text_span(text, word_start, word_end)
    for position, (word_start, word_end, word) in enumerate(words):
        if word.lower() in ROLES and word.lower() in TITLES and \
                not (position and words[position - 1][2].lower() in OBJECT_PREPOSITIONS):
            return text_span(text, word_start, word_end)  # "Mayor Vows ...", not "... answers from minister"
    return None


def body_speaker_named(text: str, drafts: list[Draft], start: int, end: int, body_start: int) -> TextSpan | None:
    """The body's first speaker whose head noun the headline uses ("Union attacks pay offer" above "The RMT
    union has rejected ..."), for a headline that names no person; else None."""
    quoted = [m.span() for m in QUOTED.finditer(text, start, end)]
    heads = {m.group().lower().rstrip("s") for m in WORD.finditer(text, start, end)
             if m.group()[:1].isupper() and not any(a <= m.start() < b for a, b in quoted)}
    for draft in drafts:
        source = draft.source
        if source is None or source.start < body_start:
            continue
        words = WORD.findall(source.text)
        if len(words) >= 2 and words[-1].lower().rstrip("s") in heads:
            return source
        if len(words) >= 3 and re.sub(r"['’]s?$", "", words[0]).lower().rstrip("s") in heads:
            return source  # "Farmers demand answers" above "Farmers' leader Tom Bradshaw said ..."
    return None


# A headline's next clause, which a speaker span the tagger ran on must stop before ("mayor as city bans cars")
HEADLINE_CLAUSE = re.compile(r"[ \t,]+(?:as|after|amid|while|despite|before|when|over)[ \t]+\w")
LEADING_QUOTE = re.compile(r"[ \t]*")  # the quote opens its headline line
LABEL_AFTER = re.compile(r"[ \t]*(?::|[—–-][ \t])")  # and a colon or a dash follows it: "‘Shameful’: Union ..."


def lede_speaker(text: str, drafts: list[Draft], body_start: int) -> TextSpan | None:
    """The speaker of the body's first paragraph, for a headline quote that names no one and no group the body
    names ("‘Unacceptable’: Regulator fines water firm" above "Ofwat said on Tuesday that ...")."""
    first_line = re.search(r"\S[^\n]*", text[body_start:])
    if first_line is None:
        return None
    start, end = body_start + first_line.start(), body_start + first_line.end()
    return next((d.source for d in drafts if d.source is not None and start <= d.source.start < end and
                 start <= d.fragments[0].start < end), None)


def group_word(written: str, index: PersonIndex) -> bool:
    """True for one plural word that names a group, not a person ("Farmers", "Nurses"; not "Sanders")."""
    return bool(re.fullmatch(r"[A-Z][a-z]+s", written.strip())) and written.strip() not in index.by_surname


def headline_verb(text: str, subject: TextSpan, end: int) -> TextSpan | None:
    """The headline's speech verb right after its subject ("Nowak Vows"), if any."""
    match = WORD.match(text, subject.end + 1, end) if subject.end + 1 < end else None
    if match and text[subject.end] == " " and match.group().lower() in HEADLINE_VERBS:
        return text_span(text, *match.span())
    return None


def quoted_modifier(text: str, match: re.Match, line_end: int) -> bool:
    """True for a quoted word or two that the next word carries on ("“smart” parking meters"): a term, not speech."""
    following = re.match(r"[ \t]+([a-z]+)", text[match.end():line_end])
    return len(match.group().split()) <= 2 and following is not None and following.group(1) not in LINKING_WORDS


def headline_quotes(text: str, drafts: list[Draft], index: PersonIndex | None = None) -> list[Draft]:
    """Make each quoted stretch of a headline a direct quote of the headline's subject (index: the text's, if built)."""
    lines = headline_lines(text)
    if not lines:
        return drafts
    index = index or PersonIndex(text)
    for draft in drafts:
        source = draft.source
        if source is not None and draft.fragments[0].start >= lines[-1][1] and \
                any(start <= source.start < end for start, end in lines):
            # "Witness describes crash" above "Taxi driver Ahmed Rahimi said ...": a headline's word is no
            # speaker of the body's reports (the clause's own subject is looked for later)
            draft.source, draft.speaker_confidence = None, 0.0
    added = []
    for line_start, line_end in lines:
        named = subject_of(text, index, line_start, line_end)
        body = body_speaker_named(text, drafts, line_start, line_end, lines[-1][1]) if named is None else None
        subject = named or body
        lede = lede_speaker(text, drafts, lines[-1][1]) if subject is None else None
        for match in QUOTED.finditer(text, line_start, line_end):
            before = text[line_start:match.start()].lower().split()
            if before and before[-1].strip(",:") in WORKS:
                continue
            if quoted_modifier(text, match, line_end):
                continue  # "Council approves “smart” parking meters": a quoted modifier, not speech
            fragment = text_span(text, *match.span())
            if subject is None and lede is not None and LEADING_QUOTE.fullmatch(text, line_start, match.start()) and \
                    LABEL_AFTER.match(text, match.end(), line_end):
                subject = lede  # "‘Unacceptable’: Regulator fines water firm": the headline quotes the lede's speaker
            owner = draft_over(drafts, fragment)
            if owner is not None:
                owner.fragments = [fragment]
                in_line = owner.source is not None and line_start <= owner.source.start < line_end
                clause = HEADLINE_CLAUSE.search(owner.source.text) if in_line else None
                if clause and clause.start() > 0:  # "says mayor as city bans cars": the mayor
                    owner.source = text_span(text, owner.source.start, owner.source.start + clause.start())
                if (not in_line or body is not None and group_word(owner.source.text, index)) and subject is not None:
                    # a headline naming a group ("Farmers demand answers") speaks through the body's speaker
                    owner.source, owner.speaker_confidence = subject, RULE_CONFIDENCE
                    owner.cue = headline_verb(text, subject, line_end)
            elif subject is not None:
                added.append(Draft(fragments=[fragment], source=subject, speaker_confidence=RULE_CONFIDENCE,
                                   cue=headline_verb(text, subject, line_end), confidence=RULE_CONFIDENCE))
    drafts = sorted(drafts + added, key=lambda d: d.fragments[0].start)
    return repeated_headline_speakers(text, said_in_body(text, drafts, lines, index), lines)


SAME_WORDS_AT_LEAST = 3  # words a headline quote must share with a body quote to be that speaker's


def spoken_words(fragment_text: str) -> str:
    """A quote's words for comparing, without marks, punctuation and case."""
    return " ".join(w.strip("'-") for w in re.findall(r"[\w'-]+", fragment_text.lower().replace("’", "'")) if w.strip("'-"))


def said_in_body(text: str, drafts: list[Draft], lines: list[tuple[int, int]], index: PersonIndex) -> list[Draft]:
    """A headline quote that names no person as its speaker ("'We were left to drown': Flood victims demand
    answers", "Unions: 'This Strike Will Go Ahead'" over "Rail unions said ...") is the body's speaker who says the
    same words in quote marks ("“We were left to drown,” she said")."""
    body_start = lines[-1][1]
    said = [(spoken_words(f.text), d.source) for d in drafts if d.source is not None and d.fragments[0].start >= body_start
            for f in d.fragments if any(mark in f.text for mark in "“\"‘'«„")]
    for draft in drafts:
        fragment = draft.fragments[0]
        if fragment.start >= body_start or len(draft.fragments) != 1:
            continue
        source = draft.source
        if source is not None and not group_or_role(source.text, index):
            continue  # a group the headline or the body names ("Unions:" -> "Rail unions") still gives way
        words = spoken_words(fragment.text)
        if len(words.split()) < SAME_WORDS_AT_LEAST:
            continue  # "'unsafe'": one word may be anyone's
        body = next((speaker for spoken, speaker in said if f" {words} " in f" {spoken} "), None)
        if body is not None:
            draft.source, draft.cue = body, None
    return drafts


def group_or_role(written: str, index: PersonIndex) -> bool:
    """True for a headline's group or bare role ("Flood victims", "Nurses", "Minister"), not a person's name."""
    words = written.split()
    return bool(words) and not any(w in index.by_surname for w in words) and (
        re.fullmatch(r"[A-Za-z]+[^s\W]s", words[-1]) is not None or words[-1].lower() in ROLES)


def repeated_headline_speakers(text: str, drafts: list[Draft], lines: list[tuple[int, int]]) -> list[Draft]:
    """A headline repeated on a scraped page ("'We were left to drown': Flood victims demand answers", twice or
    thrice, maybe with "| Site" after one) gives each repeat's quote the speaker its first showing has, at the
    same words of its own line."""
    spoken: dict[str, tuple[int, int, Draft]] = {}  # a line's text up to any " | " -> its start and a draft with a speaker
    for line_start, line_end in lines:
        line = text[line_start:line_end].split(" | ")[0].strip()
        for draft in drafts:
            if not line_start <= draft.fragments[0].start < line_end:
                continue
            first = spoken.get(line)
            if draft.source is not None and line_start <= draft.source.start < line_end:
                spoken.setdefault(line, (line_start, line_end, draft))
            elif draft.source is None and first is not None:
                start, end, model = first
                shift = line_start - start
                source = text_span(text, model.source.start + shift, model.source.end + shift)
                if source.end <= line_end and source.text == model.source.text:
                    draft.source, draft.speaker_confidence = source, model.speaker_confidence
                    draft.cue = text_span(text, model.cue.start + shift, model.cue.end + shift) if model.cue else None
    return drafts
