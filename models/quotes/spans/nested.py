"""Nested reports: in "Reporter Sam Ode wrote that the former minister, Ines Calder, called the plan
“a gamble”", the words are Calder's. The reporter is the speaker only of what the reporter says, so
a content that opens with another person's speech frame is handed to that person."""
from __future__ import annotations

import re

from ..results import TextSpan, text_span
from ..speakers.descriptions import parse_description
from ..speakers.names import sex_of_first_names
from ..speakers.people import clean_runs, title_gender
from .layout import RULE_CONFIDENCE, Draft

SPEECH = (r"said|says|told|tells|warned|warns|described|describes|called|calls|wrote|writes|argued|argues|"
          r"insisted|insists|claimed|claims|added|adds|promised|promises|vowed|vows|declared|declares|stated|"
          r"admitted|confirmed|denied|suggested|predicted|explained|noted|complained|acknowledged|announced|"
          r"assured|reminded|urged|conceded|boasted|recalled|testified|asserted|maintained|replied|responded|"
          r"retorted|countered|answered|quipped|joked|remarked")
# Who was spoken to ("told him", "warned colleagues"): part of the frame, not the start of the words.
AUDIENCE = (r"him|her|them|me|us|you|reporters|journalists|colleagues|staff|members|supporters|lawmakers|"
            r"officials|investors|voters|employees|workers|delegates|students|viewers|listeners|readers|"
            r"officers|police|investigators|detectives|agents|prosecutors|jurors|doctors|friends|parents|"
            r"neighbou?rs|fans|the\s+court|the\s+jury|"
            r"(?:the|his|her|their|a)\s+(?:\w+\s+)?(?:newspaper|paper|audience|crowd|committee|board|press|"
            r"station|magazine|program|programme|show|outlet|agency|network|site|website|reporter|interviewer)")
FRAME = re.compile(
    rf"\s*,?\s*(?:that\s+)?(?P<subject>[^.;:!?“”\"«»„\n]{{2,120}}?),?\s+"
    rf"(?:had\s+|has\s+|have\s+|once\s+|previously\s+|reportedly\s+)?(?:[a-z]+ly\s+)?(?P<cue>{SPEECH})\b"
    rf"(?P<audience>\s+(?:{AUDIENCE})\b)?(?:\s+that\b)?")
PRONOUNS = frozenset({"he", "she", "they", "it", "we", "i", "you", "who", "which"})
CLAUSE_WORDS = frozenset({"what", "whether", "how", "why", "when", "where", "if", "many", "some", "all"})
OPENING_MARKS = "“\"«„‘"
PLURAL_PEOPLE = re.compile(r"ministers|officials|aides|advisers|advisors|lawmakers|senators|executives|diplomats|"
                           r"investigators|prosecutors|doctors|scientists|experts|analysts|economists|critics|"
                           r"residents|witnesses|colleagues|allies|rivals|opponents|supporters")
# What shows rather than says: the words quoted after "the findings suggested" are the reporter's
FINDINGS = frozenset("""findings results data figures evidence numbers statistics""".split())
ACCORDING = re.compile(r"(?i)according[ \t]+to")  # its source follows it: "According to a memo, Holm told"
FRAME_REACH = 200  # characters between an outer cue and its content for the content to be its report


def names_someone(subject: str) -> bool:
    """True when a frame's subject is a named person or a described one, not a pronoun or a clause."""
    words = subject.split()
    if not words or len(words) > 12 or words[0].lower() in PRONOUNS | CLAUSE_WORDS:
        return False
    if re.search(r"['’]s?$", words[-1]):
        return False  # "the president's claims": a possessive, not a speaker
    if re.search(rf"\b(?:{SPEECH}|that)\b", subject):
        return False
    if words[-1].lower() in FINDINGS:
        return False  # "Kistler said the findings suggested coffee “should not be discouraged”": his words
    if words[0].lower() in ("the", "a", "an") and len(words) <= 4 and all(w.isalpha() and w.islower() for w in words[1:]):
        return True  # "the suspect", "a witness": someone, if no one the rules know by role
    if len(words) == 1 and words[0].islower() and PLURAL_PEOPLE.fullmatch(words[0]):
        return True  # "that ministers had privately described the plan as ...": they did
    return bool(clean_runs(subject, skip_headlines=False)) or parse_description(subject) is not None


SEX_OF_PRONOUN = {"he": "m", "she": "f"}


def sex_of_mention(written: str) -> str | None:
    """'m' or 'f' for a mention that is a pronoun, opens with Mr/Mrs/Ms, or holds a first name the lists know
    before a surname."""
    words = written.split()
    if not words:
        return None
    titled = title_gender(words[0].capitalize())  # "Mr", "Mrs.", "Ms"
    if words[0].lower() in SEX_OF_PRONOUN or titled:
        return SEX_OF_PRONOUN.get(words[0].lower()) or titled
    lexicon = sex_of_first_names()  # a first name only where a surname follows it: "Clinton" alone is no man
    return next((lexicon[w] for w, following in zip(words[:6], words[1:7])
                 if w[:1].isupper() and w in lexicon and following[:1].isupper()), None)


def other_sex_pronoun(subject: str, outer: TextSpan | None) -> bool:
    """True for "he" or "she" as a frame's subject when the outer speaker is of the other sex: in "Rachel Munro said
    he had told her: “...”" the words are his."""
    own = SEX_OF_PRONOUN.get(subject.strip().lower())
    other = sex_of_mention(outer.text) if outer is not None else None
    return own is not None and other is not None and own != other


