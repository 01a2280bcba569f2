"""Words reported inside a relative clause ("Luis Ortega, who said his squad could “beat anyone”,
faced questions") end where the clause ends, not at the end of the sentence."""
from __future__ import annotations

import re

from ..results import text_span
from ..speakers.antecedents import sentence_begin
from ..speakers.descriptions import ROLES
from ..speakers.names import TITLES
from ..speakers.organisations import DATELINE
from ..speakers.people import PersonIndex
from ..speakers.subjects import SUBJECT_VERB
from .layout import RULE_CONFIDENCE, Draft, draft_over
from .nested import SPEECH

RELATIVE = frozenset({"who", "which", "whom"})
# ", faced questions": a comma, then a finite verb of the main clause (the comma may sit inside a closing mark:
# "has warned that costs are "spiralling," will publish").
CLAUSE_END = re.compile(r",(?P<mark>[”\"’]?)\s+(?=(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|can|could|did|does|"
                        r"won|lost|made|took|got|left|met|ran|went|came|gave|said|says|faced|remains|remained|"
                        r"became|becomes|resigned|denied|signed|spent|kept|held|led|told|"
                        r"say|tell|argue|warn|claim|believe|think|agree|insist|want|fear|expect)\b)")


def end_relative_clauses(text: str, drafts: list[Draft]) -> list[Draft]:
    """Cut a content whose speaker is a relative pronoun after a comma at the comma that closes the clause."""
    for draft in drafts:
        source = draft.source
        if source is None or source.text.strip().lower() not in RELATIVE:
            continue
        if not text[:source.start].rstrip().endswith(","):
            continue  # "the man who said": a restrictive clause has no closing comma to find
        last = draft.fragments[-1]
        closing = CLAUSE_END.search(last.text)
        if closing is None or closing.start() == 0:
            continue
        cut = closing.end("mark") if closing.group("mark") else closing.start()  # a closing mark stays with its words
        draft.fragments[-1] = text_span(text, last.start, last.start + cut)
    return drafts


CLAUSE_AFTER_SOURCE = re.compile(r",[ \t]+(who|whom)\b[^.;:!?\n]*$")


def speakers_of_relative_clauses(text: str, drafts: list[Draft]) -> list[Draft]:
    """A content inside "NAME, who said ..." right after its source is the relative pronoun's, not the phrase's.

    In "Critics of Mayor Dana Whitlock, who insisted that the budget was “fully funded”, say ..." the
    first report is Whitlock's: its speaker becomes the "who", which names the nearest person before it.
    """
    for draft in drafts:
        source = draft.source
        if source is None or source.text.strip().lower() in RELATIVE or source.end > draft.fragments[0].start:
            continue
        between = text[source.end:draft.fragments[0].start]
        clause = CLAUSE_AFTER_SOURCE.match(between)
        if clause is None or CLAUSE_END.search(between):
            continue  # the content comes after the clause closes: the phrase itself speaks
        start = source.end + clause.start(1)
        draft.source = text_span(text, start, start + len(clause.group(1)))
    return drafts


TITLE_WORDS = TITLES | ROLES | {"leader", "chief", "head"}
# The clause before a cue, when it is only a subject: titles, a name, an apposition, a time.
SUBJECT_ONLY = re.compile(r"[ \t]*(?P<subject>(?:[A-Z][\w'’.-]*|[a-z]+)(?:[ \t]+(?:[A-Z][\w'’.-]*|[a-z]+)){0,5}?)"
                          r"(?:,[^,.;:“”\"\n]{2,60},)?"
                          r"(?:[ \t]+(?:on|this|last|late|early)(?:[ \t]+[A-Za-z]+){1,2}?)?[ \t]*")


