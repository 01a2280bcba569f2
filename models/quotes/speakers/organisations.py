"""Which company a description names: "the company" or "the scooter maker" after "Voltride, the San
Francisco scooter maker" (or "scooter maker Voltride") is Voltride."""
from __future__ import annotations

import re
from functools import cache

BUSINESS_NOUNS = frozenset("""company firm maker carmaker automaker manufacturer retailer chain bank lender insurer
airline operator group giant startup start-up developer publisher broadcaster brand supplier producer
conglomerate utility supermarket grocer nonprofit organization organisation""".split())
GENERIC = frozenset({"company", "firm", "group"})
# Kinds of business one description may name by another ("Tesco, Britain's biggest supermarket ... The retailer")
BUSINESS_FAMILIES = [{"retailer", "supermarket", "chain", "grocer"}, {"lender", "bank"}, {"carrier", "airline"},
                     {"carmaker", "automaker", "maker", "manufacturer"}]
NAME = r"[A-Z][\w&.'’-]*(?:[ \t][A-Z][\w&.'’-]*){0,3}"
# "Voltride, the San Francisco scooter maker", "Shopwell, Britain's biggest chain", "Alphabet, the parent company of
# Google" and "scooter maker Voltride".
# (a clause is no apposition: "lived in the United Kingdom, worked as a geologist for the Centamin mining company")
APPOSED = re.compile(rf"({NAME}),[ \t]+(?!(?:[a-z]+ed|was|is|were|are|has|had|have|said|says)\b)(?:(?:the|a|an)[ \t]+)?"
                     rf"([^,.;:\n“”\"]{{0,60}}[ \t])??([a-z-]+?)s?(?:[ \t]+of[ \t]+[^,.;:\n“”\"]{{1,40}}?)?(?=[,.;:\n])")
RIGHT_AFTER_NAME = re.compile(rf"({NAME}),[ \t]+$")
TIME_WORDS = frozenset("""Monday Tuesday Wednesday Thursday Friday Saturday Sunday January February March April May
June July August September October November December Today Yesterday""".split())
SENTENCE_BREAK = re.compile(r"(?<=[a-z]{2})\.[ \t]+(?=[A-Z])")  # "Canada. On": not "Linden & Co. Ltd", "U.S. Steel"
TITLED = re.compile(rf"\b([a-z-]+?)s?[ \t]+({NAME})")


def organisation_described(text: str, start: int, written: str) -> str | None:
    """The business a definite description names, from the nearest apposition or title before it, else None."""
    words = re.findall(r"[\w’'-]+", written.lower())
    head = words[-1].rstrip("s") if words else ""
    if len(words) < 2 or words[0] not in ("the", "its") or head not in BUSINESS_NOUNS or "of" in words:
        return None  # ("The heads of both lobbying firms" are people)
    wanted = BUSINESS_NOUNS if head in GENERIC else next((family for family in BUSINESS_FAMILIES if head in family), {head})
    before = text[:start]
    named = RIGHT_AFTER_NAME.search(before)
    last_sentence = SENTENCE_BREAK.split(named.group(1))[-1] if named else ""
    if named and (set(last_sentence.split()) & TIME_WORDS or last_sentence != named.group(1) or
                  re.search(r"\b(?:in|at|from|to|near|outside|across)[ \t]+$", before[:named.start(1)])):
        named = None  # "from Monday, the company said", "... Canada. On Tuesday, the company", "its plant in Flint,
        # the company said": no company
    if named and words[0] == "the":
        return named.group(1)  # the description is itself the apposition: "Voltride, the scooter maker"
    found = [(m.start(), m.group(1)) for m in APPOSED.finditer(before) if m.group(3) in wanted]
    found += [(m.start(), m.group(2)) for m in TITLED.finditer(before) if m.group(1) in wanted]
    found = [(at, name) for at, name in found if name.split()[0] not in TIME_WORDS]  # ("nonprofit Wednesday")
    # "the oil giant Exxon Mobil. The ...": the name ends with its sentence
    return without_full_stop(SENTENCE_BREAK.split(max(found)[1])[0]) if found else None


