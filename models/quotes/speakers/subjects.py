"""Pronouns read from the sentence before: "Ortiz disagreed. She said" is Ortiz; "Residents of the
Eastgate estate packed a meeting. They said" is the residents."""
from __future__ import annotations

import re

from .antecedents import ABBREVIATION_BEFORE, sentence_begin, sentence_start
from .descriptions import ROLES, STATE_NAMES
from .names import TITLES, PersonMention, sex_of_first_names
from .organisations import BUSINESS_NOUNS, BUSINESS_SUBJECT, DATELINE, KIND_THEN_BUSINESS
from .people import TITLE_MODIFIERS, PersonIndex


# Past tenses news opens a sentence with that end in neither -ed nor -s ("Alonso, 43, won the race")
IRREGULAR_PAST = ("won", "lost", "took", "made", "gave", "went", "met", "left", "led", "ran", "fell", "rose", "beat",
                  "hit", "told", "said", "came", "became", "got", "kept", "held", "sent", "spent", "brought", "bought",
                  "built", "began", "broke", "chose", "drove", "flew", "grew", "knew", "paid", "put", "set", "sold",
                  "spoke", "stood", "struck", "swore", "threw", "wrote", "saw", "sat", "shot", "found", "felt",
                  "fought", "thought", "taught", "caught", "drew", "withdrew", "quit", "cut", "let", "read", "meant",
                  "sought")
SUBJECT_VERB = re.compile(r"(?:,[^,.;:“”\"\n]{2,120},)?(?:[ \t]+(?:this|last|on|early|late)(?:[ \t]+[A-Za-z]+){1,2}?)?"
                          r"[ \t]+(?:[a-z]+ly[ \t]+)?"
                          r"(?!(?:of|and|or|to|in|at|for|on|with|by|from|as|who|whose|which|that)\b)"
                          r"(?:[a-z]+(?:ed|s)|" + "|".join(IRREGULAR_PAST) + r")\b")
REPORTING_AFTER = re.compile(r"[ \t]+(?:said|says|argued|argues|added|adds|noted|notes|wrote|writes|contends|insisted|"
                             r"insists|claimed|claims|told|tells)\b")
# "“Conventions are democracy in action,” he said": the pronoun's sentence is the quote it signs
QUOTE_LEAD = re.compile(r"[ \t]*[“\"][^“”\"\n]{2,600}[”\"][ \t]*$|[ \t]*[“\"][^“”\"\n]{2,600}[,!?][”\"][ \t]*$|"
                        r"[ \t]*[„«][^“”\"„«»\n]{2,600}[”“»],?[ \t]*$|"  # „...”, he said («...», as written in Europe)
                        r"[ \t]*''(?:(?!'')[^“”\"\n]){2,600}[,!?]''[ \t]*$")  # ''...,'' she said (NYT copy)


# An unquoted report the pronoun signs at its sentence's end: "China may outnumber them, but ..., he says."
REPORT_LEAD = re.compile(r"[ \t]*[A-Z](?:[^“”\"\n.;:!?]|\.(?=[ \t]+[A-Z])){10,300},[ \t]*$")  # "Ms. Olivieri" within
REPORT_SIGNATURE = re.compile(r"(?P<pronoun>he|she)[ \t]+(?:said|says|added|adds|argued|argues|explained|explains|"
                              r"noted|notes|insisted|insists|wrote|writes)[ \t]*\.")
OTHER_SEX = {"he": re.compile(r"\b(?:[Ss]he|[Hh]er|[Hh]ers)\b"), "she": re.compile(r"\b(?:[Hh]e|[Hh]im|[Hh]is)\b")}


def signed_report(text: str, own: int, position: int) -> re.Match | None:
    """The unquoted report a pronoun signs at its sentence's end ("..., he says."), when the report names no one
    of the other sex by pronoun ("After he gave her an answer, she said ..." is no report she signs)."""
    signature = REPORT_SIGNATURE.match(text, position)
    lead = REPORT_LEAD.fullmatch(text, own, position) if signature else None
    if lead is None or OTHER_SEX[signature.group("pronoun")].search(text, own, position):
        return None
    return lead


# A sentence of the writer's words running into a quote the pronoun signs: "But the benefit of free trade is ''10 times
# the size of the losses,'' he said."
MIXED_LEAD = re.compile(r"[ \t]*[A-Z][^“”\"\n.;:!?']{3,200}(?:[“\"]|'')[^“”\"\n]{2,400}?[,!?](?:[”\"]|'')[ \t]*$")


def signed_mixed_quote(index: PersonIndex, own: int, position: int) -> re.Match | None:
    """The sentence a pronoun signs when the writer's words open it and a quote closes it, if those words name no one
    and no pronoun of the other sex; else None."""
    text = index.text
    signature = REPORT_SIGNATURE.match(text, position)
    lead = MIXED_LEAD.fullmatch(text, own, position) if signature else None
    if lead is None or OTHER_SEX[signature.group("pronoun")].search(text, own, position) or \
            any(own <= run.start < position for run, _ in index.outside_quotes):
        return None
    return lead


