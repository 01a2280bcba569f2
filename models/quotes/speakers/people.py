"""The people a document names: every person-name mention mapped to the fullest form of that name."""
from __future__ import annotations

import re

from .descriptions import ROLES
from .names import (
    NOT_NAME_WORDS,
    REGNAL_TITLES,
    SUFFIXES,
    TITLE_ABBREVIATIONS,
    TITLES,
    PersonMention,
    first_name_genders,
    headline_spans,
    gender_evidence,
    name_runs,
    sex_of_first_names,
    surname,
)

QUOTED = re.compile(r"“[^“”]*”|\"[^\"\n]*\"|«[^«»]*»|„[^„“]*“")
SPEECH_VERBS = re.compile(r"^\s*(?:said|says|told|tells|added|adds|wrote|writes|asked|asks|argued|argues|noted|"
                          r"notes|explained|explains|continued|claimed|claims|insisted|warned|stated|replied|"
                          r"recalled|acknowledged|believes|thinks|has|had|was|is)\b")
BYLINE_END = re.compile(r"\n\s*([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3}) (?:is|was|writes)\b")
BYLINE_START = re.compile(r"^\s*By ([A-Z][\w'’.-]+(?: [A-Z][\w'’.-]+){1,3})")
LOOKBACK_CHARS = 2500
KNOWN_GENDER_REACH = 800  # a same-gender person this close beats a nearer one of unknown gender


def strip_initials(name: str) -> str:
    """'Loretta E. Lynch' -> 'Loretta Lynch', for comparing names."""
    return " ".join(w for w in name.split() if not re.fullmatch(r"[A-Z]\.", w))


def ends_line(text: str, end: int) -> bool:
    """True when nothing but spaces follows end on its line: a menu or byline line, not a sentence."""
    line_end = text.find("\n", end)
    return not text[end:line_end if line_end >= 0 else len(text)].strip()


SURNAME_PARTICLES = frozenset({"al", "el", "van", "von", "de", "del", "della", "da", "di", "dos", "das", "la", "le", "bin",
                               "abu", "ter"})


def without_clutter(text: str, run: PersonMention, known: set[tuple[str, ...]]) -> PersonMention:
    """A name run without the site name, menu or section words a scraped page glued to its front.

    "Metro Herald Politics Anna Lopez" -> "Anna Lopez": cut to the longest tail the document
    also writes as a name of its own, else to a census first name that no other first name precedes.
    """
    words = run.words
    if len(words) < 3 or words[0] in REGNAL_TITLES:  # "Pope Clement XV" keeps its title, as "Pope Leo"
        return run
    cut = None
    if words[0].endswith("s") and words[0][:-1].lower() in ROLES or words[0].lower() in ROLES:
        cut = 1  # "Singers Dua Lipa and Elton John", "Pensioner Geoff Marsh": a role opening the sentence names no one
    if cut is None and ends_line(text, run.end):  # "Aung San Suu Kyi visited ..." keeps its "Aung San"
        cut = next((i for i in range(1, len(words) - 1) if words[i:] in known), None)
    if cut is None:
        lexicon = first_name_genders()
        # a first name that is also a surname's particle ("Tamim Al Thani", "Joost Van Dijk") cuts nothing
        firsts = [i for i, w in enumerate(words[:-1]) if w in lexicon and w.lower() not in SURNAME_PARTICLES]
        cut = firsts[0] if firsts and firsts[0] > 0 and len(words) - firsts[0] >= 2 else None
        if cut is not None and words[0] in sex_of_first_names():
            cut = None  # "Luiz Inácio Lula da Silva": a first name the census lacks still opens the name
    if cut is None:
        return run
    start = run.start + len(" ".join(words[:cut])) + 1
    return PersonMention(start, run.end, words[cut:]) if start < run.end else run


def person_key(words: tuple[str, ...]) -> tuple[str, str, str]:
    """First name, surname and generational suffix: "Donald Trump Jr." is not "Donald J. Trump"."""
    suffixes = " ".join(w.rstrip(".") for w in words if w in SUFFIXES)
    return words[0], surname(words), suffixes


def goes_by(full: list[str], word: str) -> bool:
    """True when word is the first of a person's surnames ("Lula" of "Luiz Inácio Lula da Silva", "Acosta" of
    "Melba Acosta Febo"): inside the full name, which opens with a first name, only particles between it and the last."""
    if word not in full[1:-1] or word.lower() in SURNAME_PARTICLES or full[0] not in sex_of_first_names():
        return False
    return all(w.lower() in SURNAME_PARTICLES for w in full[full.index(word) + 1:-1])


