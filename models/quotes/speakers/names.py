"""Find personal names in a document: runs of capitalised words, titles stripped, each with a gender guess."""
from __future__ import annotations

import re
import unicodedata
from collections import Counter
from dataclasses import dataclass
from functools import cache
from pathlib import Path

from .known_people import known_sex

FIRST_NAMES_FILE = Path(__file__).resolve().parent / "data" / "first_names.tsv"
WORLD_FIRST_NAMES_FILE = Path(__file__).resolve().parent / "data" / "world_first_names.tsv"
MIXED_FIRST_NAMES_FILE = Path(__file__).resolve().parent / "data" / "mixed_first_names.tsv"
FIRST_NAME_VOTES = 3  # a first name outweighs one pronoun after a mention, not a run of them

TITLES = frozenset("""
mr mrs ms miss dr prof sen sens senator rep reps representative congressman congresswoman gov governor
president pres vice secretary minister chancellor prime premier general gen lt col colonel maj major sgt
capt captain adm admiral judge justice mayor ambassador sir dame lord lady rev reverend father pope king
queen prince princess crown sheriff chief officer director chairman chairwoman chair ceo speaker leader attorney
commissioner deputy assistant state foreign finance defense defence interior health education labor labour
trade economy home first former acting candidate nominee spokesman spokeswoman spokesperson press
democratic republican gop executive founder adviser advisor aide strategist analyst economist professor
majority minority house senate u.s. us retired actress actor singer host anchor columnist writer author
coach manager owner dean rabbi imam bishop cardinal superintendent prosecutor treasurer editor reporter
councillor councilman councilwoman lawyer
prefect ombudsman burgomaster alderman alderwoman magistrate provost archdeacon archbishop pastor sheikh emir
sultan commissar inspector constable sergeant detective marshal lieutenant brigadier corporal envoy consul
undersecretary comptroller auditor registrar councilor selectman assemblyman assemblywoman assemblymember
legislator delegate principal headteacher headmaster headmistress nurse midwife paramedic firefighter
sprinter midfielder defender goalkeeper winger skipper athlete swimmer cyclist jockey batsman quarterback
teacher activist campaigner entrepreneur historian scientist researcher diplomat lobbyist consultant
secretary-general director-general attorney-general governor-general president-elect governor-elect
engineer architect designer chef surgeon pundit presenter broadcaster investor novelist poet physicist astronaut
filmmaker artist photographer farmer
det insp supt ch cllr cmdr cdr
""".split())  # the last line: British police and council ranks written short without full stops ("Det Ch Insp")
NOT_NAME_WORDS = frozenset("""
Irishman Irishwoman Englishman Englishwoman Scotsman Scotswoman Welshman Welshwoman Frenchman Frenchwoman
Dutchman Dutchwoman Briton Spaniard
When But Although In On At The A An And Or If As After Before While Though Meanwhile Then Now So Yet Still
Also During Last This That Asked Since For From With Without Under Over Of To By Like Unlike Even Here There
Today Tomorrow Yesterday Why How What Who Where It Its He She They We I His Her Their Our My Your Did Do Does
Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May June July August
September October November December Court House Times Post News University Party Committee Department Inc
Corp Company Campaign Act Plan Review League Network Center Centre Institute Association Union Council Agency
Administration Service Services Office Senate Congress Fund Foundation Bank Group Street City County State
States Republic Democrats Republicans Democrat Republican America American Americans Journal Magazine Speech
Day Convention Caucus School College Club Mining Energy Coal Media Press Board Commission Forum Hospital
Church Airport Station Project Program Programme Poll Reuters Twitter Facebook Google Apple Microsoft Fox
CNN NBC ABC CBS MSNBC Obamacare Medicare Medicaid Security Affairs Policy Health Care Act Law Amendment
Supreme Federal National International Democratic Global United Nations Ministry Parliament Government
White Black Hispanic Latino Asian European Russian Chinese German French British Muslim Christian Jewish
Islamic Iraq Iran Syria Israel Russia China Europe Africa Asia Washington York Jersey Texas Florida Ohio
Virginia California Pennsylvania Carolina Michigan Mexico Canada Korea Japan India Pakistan Afghanistan
Full Text Abstract Read Share Menu Advertisement Related Comments Subscribe Tweet Click Skip Sign
Fort Healthcare Pictures Television Star Gold Times Island Beach Valley Mountain Lake River Borough District Province
Municipality Parish
Street Avenue Square Tower Building Museum Prize Award Awards Trophy Cup Games Olympics Series
Hill East West North South Force Peace Strength Election Insult Rally Agenda Symposium
Everything Everyone Everybody Nothing Something Someone Somebody Anyone Anybody Nobody None Some Many Most
All Each Every Other Another Such No Yes Not Only Just Please Thanks Dear Oh Well Hey
Strategies Partners Associates Holdings Capital Consulting Communications Solutions Technologies Systems
Industries Enterprises Ventures Investments Group LLC LLP Ltd Co Corporation Incorporated PLC GmbH Agency
Given Absent Despite Amid Among Because Until Unless Whether Once Instead Indeed Perhaps Already Told
Speaking Writing Responding Addressing According Following Throughout Besides Beyond Against
""".split())  # "Strategies" to "Agency": words that end company names; the last two lines: sentence openers
# Words above that are also common surnames, taken as one after a census first name ("David French", "Betty White")
SURNAME_WORDS = frozenset({"White", "Black", "French", "Hill", "Day", "Law", "Church", "Press", "Gold", "Lake", "Street", "West", "North", "May"})
TITLE_ABBREVIATIONS = frozenset({"Mr.", "Mrs.", "Ms.", "Dr.", "Sen.", "Sens.", "Rep.", "Reps.", "Gov.", "Gen.",
                                 "Lt.", "Col.", "Sgt.", "Capt.", "Adm.", "Rev.", "Prof.", "Pres.", "Maj.", "Hon."})