def quote_start(text: str, position: int) -> int:
    """The start of the sentence holding position, or, for a pronoun signing a quote of several sentences
    ("“Sure it is. I would not have run,” he said"), where that quote opens."""
    own = sentence_start(text, position)
    if re.search(r"[,!?]''[ \t]*$", text[own:position]) and not text.startswith("''", own):
        opening = text.rfind("''", max(0, text.rfind("\n", 0, own)), own)  # NYT copy: ''...,'' he said
        return opening if opening >= 0 and text.count("''", opening, own) == 1 else own
    if not re.search(r"[,!?][”\"][ \t]*$", text[own:position]) or text[own:own + 1] in "“\"":
        return own
    line = max(0, text.rfind("\n", 0, own))
    opening = text.rfind("“", line, own)
    if opening >= 0 and "”" not in text[opening:own]:
        return opening
    straight = text.rfind('"', line, own)  # "Sure they are. I cannot remember," he said: straight marks, opened once
    return straight if straight >= 0 and text.count('"', line, own) % 2 == 1 and "“" not in text[line:own] else own


# A role or title right after a name: the name is whose or where ("Aston Villa goalkeeper Emiliano Martínez")
TITLE_AFTER = re.compile(r"[ \t]+(?:[a-z]+[ \t]+)?(?:" + "|".join(sorted(
    {re.escape(role) for role in ROLES if " " not in role}, key=len, reverse=True)) + r")[ \t]+[A-Z]")


# A sentence opened by a role in apposition to the name after it: "Her neighbour, ", "The club's captain, "
OWNER_AFTER = re.compile(r"['’]s?[ \t]+[a-z]")
APPOSED_OPENING = re.compile(r"(?:His|Her|Their|The|Its|[A-Z][\w.&-]*(?:[ \t]+[A-Z][\w.&-]*){0,3}['’]s)[ \t]+"
                             r"(?:[\w'’-]+[ \t]+){0,3}[a-z][\w-]*,[ \t]+")  # also "Kazakhstan's foreign minister, "


OPENING_DATELINE = re.compile(DATELINE)
HONORIFIC = r"(?:(?:Mr|Mrs|Ms|Dr)\.?[ \t]+)?"  # an optional "Mr." / "Ms " before a name
SUBORDINATORS = r"When|Whenever|While|As|After|Before|Because|Although|Though|If|Since|Once|Until"
SUBORDINATE_LEAD = re.compile(rf"(?:{SUBORDINATORS})\b")
SUBORDINATE_WORD = re.compile(rf"\b(?:{SUBORDINATORS})\b", re.IGNORECASE)
CLOSING_MARK = re.compile(r"[”\"]|''")  # a quote closes here: curly, straight or NYT's doubled apostrophes
ASKED_LEAD = re.compile(r"(?:Asked|Pressed|Speaking|Interviewed|Questioned|Reached|Contacted|Writing)\b[^,.;:“”\"\n]{0,80},[ \t]+")
FRONTED_LEAD = re.compile(r"(?:In|At|On|During|After|Before|Earlier|Later|Last|This|Within|Over|Since|For|Regarding|"
                          r"Concerning|Despite|Amid|Following|Unlike|Of|As for)\b"
                          r"[^,.;:“”\"\n]{0,80},[ \t]+")
STATE_WORDS = frozenset(word for state in STATE_NAMES for word in state.split())  # "Former Florida Sen. Bob Graham"


def sentence_start_past_titles(text: str, position: int) -> int:
    """Where the sentence holding position begins, a title's full stop passed over ("... a billion people, Mr.
    Obama said in his interview.": not "Obama said ...")."""
    start = sentence_start(text, position)
    while start > 2 and text[start - 2] == "." and ABBREVIATION_BEFORE.search(text, max(0, start - 6), start - 2):
        start = sentence_start(text, start - 3)
    return start


def sentence_before_pronoun(index: PersonIndex, position: int) -> tuple[int, int, bool] | None:
    """(start of the sentence before, start of the pronoun's own sentence or quote, whether the pronoun signs
    a quote) for a sentence-initial pronoun or one signing the quote before it; None for a pronoun elsewhere."""
    text = index.text
    own = quote_start(text, position)
    lead = text[own:position]
    # A pronoun signing the quote right after a sentence ("Inzaghi disagreed. “...,” he said") follows the
    # layout more than a first name's sex in the US lists; a sentence-initial pronoun follows the sex.
    fronted = FRONTED_LEAD.fullmatch(lead) or ASKED_LEAD.fullmatch(lead)
    if fronted and not fronted.group(0).count(",") > 1:
        lead = ""  # "In an interview with hosts Joe Scarborough and Mika Brzezinski, the candidate stated": its subject
    signs_quote = bool(lead.strip())
    if lead.strip():
        quoted = QUOTE_LEAD.fullmatch(text, own, position)
        if quoted is None:
            own = sentence_begin(text, position)  # past "Mr." and "Ms.", which end no sentence
            lead = text[own:position]
            quoted = signed_report(text, own, position) or signed_mixed_quote(index, own, position)
        if quoted is None:
            return None
        own = own + len(lead) - len(lead.lstrip())
        own = sentence_start(text, own) if own > 0 and text[own - 1] not in " \t\n" else own
    before = sentence_start_past_titles(text, max(0, own - 2))
    dateline = OPENING_DATELINE.match(text, before)
    if dateline:
        before = dateline.end()  # "RYE, N.H. - State Rep. Rio Tilton is ...": the dateline is no subject
    # "The economist Robert J. Shapiro recently measured ...": a name's initial ends no sentence
    before = next((sentence_start(text, run.start) for run, _ in index.outside_quotes if run.start < before < run.end),
                  before)
    return before, own, signs_quote


DESCRIPTION_OPENING = re.compile(r"(?:The|This)((?:[ \t]+[\w'’-]+){1,4})")