def clean_runs(text: str, skip_headlines: bool = True) -> list[PersonMention]:
    """name_runs with clutter cut off the front of each run, and a first name sharing the next one's surname
    given it."""
    runs = name_runs(text, skip_headlines=skip_headlines)
    known = {run.words for run in runs}
    return with_shared_surnames(text, [without_clutter(text, run, known) for run in runs])


SHARED_SURNAME_GAP = re.compile(r"[ \t]+(?:and|&)[ \t]+")


def couple_titled(text: str, surname_word: str) -> bool:
    """True when the text titles both a man and a woman by this surname ("Mr. Khan", "Ms. Khan")."""
    name = re.escape(surname_word)
    return bool(re.search(rf"\bMr\.?[ \t]+{name}\b", text)) and bool(re.search(rf"\bM(?:rs|s)\.?[ \t]+{name}\b", text))


def couple_genders(text: str, runs: list[PersonMention]) -> dict[str, str]:
    """'m' for the first and 'f' for the second of a couple named together whose first names no list knows ("Khizr
    and Ghazala Khan", titled "Mr. Khan" and "Ms. Khan"): news names the husband first."""
    lexicon = sex_of_first_names()
    genders = {}
    for run, following in zip(runs, runs[1:]):
        if len(run.words) == 2 and len(following.words) == 2 and run.words[1] == following.words[1] and \
                run.words[0] not in lexicon and following.words[0] not in lexicon and \
                SHARED_SURNAME_GAP.fullmatch(text, run.end, following.start) and couple_titled(text, run.words[1]):
            genders[" ".join(run.words)], genders[" ".join(following.words)] = "m", "f"
    return genders


def with_shared_surnames(text: str, runs: list[PersonMention]) -> list[PersonMention]:
    """"Alan and Susan Whitby", "Bill and Hillary Clinton": the lone first name before "and" and a first name with
    a surname carries that surname too (its span stays the first name as written)."""
    lexicon = sex_of_first_names()
    surnames = {surname(run.words) for run in runs if len(run.words) >= 2}  # "Clinton and Bernie Sanders": two people
    found = list(runs)
    for position, (run, following) in enumerate(zip(runs, runs[1:])):
        if len(run.words) != 1 or run.words[0] in surnames or len(following.words) != 2 or \
                not SHARED_SURNAME_GAP.fullmatch(text, run.end, following.start):
            continue
        # first names no list knows count when the article titles both a man and a woman by the surname ("the parents,
        # Khizr and Ghazala Khan" ... "Mr. Khan" ... "Ms. Khan"); that search over the text runs only for such a pair
        if (run.words[0] not in lexicon or following.words[0] not in lexicon) and \
                not couple_titled(text, following.words[1]):
            continue
        before = re.findall(r"[\w'’-]+", text[max(0, run.start - 30):run.start])
        if before and before[-1] in lexicon:
            continue  # "of Hillary Clinton and Bernie Sanders": a surname after its first name
        found[position] = PersonMention(run.start, run.end, (run.words[0], following.words[1]))
    return found


# Title words that only qualify another ("Former President", "Acting Mayor"): alone they make no one a person
# ("Former Brazil striker Caio Mendes": Brazil is no one).
TITLE_MODIFIERS = frozenset("""former acting retired first state foreign finance defense defence interior health
education labor labour trade economy home democratic republican gop majority minority house senate u.s. us deputy
assistant vice press executive leading top senior presidential chief longtime veteran interim campaign""".split())
# A word followed by a lower-case role and a name qualifies that role: "Chelsea manager Ian Burke".
ROLE_THEN_NAME = re.compile(r"[ \t]+((?:[a-z][\w-]*[ \t]+){1,2})[A-Z]")


def modifies_role(text: str, end: int) -> bool:
    """True when a lower-case role word and then a name follow end ("Brazil| striker Caio Mendes")."""
    match = ROLE_THEN_NAME.match(text, end)
    return bool(match) and any(w in ROLES or w in TITLES for w in match.group(1).split())


CATAPHOR_REACH = 600  # characters below a headline in which its pronoun's person must be named


def first_line_end(text: str) -> int:
    """Where a short first line standing alone above the body (a headline in sentence case) ends; -1 if none."""
    end = text.find("\n")
    if end < 0 or len(text[:end].split()) > 20 or not re.match(r"[ \t]*\n", text[end + 1:]):
        return -1
    return end