PARTICLES = frozenset({"de", "van", "von", "der", "den", "da", "di", "la", "le", "bin", "al", "del", "du", "St."})
# "Sophie in 't Veld", "Jan van 't Hof", "Mark ter Haar": Dutch particles ("'t" is read as "t")
DUTCH_PARTICLES = frozenset({"ter", "ten", "t", "in"})
DUTCH_T_NEXT = re.compile(r"[ \t]+['’]t[ \t]")
SUFFIXES = frozenset({"Jr.", "Sr.", "Jr", "Sr", "II", "III", "IV", "V", "VI", "VII", "VIII", "IX", "X", "XI", "XII",
                      "XIII", "XIV", "XV", "XVI", "XVII", "XVIII", "XIX", "XX"})
MALE = frozenset({"he", "him", "his", "himself"})
FEMALE = frozenset({"she", "her", "hers", "herself"})
TOKEN = re.compile(r"[^\s—–]+")  # an unspaced dash parts words: "Governor Kasich—endorsed by the Globe"
ROLE_OF = re.compile(r"\s+(?:of|to|for|at|in|on)\b")  # "Ambassador to France": a role, not a surname
NAME_AFTER = re.compile(r" (?:[A-Z]\. )?(?:(?:de|da|di|del|della|van|von|der|du|le|la|bin|ibn) )?[A-Z][a-z]")  # "Bill de Blasio"
ORGANISATION_LINK = re.compile(r"[A-Z][\w'’-]+ (?:of|on|for) $")
LEADING = "“\"‘'(«„[—–-"
TRAILING = "”\"’'),.;:!?»“]—–-"
SPECIAL_NAME_WORD = re.compile(r"^(?:[A-Z]\.(?:[A-Z]\.){0,2}|Mc[A-Z][a-z]+|O[’'][A-Z][a-z]+)$")
PLACE_INITIALS = frozenset({"U.S.", "U.K.", "U.N.", "E.U.", "D.C.", "L.A.", "N.Y.", "N.J.", "U.S.A.", "A.M.", "P.M.",
                            "B.C.", "A.D.", "S.F.", "N.C.", "S.C.", "U.A.E."})  # initials that name no person
