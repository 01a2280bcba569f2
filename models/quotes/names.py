"""Resolve a speaker mention ("he", "the German chancellor", "Clinton") to the fullest name in the document."""
from __future__ import annotations

import re
from dataclasses import dataclass

PERSON_PRONOUNS = frozenset({"he", "she", "i", "him", "her", "me", "his"})
GROUP_PRONOUNS = frozenset({"they", "we", "it", "us", "them"})
TITLES = frozenset("""
mr mrs ms miss dr prof sen senator rep representative congressman congresswoman gov governor
president vice secretary minister chancellor prime premier general gen lt col colonel maj major
capt captain adm admiral judge justice mayor ambassador sir dame lord lady rev reverend father
pope king queen prince princess sheriff chief officer director chairman chairwoman chair ceo
speaker leader attorney commissioner deputy assistant state foreign finance defense defence
interior health education labor labour trade economy justice home first lady former acting
then candidate nominee spokesman spokeswoman spokesperson press democratic republican gop u.s.
us american british german french russian chinese democrat republicans democrats the
executive founder co-founder adviser advisor aide strategist analyst economist professor
""".split())
NAME_PARTICLES = frozenset({"de", "van", "von", "der", "da", "di", "la", "le", "bin", "al", "del", "du"})
SUFFIXES = frozenset({"jr", "jr.", "sr", "sr.", "ii", "iii", "iv"})
WORD = re.compile(r"[^\W\d_][\w'’.-]*", re.UNICODE)
# A run of capitalised words (with initials and particles), the raw material of names.
NAME_RUN = re.compile(
    r"(?:[A-Z][\w'’-]*\.?|(?:de|van|von|der|da|di|la|le|bin|al|del|du))"
    r"(?:\s+(?:[A-Z][\w'’-]*\.?|(?:de|van|von|der|da|di|la|le|bin|al|del|du)))*")


@dataclass(frozen=True)
class Mention:
    """A speaker mention as written, and where."""

    text: str
    start: int
    end: int


def normalise(word: str) -> str:
    """Lower-case a word and drop trailing dots, for title lookups."""
    return word.lower().rstrip(".")


def strip_titles(words: list[str]) -> list[str]:
    """Drop leading titles and descriptors: 'Finance Minister Maria Santos' -> 'Maria Santos'."""
    start = 0
    while start < len(words) - 1 and normalise(words[start]) in TITLES:
        start += 1
    return words[start:]


def name_in(text: str) -> str | None:
    """The personal name inside a mention, titles removed, or None when it holds no capitalised run."""
    cleaned = re.sub(r"['’]s\b", "", text)
    best = None
    for match in NAME_RUN.finditer(cleaned):
        words = [w for w in match.group(0).split() if w]
        if words and normalise(words[0]) in NAME_PARTICLES:
            words = words[1:]
        words = strip_titles(words)
        if not words or all(normalise(w) in TITLES for w in words):
            continue
        candidate = " ".join(words)
        if best is None or len(candidate) > len(best):
            best = candidate
    return best


def is_pronoun(mention: str) -> bool:
    """True for a bare pronoun mention."""
    return mention.strip().lower() in PERSON_PRONOUNS | GROUP_PRONOUNS


DETERMINERS = frozenset({"the", "a", "an", "its", "his", "her", "their", "our", "another", "one", "two", "some",
                         "several", "many", "other", "this", "that", "these", "those"})


def is_description(mention: str) -> bool:
    """True for a description such as 'the German chancellor' or 'a senior European diplomat'."""
    words = WORD.findall(mention)
    return bool(words) and words[0].lower() in DETERMINERS and words[-1].islower()


def document_names(text: str) -> list[Mention]:
    """Every capitalised multi-word run in the text that looks like a personal name, in order."""
    names = []
    for match in NAME_RUN.finditer(text):
        words = match.group(0).split()
        words = strip_titles(words)
        if len(words) >= 2 and all(normalise(w) not in TITLES for w in words):
            offset = match.group(0).rfind(words[0])
            names.append(Mention(" ".join(words), match.start() + offset, match.end()))
    return names


def fullest_name(name: str, position: int, names: list[Mention]) -> str:
    """Expand 'Clinton' to the nearest fuller name ending the same way ('Hillary Clinton')."""
    surname = name.split()[-1]
    best, best_distance = name, None
    for mention in names:
        words = mention.text.split()
        if words[-1] != surname and not (len(words) > 1 and words[-1].lower() in SUFFIXES and words[-2] == surname):
            continue
        if len(mention.text) < len(best) or not mention.text.endswith(name.split()[-1]) and mention.text.find(name) < 0:
            continue
        if len(name.split()) > 1 and name.split()[0] not in words:
            continue
        distance = abs(mention.start - position) + (0 if mention.start <= position else 100000)
        if len(mention.text) > len(best) or best_distance is None or distance < best_distance:
            best, best_distance = mention.text, distance
    return best


def description_name(text: str, mention: Mention, names: list[Mention]) -> str | None:
    """Find a name the document attaches to a description: 'German Chancellor Angela Merkel'."""
    words = [w for w in WORD.findall(mention.text) if w.lower() not in {"the", "a", "an", "its"}]
    if not words:
        return None
    head = re.escape(words[-1].rstrip("’'s"))
    patterns = [
        re.compile(rf"\b(?i:{head})\s+((?:[A-Z][\w'’-]*\.?\s+)*[A-Z][\w'’-]+)"),
        re.compile(rf"([A-Z][\w'’-]*(?:\s+[A-Z][\w'’-]*\.?)*\s+[A-Z][\w'’-]+),\s+(?i:the|a|an)\s+[^,.;]*?\b(?i:{head})\b"),
    ]
    found = []
    for pattern in patterns:
        for match in pattern.finditer(text):
            candidate = name_in(match.group(1))
            if candidate and candidate[0].isupper() and len(candidate.split()) >= 2:
                found.append((abs(match.start() - mention.start) + (0 if match.start() <= mention.start else 100000),
                              candidate))
    return min(found)[1] if found else None


def resolve_names(text: str, mentions: list[Mention | None]) -> list[str | None]:
    """A name for each speaker mention, in document order; None where there is no mention."""
    names = document_names(text)
    resolved: list[str | None] = []
    history: list[tuple[int, str, bool]] = []  # (position, name, is a person)
    for mention in mentions:
        if mention is None:
            resolved.append(None)
            continue
        written = mention.text.strip()
        lower = written.lower()
        name = None
        if lower in PERSON_PRONOUNS:
            people = [n for pos, n, person in history if person and pos < mention.start]
            if people:
                name = people[-1]
            else:
                preceding = [n for n in names if n.end <= mention.start]
                name = fullest_name(preceding[-1].text, preceding[-1].start, names) if preceding else None
            name = name or written
        elif lower in GROUP_PRONOUNS:
            groups = [n for pos, n, person in history if not person and pos < mention.start]
            name = groups[-1] if groups else written
        elif is_description(written):
            name = description_name(text, mention, names) or written
        else:
            personal = name_in(written)
            if personal:
                name = fullest_name(personal, mention.start, names)
            else:
                name = description_name(text, mention, names) or written
        is_person = lower in PERSON_PRONOUNS or (name != written or name_in(written) is not None)
        history.append((mention.start, name, is_person))
        resolved.append(name)
    return resolved
