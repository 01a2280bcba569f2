"""Speaker name resolution on hand-made documents."""
from __future__ import annotations

from models.quotes.speakers.names import name_runs
from models.quotes.speakers.people import clean_runs
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


def test_initials_of_two_letters_open_a_name_and_place_initials_do_not():
    text = "Vice President J.D. Vance and U.S. Sen. John Smith met in Washington, D.C. on Monday."
    assert [run.text for run in name_runs(text)] == ["J.D. Vance", "John Smith"]


def test_a_suffix_keeps_its_full_stop_before_a_comma_and_an_initial_ends_no_name():
    runs = [run.text for run in name_runs("Gen. Joseph F. Dunford Jr., the chairman, praised Ronald Reagan or George H.W.")]
    assert runs == ["Joseph F. Dunford Jr.", "Ronald Reagan", "George"]


def test_a_title_word_after_a_first_name_and_initial_is_a_surname():
    text = "Representative Peter T. King of New York said the bill would fail."
    assert [run.text for run in name_runs(text)] == ["Peter T. King"]


def test_a_tagger_cut_suffix_still_finds_the_full_name():
    text = "Plant manager Robert L. Haines Jr. toured the site. Robert L. Haines Jr said jobs would come."
    start = text.index("Robert L. Haines Jr said")
    assert resolve_names(text, [Mention("Robert L. Haines Jr", start, start + 19)]) == ["Robert L. Haines Jr."]


def test_junior_and_senior_are_two_people():
    text = ("Donald J. Trump spoke in Ohio. His son Donald Trump Jr. spoke in Iowa. "
            "Trump said the race was close.")
    start = text.index("Trump said")
    assert resolve_names(text, [Mention("Trump", start, start + 5)]) == ["Donald J. Trump"]


def test_the_name_a_person_goes_by_inside_the_full_name():
    text = ("Brazilian President Luiz Inácio Lula da Silva opened the summit. Lula told delegates to act. "
            "Finance chief Melba Acosta Febo spoke next. Ms. Acosta said the money was there.")
    lula, acosta = text.index("Lula told"), text.index("Ms. Acosta")
    assert resolve_names(text, [Mention("Lula", lula, lula + 4), Mention("Ms. Acosta", acosta, acosta + 10)]) == \
        ["Luiz Inácio Lula da Silva", "Melba Acosta Febo"]


def test_a_show_named_after_a_host_is_not_the_host():
    text = "She spoke on The Rachel Maddow Show on Monday. Maddow said the interview went well."
    start = text.index("Maddow said")
    assert resolve_names(text, [Mention("Maddow", start, start + 6)]) == ["Maddow"]


def test_a_body_and_role_description_names_the_one_who_opened_a_sentence_with_that_body():
    text = ("Bruno Fernandes rescued a point for Manchester United on Sunday. Villa manager Unai Emery said his "
            "side deserved to win. “A point is fine,” the United captain said. The United captain was upbeat. "
            "“We go again,” he said.")
    written = ["Villa manager Unai Emery", "the United captain", "he"]
    assert resolve_names(text, mentions_of(text, written)) == ["Unai Emery", "Bruno Fernandes", "Bruno Fernandes"]


def test_a_body_named_in_two_peoples_sentences_names_neither():
    text = ("Bruno Fernandes scored for United. Unai Emery said United were lucky. "
            "“A point is fine,” the United captain said.")
    assert resolve_names(text, mentions_of(text, ["the United captain"])) != ["Bruno Fernandes"]


def test_a_description_inside_what_a_reporter_writes_is_not_the_reporter():
    text = ("In his memoir, former aide Tom Barclay writes that the prime minister once told him the policy "
            "was “a disaster”.")
    assert resolve_names(text, mentions_of(text, ["the prime minister"])) == ["the prime minister"]


def test_a_peer_keeps_the_title_a_lone_surname_needs():
    text = "Rail minister Lord Hendy said fares would be frozen. Hendy said more trains would come."
    assert [run.text for run in name_runs(text)][-2:] == ["Lord Hendy", "Hendy"]
    assert resolve_names(text, mentions_of(text, ["Rail minister Lord Hendy", "Hendy"])) == ["Lord Hendy", "Lord Hendy"]


def test_a_sentence_opened_by_a_role_in_apposition_gives_its_subject():
    text = ("Margaret Selby said she feared the works. Her neighbour, Dave Ingram, was more positive. "
            "“My grandchildren will use it,” the retired steelworker said.")
    written = ["Margaret Selby", "the retired steelworker"]
    assert resolve_names(text, mentions_of(text, written)) == ["Margaret Selby", "Dave Ingram"]


def test_a_councillor_is_a_role_a_description_may_hold():
    text = ("Opposition leader Shaffaq Mohammed, of the Liberal Democrats, accused the ruling group of gambling. "
            "The Lib Dem councillor said his party wanted better transport.")
    assert resolve_names(text, mentions_of(text, ["The Lib Dem councillor"])) == ["Shaffaq Mohammed"]


def test_a_document_speaks_for_whoever_issued_it():
    text = ("Keir Starmer spoke first. A statement from Downing Street said talks would go on. "
            "A letter signed by Keir Starmer said the same.")
    written = ["A statement from Downing Street", "A letter signed by Keir Starmer"]
    assert resolve_names(text, mentions_of(text, written)) == ["Downing Street", "Keir Starmer"]


def test_whose_role_and_name_closing_a_mention_name_the_speaker():
    text = ("The plan was opposed by Heathrow's neighbour, the London Borough of Hillingdon, whose leader, Ian Edwards, "
            "said it would bring misery.")
    written = ["Heathrow's neighbour, the London Borough of Hillingdon, whose leader, Ian Edwards"]
    assert resolve_names(text, mentions_of(text, written)) == ["Ian Edwards"]
    assert "London Borough" not in [run.text for run in name_runs(text)]


def test_a_quoted_nickname_between_first_name_and_surname_is_skipped():
    text = 'Tyson "The Gypsy King" Fury said he would fight. Dwayne ‘The Rock’ Johnson spoke. Ask "Big" Questions.'
    assert [run.text for run in name_runs(text)][:2] == ["Tyson Fury", "Dwayne Johnson"]


def test_a_first_name_before_and_shares_the_next_persons_surname():
    text = ("Alan and Susan Whitby have run the bakery for 31 years. Mrs Whitby said costs had risen. "
            "Mr Whitby added that they would miss it. Supporters of Hillary Clinton and Bernie Sanders met.")
    written = ["Mrs Whitby", "Mr Whitby"]
    assert resolve_names(text, mentions_of(text, written)) == ["Susan Whitby", "Alan Whitby"]
    assert "Clinton Sanders" not in [run.text for run in clean_runs(text)]


def test_sir_and_a_first_name_is_the_knight_named_in_full():
    text = ("Sir Gareth Southgate said he was honoured. Sir Gareth, who managed England for eight years, "
            "said he would rest. Dame Judi said nothing.")
    written = ["Sir Gareth, who managed England for eight years,", "Dame Judi"]
    assert resolve_names(text, mentions_of(text, written)) == ["Gareth Southgate", "Dame Judi"]