def subjects_of_orphans(text: str, drafts: list[Draft], index: PersonIndex) -> list[Draft]:
    """A content the tagger linked to no one, whose cue opens after a clause that is only a named
    subject ("Opposition leader Anil Sharma on Thursday called ..."), is that subject's."""
    for draft in drafts:
        cue, first = draft.cue, draft.fragments[0]
        if cue is None or cue.end > first.start or \
                not (re.match(rf"(?:{SPEECH})\b", cue.text.lower()) or cue.text.lower() in PARTICIPLE_CUES):
            continue  # "Oskar Lind has faced calls to step down": the subject is not who speaks
        start = sentence_begin(text, cue.start)  # past "Gen." in "Retired Gen. Norman Ham"
        # a speaker the tagger took from the sentence before, when the cue's own sentence opens on a name
        elsewhere = draft.source is not None and draft.source.end <= start
        if draft.source is not None and not elsewhere:
            continue
        clause = SUBJECT_ONLY.fullmatch(text, start, cue.start)
        if elsewhere and (clause is None or not any(clause.start("subject") <= run.start < clause.end("subject")
                                                    for run, _ in index.outside_quotes)):
            continue  # only a name opening the cue's sentence overrules the tagger
        if clause is None:
            nested = nested_subject(text, start, cue.start, index) or participle_subject(text, start, cue)
            if nested is not None:
                # "Rahimi said a passenger, Lena Fischer, told him ...": hers; "Volkswagen cut its
                # forecast, blaming weak demand": the sentence's subject blames
                draft.source = nested
            continue
        words = clause.group("subject").split()
        named = [run for run, _ in index.outside_quotes if clause.start("subject") <= run.start < clause.end("subject")]
        apposed = APPOSED_NAME.match(text, clause.end("subject"))
        if not named and apposed and re.fullmatch(r"(?:His|Her|Their|Its|The)[ \t]+[a-z]+", clause.group("subject")) and \
                words[-1].lower() in TITLE_WORDS and \
                any(run.start == apposed.start("name") and run.end == apposed.end("name") for run, _ in index.outside_quotes):
            # "His spokesman, Gabor Nemeth, said": the role and the name set beside it
            draft.source = text_span(text, clause.start("subject"), apposed.end("name"))
            draft.speaker_confidence = max(draft.speaker_confidence, RULE_CONFIDENCE)
            continue
        if not named or any(w.islower() and w.lower() not in TITLE_WORDS for w in words):
            continue  # a subject with other words than titles and a name: the tagger's to judge
        draft.source = text_span(text, clause.start("subject"), clause.end("subject"))
    return drafts


APPOSED_NAME = re.compile(r",[ \t]+(?P<name>[A-Z][\w'’.-]*(?:[ \t]+[A-Z][\w'’.-]*){1,3}),")
PARTICIPLE_CUES = frozenset("""saying adding blaming warning arguing insisting noting claiming citing accusing calling
describing urging stressing explaining complaining promising vowing""".split())
OPENING_FUNCTION_WORDS = frozenset("""after when while although though since as if because before despite in on at
for with by from during until unless once but and so yet then also""".split())
OPENING_SUBJECT = re.compile(r"[ \t]*(?P<subject>(?:[Tt]he|[Ii]ts|[Hh]is|[Hh]er|[Tt]heir)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+"
                             r"|(?:[A-Z][\w&'’.-]*[ \t]+(?:(?:of|for|and|&)[ \t]+(?:the[ \t]+)?)?){0,4}[A-Z][\w&'’-]*)")


DATELINE_START = re.compile(DATELINE)


# "The Bank of England held rates on Thursday, but said ...": a speech verb sharing the sentence's subject
SHARED_SUBJECT_LINK = re.compile(r"(?:,[ \t]*|[ \t]+)(?:but|and|yet)[ \t]+(?:also[ \t]+|later[ \t]+|then[ \t]+)?$")


