"""Who a relation word points to: "her predecessor" after "succeeding Nikos Stavrou", "her father"
after "Tom Keller and his daughter, Sara Keller"."""
from __future__ import annotations

import re

from .names import surname
from .people import PersonIndex, clean_runs


SUCCESSION_MENTION = re.compile(r"(?:[Hh]is|[Hh]er|[Tt]heir|[Tt]he)[ \t]+(?:[\w-]+[ \t]+)?(?P<relation>predecessor|successor)")
# "succeeding Nikos Stavrou" / "who replaced Nikos Stavrou": the predecessor; "succeeded by X": the successor
SUCCEEDED = re.compile(r"\b(?:succeed(?:s|ed|ing)?|replac(?:e|es|ed|ing))[ \t]+(?P<name>(?:[A-Z][\w'’.-]+[ \t]?){1,4})")
SUCCEEDED_BY = re.compile(r"\b(?:succeeded|replaced)[ \t]+by[ \t]+(?P<name>(?:[A-Z][\w'’.-]+[ \t]?){1,4})")


def office_succession(index: PersonIndex, written: str, start: int) -> str | None:
    """The person a "his predecessor" / "her successor" points to, from the nearest succession written before it."""
    wanted = SUCCESSION_MENTION.fullmatch(written.strip())
    if wanted is None:
        return None
    return last_named(index, start, SUCCEEDED_BY if wanted.group("relation") == "successor" else SUCCEEDED)


# "named Brian West as acting chief executive after Dave Calhoun stepped down": Calhoun held the office
LEFT_OFFICE = re.compile(r"\bafter[ \t]+(?P<name>(?:[A-Z][\w'’.-]+[ \t]?){1,4})[ \t]*(?:stepped[ \t]+down|resigned|quit|"
                         r"retired|was[ \t]+(?:ousted|fired|sacked|removed|forced[ \t]+out)|left)\b")


def succeeded_before(index: PersonIndex, start: int) -> str | None:
    """The person the article last said someone succeeded or replaced before start: "the former mayor"
    after "sworn in as mayor, succeeding Frank Doyle" (or "... after Dave Calhoun stepped down")."""
    return last_named(index, start, SUCCEEDED, LEFT_OFFICE)


# "handed over to former Dutch Prime Minister Mark Rutte", "handing the job to her deputy, Ben Carter"
HANDED_OVER = re.compile(r"\bhand(?:s|ed|ing)?[ \t]+(?:over[ \t]+)?(?:(?:the|his|her|their)[ \t]+(?:job|post|role|reins|"
                         r"presidency|leadership|keys|baton)[ \t]+)?(?:over[ \t]+)?to[ \t]+(?P<after>[^.;:!?\n]{1,100})")


def handed_over_to(index: PersonIndex, start: int) -> str | None:
    """The person the article last said someone handed their office to, in the 1,500 characters before start:
    "the incoming secretary general" after "Jens Stoltenberg handed over to ... Mark Rutte"."""
    found = list(HANDED_OVER.finditer(index.text[max(0, start - 1500):start]))
    if not found:
        return None
    runs = [run for run in clean_runs(found[-1].group("after"), skip_headlines=False) if len(run.words) >= 2]
    return index.canonical(runs[0].words) if runs else None


def last_named(index: PersonIndex, start: int, *patterns: re.Pattern) -> str | None:
    """The person named by the last match of any of the succession patterns in the 1,500 characters before start
    (on a tie, the pattern given first)."""
    window = index.text[max(0, start - 1500):start]
    found = [match for pattern in patterns for match in pattern.finditer(window)]
    last = max(found, key=lambda match: match.start()) if found else None
    runs = clean_runs(last.group("name").strip(), skip_headlines=False) if last else []
    return index.canonical(runs[0].words) if runs else None


KIN = {"father": "m", "mother": "f", "son": "m", "daughter": "f", "husband": "m", "wife": "f", "brother": "m",
       "sister": "f"}
