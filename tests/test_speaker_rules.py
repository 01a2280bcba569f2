"""Issue 7's speaker rules on hand-made text and hand-made drafts: no model involved."""
from __future__ import annotations

import re

from models.evaluation.formats import nth_index
from models.quotes.results import Quote, Speaker, text_span
from models.quotes.spans.headlines import headline_quotes
from models.quotes.spans.layout import Draft
from models.quotes.spans.nested import hand_nested_reports
from models.quotes.spans.relative import end_relative_clauses, speakers_of_relative_clauses
from models.quotes.speakers import Mention, Resolved, resolve_names
from models.quotes.speakers.descriptions import Profile, fit, parse_description, profile_of
from models.quotes.speakers.groups import speaker_ids, speaker_key, speaker_kind, speaker_list
from models.quotes.speakers.names import PersonMention, first_name_genders, is_name_word, name_runs, sex_of_first_names
from models.quotes.speakers.organisations import organisation_described
from models.quotes.speakers.people import PersonIndex, without_clutter
from models.quotes.speakers.antecedents import candidates_before
from models.quotes.speakers.resolve import anchored_pronoun, mention_contexts, pronoun_chained_before
from models.quotes.speakers.subjects import (closing_reporter, object_pronoun_subject, own_sentence_possessor,
                                             own_sentence_subject, previous_subject)
from tests.test_names import mentions_of


def span_of(text: str, part: str, occurrence: int = 1):
    """The TextSpan of the occurrence-th appearance of part."""
    start = nth_index(text, part, occurrence)
    return text_span(text, start, start + len(part))


def test_names_in_any_script():
    assert all(is_name_word(w) for w in ["Gábor", "Łukasz", "Dvořák", "Jean-Marc", "O’Brien", "J."])
    assert not any(is_name_word(w) for w in ["gábor", "NATO", "1st", "a"])


def test_description_parts():
    assert parse_description("the incoming head of government") == \
        parse_description("The incoming head of government")
    described = parse_description("The Hungarian prime minister")
    assert described.head == "prime minister" and described.time is None
    assert parse_description("the Republican nominee for president").head == "nominee"
    assert parse_description("the president-elect").head == "president"
    assert parse_description("the president-elect").time == "future"
    assert parse_description("the company") is None


def test_fit_needs_the_role_and_ranks_modifiers_then_time():
    boss = parse_description("the Nordwerk boss")
    chief_executive = Profile(roles=(("chief executive", None),), concepts=frozenset({"geo:nord"}))
    union_leader = Profile(roles=(("leader", None),), concepts=frozenset({"union"}))
    mayor = Profile(roles=(("mayor", None),), concepts=frozenset({"geo:nord"}))
    assert fit(boss, chief_executive) > fit(boss, union_leader)
    assert fit(boss, mayor) is None
    incoming = parse_description("the incoming prime minister")
    assert fit(incoming, Profile(roles=(("prime minister", "past"),), concepts=frozenset())) is None
    assert fit(incoming, Profile(roles=(("prime minister", "future"),), concepts=frozenset())) is not None


def test_profile_reads_time_from_the_nearest_marker():
    profile = profile_of([", a former mayor of Malmö, will become prime minister next month"])
    assert ("mayor", "past") in profile.roles and ("prime minister", "future") in profile.roles


def test_descriptions_resolve_by_nationality_office_and_time():
    text = ("Austrian Chancellor Eva Brandt met Hungarian Prime Minister Gábor Kiss. Party officials said Tomas "
            "Lindqvist, a former mayor, will become prime minister. Outgoing Prime Minister Annika Berg agreed. "
            "The Austrian leader spoke. The Hungarian prime minister spoke. The incoming head of government "
            "spoke. The outgoing prime minister spoke.")
    written = ["The Austrian leader", "The Hungarian prime minister", "The incoming head of government",
               "The outgoing prime minister"]
    assert resolve_names(text, mentions_of(text, written)) == \
        ["Eva Brandt", "Gábor Kiss", "Tomas Lindqvist", "Annika Berg"]


def test_first_names_from_beyond_the_census_tell_he_from_she():
    text = "Marit Jonker met Lars Berg and Nkechi Obi in Oslo on Monday. She said the talks went well. He said little."
    assert resolve_names(text, mentions_of(text, ["She", "He"])) == ["Marit Jonker", "Lars Berg"]
    assert sex_of_first_names()["Priya"] == "f" and "Priya" not in first_name_genders()
    assert sex_of_first_names()["Liam"] == "m" and sex_of_first_names()["Isla"] == "f"  # 96.9% and 96.1% of their people
    assert sex_of_first_names()["Lindsey"] == first_name_genders()["Lindsey"]  # the census list decides its own names


def test_a_pronoun_opening_a_sentence_is_the_previous_sentence_subject():
    text = ("Senator Laura Whitfield and Representative Dana Ortiz clashed on Thursday. Whitfield said the bill was "
            "cruel. Ortiz disagreed. She said the program had grown. Whitfield spoke again. The Ortiz plan "
            "failed. She said it was over.")
    assert resolve_names(text, mentions_of(text, ["Whitfield", "She", "Whitfield", "She"])) == \
        ["Laura Whitfield", "Dana Ortiz", "Laura Whitfield", "Laura Whitfield"]


def test_people_placed_by_a_name_are_not_that_person():
    text = ("Kenya's central bank governor, Daniel Mwangi, spoke. Analysts at Standard Chartered spoke. The central "
            "bank chief spoke. Aides to Mr. Mwangi spoke. Secretary of State Ana Ruiz spoke. David French of the "
            "National Retail Federation spoke.")
    written = ["Kenya's central bank governor, Daniel Mwangi", "Analysts at Standard Chartered", "The central bank chief",
               "Aides to Mr. Mwangi", "Secretary of State Ana Ruiz", "David French of the National Retail Federation"]
    assert resolve_names(text, mentions_of(text, written)) == ["Daniel Mwangi", "Analysts at Standard Chartered",
                                                               "Daniel Mwangi", "Aides to Mr. Mwangi", "Ana Ruiz",
                                                               "David French"]


def test_descriptions_of_office_to_come_left_and_held():
    text = ("The Labour Party chose Nadia Rahman, a former teacher, to succeed Tom Ashby as leader. The leader-elect "
            "spoke. The outgoing leader spoke. Greek Finance Minister Nikos Petrakis and his Portuguese counterpart, "
            "Rui Almeida, met. The Portuguese official spoke. A Greek official spoke. The official spoke.")
    written = ["The leader-elect", "The outgoing leader", "The Portuguese official", "A Greek official", "The official"]
    assert resolve_names(text, mentions_of(text, written)) == \
        ["Nadia Rahman", "Tom Ashby", "Rui Almeida", "A Greek official", "A Greek official"]  # the unnamed one again


def test_a_name_closing_an_indefinite_mention_speaks_unless_one_of_many():
    text = ("According to a report in the Daily Courier, Defence Minister Tomasz Wrona told colleagues so. Many "
            "Germans, including Chancellor Angela Merkel, were alarmed.")
    written = ["a report in the Daily Courier, Defence Minister Tomasz Wrona", "Many Germans, including Chancellor Angela Merkel"]
    assert resolve_names(text, mentions_of(text, written)) == ["Tomasz Wrona", written[1]]


def test_descriptions_read_abbreviated_titles_states_and_regnal_names():
    text = ("Sen. Maria Delgado of New Mexico and Sen. Robert Hale of Ohio introduced a bill. Delgado spoke. The Ohio "
            "senator spoke. Pope Leo arrived. The pontiff spoke. Former Sen. Ann Pike met Sen. John Reed. The former "
            "senator spoke. State Attorney General Ann Cole spoke. The attorney general spoke.")
    written = ["Delgado", "The Ohio senator", "The pontiff", "The former senator", "The attorney general"]
    assert resolve_names(text, mentions_of(text, written)) == \
        ["Maria Delgado", "Robert Hale", "Pope Leo", "Ann Pike", "Ann Cole"]


def test_a_description_after_an_unnamed_one_is_that_one_unless_the_last_speaker_fits():
    text = "A spokeswoman for the airline said so. Union leader Marco Bianchi said more. The spokeswoman said again."
    written = ["A spokeswoman for the airline", "Union leader Marco Bianchi", "The spokeswoman"]
    assert resolve_names(text, mentions_of(text, written))[2] == "A spokeswoman for the airline"
    fits = "A spokeswoman for the airline said so. Union spokeswoman Eva Lind said more. The spokeswoman said again."
    written = ["A spokeswoman for the airline", "Union spokeswoman Eva Lind", "The spokeswoman"]
    assert resolve_names(fits, mentions_of(fits, written))[2] == "Eva Lind"


def test_a_clause_subject_before_a_name_is_not_its_title():
    text = ("Former Prime Minister Helen Clarke criticised her successor, Prime Minister Ben Walsh. The ex-premier "
            "spoke. The prime minister said Clarke had left him an empty cupboard.")
    assert resolve_names(text, mentions_of(text, ["The ex-premier", "The prime minister"])) == ["Helen Clarke", "Ben Walsh"]


def test_a_predecessor_or_successor_is_the_one_succeeded():
    text = ("Eleni Papadaki was sworn in on Monday, succeeding Nikos Stavrou. Her predecessor spoke. Stavrou had "
            "said he would be succeeded by Ana Ruiz as chair of the board. His successor spoke.")
    assert resolve_names(text, mentions_of(text, ["Her predecessor", "His successor"])) == ["Nikos Stavrou", "Ana Ruiz"]


def test_kin_named_by_a_stated_family_tie():
    text = ("Tom Keller and his daughter, Sara Keller, farm here. Sara Keller spoke. Her father spoke. Amir Said "
            "spoke. Said's wife, Lina Said, spoke. His wife spoke.")
    assert resolve_names(text, mentions_of(text, ["Her father", "His wife"])) == ["Tom Keller", "Lina Said"]


def test_a_child_or_spouse_with_no_stated_tie_is_the_one_other_person_of_the_owners_surname_and_sex():
    text = ("Son speaks\n\nAs Donald Trump spoke in Ohio, his son said the campaign was just getting started.\n\n"
            "Eric Trump, son of the front-runner, told Fox News that his father would win.")
    assert resolve_names(text, mentions_of(text, ["his son"])) == ["Eric Trump"]
    two = text.replace("Eric Trump, son", "Eric Trump and Barron Trump, sons")
    assert resolve_names(two, mentions_of(two, ["his son"])) == ["his son"]  # two sons: no one
    father = "Brothers\n\nFred Trump spoke, and his brother Donald Trump listened. Later his father said no."
    assert resolve_names(father, mentions_of(father, ["his father"])) != ["Donald Trump"]


def test_a_pronoun_in_a_clause_after_the_subject_takes_that_subject_past_modifiers_of_its_role():
    text = ("Court\n\nOn the Republican side, leading candidate Donald Trump caused consternation in December, when "
            "he criticized Scalia. Senior adviser Anna Reyes resigned in March, when she lost the vote.")
    index = PersonIndex(text)
    assert own_sentence_subject(index, text.index("he criticized"), "m") == "Donald Trump"
    assert own_sentence_subject(index, text.index("she lost"), "f") == "Anna Reyes"


def test_a_pronoun_opening_a_sentence_after_a_quote_a_pronoun_signed_chains_to_that_signer():
    text = ("Swap\n\nFormer Representative Peter Hoekstra criticised the deal. ''It should be all or none,'' Mr. "
            "Hoekstra said.\n\nSecretary of State John Kerry said the men were close to release. ''What we gave up "
            "was little,'' he told Fox News.\n\nHe denied that the exchange would encourage more arrests.")
    he = text.index("He denied")
    mentions = mentions_of(text, ["Mr. Hoekstra", "Secretary of State John Kerry"]) + [
        Mention("he", text.index("he told"), text.index("he told") + 2), Mention("He", he, he + 2)]
    assert resolve_names(text, mentions)[2:] == ["John Kerry", "John Kerry"]


def test_whom_opens_a_clause_whose_pronoun_is_the_sentence_subject_and_a_fronted_time_skips_an_owner():
    text = ("March\n\nAmnesty International spokesman Eric Ferrero said observers walked with the marchers, whom he "
            "described as peaceful.")
    assert own_sentence_subject(PersonIndex(text), text.index("he described"), "m") == "Eric Ferrero"
    memo = ("Race\n\nSanders won Wisconsin. On Monday night, Clinton campaign manager Robby Mook released a memo.\n\n"
            "He writes that Clinton has a lead.")
    assert previous_subject(PersonIndex(memo), memo.index("He writes"), "m") == "Robby Mook"


def test_the_so_called_group_is_its_name_and_the_group_the_body_opening_the_sentence_before():
    text = ("Attacks\n\nBoth attacks were claimed by the so-called Islamic State. The Trayvon Martin Foundation did "
            "not want to comment. \"We are focused on our mission,\" the group said.")
    assert resolve_names(text, mentions_of(text, ["the so-called Islamic State", "the group"])) == \
        ["Islamic State", "The Trayvon Martin Foundation"]


def test_who_after_a_party_tag_is_the_lawmaker_and_who_have_after_an_example_is_the_group():
    text = ("Guns\n\n\"It is the beginning,\" said Sen. Richard Blumenthal (D-Conn.), who's been pushing for new "
            "rules. The campaign is relying on state legislators such as Bamberg who have endorsed him.")
    second = text.index("who have")
    mentions = mentions_of(text, ["who"]) + [Mention("who", second, second + 3)]
    assert resolve_names(text, mentions) == ["Richard Blumenthal", "state legislators"]
    three = "Corker teamed up with Sens. Joe Manchin (D-W.Va.) and Marco Rubio (R-Fla.), all of whom opposed the deal."
    assert resolve_names(three, mentions_of(three, ["all of whom"])) != ["Marco Rubio"]


def test_a_service_before_a_first_name_is_no_part_of_the_name():
    text = ("Benghazi\n\nFormer CIA operative and Marine John Tiegen spoke. Marine Le Pen spoke too. \"It was wrong,\" "
            "Tiegen said.")
    assert resolve_names(text, mentions_of(text, ["Tiegen", "Marine Le Pen"])) == ["John Tiegen", "Marine Le Pen"]


def test_a_group_with_named_examples_is_the_group_and_an_armed_group_description_the_group_named_before():
    text = ("Syria\n\nJeb Bush and Marco Rubio spoke. Even the field's biggest hawks, like Rubio and Bush, say the "
            "troops should be Arab. Sarah Palin sent ISIS a message after she learned that the terrorist organization "
            "had issued a decree.")
    mentions = mentions_of(text, ["the field's biggest hawks, like Rubio and Bush,", "the terrorist organization"])
    assert resolve_names(text, mentions) == ["the field's biggest hawks", "ISIS"]


def test_kin_given_a_first_name_before_is_named_with_the_owners_surname():
    text = ("Cruz\n\nThe change infuriated his father, Rafael, who fled Cuba in 1957, Ted Cruz wrote. For two years, "
            "his father refused to call him Ted.")
    second = text.index("his \nfather") if "his \nfather" in text else text.rindex("his father")
    assert resolve_names(text, [Mention("his father", second, second + 10)]) == ["Rafael Cruz"]


def test_which_after_a_quoted_title_and_its_author_is_the_title_and_that_joined_by_and_which_is_one_antecedent():
    text = ("Books\n\nMelville House plans to release ''The Making of Donald Trump,'' by the Pulitzer Prize-winning "
            "reporter David Cay Johnston, which chronicles his rise. It was a reversal for a party that was founded "
            "to abolish slavery, and which supported civil rights laws.")
    first, second = text.index("which chronicles"), text.index("which supported")
    assert resolve_names(text, [Mention("which", first, first + 5), Mention("which", second, second + 5)]) == \
        ["The Making of Donald Trump", "a party"]


def test_a_journalist_is_a_role_and_her_campaigns_leadership_is_no_one_person():
    text = ("Ramos\n\nJorge Ramos spoke to reporters. But the star journalist, who is promoting his 12th book, "
            "downplayed his influence. Clinton was more conciliatory than her campaign's leadership, who criticized "
            "Sanders.")
    who = text.index("who criticized")
    assert resolve_names(text, mentions_of(text, ["the star journalist"]) + [Mention("who", who, who + 3)]) == \
        ["Jorge Ramos", "her campaign's leadership"]


def test_possessives_end_names_and_they_takes_a_plural_subject():
    text = ("Kenya's Ruth Chebet ran. Chebet spoke. Trump’s Son spoke. Residents of the Eastgate estate packed a "
            "meeting. They said no.")
    assert resolve_names(text, mentions_of(text, ["Chebet", "Trump’s Son"])) == ["Ruth Chebet", "Trump’s Son"]
    assert resolve_names(text, mentions_of(text, ["They"])) == ["Residents of the Eastgate estate"]
    things = "Smaller expenditures came from groups. They said more."
    assert resolve_names(things, mentions_of(things, ["They"])) == ["They"]


def test_a_role_stepped_down_from_is_a_former_one():
    text = ("Streamly founder Noor Aziz stepped down as chief executive on Monday. Tom Bell was named chief executive. "
            "Bell spoke. The former chief executive spoke.")
    assert resolve_names(text, mentions_of(text, ["Bell", "The former chief executive"])) == ["Tom Bell", "Noor Aziz"]


def test_a_pronoun_signing_a_quote_is_the_subject_before_the_quote():
    text = ("Donald Trump spoke on Monday. Reince Priebus, the GOP chairman, this past week announced a website. "
            "“Conventions are democracy in action,” he said. Cruz is right on the issues, Richard Viguerie argues. "
            "“Cruz is our best debater,” he says.")
    start = text.index("he said")
    assert resolve_names(text, [Mention("he", start, start + 2)]) == ["Reince Priebus"]
    # the subject of a reported sentence is not its reporter; the quote after it is the reporter's
    assert previous_subject(PersonIndex(text), text.index("he says"), "m") == "Richard Viguerie"


def test_a_named_body_with_an_apposition_is_the_body():
    text = ("Howard Dean spoke. The Democratic Leadership Council, the centrist organization that then-Arkansas Gov. "
            "Bill Clinton chaired in the early 1990s, said so.")
    written = "The Democratic Leadership Council, the centrist organization that then-Arkansas Gov. Bill Clinton chaired " \
              "in the early 1990s,"
    assert resolve_names(text, mentions_of(text, [written])) == ["The Democratic Leadership Council"]


def test_a_senator_is_no_congressman_but_both_are_lawmakers():
    text = "Rep. Elijah Cummings spoke. Sen. Ann Cole spoke. Rep. Tom Reed spoke. The senator spoke. The lawmaker spoke."
    assert resolve_names(text, mentions_of(text, ["The senator"])) == ["Ann Cole"]
    assert resolve_names(text, mentions_of(text, ["The lawmaker"])) == ["Tom Reed"]


def test_a_sports_role_falls_back_to_the_last_speaker():
    text = "Captain Kofi Mensah said the players felt responsible. The midfielder said more."
    assert resolve_names(text, mentions_of(text, ["Captain Kofi Mensah", "The midfielder"])) == ["Kofi Mensah"] * 2


def test_a_description_never_names_an_organisation():
    text = "The head of Solvex Semiconductors, Priya Raman, spoke. The Solvex boss said more."
    assert resolve_names(text, mentions_of(text, ["The head of Solvex Semiconductors, Priya Raman",
                                                 "The Solvex boss"])) == ["Priya Raman", "Priya Raman"]