def participle_subject(text: str, start: int, cue):
    """For a participle cue after a comma (", blaming ...") or a speech verb after "but" or "and" ("..., but
    said"), the subject that opens its sentence before the main verb ("Volkswagen cut its forecast on Friday,
    blaming ...", "The company cut ..."), else None."""
    participle = cue.text.lower() in PARTICIPLE_CUES and text[:cue.start].rstrip(" \t").endswith(",")
    shared = re.match(rf"(?:{SPEECH})\b", cue.text.lower()) and SHARED_SUBJECT_LINK.search(text, max(0, cue.start - 20), cue.start)
    if not participle and not shared:
        return None
    dateline = DATELINE_START.match(text, start, cue.start)  # "WASHINGTON (AP) — The Federal Reserve kept ..."
    subject = OPENING_SUBJECT.match(text, dateline.end() if dateline else start, cue.start)
    if subject is None or subject.group("subject").split()[0].lower() in OPENING_FUNCTION_WORDS or \
            not SUBJECT_VERB.match(text, subject.end("subject"), cue.start):
        return None  # "After Volkswagen cut its forecast, analysts ...": no subject opens that sentence
    return text_span(text, subject.start("subject"), subject.end("subject"))


DETERMINER_SOURCES = frozenset({"the", "a", "an", "this", "that", "these", "those", "his", "her", "their", "its"})


def misread_noun_cues(text: str, drafts: list[Draft]) -> list[Draft]:
    """"said the claims were false": a tagger that took "the" for a speaker and the noun "claims" for a cue
    gets the words back from "the", with the speech verb right before them as the cue and no speaker (the
    clause's subject is looked for next)."""
    for draft in drafts:
        source, cue, first = draft.source, draft.cue, draft.fragments[0]
        if source is None or cue is None or source.text.strip().lower() not in DETERMINER_SOURCES or \
                text[source.end:cue.start].strip() or cue.end > first.start or text[cue.end:first.start].strip():
            continue
        offset = max(0, source.start - 40)
        verb = re.search(rf"\b(?P<verb>{SPEECH})(?:[ \t]+that)?[ \t]+$", text[offset:source.start])
        if verb is None:
            continue
        draft.fragments[0] = text_span(text, source.start, first.end)
        draft.cue = text_span(text, offset + verb.start("verb"), offset + verb.end("verb"))
        draft.source, draft.speaker_confidence = None, 0.0
    return drafts


# After a speech verb: "(that) a passenger, Lena Fischer," or "(that) Defence Minister Ines Calder", then the cue.
NESTED_SUBJECT = re.compile(r"[ \t]+(?:that[ \t]+)?(?P<subject>(?:(?:an?|the)[ \t]+(?:[a-z-]+[ \t]+){0,2}[a-z-]+,[ \t]+)?"
                            r"(?:[A-Z][\w'’.-]*[ \t]+|[a-z]+[ \t]+(?=[A-Z])){0,4}[A-Z][\w'’-]*),?[ \t]*")


def nested_subject(text: str, start: int, end: int, index: PersonIndex):
    """The named subject between the sentence's last speech verb and a cue ("said a passenger, Lena
    Fischer, told"), as a span; None if the words there are anything else."""
    verbs = list(re.finditer(rf"\b(?:{SPEECH})\b", text[start:end]))
    if not verbs:
        return None
    clause = NESTED_SUBJECT.fullmatch(text, start + verbs[-1].end(), end)
    if clause is None:
        return None
    start, end = clause.span("subject")
    return text_span(text, start, end) if name_ending(index, start, end) else None


def name_ending(index: PersonIndex, start: int, end: int):
    """The first name run (outside quotes) that lies in [start, end) and ends exactly at end, else None."""
    return next((run for run, _ in index.outside_quotes if start <= run.start and run.end == end), None)


# "“...,” novelist Clara Jensen told": after a closing mark and its comma, a few plain words and a name,
# then the cue.
SIGNER = r"(?:(?:the|[a-z][\w-]*)[ \t]+){0,3}(?:[A-Z][\w'’.-]*[ \t]+){0,4}[A-Z][\w'’-]*"
AFTER_QUOTE = re.compile(rf"[ \t]*(?P<subject>{SIGNER})[ \t]*$")
CUE_THEN_SUBJECT = re.compile(r"[ \t]+(?P<subject>(?:(?!(?:on|in|at|of|for|to|by|from|after|before|during|with|the|a|an)\b)"
                              r"[a-z][\w-]*[ \t]+){0,2}(?:[A-Z][\w.'’-]*[ \t]+){0,4}[A-Z][\w'’-]*)"
                              r"(?=[ \t]*(?:[,.;:]|on|in|at|after|before|as|during|yesterday|today|$))")
