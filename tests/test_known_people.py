"""The records of what training news writes against each person's name, and how the resolver uses them for a
description the article ties to no one: hand-made records and text, no model involved."""
from __future__ import annotations

from collections import Counter

import pytest

from models.quotes.speakers import known_people, resolve_names
from models.quotes.speakers.descriptions import parse_description
from models.quotes.speakers.known_people import (KnownPerson, known_holder, known_party_member, known_share, other_party,
                                                 record_of)
from models.training.known_people import clear_sex, document_records, titles_and_appositions
from tests.test_names import mentions_of

RECORDS = {
    "frank whitcombe": KnownPerson(40, {"nominee": {"now": 20}, "businessman": {"now": 4}}, {"republican": 30}, {}),
    "lena farrow": KnownPerson(50, {"nominee": {"now": 15}, "secretary": {"past": 9}, "leader": {"now": 10}}, {"democratic": 40}, {}),
    "otto brandvold": KnownPerson(12, {"aide": {"now": 6}}, {}, {}),
    "mara quist": KnownPerson(30, {"senator": {"now": 20}}, {"republican": 9}, {"geo:flor": 12}),
    "ivo quist": KnownPerson(5, {"senator": {"now": 3}}, {}, {"geo:texa": 3}),
    "tess abbot": KnownPerson(20, {"senator": {"now": 14}}, {"republican": 5}, {"geo:texa": 9}),
    "kelly marsh": KnownPerson(15, {"senator": {"now": 9}}, {}, {}, sex="m"),
}


def description(text: str):
    """The parsed description of text."""
    return parse_description(text)


def test_holder_is_the_one_the_records_clearly_give_the_role():
    names = ["Frank Whitcombe", "Lena Farrow", "Otto Brandvold"]
    assert known_holder(description("The Republican presidential nominee"), names, RECORDS) == "Frank Whitcombe"
    assert known_holder(description("the Democratic nominee"), names, RECORDS) == "Lena Farrow"
    # 20/40 against 15/50: a lead, but not twice the next one's share
    assert known_holder(description("the nominee"), names, RECORDS) is None
    assert known_holder(description("the former secretary of state"), names, RECORDS) == "Lena Farrow"
    assert known_holder(description("the secretary of state"), names, RECORDS) is None  # she held it before
    assert known_holder(description("the businessman"), names, RECORDS) == "Frank Whitcombe"


def test_holder_needs_state_and_words_the_records_can_check():
    names = ["Mara Quist", "Tess Abbot"]
    assert known_holder(description("the Florida senator"), names, RECORDS) == "Mara Quist"
    assert known_holder(description("the Texas senator"), names, RECORDS) == "Tess Abbot"
    assert known_holder(description("the senator"), names, RECORDS) is None  # 20/30 against 14/20
    # a nationality or a faith the records do not hold: no answer from them
    assert known_holder(description("the Russian senator"), ["Mara Quist"], RECORDS) is None


def test_a_role_seen_in_too_few_articles_is_no_evidence():
    assert known_share(description("the senator"), "Ivo Quist", RECORDS) == pytest.approx(3 / 5)
    sparse = {"ivo quist": KnownPerson(5, {"senator": {"now": 2}}, {}, {})}
    assert known_share(description("the senator"), "Ivo Quist", sparse) == 0
    assert known_share(description("the senator"), "Nobody Known", RECORDS) is None


def test_a_surname_alone_is_the_person_most_articles_name_so():
    assert record_of("Whitcombe", RECORDS) is RECORDS["frank whitcombe"]
    # Mara (30 articles) and Ivo Quist (5): Mara holds over two thirds of them
    assert record_of("Quist", RECORDS) is RECORDS["mara quist"]
    even = {"ann lund": KnownPerson(10, {}, {}, {}), "bo lund": KnownPerson(9, {}, {}, {})}
    assert record_of("Lund", even) is None


def test_other_party():
    assert other_party(description("the Democratic front-runner"), "Frank Whitcombe", RECORDS)
    assert not other_party(description("the Republican front-runner"), "Frank Whitcombe", RECORDS)
    assert not other_party(description("the front-runner"), "Frank Whitcombe", RECORDS)
    assert not other_party(description("the Democratic front-runner"), "Otto Brandvold", RECORDS)  # no party filed


def test_known_party_member_is_the_only_one_filed_so():
    assert known_party_member(["Mara Quist", "Lena Farrow"], "Republican", None, RECORDS) == "Mara Quist"
    assert known_party_member(["Mara Quist", "Tess Abbot"], "Republican", None, RECORDS) is None  # two of them
    assert known_party_member(["Mara Quist", "Tess Abbot"], "Republican", "Texas", RECORDS) == "Tess Abbot"
    assert known_party_member(["Mara Quist", "Tess Abbot"], "Democrat", None, RECORDS) is None
    assert known_party_member(["Otto Brandvold"], "Republican", None, RECORDS) is None  # no party filed


@pytest.fixture
def records(monkeypatch):
    """The resolver reads RECORDS instead of the shipped file."""
    monkeypatch.setattr(known_people, "known_people", lambda path=None: RECORDS)