INITIAL = re.compile(r"(?:[A-Z]\.){1,3}")  # "J." or "J.D."
POSSESSIVE = re.compile(r"(?:['’]s)$")
ABBREVIATED = re.compile(r"(?:[A-Z]\.){1,3}|[A-Z][a-z]{0,3}\.")  # "J.", "J.D." or "Gov.": a full stop that ends no sentence


@dataclass(frozen=True)
class PersonMention:
    """A stretch of text naming a person, with the words of the name as written."""

    start: int
    end: int
    words: tuple[str, ...]

    @property
    def text(self) -> str:
        """The name words joined by spaces."""
        return " ".join(self.words)


# The Arabic article glued to a family name: "al-Sisi", "el-Erian", "bin" stands apart (PARTICLES)
ARTICLE_PREFIX = re.compile(r"(?:al|el|ad|an|ar|as|ash|at|az|ud|ul)-(?=[A-Z][a-z])")


# "San Francisco-based", "German-born", "Kremlin-backed": a place or body made an adjective names no one
COMPOUND_MODIFIER = re.compile(r"-(?:based|born|backed|led|owned|run|funded|financed|bred|raised|educated|made|"
                               r"linked|aligned|allied|affiliated|controlled|sponsored|style|era|leaning)$", re.IGNORECASE)


def is_name_word(word: str) -> bool:
    """Capitalised then lower case, in any script ("Gábor", "Łukasz", "Jean-Marc"), or "J.", "J.D.", "McCain",
    "O’Brien", "al-Sisi"."""
    if SPECIAL_NAME_WORD.match(word):
        return word not in PLACE_INITIALS
    article = ARTICLE_PREFIX.match(word)
    if article:
        return is_name_word(word[article.end():])
    return len(word) >= 2 and word[0].isupper() and word[1].islower() and \
        all(ch.isalpha() or ch in "'’-" for ch in word) and not COMPOUND_MODIFIER.search(word)


def tokens(text: str):
    """(start, end, core word, raw token) with surrounding punctuation peeled off the core."""
    for match in TOKEN.finditer(text):
        raw = match.group(0)
        core = raw.lstrip(LEADING)
        lead = len(raw) - len(core)
        bare = core.rstrip(",;:!?”\"’)»")  # "Jr.," keeps its full stop, as "J.D." and "Gov." do
        if bare in TITLE_ABBREVIATIONS or bare in SUFFIXES or INITIAL.fullmatch(bare):
            stripped = bare
        else:
            stripped = POSSESSIVE.sub("", core.rstrip(TRAILING)).rstrip(TRAILING)
        yield match.start() + lead, match.start() + lead + len(stripped), stripped, raw


def lowercase_words(text: str) -> frozenset[str]:
    """Words the text also uses in lower case: a capitalised one of these at a sentence start is no name."""
    return frozenset(re.findall(r"\b[a-z][a-z'’-]*\b", text))


HEADLINE_SMALL_WORDS = frozenset({"a", "an", "the", "of", "to", "in", "on", "at", "for", "and", "or", "but", "by",
                                  "with", "from", "as", "vs", "via", "into", "over", "up"})


def headline_spans(text: str) -> list[tuple[int, int]]:
    """Lines in Title Case (every word but small ones capitalised): there capitals say nothing about names."""
    spans, position = [], 0
    for line in text.split("\n"):
        words = [w for w in re.findall(r"[A-Za-z][\w'’-]*", line) if w.lower() not in HEADLINE_SMALL_WORDS]
        if len(words) >= 3 and all(w[0].isupper() for w in words):
            spans.append((position, position + len(line)))
        position += len(line) + 1
    return spans


TITLED_PAIR = re.compile(r"\b(?=([A-Z][\w.'’-]*)[ \t]+([A-Z][\w'’-]+)[ \t]+([A-Z][\w'’-]+)\b)")


