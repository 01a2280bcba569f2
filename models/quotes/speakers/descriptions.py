"""Match a description ("the Austrian leader", "the incoming head of government") to the person
the article attached those words to ("Austrian Chancellor Eva Brandt", "Lindqvist ... will become
prime minister"): the role must fit, the modifiers (nationality, organisation, office) count, and a
role to come or a role left behind must agree."""
from __future__ import annotations

import re
from dataclasses import dataclass

GOVERNMENT = frozenset({"prime minister", "premier", "chancellor", "head of government", "taoiseach", "leader"})
STATE = frozenset({"president", "head of state", "king", "queen", "monarch", "leader"})
BOSS = frozenset({"chief executive", "chief executive officer", "ceo", "boss", "chief", "head", "chairman",
                  "chairwoman", "chair", "director", "managing director", "founder", "owner", "executive", "leader",
                  "president", "general secretary", "secretary general", "secretary-general"})
SPOKESPEOPLE = frozenset({"spokesman", "spokeswoman", "spokesperson"})
LAWMAKERS = frozenset({"senator", "congressman", "congresswoman", "representative", "lawmaker", "legislator", "mp"})
COACHES = frozenset({"coach", "manager", "head coach", "boss"})  # "the Villa boss": a football manager
CONTENDERS = frozenset({"nominee", "candidate", "challenger"})
JUDGES = frozenset({"judge", "justice", "magistrate"})
POPES = frozenset({"pope", "pontiff", "holy father"})
DIPLOMATS = frozenset({"diplomat", "ambassador", "envoy", "emissary"})
DOCTORS = frozenset({"doctor", "physician"})
LAWYERS = frozenset({"lawyer", "attorney", "barrister", "solicitor", "counsel"})
FAMILIES = (GOVERNMENT, STATE, BOSS, SPOKESPEOPLE, LAWMAKERS, COACHES, CONTENDERS, JUDGES, POPES, DIPLOMATS, DOCTORS,
            LAWYERS)
# Trades named by where one works: "the central banker" is whoever holds a role at a bank.
TRADES = {"banker": "bank", "financier": "bank", "researcher": "research"}
# A country's top diplomat is its foreign minister (foreign secretary, secretary of state): the offices a diplomat's
# description also fits, with the word that must stand in the person's titles
DIPLOMATIC_OFFICES = {"minister": frozenset({"foreign"}), "secretary": frozenset({"foreign", "state"})}
# Roles a person takes by what the article says they did: "Carl Denton, 56, denies fraud" is the defendant
DEEDS = {"defendant": frozenset("""denies denied deny accused charged pleaded pleads admits admitted""".split())}
ROLES = frozenset().union(*FAMILIES) | frozenset("""
president-elect senator-elect governor-elect mayor governor minister secretary businessman businesswoman judge
justice general ambassador premier pope officer commissioner prosecutor attorney lawyer sheriff veteran
barrister solicitor counsel member
billionaire mogul tycoon magnate banker financier actress actor singer author writer economist professor speaker incumbent treasurer editor
reporter columnist captain striker analyst official adviser advisor aide strategist governor
midfielder defender forward goalkeeper winger skipper sprinter athlete swimmer cyclist boxer golfer jockey batsman
bowler pitcher quarterback activist campaigner teenager student defendant
prince princess emir sheikh sultan laureate physicist historian novelist poet
filmmaker astronaut entrepreneur rapper musician comedian envoy emissary
champion finalist runner-up medallist medalist olympian diplomat
scientist researcher presenter broadcaster pundit commentator doctor surgeon nurse teacher headteacher chef
designer architect engineer investor politician counterpart developer pollster
biologist chemist geologist ecologist sociologist psychologist epidemiologist virologist climatologist
oceanographer astronomer mathematician archaeologist anthropologist neuroscientist academic lecturer
artist paramedic pilot farmer fisherman winner physician coordinator administrator czar
councillor councilor councilman councilwoman alderman alderwoman assemblyman assemblywoman mep peer
steelworker miner driver pensioner retiree shopkeeper landlord landlady homeowner volunteer protester
demonstrator survivor witness grandmother grandfather widow widower firefighter front-runner frontrunner
journalist correspondent anchor
""".split())# Offices whose last word is another role's name: "attorney general" is no general
ROLES |= frozenset({"crown prince", "number one", "attorney general", "inspector general", "surgeon general", "solicitor general",
                    "secretary general", "secretary-general", "postmaster general", "governor general",
                    "governor-general", "director general", "director-general"})