def test_relative_pronoun_takes_its_antecedent():
    text = "Governor Mark Ellison, who had promised reform, signed the bill. The city, which said no, sued."
    who = text.index("who")
    which = text.index("which")
    assert resolve_names(text, [Mention("who", who, who + 3), Mention("which", which, which + 5)]) == \
        ["Mark Ellison", "The city"]


def test_clutter_glued_to_a_name_is_cut():
    text = "Metro Herald Politics Anna Lopez\nCouncil member Anna Lopez said so."
    run = PersonMention(0, 32, ("Metro", "Herald", "Politics", "Anna", "Lopez"))
    assert without_clutter(text, run, {("Anna", "Lopez")}).words == ("Anna", "Lopez")
    sentence = "Aung San Suu Kyi visited Washington. Suu Kyi said so."
    run = PersonMention(0, 16, ("Aung", "San", "Suu", "Kyi"))
    assert without_clutter(sentence, run, {("Suu", "Kyi")}).words == ("Aung", "San", "Suu", "Kyi")


def test_the_former_and_the_latter_are_the_last_two_people_named():
    text = ("The contest is between Defence Secretary John Healey and Energy Secretary Ed Miliband. "
            "The latter said he would win. The former said no.")
    latter, former = text.index("The latter"), text.index("The former")
    assert resolve_names(text, [Mention("The latter", latter, latter + 10), Mention("The former", former, former + 10)]) \
        == ["Ed Miliband", "John Healey"]
    alone = "Ed Miliband spoke. The latter said so."
    assert resolve_names(alone, [Mention("The latter", 19, 29)]) == ["The latter"]


def test_a_first_name_with_an_accent_names_the_one_person_of_that_first_name():
    text = "Brazil forward Vinícius Júnior returned on Thursday.\n\nVinícius said he felt fine."
    mentioned = text.rindex("Vinícius")
    assert resolve_names(text, [Mention("Vinícius", mentioned, mentioned + 8)]) == ["Vinícius Júnior"]


def test_the_official_is_the_unnamed_official_a_quote_introduced():
    text = ("A senior official familiar with the talks said the obstacle was a list. "
            "“Every name is a fight,” the official said. The nominee said nothing.")
    first, later = text.index("A senior official"), text.index("the official")
    assert resolve_names(text, [Mention("A senior official familiar with the talks", first, first + 41),
                                Mention("the official", later, later + 12)]) == \
        ["A senior official familiar with the talks", "A senior official familiar with the talks"]
    nominee = text.index("The nominee")
    assert resolve_names(text, [Mention("A senior official familiar with the talks", first, first + 41),
                                Mention("The nominee", nominee, nominee + 11)])[1] == "The nominee"


def test_a_first_name_that_is_a_surname_particle_cuts_no_clutter():
    text = "Mediator Tamim Al Thani said so. Coach Joost Van Dijk agreed."
    run = PersonMention(9, 23, ("Tamim", "Al", "Thani"))
    assert without_clutter(text, run, set()).words == ("Tamim", "Al", "Thani")
    run = PersonMention(39, 53, ("Joost", "Van", "Dijk"))
    assert without_clutter(text, run, set()).words == ("Joost", "Van", "Dijk")


def test_names_never_run_over_a_line_break():
    text = "Related Stories Transport Budget Raj Patel\nTransport director Raj Patel said the lanes would open."
    mentioned = text.index("Transport director")
    assert resolve_names(text, [Mention("Transport director Raj Patel", mentioned, mentioned + 28)]) == ["Raj Patel"]


def test_nested_report_hands_quoted_words_to_the_inner_speaker():
    text = ("Writer Dana Whitfield reported that the city treasurer, Omar Haddad, had warned colleagues the "
            "budget was “built on sand”.")
    content = span_of(text, "that the city treasurer, Omar Haddad, had warned colleagues the budget was “built on sand”")
    draft = Draft(fragments=[content], source=span_of(text, "Writer Dana Whitfield"), cue=span_of(text, "reported"))
    [handed] = hand_nested_reports(text, [draft])
    assert handed.fragments[0].text == "the budget was “built on sand”"
    assert handed.source.text == "the city treasurer, Omar Haddad" and handed.cue.text == "warned"


def test_unquoted_reports_and_pronoun_subjects_stay_with_the_reporter():
    text = "Mook said that Trump tells so many lies that Clinton must fact check him. He said he told them “no”."
    first = Draft(fragments=[span_of(text, "that Trump tells so many lies that Clinton must fact check him")],
                  source=span_of(text, "Mook"), cue=span_of(text, "said"))
    second = Draft(fragments=[span_of(text, "he told them “no”")], source=span_of(text, "He"),
                   cue=span_of(text, "said", 2))
    kept = hand_nested_reports(text, [first, second])
    assert [d.source.text for d in kept] == ["Mook", "He"]


def test_frame_only_content_before_its_words_is_dropped():
    text = "Reporter Sam Ode wrote that the former minister, Ines Calder, had described the plan as “a gamble”."
    frame = Draft(fragments=[span_of(text, "that the former minister, Ines Calder, had described")],
                  source=span_of(text, "Reporter Sam Ode"), cue=span_of(text, "wrote"))
    words = Draft(fragments=[span_of(text, "the plan as “a gamble”")], source=span_of(text, "Reporter Sam Ode"),
                  cue=span_of(text, "wrote"))
    [kept] = hand_nested_reports(text, [frame, words])
    assert kept.fragments[0].text == "the plan as “a gamble”" and kept.source.text == "the former minister, Ines Calder"


def test_according_to_frame_hands_the_next_words_to_its_subject():
    text = "According to a memo seen by Reuters, chief executive Lars Holm told staff that the airline would cut flights."
    memo, according = span_of(text, "a memo seen by Reuters"), span_of(text, "According to")
    frame = Draft(fragments=[span_of(text, "chief executive Lars Holm told")], source=memo, cue=according)
    words = Draft(fragments=[span_of(text, "that the airline would cut flights")], source=memo, cue=according)
    [kept] = hand_nested_reports(text, [frame, words])
    assert kept.fragments[0].text == "that the airline would cut flights"
    assert kept.source.text == "chief executive Lars Holm" and kept.cue.text == "told"


def test_a_frame_under_an_ordinary_cue_keeps_unquoted_words_with_the_reporter():
    text = "Reporter Sam Ode wrote that the minister, Ines Calder, told staff the plan was a gamble."
    reporter, wrote = span_of(text, "Reporter Sam Ode"), span_of(text, "wrote")
    frame = Draft(fragments=[span_of(text, "that the minister, Ines Calder, told")], source=reporter, cue=wrote)
    words = Draft(fragments=[span_of(text, "the plan was a gamble")], source=reporter, cue=wrote)
    kept = hand_nested_reports(text, [frame, words])
    assert [d.source.text for d in kept] == ["Reporter Sam Ode", "Reporter Sam Ode"]


def test_relative_clause_content_ends_at_the_closing_comma():
    text = "Coach Luis Ortega, who said his squad could “beat anyone”, faced questions after the defeat."
    draft = Draft(fragments=[span_of(text, "his squad could “beat anyone”, faced questions after the defeat")],
                  source=span_of(text, "who"))
    [cut] = end_relative_clauses(text, [draft])
    assert cut.fragments[0].text == "his squad could “beat anyone”"


def test_relative_clause_content_ends_at_a_comma_inside_its_closing_mark():
    text = 'The Medicines Pricing Board, which has warned that costs are "spiralling," will publish new rules in March.'
    draft = Draft(fragments=[span_of(text, 'that costs are "spiralling," will publish new rules in March')],
                  source=span_of(text, "which"))
    [cut] = end_relative_clauses(text, [draft])
    assert cut.fragments[0].text == 'that costs are "spiralling,"'


def test_a_report_inside_a_relative_clause_is_the_relative_pronouns():
    text = ("Critics of Mayor Dana Whitlock, who insisted last week that the budget was “fully funded”, say the city "
            "faces a deficit.")
    inside = Draft(fragments=[span_of(text, "the budget was “fully funded”")],
                   source=span_of(text, "Critics of Mayor Dana Whitlock"))
    after = Draft(fragments=[span_of(text, "the city faces a deficit")],
                  source=span_of(text, "Critics of Mayor Dana Whitlock"))
    drafts = speakers_of_relative_clauses(text, [inside, after])
    assert [d.source.text for d in drafts] == ["who", "Critics of Mayor Dana Whitlock"]


def test_headline_quotes_are_direct_quotes_of_the_headline_subject():
    text = ("Okafor Says Reform Is ‘Long Overdue’\nOkafor Says Reform Is ‘Long Overdue’\n\n"
            "Health Minister Grace Okafor defended the plan.\n")
    model_found = Draft(fragments=[span_of(text, "Reform Is ‘Long Overdue’")], source=span_of(text, "Okafor"),
                        cue=span_of(text, "Says"))
    drafts = headline_quotes(text, [model_found])
    assert [d.fragments[0].text for d in drafts] == ["‘Long Overdue’", "‘Long Overdue’"]
    assert drafts[1].source.text == "Okafor" and drafts[1].cue.text == "Says"
    assert drafts[1].fragments[0].start > drafts[0].fragments[0].start


def test_titles_of_works_in_headlines_are_not_quotes():
    text = "Director Anna Berg Premieres Film ‘Cold Harbour’ in Venice\n\nAnna Berg said she was proud.\n"
    assert headline_quotes(text, []) == []


def test_speaker_kinds():
    assert speaker_kind(Resolved("Eva Brandt", True)) == "person"
    assert speaker_kind(Resolved("the city council", False)) == "organisation"
    assert speaker_kind(Resolved("Nordwerk", False)) == "organisation"
    assert speaker_kind(Resolved("officials", False)) == "unnamed"
    assert speaker_kind(Resolved("Critics", False)) == "unnamed"
    assert speaker_kind(Resolved("a spokesman", False)) == "unnamed"
    assert speaker_kind(Resolved("the Nobel laureate", False)) == "unnamed"
    assert speaker_kind(Resolved("the German chancellor", False)) == "unnamed"
    assert speaker_kind(Resolved("Mr Xi", False)) == "person"
    assert speaker_kind(Resolved("Trump supporters", False)) == "unnamed"
    assert speaker_kind(Resolved("Clinton aides", False)) == "unnamed"


def test_speaker_ids_are_shared_by_key_in_order_of_first_appearance():
    keys = [speaker_key("Loretta E. Lynch", "person"), None, speaker_key("The ministry", "organisation"),
            speaker_key("Loretta Lynch", "person"), speaker_key("the Ministry", "organisation")]
    assert speaker_ids(keys) == ["s1", None, "s2", "s1", "s2"]


def test_speaker_list_counts_quotes_per_id():
    def quote(speaker):
        return Quote("“x”", 0, 3, "direct", 0.9, [], speaker)
    brandt = Speaker("Eva Brandt", "she", 0, 3, 0.9, "s1", "person")
    ministry = Speaker("the ministry", "the ministry", 0, 12, 0.9, "s2", "organisation")
    listed = speaker_list([quote(brandt), quote(None), quote(ministry), quote(brandt)])
    assert listed == [{"id": "s1", "name": "Eva Brandt", "kind": "person", "quotes": 2},
                      {"id": "s2", "name": "the ministry", "kind": "organisation", "quotes": 1}]


def test_antecedent_scorer_pieces():
    from models.quotes.speakers.antecedents import FEATURES, candidates_before, choose, features, weights
    from models.quotes.speakers.people import PersonIndex
    text = ("Mayor Ana Silva met Governor Tom Reed on Monday. Reed said little. Silva spoke for an hour, and "
            "afterwards she said the talks went well.")
    index = PersonIndex(text)
    position = text.index("she said")
    candidates = candidates_before(index, position, "f")
    assert {c.name for c in candidates} == {"Ana Silva", "Tom Reed"}
    rows = features(index, position, "f", ["Tom Reed"], candidates)
    assert all(len(row) == len(FEATURES) for row in rows)
    assert len(weights()) == len(FEATURES)  # the shipped weights match the features
    gender_only = tuple(1.0 if name == "gender_match" else 0.0 for name in FEATURES)
    best, probability = choose(rows, gender_only)
    assert candidates[best].name == "Ana Silva" and probability > 0.5


def test_learned_and_rule_pronouns_agree_on_a_plain_case():
    text = "Health Minister Grace Okafor defended the plan. “It is overdue,” she said."
    she = text.index("she")
    assert resolve_names(text, [Mention("she", she, she + 3)]) == ["Grace Okafor"]
    assert resolve_names(text, [Mention("she", she, she + 3)], learned=False) == ["Grace Okafor"]


def test_page_furniture_and_lone_words_are_not_quotes():
    from models.quotes.spans.junk import drop_junk, furniture
    text = ("Photo: Fire crews at the scene. (Reuters)\nBy Laura Chen, Staff Writer\nRead more: Farmers ask for aid\n"
            "Video shows that the driver stopped.\nNo quotes here.\n")
    assert furniture(text, 0) and furniture(text, text.index("Laura")) and furniture(text, text.index("Farmers"))
    assert not furniture(text, text.index("Video"))
    caption = Draft(fragments=[span_of(text, "Fire crews at the scene")], source=span_of(text, "Laura Chen, Staff Writer"))
    lone = Draft(fragments=[span_of(text, "No")])
    sentence = Draft(fragments=[span_of(text, "the driver stopped")], source=span_of(text, "Video"),
                     cue=span_of(text, "shows"))
    assert drop_junk(text, [caption, lone, sentence]) == [sentence]


def test_headline_content_needs_its_speaker_and_a_speech_verb_in_the_headline():
    from models.quotes.spans.junk import drop_junk
    text = "Council Delays Vote on Housing Plan\nMayor Says Plan Is Sound\n\nCouncillor Ben Osei said it needed work.\n"
    action = Draft(fragments=[span_of(text, "Housing Plan")], source=span_of(text, "Council"),
                   cue=span_of(text, "Delays"))
    spoken = Draft(fragments=[span_of(text, "Plan Is Sound")], source=span_of(text, "Mayor"), cue=span_of(text, "Says"))
    borrowed = Draft(fragments=[span_of(text, "Plan Is Sound")], source=span_of(text, "Councillor Ben Osei"),
                     cue=span_of(text, "said"))
    assert drop_junk(text, [action, spoken, borrowed]) == [spoken]


def test_an_apostrophe_in_a_headline_word_is_no_quote_mark():
    from models.quotes.spans.junk import drop_junk
    text = "Envoy's cable leaked\n\nAccording to a leaked cable, the envoy called the plan “a mess”.\n"
    headline = Draft(fragments=[span_of(text, "Envoy's cable leaked")], source=span_of(text, "a leaked cable"),
                     cue=span_of(text, "According to"))
    assert drop_junk(text, [headline]) == []


def test_a_relative_clause_in_a_speaker_mention_names_no_one():
    text = "The city's finance director, Omar Price, who has warned of shortfalls for months, said the gap was large."
    written = "The city's finance director, Omar Price, who has warned of shortfalls for months"
    assert resolve_names(text, mentions_of(text, [written])) == ["Omar Price"]


def test_a_headline_never_speaks_the_body_words():
    from models.quotes.spans.junk import drop_junk
    text = "Mayor under fire\n\nCritics say the city faces a deficit.\n"
    draft = Draft(fragments=[span_of(text, "the city faces a deficit")], source=span_of(text, "Mayor under fire"),
                  cue=span_of(text, "say"))
    [kept] = drop_junk(text, [draft])
    assert kept.source is None


def test_a_menu_above_the_headline_does_not_push_it_out():
    from models.quotes.spans.headlines import headline_lines
    text = ("Skip to content\nMenu\nSearch\nThe Daily Ledger\nPOLITICS\nMayor Vows 'No More Potholes'\n"
            "Mayor Vows 'No More Potholes'\nBy Kevin Marsh\nMayor Teresa Alvarez promised on Monday to fix the roads.\n")
    lines = [text[s:e] for s, e in headline_lines(text)]
    assert lines.count("Mayor Vows 'No More Potholes'") == 2
    assert not any("promised" in line for line in lines)


def test_a_relative_pronoun_with_a_tail_is_the_pronoun_alone():
    from models.quotes.spans.assembly import trim_mention
    text = "Owen Pike, who last year warned that bills would rise, confirmed it."
    assert trim_mention(text, span_of(text, "who last year")).text == "who"


def test_a_name_closing_an_apposition_after_a_role_speaks():
    text = ("Coach under pressure\n\nAccording to an interview published by the Evening Post, club owner "
            "Lars Brandt said the coach had one more month.")
    mentions = mentions_of(text, ["an interview published by the Evening Post, club owner Lars Brandt"])
    assert resolve_names(text, mentions) == ["Lars Brandt"]


def test_an_age_with_a_plain_noun_names_the_person_nearby():
    text = ("Lumo raised 40 million euros this week. Its founder, Claire Dubois, started the company in 2019.\n\n"
            "The 34-year-old entrepreneur said the money would pay for a factory.")
    assert resolve_names(text, mentions_of(text, ["The 34-year-old entrepreneur"])) == ["Claire Dubois"]


def test_a_counterpart_holds_the_others_office_but_not_the_others_nationality():
    text = ("Norwegian Foreign Minister Ingrid Solheim and her Icelandic counterpart, Jon Einarsson, met in Oslo.\n\n"
            "The Norwegian minister said talks went well. The Icelandic minister said a deal was months away.")
    mentions = mentions_of(text, ["The Norwegian minister", "The Icelandic minister"])
    assert resolve_names(text, mentions) == ["Ingrid Solheim", "Jon Einarsson"]


def test_a_predecessor_held_the_others_office_before():
    text = ("Prime Minister Elena Varga welcomed the return of her predecessor, Karl Hoffer, to parliament.\n\n"
            "The former prime minister said he had unfinished business. The prime minister said she was glad.")
    mentions = mentions_of(text, ["The former prime minister", "The prime minister"])
    assert resolve_names(text, mentions) == ["Karl Hoffer", "Elena Varga"]


def test_a_sentence_opening_gerund_or_conjunction_is_no_part_of_a_name():
    text = ("Debating Clinton's character.\n\nHillary Clinton has expressed frustration. And Clinton campaign "
            "Chairman John Podesta agreed. “I was taken aback,” she said.")
    assert resolve_names(text, mentions_of(text, ["“I was taken aback,”", "she"])[1:]) == ["Hillary Clinton"]


def test_a_headline_pronoun_names_the_person_the_article_then_names():
    text = "Republican assails elites as he accepts party nomination\n\nCLEVELAND - Donald Trump painted a dark picture."
    assert resolve_names(text, mentions_of(text, ["elites as", "he"])[1:]) == ["Donald Trump"]
    body = "Voters were angry. He said so. Later, Donald Trump spoke."  # no cataphora across sentences
    assert resolve_names(body, mentions_of(body, ["He"])) == ["He"]


def test_an_age_description_names_the_person_just_introduced_not_the_last_speaker():
    text = ("“We will march,” said organiser Joel Bradshaw.\n\n"
            "David Seacord parked his bike at Washington and Broad Streets.\n\n"
            "The 68-year-old Oregon native said he had driven from the West Coast.")
    mentions = mentions_of(text, ["organiser Joel Bradshaw", "The 68-year-old Oregon native"])
    assert resolve_names(text, mentions) == ["Joel Bradshaw", "David Seacord"]


def test_a_relative_pronouns_phrase_is_cut_to_its_name_and_a_predicate_names_its_subject():
    cases = [("Rulings of interest to business include Citizens United, which struck down limits.", "which",
              "Citizens United"),
             ("Politifact traced it to a website called Real News Right Now, which posts fake stories.", "which",
              "Real News Right Now"),
             ("He will need to persuade Sanders’ supporters who are skeptical.", "who", "Sanders’ supporters"),
             ("Joe Biden plays the ambassador. Elizabeth Warren is the party unifier who speaks to liberals.", "who",
              "Elizabeth Warren")]
    for text, pronoun, want in cases:
        assert resolve_names(text, mentions_of(text, [pronoun])) == [want], text