def described_subject(index: PersonIndex, position: int) -> tuple[int, int] | None:
    """Where a definite description that opens the sentence before a pronoun stands, when it is that sentence's
    subject and names no one ("The United captain was more upbeat. “...,” he said"); None otherwise."""
    found = sentence_before_pronoun(index, position)
    if found is None:
        return None
    before, own, _ = found
    opening = DESCRIPTION_OPENING.match(index.text, before, own)
    if opening is None or any(before <= run.start < opening.end() for run, _ in index.outside_quotes):
        return None
    for word in re.finditer(r"[ \t]+([\w'’-]+)", opening.group(1)):
        end = opening.start(1) + word.end()
        if word.group(1).lower() in ROLES:
            return (before, end) if SUBJECT_VERB.match(index.text, end) else None
    return None


def previous_subject(index: PersonIndex, position: int, gender: str | None) -> str | None:
    """The person who opens the sentence before a sentence-initial pronoun, or before the quote a pronoun
    signs, as its subject ("Ortiz disagreed. She said"; "Reince Priebus, the GOP chairman, announced a
    website. “...,” he said")."""
    text = index.text
    found = sentence_before_pronoun(index, position)
    if found is None:
        return None
    before, own, signs_quote = found
    fits = index.may_be if signs_quote else index.fits
    reporter = closing_reporter(index, before, own) if signs_quote else None
    if reporter is not None and fits(reporter, gender):
        return reporter  # "..., Mr. Obama said in his interview. ¶ “If you have ...,” he said": the one reporting
    asked = asked_person(index, before, own, gender, fits) if signs_quote else None
    if asked is not None:
        return asked  # "Scott Conroy asked Sanders whether ... ¶ “Sure it is ...,” he said": the one asked answers
    subordinate = SUBORDINATE_LEAD.match(text, before)
    if subordinate:  # "When Mr. Clinton had trouble joining a club, Mr. Trump boasted ...": the main clause's subject
        comma = text.find(", ", subordinate.end(), own)
        main = opening_subject(index, comma + 2, own, gender, fits) if comma >= 0 else None
        if main is not None:
            return main
    found = opening_subject(index, before, own, gender, fits)
    if found is None and not signs_quote and CLOSING_MARK.search(text, before, own):
        # a sentence that is a quote signed at its end ("“...,” said Gowdy. The South Carolina Republican admitted"):
        # its speaker, when no one opens it
        reporter = closing_reporter(index, before, own)
        found = reporter if reporter is not None and fits(reporter, gender) else None
    if found is None:
        found = inverted_subject(index, before, own, gender, fits)
    if found is None:
        found = example_subject(index, before, own, gender, fits)
    if found is None:
        found = continued_quote_signer(index, before, own, gender, fits)
    return found


def continued_quote_signer(index: PersonIndex, before: int, own: int, gender: str | None, fits) -> str | None:
    """The one signer of a quote that the sentence before continues, in its own paragraph ("“...,” said Daniel
    Benjamin, who was coordinator .... “He is jaw-droppingly ignorant. ... from ISIS.” ¶ He argued"), when that
    sentence sits inside the quote's marks; else None."""
    text = index.text
    paragraph = text.rfind("\n", 0, before) + 1
    marks = sum(text.count(mark, paragraph, before) for mark in "“”\"")
    if marks % 2 == 0 or not re.search(r"[”\"][ \t\n]*$", text[before:own]):
        return None  # the sentence before is no continuation of an open quote (straight marks count as either side)
    # (index.mentions, not outside_quotes: a quote opened with a straight mark and closed with a curly one misleads the
    # quote finder, and the signature's pattern already says the name stands outside the marks)
    signers = {name for run, name in index.mentions if paragraph <= run.start < before and
               signs_report(text, run, paragraph)}
    if len(signers) != 1:
        return None
    name = signers.pop()
    return name if fits(name, gender) and index.is_person(name) else None


# A group opening its sentence with one of them named as an example: "Some staunch defenders of globalization, like
# Gary Clyde Hufbauer, ..., also acknowledge"
EXAMPLE_OPENING = re.compile(r"(?P<group>[A-Z][\w'’-]*(?:[ \t]+[\w'’-]+){1,7}),[ \t]+"
                             r"(?:like|such[ \t]+as|including|among[ \t]+them|notably)[ \t]+(?:(?:[A-Z][a-z]*\.|[a-z]+)[ \t]+)*")


CLAUSE_VERB_WORD = re.compile(r"\b(?:said|says|told|is|are|was|were|has|have|had|will|would)\b")


def example_subject(index: PersonIndex, before: int, own: int, gender: str | None, fits) -> str | None:
    """The one person a group opening the sentence before is exemplified by ("Some staunch defenders of
    globalization, like Gary Clyde Hufbauer, a senior fellow at ..., also acknowledge ... ¶ “...,” he said"), when that
    person fits the pronoun; else None."""
    opening = EXAMPLE_OPENING.match(index.text, before, own)
    if opening is None or CLAUSE_VERB_WORD.search(opening.group()) or \
            not re.search(r"\b[a-z]{3,}s\b", opening.group("group")):  # a group: "defenders of globalization"
        return None
    for run, name in index.outside_quotes:
        if run.start == opening.end():
            alone = not re.match(r",?[ \t]+(?:and|or)[ \t]+[A-Z]", index.text[run.end:run.end + 12])
            return name if alone and fits(name, gender) and index.is_person(name) else None
    return None


# A sentence put the other way round: "Rushing to Melania Trump's defense was Manafort, who ..."
INVERTED_OPENING = re.compile(r"[A-Z][a-z]+ing\b[^.;:!?“”\"\n]{0,120}?[ \t](?:was|were|is|are)[ \t]+(?=[A-Z])")