# Verbs whose inverted subject is the speaker ("..., declared board chair Ingrid Solberg"), not the one spoken to
# ("told Reuters")
SAYING_INVERTED = re.compile(r"(?:said|says|declared|declares|added|adds|insisted|insists|wrote|writes|asked|asks|"
                             r"warned|warns|explained|explains|argued|argues|stated|states|continued|replied)$")
NOT_SUBJECT_WORDS = frozenset({"to", "of", "for", "with", "by", "from", "about", "close", "near", "and", "or", "but",
                               "as", "at", "in", "on", "than", "who", "which", "that", "when", "while", "after"})


def speakers_before_cues(text: str, drafts: list[Draft], index: PersonIndex) -> list[Draft]:
    """A direct quote whose cue follows a name right after the closing mark is that person's, whoever the
    tagger linked it to ("“I wrote the book,” novelist Clara Jensen told ..." is not the headline's "Author")."""
    for draft in drafts:
        cue, last = draft.cue, draft.fragments[-1]
        if cue is None or cue.start < last.end or not re.match(rf"(?:{SPEECH})\b", cue.text.lower()):
            continue
        if not re.match(r",?[”\"»’“«]", text[last.end - 1:cue.start]):
            continue  # the quote must close right before the words that sign it
        between = text[last.end:cue.start]
        if re.fullmatch(r"[ \t,]*", between):
            inverted = CUE_THEN_SUBJECT.match(text, cue.end)
            source = draft.source
            if inverted and name_ending(index, *inverted.span("subject")) and \
                    (source is None or SAYING_INVERTED.match(cue.text.lower()) and
                     not (inverted.start("subject") <= source.start < inverted.end("subject"))):
                # "« ... », declared Mayor Claire Vautrin on Monday": the one named after the cue, whoever the
                # tagger linked ("Berg", named before the quote)
                draft.source = text_span(text, inverted.start("subject"), inverted.end("subject"))
            continue
        found = AFTER_QUOTE.fullmatch(between)
        if found is None or len(between) > 80:
            continue
        words = found.group("subject").split()
        if any(w.lower() in NOT_SUBJECT_WORDS for w in words):
            continue
        start, end = last.end + found.start("subject"), last.end + found.end("subject")
        named = name_ending(index, start, end)
        source = draft.source
        if named is None or (source is not None and source.start <= named.start and named.end <= source.end):
            continue  # the tagger's speaker already holds the name ("union" alone of "union secretary Dara Quinn" does not)
        draft.source = text_span(text, start, end)
    return drafts


# A quote opening its paragraph or sentence, closed with a comma (or ! ?) inside or right after its mark,
# then a name and a speech verb: "“Cheap flights are over,” chief executive Lars Nygaard told investors"; or the
# verb and then the name ("..., said Dr. Agostinho Sousa of the UK Health Security Agency, adding ...").
SIGNED_QUOTE = re.compile(r"(?:^|(?<=\n)|(?<=[.!?][ \t])|(?<=[.!?][”\"»][ \t]))[ \t]*"
                          r"(?P<quote>“[^“”\n]{3,600}?(?:[,!?]”|”,)|«[^«»\n]{3,600}?(?:[,!?][ \t]?»|[ \t]?»,)|"
                          r"»[^«»\n]{3,600}?(?:[,!?]«|«,)|\"[^\"\n]{3,600}?(?:[,!?]\"|\",)|"
                          r"„[^„“”\n]{3,600}?(?:[,!?][“”]|[“”],))"  # German „...“, declared Kai Wegner
                          rf"(?:[ \t]+(?P<subject>{SIGNER})[ \t]+(?P<cue>{SPEECH}|asked|asks)\b|"
                          rf"[ \t]+(?P<cue2>{SPEECH}|asked|asks)[ \t]+(?P<subject2>{SIGNER})(?=[ \t]*(?:[,.;:]|on|in|at|of|from|$)))")