def test_a_pronoun_after_an_unnamed_speakers_sentence_is_that_speaker():
    text = ("Victor Pinchuk hosted the dinner. A representative for Mr. Pinchuk said the inquiry had nothing to do "
            "with it. He added that 100 other people had attended.")
    mentions = mentions_of(text, ["A representative for Mr. Pinchuk", "He"])
    assert resolve_names(text, mentions) == ["A representative for Mr. Pinchuk"] * 2


def test_a_speaker_mention_loses_a_dangling_relative_clause_start():
    from models.quotes.spans.assembly import trim_mention
    text = "Christie, who has called Clinton a disgrace, spoke."
    assert trim_mention(text, span_of(text, "Christie, who has")).text == "Christie"


def test_who_after_a_full_name_with_an_uncommon_first_name_and_an_apposition_is_that_person():
    text = "The plan was attacked by Oskar Lind, a former finance minister, who called it reckless."
    assert resolve_names(text, mentions_of(text, ["who"])) == ["Oskar Lind"]
    place = ("His comments were derided by Armin Laschet, the leader of the opposition in North-Rhine Westphalia, "
             "who suggested the minister keep quiet.")
    assert resolve_names(place, mentions_of(place, ["who"])) == ["Armin Laschet"]


def test_a_word_qualifying_a_role_before_a_name_is_no_person():
    text = ("Former Brazil striker Caio Mendes was named coach on Tuesday. The 41-year-old said he had "
            "unfinished business.")
    assert resolve_names(text, mentions_of(text, ["The 41-year-old"])) == ["Caio Mendes"]


def test_the_name_after_led_by_leads_the_organisation_before_it():
    text = ("Health Minister Karin Voss reached a deal with the nurses' union, led by Per Aalto, early on Saturday. "
            "The minister said it was costly. The union leader said nurses would return.")
    assert resolve_names(text, mentions_of(text, ["The minister", "The union leader"])) == ["Karin Voss", "Per Aalto"]


def test_a_possessed_mention_stays_as_written_but_its_owner_stays_the_last_person():
    text = ("Democratic candidate Martin O’Malley is shifting staff to Iowa. O’Malley’s campaign says it will "
            "move staff. He has been ratcheting up his critique. Trump's campaign manager Kellyanne Conway said no.")
    mentions = mentions_of(text, ["O’Malley’s campaign", "He", "Trump's campaign manager Kellyanne Conway"])
    assert resolve_names(text, mentions) == ["O’Malley’s campaign", "Martin O’Malley", "Kellyanne Conway"]


def test_a_headline_name_after_a_title_names_a_surname_the_body_uses_alone():
    text = ("‘We Will Not Be Silenced,’ Says Protest Leader Amal Haddad\n\n"
            "Thousands marched on Saturday. Haddad told the crowd that the protests would continue.")
    assert resolve_names(text, mentions_of(text, ["Haddad told"[:6]])) == ["Amal Haddad"]
    verb = "This Senator Endorsed Trump\n\nAlabama Sen. Jeff Sessions said Trump would win."
    assert resolve_names(verb, mentions_of(verb, ["Sessions"])) == ["Jeff Sessions"]


def test_the_democrat_and_the_republican_are_the_party_members_just_named():
    text = ("Republican Dale Hutchins and Democrat Maria Espinoza met for their only debate. The Democrat said she "
            "would expand the program. The Republican said it would bankrupt the state. Paul Ryan (R-Wis.) "
            "agreed. The Wisconsin Republican said so. The South Carolina Republican did not.")
    mentions = mentions_of(text, ["The Democrat", "The Republican", "The Wisconsin Republican",
                                  "The South Carolina Republican"])
    assert resolve_names(text, mentions) == ["Maria Espinoza", "Dale Hutchins", "Paul Ryan",
                                             "The South Carolina Republican"]


def test_two_people_in_one_mention_are_both_named_in_full_and_a_group_noun_is_no_ones_name():
    text = ("Mark Blumenthal, a pollster, and Jon Cohen, his colleague, wrote the survey. Blumenthal and Cohen said "
            "it was sound. Both said it held. Republican Christine Todd Whitman, the former New Jersey governor and "
            "agency head, agreed. Nagorno-Karabakh Armenians marched. Later the Armenians of Israel protested. "
            "Blumenthal and Cohen's survey was cited.")
    mentions = mentions_of(text, ["Blumenthal and Cohen", "Both", "Republican Christine Todd Whitman, the former New "
                                  "Jersey governor and agency head", "the Armenians of Israel", "Blumenthal and Cohen's survey"])
    assert resolve_names(text, mentions) == ["Mark Blumenthal and Jon Cohen", "Mark Blumenthal and Jon Cohen",
                                             "Christine Todd Whitman", "the Armenians of Israel",
                                             "Blumenthal and Cohen's survey"]


def test_who_after_a_town_and_state_is_the_person_before_them():
    text = ("“That may be of concern,” said Alan Berger, a gynecologist from Englewood, New Jersey, who said he "
            "is friendly with the family.")
    assert resolve_names(text, mentions_of(text, ["who"])) == ["Alan Berger"]


def test_a_person_after_a_preposition_in_a_definite_mention_is_not_its_speaker():
    text = ("Donald J. Trump spoke first. The two chief antagonists to Donald J. Trump largely abandoned their "
            "attacks. The aides, led by campaign manager Terry Sullivan, said so.")
    mentions = mentions_of(text, ["The two chief antagonists to Donald J. Trump"])
    assert resolve_names(text, mentions) == ["The two chief antagonists to Donald J. Trump"]
    titled = "George W. Bush spoke. The former top aide to President George W. Bush said no."
    assert resolve_names(titled, mentions_of(titled, ["The former top aide to President George W. Bush"])) == \
        ["The former top aide to President George W. Bush"]


def test_a_lone_first_name_names_the_one_person_of_that_first_name():
    text = "Hillary: Benghazi Victim Mother Wrong to Call Me a Liar\n\nHillary Clinton answered on Wednesday."
    assert resolve_names(text, mentions_of(text, ["Hillary"])) == ["Hillary Clinton"]
    city = "Orlando Regional Medical Center said it was full. Officials in Orlando said the same."
    assert resolve_names(city, mentions_of(city, ["Orlando said"[:7]])) == ["Orlando"]


def test_a_nationality_noun_names_the_person_given_that_nationality():
    text = ("British driver Lewis Hale took pole, ahead of Dutchman Max Verhoek. The Briton said the car was perfect. "
            "The Dutchman said he would attack. The German said nothing.")
    mentions = mentions_of(text, ["The Briton", "The Dutchman", "The German"])
    assert resolve_names(text, mentions) == ["Lewis Hale", "Max Verhoek", "The German"]


def test_an_ex_role_is_that_role_held_before():
    text = "Ex-interior minister Bruno Kessler has joined the bank's board. The ex-minister said he would give his pay away."
    assert resolve_names(text, mentions_of(text, ["The ex-minister"])) == ["Bruno Kessler"]


def test_a_second_relative_pronoun_after_and_is_the_first_ones_person():
    text = ("The changes were defended by Education Minister Rafael Duarte, whom unions have accused of underfunding "
            "schools, and who said on Monday that spending had risen.")
    second = text.index("who said")
    assert resolve_names(text, [Mention("who", second, second + 3)]) == ["Rafael Duarte"]
    plant = "The closure angered workers at the Linden plant, who said they had been told nothing."
    assert resolve_names(plant, mentions_of(plant, ["who"])) == ["workers at the Linden plant"]


def test_which_after_a_bodys_apposition_closed_by_a_comma_is_the_named_body():
    text = ("The plan was criticised by the Institute for Fiscal Studies, an independent think tank, which said the "
            "figures did not add up.")
    assert resolve_names(text, mentions_of(text, ["which"])) == ["Institute for Fiscal Studies"]
    union = "It was rejected by the Royal College of Nursing, the largest nursing union, which said it fell short."
    assert resolve_names(union, mentions_of(union, ["which"])) == ["Royal College of Nursing"]
    plural = ("The deal came from China and the United States, the world's two biggest polluters, which together "
              "vowed to act.")  # a plural apposition after a pair is not cut to the pair's second member
    assert resolve_names(plural, mentions_of(plural, ["which"])) != ["the United States"]


def test_organisation_names_stay_whole_and_never_name_the_person_who_works_there():
    text = ("Michael J. Petrilli, president of the Thomas B. Fordham Institute, spoke. The Financial Conduct Board, "
            "which oversees lenders, agreed. The Clinton Foundation declined. Hillary Clinton did not.")
    mentions = mentions_of(text, ["Michael J. Petrilli, president of the Thomas B. Fordham Institute",
                                  "The Financial Conduct Board, which oversees lenders", "The Clinton Foundation"])
    assert resolve_names(text, mentions) == ["Michael J. Petrilli", "The Financial Conduct Board",
                                             "The Clinton Foundation"]


def test_a_date_before_the_company_is_no_company():
    text = "FreshMart will raise prices from Monday, the company said. Voltride, the scooter maker, agreed."
    mentions = mentions_of(text, ["the company", "the scooter maker"])
    assert resolve_names(text, mentions) == ["the company", "Voltride"]


def test_a_named_speaker_with_an_apposition_about_someone_else_is_themself():
    text = ("Hillary Clinton spoke. Martin O'Malley spoke. Brian Fallon, a spokesman for the Clinton campaign, said no. "
            "Brad Komar, Clinton's Colorado state director, said yes. Bernie Sanders, the independent Vermont senator "
            "who is challenging Clinton, said so. Clinton's biggest boosters in New Hampshire said nothing. "
            "New Hampshire Sen. Kelly Ayotte’s campaign said later.")
    mentions = mentions_of(text, ["Brian Fallon, a spokesman for the Clinton campaign",
                                  "Brad Komar, Clinton's Colorado state director",
                                  "Bernie Sanders, the independent Vermont senator who is challenging Clinton",
                                  "Clinton's biggest boosters in New Hampshire",
                                  "New Hampshire Sen. Kelly Ayotte’s campaign"])
    assert resolve_names(text, mentions) == ["Brian Fallon", "Brad Komar", "Bernie Sanders",
                                             "Clinton's biggest boosters in New Hampshire",
                                             "New Hampshire Sen. Kelly Ayotte’s campaign"]


def test_his_supporters_are_other_people_but_his_eyes_are_his():
    text = "Bernie Sanders spoke in Iowa. His supporters cheered. His eyes said he meant it."
    mentions = mentions_of(text, ["His supporters", "His eyes"])
    assert resolve_names(text, mentions) == ["His supporters", "Bernie Sanders"]


def test_who_after_a_name_and_a_role_without_an_article_is_that_person():
    text = "The purchase was approved by Ingrid Lund, chair of the Nordic Art Foundation, who said it would show."
    assert resolve_names(text, mentions_of(text, ["who"])) == ["Ingrid Lund"]
    share = "Trump won 30 percent, compared with 64 percent, who said they backed Hillary Clinton."
    assert resolve_names(share, mentions_of(share, ["who"])) != ["Hillary Clinton"]


def test_an_indefinite_mention_naming_someone_is_not_a_person_introduced_later():
    text = ("A lawsuit filed in Manhattan by Yulia Tymoshenko, a former prime minister of Ukraine, says so. "
            "Prime Minister Konstantin Grishchenko denied it.")
    mention = "A lawsuit filed in Manhattan by Yulia Tymoshenko, a former prime minister of Ukraine"
    assert resolve_names(text, mentions_of(text, [mention])) == [mention]
    lede = "A federal judge blocked the law on Monday. Judge Amelia Ortiz wrote that it was vague."
    assert resolve_names(lede, mentions_of(lede, ["A federal judge"])) == ["Amelia Ortiz"]


def test_a_title_word_after_a_first_name_is_a_surname_and_an_honorific_names_no_role():
    text = ("The New Yorker writer Mark Singer has a note from Donald Trump. Mr. Singer loved it. "
            "Chad’s Ambassador to France confirmed the news.")
    mentions = mentions_of(text, ["Mr. Singer", "Chad’s Ambassador to France"])
    assert resolve_names(text, mentions) == ["Mark Singer", "Chad’s Ambassador to France"]
    king = "Tennis great Billie Jean King spoke. Mr. King, no relation, did not."
    assert resolve_names(king, mentions_of(king, ["Tennis great Billie Jean King"])) == ["Billie Jean King"]


def test_an_untied_description_is_not_the_last_speaker_when_its_own_pronoun_says_otherwise():
    text = ("“We feed this country,” said Pieter de Vries, who leads the farmers' union.\n\n"
            "The agriculture minister said she would meet the union next week.\n\n"
            "The union leader said he was glad.")
    names = resolve_names(text, mentions_of(text, ["Pieter de Vries", "The agriculture minister", "The union leader"]))
    assert names[1] == "The agriculture minister"  # "she": not Pieter
    assert names[2] == "Pieter de Vries"


def test_a_family_name_written_first_is_found_after_an_honorific():
    text = ("Chinese President Xi Jinping and U.N. Secretary-General Ban Ki-moon met on Monday.\n\n"
            "Mr Xi said the talks went well. Ban said he agreed. The Trump Train rolled on; Trump said so.")
    names = resolve_names(text, mentions_of(text, ["Mr Xi", "Ban", "he", "Trump"]))
    assert names[:3] == ["Xi Jinping", "Ban Ki-moon", "Ban Ki-moon"]
    assert names[3] == "Trump"  # "the Trump Train" is no one's full name


def test_royal_and_laureate_descriptions_reach_their_person():
    text = ("Saudi Crown Prince Mohammed bin Salman announced a fund. The crown prince said it was large.\n\n"
            "Among the signers was Nobel laureate Helena Sorensen. The Nobel laureate said time was short.")
    names = resolve_names(text, mentions_of(text, ["The crown prince", "The Nobel laureate"]))
    assert names == ["Mohammed bin Salman", "Helena Sorensen"]


def test_a_headline_verb_ends_the_title_before_a_name():
    text = ("Saudi prince mocks Trump on Twitter\n\nSaudi Prince Alwaleed Bin Talal mocked Donald Trump on "
            "Thursday. Trump said nothing.")
    [name] = resolve_names(text, mentions_of(text, ["Saudi prince"]))
    assert name == "Alwaleed Bin Talal"


def test_a_pronoun_signing_the_next_quote_is_the_speaker_named_before():
    text = ("Actress Susan Sarandon campaigned for Bernie Sanders.\n\n"
            "“They are very principled,” Sarandon told MSNBC when asked whether voters would back Hillary Clinton.\n\n"
            "“I think Bernie would encourage people,” she said.")
    names = resolve_names(text, mentions_of(text, ["Sarandon", "she"]))
    assert names == ["Susan Sarandon", "Susan Sarandon"]  # not Clinton, named last


def test_a_full_form_opening_with_a_first_name_beats_headline_clutter():
    text = ("Understated Perez raises his profile\n\nLabor Secretary Thomas Perez spoke on Monday. "
            "Perez said the plan would work.")
    assert resolve_names(text, mentions_of(text, ["Perez"])) == ["Thomas Perez"]  # the headline's, first


def test_a_name_with_a_party_in_brackets_heads_its_apposition():
    text = ("Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton, said he had spoken to many.\n\n"
            "“The reality is that they committed early,” he said.")
    names = resolve_names(text, mentions_of(text, ["Rep. Sander M. Levin (Mich.), a superdelegate supporting Clinton,",
                                                   "he"]))
    assert names == ["Sander M. Levin", "Sander M. Levin"]


def test_a_sentence_case_first_line_glues_no_words_to_a_name_the_body_writes_in_full():
    text = "Defiant Okonjo vows to fight on\n\nFinance Minister Ngozi Okonjo refused to resign. Okonjo said so.\n"
    said = text.index("Okonjo said")
    assert resolve_names(text, [Mention("Okonjo", said, said + 6)]) == ["Ngozi Okonjo"]
    kept = "Bradley Cooper upset fans\n\nFans of Cooper complained. Cooper said nothing.\n"
    said = kept.index("Cooper said")
    assert resolve_names(kept, [Mention("Cooper", said, said + 6)]) == ["Bradley Cooper"]  # the only full form


def test_an_untied_description_opening_a_sentence_is_the_subject_before_it():
    text = ("Hillary Clinton has a word for Donald Trump's plan: No.\n\n"
            "The Democratic presidential candidate blasted the plan on Wednesday.")
    assert resolve_names(text, mentions_of(text, ["The Democratic presidential candidate"])) == ["Hillary Clinton"]


def test_who_after_a_thing_governed_by_a_preposition_is_the_people_before_it():
    text = ("“Nobody will blink,” said one official familiar with the negotiations, who asked not to be named. "
            "The strike was backed by teachers across the region, who said classes were too big. "
            "She handed the microphone to a New Mexico delegate, who spoke.")
    whos = [m.start() for m in re.finditer(r"\bwho\b", text)]
    names = resolve_names(text, [Mention("who", w, w + 3) for w in whos])
    assert names == ["one official", "teachers", "a New Mexico delegate"]


def test_people_around_a_name_are_not_that_person():
    text = ("Donald Trump and Bernie Sanders spoke. Trump supporters said no. Sanders aides said yes. "
            "Rose Bowl skywriters wrote in the sky.")
    written = ["Trump supporters", "Sanders aides", "Rose Bowl skywriters"]
    assert resolve_names(text, mentions_of(text, written)) == written


def test_an_indefinite_with_only_adjectives_before_a_known_name_is_that_person():
    text = ("State Sen. Pat Miller spoke first. Contacted later, a terse Miller agreed. "
            "A spokesman for Pat Miller declined. A worker named Antonio Arroyo said so.")
    names = resolve_names(text, mentions_of(text, ["a terse Miller", "A spokesman for Pat Miller",
                                                   "A worker named Antonio Arroyo"]))
    assert names == ["Pat Miller", "A spokesman for Pat Miller", "Antonio Arroyo"]
    titled = "Questions\n\nPresident Obama took questions in Turkey. A defensive Obama said his critics were wrong."
    assert resolve_names(titled, mentions_of(titled, ["A defensive Obama"])) == ["Obama"]


def test_the_former_holder_is_the_one_succeeded_and_us_is_american():
    text = ("Amara Bello was sworn in as mayor on Monday, succeeding Frank Doyle, who served three terms.\n\n"
            "The former mayor said he wished her well. U.S. envoy Rachel Stern spoke later. "
            "The American envoy said talks would go on.")
    names = resolve_names(text, mentions_of(text, ["The former mayor", "The American envoy"]))
    assert names == ["Frank Doyle", "Rachel Stern"]


def test_a_sentence_opener_is_no_part_of_a_name():
    text = "Absent Trump derides debate. Donald Trump stayed away. Absent Trump, the debate went on."
    start = text.index("Absent Trump,")
    assert resolve_names(text, [Mention("Absent Trump", start, start + 12)]) == ["Donald Trump"]


def test_a_pronoun_signing_a_quote_of_several_sentences_reads_the_sentence_before_the_quote():
    text = ("Armstrong Williams, Carson's longtime friend, praised the change. "
            "“Dr. Carson is back in charge. I am so happy to see that,” he told the AP.\n\n"
            "Ryan did not exude confidence when Tapper asked whether Republicans would hold the House. "
            "“It is gonna be unpredictable. So I just think you run hard,” he said.")
    he = [m.start() for m in re.finditer(r"\bhe\b", text)]
    names = resolve_names(text, mentions_of(text, ["Armstrong Williams"]) + [Mention("he", he[0], he[0] + 2)]
                          + mentions_of(text, ["Tapper"]) + [Mention("he", he[1], he[1] + 2)])
    assert names[1] == "Armstrong Williams" and names[3] != "Tapper"