def inverted_subject(index: PersonIndex, before: int, own: int, gender: str | None, fits) -> str | None:
    """The person named right after the copula of a sentence opened by a participle phrase ("Rushing to Melania
    Trump's defense was Manafort, who by design is the face of the campaign"), when they close the clause; else None."""
    copula = INVERTED_OPENING.match(index.text, before, own)
    if copula is None:
        return None
    for run, name in index.outside_quotes:
        if run.start == copula.end():
            closes = re.match(r"[ \t]*(?:[,.;]|$)", index.text[run.end:run.end + 2])
            return name if closes and fits(name, gender) and index.is_person(name) else None
    return None


ASKED_BEFORE = re.compile(rf"\b(?:asked|pressed|questioned)[ \t]+{HONORIFIC}$")
QUESTION_AFTER = re.compile(r"[ \t]+(?:whether|if|why|how|what|when|where|who|about|to)\b")


def asked_person(index: PersonIndex, before: int, own: int, gender: str | None, fits) -> str | None:
    """The one the sentence before asks something ("Scott Conroy asked Sanders whether ..."), when one person is
    asked and fits the pronoun's sex; None otherwise."""
    text = index.text
    asked = [name for run, name in index.outside_quotes if before <= run.start < own and
             ASKED_BEFORE.search(text, max(before, run.start - 30), run.start) and QUESTION_AFTER.match(text, run.end)
             and not SUBORDINATE_WORD.search(text, before, run.start)]
    return asked[0] if len(asked) == 1 and fits(asked[0], gender) and index.is_person(asked[0]) else None


# Someone's role before a name: "Holt's liberal NBC News colleague ", "Trump's campaign manager "
OWNER_ROLE_LEAD = re.compile(r"(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*['’]s?[ \t]+(?:[\w-]+[ \t]+){0,4}"
                             r"(?P<role>[a-z][\w-]*)[ \t]+")
PEERS = frozenset({"colleague", "friend", "partner", "wife", "husband", "son", "daughter", "brother", "sister",
                   "father", "mother", "rival", "opponent"})
# A work's title in quote marks before a lower-case role: "“Orange is the New Black” star Selenis Leyva"
WORK_BEFORE_ROLE = re.compile(r"[“\"][^“”\"\n]{1,60}[”\"][ \t]+(?=[a-z])")
WORK_ROLES = frozenset({"star", "host", "creator", "co-star"})
PLACE_OF_TAIL = re.compile(r"[ \t]+of[ \t]+(?:[A-Z][\w.'’-]*[ \t]+){0,2}[A-Z][\w.'’-]*(?=[ \t])")


def opening_subject(index: PersonIndex, before: int, own: int, gender: str | None, fits) -> str | None:
    """The person opening the stretch from before to own as its subject (titles allowed before the name), or None."""
    text = index.text
    for run, name in index.outside_quotes:
        if run.start < before or name in STATE_NAMES:
            continue  # ("Former Florida Sen. Bob Graham": the state is part of his title)
        if (run.start == before or FRONTED_LEAD.fullmatch(text, before, run.start)) and \
                (TITLE_AFTER.match(text, run.end) or OWNER_AFTER.match(text, run.end)):
            # ("On Monday night, Clinton campaign manager Robby Mook released": the manager, after the fronted time)
            continue  # "Aston Villa goalkeeper Emiliano Martínez saved ...", "Kazakhstan's foreign minister, ...": no subject
        if APPOSED_OPENING.fullmatch(text, before, run.start) and text.startswith(",", run.end) and \
                SUBJECT_VERB.match(text, run.end + 1) and fits(name, gender):
            return name  # "Her neighbour, Dave Ingram, was more positive. “...,” the retired steelworker said"
        lead = text[before:run.start]
        work = WORK_BEFORE_ROLE.match(lead)
        if work:  # "“Orange is the New Black” star Selenis Leyva opened up": the work names no one
            lead = lead[work.end():]
        owned = OWNER_ROLE_LEAD.fullmatch(lead)
        if owned and owned.group("role").lower() in ROLES | PEERS:
            lead = ""  # "Holt's liberal NBC News colleague Matt Lauer faced": the one named after the owner's role
        fronted = FRONTED_LEAD.match(lead)
        titles = lead[fronted.end():].split() if fronted else lead.split()  # "At a rally last week, Mike Pence showed"
        if len(titles) > 1 and titles[0] in ("The", "the") and titles[-1].lower().rstrip(".") in ROLES:
            titles = titles[1:]  # "The economist Robert J. Shapiro recently measured ..."
        # "Inter coach Simone Inzaghi disagreed": capitalised words may stand before the title
        while len(titles) > 1 and titles[0][:1].isupper() and titles[0].lower().rstrip(".") not in TITLES | ROLES and \
                titles[-1].lower().rstrip(".") in TITLES | ROLES:
            titles = titles[1:]
        if len(titles) == 3 and titles[1] == "of":
            titles = [titles[0], titles[2]]  # "Secretary of State John Kerry said"
        place = PLACE_OF_TAIL.match(text, run.end)  # "Senator Marco Rubio of Florida is airing"
        verb_at = place.end() if place else run.end
        if len(titles) > 3 or not all(w.lower().rstrip(".") in TITLES | ROLES | TITLE_MODIFIERS or w in STATE_WORDS or
                                      work and w in WORK_ROLES for w in titles) or \
                not (SUBJECT_VERB.match(text, verb_at) or AUXILIARY.match(text, verb_at) and not fronted) or \
                not fits(name, gender):
            return None
        if any(other != name and before <= later.start < own and REPORTING_AFTER.match(text, later.end)
               for later, other in index.outside_quotes):
            return None  # "Cruz is right on the issues, Viguerie argues": the one reporting is no subject
        return name
    return None


