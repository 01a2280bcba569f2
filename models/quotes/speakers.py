"""Resolve each speaker mention ("he", "the German chancellor", "Clinton") to the fullest name the document gives."""
from __future__ import annotations

import re
from dataclasses import dataclass

from .names import (
    FEMALE,
    MALE,
    NOT_NAME_WORDS,
    TITLE_ABBREVIATIONS,
    TITLES,
    PersonMention,
    first_name_genders,
    infer_genders,
    name_runs,
    surname,
)

FIRST_PERSON = frozenset({"i", "me", "my"})
GROUP_PRONOUNS = frozenset({"they", "we", "it", "us", "them", "their", "its", "our"})
INDEFINITE = frozenset({"a", "an", "another", "some", "several", "many", "other", "one", "two", "three",
                        "most", "few", "various", "numerous", "all", "both"})
DEFINITE = frozenset({"the", "this", "that", "these", "those"})
PERSON_NOUNS = frozenset("""
president senator nominee candidate mayor governor minister chancellor secretary spokesman spokeswoman
spokesperson businessman businesswoman lady leader chairman chairwoman congressman congresswoman
representative judge justice general ambassador director chief executive ceo founder premier king queen
prince princess pope officer commissioner prosecutor attorney lawyer sheriff president-elect veteran
billionaire mogul actress actor singer author writer economist professor coach manager speaker man woman
democrat republican incumbent challenger lawmaker legislator senator-elect governor-elect
""".split())
ABBREVIATIONS = {"senator": "sen", "governor": "gov", "representative": "rep", "congressman": "rep",
                 "congresswoman": "rep", "general": "gen", "president": "pres", "professor": "prof"}
SPEECH_VERBS = re.compile(r"^\s*(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|argued|argues|noted|"
                          r"notes|explained|explains|continued|claimed|claims|insisted|warned|stated|replied|"
                          r"recalled|acknowledged|believes|thinks|has|had|was|is)\b")
BYLINE_END = re.compile(r"\n\s*([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:is|was|writes)\b")
QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|«[^«»]*»|„[^„“]*“")
BYLINE_START = re.compile(r"^\s*By ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})")
LOOKBACK_CHARS = 2500
KNOWN_GENDER_REACH = 800  # a same-gender person this close beats a nearer one of unknown gender


@dataclass(frozen=True)
class Mention:
    """A speaker mention as written, and where."""

    text: str
    start: int
    end: int


def strip_initials(name: str) -> str:
    """'Loretta E. Lynch' -> 'Loretta Lynch', for comparing names."""
    return " ".join(w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w))


class PersonIndex:
    """Every person-name mention in a document, each mapped to the fullest form of that name."""

    def __init__(self, text: str):
        self.text = text
        runs = name_runs(text)
        full = [r for r in runs if len(r.words) >= 2]
        fullest: dict[tuple[str, str], str] = {}
        for run in full:
            key = (run.words[0], surname(run.words))
            if len(run.text) > len(fullest.get(key, "")):
                fullest[key] = run.text
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        for run in full:
            name = fullest[(run.words[0], surname(run.words))]
            self.by_surname.setdefault(surname(run.words), []).append((run.start, name))
        self.first_seen: dict[str, int] = {}
        for position, name in sorted((p, n) for options in self.by_surname.values() for p, n in options):
            self.first_seen.setdefault(name, position)
        quoted = [m.span() for m in QUOTED.finditer(text)]
        self.mentions: list[tuple[PersonMention, str]] = []
        self.outside_quotes: list[tuple[PersonMention, str]] = []
        for run in runs:
            name = self.canonical(run.words) if len(run.words) >= 2 else self.single(run)
            if name:
                self.mentions.append((run, name))
                if not any(s < run.start and run.end < e for s, e in quoted):
                    self.outside_quotes.append((run, name))
        people: dict[str, list[PersonMention]] = {}
        for run, name in self.mentions:
            people.setdefault(name, []).append(run)
        self.genders = infer_genders(text, people)

    def canonical(self, words: tuple[str, ...], gender: str | None = None) -> str:
        """The fullest form the document gives these words (a full name with the same surname).

        When several people share the surname, a bare surname names the one the article introduced
        first (its subject); the others get their first name or a title. gender ('m' or 'f', from a
        title such as "Mrs.") rules out full forms whose first name says otherwise.
        """
        lowered = {w.lower() for w in words}
        names = {n for _, n in self.by_surname.get(surname(words), []) if lowered <= {w.lower() for w in n.split()}}
        if gender is not None:
            lexicon = first_name_genders()
            names = {n for n in names if lexicon.get(n.split()[0], gender) == gender} or names
        if not names:
            return " ".join(words)
        return min(names, key=lambda n: self.first_seen.get(n, 10**9))

    def single(self, run: PersonMention) -> str | None:
        """A one-word mention counts as a person when it is a known surname, follows a title, or speaks."""
        word = run.words[0]
        before = self.text[max(0, run.start - 5):run.start]
        if word in self.by_surname:
            return self.canonical(run.words, title_gender(before))
        if re.search(r"(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov)\.\s$", before) or SPEECH_VERBS.match(self.text[run.end:run.end + 20]):
            return word
        return None

    def antecedent(self, position: int, gender: str | None) -> str | None:
        """The most recent person before position of the wanted gender; one of unknown gender if nearer and none is near."""
        fallback = None
        for run, name in reversed(self.outside_quotes):
            distance = position - run.end
            if distance < 0:
                continue
            if distance > LOOKBACK_CHARS or (fallback is not None and distance > KNOWN_GENDER_REACH):
                break
            known = self.genders.get(name)
            if gender is None or known == gender:
                return name
            if known is None and fallback is None:
                fallback = name
        return fallback

    def described(self, mention: Mention, words: list[str]) -> str | None:
        """A person the document ties to the description's words ('Republican nominee Donald Trump')."""
        head = words[-1]
        wanted = {w for w in words if w not in DEFINITE} | ({ABBREVIATIONS[head]} if head in ABBREVIATIONS else set())
        scored = []
        for run, name in self.mentions:
            if run.start <= mention.end and run.end >= mention.start:
                continue
            sentence_start = max(self.text.rfind(". ", 0, run.start), self.text.rfind("\n", 0, run.start))
            # A title sits right before the name: "German Chancellor Angela Merkel".
            before = re.findall(r"[\w’'-]+", self.text[max(0, sentence_start, run.start - 80):run.start].lower())[-4:]
            after = self.text[run.end:run.end + 90]
            apposition = re.findall(r"[\w’'-]+", after.split(".")[0].lower()) if after.startswith(",") else []
            context = set(before) | set(apposition[:10])
            hits = len(wanted & context)
            if head in context or ABBREVIATIONS.get(head) in context:
                distance = mention.start - run.start if run.start < mention.start else 10 * (run.start - mention.start)
                scored.append((-hits, distance, name))
        return min(scored)[2] if scored else None

    def byline(self) -> str | None:
        """The author's name from 'By NAME' at the top or 'NAME is a ...' at the bottom."""
        start = BYLINE_START.search(self.text)
        if start:
            return start.group(1)
        ends = [m for m in BYLINE_END.finditer(self.text) if plain_name(m.group(1))]
        return ends[-1].group(1) if ends and ends[-1].start() > len(self.text) * 0.7 else None