# Roles only in lower case: "the Huffington Post Pollster average" names a product, "the pollster" a person
LOWER_CASE_ROLES = frozenset({"pollster"})

CHAMBERS = {"senator": frozenset({"senator", "senator-elect"}),
            **{house: frozenset({"congressman", "congresswoman", "representative"})
               for house in ("congressman", "congresswoman", "representative")}}
OFFICES = GOVERNMENT | STATE | SPOKESPEOPLE | LAWMAKERS | JUDGES | frozenset("""official minister secretary
commissioner ambassador governor mayor officer prosecutor sheriff treasurer adviser advisor aide envoy
president-elect governor-elect senator-elect director coordinator administrator czar""".split())
# Titles written short before a name: "Sen. Lindsey Graham" holds the role "senator".
ABBREVIATED_ROLES = {"sen": "senator", "sens": "senator", "gov": "governor", "rep": "representative",
                     "reps": "representative", "gen": "general", "pres": "president", "prof": "professor",
                     "atty": "attorney", "supt": "superintendent", "amb": "ambassador", "lt. gov": "governor", "dr": "doctor"}
ROLE_SPELLINGS = {"frontrunner": "front-runner"}  # one role, however news spells it
LONGEST_ROLE = max(len(role.split()) for role in ROLES)
PAST = frozenset({"former", "outgoing", "ex", "retiring", "departing", "previous", "then", "ousted", "late",
                  "served", "once"})  # "served as general chairman of the DNC during the 2000 election"
FUTURE = frozenset({"incoming", "future", "next", "designate", "elect", "will", "become", "becomes",
                    "president-elect", "governor-elect", "senator-elect"})
PRESENT = frozenset({"new", "current", "sitting", "serving", "newly"})  # "the new boss" is not the outgoing one
TIME_REACH = 5  # words before a role where "former" or "will become" still speaks of it
DETERMINERS = frozenset({"the", "this", "that", "these", "those", "a", "an", "his", "her", "its", "their"})
PREPOSITIONS = frozenset({"of", "for", "at", "to", "in", "from", "with", "on"})
# Demonyms whose first four letters differ from their country's ("French" / "France").
DEMONYMS = {"french": "fran", "british": "brit", "spanish": "spai", "dutch": "neth", "swiss": "swit",
            "greek": "gree", "danish": "denm", "swedish": "swed", "finnish": "finl", "polish": "pola",
            "turkish": "turk", "irish": "irel", "scottish": "scot", "welsh": "wale", "english": "engl",
            "norwegian": "norw", "portuguese": "port", "chinese": "chin", "japanese": "japa", "american": "amer",
            "uk": "brit", "us": "amer", "u.s.": "amer", "filipino": "phil", "icelandic": "icel", "thai": "thai",
            "slovak": "slov", "slovene": "slov", "cypriot": "cypr", "argentine": "arge", "serb": "serb",
            "croat": "croa", "uzbek": "uzbe", "kazakh": "kaza", "basque": "basq",
            "briton": "brit", "dutchman": "neth", "dutchwoman": "neth", "frenchman": "fran", "frenchwoman": "fran",
            "englishman": "engl", "englishwoman": "engl", "irishman": "irel", "irishwoman": "irel",
            "scotsman": "scot", "scotswoman": "scot", "welshman": "wale", "spaniard": "spai", "swede": "swed",
            "dane": "denm", "finn": "finl", "pole": "pola", "turk": "turk", "icelander": "icel"}
