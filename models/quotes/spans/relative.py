"""Words reported inside a relative clause ("Luis Ortega, who said his squad could “beat anyone”,
faced questions") end where the clause ends, not at the end of the sentence."""
from __future__ import annotations

import re

from ..results import text_span
from .layout import Draft

RELATIVE = frozenset({"who", "which", "whom"})
# ", faced questions": a comma, then a finite verb of the main clause.
CLAUSE_END = re.compile(r",\s+(?=(?:[a-z]+ed|is|was|were|are|has|had|have|will|would|can|could|did|does|"
                        r"won|lost|made|took|got|left|met|ran|went|came|gave|said|says|faced|remains|remained|"
                        r"became|becomes|resigned|denied|signed|spent|kept|held|led|told|"
                        r"say|tell|argue|warn|claim|believe|think|agree|insist|want|fear|expect)\b)")


def end_relative_clauses(text: str, drafts: list[Draft]) -> list[Draft]:
    """Cut a content whose speaker is a relative pronoun after a comma at the comma that closes the clause."""
    for draft in drafts:
        source = draft.source
        if source is None or source.text.strip().lower() not in RELATIVE:
            continue
        if not text[:source.start].rstrip().endswith(","):
            continue  # "the man who said": a restrictive clause has no closing comma to find
        last = draft.fragments[-1]
        closing = CLAUSE_END.search(last.text)
        if closing is None or closing.start() == 0:
            continue
        draft.fragments[-1] = text_span(text, last.start, last.start + closing.start())
    return drafts


CLAUSE_AFTER_SOURCE = re.compile(r",[ \t]+(who|whom)\b[^.;:!?\n]*$")


def speakers_of_relative_clauses(text: str, drafts: list[Draft]) -> list[Draft]:
    """A content inside "NAME, who said ..." right after its source is the relative pronoun's, not the phrase's.

    In "Critics of Mayor Dana Whitlock, who insisted that the budget was “fully funded”, say ..." the
    first report is Whitlock's: its speaker becomes the "who", which names the nearest person before it.
    """
    for draft in drafts:
        source = draft.source
        if source is None or source.text.strip().lower() in RELATIVE or source.end > draft.fragments[0].start:
            continue
        between = text[source.end:draft.fragments[0].start]
        clause = CLAUSE_AFTER_SOURCE.match(between)
        if clause is None or CLAUSE_END.search(between):
            continue  # the content comes after the clause closes: the phrase itself speaks
        start = source.end + clause.start(1)
        draft.source = text_span(text, start, start + len(clause.group(1)))
    return drafts
