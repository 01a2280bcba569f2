"""Count, over PolNeAR train, the roles, parties and states each article gives each person it names
(models/quotes/speakers/known_people.py reads the result).

    python -m models.training.known_people [--data ../shared/data/polnear]

Per article, a person's record is what the article writes right against their full name: a title
before it ("Republican presidential nominee", "Ohio Gov."), an apposition after it that opens with a
determiner (", the former secretary of state,") and a party tag ("(R-Texas)"); a role counts once per article, filed as held now, before
("former") or to come ("-elect"). People named in fewer than two articles, and roles, parties and
states seen in fewer than two, are left out. Dev is never read. Takes about 15 s.
"""
from __future__ import annotations

import argparse
import json
import re
import time
from collections import Counter, defaultdict

from ..quotes.speakers.descriptions import concept, parties, party_tags_spelled, role_spans, states, time_of, words_of
from ..quotes.speakers.known_people import KNOWN_PEOPLE_FILE, MIN_ARTICLES, person_key
from ..quotes.speakers.names import mention_sex_votes, sex_of_first_names
from ..quotes.speakers.people import PersonIndex
from .polnear import load_split

TIMES = {None: "now", "present": "now", "past": "past", "future": "future"}


# Where a clause before a name starts: "Editor's note:" ends at its colon; the dot of "Gov." or "U.S." is no stop
CLAUSE_STOP = re.compile(r"[!?,;:()\n“”\"]|(?<![A-Z])(?<!\b[A-Z][a-z])(?<!\b[A-Z][a-z]{2})(?<!\bSens)(?<!\bReps)\.")


SEX_VOTES = 8
SEX_LEAD = 3
JOINING_WORDS = frozenset("and or of for to with by against from in on at than as about like over after before".split())
MODIFIERS_BEFORE_ROLE = 4
# An apposition that opens with a determiner or a time word: ", the former secretary of state," (not ", Sen. Ted
# Cruz (R-TX)," after "Trump", another person in a list)
APPOSITION = re.compile(r",[ \t]+(?P<words>(?:the|a|an|former|then|now)[ \t][^,;:()“”\"\n]{2,80}?)(?:,|[.;:]|$)")
PARTY_TAG_AFTER = re.compile(r"[ \t]*[(,][ \t]*(?P<tag>[DRI][-–][A-Z][\w.]*(?:[ \t][A-Z][\w.]*)?)[ \t]*[),]")


def titles_and_appositions(text: str, start: int, end: int) -> list[str]:
    """The phrases an article writes right against a name: the title before it ("Ohio Gov."), an apposition after it
    (", the former secretary of state,") and a party tag ("(R-Texas)")."""
    phrases = []
    before = text[max(0, start - 80):start]
    before = before[max((stop.end() for stop in CLAUSE_STOP.finditer(before)), default=0):]
    words = words_of(before)
    spans = role_spans(words)
    if spans and spans[-1][1] == len(words):  # the role stands right against the name ("Ohio Gov. John Kasich")
        first = spans[-1][0]
        for start_, end_, _ in reversed(spans[:-1]):  # "billionaire businessman": roles side by side are all his
            if end_ == first:
                first = start_
        # the words before the roles, back to a joining word: in "Donald Trump and Texas Sen." Cruz is no
        # businessman, in "Republican criticism of President" Obama no Republican
        joins = [i for i, word in enumerate(words[:first]) if word.lower() in JOINING_WORDS]
        cut = max(joins[-1] + 1 if joins else 0, first - MODIFIERS_BEFORE_ROLE)
        phrases.append(" ".join(words[cut:]))
    after = APPOSITION.match(text, end)
    if after and role_spans(words_of(after.group("words"))):
        phrases.append(after.group("words"))
    tag = PARTY_TAG_AFTER.match(text, end)
    if tag:
        phrases.append(party_tags_spelled(tag.group("tag")))
    return phrases


def document_records(text: str) -> dict[str, dict]:
    """Per person named in full in one article: the name, and the roles (with their time), parties and states the
    article writes right against the name."""
    index = PersonIndex(text)
    records: dict[str, dict] = {}
    for run, name in index.mentions:
        if not index.is_person(name) or len(name.split()) < 2:
            continue
        record = records.setdefault(person_key(name), {"name": name, "roles": set(), "parties": set(), "states": set(),
                                                       "sex": Counter()})
        record["sex"] += mention_sex_votes(index.text, run)
        for phrase in titles_and_appositions(index.text, run.start, run.end):
            words = words_of(phrase)
            lowered = [w.lower() for w in words]
            record["roles"] |= {(role, TIMES[time_of(lowered, s, e)]) for s, e, role in role_spans(words)}
            concepts = frozenset(concept(w) for w in words)
            record["parties"] |= parties(concepts)
            record["states"] |= states(concepts)
    return records


def count_records(documents) -> dict[str, dict]:
    """Article counts per person, role and time, party and state, over the documents."""
    totals: dict[str, dict] = {}
    for document in documents:
        for key, record in document_records(document.text).items():
            entry = totals.setdefault(key, {"names": Counter(), "articles": 0, "roles": Counter(),
                                            "parties": Counter(), "states": Counter(), "sex": Counter()})
            entry["names"][record["name"]] += 1
            entry["articles"] += 1
            entry["roles"].update(record["roles"])
            entry["parties"].update(record["parties"])
            entry["states"].update(record["states"])
            entry["sex"] += record["sex"]
    return totals


def kept(totals: dict[str, dict]) -> dict[str, dict]:
    """The people and counts seen in at least MIN_ARTICLES articles, as the JSON file stores them."""
    people = {}
    for key, entry in sorted(totals.items()):
        if entry["articles"] < MIN_ARTICLES:
            continue
        roles: dict[str, dict[str, int]] = {}
        for (role, when), count in sorted(entry["roles"].items()):
            if count >= MIN_ARTICLES:
                roles.setdefault(role, {})[when] = count
        people[key] = {"name": entry["names"].most_common(1)[0][0], "articles": entry["articles"], "roles": roles,
                       "parties": {p: c for p, c in sorted(entry["parties"].items()) if c >= MIN_ARTICLES},
                       "states": {s: c for s, c in sorted(entry["states"].items()) if c >= MIN_ARTICLES}}
        sex = clear_sex(entry["sex"])
        listed = sex_of_first_names().get(key.split()[0].capitalize())
        if sex and listed and sex != listed:  # "Lindsey Graham": the pronouns overrule the census lists
            people[key]["sex"] = sex
    return people


def clear_sex(votes: Counter) -> str | None:
    """'m' or 'f' when titles and pronouns across the articles give at least SEX_VOTES votes, SEX_LEAD times as many
    to one sex as to the other; else None."""
    male, female = votes["m"], votes["f"]
    if male + female >= SEX_VOTES and max(male, female) >= SEX_LEAD * min(male, female):
        return "m" if male > female else "f"
    return None


def main() -> None:
    """Count PolNeAR train and write the records file."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--out", default=str(KNOWN_PEOPLE_FILE))
    args = parser.parse_args()
    started = time.time()
    documents = load_split(args.data, "train")
    people = kept(count_records(documents))
    with open(args.out, "w", encoding="utf-8") as out:
        json.dump({"source": "PolNeAR v1.0.0 train, models/training/known_people.py", "articles": len(documents),
                   "people": people}, out, ensure_ascii=False, indent=0, sort_keys=False)
        out.write("\n")
    print(f"{len(people)} people from {len(documents)} articles in {time.time() - started:.0f} s -> {args.out}")


if __name__ == "__main__":
    main()