# Nationalities that news writes as a noun for a person: "The Briton said", "the 24-year-old German".
# Capitals stand for their countries ("Chancellor Friedrich Merz met ... in Berlin" places a chancellor in Germany),
# as the concept key each country's demonym has (its first four letters, or DEMONYMS').
CAPITALS = {"berlin": "germ", "paris": "fran", "london": "brit", "madrid": "spai", "rome": "ital", "vienna": "aust",
            "moscow": "russ", "kyiv": "ukra", "kiev": "ukra", "warsaw": "pola", "beijing": "chin", "tokyo": "japa",
            "seoul": "kore", "ottawa": "cana", "canberra": "aust", "brasilia": "braz", "brasília": "braz",
            "amsterdam": "neth", "brussels": "belg", "lisbon": "port", "athens": "gree", "dublin": "irel",
            "stockholm": "swed", "oslo": "norw", "copenhagen": "denm", "helsinki": "finl", "bern": "swit",
            "budapest": "hung", "prague": "czec", "bucharest": "roma", "sofia": "bulg", "ankara": "turk",
            "tehran": "iran", "baghdad": "iraq", "damascus": "syri", "cairo": "egyp", "riyadh": "saud",
            "jerusalem": "isra", "delhi": "indi", "islamabad": "paki", "jakarta": "indo", "manila": "phil",
            "hanoi": "viet", "bangkok": "thai", "nairobi": "keny", "abuja": "nige", "pretoria": "sout",
            "havana": "cuba", "caracas": "vene", "bogota": "colo", "bogotá": "colo",
            "lima": "peru", "santiago": "chil", "edinburgh": "scot", "cardiff": "wale"}
NATIONALITY_NOUNS = frozenset(w for w in DEMONYMS if w not in ("uk", "us", "u.s.")) | frozenset("""german italian
russian australian canadian brazilian argentine mexican chilean colombian peruvian indian pakistani israeli iranian
iraqi syrian egyptian nigerian kenyan ghanaian korean austrian hungarian czech belgian croatian serbian ukrainian
romanian bulgarian estonian latvian lithuanian slovenian cuban venezuelan saudi emirati qatari lebanese jordanian
palestinian afghan indonesian malaysian vietnamese ethiopian ugandan moroccan algerian tunisian senegalese""".split())
# US states' people, written as nationalities are ("the Texan said"), share the state's concept ("Texan" ~ "Texas").
# Left out where four letters would join two states: Coloradan (Colombia), Missourian and Mississippian.
NATIONALITY_NOUNS |= frozenset("""texan californian floridian ohioan iowan vermonter virginian kentuckian arizonan
minnesotan michigander oklahoman tennessean alaskan nevadan utahn nebraskan kansan marylander wisconsinite louisianan
arkansan alabamian idahoan hawaiian pennsylvanian""".split())
# Clubs news names by nickname ("the Gunners boss" is Arsenal's manager), as the first word of their names
CLUB_NICKNAMES = {"gunners": "Arsenal", "spurs": "Tottenham", "reds": "Liverpool", "toffees": "Everton",
                  "hammers": "West", "magpies": "Newcastle", "villans": "Villa", "foxes": "Leicester",
                  "saints": "Southampton", "seagulls": "Brighton", "cherries": "Bournemouth", "bees": "Brentford",
                  "eagles": "Palace", "clarets": "Burnley", "blades": "Sheffield", "canaries": "Norwich",
                  "hornets": "Watford", "baggies": "Albion", "owls": "Wednesday", "cottagers": "Fulham",
                  "citizens": "City", "cityzens": "City", "tractor": "Ipswich", "blaugrana": "Barcelona",
                  "merengues": "Madrid", "bianconeri": "Juventus", "rossoneri": "Milan", "nerazzurri": "Inter",
                  "giallorossi": "Roma", "partenopei": "Napoli", "colchoneros": "Atletico", "bhoys": "Celtic",
                  "gers": "Rangers"}
