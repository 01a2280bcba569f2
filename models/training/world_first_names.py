"""Build speakers/data/world_first_names.tsv: first names beyond the US census list whose sex is clear;
and speakers/data/mixed_first_names.tsv: census names the pooled counts give to both sexes.

Source: nomquamgender 0.1.4 (PyPI, MIT licence, (c) 2022 Ian Van Buskirk), whose name_data.json pools
name-sex counts from many countries. A name is kept when at least MIN_SOURCES sources and MIN_COUNT
people back it and one sex holds at least SHARE of them. Words that PolNeAR train writes mostly in
lower case ("bear", "line") or mostly not before another capitalised word (surnames and places such
as "Khan", "Washington") are left out, as is every name the census list already gives. A census name
the same sources give to both sexes (neither holding MIXED_SHARE of the people: "Simone", "Andrea",
"Jean") goes to the mixed list, whose sex a pronoun in the article may overrule.

    pip download nomquamgender==0.1.4 --no-deps -d /tmp/nqg && unzip -o /tmp/nqg/*.whl -d /tmp/nqg
    python -m models.training.world_first_names --name-data /tmp/nqg/nomquamgender/name_data.json
"""
from __future__ import annotations

import argparse
import json
import re
from collections import Counter
from pathlib import Path

from models.quotes.speakers.names import (FIRST_NAMES_FILE, MIXED_FIRST_NAMES_FILE, WORLD_FIRST_NAMES_FILE,
                                         first_name_genders)

MIN_SOURCES = 12
MIN_COUNT = 300
SHARE = 0.95
MIXED_SHARE = 0.9
NOT_FIRST_NAMES = frozenset({"fox", "are"})  # "Fox News", "Are": capitalised in PolNeAR but never a person
HEADER = """# First names beyond the census list whose sex is clear, for telling "he" from "she" in international news.
# Derived from nomquamgender 0.1.4 (PyPI; MIT licence, Copyright (c) 2022 Ian Van Buskirk) by
# models/training/world_first_names.py: at least {sources} sources and {count} people, one sex >= {share}.
"""


def clear_names(name_data: dict, census: set[str]) -> dict[str, str]:
    """Lower-case name -> 'm' or 'f' for names the pooled counts make clear and the census list lacks."""
    kept = {}
    for name, (sources, count, female_share, *_) in name_data.items():
        if not re.fullmatch(r"[a-zà-ÿ]{2,}", name) or name in census or name in NOT_FIRST_NAMES:
            continue
        if sources >= MIN_SOURCES and count >= MIN_COUNT and (female_share >= SHARE or female_share <= 1 - SHARE):
            kept[name] = "f" if female_share >= SHARE else "m"
    return kept


MIXED_HEADER = """# US census first names that people across the world carry as both sexes, neither holding {share} of them
# ("Simone", "Andrea"): nomquamgender 0.1.4 (PyPI; MIT licence, Copyright (c) 2022 Ian Van Buskirk), by
# models/training/world_first_names.py, at least {sources} sources and {count} people.
"""


def mixed_names(name_data: dict, census: dict[str, str]) -> list[str]:
    """Census names (as the census list writes them) that the pooled counts give to both sexes."""
    mixed = []
    for written in census:
        row = name_data.get(written.lower())
        if row and row[0] >= MIN_SOURCES and row[1] >= MIN_COUNT and 1 - MIXED_SHARE < row[2] < MIXED_SHARE:
            mixed.append(written)
    return sorted(mixed)


def usage_in(texts: list[str], names: set[str]) -> tuple[Counter, Counter, Counter]:
    """Per name: lower-case uses, capitalised uses before another capitalised word, other capitalised uses."""
    lower, before_capital, other = Counter(), Counter(), Counter()
    for text in texts:
        for match in re.finditer(r"\b([A-Za-zà-ÿ]+)\b( [A-Z])?", text):
            word = match.group(1)
            key = word.lower()
            if key not in names:
                continue
            if word.islower():
                lower[key] += 1
            elif match.group(2):
                before_capital[key] += 1
            else:
                other[key] += 1
    return lower, before_capital, other


def main() -> None:
    """Write the world first-name list."""
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--name-data", required=True, help="nomquamgender's name_data.json")
    parser.add_argument("--polnear", default="../shared/data/polnear")
    args = parser.parse_args()
    census = {name.lower() for name in first_name_genders()}
    name_data = json.loads(Path(args.name_data).read_text(encoding="utf-8"))
    mixed = mixed_names(name_data, first_name_genders())
    MIXED_FIRST_NAMES_FILE.write_text(MIXED_HEADER.format(share=MIXED_SHARE, sources=MIN_SOURCES, count=MIN_COUNT)
                                      + "\n".join(mixed) + "\n", encoding="utf-8")
    print(f"{len(mixed)} names -> {MIXED_FIRST_NAMES_FILE}")
    kept = clear_names(name_data, census)
    texts = [p.read_text(encoding="utf-8") for p in sorted(Path(args.polnear, "train", "text").glob("*"))]
    lower, before_capital, other = usage_in(texts, set(kept))
    for name in list(kept):
        capitalised = before_capital[name] + other[name]
        if lower[name] > 0 and lower[name] >= capitalised or other[name] >= 3 and other[name] > before_capital[name]:
            del kept[name]
    rows = [f"{name.capitalize()}\t{sex}" for name, sex in sorted(kept.items())]
    WORLD_FIRST_NAMES_FILE.write_text(HEADER.format(sources=MIN_SOURCES, count=MIN_COUNT, share=SHARE)
                                      + "\n".join(rows) + "\n", encoding="utf-8")
    print(f"{len(rows)} names -> {WORLD_FIRST_NAMES_FILE} (census list: {FIRST_NAMES_FILE.name})")


if __name__ == "__main__":
    main()