def quotes_signed_after(text: str, drafts: list[Draft], index: PersonIndex) -> list[Draft]:
    """A direct quote the tagger missed or left without a speaker, signed right after its closing mark by a
    named person and a speech verb ("«Neutrality is not indifference», Foreign Minister Anna Keller said,
    noting that ...", where the tagger gave the name and verb to the participle's report only)."""
    added = []
    for match in SIGNED_QUOTE.finditer(text):
        subject, verb = ("subject", "cue") if match.group("subject") else ("subject2", "cue2")
        words = match.group(subject).split()
        if any(w.lower() in NOT_SUBJECT_WORDS for w in words):
            continue
        start, end = match.span(subject)
        if name_ending(index, start, end) is None:
            continue
        quote = text_span(text, *match.span("quote"))
        source, cue = text_span(text, start, end), text_span(text, *match.span(verb))
        owner = draft_over(drafts, quote)
        if owner is None:
            added.append(Draft(fragments=[quote], source=source, speaker_confidence=RULE_CONFIDENCE, cue=cue,
                               confidence=RULE_CONFIDENCE))
        elif owner.source is None:  # a speaker the tagger chose stays: "..., Sanders wrote, CNN reported" is CNN's
            owner.source, owner.speaker_confidence = source, RULE_CONFIDENCE
            owner.cue = owner.cue or cue
            # the words, not who signs them: no fragment reaches past the closing mark into the signature
            kept = [f if f.end <= quote.end or f.start >= end else text_span(text, f.start, quote.end)
                    for f in owner.fragments if not (start <= f.start and f.end <= end)]
            owner.fragments = [f for f in kept if f.text.strip()] or owner.fragments
    return sorted(drafts + added, key=lambda d: d.fragments[0].start)


# A paragraph that is one quote, then "That was the message from Health Secretary Wes Streeting on Monday" or "So
# said X": the next paragraph names whose words they were.
QUOTE_PARAGRAPH = re.compile(r"(?:^|(?<=\n))[ \t]*(?P<quote>“[^“”\n]{3,600}”|\"[^\"\n]{3,600}\"|«[^«»\n]{3,600}»)[ \t]*\n[ \t]*\n?"
                             r"[ \t]*(?:(?:That|This|Those|These)[ \t]+(?:was|were|is|are)[ \t]+(?:the[ \t]+)?(?:[a-z]+[ \t]+){0,2}"
                             r"(?P<cue>message|warning|verdict|view|plea|words|advice|promise|call|reaction|response|"
                             r"assessment|appeal|vow)[ \t]+(?:from|of)|So[ \t]+(?P<cue2>said|says))[ \t]+")
NEXT_SIGNER = re.compile(rf"{SIGNER}")


def quotes_named_next(text: str, drafts: list[Draft], index: PersonIndex) -> list[Draft]:
    """A paragraph holding one quote and nothing else, left without a speaker, whose next paragraph opens by
    naming whose words they were ("That was the message from Health Secretary Wes Streeting on Monday")."""
    added = []
    for match in QUOTE_PARAGRAPH.finditer(text):
        signer = NEXT_SIGNER.match(text, match.end())
        if signer is None:
            continue
        run = next((r for r, _ in index.outside_quotes if match.end() <= r.start and r.end <= signer.end()), None)
        if run is None or any(w.lower() in NOT_SUBJECT_WORDS for w in text[match.end():run.end].split()):
            continue
        quote, cue_group = text_span(text, *match.span("quote")), "cue" if match.group("cue") else "cue2"
        source, cue = text_span(text, match.end(), run.end), text_span(text, *match.span(cue_group))
        if cue_group == "cue2":  # "So said X": "So" is no words of X's
            drafts = [d for d in drafts if not (len(d.fragments) == 1 and d.fragments[0].end <= cue.start and
                                                d.fragments[0].start >= quote.end and d.fragments[0].text.strip() == "So")]
        owner = draft_over(drafts, quote)
        if owner is None:
            added.append(Draft(fragments=[quote], source=source, speaker_confidence=RULE_CONFIDENCE, cue=cue,
                               confidence=RULE_CONFIDENCE))
        elif owner.source is None and owner.cue is None:
            owner.source, owner.cue, owner.speaker_confidence = source, cue, RULE_CONFIDENCE
    return sorted(drafts + added, key=lambda d: d.fragments[0].start)