PARTIES = {"geo:demo": "democratic", "democratic": "democratic", "democrat": "democratic", "geo:repu": "republican",
           "republican": "republican", "gop": "republican", "geo:gop": "republican", "geo:libe": "liberal",
           "geo:cons": "conservative", "geo:tory": "conservative", "geo:tori": "conservative", "geo:labo": "labour"}
WORD = re.compile(r"[^\W_][\w.'’-]*")


def words_of(text: str) -> list[str]:
    """The words of text, case kept, possessive 's and trailing dots dropped, "ex-minister" as "ex minister",
    "leader-elect" as "leader elect", "actor-turned-politician" as "politician"."""
    words = []
    for raw in WORD.findall(text):
        word = re.sub(r"['’]s$", "", raw).rstrip(".'’") or raw
        prefix = re.match(r"(?i)(ex)-(?=\w)", word)
        suffix = re.search(r"(?i)(?<=\w)-(elect|designate)$", word)
        turned = re.search(r"(?i)-turned-(?=\w)", word)
        if turned:  # "the actor-turned-politician": a politician now
            words.append(word[turned.end():])
        elif prefix:
            words += [prefix.group(1), word[prefix.end():]]
        elif suffix and word.lower() not in ROLES:  # "the leader-elect": a leader to come
            words += [word[:suffix.start()], suffix.group(1)]
        else:
            words.append(word)
    return words


CUT_ABBREVIATIONS = {"u.s": "u.s.", "u.k": "uk", "u.k.": "uk"}  # "U.S. envoy" as words_of cuts it


def concept(word: str) -> str:
    """A word as a comparable concept: nationalities and countries share one ('Austrian' ~ 'Austria')."""
    lower = word.lower()
    lower = CUT_ABBREVIATIONS.get(lower, lower)
    if lower in DEMONYMS:
        return "geo:" + DEMONYMS[lower]
    if word[:1].isupper() and len(word) >= 4 and lower not in DETERMINERS:
        return "geo:" + lower[:4]
    return lower


def capital_concepts(texts: list[str]) -> set[str]:
    """The countries whose capitals the texts name, as concepts ("in Berlin" -> the concept of "German")."""
    return {"geo:" + CAPITALS[w.lower()] for text in texts for w in re.findall(r"[A-Z]\w+", text) if w.lower() in CAPITALS}


def role_spans(words: list[str]) -> list[tuple[int, int, str]]:
    """(start, end, role) for each role phrase in the words, longest first at each position.

    A role with "vice" (or "shadow", "deputy") up to two words before it is another role: "Vice President Joe Biden" and
    "the vice presidential nominee" hold "vice president" and "vice nominee", not "president" or "nominee".
    """
    lowered = [w.lower() for w in words]
    found, i = [], 0
    while i < len(lowered):
        for size in range(min(LONGEST_ROLE, len(lowered) - i), 0, -1):
            phrase = " ".join(lowered[i:i + size])
            phrase = ABBREVIATED_ROLES.get(phrase, phrase) if words[i][:1].isupper() else phrase
            phrase = ROLE_SPELLINGS.get(phrase, phrase)  # "frontrunner" is "front-runner"
            if phrase in ROLES and not (phrase in LOWER_CASE_ROLES and words[i][:1].isupper()):
                vice = any(w == "vice" or w.startswith("vice-") for w in lowered[max(0, i - 2):i]) or \
                    lowered[i].startswith("vice-")  # "the vice-presidential nominee"
                # "Shadow chancellor Mel Stride", "Deputy Prime Minister Angela Rayner": no chancellor, no prime minister
                second = next((w for w in ("shadow", "deputy") if w in lowered[max(0, i - 2):i]), None)
                found.append((i, i + size, "vice " + phrase if vice else f"{second} {phrase}" if second else phrase))
                i += size
                break
        else:
            i += 1
    return found