REPORTER_OPENING = re.compile(r",(?:[”\"]|'')?[ \t]+(?:(?:Mr|Mrs|Ms|Dr)\.[ \t]+)?$")  # ", Mr. Obama said", ",'' Ms. Khan wrote"
INVERTED_REPORTER = re.compile(r"(?:,|[”\"'])[ \t]+(?:said|says|added|adds|wrote|writes|told[ \t]+\w+)[ \t]+"
                               r"(?:(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.[ \t]+)?$")  # "“...,” said Christopher Preble"
REPORT_CLOSE = re.compile(r"[^.!?“”\"\n]*[.!?][ \t\n]*$")


def signs_report(text: str, run: PersonMention, floor: int) -> bool:
    """True when the name run signs a report, looking back no further than floor: ", Mr. Obama said" or "“...,” said
    Christopher Preble," (", said Mr. Trump had disrespected the troops" is no signature: after "said", the name must
    close the sentence or an apposition)."""
    return bool(REPORTER_OPENING.search(text, max(0, floor, run.start - 8), run.start) and
                REPORTING_AFTER.match(text, run.end) or
                INVERTED_REPORTER.search(text, max(0, floor, run.start - 24), run.start) and
                text[run.end:run.end + 1] in ",.")


def closing_reporter(index: PersonIndex, before: int, own: int) -> str | None:
    """The person who signs the sentence before at its end ("Shifting monsoons could affect a billion people, Mr.
    Obama said in his interview."), a quote after it being theirs too."""
    text = index.text
    for run, name in reversed(index.outside_quotes):
        if run.start < before or run.end > own:
            continue
        if signs_report(text, run, before) and REPORT_CLOSE.match(text, run.end, own) and index.is_person(name):
            return name
        return None  # only the last name of the sentence may sign it
    return None


def named_there(text: str, start: int) -> bool:
    """True when the speaker mention at start is a name, not a description, pronoun or relative pronoun."""
    return re.match(r"(?:[Tt]he|[Tt]his|[Tt]hat|[Hh]e|[Ss]he|[Ww]ho|[a-z])\b", text[start:start + 5]) is None


def quote_chain(index: PersonIndex, position: int, gender: str, history: list[tuple[int, str, bool]]) -> str | None:
    """The named speaker of the sentence before, for a pronoun signing the quote that follows it
    ("“...,” Sarandon told MSNBC when asked whether Clinton ... ¶ “...,” she said" is Sarandon)."""
    text = index.text
    own = quote_start(text, position)
    lead = text[own:position]
    if not lead.strip() or QUOTE_LEAD.fullmatch(text, own, position) is None:
        return None
    own += len(lead) - len(lead.lstrip())
    before = sentence_start_past_titles(text, max(0, own - 2))
    earlier = [(start, name) for start, name, person in history if person and start < own]
    if not earlier or earlier[-1][0] < before:
        return None
    start, name = earlier[-1]
    if re.search(rf"\b{re.escape(name.split()[-1])}[ \t]+asked\b", text[before:own]):
        return None  # "when Tapper asked whether ... ¶ “...,” he said": the one asked answers, not Tapper
    if not named_there(text, start):
        return None  # only a speaker the article named there: a resolved "the candidate" may be a guess
    return name if index.fits(name, gender) else None


def quote_opened_before(index: PersonIndex, position: int, gender: str, history: list[tuple[int, str, bool]]) -> str | None:
    """The named speaker signing the sentence before when that sentence opens with a quote, for a pronoun opening
    the next sentence ("„...“, said Kai Wegner, the mayor of Berlin, warning ... He added" is Wegner)."""
    text = index.text
    span = sentence_before(text, position)
    if span is None or not text[span[0]:span[0] + 1] in OPENING_QUOTES:
        return None
    signers = sorted({(start, name) for start, name, person in history if person and span[0] <= start < span[1]})
    if len({name for _, name in signers}) != 1 or not named_there(text, signers[0][0]):
        return None  # one speaker there, named: a resolved "the candidate" may be a guess
    return signers[0][1] if index.may_be(signers[0][1], gender) else None


# "Residents of the Eastgate estate packed a council meeting": a plural subject, up to its verb
GROUP_SUBJECT = re.compile(r"(?:(?:The|Many|Some|Several|Hundreds[ \t]+of|Dozens[ \t]+of|Thousands[ \t]+of)[ \t]+)?"
                           r"(?:[A-Za-z-]+[ \t]+){0,2}?[A-Za-z-]*[a-z](?<!ss)s"
                           r"(?:[ \t]+(?:of|from|in|at|on)[ \t]+(?:the[ \t]+)?(?:[\w-]+[ \t]+){0,3}?[\w-]+)?"
                           r"(?=[ \t]+(?:[a-z]+ed|have|had|are|were|say|said|gathered|met|packed|marched|took|went|came|"
                           r"held|voted|wrote|told|began|spent)\b)")


PEOPLE_PLURAL = re.compile(r"(?:ers|ors|ists|ians|ents|ants|als|ees|ives|ics|people|police|families|locals|"
                           r"crowds|unions|groups|parents|members|leaders|voters|fans|staff)$")


OPENING_QUOTES = "“\"„«‘'‹"


def sentence_before(text: str, position: int) -> tuple[int, int] | None:
    """(start, end) of the sentence before the one that position opens; None when position opens none."""
    own = sentence_start(text, position)
    if text[own:position].strip():
        return None
    return sentence_start(text, max(0, own - 2)), own


