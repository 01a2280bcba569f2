"""Which company a description names: "the company" or "the scooter maker" after "Voltride, the San
Francisco scooter maker" (or "scooter maker Voltride") is Voltride."""
from __future__ import annotations

import re

BUSINESS_NOUNS = frozenset("""company firm maker carmaker automaker manufacturer retailer chain bank lender insurer
airline operator group giant startup start-up developer publisher broadcaster brand supplier producer
conglomerate utility""".split())
GENERIC = frozenset({"company", "firm", "group"})
NAME = r"[A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,3}"
# "Voltride, the San Francisco scooter maker", "Shopwell, Britain's biggest chain" and "scooter maker Voltride".
APPOSED = re.compile(rf"({NAME}),[ \t]+(?:(?:the|a|an)[ \t]+)?([^,.;:\n“”\"]{{0,60}}[ \t])?([a-z-]+?)s?(?=[,.;:\n])")
RIGHT_AFTER_NAME = re.compile(rf"({NAME}),[ \t]+$")
TIME_WORDS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Today Yesterday""".split())
TITLED = re.compile(rf"\b([a-z-]+?)s?[ \t]+({NAME})")


def organisation_described(text: str, start: int, written: str) -> str | None:
    """The business a definite description names, from the nearest apposition or title before it, else None."""
    words = re.findall(r"[\w’'-]+", written.lower())
    head = words[-1].rstrip("s") if words else ""
    if len(words) < 2 or words[0] not in ("the", "its") or head not in BUSINESS_NOUNS:
        return None
    wanted = BUSINESS_NOUNS if head in GENERIC else {head}
    before = text[:start]
    named = RIGHT_AFTER_NAME.search(before)
    if named and named.group(1).split()[0] in TIME_WORDS:
        named = None  # "from Monday, the company said": a date is no company
    if named and words[0] == "the":
        return named.group(1)  # the description is itself the apposition: "Voltride, the scooter maker"
    found = [(m.start(), m.group(1)) for m in APPOSED.finditer(before) if m.group(3) in wanted]
    found += [(m.start(), m.group(2)) for m in TITLED.finditer(before) if m.group(1) in wanted]
    return without_full_stop(max(found)[1]) if found else None


ABBREVIATED_ENDINGS = frozenset({"Co", "Cos", "Inc", "Corp", "Ltd", "Bros", "Jr", "Sr", "Plc", "Assn"})


def without_full_stop(name: str) -> str:
    """"RWE." at a sentence's end is "RWE"; "Linden & Co." and "U.S." keep their stops."""
    last = name.split()[-1]
    if name.endswith(".") and "." not in last[:-1] and last[:-1] not in ABBREVIATED_ENDINGS:
        return name[:-1]
    return name