def test_a_body_description_names_the_body_the_article_gives():
    cases = [("Ukraine's agriculture ministry said exports had resumed. Later the ministry said", "the ministry",
              "Ukraine's agriculture ministry"),
             ("The St. Paul City Council on Wednesday voted 6-1. The council said", "The council", "The St. Paul City Council"),
             ("The Ministry of Defence said two soldiers were hurt. The ministry said", "The ministry",
              "The Ministry of Defence"),
             ("the State Department released emails. The FBI is investigating. The agency said", "The agency", "FBI"),
             ("The Dockworkers' Union voted to strike. The union said", "The union", "The Dockworkers' Union")]
    for text, written, name in cases:
        mentioned = text.rindex(written)
        assert resolve_names(text, [Mention(written, mentioned, mentioned + len(written))]) == [name], text


def test_a_body_description_with_no_body_named_stays_as_written():
    for text, written in [("Residents complained for months. The council said", "The council"),
                          ("Trump campaign manager Paul Manafort spoke. The campaign said", "The campaign"),
                          ("On his four-day New England campaign swing, Johnson spoke. The campaign said", "The campaign")]:
        mentioned = text.rindex(written)
        assert resolve_names(text, [Mention(written, mentioned, mentioned + len(written))]) == [written], text


def test_the_campaign_is_not_a_campaign_named_before_another_candidate():
    text = ("The Clinton campaign bought no ads. The Trump campaign bought ads. Hillary Clinton plans a speech. "
            "The campaign says she will call for service.")
    mentioned = text.rindex("The campaign")
    assert resolve_names(text, [Mention("The campaign", mentioned, mentioned + 12)]) == ["The campaign"]
    text = "The Trump campaign bought ads on Monday. Paul Manafort spoke. The campaign says it will spend $10 million."
    mentioned = text.rindex("The campaign")
    assert resolve_names(text, [Mention("The campaign", mentioned, mentioned + 12)]) == ["The Trump campaign"]


def test_the_company_is_the_business_that_opened_a_sentence_before():
    text = "Siemens reported a 12% rise in profit. Analysts were pleased. The company said orders were strong."
    mentioned = text.rindex("The company")
    assert resolve_names(text, [Mention("The company", mentioned, mentioned + 11)]) == ["Siemens"]
    text = "Donald Trump spoke. Trump reported $5,000 in income. The company said nothing."
    mentioned = text.rindex("The company")
    assert resolve_names(text, [Mention("The company", mentioned, mentioned + 11)]) == ["The company"]


def test_a_company_name_never_runs_over_a_sentence_end():
    text = "Shareholders sued in Canada. On Tuesday, the company said it would delay its filing."
    mentioned = text.index("the company")
    assert resolve_names(text, [Mention("the company", mentioned, mentioned + 11)]) == ["the company"]
    text = "The Dow fell on a drop in the oil giant Exxon Mobil. The company said output fell."
    mentioned = text.rindex("The company")
    assert resolve_names(text, [Mention("The company", mentioned, mentioned + 11)]) == ["Exxon Mobil"]


def test_an_interviews_answers_are_not_its_subjects_predecessors():
    text = ("Rufus Norris's successor, Indhu Rubasingham, took over in April. We asked her about the year.\n\n"
            "Q: What will change first?\nA: The ticket prices.\n\nQ: Will you direct?\nA: Not this year.\n")
    index = PersonIndex(text)
    assert index.most_named() == "Indhu Rubasingham"


def test_the_democrat_with_no_party_tie_is_the_subject_before_unless_of_the_other_party():
    text = ("Governor Josh Shapiro signed the bill after talks with Republican leader Joe Pittman. "
            "The Democrat said it would create jobs.")
    mentioned = text.rindex("The Democrat")
    assert resolve_names(text, [Mention("The Democrat", mentioned, mentioned + 12)]) == ["Josh Shapiro"]
    text = "Republican Joe Pittman signed the bill on Monday. The Democrat said it would create jobs."
    mentioned = text.rindex("The Democrat")
    assert resolve_names(text, [Mention("The Democrat", mentioned, mentioned + 12)]) == ["The Democrat"]


def test_a_quote_signed_right_after_a_subject_with_a_name_both_sexes_carry_is_theirs():
    text = ('“We were brave,” Kompany said. Prime Minister Jean Castex disagreed. “They parked the bus,” he said.')
    he = text.rindex("he said")
    assert resolve_names(text, [Mention("he", he, he + 2)]) == ["Jean Castex"]


def test_a_sentence_initial_pronoun_still_follows_the_first_names_sex():
    text = ("Coach Hiroshi Tanaka and captain Aiko Mori spoke on Sunday. Mori said the team had trained. "
            "He said the victory belonged to everyone.")
    he = text.rindex("He said")
    assert resolve_names(text, [Mention("He", he, he + 2)]) == ["Hiroshi Tanaka"]


def test_a_dash_apposition_with_a_role_is_the_named_persons():
    text = "Will it matter?  Jason Sims — a teacher from Mount Pleasant — says he made a late decision."
    written = "Jason Sims — a teacher from Mount Pleasant —"
    assert resolve_names(text, mentions_of(text, [written])) == ["Jason Sims"]


def test_a_capitalised_adjective_opening_a_clause_is_no_first_name():
    text = ("‘I will not resign’: Defiant Sánchez vows to fight on\n\nPrime Minister Pedro Sánchez said he would "
            "stay.\n\nRakeyia Scott can be heard. Keith Lamont Scott was shot.")
    assert resolve_names(text, mentions_of(text, ["Defiant Sánchez", "Rakeyia Scott"])) == ["Pedro Sánchez",
                                                                                           "Rakeyia Scott"]


def test_a_person_noun_no_one_holds_is_the_subject_before():
    text = ("“The signal is unmistakable,” said lead author Dr. Kevin Trenberth of the research centre. "
            "The climate scientist warned that reefs would suffer.")
    scientist = text.index("The climate scientist")
    assert resolve_names(text, [Mention("The climate scientist", scientist, scientist + 21)]) == ["Kevin Trenberth"]


def test_his_or_her_office_is_theirs_named_by_its_owner():
    text = "Senator Elizabeth Warren criticised the decision. Her office said she would act. His team declined."
    mentioned = text.index("Her office")
    assert resolve_names(text, [Mention("Her office", mentioned, mentioned + 10)]) == ["Elizabeth Warren's office"]
    mentioned = text.index("His team")
    assert resolve_names(text, [Mention("His team", mentioned, mentioned + 8)]) == ["His team"]


def test_whose_office_is_the_relative_clause_owners():
    text = "The bill drew fire from Senator Maria Okafor, whose office said it would fail. A man, whose team lost, left."
    mentioned = text.index("whose office")
    assert resolve_names(text, [Mention("whose office", mentioned, mentioned + 12)]) == ["Maria Okafor's office"]
    mentioned = text.index("whose team")
    assert resolve_names(text, [Mention("whose team", mentioned, mentioned + 10)]) == ["whose team"]


def test_a_headline_naming_a_group_speaks_through_the_body_speaker_of_that_group():
    from models.quotes.spans.headlines import headline_quotes
    text = ("‘Where is the money?’ Farmers demand answers from minister\n\n"
            "Farmers' leader Tom Bradshaw said that payments had not arrived.\n")
    quote = Draft(fragments=[span_of(text, "‘Where is the money?’")], source=span_of(text, "Farmers"))
    body = Draft(fragments=[span_of(text, "that payments had not arrived")],
                 source=span_of(text, "Farmers' leader Tom Bradshaw"), cue=span_of(text, "said"))
    drafts = headline_quotes(text, [quote, body])
    assert drafts[0].source.text == "Farmers' leader Tom Bradshaw"


def test_an_embedded_post_is_a_direct_quote_of_its_signer():
    from models.quotes.spans.layout import embedded_posts
    text = ("Warren criticised the decision.\n\nThis ruling is a gift to Wall Street. We will fight it.\n"
            "— Elizabeth Warren (@SenWarren) June 28, 2026\n\nHer office said more.\n")
    [post] = embedded_posts(text, [])
    assert post.fragments[0].text == "This ruling is a gift to Wall Street. We will fight it."
    assert post.source.text == "Elizabeth Warren" and post.extra["type"] == "direct"
    linked = text.replace("We will fight it.", "We will fight it. pic.twitter.com/abc123 https://t.co/x1")
    assert embedded_posts(linked, [])[0].fragments[0].text == "This ruling is a gift to Wall Street. We will fight it."


def test_his_wife_given_name_takes_the_family_name():
    text = "Coastguards rescued yachtsman Peter Hale on Sunday. His wife, Maria, said she never gave up."
    written = "His wife, Maria"
    assert resolve_names(text, mentions_of(text, [written])) == ["Maria Hale"]


def test_an_actor_turned_politician_is_a_politician():
    assert parse_description("The actor-turned-politician").head == "politician"


def test_a_quote_signed_by_verb_then_name_of_an_organisation_is_that_persons():
    from models.quotes.spans.relative import quotes_signed_after
    text = ('"Stay indoors," said Dr. Agostinho Sousa of the UK Health Security Agency, adding that it was hot.')
    quote = Draft(fragments=[span_of(text, '"Stay indoors,"')], source=None)
    [signed] = quotes_signed_after(text, [quote], PersonIndex(text))
    assert signed.source.text == "Dr. Agostinho Sousa" and signed.cue.text == "said"


def test_they_after_two_named_people_is_the_two():
    text = ("Ben Cohen and Jerry Greenfield, who founded the firm in 1978, stepped down on Friday. "
            "They said the company had lost its soul.")
    they = text.index("They")
    assert resolve_names(text, [Mention("They", they, they + 4)]) == ["Ben Cohen and Jerry Greenfield"]


def test_a_subject_with_a_middle_initial_opens_its_sentence():
    text = ("Incomes have risen. The economist Robert J. Shapiro recently measured the income growth. "
            "He found that incomes rose.")
    he = text.index("He found")
    assert resolve_names(text, [Mention("He", he, he + 2)]) == ["Robert J. Shapiro"]


def test_a_role_that_tells_a_sex_is_not_the_other_sexs_holder():
    text = ("Clinton said Trump should not praise Putin. “It raises security issues,” she said. "
            "The New York businessman has praised Putin, saying he was strong.")
    described_at = text.index("The New York businessman")
    mention = Mention("The New York businessman", described_at, described_at + 24)
    assert resolve_names(text, [mention]) != ["Hillary Clinton"]
    text = "Trump spokeswoman Hope Hicks spoke. Sheldon Adelson has not endorsed anyone, and his spokesman declined."
    assert resolve_names(text, mentions_of(text, ["his spokesman"])) == ["his spokesman"]


def test_a_description_prefers_a_person_to_a_body_that_fits_as_well():
    text = ("A federal judge granted Judicial Watch a request. The order was issued by U.S. District Judge "
            "Emmet G. Sullivan. Judge Sullivan made his ruling, according to Judicial Watch. The judge is considering more.")
    judge = text.rindex("The judge")
    assert resolve_names(text, [Mention("The judge", judge, judge + 9)]) == ["Emmet G. Sullivan"]


def test_the_head_of_a_named_body_is_whoever_leads_it_now():
    text = ("IMF managing director Kristalina Georgieva said growth would slow. "
            "The head of the International Monetary Fund warned of uncertainty.")
    head = text.index("The head of")
    written = "The head of the International Monetary Fund"
    assert resolve_names(text, [Mention(written, head, head + len(written))]) == ["Kristalina Georgieva"]
    text = ("Ed Rendell served as general chairman of the DNC during the 2000 election. "
            "The chair of the DNC may call a meeting.")
    head = text.index("The chair of")
    assert resolve_names(text, [Mention("The chair of the DNC", head, head + 20)]) == ["The chair of the DNC"]


def test_a_frame_with_a_plural_people_subject_hands_on_its_quoted_words():
    text = "The governor said that ministers had privately described the plan as “reckless”."
    draft = Draft(fragments=[span_of(text, "that ministers had privately described the plan as “reckless”")],
                  source=span_of(text, "The governor"), cue=span_of(text, "said"))
    [handed] = hand_nested_reports(text, [draft])
    assert handed.source.text == "ministers" and handed.fragments[0].text == "the plan as “reckless”"


def test_a_club_named_before_a_role_is_no_subject():
    text = ("Aston Villa goalkeeper Emiliano Martínez saved two penalties as his side won.\n\n"
            "“I live for these moments,” the Argentine said.")
    argentine = text.index("the Argentine")
    assert resolve_names(text, [Mention("the Argentine", argentine, argentine + 13)]) == ["Emiliano Martínez"]


def test_a_role_before_a_verb_and_a_preposition_is_not_the_objects_title():
    text = ("Ruth Bader Ginsburg regrets her insults of Donald Trump.\n\nThe Supreme Court justice apologised. "
            "In interviews, the justice sounded off on Trump, saying she did not want a Trump presidency.")
    justice = text.index("The Supreme Court justice")
    mention = Mention("The Supreme Court justice", justice, justice + 25)
    assert resolve_names(text, [mention]) == ["Ruth Bader Ginsburg"]


def test_a_long_apposition_leaves_the_subject_the_subject():
    text = ("Raynard Jackson, a black Republican campaign consultant and the host of an XM Satellite radio show, "
            "is a Virginia resident who voted for Obama. “Obama would not have won,” he said in 2008.")
    he = text.rindex("he said")
    assert resolve_names(text, [Mention("he", he, he + 2)]) == ["Raynard Jackson"]


def test_a_pronoun_inside_a_sentence_opened_by_a_possessor_is_theirs():
    text = ("Donald Trump spoke last. Ted Cruz won Iowa. Marco Rubio came third. "
            "Trump's biggest applause came when he said voters would follow him. "
            "While Mr. Cruz shares more of Mr. Ryan's views, he turned against the bill.")
    he = text.index("he said")
    assert resolve_names(text, [Mention("he", he, he + 2)]) == ["Donald Trump"]
    he = text.index("he turned")
    assert resolve_names(text, [Mention("he", he, he + 2)]) != ["Ryan"]


def test_a_headline_quote_naming_no_one_is_the_ledes_speakers_but_a_scare_quote_is_no_quote():
    from models.quotes.spans.headlines import headline_quotes
    text = "‘Unacceptable’: Regulator fines water firm £100m\n\nOfwat said on Tuesday that leaks went unfixed.\n"
    lede = Draft(fragments=[span_of(text, "that leaks went unfixed")], source=span_of(text, "Ofwat"),
                 cue=span_of(text, "said"))
    drafts = headline_quotes(text, [lede])
    assert [d.source.text for d in drafts] == ["Ofwat", "Ofwat"] and drafts[0].fragments[0].text == "‘Unacceptable’"
    text = "Attempt to fund Zika fight dies amid bill's 'poison pills.'\n\nLawmakers said the bill failed.\n"
    lede = Draft(fragments=[span_of(text, "the bill failed")], source=span_of(text, "Lawmakers"), cue=span_of(text, "said"))
    assert len(headline_quotes(text, [lede])) == 1


def test_a_possessive_description_of_a_role_is_something_of_theirs():
    text = "Former President Jair Bolsonaro was sentenced. The ex-president's lawyers said they would appeal."
    lawyers = text.index("The ex-president's lawyers")
    written = "The ex-president's lawyers"
    assert resolve_names(text, [Mention(written, lawyers, lawyers + len(written))]) == [written]


def test_a_person_named_by_a_first_name_only_with_an_age_or_apposition_is_that_name():
    text = "Prices have doubled. “I can't afford fruit,” said Jane, 34, a nurse. Her neighbour Tom, a retired teacher, agreed."
    assert resolve_names(text, mentions_of(text, ["Jane, 34, a nurse", "Her neighbour Tom, a retired teacher"])) == \
        ["Jane", "Tom"]
    text = "Hillary Clinton spoke. Clinton, a Democrat, did not mention Trump."
    assert resolve_names(text, mentions_of(text, ["Clinton, a Democrat,"])) == ["Hillary Clinton"]


def test_an_occupation_before_a_name_is_a_title():
    text = "Engineer Ravi Kumar said the bridge was unsafe."
    assert resolve_names(text, mentions_of(text, ["Engineer Ravi Kumar"])) == ["Ravi Kumar"]


def test_the_company_after_a_spokesperson_for_it_is_that_company():
    text = "A spokesperson for Microsoft said the outage had been fixed. The company said it was investigating."
    company = text.index("The company")
    assert resolve_names(text, [Mention("The company", company, company + 11)]) == ["Microsoft"]


def test_an_about_the_author_line_is_page_furniture():
    from models.quotes.spans.junk import furniture
    text = "About the author: Sam Green covers housing for the Daily Post.\n\nThe minister said no.\n"
    assert furniture(text, text.index("housing")) and not furniture(text, text.index("The minister"))


def test_goods_recalled_are_no_words_recalled():
    from models.quotes.spans.junk import drop_junk
    text = ("Carmaker Volvo recalled 70,000 vehicles on Tuesday. Ford recalled more than 1 million trucks. "
            "Obama recalled the day he met Ali.\n")
    vehicles = Draft(fragments=[span_of(text, "70,000 vehicles on Tuesday")], source=span_of(text, "Carmaker Volvo"),
                     cue=span_of(text, "recalled"))
    trucks = Draft(fragments=[span_of(text, "more than 1 million trucks")], source=span_of(text, "Ford"),
                   cue=text_span(text, text.index("recalled more"), text.index("recalled more") + 8))
    memory = Draft(fragments=[span_of(text, "the day he met Ali")], source=span_of(text, "Obama"),
                   cue=text_span(text, text.index("recalled the"), text.index("recalled the") + 8))
    assert drop_junk(text, [vehicles, trucks, memory]) == [memory]


def test_a_business_after_its_capitalised_kind_is_named_alone_and_is_what_they_means():
    text = ("Carmaker Volvo recalled 70,000 vehicles on Tuesday. They said no one was hurt. "
            "Bank Indonesia said rates would hold.")
    volvo, they, bank = text.index("Carmaker Volvo"), text.index("They"), text.index("Bank Indonesia")
    assert resolve_names(text, [Mention("Carmaker Volvo", volvo, volvo + 14), Mention("They", they, they + 4),
                                Mention("Bank Indonesia", bank, bank + 14)]) == ["Volvo", "Volvo", "Bank Indonesia"]
    assert resolve_names(text, [Mention("They", they, they + 4)]) == ["Volvo"]  # from the sentence before alone


def test_a_nationality_fits_a_person_placed_in_that_countrys_capital_by_a_sentence_they_open():
    text = ("Chancellor Friedrich Merz met French President Emmanuel Macron in Berlin on Tuesday. "
            "The German chancellor spoke. President Obama sent condolences for an attack in their Paris home. "
            "The French president spoke.")
    german, french = text.index("The German chancellor"), text.index("The French president")
    assert resolve_names(text, [Mention("The German chancellor", german, german + 21)]) == ["Friedrich Merz"]
    # "in their Paris home" is where an attack was, not where Obama is
    assert resolve_names(text, [Mention("The French president", french, french + 20)]) != ["Barack Obama"]