def group_subject(index: PersonIndex, position: int) -> str | None:
    """The plural subject opening the sentence before a sentence-initial "they", if it names no person."""
    text = index.text
    span = sentence_before(text, position)
    if span is None:
        return None
    before, own = span
    found = GROUP_SUBJECT.match(text, before, own)
    if found is None or any(mark in text[before:own] for mark in "“”\"«»"):
        return None  # no plural subject, or the sentence before is someone's quoted words
    head = re.split(r"[ \t]+(?:of|from|in|at|on)[ \t]+", found.group())[0].split()[-1].lower()
    if not PEOPLE_PLURAL.search(head):
        return None  # "Smaller pro-Sanders expenditures came from ...": things, not people
    if any(index.is_person(name) for run, name in index.outside_quotes if before <= run.start < found.end()):
        return None  # "Sanders and Clinton met ...": people, named
    return found.group()


def business_subject(index: PersonIndex, position: int) -> str | None:
    """The business opening the sentence before a sentence-initial "they" with a business verb ("Carmaker
    Volvo recalled 70,000 vehicles. They said ..."), without a kind word before its name; else None."""
    text = index.text
    span = sentence_before(text, position)
    if span is None:
        return None
    before, own = span
    found = BUSINESS_SUBJECT.match(text, before, own)
    if found is None or any(index.is_person(name) for run, name in index.outside_quotes if before <= run.start < found.end()):
        return None
    kind_first = KIND_THEN_BUSINESS.fullmatch(found.group("name"))
    return kind_first.group("name") if kind_first else found.group("name")


# Bodies a description may name by the subject of the sentence before ("Manchester United have released ... The
# club said"), where the name itself shows no kind.
BODY_KINDS = frozenset("""club team supermarket retailer chain charity hospital university school carrier airline bank
lender insurer broadcaster network newspaper league federation association organisation organization group firm
company trust museum""".split()) | BUSINESS_NOUNS
# A sentence's subject, after a dateline ("LONDON (Reuters) - ") or the dash left of one, and past an apposition
# ("Tesco, Britain's biggest supermarket, said"), then a verb
# "Shares in fashion retailer Hallam & Vine fell 18% after it warned ...": the company the shares are of
SHARES_OF = re.compile(rf"(?:{DATELINE}|[—–-][ \t]+)?(?:Shares|Stock|The[ \t]+share[ \t]+price|Bonds)[ \t]+(?:in|of)[ \t]+"
                       r"(?:[a-z][\w-]*[ \t]+){0,3}(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?[A-Z][\w&'’.-]*){0,3})"
                       r"(?:['’]s?)?[ \t]+(?:[a-z]+ed|fell|rose|sank|jumped|slid|soared|dropped|climbed|plunged)\b")
BODY_OPENING = re.compile(rf"(?:{DATELINE}|[—–-][ \t]+)?(?P<name>(?:The[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+(?:&[ \t]+)?"
                          r"[A-Z][\w&'’.-]*){0,3})(?:,[^,;\n“”\"]{1,80},)?"
                          r"(?:[ \t]+(?:on|this|last|late|early|earlier)[ \t]+[A-Za-z]+)?[ \t]+"
                          r"(?:has|have|had|is|are|was|were|will|would|could|can|may|might|must|should|did|does|"
                          r"[a-z]+ed|[a-z]+[^s]s|"
                          + "|".join(IRREGULAR_PAST) + r")\b")
NO_BODY_OPENERS = frozenset("""The A An Now Today Yesterday Meanwhile However Still Yet So Then Also Later Earlier
It He She They We I You This That These Those There Here But And Or In On At After When
As If While Since Although Though For With By From Its His Her Their Our My What Who Where Why How Which Whether
Two Three Four Five Six Seven Eight Nine Ten Many Some Most Several Both All Each Every Few Other Such""".split())


def named_alone(text: str, word: str) -> bool:
    """True when a capitalised word is a name, not a sentence's first word: written capitalised inside a sentence,
    or capitalised twice and never in lower case ("Apple recall ... — Apple is recalling")."""
    if re.search(rf"[a-z,;:][ \t]+{re.escape(word)}\b", text):
        return True
    return len(re.findall(rf"\b{re.escape(word)}\b", text)) >= 2 and not re.search(rf"\b{re.escape(word.lower())}\b", text)


def body_subject(index: PersonIndex, position: int, written: str) -> str | None:
    """The body opening the sentence before "the club" or "the supermarket", or the description's own sentence
    when it signs what that sentence says ("Halden will cut 300 posts, the university said"); else None."""
    words = written.lower().split()
    if not 2 <= len(words) <= 4 or words[0] != "the" or words[-1] not in BODY_KINDS or \
            any(word in index.by_surname for word in written.split()[1:-1]):
        return None  # "the Trump team" is named already, and no body
    return opening_body(index, position)


def opening_body(index: PersonIndex, position: int) -> str | None:
    """The body that opens position's own sentence (when position does not open it) or the sentence before: a name
    no person has, written capitalised also inside a sentence when it is one word; else None."""
    text = index.text
    own = sentence_start(text, position)
    starts = [own] if text[own:position].strip() else []
    if own > 0:
        starts.append(sentence_start(text, max(0, own - 2)))
    for start in starts:
        found = SHARES_OF.match(text, start) or BODY_OPENING.match(text, start)
        if found is None:
            continue
        name = found.group("name")
        single = " " not in name.removeprefix("The ")
        bare = name.removeprefix("The ")
        if bare.split()[0] in NO_BODY_OPENERS or index.is_person(index.canonical(tuple(bare.split()))) or \
                (single and (bare in index.by_surname or not named_alone(text, bare) or
                             any(run.group(1) in sex_of_first_names() for run in
                                 re.finditer(rf"\b([A-Z][\w'’-]*)(?:[ \t]+[A-Z][\w'’-]*){{0,2}}[ \t]+{re.escape(bare)}\b", text)))):
            # one word that also closes a name opened by a first name ("Mohamed Mamdouh Assem ... Assem, the
            # co-pilot, had") is a person's surname, not a body's name
            continue
        return name
    return None


