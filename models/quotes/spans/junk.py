"""Page furniture is not speech: captions, bylines, share and menu lines, "Read more" links, lone
words with nothing attributing them, and headline words that only report an action."""
from __future__ import annotations

import re

from .headlines import HEADLINE_VERBS, QUOTED, WORKS, headline_lines, quoted_modifier
from .layout import Draft
from .quote_types import DOUBLE_MARKS, SINGLE_OPEN

FURNITURE_LINE = re.compile(
    r"\s*(?:(?i:photo|photograph|image|picture|caption|credit|file photo|video|watch|listen|read more|related|"
    r"see also|more on|about the author)\s*[:|—–-]"  # "Photo: ...", "Read more: ...", not "Video shows that ..."
    r"|(?i:share|advertisement|sponsored|sign up|subscribe|comments?)\b[^.!?\n]{0,40}$"  # "Share this article"
    r"|(?i:sign up|subscribe)\b[^:\n]{0,40}:"  # "Sign up to our newsletter: ..."
    r"|By\s+[A-Z][\w.'’-]+(?:\s+[A-Z][\w.'’-]+){0,3}\s*(?:,|$))", re.MULTILINE)  # a byline
MARKS = DOUBLE_MARKS + SINGLE_OPEN + "’'"
IN_WORD_APOSTROPHE = re.compile(r"(?<=\w)['’](?=\w)")  # "Envoy's", "don’t": no quote mark


def marked(draft: Draft) -> bool:
    """True when a draft's content holds a quote mark (an apostrophe inside a word is none)."""
    return any(ch in MARKS for f in draft.fragments for ch in IN_WORD_APOSTROPHE.sub("", f.text))


def line_of(text: str, position: int) -> tuple[int, int]:
    """(start, end) of the line holding position."""
    start = text.rfind("\n", 0, position) + 1
    end = text.find("\n", position)
    return start, len(text) if end < 0 else end


def furniture(text: str, position: int) -> bool:
    """True when position sits on a caption, byline, share, menu or "Read more" line."""
    start, end = line_of(text, position)
    return bool(FURNITURE_LINE.match(text, start, end))


def word_count(draft: Draft) -> int:
    """How many words a draft's content holds."""
    return sum(len(f.text.split()) for f in draft.fragments)


def unattributed(text: str, draft: Draft) -> bool:
    """A content outside quote marks that nothing on its line attributes: one word with no cue ("No"
    in "No quotes here.") or whose cue or speaker sits on another line ("Health" in "interviewed
    Health Minister ..."), or longer words whose cue sits on another line ("a gas transit agreement"
    tied to the next paragraph's "said")."""
    if any(ch in MARKS for f in draft.fragments for ch in f.text):
        return False  # an apostrophe too: "It’s typical of her. ..." may be a quote set as a block
    one_word = word_count(draft) == 1
    if draft.cue is None:
        return one_word  # nothing says it
    line = line_of(text, draft.fragments[0].start)
    mentions = (draft.cue, draft.source) if one_word else (draft.cue,)
    return any(span is not None and line_of(text, span.start) != line for span in mentions)


# "Known to fans as “The Hammer”", "a film titled “Home”": a name in marks, not words anyone says
NAMING_BEFORE = re.compile(r"\b(?:known(?:[ \t]+to[ \t]+[\w ]{1,25}?)?[ \t]+as|nicknamed|so-called|titled|entitled)[ \t]*$", re.I)


# "“Anora”, a low-budget drama about ...": the title of a work set beside what it is
WORK_AFTER = re.compile(r"[ \t]*,[ \t]+(?:a|an|the|his|her|their|its)[ \t]+(?:[\w'’-]+[ \t]+){0,4}?(?:" +
                        "|".join(sorted(WORKS)) + r"|drama|comedy|thriller|painting|single|sitcom)\b")


def only_a_name(text: str, draft: Draft) -> bool:
    """A short content wholly in marks right after "known as", "nicknamed", "so-called" or "titled", or right
    before an apposition saying it is a work ("“Anora”, a low-budget drama")."""
    first = draft.fragments[0]
    if len(draft.fragments) != 1 or word_count(draft) > 4 or first.text[:1] not in MARKS or \
            first.text.rstrip(".,")[-1:] not in MARKS:
        return False
    return NAMING_BEFORE.search(text, max(0, first.start - 40), first.start) is not None or \
        WORK_AFTER.match(text, first.end) is not None


def only_quoted_modifiers(text: str, draft: Draft, line_end: int) -> bool:
    """True when every quoted stretch of the draft is a term the next word carries on ("“smart” parking meters")."""
    marks = [m for fragment in draft.fragments for m in QUOTED.finditer(text, fragment.start, fragment.end)]
    return bool(marks) and all(quoted_modifier(text, m, line_end) for m in marks)