def titled_headline_names(text: str, headlines: list[tuple[int, int]],
                          common: frozenset[str]) -> list[list[tuple[int, int, str]]]:
    """Two-word names right after a title in a Title Case headline ("Says Protest Leader Amal Haddad"),
    kept only when the body uses the second word as a name of its own ("Haddad told the crowd") and
    never writes the first in lower case ("On Trump", "Endorsed Trump")."""
    body = "\n".join(text[e:s] for (_, e), (s, _) in zip([(0, 0)] + headlines, headlines + [(len(text), 0)]))
    found = []
    for start, end in headlines:
        for match in TITLED_PAIR.finditer(text, start, end):
            title, first, last = match.groups()
            if title.lower().rstrip(".") in TITLES and first.lower() not in TITLES and first.lower() not in common and \
                    (first in first_name_genders() or not re.search(r"(?:ed|ing|s)$", first)) and \
                    re.search(rf"\b{re.escape(last)}\b", body) and is_name_word(first) and is_name_word(last):
                found.append([(match.start(2), match.end(2), first), (match.start(3), match.end(3), last)])
        for match in FIRST_NAME_PAIR.finditer(text, start, end):
            # "Hillary Clinton Goes After ...": a census first name and a word the body uses alone as a name
            first, last = match.groups()
            if first in first_name_genders() and first.lower() not in common and last.lower() not in common and \
                    last.lower() not in TITLES and \
                    last not in NOT_NAME_WORDS and is_name_word(last) and \
                    re.search(rf"(?<!{re.escape(first)} )\b{re.escape(last)}\b(?!['’]?[ \t]+[A-Z])", body) and \
                    not any(f[0][0] == match.start(1) or f[-1][0] == match.start(1) for f in found):
                found.append([(match.start(1), match.end(1), first), (match.start(2), match.end(2), last)])
    return found


FIRST_NAME_PAIR = re.compile(r"(?<![\w'’-])(?=([A-Z][a-z]+)[ \t]+([A-Z][\w'’-]+)\b)")


CONJUNCTIONS = frozenset({"And", "But", "Or", "Nor", "Yet", "So", "Then", "Also", "Still", "While", "When", "If"})
# Counts opening a sentence ("Four Dutch parties agreed ..."); inside one, "One Nation" may be a name
NUMBER_WORDS = frozenset("""One Two Three Four Five Six Seven Eight Nine Ten Eleven Twelve Twenty Thirty Forty Fifty
Hundreds Thousands Dozens Several""".split())


def sentence_opener(text: str, start: int, word: str) -> bool:
    """True for a word capitalised only because it opens a sentence: a conjunction, or a gerund that is
    no first name ("Debating", "Bashing"; not "Sterling")."""
    position = start  # back over spaces and opening marks, without copying the text before
    while position > 0 and text[position - 1] in " \t“\"‘'(«„":
        position -= 1
    if position > 0 and text[position - 1] not in ".!?:\n":
        return False
    if word in CONJUNCTIONS or word in NUMBER_WORDS:
        return True
    # "Bashing Trump" opens on a gerund; "Erling Haaland" (a first name) and "Fleming told" (a surname
    # before a lower-case verb) do not
    return len(word) > 5 and word.endswith("ing") and word not in sex_of_first_names() and \
        re.match(r"[ \t]+[A-Z]", text[start + len(word):start + len(word) + 3]) is not None


# A quoted nickname between a first name and a surname: Tyson "The Gypsy King" Fury
NICKNAME = re.compile(r"\b([A-Z][a-z]+)[ \t]+([“\"‘'][A-Z][^“”\"‘’'\n]{0,30}[”\"’'])[ \t]+(?=[A-Z][a-z])")


# Title words that are also given names: "forklift driver Dean Parry" is Dean Parry; "Dean Jane Smith" is a dean;
# "Defence Minister Gen Nakatani" is Gen Nakatani; "Lt Gen Smith" and "Gen Sir Nick Carter" are generals.
TITLE_GIVEN_NAMES = frozenset({"Dean", "Gen"})
RANK_BEFORE = re.compile(r"\b(?:Lt|Lieut|Lieutenant|Maj|Major|Brig|Brigadier)\.?[ \t]+$")
SURNAME_NEXT = re.compile(r"[ \t]+(?P<surname>[A-Z][a-z'’-]+)\b(?![ \t]+of\b)")