PLACE_OWNER = re.compile(r"(?:[A-Z][\w.-]*[ \t]+){0,2}[A-Z][\w.-]*['’]s?")  # "Britain's Joe Salisbury and ..."


def conjoined_subject(index: PersonIndex, position: int) -> str | None:
    """The two people opening the sentence before a sentence-initial "they" ("Ben Cohen and Jerry Greenfield,
    who founded ..., stepped down. They said") or before the quote "they" signs, as "NAME and NAME", else None."""
    text = index.text
    span = sentence_before_pronoun(index, position)  # ("“...,” they said": the sentence before the quote)
    if span is None:
        return None
    before, own, _ = span
    runs = [(run, name) for run, name in index.outside_quotes if before <= run.start < own]
    opening = text[before:runs[0][0].start].strip(" \t\n") if runs else ""
    if len(runs) < 2 or opening and not PLACE_OWNER.fullmatch(opening) or not index.is_person(runs[0][1]) or \
            not index.is_person(runs[1][1]) or not re.fullmatch(r"[ \t]+and[ \t]+", text[runs[0][0].end:runs[1][0].start]):
        return None
    return f"{runs[0][1]} and {runs[1][1]}"


def own_sentence_start(text: str, position: int) -> int:
    """Where the sentence holding position starts, past the spaces before its first word."""
    own = sentence_begin(text, position)
    while own < position and text[own] in " \t":
        own += 1
    return own


def possessive_opening_owner(index: PersonIndex, position: int, gender: str | None) -> str | None:
    """For a pronoun in a sentence that opens with a possessive of its sex and names no one before it ("His strategy
    clearly hasn't worked, and he continues"), the one person of that sex the sentence before names, whatever their
    role there ("... a case to be made against Obama's handling of the Islamic State."); else None."""
    text = index.text
    own = own_sentence_start(text, position)
    opener = re.match(r"(His|Her)\b", text[own:position])
    if opener is None or {"His": "m", "Her": "f"}[opener.group(1)] != gender:
        return None
    if any(own <= run.start < position for run, _ in index.outside_quotes):
        return None
    before = sentence_begin(text, max(0, own - 1))
    named = {name for run, name in index.outside_quotes if before <= run.start < own and index.is_person(name) and
             index.fits(name, gender)}
    return named.pop() if len(named) == 1 else None


def object_pronoun_subject(index: PersonIndex, position: int, gender: str | None) -> str | None:
    """The person opening the sentence an object pronoun stands in ("In Cleveland, Mr. Trump - who will be confronted
    by demonstrators - could benefit from scenes that allow him to"), past a fronted phrase, when no one else of the
    pronoun's sex is named before it in that sentence; else None."""
    text = index.text
    own = own_sentence_start(text, position)
    fronted = FRONTED_LEAD.match(text, own, position)
    start = fronted.end() if fronted else own
    opening = next(((run, other) for run, other in index.outside_quotes if start <= run.start < position), None)
    if opening is None or not re.fullmatch(HONORIFIC, text[start:opening[0].start]):
        return None  # ("Mr. Trump - who will be confronted ... - could": no verb need follow the name at once)
    name = opening[1]
    if not index.fits(name, gender) or any(own <= run.start < position and other != name and index.fits(other, gender)
                                           for run, other in index.outside_quotes):
        return None
    return name if index.is_person(name) else None


def own_sentence_possessor(index: PersonIndex, position: int, gender: str | None) -> str | None:
    """The person whose something opens the pronoun's own sentence ("Trump's beef with Fox News was aimed at
    Megyn Kelly, who he claims ..."), when the pronoun is inside that sentence and fits their sex."""
    text = index.text
    own = own_sentence_start(text, position)  # past "Mr." in "While Mr. Cruz shares more of Mr. Ryan's views"
    if not text[own:position].strip():
        return None  # a sentence-initial pronoun: the sentence before tells
    runs = [(run, name) for run, name in index.outside_quotes if own <= run.start < position]
    if not runs:
        return None
    run, name = runs[0]
    fronted = FRONTED_LEAD.match(text, own, run.start)  # "For 14 months, Mrs. Clinton's campaign has been ..."
    if not re.fullmatch(HONORIFIC, text[fronted.end() if fronted else own:run.start]) or \
            not re.match(r"['’]s?[ \t]+[a-z]", text[run.end:run.end + 4]):
        return None
    if len(runs) > 1 and runs[1][0].start - run.end < 40:
        return None  # "Holt's liberal NBC News colleague Matt Lauer faced ...": the one named after is the subject
    return name if index.fits(name, gender) and index.is_person(name) else None


# A clause put before its sentence's subject: "Even as he accused the department of ..., Giuliani wouldn't say"
FRONTED_CLAUSE = re.compile(r"(?:Even[ \t]+(?:as|though|after|when|if|before|while)|As|While|When|Although|Though|After|"
                            r"Before|Because|Since|Once|If|Until)\b[^,;:.!?“”\"\n]*$")
AUXILIARY = re.compile(r"[ \t]+(?:would|will|could|can|did|does|do|has|had|have|was|is|were|are|must|should|might|may)"
                       r"(?:n['’]t|[ \t]+not)?\b|[ \t]+(?:won|wasn|isn|didn|doesn|hasn|hadn)['’]t\b")
