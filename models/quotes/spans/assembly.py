"""Turn decoded token spans and their links into quotes with character offsets."""
from __future__ import annotations

import re
from dataclasses import dataclass, replace

import numpy as np

from ..features import CLOSING_MARKS, OPENING_MARKS, STRAIGHT_MARKS
from ..results import Quote, Speaker, TextSpan, text_span
from ..speakers import Mention, resolve_mentions
from ..speakers.groups import speaker_ids, speaker_key, speaker_kind
from ..speakers.names import NOT_NAME_WORDS, TITLES, first_name_genders, headline_spans, is_name_word
from ..speakers.people import PersonIndex
from ..timing import StageClock
from .according import according_to, message_from
from .boundaries import (outside_own_mentions, split_coordinated_reports, split_signed_tails, trim_edges,
                         with_named_object, with_own_marks, without_addressee, without_reporters_clauses)
from .decoding import TokenSpan
from .headlines import headline_quotes
from .junk import drop_junk
from .layout import (Draft, block_quotes, dash_signatures, embedded_posts, join_continued_paragraphs,
                     without_dialogue_dash)
from .nested import framed_within, hand_nested_reports
from .quote_types import classify
from .quoted_as import quoted_as_saying
from .relative import (end_relative_clauses, misread_noun_cues, missed_relative_quotes, quotes_named_next,
                       quotes_signed_after, speakers_before_cues, speakers_of_relative_clauses,
                       speakers_tagged_as_words, subjects_of_orphans)
from .transcripts import interview_answers, transcript_turns


@dataclass(frozen=True)
class LinkedContent:
    """A content span with its chosen source and cue (token spans or None) and link probabilities."""

    content: TokenSpan
    source: TokenSpan | None
    source_probability: float
    cue: TokenSpan | None


def char_span(text: str, offsets: np.ndarray, span: TokenSpan) -> TextSpan:
    """Character slice of the input covered by a token span."""
    return text_span(text, int(offsets[span.start, 0]), int(offsets[span.end - 1, 1]))


DANGLING_TAIL = re.compile(r"(?:,?[ \t]+(?:who|which|that|on|at|in|through|during|after|before|with|of|and|from|for|to|"
                           r"has|had|have|is|was|were|would|will|also))+[ \t,]*$")

# A past tense the tagger swept into a speaker ("Parents at St Anne's school met officials"); only verbs
# that are no noun ("left", "saw", "thought" and "set" are, on PolNeAR train)
TRAILING_VERB = re.compile(r"[ \t]+(?:met|told|said|spoke|wrote|urged|gave|took|sent|won|held|made|brought|chose)$")
RELATIVE_HEAD = re.compile(r"(?i:who|which|whom)\b(?=[ \t]+\S)")


def between(span: TokenSpan | None, left: TokenSpan, right: TokenSpan) -> bool:
    """True when a span sits in the gap between two content fragments."""
    return span is not None and left.end <= span.start and span.end <= right.start


def group_fragments(linked: list[LinkedContent], paragraph_breaks: np.ndarray | None = None,
                    in_marks=None) -> list[list[LinkedContent]]:
    """Join consecutive contents split around their shared cue: “...,” she said. “...” is one quote.

    Contents that merely share a cue placed before or after them all stay separate quotes, and so
    do contents in different paragraphs (paragraph_breaks[t]: a line break precedes token t).
    in_marks(item) says whether a content is a marked quote (for parts whose cue the tagger misplaced).
    """
    groups: list[list[LinkedContent]] = []
    for item in linked:
        previous = groups[-1][-1] if groups else None
        crosses = previous is not None and break_between(paragraph_breaks, previous.content.end, item.content.start)
        if previous is not None and not crosses and item.cue is not None and item.cue == previous.cue and \
                (item.source == previous.source or item.source is None or previous.source is None) and \
                (between(item.cue, previous.content, item.content) or
                 between(item.source or previous.source, previous.content, item.content)):
            groups[-1].append(item)
        elif previous is not None and not crosses and in_marks is not None and in_marks(previous) and \
                in_marks(item) and resumed_across_headline_cue(previous, item, paragraph_breaks):
            groups[-1][-1] = replace(previous, cue=item.cue)  # the headline's word was never its cue
            groups[-1].append(item)
        else:
            groups.append([item])
    return groups


RESUMED_GAP_TOKENS = 12  # '," said meteorologist Tomas Reyes, "' and no more