def given_name_not_title(text: str, word: str, end: int) -> bool:
    """True when a title word that is also a given name is followed by a surname alone (no first name, no "of")."""
    if word not in TITLE_GIVEN_NAMES:
        return False
    after = SURNAME_NEXT.match(text, end)
    if after is None or after.group("surname") in first_name_genders() or after.group("surname").lower() in TITLES or \
            RANK_BEFORE.search(text, max(0, end - len(word) - 12), end - len(word)):
        return False
    # "Dean Vikram Amar ... Dean Amar": a surname the article gives another first name is the dean's
    return not any(other.group(1) != word and other.group(1).lower() not in TITLES
                   for other in re.finditer(rf"\b([A-Z][a-z]+)[ \t]+{re.escape(after.group('surname'))}\b", text))


# Capitals that abbreviate a body, a place or a job, never a person's initials ("UK Prime Minister", "MP Jo Cox")
ACRONYMS = frozenset("""US UK EU UN MP PM GP TV AI FA FC NY LA DC HR PR IT ID OK NI SA UAE USA NHS BBC CNN CEO CFO COO
NATO NBA NFL MLB NHL ABC CBS NBC ITV AP AFP FBI CIA""".split())
UNDOTTED_INITIALS = re.compile(r"[A-Z]{2}")


def undotted_initials(text: str, word: str, end: int) -> bool:
    """True for initials written without full stops before a surname the article also writes alone ("JK
    Rowling ... Rowling said"), and no acronym ("UK", "MP")."""
    if not UNDOTTED_INITIALS.fullmatch(word) or word in ACRONYMS:
        return False
    after = SURNAME_NEXT.match(text, end)
    if after is None or after.group("surname").lower() in TITLES or after.group("surname") in NOT_NAME_WORDS:
        return False
    return re.search(rf"\b{re.escape(after.group('surname'))}\b", text[:end] + text[after.end():]) is not None