def headline_action(text: str, draft: Draft, headlines: list[tuple[int, int]]) -> bool:
    """An unquoted headline content not said in the headline itself: its speaker or cue in the body,
    a cue that is no speech verb ("Council delays vote"), or neither speaker nor cue."""
    first = draft.fragments[0]
    line = next(((s, e) for s, e in headlines if s <= first.start < e), None)
    if line is None or marked(draft) and not only_quoted_modifiers(text, draft, line[1]):
        return False  # (marks only around a term, "Council reviews “smart” parking meters", make no quote)
    source, cue = draft.source, draft.cue
    if source is None and cue is None or word_count(draft) == 1:
        return True  # nobody says it, or one unquoted word: "Bank warns on rates" quotes no "rates"
    if source is not None and not line[0] <= source.start < line[1]:
        return True
    if cue is None:
        return False  # "Santos: Talks Could Resume Soon"
    cue_word = cue.text.split()[0].lower() if cue.text.split() else ""
    return not line[0] <= cue.start < line[1] or cue_word not in HEADLINE_VERBS


# "Carmaker Volvo recalled 70,000 vehicles": goods called back, not words recalled
RECALLED_GOODS = re.compile(
    r"(?:(?:about|around|almost|nearly|more[ \t]+than|over|some|up[ \t]+to)[ \t]+)?"
    r"(?:\d[\d,.]*(?:[ \t]*(?:million|thousand|m|k)\b)?|thousands|hundreds|millions|batches)"
    r"|(?:\w+[ \t]+){0,2}(?:vehicles|cars|trucks|units|products|bottles|packs|packets|jars|toys|devices|phones|"
    r"laptops|batteries|tonnes|pounds|kilograms)\b", re.I)


def object_of_cue(text: str, draft: Draft, cue: re.Pattern, thing: re.Pattern, adjacent: bool = True) -> bool:
    """True when an unquoted content after a cue of that kind (right after it, when adjacent) opens with that kind
    of thing: an object the cue's verb acts on, not words said."""
    first = draft.fragments[0]
    return draft.cue is not None and cue.match(draft.cue.text.strip()) is not None and draft.cue.end <= first.start \
        and not (adjacent and text[draft.cue.end:first.start].strip()) and not marked(draft) and \
        thing.match(first.text) is not None


RECALL_CUE = re.compile(r"recall", re.I)


def goods_recalled(text: str, draft: Draft) -> bool:
    """An unquoted content right after a cue "recalled" that counts or names goods, not memories."""
    return object_of_cue(text, draft, RECALL_CUE, RECALLED_GOODS)


# "pledged money to a climate fund", "promised $5m": money given, not words said
MONEY_GIVEN = re.compile(
    r"(?:(?:about|around|almost|nearly|more[ \t]+than|over|some|up[ \t]+to|an[ \t]+extra|a[ \t]+further)[ \t]+)?"
    r"(?:[$£€¥][ \t]*\d|\d[\d,.]*[ \t]*(?:million|billion|m|bn|k)?[ \t]*(?:dollars|pounds|euros)\b|"
    r"(?:their|his|her|its|the|some)?[ \t]*(?:money|cash|funds|funding|donations)\b)", re.I)
MONEY_CUES = re.compile(r"(?:(?:have|has|had|will|would|also|each|jointly)[ \t]+)*(?:pledg|promis|offer|donat|gave|give|raise|spen|invest)", re.I)


def money_given(text: str, draft: Draft) -> bool:
    """An unquoted content right after a cue such as "pledged" that names money, not words."""
    return object_of_cue(text, draft, MONEY_CUES, MONEY_GIVEN)


# "who asked not to be named because he was not authorised to speak": the terms of an interview, not its words
ANONYMITY_TERMS = re.compile(
    r"(?:not[ \t]+to[ \t]+be[ \t]+(?:named|identified|quoted)|anonymity"
    r"|(?:because|as|since)\b[^.;\n]{0,40}?\bnot[ \t]+(?:authori[sz]ed|allowed|permitted|cleared)[ \t]+to[ \t]+"
    r"(?:speak|talk|comment|discuss))", re.I)
ANONYMITY_CUES = re.compile(r"(?:ask|request|spok|speak|insist|demand)", re.I)


def anonymity_terms(text: str, draft: Draft) -> bool:
    """An unquoted content after a cue such as "asked" or "requested" that states the terms of anonymity."""
    return object_of_cue(text, draft, ANONYMITY_CUES, ANONYMITY_TERMS, adjacent=False)


def drop_junk(text: str, drafts: list[Draft]) -> list[Draft]:
    """Drafts without furniture, lone words and non-speech headlines; a byline never speaks."""
    headlines = headline_lines(text)
    kept = []
    for draft in drafts:
        if furniture(text, draft.fragments[0].start) or unattributed(text, draft) or \
                headline_action(text, draft, headlines) or only_a_name(text, draft) or goods_recalled(text, draft) or \
                money_given(text, draft) or anonymity_terms(text, draft):
            continue
        if draft.source is not None and furniture(text, draft.source.start) and \
                line_of(text, draft.source.start) != line_of(text, draft.fragments[0].start):
            continue  # "By Laura Chen" on its own line said nothing in the article
        if draft.source is not None and any(s <= draft.source.start < e for s, e in headlines) and \
                line_of(text, draft.source.start) != line_of(text, draft.fragments[0].start) and \
                len(draft.source.text.split()) > 2:
            # A headline phrase ("Mayor under fire") never speaks the body's words; a headline's
            # name or role word ("Minister") may still be the speaker, resolved like any mention.
            draft.source, draft.speaker_confidence = None, 0.0
        kept.append(draft)
    return kept