def time_of(lowered: list[str], start: int, end: int) -> str | None:
    """'past' or 'future' when the nearest marker before a role (or "-elect" after it) says it was left or is to come."""
    if lowered[start].endswith("-elect") or lowered[end:end + 1] in (["elect"], ["designate"]):
        return "future"
    for word in reversed(lowered[max(0, start - TIME_REACH):start]):
        if word in PAST:
            return "past"
        if word in FUTURE:
            return "future"
    return None


@dataclass(frozen=True)
class Description:
    """A description's head role, the other words as concepts, and its time ('past', 'future' or None)."""

    head: str
    modifiers: frozenset[str]
    time: str | None

    @property
    def fitting_roles(self) -> frozenset[str]:
        """Roles a person may hold for the head to describe them: its families, and itself."""
        if self.head == "official" and self.modifiers:  # "the Portuguese official": whoever holds an office
            return OFFICES
        if self.head in CHAMBERS:  # "the senator" is no congressman, though both are lawmakers
            return CHAMBERS[self.head]
        return frozenset({self.head}).union(*(f for f in FAMILIES if self.head in f))


def parse_description(text: str) -> Description | None:
    """The head role and modifiers of a description, or None when it names no role."""
    words = words_of(text)
    lowered = [w.lower() for w in words]
    spans = [s for s in role_spans(words) if not (s[0] > 1 and lowered[s[0] - 1] in PREPOSITIONS)]
    if not spans:
        return None
    start, end, head = spans[-1]
    possessive = [i for i, raw in enumerate(WORD.findall(text)) if re.search(r"['’]s$", raw)]
    if possessive and possessive[-1] >= end - 1 or \
            re.search(rf"\b{re.escape(lowered[end - 1])}['’]s?\b.", text, re.IGNORECASE):
        # "the president's office", "the secretary of state's website", "The ex-president's lawyers" (whose
        # "ex-" makes one word two): something of theirs, not them
        return None
    time = "past" if set(lowered) & PAST else "future" if set(lowered) & FUTURE else \
        "present" if set(lowered) & PRESENT else None
    if head.endswith("-elect"):
        head, time = head[:-len("-elect")], "future"  # "the president-elect": a president to come
    modifiers = {concept(w) for i, w in enumerate(words) if not start <= i < end and
                 lowered[i] not in DETERMINERS | PAST | FUTURE | PREPOSITIONS}
    modifiers |= {concept(CLUB_NICKNAMES[w]) for w in lowered if w in CLUB_NICKNAMES}  # "the Gunners boss": Arsenal's
    return Description(head, frozenset(modifiers), time)


@dataclass(frozen=True)
class Profile:
    """What an article attached to one person: roles held (with their time) and the words around them."""

    roles: tuple[tuple[str, str | None], ...]
    concepts: frozenset[str]


def profile_of(contexts: list[str]) -> Profile:
    """A person's profile from the stretches of text around their mentions (titles, appositions)."""
    roles, concepts = [], set()
    for context in contexts:
        words = words_of(party_tags_spelled(context))
        lowered = [w.lower() for w in words]
        roles += [(role, time_of(lowered, s, e)) for s, e, role in role_spans(words)]
        concepts |= {concept(w) for w in words}
        concepts |= {w for w in lowered}
        concepts |= acronyms(words)
    return Profile(tuple(roles), frozenset(concepts))


def parties(concepts: frozenset[str]) -> set[str]:
    """The political parties among concepts ("geo:demo" for Democratic, "gop" for Republican), normalised."""
    return {PARTIES[c] for c in concepts if c in PARTIES}


