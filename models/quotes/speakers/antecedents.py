"""A learned choice of the person a pronoun speaker ("he said") refers to.

Each person named before the pronoun is a candidate, described by a few features (how recent, how
often named, gender agreement, whether they spoke last, where their last mention sits); a linear
score per candidate and a softmax over candidates pick one (a conditional logit). The weights are
learned by models/training/train_antecedents.py from PolNeAR train sources whose named speaker was
replaced by a pronoun, and live in data/antecedent_weights.json.
"""
from __future__ import annotations

import json
import math
import re
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .descriptions import STATE_NAMES
from .names import PersonMention
from .people import LOOKBACK_CHARS, SPEECH_VERBS, PersonIndex

WEIGHTS_FILE = Path(__file__).resolve().parent / "data" / "antecedent_weights.json"
MAX_CANDIDATES = 8
FEATURES = ("most_recent", "second_most_recent", "log_rank", "log_distance", "gender_match", "gender_clash",
            "last_speaker", "recent_speaker", "log_mentions", "introduced_first", "sentence_start", "possessive",
            "speaks_after", "same_sentence", "same_paragraph", "object_of_preposition", "after_quote_last_speaker",
            "only_gender_match", "subject_to_subject", "previous_sentence_subject", "log_recent_mentions",
            "most_mentioned")
CLOSING_QUOTE_BEFORE = re.compile(r"[”\"’»][ \t]*[,.!?]?[ \t]*$|[,.!?][”\"’»][ \t]*$")
PREPOSITION_BEFORE = re.compile(r"\b(?:of|at|from|for|with|by|to|about|against|on|than)\s+(?:[A-Z][\w.'’-]*\s+){0,3}$")


@dataclass(frozen=True)
class Candidate:
    """A person who may be the antecedent, with their mentions before the pronoun."""

    name: str
    mentions: tuple[PersonMention, ...]


def candidates_before(index: PersonIndex, position: int, gender: str | None = None) -> list[Candidate]:
    """People named outside quotes within reach before position, most recently named first.

    The nearest person of the pronoun's gender is always among them, however many others came between.
    """
    by_name: dict[str, list[PersonMention]] = {}
    for run, name in index.outside_quotes:
        if name in STATE_NAMES:
            continue  # "New Hampshire", however often a "he" follows it, is no one
        if run.end <= position and position - run.end <= LOOKBACK_CHARS:
            by_name.setdefault(name, []).append(run)
    ordered = sorted(by_name.items(), key=lambda item: -item[1][-1].end)
    kept = ordered[:MAX_CANDIDATES]
    agreeing = next((item for item in ordered if index.genders.get(item[0]) == gender), None)
    if gender is not None and agreeing is not None and agreeing not in kept:
        kept.append(agreeing)
    return [Candidate(name, tuple(runs)) for name, runs in kept]


SENTENCE_END = re.compile(r"[.!?][”\"’»)]?\s+")


def sentence_start(text: str, position: int) -> int:
    """Where the sentence holding position begins (a sentence may end inside a closing quote mark: 'issue." He')."""
    window = max(0, position - 400)
    ends = [m.end() for m in SENTENCE_END.finditer(text, window, position)]
    return max(ends[-1] if ends else 0, text.rfind("\n", 0, position) + 1, 0)


ABBREVIATION_BEFORE = re.compile(r"\b(?:[A-Z]|U\.S|St|Sens?|Reps?|Gov|Gen|Lt|Col|Sgt|Capt|Adm|Maj|Dr|Mr|Mrs|Ms|Prof|Rev)$")


def sentence_begin(text: str, position: int) -> int:
    """Where the sentence holding position begins: after the last full stop that ends one (abbreviations such
    as "Gen." or "Mr." passed over) or the last line break, whichever is later."""
    stop = sentence_stop_before(text, position)
    return max(text.rfind("\n", 0, position) + 1, stop + 2 if stop >= 0 else 0)