def resumed_across_headline_cue(first: LinkedContent, second: LinkedContent, paragraph_breaks: np.ndarray | None) -> bool:
    """True for "“The next 48 hours,” said X, “will be ...”" when the tagger tied the first part to a word of
    another line ("warning" in the headline "Storm warning"): the cue between the parts is both parts'."""
    if paragraph_breaks is None or first.cue is None or second.cue is None or \
            second.content.start - first.content.end > RESUMED_GAP_TOKENS or \
            not between(second.cue, first.content, second.content) or \
            second.source not in (None, first.source) and first.source is not None:
        return False
    cue, content = first.cue, first.content
    low, high = (cue.end, content.start) if cue.end <= content.start else (content.end, cue.start)
    return break_between(paragraph_breaks, low, high)


def break_between(paragraph_breaks: np.ndarray | None, low: int, high: int) -> bool:
    """True when a line break precedes one of the tokens low..high (paragraph_breaks[t]: before token t)."""
    return paragraph_breaks is not None and bool(paragraph_breaks[low:high + 1].any())


def line_breaks_before(text: str, offsets: np.ndarray) -> np.ndarray:
    """For each token, whether a line break lies between it and the token before."""
    starts = offsets[:, 0]
    previous_ends = np.concatenate([[0], offsets[:-1, 1]])
    return np.array([("\n" in text[e:s]) for e, s in zip(previous_ends, starts)], dtype=bool)


# Someone speaking for the name the tagger marked alone: "A spokesman for Adele", "a lawyer for the family"
SPEAKER_FOR_ROLE = re.compile(r"(?:[Aa]n?|[Tt]he)[ \t]+(?:[a-z-]+[ \t]+)?(?:spokes(?:man|woman|person)|lawyer|attorney|"
                              r"representative|publicist)")
SPEAKING_FOR_BEFORE = re.compile(rf"\b{SPEAKER_FOR_ROLE.pattern}[ \t]+for[ \t]+$")
SPEAKING_FOR_AFTER = re.compile(r"[ \t]+for[ \t]+(?:the[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+(?:of[ \t]+)?[A-Z][\w&'’.-]*){0,4}"
                                r"(?=[ \t]+(?:said|says|told|added|wrote|confirmed|declined|did|would|has|had)\b)")


def trim_mention(text: str, span: TextSpan, cue_after: bool = True) -> TextSpan:
    """A speaker mention without stray edges or a dangling tail ("Christie, who", "Clinton, at").

    On PolNeAR dev the tail cut adds 0.003 source F1 and 0.005 source accuracy on matched direct quotes.
    """
    span = trim_edges(text, span)
    if "\n" in span.text:  # "Related Stories Raj Patel\nTransport director Raj Patel": the line that speaks
        lines = [m.span() for m in re.finditer(r"[^\n]+", span.text) if m.group().strip()]
        keep = lines[-1] if cue_after else lines[0]
        span = trim_edges(text, text_span(text, span.start + keep[0], span.start + keep[1]))
    stops = list(SENTENCE_STOP.finditer(span.text))
    if stops:  # "the Northern Irishman, who carded a 66. Fleetwood, 34": the sentence next to the cue speaks
        start, end = (span.start + stops[-1].end(), span.end) if cue_after else \
            (span.start, span.start + stops[0].start("stop"))
        span = trim_edges(text, text_span(text, start, end))
    head = RELATIVE_HEAD.match(span.text)
    if head:  # "who last year" (warned ...): the speaker is the relative pronoun alone
        return text_span(text, span.start, span.start + head.end())
    tail = DANGLING_TAIL.search(span.text)
    if tail and tail.start() > 0:
        span = trim_edges(text, text_span(text, span.start, span.start + tail.start()))
    verb = TRAILING_VERB.search(span.text)
    if verb and verb.start() > 0 and len(span.text[:verb.start()].split()) >= 2 and \
            re.match(r"[ \t]+[a-z]", text[span.end:span.end + 3]):
        # "Parents at St Anne's primary school met (officials ...)": the verb is no part of who
        span = trim_edges(text, text_span(text, span.start, span.start + verb.start()))
    spoken_for = SPEAKING_FOR_BEFORE.search(text, max(0, span.start - 60), span.start)
    if spoken_for and span.text[:1].isupper():  # "A spokesman for Adele said": the spokesman speaks, for Adele
        span = text_span(text, spoken_for.start(), span.end)
    speaking_for = SPEAKING_FOR_AFTER.match(text, span.end) if SPEAKER_FOR_ROLE.fullmatch(span.text) else None
    if speaking_for:  # the tagger stopped at "A spokesman" (for Adele)
        span = text_span(text, span.start, speaking_for.end())
    cut_name = NAME_PARTICLE_END.search(span.text)
    rest = SURNAME_AFTER.match(text, span.end) if cut_name else None
    if rest:  # the tagger stopped inside "Sanne de Vries": the surname belongs to the mention
        span = text_span(text, span.start, rest.end())
    return text_span(text, span.start, surname_end(text, span)) if span.text else span