def test_the_incoming_or_new_holder_is_the_one_an_office_was_handed_to():
    text = ("Outgoing NATO Secretary General Jens Stoltenberg handed over to former Dutch Prime Minister Mark Rutte "
            "on Tuesday. The incoming secretary general spoke. Streamly founder Noor Aziz stepped down, handing the "
            "job to her deputy, Ben Carter. The new chief executive spoke.")
    incoming, new = text.index("The incoming"), text.index("The new")
    assert resolve_names(text, [Mention("The incoming secretary general", incoming, incoming + 30),
                                Mention("The new chief executive", new, new + 23)]) == ["Mark Rutte", "Ben Carter"]


def test_a_headline_speaker_stops_before_the_headlines_next_clause():
    from models.quotes.spans.headlines import headline_quotes
    text = "“Enough is enough,” says mayor as city bans cars\n\nMayor Jan Vries said cars would go.\n"
    quote = Draft(fragments=[span_of(text, "“Enough is enough,”")], source=span_of(text, "mayor as city bans cars"),
                  cue=span_of(text, "says"))
    assert headline_quotes(text, [quote])[0].source.text == "mayor"


def test_a_scientists_field_is_a_role_a_description_names():
    text = ("The study's lead author, Dr. Maya Patel of the University of Queensland, said the findings were grim. "
            "The marine biologist said cuts were the only fix.")
    mentioned = text.index("The marine biologist")
    assert resolve_names(text, [Mention("The marine biologist", mentioned, mentioned + 20)]) == ["Maya Patel"]


def test_a_quote_paragraph_is_whoever_the_next_paragraph_says_it_came_from():
    from models.quotes.spans.relative import quotes_named_next
    text = ("Heatwave\n\n\"Drink water, stay inside.\"\n\nThat was the message from Health Secretary Wes Streeting "
            "on Monday.\n\n“No return to austerity.”\n\nSo said Chancellor Rachel Reeves.\n")
    so = Draft(fragments=[span_of(text, "So")], source=span_of(text, "Chancellor Rachel Reeves"),
               cue=span_of(text, "said"))
    found = quotes_named_next(text, [so], PersonIndex(text))
    assert [(d.fragments[0].text, d.source.text, d.cue.text) for d in found] == [
        ("\"Drink water, stay inside.\"", "Health Secretary Wes Streeting", "message"),
        ("“No return to austerity.”", "Chancellor Rachel Reeves", "said")]


def test_a_newsletter_sign_up_line_is_page_furniture_even_with_a_quote():
    from models.quotes.spans.junk import furniture
    text = "Sign up to our newsletter: \"The best of the week's news, every Friday.\"\nHe signed up to the deal: no.\n"
    assert furniture(text, text.index("The best")) and not furniture(text, text.index("He signed"))


def test_the_mother_of_three_is_the_parent_the_article_named_and_the_tory_mp_a_conservative():
    text = ("Sarah Jenkins, a mother of three from Leeds, spoke. The mother of three said more. Conservative MP Danny "
            "Kruger and Labour MP Jess Phillips clashed. The Tory MP said no. The Oscar winner Cillian Murphy spoke.")
    mother, tory = text.index("The mother of three"), text.index("The Tory MP")
    assert resolve_names(text, [Mention("The mother of three", mother, mother + 19)]) == ["Sarah Jenkins"]
    assert resolve_names(text, [Mention("The Tory MP", tory, tory + 11)]) == ["Danny Kruger"]
    alone = "The mother of three said more."
    assert resolve_names(alone, [Mention("The mother of three", 0, 19)]) == ["The mother of three"]


def test_a_state_party_description_is_the_lone_party_member_opening_a_sentence():
    text = ("Republican Senator Susan Collins and Democratic Senator Chris Murphy met. The Democratic senator spoke. "
            "The Maine Republican said she was hopeful.")
    maine = text.index("The Maine Republican")
    assert resolve_names(text, [Mention("The Maine Republican", maine, maine + 20)]) == ["Susan Collins"]
    aside = "Speaker Paul Ryan said allies were rattled by Republican Donald Trump's comments. Later, the Wisconsin Republican spoke."
    wisconsin = aside.index("the Wisconsin Republican")
    assert resolve_names(aside, [Mention("the Wisconsin Republican", wisconsin, wisconsin + 24)]) != ["Donald Trump"]


def test_a_plural_role_opening_a_name_run_is_no_part_of_the_name():
    text = "Singers Dua Lipa and Elton John performed. Lipa said it was a dream."
    run = PersonMention(0, 16, ("Singers", "Dua", "Lipa"))
    assert without_clutter(text, run, set()).words == ("Dua", "Lipa")


def test_an_apposed_name_keeps_its_body_or_place_after_it():
    text = ("But another analyst, Paul Guerin of Meridian Securities, warned it was risky. Some candidates — for "
            "instance, Sen. Ted Cruz of Texas — said so.")
    written = ["another analyst, Paul Guerin of Meridian Securities,",
               "Some candidates — for instance, Sen. Ted Cruz of Texas"]
    assert resolve_names(text, mentions_of(text, written)) == ["Paul Guerin", written[1]]


def test_a_body_described_by_its_kind_is_the_body_named_before():
    text = ("Greenfield Hospital has closed its ward. The hospital said staff were short. Fairway Foods is to shut 40 "
            "stores. The supermarket said it was sorry. Halden University will cut 300 posts, the university said. "
            "Manchester United have released a striker. The club said it was agreed. Northwind Airlines will cut "
            "jobs, the carrier said.")
    written = ["The hospital", "The supermarket", "the university", "The club", "the carrier"]
    assert resolve_names(text, mentions_of(text, written)) == [
        "Greenfield Hospital", "Fairway Foods", "Halden University", "Manchester United", "Northwind Airlines"]


def test_a_body_subject_is_no_person_and_no_common_word():
    text = ("Mark Eldon has joined the firm. The company said he starts Monday. Analysts were divided. "
            "The club said nothing.")
    written = ["The company", "The club"]
    assert resolve_names(text, mentions_of(text, written)) == written


def test_a_person_named_after_a_place_or_body_in_a_headline():
    text = ("Brazil's Lula Says Deal 'Within Reach'\n\nBrazilian President Luiz Inácio Lula da Silva said on Monday "
            "that a deal was near.")
    written = ["Brazil's Lula"]
    assert resolve_names(text, mentions_of(text, written)) == ["Luiz Inácio Lula da Silva"]


def test_dean_before_a_lone_surname_is_a_given_name_unless_the_article_gives_another():
    text = ("“Nobody saw it coming,” said forklift driver Dean Parry. Vikram Amar, dean of the law school, spoke. "
            "“In Fisher,” Dean Amar said.")
    written = ["forklift driver Dean Parry", "Dean Amar"]
    assert resolve_names(text, mentions_of(text, written)) == ["Dean Parry", "Vikram Amar"]


def test_gen_before_a_lone_surname_is_a_given_name_but_not_after_a_rank_or_before_a_title():
    text = ("Japanese Defence Minister Gen Nakatani spoke. Nakatani said more. Lt Gen Tom Hale agreed, and "
            "Gen Sir Nick Carter too.")
    written = ["Japanese Defence Minister Gen Nakatani", "Nakatani", "Lt Gen Tom Hale", "Gen Sir Nick Carter"]
    assert resolve_names(text, mentions_of(text, written)) == ["Gen Nakatani", "Gen Nakatani", "Tom Hale", "Nick Carter"]


def test_a_name_after_named_or_called_is_the_one_described():
    text = "“We will fight,” said one of the organisers, a retired teacher named Sarah Cole. Others agreed."
    written = ["one of the organisers, a retired teacher named Sarah Cole"]
    assert resolve_names(text, mentions_of(text, written)) == ["Sarah Cole"]


def test_an_arabic_article_joins_the_name_and_falls_away_on_second_mention():
    text = "Egyptian President Abdel Fattah al-Sisi spoke first. Sisi warned of war."
    written = ["Egyptian President Abdel Fattah al-Sisi", "Sisi"]
    assert resolve_names(text, mentions_of(text, written)) == ["Abdel Fattah al-Sisi"] * 2


def test_initials_without_full_stops_open_a_name_but_acronyms_do_not():
    text = "JK Rowling backed the plan. Rowling said so. UK Prime Minister Keir Starmer agreed, and MP Jo Cox too."
    written = ["Rowling", "UK Prime Minister Keir Starmer"]
    assert resolve_names(text, mentions_of(text, written)) == ["JK Rowling", "Keir Starmer"]


def test_an_anecdotal_lede_is_the_person_the_next_sentence_opens_on_and_names_the_headline_role():
    text = ("'I was never told': Nurse speaks out\n\nA nurse who raised the alarm at Riverside Hospital says managers "
            "ignored her. Grace Adeyemi, 34, said so again. A spokesman for Adeyemi said nothing. Hospital chief "
            "executive Tom Reed declined to comment.")
    written = ["Nurse", "A nurse who raised the alarm at Riverside Hospital", "A spokesman for Adeyemi"]
    assert resolve_names(text, mentions_of(text, written)) == ["Grace Adeyemi", "Grace Adeyemi", written[2]]


def test_a_later_person_of_the_other_sex_is_not_the_indefinite_description():
    text = "An FBI spokesman said the review was over. FBI spokeswoman Nicole Navas later declined to comment."
    assert resolve_names(text, mentions_of(text, ["An FBI spokesman"])) == ["An FBI spokesman"]


def test_a_bodys_name_then_its_title_before_a_name_is_no_group_placed_by_it():
    text = "Bank of England Governor Andrew Bailey spoke. Aides to President Joe Biden did not."
    written = ["Bank of England Governor Andrew Bailey", "Aides to President Joe Biden"]
    assert resolve_names(text, mentions_of(text, written)) == ["Andrew Bailey", written[1]]


def test_a_description_by_employer_reaches_a_role_held_at_a_possessive_body():
    text = ("Nordbank chief economist Hanna Lind and Meridian Bank's head of research, Paul Okafor, disagreed. "
            "The Nordbank economist said rates would fall. The Meridian researcher said that was wishful.")
    written = ["The Nordbank economist", "The Meridian researcher"]
    assert resolve_names(text, mentions_of(text, written)) == ["Hanna Lind", "Paul Okafor"]


def test_a_headline_person_word_resolving_to_no_one_is_the_first_person_the_body_names():
    for headline, body, want in [
            ("PM: 'We will get inflation down'", "Prime Minister Rishi Sunak has promised to halve it.", "Rishi Sunak"),
            ("MINISTER: 'WE WILL ACT'", "Environment Secretary Steve Reed promised new laws.", "Steve Reed"),
            ("'I feared for my life,' says freed hostage", "An aid worker held in Yemen spoke. Kate Morris, 41, said so.",
             "Kate Morris"),
            ("'A threat,' says mother", "Father of two Tom Reed said his family was scared.", "mother")]:
        text = f"{headline}\n\n{body}\n"
        written = headline.split("'")[0].rstrip(": ") or headline.rsplit("says ", 1)[-1]
        assert resolve_names(text, mentions_of(text, [written])) == [want], headline
    text = "State Calls Emails of Clinton Top Secret\n\nThe State Department said Hillary Clinton's emails were secret.\n"
    assert resolve_names(text, mentions_of(text, ["State"])) == ["State"]  # the department, not Clinton


def test_a_body_opening_after_a_wire_dateline_is_the_company_meant():
    text = ("Carmaker to close plant\n\nDETROIT — Vantage Motors will close its plant in Flint, the company said on "
            "Tuesday.\n")
    assert resolve_names(text, mentions_of(text, ["the company"])) == ["Vantage Motors"]


def test_business_descriptions_after_datelines_appositions_and_earlier_answers():
    text = ("LONDON (Reuters) - Tesco, Britain's biggest supermarket, said its profit rose. The retailer said more.\n\n"
            "Apple recall\n\nCUPERTINO, Calif. — Apple is recalling chargers, the iPhone maker said on Friday.\n\n"
            "\"We acted fast,\" Tim Cook said. The iPhone maker said no one was hurt.\n\n"
            "The Trump team met. The team said nothing.\n")
    written = ["The retailer", "the iPhone maker", "The iPhone maker", "The team"]
    assert resolve_names(text, mentions_of(text, written)) == ["Tesco", "Apple", "Apple", "The team"]


def test_a_participle_after_a_dateline_is_the_sentence_subjects():
    from models.quotes.spans.relative import participle_subject
    text = "WASHINGTON (AP) — The Federal Reserve kept rates unchanged Wednesday, saying inflation was high.\n"
    cue = span_of(text, "saying")
    assert participle_subject(text, 0, cue).text == "The Federal Reserve"


def test_a_surname_opening_the_sentence_before_is_no_body_and_an_age_goes_to_the_subject():
    text = ("Mohamed Mamdouh Assem, 24.\n\nAssem, the co-pilot, had logged 2,766 hours with EgyptAir, the airline said. "
            "He had no known affiliations, the airline added.\n\nCarlos Alcaraz beat Jannik Sinner on Friday. "
            "“It was one of my best matches,” the 22-year-old said.")
    written = ["the airline", "the airline", "the 22-year-old"]
    assert resolve_names(text, mentions_of(text, written)) == ["EgyptAir", "EgyptAir", "Carlos Alcaraz"]


def test_a_named_subject_the_tagger_took_for_words_speaks_them():
    from models.quotes.spans.relative import speakers_tagged_as_words
    text = "Republican Senator Lindsey Graham told CNN's Dana Bash on \"State of the Union\" that the bill would pass.\n"
    draft = Draft(fragments=[span_of(text, "Republican Senator Lindsey Graham"), span_of(text, "that the bill would pass")],
                  cue=span_of(text, "told"))
    [fixed] = speakers_tagged_as_words(text, [draft], PersonIndex(text))
    assert fixed.source.text == "Republican Senator Lindsey Graham"
    assert [f.text for f in fixed.fragments] == ["that the bill would pass"]


def test_a_named_subject_alone_before_a_non_speech_cue_is_no_quote():
    from models.quotes.spans.relative import speakers_tagged_as_words
    text = "The hospital trust's chief executive, Dr Neil Carver, apologised. He said sorry.\n"
    draft = Draft(fragments=[span_of(text, "The hospital trust's chief executive, Dr Neil Carver")],
                  cue=span_of(text, "apologised"))
    assert speakers_tagged_as_words(text, [draft], PersonIndex(text)) == []


def test_the_parent_of_two_with_no_such_epithet_is_the_mother_opening_the_sentence_before():
    text = ("Rhiannon Davies, whose daughter Kate died in 2009, said the report was overdue. “We fought for years,” the "
            "mother of two said. Tom Reed said so too. “We agree,” the mother of two said.")
    written = ["the mother of two", "the mother of two"]
    assert resolve_names(text, mentions_of(text, written)) == ["Rhiannon Davies", written[1]]


def test_the_source_is_the_unnamed_source_introduced_last():
    text = ("A senior government source said the reshuffle was near. The source added that three would go. "
            "Another source said otherwise. The source added more.")
    written = ["A senior government source", "The source", "Another source", "The source"]
    assert resolve_names(text, mentions_of(text, written)) == [written[0], written[0], written[2], written[2]]


def test_the_force_is_the_police_and_the_defendant_is_the_one_who_denies():
    text = ("Detective Inspector Fiona Gale of West Yorkshire Police spoke. The force said patrols would rise. "
            "Businessman Carl Denton, 56, denies fraud. Prosecutor Helen Shaw said he lied. The defendant said "
            "he had not.")
    written = ["The force", "The defendant"]
    assert resolve_names(text, mentions_of(text, written)) == ["West Yorkshire Police", "Carl Denton"]


def test_findings_say_nothing_so_the_reporter_keeps_the_quoted_words():
    from models.quotes.spans.nested import names_someone
    assert not names_someone("the findings") and not names_someone("the data")
    assert names_someone("the suspect")


def test_a_wife_named_by_first_name_takes_the_family_name_and_her_sex_counts():
    text = ("David Beckham said he almost lost everything. His wife Victoria, who also appears, said they had threats. "
            "“It was scary,” she said. The former England captain said he had never spoken so openly.")
    written = ["His wife Victoria", "she", "The former England captain"]
    assert resolve_names(text, mentions_of(text, written)) == ["Victoria Beckham", "Victoria Beckham", "David Beckham"]


def test_a_rival_holds_the_office_of_the_one_he_rivals():
    text = ("Party leader Mette Frederiksen told supporters in Copenhagen that Denmark had chosen stability. Her "
            "conservative rival, Søren Pape Poulsen, conceded defeat. The conservative leader said he would rebuild.")
    assert resolve_names(text, mentions_of(text, ["The conservative leader"])) == ["Søren Pape Poulsen"]


def test_a_wife_named_in_apposition_is_the_mrs_of_the_family_name_but_never_the_bare_surname():
    text = ("John Reid, 68, said he had checked the ticket. His wife, Margaret, said they would share it. "
            "“We can't believe it,” Mrs Reid said. Mr Reid added that he would keep his allotment. Reid smiled.")
    written = ["His wife, Margaret,", "Mrs Reid", "Mr Reid"]
    assert resolve_names(text, mentions_of(text, written)) == ["Margaret Reid", "Margaret Reid", "John Reid"]


def test_it_with_no_group_before_is_the_body_opening_its_sentence_and_a_based_adjective_is_no_name():
    text = ("OpenAI unveils a model\n\nOpenAI on Monday unveiled a chatbot that it said could reason. The San Francisco-based company said "
            "paying users come first.")
    written = ["it", "The San Francisco-based company"]
    assert resolve_names(text, mentions_of(text, written)) == ["OpenAI", "OpenAI"]
    assert not is_name_word("Francisco-based") and not is_name_word("German-born")


def test_it_after_a_question_word_or_a_number_opening_the_sentence_stays_as_written():
    text = "What Beijing can offer is loans. It has said the road is “more than a road”."
    assert resolve_names(text, mentions_of(text, ["It"])) == ["It"]
    text = "Two Americans were killed. “I tried you on the phone,” it reads."
    assert resolve_names(text, mentions_of(text, ["it"])) == ["it"]


def test_money_pledged_is_no_quote_but_a_pledge_to_act_stays():
    from models.quotes.spans.junk import drop_junk
    text = "Adele and Warren Buffett have pledged money to a climate fund. The mayor pledged to cut fares.\n"
    money = Draft(fragments=[span_of(text, "money to a climate fund")], source=span_of(text, "Adele and Warren Buffett"),
                  cue=span_of(text, "have pledged"))
    act = Draft(fragments=[span_of(text, "to cut fares")], source=span_of(text, "The mayor"), cue=span_of(text, "pledged", 2))
    assert drop_junk(text, [money, act]) == [act]


def test_party_state_tags_give_the_party_and_the_state():
    from models.quotes.speakers.descriptions import party_tags_spelled
    assert party_tags_spelled("Sen. Chris Murphy, D-Conn., said") == "Sen. Chris Murphy, Democrat Connecticut, said"
    assert party_tags_spelled("Rep. Paul Ryan (R-Wis.)") == "Rep. Paul Ryan (Republican Wisconsin)"
    assert party_tags_spelled("(R-TX) and D-N.Y.") == "(Republican Texas) and Democrat New York"
    assert party_tags_spelled("the D-Day landings") == "the D-Day landings"
    text = ("Sen. Susan Collins, R-Maine, said the deal was alive. Sen. Chris Murphy, D-Conn., disagreed. The "
            "Republican said she had called the White House. The Connecticut Democrat said talks would go on. "
            "The senator from Maine added that a vote could come.")
    written = ["The Republican", "The Connecticut Democrat", "The senator from Maine"]
    assert resolve_names(text, mentions_of(text, written)) == ["Susan Collins", "Chris Murphy", "Susan Collins"]


