"""Speaker name resolution on hand-made documents."""
from __future__ import annotations

from models.quotes.speakers.names import name_runs
from models.quotes.speakers import Mention, resolve_names


def mentions_of(text: str, written: list[str]) -> list[Mention]:
    """Mentions for each string, at its first occurrence after the previous one."""
    found, position = [], 0
    for w in written:
        position = text.index(w, position)
        found.append(Mention(w, position, position + len(w)))
        position += len(w)
    return found


def test_titles_are_stripped():
    for written, name in [("Finance Minister Maria Santos", "Maria Santos"), ("Sen. Elizabeth Warren", "Elizabeth Warren"),
                          ("White House press secretary Josh Earnest", "Josh Earnest"),
                          ("Mayor Bill de Blasio", "Bill de Blasio")]:
        assert [run.text for run in name_runs("On a visit to the port yesterday, " + written + " spoke to the press.")][-1] == name


def test_headlines_and_sentence_starts_are_not_names():
    text = "Mayor Promises New Bus Lanes Across The City\nEverything was calm. Everything Trump says is wrong, everything."
    assert [run.text for run in name_runs(text)] == ["Trump"]


def test_pronoun_takes_the_last_named_speaker():
    text = "Maria Santos spoke first. “We are ready,” Santos said. “Soon,” she added."
    assert resolve_names(text, mentions_of(text, ["Santos", "she"])) == ["Maria Santos", "Maria Santos"]


def test_surname_expands_to_the_full_name():
    text = "Hillary Clinton campaigned in Ohio. Clinton said the race was close."
    start = text.index("Clinton said")
    assert resolve_names(text, [Mention("Clinton", start, start + 7)]) == ["Hillary Clinton"]


def test_pronoun_skips_people_of_the_other_gender_and_names_inside_quotes():
    text = ("Mr. Tom Clarke runs the mine. His wife, Ana Clarke, said she was proud of him. "
            "“My adviser, John Holdren, sends me charts,” he said.")
    he, she = text.rindex("he said"), text.index("she was")
    assert resolve_names(text, [Mention("she", she, she + 3), Mention("he", he, he + 2)]) == ["Ana Clarke", "Tom Clarke"]


def test_description_resolves_through_an_apposition():
    text = "German Chancellor Angela Merkel met him. Later the German chancellor said talks would resume."
    assert resolve_names(text, mentions_of(text, ["the German chancellor"])) == ["Angela Merkel"]
    text = "Mike Pence, the Republican vice presidential nominee, spoke. The nominee said no."
    assert resolve_names(text, mentions_of(text, ["The nominee"])) == ["Mike Pence"]


def test_unnamed_and_organisations_keep_the_mention():
    text = "A senior European diplomat said talks failed. The company said it disagreed."
    assert resolve_names(text, mentions_of(text, ["A senior European diplomat", "The company"])) == \
        ["A senior European diplomat", "The company"]


def test_missing_speaker_stays_none():
    assert resolve_names("No one spoke.", [None]) == [None]


def test_organisation_in_apposition_gives_its_name():
    text = "The regulator, Ofwat, said the fine was fair. Ofwat, the regulator, added more."
    assert resolve_names(text, mentions_of(text, ["The regulator, Ofwat", "Ofwat, the regulator"])) == ["Ofwat", "Ofwat"]


def test_first_names_give_gender_when_pronouns_do_not():
    text = ("Ted Cruz spoke in Houston. Heidi Cruz sat in the front row.\n\n"
            "“I will not back down,” he said.")
    assert resolve_names(text, mentions_of(text, ["he"])) == ["Ted Cruz"]


def test_a_bare_surname_names_the_first_person_introduced_with_it():
    text = ("Ted Cruz spoke in Houston. His wife, Heidi Cruz, sat in the front row.\n\n"
            "“No,” Cruz said. “We are done,” Mrs. Cruz added.")
    assert resolve_names(text, mentions_of(text, ["Cruz", "Mrs. Cruz"])) == ["Ted Cruz", "Heidi Cruz"]


def test_first_person_without_a_byline_stays_as_written():
    text = "I think the plan is wrong, I said to friends.\n\nThat Mr. Trump is running was no surprise.\n"
    assert resolve_names(text, mentions_of(text, ["I"])) == ["I"]


def test_a_known_first_name_outweighs_pronouns_about_others():
    from models.quotes.speakers.people import PersonIndex
    text = ("Hillary Clinton spoke. " + "Clinton met Sanders before he left. " * 6)
    assert PersonIndex(text).genders["Hillary Clinton"] == "f"


def test_a_pronoun_never_names_someone_of_the_other_gender():
    text = "“He truly cares,” Donald Trump's fan said. Trump waved. “He truly cares about us,” she said of Trump."
    she = text.index("she said")
    assert resolve_names(text, [Mention("she", she, she + 3)]) == ["she"]


def test_first_names_are_looked_up_without_accents_and_ing_names_open_sentences():
    from models.quotes.speakers.names import first_name_genders, name_runs, without_accents
    assert without_accents("Saúl") == "Saul" and "Saúl" in first_name_genders()
    assert first_name_genders().get("José") == first_name_genders().get("Jose")
    assert [run.words for run in name_runs("Intro.\n\nErling Haaland said so.")][-1] == ("Erling", "Haaland")
    assert [run.words for run in name_runs("Intro. Fleming told reporters.")][-1] == ("Fleming",)
    assert ("Bashing",) not in [run.words for run in name_runs("Intro. Bashing Trump is easy.")]


def test_an_organisation_loses_a_sentence_full_stop_only():
    from models.quotes.speakers.organisations import without_full_stop
    assert without_full_stop("RWE.") == "RWE"
    assert without_full_stop("Linden & Co.") == "Linden & Co."
    assert without_full_stop("U.S.") == "U.S."