US_STATES = frozenset(concept(state) for state in """Alabama Alaska Arizona Arkansas California Colorado
Connecticut Delaware Florida Georgia Hawaii Idaho Illinois Indiana Iowa Kansas Kentucky Louisiana Maine Maryland
Massachusetts Michigan Minnesota Mississippi Missouri Montana Nebraska Nevada Ohio Oklahoma Oregon
Pennsylvania Tennessee Texas Utah Vermont Virginia Washington Wisconsin Wyoming Jersey Hampshire Carolina Dakota
York""".split())
# Two-word states count by their second word ("New Jersey" as "Jersey"): the first is shared with other names.


# AP-style and postal abbreviations of US states, as "Sen. Chris Murphy, D-Conn." and "(R-TX)" write them
STATE_ABBREVIATIONS = dict(pair.replace("_", " ").split("=") for pair in """Ala=Alabama Ariz=Arizona Ark=Arkansas Calif=California
Colo=Colorado Conn=Connecticut Del=Delaware Fla=Florida Ga=Georgia Ill=Illinois Ind=Indiana Kan=Kansas Kans=Kansas
Ky=Kentucky La=Louisiana Md=Maryland Mass=Massachusetts Mich=Michigan Minn=Minnesota Miss=Mississippi Mo=Missouri
Mont=Montana Neb=Nebraska Nebr=Nebraska Nev=Nevada NH=New_Hampshire NJ=New_Jersey NM=New_Mexico NY=New_York
NC=North_Carolina ND=North_Dakota Okla=Oklahoma Ore=Oregon Pa=Pennsylvania Penn=Pennsylvania RI=Rhode_Island
SC=South_Carolina SD=South_Dakota Tenn=Tennessee Tex=Texas Vt=Vermont Va=Virginia Wash=Washington WVa=West_Virginia
Wis=Wisconsin Wisc=Wisconsin Wyo=Wyoming AL=Alabama AK=Alaska AZ=Arizona AR=Arkansas CA=California CO=Colorado
CT=Connecticut DE=Delaware FL=Florida GA=Georgia HI=Hawaii ID=Idaho IL=Illinois IN=Indiana IA=Iowa KS=Kansas
KY=Kentucky LA=Louisiana ME=Maine MD=Maryland MA=Massachusetts MI=Michigan MN=Minnesota MS=Mississippi MO=Missouri
MT=Montana NE=Nebraska NV=Nevada OH=Ohio OK=Oklahoma OR=Oregon PA=Pennsylvania TN=Tennessee TX=Texas UT=Utah
VT=Vermont VA=Virginia WA=Washington WV=West_Virginia WI=Wisconsin WY=Wyoming""".split())
STATE_NAMES = frozenset(STATE_ABBREVIATIONS.values())
# States by the nicknames news writes for them: "The Sunshine State will award a trove of delegates"
STATE_NICKNAMES = dict(pair.replace("_", " ").split("=") for pair in """Sunshine_State=Florida Lone_Star_State=Texas
Golden_State=California Empire_State=New_York Keystone_State=Pennsylvania Granite_State=New_Hampshire
Hawkeye_State=Iowa Buckeye_State=Ohio Palmetto_State=South_Carolina Silver_State=Nevada Badger_State=Wisconsin
Wolverine_State=Michigan Peach_State=Georgia Tar_Heel_State=North_Carolina Bluegrass_State=Kentucky
Garden_State=New_Jersey Bay_State=Massachusetts Show-Me_State=Missouri Evergreen_State=Washington Beehive_State=Utah
Grand_Canyon_State=Arizona Centennial_State=Colorado Cornhusker_State=Nebraska Mountain_State=West_Virginia
Volunteer_State=Tennessee Hoosier_State=Indiana Prairie_State=Illinois Green_Mountain_State=Vermont
Pine_Tree_State=Maine Ocean_State=Rhode_Island Constitution_State=Connecticut Equality_State=Wyoming
Treasure_State=Montana Gem_State=Idaho Aloha_State=Hawaii Magnolia_State=Mississippi Pelican_State=Louisiana
Natural_State=Arkansas Sooner_State=Oklahoma Sunflower_State=Kansas Peace_Garden_State=North_Dakota
Mount_Rushmore_State=South_Dakota North_Star_State=Minnesota Old_Line_State=Maryland Yellowhammer_State=Alabama
Beaver_State=Oregon""".split())
# "R-Maine", "D-Conn.", "(R-TX)": a lawmaker's party and state in one tag
PARTY_TAG = re.compile(r"(?<![\w-])(?P<letter>[DRI])[-–](?P<state>(?:[A-Z][a-z]*\.?[ \t]?){1,2}?)(?=[,;)]|\.?[ \t]|\.?$)")
PARTY_LETTERS = {"D": "Democrat", "R": "Republican", "I": "Independent"}