BODY_NOUNS = frozenset("""ministry department agency council commission committee union authority board court
regulator watchdog campaign bureau administration hospital university school charity trust carrier museum force
foundation institute association federation society center centre""".split())
# A regulator is known by what it does: "fined £90m by Ofwat", "the FCA censured the bank"
REGULATING = r"(?:fined|censured|penalised|penalized|sanctioned|reprimanded|banned|ordered|investigated|rebuked)"
REGULATOR_ACT = re.compile(rf"\b{REGULATING}\b[^.!?\n]{{0,60}}?\bby[ \t]+(?P<by>(?:the[ \t]+)?[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){{0,4}})"
                           rf"|(?P<subject>\b[A-Z][\w&'’.-]*(?:[ \t]+[A-Z][\w&'’.-]*){{0,4}})[ \t]+(?:has[ \t]+|had[ \t]+)?{REGULATING}\b")
# "the agency" may be a department, a bureau or an administration ("the State Department ... the agency"); "the
# charity" a trust or a foundation ("the Riverside Trust"); "the carrier" an airline ("Northwind Airlines")
BODY_FAMILIES = {"agency": ("agency", "department", "bureau", "administration"),
                 "hospital": ("hospital", "infirmary", "clinic"),
                 "university": ("university", "college"),
                 "school": ("school", "academy", "college"),
                 "charity": ("charity", "trust", "foundation", "appeal"),
                 "carrier": ("airlines", "airways", "airline"),
                 "museum": ("museum", "gallery"),
                 "force": ("police", "constabulary")}
CAPITAL = r"(?!(?:The|A|An|This|That|These|Those|Its|Their|His|Her|In|On|At|As|But|And|After|When)\b)[A-Z][\w.&’'-]*"
NOT_THE_BODY = re.compile(r"[ \t]+(?:[A-Z]|(?:spokes\w*|chair\w*|manager|officials?|aides?|advisers?|"
                          r"director|chief|head|members?|staff\w*|workers|lawyers?|leaders?|swing|trail|stops?|events?|"
                          r"rall(?:y|ies)|ads?|headquarters|offices?|finances?|funds?|website|officers?|agents?)\b)")
# The federal agencies news names by initials alone ("the FBI ... The agency").
AGENCY_INITIALS = re.compile(r"\b(?:FBI|CIA|NSA|EPA|FDA|IRS|CDC|NASA|FEMA|TSA|ATF|DEA|ICE|VA|SEC|FTC|FCC|NIH|DHS|DOJ)\b")


def definite_noun(written: str) -> str | None:
    """The noun of a two-word definite description ("the ministry" -> "ministry"), else None."""
    words = re.findall(r"[\w’'-]+", written.lower())
    return words[1] if len(words) == 2 and words[0] == "the" else None


@cache
def body_pattern(head: str) -> re.Pattern:
    """A name of a public body whose head noun is one of head's family, as the article writes it."""
    family = BODY_FAMILIES.get(head, (head,))
    lower, upper = "|".join(family), "|".join(word.capitalize() for word in family)
    not_a_date = rf"(?!(?:{'|'.join(TIME_WORDS)})\b)"
    of_part = rf"[ \t]+(?:of|on|for)(?:[ \t]+the)?[ \t]+{not_a_date}{CAPITAL}(?:[ \t]+(?:(?:and|of|on|for|the)[ \t]+)*{CAPITAL})*"
    initials = rf"|{AGENCY_INITIALS.pattern}" if head == "agency" else ""
    return re.compile(
        rf"(?:\b[Tt]he[ \t]+)?(?:{CAPITAL}[ \t]+){{0,3}}(?:{upper}){of_part}|"  # "the Ministry of Defence"
        rf"(?:\b[Tt]he[ \t]+)?(?:{CAPITAL}[ \t]+){{1,4}}(?:{upper}|{lower})\b|"  # "the Labor Department", "Clinton campaign"
        rf"\b{CAPITAL}(?:[ \t]+{CAPITAL}){{0,3}}['’]s(?:[ \t]+[a-z-]+){{0,2}}?[ \t]+(?:{lower})\b"  # "China's foreign ministry"
        rf"{initials}")


# "The Times" after "the New York Times", "the Committee" after "the Senate Judiciary Committee": a body named once in
# full, then by its last word capitalised. "the House" is never the White House, "the Senate" never a state's.
SHORT_BODY = re.compile(r"[Tt]he[ \t]+(?P<word>[A-Z][a-z]+)")
NOT_SHORTENED = frozenset({"House", "Senate", "Church", "State", "City", "Party", "Government", "Hill"})