# "His wife, Margaret,", "her son Grant", "Mr Hughes's widow, Bethan,": a relative who shares the family name, named by a first name
KIN_GIVEN = re.compile(r"(?:\b[Hh]is|\b[Hh]er|\b[A-Z][\w-]+['’]s)[ \t]+"
                       r"(?:wife|husband|son|daughter|brother|sister|father|mother|widow|widower),?[ \t]+"
                       r"(?P<given>[A-Z][a-z]+)\b(?![ \t]+[A-Z])")


def kin_given_names(text: str) -> list[tuple[str, int]]:
    """(first name, where it stands) for each relative the text names by a first name a name list knows."""
    return [(m.group("given"), m.start("given")) for m in KIN_GIVEN.finditer(text)
            if m.group("given") in sex_of_first_names()]


# A lower-case trade right before a one-word name: "the singer Adele", "pop star Rihanna"
LOWER_ROLE_BEFORE = re.compile(r"\b([a-z][a-z-]+)[ \t]+$")
STAGE_ROLES = frozenset({"star", "icon", "legend", "superstar", "idol", "dj", "drag"})
AFTER_ANY_POSITION = 10**8  # added to a built name's first position so every name written out comes before it


ORGANISATIONS = (r"Board|Council|Committee|Commission|Agency|Department|Ministry|Bank|Group|Institute|Foundation|"
                 r"Association|Union|Authority|Court|University|College|Company|Party|Office|Service|Fund|Center|"
                 r"Centre|Network|League|Club|Hospital|Corp|Inc|Administration|Parliament|Government|Church|School|"
                 r"Forum|Caucus|Times|Post|News|Journal|Magazine|Press|Media|Trust|Alliance|Coalition|Research|Federation")
# "The Scottish Fishermen's Federation": the words before "'s" and a body's word name the body, not a person
BODY_AFTER_POSSESSIVE = re.compile(rf"['’]s?[ \t]+(?:[A-Z][\w'’-]*[ \t]+){{0,2}}(?:{ORGANISATIONS})\b")