# ("..., which he said Mexico should pay for", "a new TV ad ..., in which he declares": a relative clause about a thing)
# (and a clause joined after a comma: "Yasmeen Wilkerson, 18, was dubious when she was introduced ..., but she soon")
SUBORDINATOR_BEFORE = re.compile(r"(?:,[ \t]*|[ \t])(?:even[ \t]+though|although|though|because|after|before|when|while|"
                                 r"since|until|once|(?:in[ \t]+|for[ \t]+|on[ \t]+)?(?:which|whom))[ \t]+$|"
                                 r",[ \t]+(?:but|and|yet)[ \t]+$")
TIME_ADVERB_AFTER_COMMA = re.compile(r",[ \t]+(?:this[ \t]+time|now|then|again|once[ \t]+again|instead)[ \t]+$")
CLAUSE_BREAK_BEFORE = re.compile(r"(?:[ \t]+(?:--|[—–])|;)[ \t]*$")


def sentence_rule_subject(index: PersonIndex, position: int, gender: str | None) -> str | None:
    """The person the sentence rules give a pronoun at position: its own sentence's subject, the subject before, or
    the possessor opening its own sentence; None when none does."""
    return own_sentence_subject(index, position, gender) or previous_subject(index, position, gender) or \
        own_sentence_possessor(index, position, gender)


# The writer's words, a comma, then a quote the pronoun signs, all one sentence
INNER_QUOTE_SIGNED = re.compile(r",[ \t]*[“\"][^“”\"\n]{2,400}[,!?][”\"][ \t]*$")


def own_sentence_subject(index: PersonIndex, position: int, gender: str | None) -> str | None:
    """The named subject of the pronoun's own sentence when the pronoun opens a clause after a dash or a semicolon
    ("Carson seems to recognize the problem — he told the AP") or sits in a clause put before that subject ("Even as
    he accused ..., Giuliani wouldn't speculate"), when they fit the pronoun's sex."""
    text = index.text
    own = own_sentence_start(text, position)
    lead = text[own:position]
    if not lead.strip():
        return None
    lead = TIME_ADVERB_AFTER_COMMA.sub(",", lead)  # "Unlike in 2012, when Mr. Christie ..., this time he spoke"
    inner = INNER_QUOTE_SIGNED.search(lead)
    if inner and inner.start() > 0:
        # "Vice President Joe Biden weighed in as well, telling Mic ..., “But gosh almighty, ...,” he said": the
        # subject that opens the sentence, when no one else named before the quote acts
        before_quote = own + inner.start()
        name = opening_subject(index, own, before_quote, gender, index.fits)
        if name is None or any(own <= r.start < before_quote and n != name and (SUBJECT_VERB.match(text, r.end) or
                                                                             AUXILIARY.match(text, r.end))
                               for r, n in index.outside_quotes):
            return None
        return name if index.is_person(name) else None
    # (a condition is often about someone else: "If Trump doesn't become the nominee, he said he would settle for")
    if lead.rstrip(" \t").endswith(",") and (FRONTED_CLAUSE.match(lead.rstrip(" \t,")) and not lead.startswith("If ")
                                             or FRONTED_LEAD.match(lead)):
        # "When Obama took office, he", "In an example of how sensitive Obama is about his legacy, he": the one
        # whose clause the sentence opens with, when that clause has one person and they act in it
        inside = [(r, n) for r, n in index.outside_quotes if own <= r.start < position]
        if len({n for _, n in inside}) == 1 and (SUBJECT_VERB.match(text, inside[0][0].end) or
                                                 AUXILIARY.match(text, inside[0][0].end)):
            name = inside[0][1]
            return name if index.fits(name, gender) and index.is_person(name) else None
        return None
    if FRONTED_CLAUSE.fullmatch(lead):
        comma = text.find(",", position, position + 200)
        if comma < 0:
            return None
        main = comma + 1 + len(text[comma + 1:]) - len(text[comma + 1:].lstrip(" \t"))
        run = next(((r, n) for r, n in index.outside_quotes if r.start >= main), None)
        if run is None or not re.fullmatch(HONORIFIC, text[main:run[0].start]):
            return None
    elif SUBORDINATOR_BEFORE.search(lead):
        # "FBI director James Comey decided not to recommend indicting Clinton even though he found ...": the
        # subject the sentence opens with, when no one else named since acts as a subject
        # (a place is no one acting: "Senator Marco Rubio of Florida is airing an ad ..., in which he declares")
        name = opening_subject(index, own, position, gender, index.fits)
        if name is None or any(own <= r.start < position and n != name and n not in STATE_NAMES and
                               not re.search(r"\b(?:of|in|from)[ \t]+$", text[max(own, r.start - 6):r.start]) and
                               (SUBJECT_VERB.match(text, r.end) or AUXILIARY.match(text, r.end))
                               for r, n in index.outside_quotes):
            return None
        return name if index.is_person(name) else None
    elif CLAUSE_BREAK_BEFORE.search(lead):
        run = next(((r, n) for r, n in index.outside_quotes if r.start >= own), None)
        if run is None or run[0].start >= position or \
                not re.fullmatch(HONORIFIC, text[own:run[0].start]) or \
                any(own <= r.start < position and n != run[1] for r, n in index.outside_quotes):
            return None
    else:
        return None
    (found, name) = run
    if not (SUBJECT_VERB.match(text, found.end) or AUXILIARY.match(text, found.end)):
        return None
    return name if index.fits(name, gender) and index.is_person(name) else None