def plain_name(words: str) -> bool:
    """True when every word could be part of a personal name: no "That", no "Mr.", no "Party"."""
    return all(w not in NOT_NAME_WORDS and w not in TITLE_ABBREVIATIONS and w.lower() not in TITLES
               for w in words.split())


def title_gender(before: str) -> str | None:
    """'m' after "Mr.", 'f' after "Mrs." or "Ms.", else None."""
    if re.search(r"\bMr\.\s*$", before):
        return "m"
    if re.search(r"\bM(?:rs|s)\.\s*$", before):
        return "f"
    return None


def resolve_one(index: PersonIndex, mention: Mention, history: list[tuple[int, str, bool]]) -> tuple[str, bool]:
    """(name, whether it names a person) for one mention."""
    written = mention.text.strip()
    words = re.findall(r"[\w’'.-]+", written.lower())
    first = words[0] if words else ""
    if first in MALE | FEMALE:
        gender = "m" if first in MALE else "f"
        found = index.antecedent(mention.start, gender)
        return (found, True) if found else (written, False)
    if first in FIRST_PERSON and len(words) <= 2:
        return index.byline() or written, True
    if first in GROUP_PRONOUNS and len(words) == 1:
        groups = [n for pos, n, person in history if not person and 0 < mention.start - pos < 600]
        return (groups[-1] if groups else written), False
    if first in INDEFINITE:
        return written, False
    last = re.findall(r"[\w’'-]+", written)[-1] if words else ""
    if first in DEFINITE | {"his", "her", "their"} and last.islower():
        if first in {"his", "her"}:
            found = index.antecedent(mention.start, "m" if first == "his" else "f")
            return (found, True) if found else (written, False)
        if last in PERSON_NOUNS:
            found = index.described(mention, words) or last_speaker(history, mention.start) or \
                index.antecedent(mention.start, None)
            return (found, True) if found else (written, False)
        return written, False
    inside = [run for run in name_runs(written, skip_headlines=False)
              if len(run.words) >= 2 or run.words[0] in index.by_surname]
    if inside:
        best = max(inside, key=lambda r: len(r.words))
        return index.canonical(best.words, title_gender(written[:best.start])), True
    named = apposition_name(written)
    return (named, False) if named else (written, False)


def apposition_name(written: str) -> str | None:
    """The proper name in "The regulator, Ofwat" or "Ofwat, the regulator": the part that is a name and nothing else."""
    parts = [part.strip() for part in written.split(",")]
    if len(parts) != 2 or not all(parts):
        return None
    for part in parts:
        runs = name_runs(part, skip_headlines=False)
        if len(runs) == 1 and runs[0].start == 0 and runs[0].end == len(part):
            return part
    return None


def last_speaker(history: list[tuple[int, str, bool]], position: int) -> str | None:
    """The person who spoke last, if that was recent."""
    people = [(pos, name) for pos, name, person in history if person and 0 < position - pos < 1500]
    return people[-1][1] if people else None


def resolve_names(text: str, mentions: list[Mention | None]) -> list[str | None]:
    """A name for each speaker mention, in document order; None where there is no mention."""
    index = PersonIndex(text)
    resolved: list[str | None] = []
    history: list[tuple[int, str, bool]] = []
    for mention in mentions:
        if mention is None:
            resolved.append(None)
            continue
        name, is_person = resolve_one(index, mention, history)
        history.append((mention.start, name, is_person))
        resolved.append(name)
    return resolved