class PersonIndex:
    """Every person-name mention in a document, each mapped to the fullest form of that name."""

    def __init__(self, text: str):
        """Index the names of text: fullest forms by surname, where each appears, and genders."""
        # Web copy puts no-break spaces between words ("Obama\u00a0blames"); the rules read them as spaces (one
        # character for one, so every offset holds)
        text = text.replace("\u00a0", " ")
        self.text = text
        runs = clean_runs(text)
        headlines = headline_spans(text)
        in_headline = [any(s <= run.start < e for s, e in headlines) for run in runs]
        body_surnames = {surname(r.words) for r, top in zip(runs, in_headline) if not top and len(r.words) >= 2}
        # A headline's full name counts only for a surname the body never writes in full ("Amal Haddad").
        kept = [(r, top) for r, top in zip(runs, in_headline) if not top or surname(r.words) not in body_surnames]
        # A first line written as a sentence ("Defiant Okonjo vows to fight on") glues words to a surname the
        # body writes in full otherwise ("Ngozi Okonjo"): that form is no one's name.
        first_line = first_line_end(text)
        body_full = {r.words for r, top in kept if not top and r.start > first_line and len(r.words) >= 2}
        body_full_surnames = {surname(words) for words in body_full}
        kept = [(r, top) for r, top in kept if r.start > first_line or len(r.words) < 2 or r.words in body_full
                or surname(r.words) not in body_full_surnames]
        runs = [r for r, _ in kept]
        self.couple_genders = couple_genders(text, runs)
        headline_runs = {r.start for r, top in kept if top}
        self.known_runs = {run.words for run in runs}
        full = [r for r in runs if len(r.words) >= 2 and not BODY_AFTER_POSSESSIVE.match(text, r.end)]
        fullest: dict[tuple[str, str, str], str] = {}
        for run in full:
            key = person_key(run.words)
            if len(run.text) > len(fullest.get(key, "")):
                fullest[key] = run.text
        self.by_surname: dict[str, list[tuple[int, str]]] = {}
        self.titles: dict[str, set[str]] = {}  # words right before a full name: "President" Barack Obama
        for run in full:
            name = fullest[person_key(run.words)]
            self.by_surname.setdefault(surname(run.words), []).append((run.start, name))
            self.titles.setdefault(name, set()).update(title_words(text, run.start))
        kin_built: set[str] = set()
        self.kin_at: dict[int, str] = {}  # where a relative's first name stands -> the name built for them
        for given, position in kin_given_names(text):
            # "John Reid, 68, said ... His wife, Margaret, said": Margaret Reid, so "Mrs Reid" is not John; the
            # family is the person named last before, in full or by a surname the article gives in full
            owner = max((r for r in runs if r.end <= position and (
                len(r.words) >= 2 and r.words[0] in sex_of_first_names() or
                len(r.words) == 1 and (r.words[0] in self.by_surname or title_gender(text[max(0, r.start - 5):r.start])))),
                key=lambda r: r.end, default=None)  # ("Mr Hughes's widow, Bethan,": a titled surname is a family)
            built = f"{given} {surname(owner.words)}" if owner is not None else ""
            if owner is not None and given not in owner.words and position - owner.end < 400 and \
                    built not in {n for _, n in self.by_surname.get(surname(owner.words), [])}:
                self.by_surname.setdefault(surname(owner.words), []).append((position, built))
                kin_built.add(built)
                self.kin_at[position] = built
        # Full names some mention writes after "the": things and bodies ("the Trump Train"), not people
        self.determined = {name for options in self.by_surname.values() for position, name in options
                           if re.search(r"\b[Tt]he\s$", text[max(0, position - 4):position])}
        self.first_seen: dict[str, int] = {}
        for position, name in sorted((p, n) for options in self.by_surname.values() for p, n in options):
            self.first_seen.setdefault(name, position + (AFTER_ANY_POSITION if name in kin_built else 0))
        # a relative's built name never takes a bare surname from the person named in full ("Mr. Trump" is not his
        # brother Freddy); only a title's sex gives it one ("Mrs Reid" after "His wife, Margaret,")
        self.gendered_votes: dict[str, dict[str, int]] = {}  # surname -> full name -> "Mr."/"Mrs." mentions
        for run in runs:
            gender = title_gender(text[max(0, run.start - 5):run.start])
            if len(run.words) == 1 and run.words[0] in self.by_surname and gender:
                votes = self.gendered_votes.setdefault(run.words[0], {})
                name = self.canonical(run.words, gender)
                votes[name] = votes.get(name, 0) + 1
        self.titled: set[str] = set()  # one-word names known to be people by the title before them
        quoted = [m.span() for m in QUOTED.finditer(text)]
        self.mentions: list[tuple[PersonMention, str]] = []
        self.outside_quotes: list[tuple[PersonMention, str]] = []
        for run in runs:
            name = self.canonical(run.words) if len(run.words) >= 2 else self.single(run)
            if run.start in headline_runs:
                continue  # a headline's "Protest Leader Amal Haddad" gives the full name, not a mention
            if name:
                self.mentions.append((run, name))
                if not any(s < run.start and run.end < e for s, e in quoted):
                    self.outside_quotes.append((run, name))
        people: dict[str, list[PersonMention]] = {}
        for run, name in self.mentions:
            people.setdefault(name, []).append(run)
        evidence = gender_evidence(text, people)
        self.genders = {name: gender for name, (gender, _) in evidence.items()}
        self.listed_only = {name for name, (_, weak) in evidence.items() if weak}

    def fits(self, name: str, gender: str | None) -> bool:
        """True when the person may be of that gender ('m', 'f'; None asks nothing): theirs unknown or the same."""
        if gender is None:
            return True
        if name not in self.genders:  # a name built outside the index ("His wife Victoria" -> "Victoria Beckham")
            return sex_of_first_names().get(name.split()[0] if name else "", gender) == gender
        return self.genders[name] in (None, gender)

    def may_be(self, name: str, gender: str | None) -> bool:
        """fits, or the sex is known only from a first name given to both sexes across the world, with nothing in
        the article to back it."""
        return self.fits(name, gender) or name in self.listed_only

    def canonical(self, words: tuple[str, ...], gender: str | None = None, titles: set[str] | None = None) -> str:
        """The fullest form the document gives these words (a full name with the same surname).

        When several people share the surname, a bare surname names the one the article introduced
        first (its subject); the others get their first name or a title. gender ('m' or 'f', from a
        title such as "Mrs.") rules out full forms whose first name says otherwise; titles (the words
        before a bare surname, "President") prefer the full form written after the same title.
        """
        lowered = {w.lower().rstrip(".") for w in words}  # "Haines Jr" cut by the tagger before its full stop
        names = {n for _, n in self.by_surname.get(surname(words), [])
                 if lowered <= {w.lower().rstrip(".") for w in n.split()} | {surname(tuple(n.split())).lower()}}
        if len(words) >= 2:  # "Donald Trump" written in full is not "Donald Trump Jr.", nor "Trump Jr." the father
            names = {n for n in names if person_key(tuple(n.split()))[2] == person_key(words)[2]} or names
        if not names and len(words) >= 2 and all(w.lower().rstrip(".") in TITLES for w in words[:-1]):
            return self.canonical(words[-1:], gender)  # "Prosecutor Ruiz" in a headline: Elena Ruiz
        if not names and len(words) == 1:
            # "Hillary: Benghazi Victim Mother ..." in a headline: the one person of that first name; "Mr Xi"
            # after "Xi Jinping": a name written family name first
            firsts = {n for options in self.by_surname.values() for _, n in options if n.split()[0] == words[0]}
            firsts -= self.determined  # "the Trump Train" is a thing, not Mr. Trump's full name
            if not firsts:  # "Lula" after "Luiz Inácio Lula da Silva": the name a person goes by, inside the full one
                firsts = {n for options in self.by_surname.values() for _, n in options
                          if goes_by(n.split(), words[0])} - self.determined
            if len(firsts) == 1:
                return firsts.pop()
        if gender is not None:
            lexicon = sex_of_first_names()
            names = {n for n in names if self.couple_genders.get(n, lexicon.get(n.split()[0], gender)) == gender} or names
        if not names:
            return " ".join(words)
        if titles:
            names = {n for n in names if self.titles.get(n, set()) & titles} or names
        if gender is None and titles and len(names) > 1 and len(words) == 1:
            # A surname after a title that tells no gender, shared by two people ("President Obama"
            # beside Barack and Michelle Obama): the one the article calls "Mr."/"Mrs." that surname
            # at least twice, when only one is. An untitled bare surname stays with the first introduced.
            voted = {n for n in names if self.gendered_votes.get(words[0], {}).get(n, 0) >= 2}
            if len(voted) == 1:
                names = voted
        # A form opening with a known first name beats clutter ("Liberal Oscar-winner Sarandon" in a headline)
        known = sex_of_first_names()
        return min(names, key=lambda n: (n.split()[0] not in known, self.first_seen.get(n, 10**9)))

    def single(self, run: PersonMention) -> str | None:
        """A one-word mention counts as a person when it is a known surname, follows a title, or speaks."""
        word = run.words[0]
        before = self.text[max(0, run.start - 5):run.start]
        if run.start in self.kin_at:
            return self.kin_at[run.start]  # "His wife, Margaret," is a mention of Margaret Reid
        if word in self.by_surname:
            return self.canonical(run.words, title_gender(before), title_words(self.text, run.start))
        if word in self.titled and not re.search(r"\b(?:of|in|at)[ \t]+$",
                                                 self.text[max(0, run.start - 6):run.start]):
            # "Pres. Obama admits ... Obama defended": a title once is enough ("head coach of Santos" names a club)
            return self.canonical(run.words)
        if re.search(r"\b(?:Mr|Mrs|Ms|Dr|Sen|Rep|Gov|Pres|Gen|Prof|Rev)\.\s$|\b(?:Mr|Mrs|Ms|Dr)\s$",
                     self.text[max(0, run.start - 6):run.start]):
            self.titled.add(word)
            return self.canonical(run.words)  # "Mr Xi" after "Xi Jinping": him; else the word as written
        if SPEECH_VERBS.match(self.text[run.end:run.end + 20]):
            return self.canonical(run.words)
        if word in first_name_genders() and re.search(r"\b(?:named|called)[ \t]+$", self.text[max(0, run.start - 8):run.start]):
            self.titled.add(word)
            return self.canonical(run.words)  # "a 52-year-old Salem resident named Caroline": all the article gives
        role = LOWER_ROLE_BEFORE.search(self.text, max(0, run.start - 30), run.start)
        if role and role.group(1) in ROLES | STAGE_ROLES and not modifies_role(self.text, run.end):
            self.titled.add(word)
            return word  # "the singer Adele", "rapper Drake": one name, given after the person's trade
        if re.search(r"\b[A-Z][a-z]+\s$", self.text[max(0, run.start - 20):run.start]) and \
                title_words(self.text, run.start) - TITLE_MODIFIERS and not modifies_role(self.text, run.end):
            self.titled.add(word)
            return word  # "Judge Berman", "Mayor Lopez": a title names a person the article gives no full name
        return None

    def is_person(self, name: str) -> bool:
        """True when the document shows name is a person's: a census first name or a gender from titles and pronouns."""
        return name.split()[0] in first_name_genders() or self.genders.get(name) is not None or name in self.titled

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

    def former_or_latter(self, position: int, latter: bool) -> str | None:
        """Of the last two people named before position (within reach), the first ("the former") or the
        second ("the latter"); None when fewer than two are named."""
        named: list[str] = []
        for run, name in reversed(self.outside_quotes):
            if run.end > position:
                continue
            if position - run.end > LOOKBACK_CHARS:
                break
            if name not in named:
                named.append(name)
            if len(named) == 2:
                return named[0] if latter else named[1]
        return None

    def cataphor(self, position: int, gender: str) -> str | None:
        """The first person of the wanted gender named after position in the same sentence (or opening the next
        one, for a pronoun in the body's first sentence), or, from a headline, in the lines below it ("Republican
        assails elites as he accepts nomination")."""
        line_end = self.text.find("\n", position)
        in_headline = position < len(self.text) and self.text.rfind("\n", 0, position) <= 0 <= line_end and \
            not re.search(r"[.!?]\s", self.text[:line_end])
        sentence = re.search(r"[.!?](?:\s|$)|\n", self.text[position:])
        reach = position + (CATAPHOR_REACH if in_headline else sentence.start() if sentence else 0)
        body = max(0, first_line_end(self.text))
        lede = body + re.match(r"\s*", self.text[body:]).end()
        if not in_headline and sentence and not re.search(r"[.!?][”\"’]?\s", self.text[lede:position]):
            # an anecdotal lede ("“I never thought I would be here,” she says ... Amina Yusuf, 38, lost her job"):
            # the pronoun in the body's first sentence is the person who opens the next one
            next_start = position + sentence.end()
            for run, name in self.outside_quotes:
                if run.start >= next_start and not self.text[next_start:run.start].strip() and \
                        self.genders.get(name) == gender:
                    return name
        for run, name in self.outside_quotes:
            if position < run.start < reach and self.genders.get(name) == gender:
                return name
        return None

    def most_named(self) -> str | None:
        """The person the article names most often outside quotes, a name known to be a person's
        counting double (the first named on a tie), a possessor not counted: an interview's subject, who answers
        its "A:" lines."""
        counts: dict[str, int] = {}
        for run, name in self.outside_quotes:
            if POSSESSIVE_AFTER.match(self.text, run.end):
                continue  # "Rufus Norris's successor, Indhu Rubasingham": someone else is the subject
            if self.is_person(name) or len(name.split()) >= 2:
                counts[name] = counts.get(name, 0) + 1 + self.is_person(name)
        if not counts:
            return None
        return min(counts, key=lambda name: (-counts[name], self.first_seen.get(name, 10**9)))

    def byline(self) -> str | None:
        """The author's name from 'By NAME' at the top or 'NAME is a ...' at the bottom."""
        start = BYLINE_START.search(self.text)
        if start:
            return start.group(1)
        ends = [m for m in BYLINE_END.finditer(self.text) if plain_name(m.group(1))]
        return ends[-1].group(1) if ends and ends[-1].start() > len(self.text) * 0.7 else None


POSSESSIVE_AFTER = re.compile(r"['’]s?\b")


def title_words(text: str, start: int) -> set[str]:
    """The title words right before a name ("President", "first lady"), lower case, in its sentence."""
    before = re.split(r"[.!?,;:\n“”\"]", text[max(0, start - 40):start])[-1]
    return {w.lower().rstrip(".") for w in before.split()[-2:] if w.lower().rstrip(".") in TITLES}


def plain_name(words: str) -> bool:
    """True when every word could be part of a personal name: no "That", no "Mr.", no "Party"."""
    return all(w not in NOT_NAME_WORDS and w not in TITLE_ABBREVIATIONS and w.lower() not in TITLES
               for w in words.split())


def title_gender(before: str) -> str | None:
    """'m' after "Mr.", 'f' after "Mrs." or "Ms.", else None."""
    if re.search(r"\bMr\.?\s*$", before):  # "Mr." or, in British style, "Mr"
        return "m"
    if re.search(r"\bM(?:rs|s)\.?\s*$", before):
        return "f"
    return None