def short_body_name(text: str, start: int, written: str) -> str | None:
    """The body "the Times" or "the Committee" names by the last word of its full name, the nearest one before
    start ("the New York Times", "the EP Committee on Civil Liberties"), as written without "the"; else None."""
    short = SHORT_BODY.fullmatch(written.strip(" ,"))
    if short is None or short.group("word") in NOT_SHORTENED or \
            short.group("word").endswith("s") and short.group("word") not in ("Times", "News"):
        return None  # "The Democrats", "the Whigs": a people's name, not a shortened body's
    found = [m for m in body_pattern(short.group("word").lower()).finditer(text, 0, start)
             if m.group().split()[-1] == short.group("word") or m.group().split()[0] != "the" and
             short.group("word") in m.group().split()]
    full = [m.group() for m in found if len(m.group().split()) > 1 + m.group().startswith(("the ", "The "))]
    if not full:
        return None
    name = full[-1]
    return name.split(None, 1)[1] if name.startswith(("the ", "The ")) else name


def regulator_name(text: str, match: re.Match) -> re.Match | None:
    """The body a regulating act names, "by Ofwat" or "the FCA censured", as a match of that name alone; None when
    it is no body's name ("He fined")."""
    group = "by" if match.group("by") else "subject"
    words = match.group(group).split()
    if words[0] in ("He", "She", "They", "It", "The") and len(words) == 1:
        return None
    return re.compile(re.escape(match.group(group))).match(text, match.start(group))


PUBLICATION_NOUNS = frozenset({"newspaper", "paper", "daily", "tabloid"})
PUBLICATION_NAME = re.compile(r"(?:\b[Tt]he[ \t]+)?(?:[A-Z][\w.'’&-]*[ \t]+){0,3}(?P<head>Journal|Times|Post|Herald|"
                              r"Tribune|Gazette|Telegraph|Guardian|Globe|Chronicle|Examiner|Inquirer|Register|Mail|"
                              r"Observer|Independent|Courier|Dispatch|Bee|Star-Ledger|Star-Tribune|Daily[ \t]+News|Echo|"
                              r"Argus|Advertiser|Sentinel|Mirror|Express|Standard|Star|Sun|Enquirer|Free[ \t]+Press|"
                              r"Plain[ \t]+Dealer|Times-Picayune|Post-Gazette)\b"
                              r"(?![ \t]+[A-Z])")


ARMED_GROUP_DESCRIPTION = re.compile(r"[Tt]he[ \t]+(?:(?:terrorist|terror|militant|jihadist|extremist|insurgent|"
                                     r"Islamist)[ \t]+)+(?:organi[sz]ation|group|network|movement)")
ARMED_GROUP_NAME = re.compile(r"\b(?:ISIS|ISIL|Daesh|(?:the[ \t]+)?Islamic[ \t]+State|[Aa]l[- ]Qaeda|Boko[ \t]+Haram|"
                              r"Hamas|Hezbollah|Hizbollah|(?:the[ \t]+)?Taliban|[Aa]l[- ]Shabaab)\b")


def armed_group_described(text: str, start: int, written: str) -> str | None:
    """The armed group "the terrorist organization" or "the militant group" means: the last one named before it."""
    if not ARMED_GROUP_DESCRIPTION.fullmatch(written.strip(" ,")):
        return None
    named = list(ARMED_GROUP_NAME.finditer(text, 0, start))
    return re.sub(r"^the[ \t]+", "", named[-1].group()) if named else None


def publication_described(text: str, start: int, written: str) -> str | None:
    """The newspaper "the newspaper" or "the paper" means: the last one named before it, by its fullest name in the
    article ("The Journal notes ... The newspaper, long a vocal advocate of ..., writes" -> "Wall Street Journal")."""
    if definite_noun(written.split(",")[0]) not in PUBLICATION_NOUNS:
        return None
    named = list(PUBLICATION_NAME.finditer(text, 0, start))
    if not named:
        return None
    last = named[-1].group("head")
    fullest = max((m for m in named if m.group("head") == last), key=lambda m: len(m.group()))
    return re.sub(r"^[Tt]he[ \t]+", "", fullest.group())


