"""Draw speaker mentions from PolNeAR for hand labelling, stratified by kind, and show each in context.

    python -m models.evaluation.sample_names --split train --seed 7 --per-kind pronoun=45,description=40,... \
        --exclude models/evaluation/data/name_labels*.jsonl > /tmp/to_label.txt

`--exclude-documents FILE...` draws nothing from the articles of those label files (a tuning set drawn from train
keeps off the train held-out articles).

Each mention is printed with the 700 characters before it and 120 after, the mention in [[ ]], and
the multi-word names the article contains. A person reads the article and writes, per mention, the
name a reader would give (the person's fullest name without titles; the mention as written when the
article never names who it is; the organisation's name for an organisation).
"""
from __future__ import annotations

import argparse
import json
import random
import re
from pathlib import Path

from ..training.polnear import load_split

KINDS = ("pronoun", "description", "relative", "name", "unnamed")
PRONOUNS = frozenset({"he", "she", "him", "her"})
RELATIVES = frozenset({"who", "which", "whom", "that"})
DETERMINERS = frozenset({"the", "this", "that", "his", "her", "its", "their"})
INDEFINITE = frozenset({"a", "an", "some", "several", "many", "one", "two", "three", "other", "another",
                        "officials", "critics", "experts", "analysts", "sources", "people"})


def mention_kind(mention: str) -> str | None:
    """pronoun, description, relative, name or unnamed by the mention's shape; None for others (I, they, we)."""
    words = mention.split()
    first = words[0].lower() if words else ""
    if len(words) == 1 and first in PRONOUNS:
        return "pronoun"
    if len(words) == 1 and first in RELATIVES:
        return "relative"
    if first in DETERMINERS and len(words) >= 2:
        return "description"
    if first in INDEFINITE:
        return "unnamed"
    if mention[:1].isupper() and first not in {"i", "we", "they", "it"} and \
            any(re.fullmatch(r"[A-Z][a-z][\w'’.-]*", w) for w in words):
        return "name"
    return None


def candidates(documents) -> dict[str, list[dict]]:
    """Every gold source mention, grouped by kind."""
    found: dict[str, list[dict]] = {kind: [] for kind in KINDS}
    for document in documents:
        seen = set()
        for attribution in document.attributions:
            if not attribution.source:
                continue
            start, end = attribution.source[0][0], attribution.source[-1][1]
            if (start, end) in seen:
                continue
            seen.add((start, end))
            mention = document.text[start:end]
            kind = mention_kind(mention)
            if kind:
                found[kind].append({"document": document.name, "start": start, "end": end, "mention": mention,
                                    "kind": kind})
    return found


def main() -> None:
    """Print a stratified sample of mentions in context, as JSON lines followed by their context."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--split", default="train")
    parser.add_argument("--seed", type=int, default=7)
    parser.add_argument("--per-kind", default="pronoun=45,description=40,relative=25,name=30,unnamed=10")
    parser.add_argument("--exclude", nargs="*", default=[], help="label files whose mentions are not drawn again")
    parser.add_argument("--exclude-documents", nargs="*", default=[],
                        help="label files none of whose articles is drawn from (keeps a tuning set off held-out articles)")
    args = parser.parse_args()
    documents = load_split(args.data, args.split)
    texts = {d.name: d.text for d in documents}
    excluded = {(row["document"], row["start"]) for path in args.exclude
                for row in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()) if row}
    excluded_documents = {row["document"] for path in args.exclude_documents
                          for row in map(json.loads, Path(path).read_text(encoding="utf-8").splitlines()) if row}
    rng = random.Random(args.seed)
    for part in args.per_kind.split(","):
        kind, count = part.split("=")
        pool = [c for c in candidates(documents)[kind] if (c["document"], c["start"]) not in excluded
                and c["document"] not in excluded_documents]
        for item in rng.sample(pool, min(int(count), len(pool))):
            text = texts[item["document"]]
            names = sorted(set(re.findall(r"\b[A-Z][a-z]+(?: [A-Z]\.)?(?: [A-Z][a-z’'-]+)+", text)))
            before = text[max(0, item["start"] - 700):item["start"]]
            after = text[item["end"]:item["end"] + 120]
            print(json.dumps(item, ensure_ascii=False))
            print("   ", (before + "[[" + item["mention"] + "]]" + after).replace("\n", " / "))
            print("    NAMES:", "; ".join(names[:40]))
            print()


if __name__ == "__main__":
    main()