def sentence_stop_before(text: str, position: int) -> int:
    """Where the last ". " before position sits, passing over abbreviations ("Sen. Robert Hale"); -1 if none."""
    stop = text.rfind(". ", 0, position)
    while stop > 0 and ABBREVIATION_BEFORE.search(text, max(0, stop - 4), stop):
        stop = text.rfind(". ", 0, stop)
    return stop


def features(index: PersonIndex, position: int, gender: str | None, speakers: list[str],
             candidates: list[Candidate]) -> list[list[float]]:
    """One feature row per candidate (in FEATURES order) for a pronoun at position; speakers: names that spoke before, oldest first."""
    text = index.text
    own_sentence = sentence_start(text, position)
    paragraph = text.rfind("\n", 0, position)
    after_quote = bool(CLOSING_QUOTE_BEFORE.search(text[max(0, position - 6):position]))
    first_seen = min(index.first_seen.values()) if index.first_seen else None
    matching = sum(index.genders.get(c.name) == gender for c in candidates) if gender is not None else 0
    pronoun_first = own_sentence >= position - 1 or not text[own_sentence:position].strip()
    previous_sentence = sentence_start(text, max(0, own_sentence - 2))
    most = max((len(c.mentions) for c in candidates), default=0)
    rows = []
    for rank, candidate in enumerate(candidates):
        last = candidate.mentions[-1]
        known = index.genders.get(candidate.name)
        last_speaker = bool(speakers) and speakers[-1] == candidate.name
        starts = sentence_start(text, last.start) >= last.start - 1 or text[max(0, last.start - 2):last.start] == "\n"
        rows.append([
            float(rank == 0), float(rank == 1), math.log1p(rank),
            math.log1p((position - last.end) / 100.0),
            float(gender is not None and known == gender), float(gender is not None and known not in (None, gender)),
            float(last_speaker), float(candidate.name in speakers[-3:]),
            math.log1p(len(candidate.mentions)),
            float(first_seen is not None and index.first_seen.get(candidate.name) == first_seen),
            float(starts),
            float(text[last.end:last.end + 2] in ("'s", "’s")),
            float(bool(SPEECH_VERBS.match(text[last.end:last.end + 20]))),
            float(last.start >= own_sentence), float(last.start > paragraph),
            float(bool(PREPOSITION_BEFORE.search(text[max(0, last.start - 40):last.start]))),
            float(after_quote and last_speaker),
            float(matching == 1 and known == gender),
            float(pronoun_first and starts),
            float(starts and previous_sentence <= last.start < own_sentence),
            math.log1p(sum(1 for m in candidate.mentions if position - m.end <= 600)),
            float(len(candidate.mentions) == most),
        ])
    return rows


@cache
def weights() -> tuple[float, ...] | None:
    """The learned weights, or None when none were trained (the rule then decides)."""
    if not WEIGHTS_FILE.exists():
        return None
    stored = json.loads(WEIGHTS_FILE.read_text(encoding="utf-8"))
    if tuple(stored["features"]) != FEATURES:
        raise ValueError(f"{WEIGHTS_FILE} was trained on other features; retrain with models.training.train_antecedents")
    return tuple(stored["weights"])


def choose(rows: list[list[float]], learned: tuple[float, ...]) -> tuple[int, float]:
    """The best candidate's index and its softmax probability."""
    scores = [sum(w * x for w, x in zip(learned, row)) for row in rows]
    top = max(scores)
    total = sum(math.exp(s - top) for s in scores)
    best = scores.index(top)
    return best, 1.0 / total


def learned_antecedent(index: PersonIndex, position: int, gender: str | None, speakers: list[str]) -> str | None:
    """The person a pronoun at position refers to by the learned scorer; the nearest-person rule without weights."""
    learned = weights()
    if learned is None:
        return index.antecedent(position, gender)
    candidates = candidates_before(index, position, gender)
    if not candidates:
        return None
    best, _ = choose(features(index, position, gender, speakers, candidates), learned)
    if not index.fits(candidates[best].name, gender):
        return None  # "she" is never a man the article calls "he": better left as written
    return candidates[best].name