def test_a_role_from_a_place_fitting_no_one_and_a_campaign_of_a_senator_stay_as_written():
    text = ("Rick Santorum turned on Cruz, with the campaign of the former senator from Pennsylvania saying he was wrong. "
            "Sen. Bernie Sanders spoke later. The senator from Ohio said nothing.")
    written = ["the campaign of the former senator from Pennsylvania", "The senator from Ohio"]
    assert resolve_names(text, mentions_of(text, written)) == written


def test_one_name_after_a_trade_is_a_person_and_an_age_skips_a_person_of_the_other_sex():
    text = ("The singer Adele and the investor Warren Buffett back a fund. “I think about my son,” the singer told "
            "reporters. The 36-year-old said she would give two concerts. The billionaire added that he agreed.")
    written = ["the singer", "The 36-year-old", "The billionaire"]
    assert resolve_names(text, mentions_of(text, written)) == ["Adele", "Adele", "Warren Buffett"]


def test_a_doctor_is_a_physician_and_a_tie_goes_to_the_one_just_introduced():
    text = ("Dr. Mandy Cohen, director of the Centers for Disease Control and Prevention, urged people to get "
            "vaccinated. “We have the tools,” the country's top public health official said. Dr. Ashish Jha, a former "
            "White House coronavirus coordinator, was more cautious. The physician said hospitals were stretched.")
    written = ["the country's top public health official", "The physician"]
    assert resolve_names(text, mentions_of(text, written)) == ["Mandy Cohen", "Ashish Jha"]


def test_a_name_given_only_as_a_first_name_speaks_and_his_pronoun_after_is_him():
    text = ("“The water came up in ten minutes,” said a man who gave his name only as Tom. He said he had “never seen "
            "anything like it”. A woman, who asked to be identified only by her first name, Maria, said she left.")
    written = ["a man who gave his name only as Tom", "He", "A woman, who asked to be identified only by her first name, Maria,"]
    assert resolve_names(text, mentions_of(text, written)) == ["Tom", "Tom", "Maria"]


def test_a_widow_named_after_a_possessive_is_a_mention_of_her_and_her_pronoun_after():
    text = ("Prosecutor Catherine Lloyd said the killing was planned. Mr Hughes's widow, Bethan, told the court her "
            "husband had been frightened. She said he had told her to call the police.")
    written = ["Mr Hughes's widow, Bethan,", "She"]
    assert resolve_names(text, mentions_of(text, written)) == ["Bethan Hughes", "Bethan Hughes"]


def test_british_police_ranks_written_short_are_titles():
    text = "Det Ch Insp Sarah Whitmore said the raid was brazen. “We have leads,” Det Ch Insp Whitmore added."
    assert resolve_names(text, mentions_of(text, ["Det Ch Insp Whitmore"])) == ["Sarah Whitmore"]


def test_a_pronoun_after_a_sentence_opened_by_a_quote_is_its_named_signer_even_with_a_mixed_first_name():
    text = ("„Wir schaffen das nicht allein“, said Kai Wegner, the mayor of Berlin, warning that money was short. He "
            "added that he had written to the chancellor.")
    written = ["Kai Wegner", "He"]
    assert resolve_names(text, mentions_of(text, written)) == ["Kai Wegner", "Kai Wegner"]


def test_a_surname_that_is_also_a_title_is_the_person_named_so():
    text = "Tennis great Billie Jean King remembered Ali. King says Ali “talked the talk”."
    king = text.index("King says")
    assert resolve_names(text, [Mention("King", king, king + 4)]) == ["Billie Jean King"]


def test_a_role_before_a_verb_is_not_its_objects_and_a_body_in_initials_needs_a_tie():
    text = ("A panel voted to hold Bryan Pagliano in contempt despite warnings from his attorney. They noted his "
            "attorney offered to have Pagliano appear. An attorney for Pagliano, Mark MacDougall, said he was ready.")
    assert resolve_names(text, mentions_of(text, ["his attorney"])) == ["Mark MacDougall"]
    text = ("Hillary Clinton aide Cheryl Mills had a conflict of interest in her legal role representing the "
            "Democratic candidate during the FBI investigation of the emails. President "
            "Barack Obama said little. The FBI director chastised Clinton for using the server.")
    assert resolve_names(text, mentions_of(text, ["The FBI director"])) == ["The FBI director"]


def test_a_headline_quote_of_a_group_is_the_body_speaker_saying_it_and_every_repeat_gets_a_speaker():
    text = ("'We were left to drown': Flood victims demand answers | Echo\n"
            "'We were left to drown': Flood victims demand answers\n\n"
            "Susan Marsh, 61, said she had no warning. “We were left to drown,” she said.\n")
    first = Draft(fragments=[span_of(text, "'We were left to drown'")], source=span_of(text, "Flood victims"),
                  cue=span_of(text, "demand"))
    repeat = Draft(fragments=[span_of(text, "'We were left to drown'", 2)])
    body = Draft(fragments=[span_of(text, "“We were left to drown,”")], source=span_of(text, "she", 2),
                 cue=span_of(text, "said", 2))
    drafts = headline_quotes(text, [first, repeat, body])
    assert [d.source.start for d in drafts] == [body.source.start] * 3
    people = ("Flood victims demand answers\n\nNurses say the plan is 'unsafe'\n\n"
              "Dr Asha Patel said the plan was “unsafe”. Nurses say the ward is full.\n")
    group = Draft(fragments=[span_of(people, "the plan is 'unsafe'")], source=span_of(people, "Nurses"),
                  cue=span_of(people, "say"))
    doctor = Draft(fragments=[span_of(people, "“unsafe”")], source=span_of(people, "Dr Asha Patel"),
                   cue=span_of(people, "said"))
    [kept] = [d for d in headline_quotes(people, [group, doctor]) if d.fragments[0].start < people.index("Dr")]
    assert kept.source.text == "Nurses"  # one word said in the body too may be anyone's


def test_who_coordinated_after_a_whose_clause_is_the_person_before_it():
    text = ("Among them is Derek Long, whose shop has been on the high street for 30 years, and who said the lanes "
            "were “the final straw”.")
    who = text.index("who said")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["Derek Long"]


def test_the_sources_after_two_people_familiar_are_that_group_and_an_office_loses_its_owners_title():
    text = ("Stellantis is weighing a sale, two people familiar with the matter told Reuters. The talks may fail, the "
            "sources said. One of the people said a decision could come soon. Gov. Kathy Hochul's office said nothing.")
    written = ["two people familiar with the matter", "the sources", "One of the people", "Gov. Kathy Hochul's office"]
    resolved = resolve_names(text, mentions_of(text, written))
    assert resolved == ["two people familiar with the matter"] * 2 + ["One of the people", "Kathy Hochul's office"]


def test_an_as_clause_after_the_cue_is_the_reporters_but_a_because_clause_stays():
    from models.quotes.spans.boundaries import without_reporters_clauses
    text = ("Stellantis is exploring a sale, two people told Reuters, as the carmaker looks to cut costs. "
            "He is leaning toward Kasich, he said, because he prizes electability.")
    as_clause = Draft(fragments=[span_of(text, "Stellantis is exploring a sale"),
                                 span_of(text, "the carmaker looks to cut costs")],
                      source=span_of(text, "two people"), cue=span_of(text, "told"))
    because = Draft(fragments=[span_of(text, "He is leaning toward Kasich"), span_of(text, "because he prizes electability")],
                    source=span_of(text, "he"), cue=span_of(text, "said"))
    kept = without_reporters_clauses(text, [as_clause, because])
    assert [len(d.fragments) for d in kept] == [1, 2]


def test_a_club_nickname_names_its_club_and_a_boss_may_be_a_football_manager():
    text = ("Arsenal manager Mikel Arteta praised his players. Villa boss Unai Emery said his side had switched off. "
            "The Gunners boss added that Saka would be assessed.")
    assert resolve_names(text, mentions_of(text, ["The Gunners boss"])) == ["Mikel Arteta"]


def test_his_family_is_the_persons_family_not_him():
    text = "Former England striker Trevor Bannister has died aged 74. “He was wonderful,” his family said."
    assert resolve_names(text, mentions_of(text, ["his family"])) == ["Trevor Bannister's family"]


def test_a_description_naming_a_club_or_body_fits_no_one_the_article_ties_to_another():
    text = ("Emma Hayes said her Chelsea side had shown spirit against Arsenal. Arsenal boss Jonas Eidevall admitted "
            "defeat. “We never gave up,” the Chelsea manager told BBC Sport.")
    assert resolve_names(text, mentions_of(text, ["the Chelsea manager"])) == ["Emma Hayes"]
    text = "Russian President Vladimir Putin and U.S. envoy Steve Witkoff met. The Kremlin chief said talks were useful."
    assert resolve_names(text, mentions_of(text, ["The Kremlin chief"])) == ["Vladimir Putin"]


def test_a_pronoun_in_a_lede_with_no_one_named_before_is_the_person_the_next_sentence_names():
    text = ("Queues grow\n\n“I never thought I would be here,” she says. Amina Yusuf, 38, lost her job in March. "
            "Her story is common, said Emma Revie. “It is hard,” she said.")
    she, revie, later = text.index("she says"), text.index("Emma Revie"), text.index("she said")
    mentions = [Mention("she", she, she + 3), Mention("Emma Revie", revie, revie + 10), Mention("she", later, later + 3)]
    assert resolve_names(text, mentions) == ["Amina Yusuf", "Emma Revie", "Emma Revie"]


def test_a_former_role_of_a_named_body_opening_a_sentence_is_the_subject_before():
    text = ("Stacey Abrams says the bill is “Jim Crow 2.0”. The former Democratic leader of the Georgia House told "
            "reporters she would fight it in court.")
    written = ["The former Democratic leader of the Georgia House"]
    assert resolve_names(text, mentions_of(text, written)) == ["Stacey Abrams"]


def test_her_rival_is_the_other_speaker_never_her():
    text = ("Mayor Rosa Delgado and challenger Tanya Brooks clashed. “Rosa wants credit,” Brooks said. Delgado said she "
            "was proud of her record. Her rival said voters wanted change.")
    written = ["Brooks", "Delgado", "Her rival"]
    assert resolve_names(text, mentions_of(text, written)) == ["Tanya Brooks", "Rosa Delgado", "Tanya Brooks"]


def test_a_role_opening_a_name_run_is_cut_even_before_a_first_name_no_list_holds():
    text = "Opinions were divided.\n\nPensioner Geoff Marsh, 74, said he would never shop on a Sunday."
    assert resolve_names(text, mentions_of(text, ["Pensioner Geoff Marsh"])) == ["Geoff Marsh"]


def test_a_shadow_minister_is_not_the_minister():
    text = ("Chancellor Rachel Reeves defended the rises. Shadow chancellor Mel Stride attacked them. The shadow "
            "chancellor added that forecasts were cut. The chancellor insisted the rises were fair.")
    written = ["The shadow chancellor", "The chancellor"]
    assert resolve_names(text, mentions_of(text, written)) == ["Mel Stride", "Rachel Reeves"]


def test_a_deputy_is_not_the_office_and_the_former_holder_is_the_one_who_stepped_down():
    text = ("Prime Minister Keir Starmer and Deputy Prime Minister Angela Rayner visited Kent. The deputy prime minister "
            "spoke first. The prime minister said rules were a brake.")
    written = ["The deputy prime minister", "The prime minister"]
    assert resolve_names(text, mentions_of(text, written)) == ["Angela Rayner", "Keir Starmer"]
    text = ("Boeing named finance chief Brian West as acting chief executive after Dave Calhoun stepped down. The acting "
            "chief executive told staff safety came first. The former chief executive said he was proud.")
    written = ["The acting chief executive", "The former chief executive"]
    assert resolve_names(text, mentions_of(text, written)) == ["Brian West", "Dave Calhoun"]


def test_a_pronoun_signing_a_quote_in_low_and_right_marks_is_the_subject_before():
    text = ("„We will not let our border become a weapon”, Prime Minister Donald Tusk told reporters. Defence Minister "
            "Władysław Kosiniak-Kamysz said the fence would grow. „It works”, he added.")
    he = text.rindex("he added")
    assert resolve_names(text, [Mention("he", he, he + 2)]) == ["Władysław Kosiniak-Kamysz"]


def test_counsel_named_by_the_side_they_speak_for_is_the_barrister():
    text = ("Prosecuting, Martin Obi said the money went through 37 accounts. Defending, Anita Rowe said her client was "
            "ashamed. The barrister added that he had sold his home. The prosecutor said the clerk found it.")
    written = ["The barrister", "The prosecutor"]
    assert resolve_names(text, mentions_of(text, written)) == ["Anita Rowe", "Martin Obi"]


def test_a_role_that_fits_no_one_named_is_the_subject_before_and_a_name_after_who_supports_holds_no_role():
    text = ("Two members voted for a cut. One of them, Swati Dhingra, has argued that rates hurt growth. “Households are "
            "feeling the squeeze,” the external member told MPs.")
    assert resolve_names(text, mentions_of(text, ["the external member"])) == ["Swati Dhingra"]
    text = ("Donald Trump spoke on Monday. “If I was a donor, I’d want answers,” said a Republican National Committee "
            "member who supports Donald Trump. “Nobody cares,” the RNC member said.")
    assert resolve_names(text, mentions_of(text, ["the RNC member"])) == ["the RNC member"]


def test_dutch_particles_stay_in_the_name_and_a_possessed_mention_drops_its_owners_title_phrase():
    text = "Dutch MEP Sophie in 't Veld said no. Jan van ’t Hof and Mark ter Haar agreed. Smith in London said yes."
    assert [run.words for run in name_runs(text) if len(run.words) > 1] == [
        ("Sophie", "in", "'t", "Veld"), ("Jan", "van", "’t", "Hof"), ("Mark", "ter", "Haar")]
    text = ("Former European Commission president Ursula von der Leyen's spokesman declined to comment. Former Prime "
            "Minister Boris Johnson's spokesman declined. Aides to President Joe Biden's chief said no.")
    written = ["Former European Commission president Ursula von der Leyen's spokesman",
               "Former Prime Minister Boris Johnson's spokesman", "Aides to President Joe Biden's chief"]
    assert resolve_names(text, mentions_of(text, written)) == [
        "Ursula von der Leyen's spokesman", "Boris Johnson's spokesman", "Aides to President Joe Biden's chief"]


def test_a_name_kept_as_written_loses_the_time_and_the_participle_clause_swept_into_it():
    text = ("Knife crime fell, according to figures published by the Metropolitan Police on Thursday. A study by the "
            "University of Westminster, published alongside the figures, found clubs helped. A CBS News poll released "
            "last week found the race tied. The Republican Congress, with help from Democrats until this year, voted.")
    written = ["figures published by the Metropolitan Police on Thursday",
               "A study by the University of Westminster, published alongside the figures",
               "A CBS News poll released last week", "The Republican Congress, with help from Democrats until this year"]
    assert resolve_names(text, mentions_of(text, written)) == [
        "figures published by the Metropolitan Police", "A study by the University of Westminster", "A CBS News poll",
        "The Republican Congress, with help from Democrats until this year"]


def test_a_role_never_falls_back_to_a_one_word_name_written_only_as_a_place():
    text = "Turnout in Sunderland was 48%, down four points, the returning officer said."
    assert resolve_names(text, mentions_of(text, ["the returning officer"])) == ["the returning officer"]


def test_words_before_a_possessive_and_a_bodys_word_name_the_body_not_a_person():
    text = ("Fishermen in Peterhead say the cut will ruin them. The Scottish Fishermen's Federation said the cut was "
            "based on flawed science.")
    assert resolve_names(text, mentions_of(text, ["Fishermen in Peterhead"])) == ["Fishermen in Peterhead"]


def test_a_live_pages_entry_speaks_of_its_own_people():
    text = ("The Latest\n\n3:15 p.m.\n\nDonald Trump says he is the healthiest candidate ever. Trump says his doctor "
            "agrees.\n\n___.\n\n2:40 p.m.\n\nLibertarian candidate Gary Johnson says he is fit. The former New Mexico "
            "governor is a triathlete. He released a letter from his doctor on Friday.\n\n___.\n\n1:10 p.m.\n\nThe New "
            "York state attorney general is confirming the Trump Foundation is not registered.\n")
    he = text.index("He released")
    written = ["he", "The New York state attorney general"]
    mentions = [Mention("He", he, he + 2)] + mentions_of(text, written[1:])
    assert resolve_names(text, mentions) == ["Gary Johnson", "The New York state attorney general"]


def test_a_title_case_headline_gives_a_first_name_and_a_surname_the_body_uses_alone():
    text = ("Why Hillary Clinton Lost The Rust Belt To Donald Trump\n\nOn Monday night, Clinton leaned in. She started "
            "off by emphasizing fairness. Trump spoke later.\n")
    she = text.index("She started")
    assert resolve_names(text, mentions_of(text, ["Clinton"]) + [Mention("She", she, she + 3)]) == [
        "Hillary Clinton", "Hillary Clinton"]
    text = "Senate Race Tightens In Iowa\n\nIn Iowa, voters said the race was close.\n"
    assert all(len(run.words) == 1 for run in name_runs(text) if "Iowa" in run.words)


def test_two_surnames_one_never_named_in_full_stay_two_people():
    text = "Planned Parenthood's Cecile Richards spoke. Richards and Menendez both stressed the point."
    assert resolve_names(text, mentions_of(text, ["Richards and Menendez"])) == ["Richards and Menendez"]


def test_a_pronoun_signing_an_unquoted_report_at_its_sentences_end_is_the_subject_before():
    text = ("Kazakhstan's foreign minister, Erlan Idrissov, plays down concerns. China may outnumber the Kazakh "
            "population by 80 to 1, but its progress represents good news, he says.")
    he = text.index("he says")
    assert resolve_names(text, [Mention("he", he, he + 2)]) == ["Erlan Idrissov"]
    text = ("Chris Christie began the morning on one knee, begging a woman to vote for him. After he gave her a long "
            "answer, she said he had her vote.")
    she = text.index("she said")
    assert resolve_names(text, [Mention("she", she, she + 3)]) != ["Chris Christie"]


def test_a_full_name_without_a_generational_suffix_is_not_the_one_with_it():
    text = ("Donald Trump Jr. on Sunday defended his father's plan. President Donald Trump said on Saturday that the "
            "tariffs would work. The president added that others had cheated. Trump Jr. said his father would not back down.")
    written = ["President Donald Trump", "The president", "Trump Jr."]
    assert resolve_names(text, mentions_of(text, written)) == ["Donald Trump", "Donald Trump", "Donald Trump Jr."]


def test_a_role_opening_the_lede_is_the_person_who_signs_the_quote_opening_the_next_sentence():
    text = ("Mayor rejects rent cap\n\nBERLIN — Berlin's governing mayor has rejected calls for a rent cap.\n\n"
            "„Ein Mietendeckel baut keine einzige Wohnung“, declared Kai Wegner at a press conference.\n")
    assert resolve_names(text, mentions_of(text, ["Berlin's governing mayor"])) == ["Kai Wegner"]


def test_a_body_named_by_its_initials_before_an_apposition_is_that_body():
    text = "The EIS, the union that represents most of Scotland's teachers, said members backed action."
    written = ["The EIS, the union that represents most of Scotland's teachers"]
    assert resolve_names(text, mentions_of(text, written)) == ["The EIS"]


def test_may_after_a_first_name_is_a_surname_and_a_month_elsewhere():
    text = "In May, the then prime minister, Theresa May, told him no. On 3 May the talks ended."
    assert [run.words for run in name_runs(text)] == [("Theresa", "May")]