# Whose kin a kin word's holder is: Sara, "his daughter", makes her father the one whose daughter she is.
KIN_INVERSE = {"father": ("son", "daughter"), "mother": ("son", "daughter"), "son": ("father", "mother"),
               "daughter": ("father", "mother"), "husband": ("wife",), "wife": ("husband",),
               "brother": ("brother", "sister"), "sister": ("brother", "sister")}
KIN_WORDS = "|".join(KIN)
NAME_WORDS = r"[A-Z][\w'’.-]+(?:[ \t]+[A-Z][\w'’.-]+){0,3}"
# "Tom Keller and his daughter, Sara Keller" / "Keller's daughter, Sara" / "Sara Keller, Tom Keller's daughter"
KIN_STATED = (re.compile(rf"(?P<of>{NAME_WORDS})[ \t]+and[ \t]+(?:his|her)[ \t]+(?P<kin>{KIN_WORDS}),?[ \t]+(?P<holder>{NAME_WORDS})"),
              re.compile(rf"(?P<of>{NAME_WORDS})['’]s?[ \t]+(?P<kin>{KIN_WORDS}),?[ \t]+(?P<holder>{NAME_WORDS})"),
              re.compile(rf"(?P<holder>{NAME_WORDS}),[ \t]+(?P<of>{NAME_WORDS})['’]s?[ \t]+(?P<kin>{KIN_WORDS})\b"))


def kin_pairs(index: PersonIndex) -> list[tuple[str, str, str]]:
    """(holder, kin word, whose) for each family tie the document states between two named people."""
    pairs = []
    for pattern in KIN_STATED:
        for match in pattern.finditer(index.text):
            people = []
            for part in ("holder", "of"):
                runs = clean_runs(match.group(part), skip_headlines=False)
                people.append(index.canonical(runs[-1].words) if runs else None)
            if all(people) and people[0] != people[1]:
                pairs.append((people[0], match.group("kin"), people[1]))
    return pairs


def relative_named(index: PersonIndex, written: str, start: int) -> str | None:
    """The named person a "her father" / "his wife" is, from a family tie the article states."""
    pronoun, kin = written.strip().lower().split()
    if kin not in KIN:
        return None
    owner = index.antecedent(start, "m" if pronoun == "his" else "f")
    if owner is None:
        return None
    for holder, word, whose in kin_pairs(index):
        if whose == owner and word == kin:
            return holder  # "Keller's daughter, Sara" and "his daughter" for Keller
        if holder == owner and word in KIN_INVERSE[kin] and index.fits(whose, KIN[kin]):
            return whose  # Sara is Tom's daughter, so "her father" is Tom
    given = last_given_kin(index.text, start, kin)
    if given:
        # "his father, Rafael," ... "his father": Rafael Cruz, built, not looked up (Ted Cruz is "Rafael Edward Cruz")
        return f"{given} {surname(tuple(owner.split()))}"
    return family_member(index, owner, kin) if kin in ("son", "daughter", "wife", "husband") else None


def last_given_kin(text: str, start: int, kin: str) -> str | None:
    """The first name the article last gave this kin word before start ("infuriated his father, Rafael, who ..."), if
    any."""
    given = list(re.finditer(rf"\b(?:[Hh]is|[Hh]er)[ \t]+{kin},[ \t]+(?P<given>[A-Z][a-z]+)(?=[ \t]*,)",
                             text[max(0, start - 1500):start]))
    return given[-1].group("given") if given else None


def family_member(index: PersonIndex, owner: str, kin: str) -> str | None:
    """The one other person the article names with the owner's surname and the kin word's sex, when no tie is stated:
    "his son" for Donald Trump in an article that also names Eric Trump. (Parents and siblings are left out: an article
    about Fred Trump Jr. names his brother Donald, no father of his.)"""
    family = surname(tuple(owner.split()))
    found = {name for _, name in index.by_surname.get(family, []) if name != owner and len(name.split()) >= 2 and
             name.split()[0] not in owner.split() and index.is_person(name) and index.fits(name, KIN[kin])}
    return found.pop() if len(found) == 1 else None
