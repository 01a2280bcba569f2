"""Speaker groups: one id per person or organisation in a document, shared by all of their quotes,
so a newsroom can count quotes per person ("Eva Brandt: 3, the ministry: 1")."""
from __future__ import annotations

import re

from .people import strip_initials
from .descriptions import ROLES
from .resolve import FOLLOWERS, HONORIFICS, PEOPLE_BY_NAME, Resolved
from .subjects import PEOPLE_PLURAL

PERSON, ORGANISATION, UNNAMED = "person", "organisation", "unnamed"
ORGANISATION_NOUNS = frozenset("""
council ministry department police government company firm party union board office agency commission committee
campaign team club court army military administration authority bank university hospital newspaper network
institute foundation coalition association federation organization organisation parliament congress senate
house kremlin pentagon embassy regulator service corporation carmaker maker group alliance league fund trust
""".split())
UNNAMED_STARTS = frozenset("""
a an another some several many most few various numerous one two three four five all both other others
he she they we i you it who which whom officials critics experts analysts sources people residents
""".split())
DETERMINERS = frozenset({"the", "this", "that", "these", "those", "its", "their", "his", "her"})


def speaker_kind(resolved: Resolved) -> str:
    """'person' for a named person; 'organisation' for a named or definite body; else 'unnamed'."""
    if resolved.person or PEOPLE_BY_NAME.fullmatch(resolved.name):
        return PERSON  # ("Emmanuel Macron and Narendra Modi": people by name, kept a group for a "they" after them)
    words = re.findall(r"[\w’'.-]+", resolved.name)
    if not words or words[0].lower() in UNNAMED_STARTS:
        return UNNAMED
    lowered = [w.lower() for w in words]
    if lowered[0].rstrip(".") in HONORIFICS and len(words) >= 2:
        return PERSON  # "Mr Xi", "Ms. Adler": a person by name, even one the article never writes in full
    if lowered[-1] in ROLES and lowered[0] in DETERMINERS:
        return UNNAMED  # "the German chancellor", "the Nobel laureate": a person the article does not name
    if words[-1].islower() and (PEOPLE_PLURAL.search(lowered[-1]) or lowered[-1] in FOLLOWERS):
        return UNNAMED  # "Trump supporters", "Clinton aides": people around a name, not a body
    if lowered[-1] in ORGANISATION_NOUNS:
        return ORGANISATION  # "the city council", "The Trump campaign", "Nordwerk group"
    proper = [w for w in words[1:] if w[:1].isupper()] or \
        ([words[0]] if words[0][:1].isupper() and lowered[0] not in DETERMINERS and not lowered[0].endswith("s") else [])
    return ORGANISATION if proper else UNNAMED


def speaker_key(name: str, kind: str) -> str:
    """What two speakers must share to be one: the name without initials, case or a leading "the"."""
    key = strip_initials(name).lower()
    return re.sub(r"^the\s+", "", key) if kind != PERSON else key


def speaker_ids(keys: list[str | None]) -> list[str | None]:
    """'s1', 's2', ... by first appearance; equal keys share an id; None stays None."""
    ids: dict[str, str] = {}
    return [None if key is None else ids.setdefault(key, f"s{len(ids) + 1}") for key in keys]


def speaker_list(quotes) -> list[dict]:
    """The speakers of these quotes, in order of first quote: id, name, kind and how many quotes each has."""
    found: dict[str, dict] = {}
    for quote in quotes:
        speaker = quote.speaker
        if speaker is None:
            continue
        entry = found.setdefault(speaker.id, {"id": speaker.id, "name": speaker.name, "kind": speaker.kind,
                                              "quotes": 0})
        entry["quotes"] += 1
    return list(found.values())