def state_named(short: str) -> str:
    """A state's full name from its abbreviation ("Conn." -> "Connecticut", "N.Y." -> "New York"), else as given."""
    key = short.replace(".", "").replace(" ", "")
    return STATE_ABBREVIATIONS.get(key, short.strip(" ."))


def party_tags_spelled(context: str) -> str:
    """Context with each party-state tag written out: "Sen. Susan Collins, R-Maine" -> "... Republican Maine"."""
    def spelled(tag: re.Match) -> str:
        """The tag written out, or as it stands when its second part is no state ("D-Day")."""
        state = state_named(tag.group("state"))
        return f"{PARTY_LETTERS[tag.group('letter')]} {state}" if state in STATE_NAMES else tag.group(0)
    return PARTY_TAG.sub(spelled, context)


def states(concepts: frozenset[str]) -> set[str]:
    """The US states among concepts (one-word state names), for telling a Florida senator from a Vermont one."""
    return set(concepts & US_STATES)


def acronyms(words: list[str]) -> set[str]:
    """Initials of runs of capitalised words: "European Central Bank" also reads "ecb"."""
    found, run = set(), []
    for word in words + [""]:
        if word[:1].isupper() and word.lower() not in DETERMINERS and word.lower() not in ROLES:
            run.append(word)
            continue
        if len(run) >= 2:
            found.add("".join(w[0] for w in run).lower())
        run = []
    return found


def fit(description: Description, profile: Profile) -> tuple[int, int, int] | None:
    """(modifiers shared, time agrees, same head role) when the person may be the one described, else None.

    A person the article ties to another party ("the Democratic nominee" / "Republican nominee
    Donald Trump") never fits.
    """
    for kinds in (parties, states):  # "the Florida senator" is not "Vermont Sen. Bernie Sanders"
        wanted, held = kinds(description.modifiers), kinds(profile.concepts)
        if wanted and held and not wanted & held:
            return None
    fitting = [(role, time) for role, time in profile.roles if role in description.fitting_roles]
    if not fitting and TRADES.get(description.head) in {c.removeprefix("geo:") for c in profile.concepts}:
        fitting = list(profile.roles)
    if not fitting and description.head in DIPLOMATS:  # "the nation's top diplomat": "Secretary of State John Kerry"
        fitting = [(role, time) for role, time in profile.roles
                   if DIPLOMATIC_OFFICES.get(role, frozenset()) & profile.concepts]
    if not fitting and DEEDS.get(description.head, frozenset()) & profile.concepts:
        fitting = list(profile.roles) or [(description.head, None)]
    if description.time == "present" or description.time is None and "outgoing" not in profile.concepts:
        # "the candidate" is no "former candidate"; but "the boss" may still be "the outgoing chairman"
        fitting = [(role, time) for role, time in fitting if time != "past"]
    elif description.time == "past":  # "the former senator" is no sitting "Sen. John McCain"
        fitting = [(role, time) for role, time in fitting if time == "past"]
    elif description.time is not None:
        fitting = [(role, time) for role, time in fitting if time in (None, description.time)]
    if not fitting:
        return None
    hits = len(description.modifiers & profile.concepts)
    agrees = int(any(time == description.time for _, time in fitting))
    same = int(any(role == description.head for role, _ in fitting))
    return hits, agrees, same