def test_resolver_prefers_the_records_over_a_guess_that_holds_no_such_role(records):
    text = ("Frank Whitcombe held a rally in Ohio on Monday. His campaign chairman, Otto Brandvold, spoke first. "
            "“We will win Ohio,” Brandvold said. “Nobody works harder,” the Republican presidential nominee said.")
    names = resolve_names(text, mentions_of(text, ["Brandvold", "the Republican presidential nominee"]))
    assert names == ["Otto Brandvold", "Frank Whitcombe"]


def test_resolver_keeps_a_guess_the_records_give_the_role(records):
    text = ("Frank Whitcombe and Lena Farrow both spoke in Ohio on Monday. “We will win Ohio,” Farrow said. "
            "“Nobody works harder,” the nominee said.")
    names = resolve_names(text, mentions_of(text, ["Farrow", "the nominee"]))
    assert names == ["Lena Farrow", "Lena Farrow"]


def test_resolver_drops_a_guess_of_another_party(records):
    text = ("Frank Whitcombe spoke in Ohio on Monday. “We will win Ohio,” Whitcombe said. "
            "“Nobody works harder,” the Democratic front-runner said.")
    names = resolve_names(text, mentions_of(text, ["Whitcombe", "the Democratic front-runner"]))
    assert names == ["Frank Whitcombe", "the Democratic front-runner"]


def test_records_overrule_an_article_tie_only_to_the_role_family(records):
    # a club president is of the family of "leader", but the records never give Brandvold a leader's role
    text = ("Lena Farrow and Otto Brandvold, the club president, met on Monday. “We will win,” the minority leader "
            "said.")
    assert resolve_names(text, mentions_of(text, ["the minority leader"])) == ["Lena Farrow"]
    # the article's own "the minority leader" for him stands
    text = ("Lena Farrow and Otto Brandvold, the minority leader, met on Monday. “We will win,” the minority leader "
            "said.")
    assert resolve_names(text, mentions_of(text, ["the minority leader", "the minority leader"])[1:]) == \
        ["Otto Brandvold"]


def test_resolver_names_a_party_member_the_article_ties_to_no_party(records):
    text = ("Mara Quist and Tess Abbot visited the plant on Monday with Otto Brandvold. The Texas Republican said: "
            "“We will win.”")
    assert resolve_names(text, mentions_of(text, ["The Texas Republican"])) == ["Tess Abbot"]


def test_resolver_passes_over_a_last_speaker_of_the_other_party(records):
    text = ("Tess Abbot asked for the notes on Wednesday, and Lena Farrow objected. “This is a fishing expedition,” "
            "Farrow said. “We want to see everything,” the Texas Republican said.")
    assert resolve_names(text, mentions_of(text, ["Farrow", "the Texas Republican"])) == ["Lena Farrow", "Tess Abbot"]


def test_records_overrule_the_first_name_lists_sex(records):
    # "Kelly" is a woman's name in the census lists; the records read many articles' "he" after this one
    text = ("Sen. Kelly Marsh met Ana Ruiz in Columbia on Monday. “We lose elections because of this,” he said.")
    assert resolve_names(text, mentions_of(text, ["he"])) == ["Kelly Marsh"]


def test_resolver_looks_back_only(records):
    # "the nominee" of the first paragraph is not a person the article names only further down
    text = ("“Nobody works harder,” the Republican presidential nominee said on Monday. Later, Otto Brandvold and "
            "Frank Whitcombe toured the plant.")
    names = resolve_names(text, mentions_of(text, ["the Republican presidential nominee"]))
    assert names == ["the Republican presidential nominee"]


def test_records_are_what_the_article_writes_against_the_name():
    text = ("Republican presidential nominee Donald Trump and Texas Sen. Ted Cruz met. Hillary Clinton, the former "
            "secretary of state, spoke later. Editor’s note: Donald Trump is a candidate. Sen. Mara Quist (R-Fla.) "
            "agreed.")
    start = text.index("Ted Cruz")
    assert titles_and_appositions(text, start, start + len("Ted Cruz")) == ["Texas Sen"]
    records = document_records(text)
    assert records["donald trump"]["roles"] == {("nominee", "now")}
    assert records["donald trump"]["parties"] == {"republican"}
    assert records["ted cruz"]["roles"] == {("senator", "now")}  # not "nominee": "and" ends his title
    assert records["ted cruz"]["parties"] == set()
    assert records["hillary clinton"]["roles"] == {("secretary", "past")}
    assert records["mara quist"]["parties"] == {"republican"} and records["mara quist"]["states"] == {"geo:flor"}


def test_a_sex_is_filed_only_on_many_clear_votes():
    assert clear_sex(Counter(m=9)) == "m"
    assert clear_sex(Counter(f=4, m=1)) is None  # too few votes
    assert clear_sex(Counter(f=9, m=4)) is None  # no clear lead
    assert clear_sex(Counter(f=12, m=4)) == "f"


def test_front_runner_is_one_role_however_spelt():
    assert parse_description("The Democratic frontrunner").head == parse_description("the front-runner").head == \
        "front-runner"