def body_described(text: str, start: int, written: str) -> re.Match | None:
    """Where the public body "the ministry" or "the council" is named: the nearest name before it with that head
    noun ("China's foreign ministry", "the St. Paul City Council", "the Ministry of Defence"), as written."""
    head = definite_noun(written)
    if head not in BODY_NOUNS:
        return None
    found = None
    for match in body_pattern(head).finditer(text, 0, start):
        if match.group().lower() != written.lower() and not NOT_THE_BODY.match(text, match.end()):
            found = match
    if found is None and head in ("regulator", "watchdog"):
        # the last body that fined, censured or investigated someone before: "fined £90m by Ofwat ... The regulator"
        acts = list(REGULATOR_ACT.finditer(text, 0, start))
        found = next((name for name in (regulator_name(text, act) for act in reversed(acts)) if name), None)
    return found


# "Siemens reported a 12% rise ...": a name opening a sentence with a business verb, the company a later "the
# company" means when nothing ties the description to a name.
# A wire story's dateline before its first sentence: "DETROIT — ", "LONDON (Reuters) - ", "BRASÍLIA, Brazil (AP) — "
DATELINE = r"(?:[A-ZÀ-Þ][A-ZÀ-Þ .'-]+(?:,[ \t]+[A-Z][\w. ]+)?(?:[ \t]+\([\w. ]+\))?[ \t]+[—–-]+[ \t]+)"
BUSINESS_SUBJECT = re.compile(
    rf"(?:^|(?<=[.!?][ \t])|(?<=\n)){DATELINE}?(?P<name>{NAME})[ \t]+(?:has[ \t]+|had[ \t]+|will[ \t]+|is[ \t]+|was[ \t]+)?"
    r"(?:reported|reports|posted|posts|announced|announces|raised|raises|cut|cuts|plans|expects|forecast|"
    r"agreed|bought|sold|launched|launches|unveiled|unveils|recalled|recalls|hired|fired|shed|sheds)\b", re.MULTILINE)


# "Carmaker Volvo", "Chipmaker Nvidia said": a sentence opening on the kind of business, capitalised, then its
# name (kinds that never begin a name themselves, unlike "Bank Indonesia" or "Union Pacific")
KIND_THEN_BUSINESS = re.compile(r"(?:[A-Z][a-z]*maker|Retailer|Insurer|Lender|Broadcaster|Airline|Conglomerate|Manufacturer|"
                                r"Publisher|Supermarket|Brewer|Miner|Streamer|Regulator|Watchdog|Charity|Carrier|Startup)"
                                r"(?:[ \t]+[a-z-]+){0,2}[ \t]+(?P<name>[A-Z][\w&'’.-]*(?:[ \t]+(?:[A-Z][\w&'’.-]*|&))*)")


# "A spokesperson for Microsoft said ...": the company someone speaks for
SPOKESPERSON_FOR = re.compile(rf"\bspokes(?:man|woman|person)[ \t]+for[ \t]+(?P<name>{NAME})")


def in_a_sentence(text: str, position: int) -> bool:
    """True when the line holding position ends a sentence after it: body copy, not a headline ("Carmaker recalls
    80,000 vehicles")."""
    line_end = text.find("\n", position)
    return re.search(r"[.!?]", text[position:line_end if line_end >= 0 else len(text)]) is not None


def subject_company(text: str, start: int, written: str) -> str | None:
    """The company "the company" (or "the firm") most likely means when no apposition names it: the nearest
    name before it opening a sentence with a business verb ("Siemens reported ...") or spoken for ("a spokesperson
    for Microsoft"), else None."""
    if definite_noun(written) not in GENERIC - {"group"}:
        return None
    found = [(m.start(), m.group("name")) for m in BUSINESS_SUBJECT.finditer(text, 0, start)
             if m.group("name").split()[0] not in TIME_WORDS | {"The", "A", "An", "It", "He", "She", "They", "We"}
             and in_a_sentence(text, m.end())]
    found += [(m.start(), m.group("name")) for m in SPOKESPERSON_FOR.finditer(text, 0, start)]
    return SENTENCE_BREAK.split(max(found)[1])[-1] if found else None


ABBREVIATED_ENDINGS = frozenset({"Co", "Cos", "Inc", "Corp", "Ltd", "Bros", "Jr", "Sr", "Plc", "Assn"})


def without_full_stop(name: str) -> str:
    """"RWE." at a sentence's end is "RWE"; "Linden & Co." and "U.S." keep their stops."""
    last = name.split()[-1]
    if name.endswith(".") and "." not in last[:-1] and last[:-1] not in ABBREVIATED_ENDINGS:
        return name[:-1]
    return name