def surname_end(text: str, span: TextSpan) -> int:
    """Where the mention ends, reaching past the surname when the tagger stopped at a first name
    ("Transport minister Lilian| Greenwood denied"); never in a Title Case headline ("Clinton Says")."""
    words = span.text.split()
    following = NEXT_WORD.match(text, span.end)
    if words[-1] not in first_name_genders() or len(words) > 1 and is_name_word(words[-2]) or following is None or \
            not is_name_word(following.group(1)) or following.group(1) in NOT_NAME_WORDS or \
            following.group(1).lower().rstrip(".") in TITLES:
        return span.end
    line_start = text.rfind("\n", 0, span.start) + 1
    line_end = text.find("\n", span.end)
    line = text[line_start:line_end if line_end >= 0 else len(text)]
    return span.end if headline_spans(line) else following.end(1)


NEXT_WORD = re.compile(r"[ \t]([A-Z][\w'’-]*)(?![\w'’-])")


# A full stop ending a sentence inside a mention: after a lower-case word or a number ("Del.", "Pres.", "Fr." and
# "vs." are no sentence ends), before a capital
SENTENCE_STOP = re.compile(r"\b(?!(?:vs|etc|approx|al)\.)(?:[a-z]{2,}|\d+)(?P<stop>\.)[ \t]+(?=[A-Z])")
# Particles inside surnames ("Sanne de Vries", "Ursula von der Leyen"), after which a mention cannot end.
NAME_PARTICLE_END = re.compile(r"\b[A-Z][\w'’-]* (?:de|van|von|der|den|da|di|du|del|della|le|la|bin|al|ter|ten|dos|das)$")
SURNAME_AFTER = re.compile(r"(?:[ \t](?:der|den|la|le|los|las))?[ \t][A-Z][\w'’-]+")


FUNCTION_WORDS = frozenset("a an the to of that it its his her their as at what which who this these those and or "
                           "but in on for with by from".split())
QUOTE_MARKS = OPENING_MARKS | CLOSING_MARKS | STRAIGHT_MARKS
OPENING_OR_STRAIGHT, CLOSING_OR_STRAIGHT = OPENING_MARKS | STRAIGHT_MARKS, CLOSING_MARKS | STRAIGHT_MARKS
EDGE_CHARACTERS = " \t\n\r\u00a0.,;:!?()[]—–-…" + "".join(QUOTE_MARKS)


def stray_word(text: str, span: TextSpan) -> bool:
    """True for a lone lowercase word (or bare punctuation) outside quote marks: a tagging slip, not speech.

    On PolNeAR dev only a quarter of one-word contents are right, and dropping the lowercase
    ones (and capitalised function words, "The") outside marks adds about half a point of content
    F1; "Clinton" or “outrageous” stay.
    """
    inner = span.text.strip(EDGE_CHARACTERS)
    if len(inner.split()) > 1 or (inner[:1].isupper() and inner.lower() not in FUNCTION_WORDS):
        return False
    start = span.start + span.text.index(inner) if inner else span.start
    quoted = start > 0 and text[start - 1] in QUOTE_MARKS
    return not quoted


def cue_after(source_item: LinkedContent, cue_item: LinkedContent | None) -> bool:
    """True unless the cue comes before the source ("said Jane Doe")."""
    cue = cue_item.cue if cue_item else None
    return cue is None or cue.start >= source_item.source.end


BLANK_LINE = re.compile(r"\n[ \t\u00a0]*\n")


def within_paragraph(text: str, fragment: TextSpan, anchor: TextSpan | None) -> TextSpan:
    """A fragment cut at its first or last blank line, keeping the paragraph next to its cue or speaker.

    The tagger never ran a content over a paragraph break on PolNeAR dev (nor does the gold), but on a
    short headline line it can ("Mayor says no new taxes" running on into the first paragraph).
    """
    breaks = list(BLANK_LINE.finditer(fragment.text))
    if not breaks:
        return fragment
    if anchor is not None and anchor.start >= fragment.end:
        return trim_edges(text, text_span(text, fragment.start + breaks[-1].end(), fragment.end))
    return trim_edges(text, text_span(text, fragment.start, fragment.start + breaks[0].start()))


