"""What the training articles say of people the news names often: the roles each one held (and whether as past,
present or future), their party and their state, counted by article. Consulted only for a description that the
article itself ties to no one ("The Republican presidential nominee" in an article that never calls Trump so)."""
from __future__ import annotations

import json
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from .descriptions import Description, concept, parties, states

KNOWN_PEOPLE_FILE = Path(__file__).parent / "data" / "known_people.json"
MIN_ARTICLES = 2  # people, parties and states seen in fewer articles are left out of the file
MIN_ROLE_ARTICLES = 3  # a role held in fewer articles is as likely a slip of the extraction as the person's
CLEAR_LEAD = 2.0  # the best holder's share of articles must be this many times the next one's
MAJORITY = 2 / 3  # a party or state is a person's when it holds this share of the articles naming one


@dataclass(frozen=True)
class KnownPerson:
    """One person's record: articles naming them, and per role the articles holding it now / before / to come."""

    articles: int
    roles: dict[str, dict[str, int]]
    parties: dict[str, int]
    states: dict[str, int]
    sex: str | None = None  # 'm' or 'f' where many articles' pronouns and titles overrule the first-name lists


def person_key(name: str) -> str:
    """The key a person is filed under: first and last word, lower case ("Donald J. Trump" -> "donald trump")."""
    words = name.lower().split()
    return f"{words[0]} {words[-1]}" if words else ""


@lru_cache(maxsize=1)
def known_people(path: Path = KNOWN_PEOPLE_FILE) -> dict[str, KnownPerson]:
    """The records by person key; empty when the file is absent."""
    if not path.exists():
        return {}
    people = json.loads(path.read_text(encoding="utf-8"))["people"]
    return {key: KnownPerson(p["articles"], p["roles"], p["parties"], p["states"], p.get("sex")) for key, p in people.items()}


def known_sex(name: str, people: dict[str, KnownPerson] | None = None) -> str | None:
    """The sex the records give a person named in full, if they give one."""
    person = (known_people() if people is None else people).get(person_key(name))
    return person.sex if person is not None else None


def time_buckets(description: Description) -> tuple[str, ...]:
    """The times a held role must have for the description to speak of it ("the former senator": 'past')."""
    if description.time == "past":
        return ("past",)
    if description.time == "future":
        return ("future", "now")
    return ("now",)


def majority(counts: dict[str, int]) -> str | None:
    """The value holding MAJORITY of the counts (and seen twice), else None."""
    if not counts:
        return None
    value, count = max(counts.items(), key=lambda item: item[1])
    return value if count >= MIN_ARTICLES and count >= MAJORITY * sum(counts.values()) else None


def record_of(name: str, people: dict[str, KnownPerson]) -> KnownPerson | None:
    """The record for a name; a surname alone ("Obama") is the person most articles name so, when they hold
    MAJORITY of its articles."""
    if len(name.split()) >= 2:
        return people.get(person_key(name))
    bearers = [person for key, person in people.items() if key.split()[-1] == name.lower()]
    best = max(bearers, key=lambda person: person.articles, default=None)
    return best if best is not None and best.articles >= MAJORITY * sum(p.articles for p in bearers) else None


def verifiable(description: Description) -> bool:
    """True when every capitalised word of the description is a party or a state the records hold: "the Russian
    leader" and "The Christian leader" say what the records cannot check."""
    named = {m for m in description.modifiers if m.startswith("geo:")}
    return not named - {m for m in named if parties(frozenset({m})) or states(frozenset({m}))}


def role_share(description: Description, person: KnownPerson, roles: frozenset[str]) -> float:
    """The share of the person's articles giving them one of roles at the description's time; 0 when a party or
    state the description names is not theirs."""
    party, state = majority(person.parties), majority(person.states)
    if parties(description.modifiers) and party not in parties(description.modifiers):
        return 0.0  # "The Republican nominee" is no one the news files as a Democrat
    if states(description.modifiers) and state not in states(description.modifiers):
        return 0.0  # "the Florida senator" is the one the news ties to Florida
    held = max((sum(person.roles.get(role, {}).get(time, 0) for time in time_buckets(description)) for role in roles),
               default=0)
    return held / person.articles if held >= MIN_ROLE_ARTICLES else 0.0


def shares(description: Description, names: list[str], people: dict[str, KnownPerson]) -> dict[str, float]:
    """Each known name's share for the description's own head role, or for its family when no one holds the head."""
    known = {name: record for name in names if (record := record_of(name, people)) is not None}
    for roles in (frozenset({description.head}), description.fitting_roles):
        found = {name: role_share(description, person, roles) for name, person in known.items()}
        if any(found.values()):
            return found
    return {}


def known_holder(description: Description, names: list[str], people: dict[str, KnownPerson] | None = None) -> str | None:
    """The one of names that the training news most clearly gives the description's role, or None.

    The best share of articles must lead the next by CLEAR_LEAD: "the candidate" in an article naming both
    Clinton and Trump stays undecided.
    """
    if not verifiable(description):
        return None
    found = sorted(shares(description, names, known_people() if people is None else people).items(),
                   key=lambda item: -item[1])
    if not found or found[0][1] == 0:
        return None
    if len(found) > 1 and found[0][1] < CLEAR_LEAD * found[1][1]:
        return None
    return found[0][0]


def known_share(description: Description, name: str, people: dict[str, KnownPerson] | None = None) -> float | None:
    """The share of the person's articles giving them the description's role family, or None when the records do
    not know them."""
    person = record_of(name, known_people() if people is None else people)
    return None if person is None else role_share(description, person, description.fitting_roles)


def other_party(description: Description, name: str, people: dict[str, KnownPerson] | None = None) -> bool:
    """True when the description names a party and the records file the person under another one."""
    wanted = parties(description.modifiers)
    return bool(wanted) and filed_party(name, people) not in wanted | {None}


def filed_party(name: str, people: dict[str, KnownPerson] | None = None) -> str | None:
    """The party the records file the person under ('democratic', 'republican'), if any."""
    person = record_of(name, known_people() if people is None else people)
    return majority(person.parties) if person is not None else None


def known_party_member(names: list[str], party: str, place: str | None,
                       people: dict[str, KnownPerson] | None = None) -> str | None:
    """The one of names the records file under the party ("Republican") and, when one is given, the state ("Utah",
    "New Hampshire"); None when none or several are."""
    people = known_people() if people is None else people
    wanted_party = parties(frozenset({concept(party)}))
    wanted_state = states(frozenset({concept(place.split()[-1])})) if place else set()
    found = [name for name in names if (person := record_of(name, people)) is not None and
             majority(person.parties) in wanted_party and (not place or majority(person.states) in wanted_state)]
    return found[0] if len(found) == 1 else None