def name_runs(text: str, skip_headlines: bool = True) -> list[PersonMention]:
    """Every run of name-like words (titles and function words dropped), broken at punctuation."""
    runs, current = [], []
    common = lowercase_words(text) if skip_headlines else frozenset()
    headlines = headline_spans(text) if skip_headlines else []
    previous_end = 0
    nicknames = [m.span(2) for m in NICKNAME.finditer(text) if m.group(1) in sex_of_first_names()]
    for start, end, word, raw in tokens(text):
        if any(s <= start < e for s, e in nicknames):
            continue  # Tyson “The Gypsy King” Fury: the nickname neither joins nor breaks the name
        if current and re.search(r"[\n—–]", text[previous_end:start]):
            # a name never runs over a line break ("Related Stories Raj Patel\nTransport") or a dash
            runs.append(current)
            current = []
        previous_end = end
        if raw.startswith("(") and current:
            runs.append(current)
            current = []
        if any(s <= start < e for s, e in headlines):
            continue
        is_name = is_name_word(word) and word not in NOT_NAME_WORDS and (word.lower().rstrip(".") not in TITLES or
                                                                        given_name_not_title(text, word, end)) or \
            not current and undotted_initials(text, word, end)
        initialled = len(current) >= 2 and INITIAL.fullmatch(current[-1][2]) and current[0][2] in first_name_genders()
        if not is_name and current and (current[-1][2] in first_name_genders() or initialled) and \
                word[:1].isupper() and is_name_word(word) and (word not in NOT_NAME_WORDS or word in SURNAME_WORDS) and \
                not NAME_AFTER.match(text, end) and (word in SURNAME_WORDS or initialled or not ROLE_OF.match(text, end)) and \
                not re.search(r"['’]s?\s*$", text[current[-1][0]:start]):
            # "Mark Singer", "John King", "Peter T. King of New York": a title word closing a first name is a surname
            is_name = True
        if is_name and not current and word.lower() in common and not (
                word in first_name_genders() and NAME_AFTER.match(text, end)):
            is_name = False  # "Everything Trump says"; but "Bill Clinton" although the text has "a bill"
        if is_name and not current and sentence_opener(text, start, word):
            is_name = False  # "Debating Clinton's character", "And Clinton campaign Chairman John Podesta"
        if is_name and not current and ORGANISATION_LINK.search(text, max(0, start - 40), start):
            is_name = False  # "Commission on Presidential Debates": the tail of an organisation's name
        if word == "’t":
            word = "t"  # the right single mark is no opening mark, so it stays on the core
        joins = current and (word in PARTICLES or word in SUFFIXES or word in DUTCH_PARTICLES and (
            word != "in" or DUTCH_T_NEXT.match(text, end) is not None) and (word != "t" or raw[:1] in "'’"))
        if is_name or joins:
            current.append((end - 2, end, text[end - 2:end]) if joins and word == "t" else (start, end, word))
        else:
            if current:
                runs.append(current)
            current = []
        breaks = raw.rstrip() != raw.rstrip(",.;:!?”\"’)»") and not ABBREVIATED.fullmatch(word) or \
            re.search(r"\w['’]s?$", raw.rstrip(",.;:!?”\"’)»")) is not None  # "Kenya's Ruth Chebet": two names
        if breaks and current:
            runs.append(current)
            current = []
    if current:
        runs.append(current)
    if headlines:
        runs += titled_headline_names(text, headlines, common)
        runs.sort(key=lambda run: run[0][0])
    runs = [with_regnal_title(text, run) for run in runs]
    # "former CIA operative and Marine John “Tig” Tiegen": a service before a first name is no part of the name
    # (while "Marine Le Pen" keeps her first name)
    runs = [run[1:] if len(run) >= 3 and run[0][2] in SERVICES and run[1][2] in first_name_genders() and
            len(run[1][2]) > 2 and run[1][2] not in PARTICLES else run for run in runs]
    mentions = []
    for run in runs:
        while run and (run[-1][2] in PARTICLES | DUTCH_PARTICLES or (len(run) > 1 and INITIAL.fullmatch(run[-1][2]))):
            run = run[:-1]  # "George H.W." cut before "Bush": an initial ends no name
        while run and run[0][2] in PARTICLES:
            run = run[1:]
        if run:
            mentions.append(PersonMention(run[0][0], run[-1][1], tuple(w for _, _, w in run)))
    return mentions


SERVICES = frozenset({"Marine", "Army", "Navy", "Airman", "Soldier", "Sailor"})
REGNAL_TITLES = frozenset({"Pope", "King", "Queen", "Prince", "Princess", "Emperor", "Empress", "Sultan", "Emir",
                           "Lord", "Lady", "Baroness", "Baron", "Viscount", "Earl", "Duke", "Duchess", "Countess"})
REGNAL_BEFORE = re.compile(r"\b(" + "|".join(sorted(REGNAL_TITLES)) + r")[ \t]+$")


def with_regnal_title(text: str, run: list) -> list:
    """A one-word name after "Pope", "King", "Lord" ... keeps its title: "Pope Leo", "King Charles III", "Lord Hendy"."""
    core = [word for _, _, word in run if word not in SUFFIXES]
    title = REGNAL_BEFORE.search(text, max(0, run[0][0] - 12), run[0][0]) if len(core) == 1 else None
    return [(title.start(1), title.end(1), title.group(1))] + run if title else run


def surname(words: tuple[str, ...]) -> str:
    """The last word that is not a suffix."""
    core = [w for w in words if w not in SUFFIXES]
    last = core[-1] if core else words[-1]
    article = ARTICLE_PREFIX.match(last)
    return last[article.end():] if article else last  # "Abdel Fattah al-Sisi" is "Sisi" on second mention


@cache
def first_name_genders() -> dict[str, str]:
    """'m' or 'f' for first names whose sex the census lists make clear."""
    return read_name_list(FIRST_NAMES_FILE)


@cache
def sex_of_first_names() -> dict[str, str]:
    """'m' or 'f' for first names from the census list and, where it is silent, the world list.

    Only for telling "he" from "she": which words start a name is the census list's business alone.
    """
    world = read_name_list(WORLD_FIRST_NAMES_FILE) if WORLD_FIRST_NAMES_FILE.exists() else {}
    return NameList({**world, **first_name_genders()})