# "Sharon Graham, the general secretary of Unite, who called the offer “an insult”, said ...": a naming verb in a
# relative clause, then its object and the quoted words, which the tagger sometimes leaves out ("called on", "called
# for" name nothing)
RELATIVE_NAMING = re.compile(r",[ \t]+(?P<who>who)[ \t]+(?:(?:had|has|have|once|also|recently|last[ \t]+[a-z]+)[ \t]+){0,2}"
                             r"(?P<cue>called|described|labell?ed|branded|dubbed)[ \t]+(?!(?:on|for|in|off|up)\b)"
                             r"(?P<content>(?:[\w'’-]+[ \t]+){1,6}?(?:as[ \t]+)?[“\"][^“”\"\n]{1,200}[”\"])")


def missed_relative_quotes(text: str, drafts: list[Draft]) -> list[Draft]:
    """A naming verb's quoted words inside a "who" clause that no draft holds become a quote of "who" (resolved, as
    the tagger's own relative pronouns are, to the person the clause follows)."""
    added = []
    for match in RELATIVE_NAMING.finditer(text):
        content = text_span(text, *match.span("content"))
        if draft_over(drafts, content) is None:
            added.append(Draft(fragments=[content], source=text_span(text, *match.span("who")),
                               speaker_confidence=RULE_CONFIDENCE, cue=text_span(text, *match.span("cue")),
                               confidence=RULE_CONFIDENCE))
    return sorted(drafts + added, key=lambda d: d.fragments[0].start) if added else drafts


def speakers_tagged_as_words(text: str, drafts: list[Draft], index: PersonIndex) -> list[Draft]:
    """A draft with no speaker whose first piece is only a named subject right before its cue ("Republican Senator
    Lindsey Graham" | told | "CNN's Dana Bash that the bill would pass"): that piece is the speaker, not words said;
    with no other piece ("The trust's chief executive, Dr Neil Carver" | apologised) nothing was said."""
    kept = []
    for draft in drafts:
        cue, first = draft.cue, draft.fragments[0]
        if draft.source is None and cue is not None and first.end <= cue.start and \
                not text[first.end:cue.start].strip(" \t,") and named_subject_only(text, first, index):
            if len(draft.fragments) == 1:
                continue
            if re.match(rf"(?:{SPEECH})\b", cue.text.lower()):
                draft.source, draft.fragments = first, draft.fragments[1:]
                draft.speaker_confidence = max(draft.speaker_confidence, RULE_CONFIDENCE)
        kept.append(draft)
    return kept


def named_subject_only(text: str, span, index: PersonIndex) -> bool:
    """True when the span is titles and a name, maybe with a role in apposition ("The trust's chief executive, Dr
    Neil Carver"), and no quoted words."""
    if any(mark in span.text for mark in "“”\"«»") or name_ending(index, span.start, span.end) is None:
        return False
    clause = SUBJECT_ONLY.fullmatch(text, span.start, span.end)
    words = clause.group("subject").split() if clause else []
    if clause and not any(w.islower() and w.lower() not in TITLE_WORDS for w in words):
        return True
    head, _, name = span.text.rpartition(",")
    return bool(head) and re.fullmatch(r"[ \t]*(?:[A-Z][\w'’.-]*[ \t]+){1,4}", name + " ") is not None and \
        re.fullmatch(r"(?:The|His|Her|Its|Their)[ \t]+[\w'’ -]{1,60}", head.strip()) is not None