def drafts_from_links(text: str, offsets: np.ndarray, linked: list[LinkedContent]) -> list[Draft]:
    """One draft per group of content fragments, with its source, cue and raw scores."""
    drafts = []
    breaks = line_breaks_before(text, offsets)
    linked = [item for item in linked if not stray_word(text, char_span(text, offsets, item.content))]
    def in_marks(item: LinkedContent) -> bool:
        """True for a content that opens and closes on quote marks."""
        words = char_span(text, offsets, item.content).text.strip(" ,.")
        return len(words) > 1 and words[0] in OPENING_OR_STRAIGHT and words[-1] in CLOSING_OR_STRAIGHT

    for group in group_fragments(sorted(linked, key=lambda item: item.content.start), breaks, in_marks):
        source_item = next((item for item in group if item.source is not None), None)
        cue_item = next((item for item in group if item.cue is not None), None)
        anchor = char_span(text, offsets, cue_item.cue) if cue_item else \
            char_span(text, offsets, source_item.source) if source_item else None
        drafts.append(Draft(
            fragments=[within_paragraph(text, char_span(text, offsets, item.content), anchor) for item in group],
            source=trim_mention(text, char_span(text, offsets, source_item.source),
                                cue_after(source_item, cue_item)) if source_item else None,
            speaker_confidence=source_item.source_probability * source_item.source.score if source_item else 0.0,
            cue=char_span(text, offsets, cue_item.cue) if cue_item else None,
            confidence=float(np.mean([item.content.score for item in group]))))
    return drafts


SHORT_WORDS = 3


def unspoken(draft: Draft) -> bool:
    """Words nobody says: no speaker and no cue (“Welcome” on a sign), or no speaker and three words
    or fewer ("a curfew"). On PolNeAR dev the tagger returned 44 such short contents, 13 of them right."""
    if draft.source is not None:
        return False
    return draft.cue is None or sum(len(f.text.split()) for f in draft.fragments) <= SHORT_WORDS


def assemble_quotes(text: str, offsets: np.ndarray, linked: list[LinkedContent],
                    clock: StageClock | None = None) -> list[Quote]:
    """Build quotes in document order, with layout conventions applied and speaker names resolved."""
    clock = clock or StageClock(None)
    original, text = text, rules_view(text)  # the rules read plain spaces; offsets stay the input's
    drafts = split_signed_tails(text, outside_own_mentions(text, drafts_from_links(text, offsets, linked)))
    drafts = split_coordinated_reports(text, without_reporters_clauses(text, drafts))
    drafts = block_quotes(text, join_continued_paragraphs(text, drafts))
    drafts = embedded_posts(text, dash_signatures(text, without_dialogue_dash(text, drafts)))
    drafts = hand_nested_reports(text, framed_within(text, drop_junk(text, drafts)))
    drafts = end_relative_clauses(text, speakers_of_relative_clauses(text, drafts))
    index = PersonIndex(text)  # one per document, for the speaker, transcript and headline rules and the speakers
    drafts = speakers_tagged_as_words(text, drafts, index)
    drafts = with_own_marks(text, according_to(text, without_addressee(text, with_named_object(text, drafts))))
    drafts = message_from(text, drafts)
    drafts = missed_relative_quotes(text, quoted_as_saying(text, drafts))
    drafts = headline_quotes(text, interview_answers(text, transcript_turns(text, drafts, index), index), index)
    drafts = subjects_of_orphans(text, misread_noun_cues(text, drafts), index)
    drafts = quotes_named_next(text, quotes_signed_after(text, speakers_before_cues(text, drafts, index), index), index)
    drafts = [d for d in drafts if not unspoken(d)]
    clock.lap("layout")
    resolved = resolve_mentions(text, [Mention(d.source.text, d.source.start, d.source.end) if d.source else None
                                       for d in drafts], index=index)
    kinds = [speaker_kind(r) if r else None for r in resolved]
    ids = speaker_ids([speaker_key(r.name, kind) if r else None for r, kind in zip(resolved, kinds)])
    clock.lap("speakers")
    quotes = []
    for draft, found, kind, speaker_id in zip(drafts, resolved, kinds, ids):
        source = draft.source
        start, end = draft.fragments[0].start, draft.fragments[-1].end
        quote_type = draft.extra.get("type") or classify(text, draft.fragments, source)
        # Every span is cut from the input as sent, so text[start:end] is what the client sent.
        fragments = [text_span(original, f.start, f.end) for f in draft.fragments]
        speaker = Speaker(found.name, original[source.start:source.end], source.start, source.end,
                          draft.speaker_confidence, speaker_id, kind) if source else None
        cue = text_span(original, draft.cue.start, draft.cue.end) if draft.cue else None
        quotes.append(Quote(text=original[start:end], start=start, end=end, type=quote_type,
                            confidence=draft.confidence, fragments=fragments, speaker=speaker, cue=cue))
    return quotes


# Spaces other than " " that web copy carries (no-break, figure, narrow no-break, thin, hair).
ODD_SPACES = str.maketrans({"\u00a0": " ", "\u2007": " ", "\u202f": " ", "\u2009": " ", "\u200a": " "})


def rules_view(text: str) -> str:
    """The text the layout and name rules read: odd spaces as plain ones, one code point for one."""
    return text.translate(ODD_SPACES)