def without_accents(word: str) -> str:
    """The word with its letters' accents dropped ("Saúl" -> "Saul", "Zoë" -> "Zoe")."""
    if word.isascii():
        return word
    return "".join(ch for ch in unicodedata.normalize("NFKD", word) if not unicodedata.combining(ch))


class NameList(dict):
    """name -> sex, looked up with accents dropped: the lists write "Jose" and news "José"."""

    def __contains__(self, name) -> bool:
        """True for a listed name, written with or without accents."""
        return isinstance(name, str) and dict.__contains__(self, without_accents(name))

    def __getitem__(self, name):
        """The listed sex of a name, written with or without accents."""
        return dict.__getitem__(self, without_accents(name))

    def get(self, name, default=None):
        """The listed sex of a name, or default."""
        return dict.get(self, without_accents(name), default) if isinstance(name, str) else default


def read_name_list(path: Path) -> NameList:
    """A tab-separated name -> sex list, '#' lines being comments."""
    rows = path.read_text(encoding="utf-8").splitlines()
    return NameList(row.split("\t") for row in rows if row and not row.startswith("#"))


@cache
def mixed_first_names() -> frozenset[str]:
    """Census first names given to both sexes across the world ("Simone"), accents dropped."""
    if not MIXED_FIRST_NAMES_FILE.exists():
        return frozenset()
    rows = MIXED_FIRST_NAMES_FILE.read_text(encoding="utf-8").splitlines()
    return frozenset(without_accents(row.strip()) for row in rows if row.strip() and not row.startswith("#"))


def mention_sex_votes(text: str, mention: PersonMention) -> Counter:
    """The votes one mention gives its person's sex: Mr. / Mrs. or Ms. before it (two), the first "he"/"she"-like
    pronoun after it in its sentence (one)."""
    votes = Counter()
    before = text[max(0, mention.start - 6):mention.start]
    if "Mr." in before:
        votes["m"] += 2
    if "Mrs." in before or "Ms." in before:
        votes["f"] += 2
    window = text[mention.end:mention.end + 60].split(".")[0].lower()
    for word in re.findall(r"[a-z]+", window):
        if word in MALE:
            votes["m"] += 1
            break
        if word in FEMALE:
            votes["f"] += 1
            break
    return votes


def gender_evidence(text: str, people: dict[str, list[PersonMention]]) -> dict[str, tuple[str | None, bool]]:
    """Per person, 'm', 'f' or None (from the first name, Mr./Mrs./Ms. and the first pronoun after each mention),
    and whether that rests on a first name alone that the world gives both sexes ("Simone", "Andrea": women in
    the US lists, men in Italy), with no title or pronoun in the document backing it.

    The known-people records' sex, read off the pronouns of many training articles, outweighs the first name
    ("Lindsey Graham": a woman's name in the census lists)."""
    found = {}
    lexicon = sex_of_first_names()
    for name, mentions in people.items():
        votes = Counter()
        words = name.split()
        known = known_sex(name) if len(words) >= 2 else None
        if known:
            votes[known] += 2 * (FIRST_NAME_VOTES + len(mentions))
        if len(words) >= 2 and words[0] in lexicon:
            # A first name whose sex the lists know outweighs any count of nearby pronouns, which in a long
            # article about "Clinton" often point at someone else in the sentence.
            votes[lexicon[words[0]]] += FIRST_NAME_VOTES + len(mentions)
        elif len(words) == 1 and words[0] in lexicon:
            votes[lexicon[words[0]]] += 1  # "the singer Adele": one name, a first name's sex a weak vote
        listed = sum(votes.values())
        for mention in mentions:
            votes += mention_sex_votes(text, mention)
        gender = None if votes["m"] == votes["f"] else "m" if votes["m"] > votes["f"] else "f"
        found[name] = (gender, bool(listed) and sum(votes.values()) == listed and without_accents(words[0]) in mixed_first_names())
    return found