def test_a_headlines_former_role_stands_for_the_first_person_the_body_names():
    text = ("Ex-PM: ‘Britain must rejoin the single market’\n\nFormer prime minister Sir Tony Blair has said Britain must "
            "rejoin the single market.\n")
    assert resolve_names(text, mentions_of(text, ["Ex-PM"])) == ["Tony Blair"]


def test_a_site_name_opening_several_lines_is_cut_from_a_speaker_but_a_bodys_own_name_stays():
    text = ("Metro Ledger Business Port strike ends\nMetro Ledger Business Dockworkers have ended a strike.\n"
            "Metro Ledger Business Hutchison Ports said it was pleased.\n")
    assert resolve_names(text, mentions_of(text, ["Metro Ledger Business Hutchison Ports"])) == ["Hutchison Ports"]
    text = ("The American Legion Post 5 hosted voters.\nThe American Legion said turnout was high.\n"
            "The American Legion hall closed at 7.\n")
    assert resolve_names(text, mentions_of(text, ["The American Legion"])) == ["The American Legion"]


def test_the_pair_after_two_people_opening_the_sentence_before_and_it_after_shares_in_a_company():
    text = ("Britain's Joe Salisbury and Neal Skupski reached the final on Saturday. The pair said they had the Olympics "
            "in their sights.")
    assert resolve_names(text, mentions_of(text, ["The pair"])) == ["Joe Salisbury and Neal Skupski"]
    text = "Shares in fashion retailer Hallam & Vine fell 18% on Thursday after it warned that profits would fall."
    it = text.index("it warned")
    assert resolve_names(text, [Mention("it", it, it + 2)]) == ["Hallam & Vine"]


def test_the_regulator_is_the_body_that_fined_someone_before():
    text = ("Thames Water has been fined £90m by Ofwat after an investigation. The regulator said the company had put "
            "profits first. Separately, the FCA censured Barclays. The watchdog said it would act again.")
    assert resolve_names(text, mentions_of(text, ["The regulator", "The watchdog"])) == ["Ofwat", "FCA"]


def test_a_deal_that_will_make_someone_the_next_prime_minister_gives_them_that_role_to_come():
    text = ("Four Dutch parties agreed a deal on Thursday that will make Rob Jetten the next prime minister. The incoming "
            "head of government said housing came first. Outgoing Prime Minister Dick Schoof wished him well.")
    assert resolve_names(text, mentions_of(text, ["The incoming head of government"])) == ["Rob Jetten"]
    assert not any(run.words[0] == "Four" for run in name_runs(text))
    assert not any("Democratic-leaning" in run.words for run in name_runs("Voters in Democratic-leaning New Jersey said no."))


def test_demonym_nouns_are_no_names_and_the_northern_irishman_is_the_one_called_so():
    text = ("Northern Irishman Rory McIlroy and Englishman Tommy Fleetwood share the lead. “It's the best I've putted,” "
            "said the Northern Irishman. The Englishman said he had not slept well.")
    assert resolve_names(text, mentions_of(text, ["the Northern Irishman", "The Englishman"])) == [
        "Rory McIlroy", "Tommy Fleetwood"]


def test_an_indefinite_role_after_a_preposition_introduces_no_unnamed_speaker():
    text = ("Maria Lopez won the primary on Tuesday. Party elders voiced doubts about a nominee who had never held office. "
            "The presumptive nominee said she would unite the party.")
    assert resolve_names(text, mentions_of(text, ["The presumptive nominee"])) == ["Maria Lopez"]
    text = ("A nurse who treated the patients returned home on Monday. The governor ordered a quarantine. Governor Tom "
            "Reyes defended it. The nurse said the order was unlawful.")
    assert resolve_names(text, mentions_of(text, ["The nurse"])) == ["The nurse"]


def test_a_role_acted_in_at_the_end_of_a_subjects_clause_is_theirs():
    text = ("Candidate Carla Munro spoke first. Hannah Weiss delivered her acceptance speech as the Democratic nominee. "
            "“We start today,” said the Democratic nominee.")
    assert resolve_names(text, mentions_of(text, ["the Democratic nominee"])) == ["Hannah Weiss"]


def test_a_bare_role_is_not_someone_who_held_it_before():
    text = ("Former Republican candidate Jim Dole backed the plan in June. Paul Vance, who leads the race, held a rally. "
            "The candidate said the plan was wrong.")
    assert resolve_names(text, mentions_of(text, ["The candidate"])) == ["Paul Vance"]


def test_an_indefinite_role_at_a_body_is_no_one_holding_a_role_elsewhere():
    text = ("An executive at the Harbor Trust asked for a meeting, emails show. Tom Fitch, the president of Open Ledger, "
            "said the emails were troubling.")
    assert resolve_names(text, mentions_of(text, ["An executive at the Harbor Trust"])) == \
        ["An executive at the Harbor Trust"]


def test_a_regional_adjective_names_no_nation():
    text = ("Pope Leo met the prime minister on Monday. In calling the plan cruel, the Latin American pope again spoke "
            "out. Mr. Grant said nothing.")
    assert resolve_names(text, mentions_of(text, ["the Latin American pope"])) == ["Pope Leo"]


def test_an_unspaced_dash_parts_a_name_from_the_word_after_it():
    runs = name_runs("Moderates rallied to Governor Kasich—endorsed by the Globe—and to Rubio—at least for now.")
    words = [run.words for run in runs]
    assert ("Kasich",) in words and ("Rubio",) in words and ("Globe",) in words


def test_a_state_is_no_pronouns_antecedent():
    text = ("Greg Hale campaigned in New Hampshire on Monday. Voters in New Hampshire, he said, want jobs. "
            "New Hampshire has a primary in February and he expects to win it.")
    assert [c.name for c in candidates_before(PersonIndex(text), text.index("he expects"), "m")] == ["Greg Hale"]


def test_a_who_after_a_place_or_a_count_points_to_the_people_before_it():
    text = "She is one of the few Democrats in the country who has refused to back him, and crowds 9,000 strong who cheer."
    first = text.index("who has")
    second = text.index("who cheer")
    assert resolve_names(text, [Mention("who", first, first + 3), Mention("who", second, second + 3)]) == \
        ["few Democrats in the country", "crowds"]


def test_a_pronoun_after_a_dash_or_in_a_clause_before_the_subject_is_that_subject():
    text = ("Tom Baker ran the numbers. Lisa Crane knows her weak spot on trade — she told the Herald that voters want "
            "more. Even as he attacked the agency, Mark Ruiz would not say what he wanted.")
    she = text.index("she told")
    he = text.index("he attacked")
    assert resolve_names(text, [Mention("she", she, she + 3), Mention("he", he, he + 2)]) == ["Lisa Crane", "Mark Ruiz"]


def test_a_pronoun_signing_a_quote_in_doubled_apostrophes_reads_the_sentence_before():
    text = ("Ana Ortiz, 18, was unsure when she tried it, but she soon changed her mind. ''I kept the board,'' she said. "
            "Mia Cole, 20, disagreed.")
    assert previous_subject(PersonIndex(text), text.index("she said"), "f") == "Ana Ortiz"


def test_a_title_abbreviation_ends_no_sentence_before_a_quote_and_a_closing_reporter_signs_the_quote():
    text = ("In a letter, Mr. Hale said his ties to Mr. Ford were strictly business. “It was my job,” he wrote.\n\n"
            "Rising seas could displace millions, Ford said in an interview.\n\n“That is the risk,” he said.")
    index = PersonIndex(text)
    assert previous_subject(index, text.index("he wrote"), "m") == "Hale"  # not "Ford were strictly business"
    assert previous_subject(index, text.index("he said"), "m") == "Ford"


def test_a_state_or_dateline_before_a_subject_is_no_subject():
    text = "Former Ohio Gov Rob Tate, who wrote the report, has pressed for its release. The Democrat told reporters."
    assert previous_subject(PersonIndex(text), text.index("The Democrat"), None) == "Rob Tate"
    text = "DOVER, N.H. - Kim Ash is sure she will vote. She is less sure about the fall."
    assert previous_subject(PersonIndex(text), text.index("She is"), "f") == "Kim Ash"


def test_groups_and_things_of_a_person_are_not_the_person():
    text = ("Charles Meyer funds the group. The vast Meyer operation - which plans to spend $90 million - is wavering. "
            "Dan Cole is the mayor. Nancy was not loved by his staff or the public, said Dan Cole. "
            "As this reporter found, Cole was wrong.")
    assert resolve_names(text, mentions_of(text, ["The vast Meyer operation - which plans to spend $90 million -",
                                                  "his staff or the public", "this reporter"])) == \
        ["The vast Meyer operation", "his staff or the public", "this reporter"]


def test_a_title_before_a_name_stops_at_and():
    text = "With Governor Webb and Senator Lyle out, the race narrowed. The governor said he would endorse."
    assert resolve_names(text, mentions_of(text, ["The governor"])) == ["Webb"]


def test_a_name_closing_a_fronted_phrase_is_no_apposition_of_the_subject_after_it():
    text = ("Rosa Vance spoke to the hosts. In an interview with hosts Tom Reed and Anna Marsh, the Democratic "
            "candidate said the plan was wrong.")
    assert resolve_names(text, mentions_of(text, ["the Democratic candidate"])) != ["Anna Marsh"]


def test_a_capitalised_role_closing_a_description_with_a_lower_case_word_is_a_role():
    text = ("As the party prepares for what Noel Grant called “the hardest race”, the former House Speaker is ready. "
            "The Daily Union Leader said nothing.")
    assert resolve_names(text, mentions_of(text, ["the former House Speaker", "The Daily Union Leader"])) == \
        ["Noel Grant", "The Daily Union Leader"]


def test_a_vice_presidential_nominee_is_no_presidential_nominee():
    assert parse_description("the Republican vice-presidential nominee").head == "vice nominee"


def test_a_name_after_in_takes_no_title_from_the_words_before_it():
    text = ("Mr. Lee is the fighter the candidate had in Ray Cole, his former campaign manager. Mr. Lee still speaks to "
            "Cole, with the candidate seeking his advice.")
    assert not any("candidate" in context for _, name, context in mention_contexts(PersonIndex(text)) if name == "Ray Cole")


def test_the_subject_of_a_fronted_phrase_or_clause_is_the_pronoun_after_it():
    text = ("Kate Lund spoke first. She said the race was lost. In an example of how sensitive Ana Webb is about her "
            "record, she used her speech to answer.")
    first, second = text.index("She said"), text.index("she used")
    assert resolve_names(text, [Mention("She", first, first + 3), Mention("she", second, second + 3)]) == \
        ["Kate Lund", "Ana Webb"]


def test_a_restrictive_that_after_a_work_by_a_body_is_the_work_and_a_clause_verb_is_cut():
    text = "Polls by Quinnipiac University that showed a lead came out. The Senate withheld a key memo in 2014 that said so."
    first = text.index("that showed")
    second = text.index("that said")
    assert resolve_names(text, [Mention("that", first, first + 4), Mention("that", second, second + 4)]) == \
        ["Polls", "a key memo"]
    text = "The order answered a request by The Daily Ledger, which argued for release."
    which = text.index("which")
    assert resolve_names(text, [Mention("which", which, which + 5)]) in (["The Daily Ledger"], ["Daily Ledger"])


def test_a_second_relative_pronoun_after_and_points_where_the_first_does():
    text = ("Dana K. Ortiz, whom George W. Bush appointed envoy to Malta, and who now backs Rubio, spoke. "
            "The DFA - which was founded by Howard Dean and which has endorsed Sanders - spoke too.")
    who = text.index("who now")
    which = text.index("which has")
    assert resolve_names(text, [Mention("who", who, who + 3), Mention("which", which, which + 5)])[0] == "Dana K. Ortiz"
    assert resolve_names(text, [Mention("who", who, who + 3), Mention("which", which, which + 5)])[1] != "which"


def test_the_same_pronoun_opening_the_sentence_before_is_the_same_person():
    text = "Ivo Ran said the plot had failed. Tarik Osk was named as a leader of it. He was briefly detained. He denied any role."
    ran, he = text.index("Ivo Ran"), text.index("He denied")
    assert resolve_names(text, [Mention("Ivo Ran", ran, ran + 7), Mention("He", he, he + 2)]) == ["Ivo Ran", "Tarik Osk"]


def test_a_quote_signed_said_name_at_its_end_gives_the_pronoun_or_description_after_it():
    text = ("“The criticism fits all his critics,” said Chris Pell, an analyst at the Corbin Institute. “This debate is "
            "misleading,” he said.\n\nRep. Trey Gowdy defended the panel.\n\n“It was our duty,” said Gowdy.\n\n"
            "The South Carolina Republican admitted the server was never central.")
    he = text.index("he said")
    assert resolve_names(text, [Mention("he", he, he + 2)]) == ["Chris Pell"]
    assert previous_subject(PersonIndex(text), text.index("The South Carolina"), None) == "Trey Gowdy"
    text = ("Mr. Cole, who represents a swing district, said Mr. Trump had disrespected the troops.\n\n"
            "“I am offended,” he said.")
    assert previous_subject(PersonIndex(text), text.index("he said"), "m") != "Trump"


def test_a_pronoun_chain_runs_back_through_fronted_phrases_to_the_sentence_that_names_them():
    text = ("Yet Mr. Vance keeps winning. Within the past 12 days, he has captured two states. In both states, he won "
            "easily. In Ohio, he prevailed even after a week in which he was booed, Mr. Hart said.")
    booed = text.index("he was booed")
    assert resolve_names(text, [Mention("Mr. Hart", text.index("Mr. Hart"), text.index("Mr. Hart") + 8),
                                Mention("he", booed, booed + 2)])[1] == "Vance"
    assert pronoun_chained_before(text, booed, "he") == text.index("he prevailed")
    assert anchored_pronoun(PersonIndex(text), text.index("he prevailed"), "he", "m") == "Vance"


def test_pollster_is_a_role_only_in_lower_case():
    assert parse_description("The former pollster").head == "pollster"
    assert parse_description("the Huffington Post Pollster average") is None


def test_a_first_name_before_a_particle_starts_a_name():
    text = "The bill passed. The guests sat next to Mayor Bill de Blasio, who spoke. The mayor said he was pleased."
    assert resolve_names(text, mentions_of(text, ["The mayor"])) == ["Bill de Blasio"]


def test_a_capital_names_its_nation_and_a_verb_before_a_name_is_no_title():
    text = ("London's new mayor rebuffs Trump\n\nThe British capital's new mayor on Tuesday rejected an offer from Donald "
            "Trump to make an exception for Sadiq Khan. Khan was elected as mayor of London last week.")
    assert resolve_names(text, mentions_of(text, ["The British capital's new mayor"])) == ["Sadiq Khan"]


def test_a_party_description_after_a_signed_quote_is_its_speaker():
    text = ("Paul Ryan spoke to CNN. “The burden of unifying the party is on our nominee,” he said. The Wisconsin "
            "Republican did give Trump some credit.")
    he = text.index("he said")
    assert resolve_names(text, [Mention("he", he, he + 2)] + mentions_of(text, ["The Wisconsin Republican"])) == \
        ["Paul Ryan", "Paul Ryan"]


def test_a_signature_after_a_doubled_apostrophe_close_is_a_closing_reporter():
    text = "Dana Cole wrote a letter. ''All the world felt my pain,'' Ms. Cole wrote. She continued on Monday."
    index = PersonIndex(text)
    start = text.index("''All")
    assert closing_reporter(index, start, text.index("She continued")) == "Dana Cole"


def test_a_verb_and_its_particle_before_a_name_are_no_title_and_a_clause_is_no_predicate():
    text = "Kate Lowe attacked Tom Rossi, and the Texas governor tripped up Rossi in the debate."
    assert not any("governor" in context for _, name, context in mention_contexts(PersonIndex(text))
                   if name == "Tom Rossi")
    text = "At issue between Dan Moore and Ann Lee is whether the freshman Ohio senator has the experience."
    assert not any("senator" in context for _, name, context in mention_contexts(PersonIndex(text))
                   if name == "Ann Lee")


def test_a_pronoun_after_a_subordinator_in_its_sentence_is_the_subject_that_opens_it():
    text = ("Governor Ann Webb spoke first. FBI director Carl Reyes decided not to charge Mr. Lund on Tuesday even though "
            "he found evidence of wrongdoing.")
    he = text.index("he found")
    assert own_sentence_subject(PersonIndex(text), he, "m") == "Carl Reyes"
    text = "Carl Reyes praised Tom Lund, and Tom Lund thanked him when he arrived."
    assert own_sentence_subject(PersonIndex(text), text.index("he arrived"), "m") is None


def test_a_pronoun_in_a_relative_clause_about_a_thing_is_the_subject_that_opens_the_sentence():
    text = ("Felipe Calderon spoke to CNBC. Tom Reyes has made several statements on trade, including a call for a "
            "wall at the border, which he said Mexico should pay for.")
    assert own_sentence_subject(PersonIndex(text), text.index("he said"), "m") == "Tom Reyes"
    text = "Senator Dan Hale of Ohio is airing a new ad aimed at farmers, in which he declares victory."
    assert own_sentence_subject(PersonIndex(text), text.index("he declares"), "m") == "Dan Hale"


def test_a_description_is_not_the_one_it_speaks_of_in_its_own_clause():
    text = ("Tom Lund attacked the record of Ann Price after Ann Price accused him of sexism. “It doesn't make me "
            "nervous,” the cautious candidate said of running against Mr. Lund.")
    assert resolve_names(text, mentions_of(text, ["Tom Lund", "the cautious candidate"])) == ["Tom Lund", "Ann Price"]


def test_a_bare_role_after_a_subject_the_article_gives_no_role_is_that_subject():
    text = ("The actress Maria Vela won an award. Later, star Rosa Diaz spoke about her childhood. Rosa Diaz opened up "
            "about her family. The actress explained why it mattered.")
    actress = text.index("The actress explained")
    assert resolve_names(text, [Mention("The actress", actress, actress + 11)]) == ["Rosa Diaz"]


def test_the_one_asked_answers_the_quote_after_the_question():
    text = ("Last month, reporter Scott Hale asked Ben Ortiz whether his age was fair game. “Sure it is,” he said.")
    he = text.index("he said")
    assert previous_subject(PersonIndex(text), he, "m") == "Ben Ortiz"
    text = ("Betsy Lane was upset by a town hall, when a young man asked Ann Price why people disliked her. “I got "
            "angry,” she said.")
    assert previous_subject(PersonIndex(text), text.index("she said"), "f") != "Ann Price"


def test_a_pronoun_signing_a_quote_of_several_sentences_in_straight_marks_reads_the_sentence_before_it():
    text = ("Last month, radio host Dana Ruiz asked Tom Baird whether his health was fair game.\n\n"
            "\"Sure it is. I cannot remember the last day I took off,\" he said.")
    assert previous_subject(PersonIndex(text), text.index("he said"), "m") == "Tom Baird"


def test_a_quoted_work_before_a_star_leaves_the_star_the_subject():
    text = "“Harbour Lights” star Selenia Vega opened up about her family. The actress explained why."
    assert previous_subject(PersonIndex(text), text.index("The actress"), "f") == "Selenia Vega"


def test_no_break_spaces_read_as_spaces():
    text = "Ann Price spoke first.\n\nTom Lund\u00a0blames the floods on the council. The\u00a0mayor\u00a0also points to the rain."
    index = PersonIndex(text)
    assert index.text == text.replace("\u00a0", " ")
    mayor = text.index("The\u00a0mayor")
    assert previous_subject(index, mayor, None) == "Tom Lund"
    assert resolve_names(text, [Mention(text[mayor:mayor + 9], mayor, mayor + 9)]) == ["Tom Lund"]