def quoted(text: str, start: int, end: int) -> bool:
    """True when text[start:end] holds an opening quote mark."""
    return any(mark in text[start:end] for mark in OPENING_MARKS)


def speech_start(fragment: TextSpan) -> int:
    """Where the words proper begin: the first quote mark, else the fragment's end."""
    marks = [fragment.text.find(m) for m in OPENING_MARKS if m in fragment.text]
    return fragment.start + min(marks) if marks else fragment.end


def frame_in(text: str, draft: Draft) -> re.Match | None:
    """The speech frame ("that Calder had told him") a draft's content opens with, if any.

    The frame is looked for from the outer cue when it sits just before the content ("wrote that
    ..."), else, or when the words after the cue are no frame ("wrote in Sunday's edition that ..."),
    from the content's own start.
    """
    first = draft.fragments[0]
    starts = [first.start]
    cue = draft.cue
    if cue is not None and cue.end <= first.start and first.start - cue.end < FRAME_REACH and \
            "\n" not in text[cue.end:first.start]:
        starts.insert(0, cue.end)
    window_end = speech_start(first)
    for window_start in starts:
        match = FRAME.match(text, window_start, window_end)
        if match is None or not (names_someone(match.group("subject")) or
                                 other_sex_pronoun(match.group("subject"), draft.source)):
            continue
        if draft.source is not None and match.group("subject").strip() == draft.source.text.strip():
            return None
        return match
    return None


AUDIENCE_GAP = re.compile(rf"[ \t]*(?:(?:{AUDIENCE})[ \t]*)?,?[ \t]*")


def according_frame(text: str, frame: Draft, following: Draft) -> bool:
    """True when a frame-only content ("Holm told") sits under "According to ..." and the next content, of the
    same source, follows it after at most its audience ("staff"): the next content is the frame's subject's."""
    cue, source = frame.cue, frame.source
    if cue is None or not ACCORDING.fullmatch(cue.text.strip()):
        return False
    if following.source is None or source is None or (following.source.start, following.source.end) != \
            (source.start, source.end):
        return False
    gap = AUDIENCE_GAP.fullmatch(text, frame.fragments[-1].end, following.fragments[0].start)
    return gap is not None


# A whole sentence taken for words: "A former aide to the minister has told an inquiry that her boss ..."
SELF_FRAMED = re.compile(rf"(?P<subject>[^,.;:!?“”\"«»„\n]{{2,120}}?)\s+(?:has\s+|have\s+|had\s+)?(?P<cue>{SPEECH})\b"
                         rf"(?:\s+(?!that\b)[\w'’-]+){{0,4}}?\s+that\s+")


def framed_within(text: str, drafts: list[Draft]) -> list[Draft]:
    """A content the tagger gave no speaker or cue that is itself a report ("A former aide has told an inquiry
    that ...") keeps the words after "that", with the report's subject as speaker and its verb as cue."""
    for draft in drafts:
        first = draft.fragments[0]
        if draft.source is not None or draft.cue is not None or len(draft.fragments) != 1:
            continue
        match = SELF_FRAMED.match(text, first.start, first.end)
        if match is None or not names_someone(match.group("subject")) or match.end() >= first.end:
            continue
        draft.fragments[0] = text_span(text, match.end(), first.end)
        draft.source = text_span(text, *match.span("subject"))
        draft.cue = text_span(text, *match.span("cue"))
        draft.speaker_confidence = RULE_CONFIDENCE
    return drafts


def hand_nested_reports(text: str, drafts: list[Draft]) -> list[Draft]:
    """Give each content that opens with "X said/told/warned ..." to X; drop contents that are only such a frame."""
    kept: list[Draft] = []
    for position, draft in enumerate(drafts):
        match = frame_in(text, draft)
        if match is None:
            kept.append(draft)
            continue
        first = draft.fragments[0]
        following = drafts[position + 1] if position + 1 < len(drafts) else None
        words_start = match.end()
        while words_start < len(text) and (text[words_start].isspace() or text[words_start] in ":,"):
            words_start += 1
        if words_start >= first.end:
            # Only the frame of the next content: "that Calder had described" + "the plan as “...”".
            if following is not None and following.fragments[0].start - first.end <= 3 and \
                    quoted(text, first.end, following.fragments[-1].end):
                continue
            own = FRAME.fullmatch(text, first.start, first.end)
            if following is not None and own is not None and names_someone(own.group("subject")) and \
                    according_frame(text, draft, following):
                # "According to a memo, Holm told staff that ...": Holm's words, which the memo reports
                following.source = text_span(text, *own.span("subject"))
                following.cue = text_span(text, *own.span("cue"))
                following.speaker_confidence = RULE_CONFIDENCE
                continue
            kept.append(draft)
            continue
        if not quoted(text, words_start, draft.fragments[-1].end):
            kept.append(draft)  # only quoted words are handed on: unmarked reports stay the reporter's
            continue
        subject_start, subject_end = match.span("subject")
        draft.fragments[0] = text_span(text, max(words_start, first.start), first.end)
        draft.source = text_span(text, subject_start, subject_end)
        draft.cue = text_span(text, *match.span("cue"))
        draft.speaker_confidence = RULE_CONFIDENCE
        kept.append(draft)
    return kept