def test_a_clause_after_a_place_is_no_apposition_naming_a_company():
    text = ("Tom Lund, who lived in the United Kingdom, worked as a geologist for the Centamin mining company. "
            "The company confirmed he was on the plane.")
    company = text.index("The company")
    assert organisation_described(text, company, "The company") != "United Kingdom"


def test_a_lone_surname_once_titled_is_a_person_throughout():
    text = ("In the April issue, Pres. Lund admits the plan failed. Regarding the floods, Lund defended the process. "
            "“We did what we could,” the president told reporters.")
    index = PersonIndex(text)
    assert [name for _, name in index.mentions] == ["Lund", "Lund"]
    said = text.index("the president told")
    assert previous_subject(index, said, None) == "Lund"
    assert resolve_names(text, [Mention("the president", said, said + 13)]) == ["Lund"]


def test_a_couple_whose_first_names_no_list_knows_is_two_people_husband_first():
    text = ("The parents, Khizr and Ghazala Khan, spoke on Sunday. Mr. Khan said he was proud. Ms. Khan said she "
            "was tired.")
    index = PersonIndex(text)
    assert index.canonical(("Khan",), "m") == "Khizr Khan"
    assert index.canonical(("Khan",), "f") == "Ghazala Khan"
    assert resolve_names(text, mentions_of(text, ["Mr. Khan", "Ms. Khan"])) == ["Khizr Khan", "Ghazala Khan"]


def test_a_given_name_after_named_is_a_person_a_pronoun_can_mean():
    text = ("The woman identified herself as a 52-year-old Salem resident named Caroline. “He truly cares,” she said "
            "of Tom Lund.")
    assert resolve_names(text, mentions_of(text, ["she"])) == ["Caroline"]


def test_a_titled_lone_surname_comes_out_without_its_title():
    text = "Ortega admits plan went wrong\n\nIn an interview, Pres. Ortega admits the plan was bad. Mr. Ortega said so."
    assert resolve_names(text, mentions_of(text, ["Pres. Ortega", "Mr. Ortega"])) == ["Ortega", "Ortega"]
    text = "Filmmaker and author Dinesh D’Souza said the film was done. D’Souza said so."
    assert resolve_names(text, mentions_of(text, ["Filmmaker and author Dinesh D’Souza"])) != ["Dinesh"]


def test_a_pronoun_signing_a_quote_chains_to_the_same_pronoun_opening_the_sentence_before():
    text = ("Susan Sarandon spoke on Monday. She said that Tom Reyes could do more harm than Ann Price, the former "
            "mayor.\n\n“Some people feel Reyes will bring change,” she said.")
    she = text.index("she said")
    assert pronoun_chained_before(text, she, "she") == text.index("She said")
    assert resolve_names(text, [Mention("she", she, she + 3)]) == ["Susan Sarandon"]


def test_a_fronted_clause_then_a_time_adverb_leaves_the_clause_subject_for_the_pronoun():
    text = ("Tom Reyes spoke next. Unlike in 2012, when Mr. Christie turned his address into a paean to himself, this "
            "time he spoke briefly.")
    assert own_sentence_subject(PersonIndex(text), text.index("he spoke"), "m") == "Christie"


def test_the_candidate_no_one_is_tied_to_is_the_article_subject_just_named():
    text = ("Tom Reyes hired a new campaign chief on Wednesday. Mr. Reyes met donors in Ohio. People close to the "
            "campaign said Mr. Reyes's children would block a return by Dan Hale. The candidate has bucked efforts "
            "to rein in his temper.")
    candidate = text.index("The candidate")
    assert resolve_names(text, [Mention("The candidate", candidate, candidate + 13)]) == ["Tom Reyes"]
    text = ("Tom Reyes hired a new campaign chief on Wednesday. Mr. Reyes met donors in Ohio. Things look dire for Dan "
            "Hale. And on Wednesday the candidate himself admitted regret.")
    candidate = text.index("the candidate")
    assert resolve_names(text, [Mention("the candidate", candidate, candidate + 13)]) != ["Tom Reyes"]


def test_who_after_a_list_of_predicate_nouns_is_the_subject_they_are_said_of():
    text = ("Editor’s note: Tom Reyes is a serial liar, rampant xenophobe, racist, birther and bully who has "
            "repeatedly pledged to ban all visitors.")
    who = text.index("who")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["Tom Reyes"]


def test_a_descriptions_guess_skips_a_state_for_the_nearest_person():
    text = ("Bill Reyes's hair was whiter than when he was campaigning in New Hampshire in 1992, or even when he was "
            "stumping for his wife. In his solo debut, the former president gave a long speech.")
    president = text.index("the former president")
    assert resolve_names(text, [Mention("the former president", president, president + 20)]) == ["Bill Reyes"]


def test_a_name_after_its_owners_role_opens_the_sentence_as_its_subject():
    text = ("Lester Holt moderated the debate. Holt's liberal NBC News colleague Matt Lauer faced heavy criticism after "
            "he asked Ann Price about her email.")
    assert own_sentence_subject(PersonIndex(text), text.index("he asked"), "m") == "Matt Lauer"


def test_a_sentence_opened_by_a_participle_phrase_has_its_subject_after_the_copula():
    text = ("Tom Reyes spoke on Monday. Rushing to Ann Price's defense was Dan Hale, who by design is the face of the "
            "campaign. He is Tom Reyes's chief defender.")
    assert previous_subject(PersonIndex(text), text.index("He is"), "m") == "Dan Hale"


def test_who_after_people_in_a_titled_persons_body_is_the_people():
    text = ("Ann Price spoke on Monday. Officials in Ms. Merkel's government who made the usual statements were "
            "more cautious.")
    who = text.index("who made")
    assert "Officials" in resolve_names(text, [Mention("who", who, who + 3)])[0]


def test_a_pronoun_after_a_comma_and_but_is_the_subject_that_opens_the_sentence():
    text = ("Samantha Olivieri skates daily. Yasmeen Wilkerson, 18, was dubious when she was introduced to "
            "skateboarding, but she soon recalibrated her priorities.")
    assert own_sentence_subject(PersonIndex(text), text.index("she soon"), "f") == "Yasmeen Wilkerson"


def test_a_fronted_although_clause_gives_its_one_acting_person_but_a_condition_does_not():
    text = "Ann Lee spoke. Although Tom Reyes was not charged, he has accused Ann Lee of pushing for it."
    assert own_sentence_subject(PersonIndex(text), text.index("he has"), "m") == "Tom Reyes"
    text = "Dan Hale spoke. If Tom Reyes doesn't win the nomination, he said he would back someone else."
    assert own_sentence_subject(PersonIndex(text), text.index("he said"), "m") is None


def test_who_after_a_place_apposition_is_the_person():
    text = "''I will not vote for him,'' declared Senator Jeff Flake, Republican of Arizona, who echoed the speaker."
    who = text.index("who echoed")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["Jeff Flake"]
    text = "\"I'm going to vote,\" said Nicky Driscoll, 24, from Manchester, who said the race was close."
    who = text.index("who said")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["Nicky Driscoll"]


def test_a_party_description_opening_the_paragraph_after_a_quote_is_its_speaker():
    text = ("Paul Ryan spoke to CNN on Thursday. “I’m just not ready to do that at this point,” Ryan told CNN. “I’m "
            "not there right now.”\n\nIt was a partial reversal for the Wisconsin Republican, who had pledged support.")
    said = text.index("“I’m just")
    ryan = text.index("the Wisconsin Republican")
    names = resolve_names(text, [Mention("Ryan", text.index("Ryan told"), text.index("Ryan told") + 4),
                                 Mention("the Wisconsin Republican", ryan, ryan + 24)])
    assert names[-1] == "Paul Ryan" and said > 0


def test_a_possessive_speaker_is_named_as_its_owner_without_the_possessive():
    text = ("Paula Lind leads the Harbor Party. The Harbor Party's platform says taxes must fall. Campaign chairman "
            "Tom Reyes's memo said the same. She's sure of it, the party’s leaders said.")
    names = resolve_names(text, mentions_of(text, ["The Harbor Party's", "Campaign chairman Tom Reyes's", "She's"]))
    assert names[:2] == ["The Harbor Party", "Tom Reyes"] and names[2] != "She"


def test_a_time_after_the_antecedent_of_who_is_no_part_of_it():
    text = "Gay Republicans are pumped to re-elect Sen. Rob Portman this year, who endorsed gay marriage in 2013."
    who = text.index("who endorsed")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["Rob Portman"]


def test_a_hyphenated_name_modifier_before_a_titled_organisation_is_no_part_of_its_name():
    text = "In Ohio, the Koch-backed advocacy group Americans for Prosperity ran an ad last August."
    group = "the Koch-backed advocacy group Americans for Prosperity"
    assert resolve_names(text, mentions_of(text, [group])) == ["Americans for Prosperity"]


def test_the_last_word_of_a_body_named_in_full_names_that_body():
    text = ("Hillary Clinton was advised to use a private account, the Harbor Daily Times reported. According to "
            "the Times, the report was sent to Congress. The Times also cited a new book. The Donald said nothing.")
    names = resolve_names(text, mentions_of(text, ["The Times", "The Donald"]))
    assert names[0] == "Harbor Daily Times" and "Times" not in names[1]


def test_a_pronoun_signing_a_quote_after_a_group_with_one_named_example_is_that_example():
    text = ("David Autor, an economist, said voters had reasons. ''It is a matter of costs,'' he said.\n\n"
            "Some staunch defenders of globalization, like Gary Clyde Hufbauer, a senior fellow at the Peterson "
            "Institute, also acknowledge that workers were left behind.\n\n"
            "But the benefit of free trade is ''10 times the size of the losses,'' he said.")
    assert previous_subject(PersonIndex(text), text.rindex("he said"), "m") == "Gary Clyde Hufbauer"


def test_a_relative_pronoun_after_a_quoted_term_a_bracket_or_a_preposition():
    text = ("Ann Lee backs a bill to close what some call the \"Charleston loophole,\" which allows gun sales. Tom "
            "Reyes praised Ku Klux Klan leader David Duke (who endorsed him). Alwaleed's tweet linked to three news "
            "articles from Business Insider, BuzzFeed News and Yahoo News, in which the prince's role was documented.")
    which, who = text.index("which allows"), text.index("who endorsed")
    in_which = text.index("which the prince")
    names = resolve_names(text, [Mention("which", which, which + 5), Mention("who", who, who + 3),
                                 Mention("which", in_which, in_which + 5)])
    assert names == ["Charleston loophole", "David Duke", "three news articles"]


def test_a_bare_role_in_a_numbered_list_item_is_the_person_its_title_opens_with():
    text = ("12 Things Actors Said In 2015.\n\nTake a look at what John Leguizamo and Zoe Saldana said this year.\n\n"
            "1\nJohn Leguizamo On How History Makes Latinos Feel Invisible.\n\nGetty.\n\nIn a conversation with "
            "Alyona Minkovski about his new project, the actor discussed history lessons. “Just imagine,” he said.\n\n"
            "2\nZoe Saldana Questions Why White Actors Play Characters Of Color.\n\nMarvel cast actor Michael B. Jordan "
            "as the Human Torch. In response, the actress said critics should look elsewhere.")
    actor, actress = text.index("the actor"), text.index("the actress")
    names = resolve_names(text, [Mention("the actor", actor, actor + 9), Mention("the actress", actress, actress + 11)])
    assert names == ["John Leguizamo", "Zoe Saldana"]


def test_a_pronoun_signing_a_quote_inside_a_sentence_a_person_opens_is_that_person():
    text = ("Bernie Sanders said on Sunday that Hillary Clinton's judgment was lacking.\n\nVice President Joe Biden "
            "weighed in as well, telling a reporter in an interview on Monday, “They’re both qualified,” he said.")
    assert own_sentence_subject(PersonIndex(text), text.index("he said"), "m") == "Joe Biden"


def test_a_pronoun_after_a_fronted_of_phrase_is_the_subject_before():
    text = ("Donald Trump stayed home. Former House speaker Newt Gingrich noted that other speakers had survived such "
            "criticism.\n\nOf the scrutiny over Melania Trump, he said, \"It's a little much.\"")
    assert previous_subject(PersonIndex(text), text.index("he said"), "m") == "Newt Gingrich"


def test_a_capitalised_department_in_an_office_is_still_the_office():
    text = ("Hillary Clinton went on offense against Donald Trump on Monday, saying he would abdicate leadership.\n\n"
            "The former secretary of State began her speech by slamming candidates.")
    mention = "The former secretary of State"
    assert resolve_names(text, mentions_of(text, [mention])) == ["Hillary Clinton"]


def test_a_persons_campaign_is_named_as_news_names_a_campaign():
    text = "Bernie Sanders spoke in Iowa on Monday. He did not offer details, and his campaign did not respond."
    assert resolve_names(text, mentions_of(text, ["his campaign"])) == ["The Sanders campaign"]


def test_a_body_after_qualifying_words_or_described_as_a_nonprofit_is_named():
    text = ("Sanders has two assets that the broader Democratic Party is eager to tap. New money is bolstering American "
            "Future Fund, a politically active nonprofit. The group also plans to run ads.")
    names = resolve_names(text, mentions_of(text, ["the broader Democratic Party", "The group"]))
    assert names == ["Democratic Party", "American Future Fund"]


def test_who_after_a_name_its_place_and_an_apposition_is_the_person():
    text = "Gov. John Kasich of Ohio, a Republican who has refused to endorse Mr. Trump, said the family deserved better."
    who = text.index("who has")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["John Kasich"]


def test_a_group_around_a_person_is_not_that_person():
    text = "Bernie Sanders is weighing his role, and his own brain trust has been puzzling over it for weeks."
    assert resolve_names(text, mentions_of(text, ["his own brain trust"])) == ["his own brain trust"]


def test_a_pronoun_after_a_quote_continued_past_its_signature_is_the_signer():
    text = ("Fred Kagan, a fellow at the institute, backs more troops.\n\n\"Tom Reyes doesn't understand the first thing "
            "about it,” said Daniel Benjamin, who was coordinator at the State Department. \"He is ignorant. There is no "
            "evidence of any deeper link.\"\n\nHe argued the group is in retreat.")
    assert previous_subject(PersonIndex(text), text.index("He argued"), "m") == "Daniel Benjamin"


def test_who_after_a_titled_surname_keeps_the_title():
    text = ("Bill Clinton and Hillary Clinton greeted guests. Mr. Clinton smiled at Jim Rogan. But Mrs. Clinton, who was "
            "distracted, was not as friendly.")
    who = text.index("who was")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["Hillary Clinton"]


def test_who_after_two_joined_names_is_both_unless_its_verb_is_singular():
    text = "That will help candidates such as Marco Rubio and John Kasich, who show an understanding of economics."
    who = text.index("who show")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["Marco Rubio and John Kasich"]
    text = "A number of candidates, including Donald Trump and Ted Cruz, who has opposed ground troops, spoke."
    who = text.index("who has")
    assert resolve_names(text, [Mention("who", who, who + 3)]) == ["Ted Cruz"]


def test_a_possessor_after_a_fronted_phrase_opens_the_pronouns_sentence():
    text = ("Anna Greenberg, a pollster, spoke on Monday.\n\nFor 14 months, Mrs. Clinton's campaign has been out of step "
            "with the voters and the hard work she promised.")
    assert own_sentence_possessor(PersonIndex(text), text.index("she promised"), "f") == "Clinton"


def test_which_after_a_bodys_name_with_of_in_it_is_the_whole_body():
    text = ("Christopher M. Shelton, the president of the Communications Workers of America, which endorsed Mr. Sanders, "
            "said polling lagged. The Bank of Japan, which meets next week, held rates.")
    which, second = text.index("which endorsed"), text.index("which meets")
    names = resolve_names(text, [Mention("which", which, which + 5), Mention("which", second, second + 5)])
    assert names == ["Communications Workers of America", "Bank of Japan"]


def test_an_object_pronoun_is_the_person_opening_its_sentence_past_an_aside():
    text = ("''You stick everybody together, you're going to have a problem,'' said Tim Selaty, an organizer.\n\n"
            "In Cleveland, Mr. Trump - who will be confronted by demonstrators - could benefit from scenes that allow "
            "him to call for order.")
    him = text.index("him to")
    assert object_pronoun_subject(PersonIndex(text), him, "m") == "Trump"


def test_a_foundation_or_an_institute_is_the_one_named_before():
    text = ("Courses are closing, according to the Northfield Golf Foundation. The trend will continue, the foundation "
            "predicts. A study by the Coastal Policy Institute of Oregon agrees, the institute said.")
    assert resolve_names(text, mentions_of(text, ["the foundation", "the institute"])) == \
        ["the Northfield Golf Foundation", "the Coastal Policy Institute of Oregon"]


def test_a_company_apposition_may_end_in_what_it_owns():
    text = ("Alphabet, the parent company of Google, jumped 3.3 percent. The company reported earnings of $8.42 a "
            "share, well above forecasts.")
    assert resolve_names(text, mentions_of(text, ["The company"])) == ["Alphabet"]


def test_a_place_based_body_heads_its_own_apposition():
    text = ("And the Shanghai-based Hurun Report, a research firm founded in 1999 by the British accountant Rupert "
            "Hoogewerf, has also started tracking billionaires.")
    written = "the Shanghai-based Hurun Report, a research firm founded in 1999 by the British accountant Rupert Hoogewerf,"
    assert resolve_names(text, mentions_of(text, [written])) == ["Hurun Report"]


def test_a_singular_verb_takes_the_singular_head_before_of():
    text = "The report by a coalition of unions that opposes the deal was out. Cities that sue lose."
    assert resolve_names(text, mentions_of(text, ["that"])) == ["a coalition"]
    text = "The report by a coalition of unions that oppose the deal was out."
    assert resolve_names(text, mentions_of(text, ["that"])) == ["unions"]


def test_a_pair_named_with_their_offices_is_the_pair():
    text = "Agriculture Minister Olga Petrova and Finance Minister Ivan Sokol said on Monday that talks would go on."
    written = "Agriculture Minister Olga Petrova and Finance Minister Ivan Sokol"
    assert resolve_names(text, mentions_of(text, [written])) == ["Olga Petrova and Ivan Sokol"]
    text = "Critics of Olga Petrova and her aide Ivan Sokol said on Monday that talks would go on."
    written = "Critics of Olga Petrova and her aide Ivan Sokol"
    assert resolve_names(text, mentions_of(text, [written])) == [written]


def test_they_signing_a_quote_after_a_pair_is_the_pair():
    text = ("Priya Shah and Daniel Cho, who founded the app in 2015, stepped down on Monday. “It is time for new "
            "leadership,” they said in a joint statement.")
    assert resolve_names(text, mentions_of(text, ["they"])) == ["Priya Shah and Daniel Cho"]


def test_who_after_an_apposition_is_the_people_it_describes():
    text = ("The first two volunteers are Eva Miller and Gloria Major, African American women who remember the "
            "struggle. A Texas voter who supports Trump, Golvach lost his son. Dan Golvach spoke.")
    assert resolve_names(text, mentions_of(text, ["who", "who"])) == ["Eva Miller and Gloria Major", "Dan Golvach"]
    # a name after "of" is not the one the apposition describes, nor one person a plural head
    text = "Supporters of Mayor Tom Ruiz, residents who live near the park, said no."
    assert resolve_names(text, mentions_of(text, ["who"])) == ["residents"]
