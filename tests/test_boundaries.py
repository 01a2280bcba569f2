"""Content boundaries: a content never holds its own cue or speaker nor reaches back over a sentence;
an unquoted content tied to a cue on another line is no quote; nested frames after a cue's phrase."""
from __future__ import annotations

import json

import pytest
import torch
from safetensors.torch import load_file, save_file

from models.quotes.spans.boundaries import outside_own_mentions, split_signed_tails
from models.quotes.spans.junk import unattributed
from models.quotes.spans.layout import Draft
from models.quotes.spans.nested import hand_nested_reports
from models.training.soup import average_states, soup
from models.quotes.speakers import resolve_names
from tests.test_names import mentions_of
from tests.test_speaker_rules import span_of

TEXT = ("The so-called “reform” package passed the lower house on Thursday. Opposition leader Karen Holt "
        "said the package would raise taxes for families.")


def test_a_content_holding_its_own_speaker_and_cue_keeps_only_the_words_after_the_cue():
    whole = span_of(TEXT, TEXT[:-1])
    draft = Draft(fragments=[whole], source=span_of(TEXT, "Opposition leader Karen Holt"), cue=span_of(TEXT, "said"))
    [kept] = outside_own_mentions(TEXT, [draft])
    assert [f.text for f in kept.fragments] == ["the package would raise taxes for families"]


def test_a_fragment_before_the_speakers_sentence_is_dropped():
    draft = Draft(fragments=[span_of(TEXT, "The so-called “reform” package"),
                             span_of(TEXT, "the package would raise taxes for families")],
                  source=span_of(TEXT, "Opposition leader Karen Holt"), cue=span_of(TEXT, "said"))
    [kept] = outside_own_mentions(TEXT, [draft])
    assert [f.text for f in kept.fragments] == ["the package would raise taxes for families"]


def test_fragments_split_around_their_cue_in_one_sentence_stay():
    text = "The plan, Holt said, would raise taxes. “It is a gamble.” She said so twice."
    fragments = [span_of(text, "The plan"), span_of(text, "would raise taxes")]
    [kept] = outside_own_mentions(text, [Draft(fragments=list(fragments), source=span_of(text, "Holt"),
                                               cue=span_of(text, "said"))])
    assert kept.fragments == fragments
    quoted = span_of(text, "“It is a gamble.”")
    [kept] = outside_own_mentions(text, [Draft(fragments=[quoted], source=span_of(text, "She"),
                                               cue=span_of(text, "said so"))])
    assert kept.fragments == [quoted]  # a direct quote before its speaker's sentence is kept


def test_an_unquoted_content_whose_cue_is_in_the_next_paragraph_is_no_quote():
    text = ("Chancellor Eva Brandt met Prime Minister Gábor Kiss to sign a gas transit agreement.\n\n"
            "The Austrian leader said the deal would secure supplies.")
    stray = Draft(fragments=[span_of(text, "a gas transit agreement")], source=span_of(text, "Chancellor Eva Brandt"),
                  cue=span_of(text, "said"))
    assert unattributed(text, stray)
    real = Draft(fragments=[span_of(text, "the deal would secure supplies")], source=span_of(text, "The Austrian leader"),
                 cue=span_of(text, "said"))
    assert not unattributed(text, real)


@pytest.mark.parametrize("text, outer, opening, inner, words", [
    # a frame after a phrase following the cue ("wrote in Sunday's edition that ...")
    ("Reporter Sam Ode wrote in Sunday's edition that the former finance minister, Ines Calder, had "
     "described the plan as “a gamble with other people's savings”.", "Reporter Sam Ode", "that the former",
     "the former finance minister, Ines Calder", "the plan as “a gamble with other people's savings”"),
    # an adverb before the frame's verb ("had privately called")
    ("Columnist Rafael Ortiz wrote in Monday's edition that the central bank governor, Sofia Lang, had "
     "privately called the rate rise \"overdue\".", "Columnist Rafael Ortiz", "that the central",
     "the central bank governor, Sofia Lang", "the rate rise \"overdue\""),
    # someone named by a plain noun, speaking to officers ("the suspect had told officers he ...")
    ("Police wrote in a statement that the suspect had told officers he “did not mean to hurt anyone”.", "Police",
     "that the suspect", "the suspect", "he “did not mean to hurt anyone”"),
])
def test_a_nested_frame_is_found_after_the_cue(text, outer, opening, inner, words):
    content = span_of(text, text[text.index(opening):-1])
    draft = Draft(fragments=[content], source=span_of(text, outer), cue=span_of(text, "wrote in"))
    [kept] = hand_nested_reports(text, [draft])
    assert kept.source.text == inner
    assert kept.fragments[0].text == words


def test_a_soup_is_the_mean_of_its_runs(tmp_path):
    states = [{"w": torch.tensor([1.0, 3.0], dtype=torch.float16), "i": torch.tensor([7])},
              {"w": torch.tensor([3.0, 5.0], dtype=torch.float16), "i": torch.tensor([7])}]
    averaged = average_states(states)
    assert averaged["w"].tolist() == [2.0, 4.0] and averaged["w"].dtype == torch.float16
    assert averaged["i"].tolist() == [7]
    folders = []
    for number, state in enumerate(states):
        folder = tmp_path / f"run{number}"
        folder.mkdir()
        save_file(state, str(folder / "model.safetensors"))
        (folder / "config.json").write_text("{}")
        meta = {"window": 254, "overlap": 64, "link_width": 128, "steps": 10, "args": {"seed": 13, "data_seed": number}}
        (folder / "attribution.json").write_text(json.dumps(meta))
        folders.append(folder)
    meta = soup(folders, tmp_path / "soup")
    assert load_file(str(tmp_path / "soup" / "model.safetensors"))["w"].tolist() == [2.0, 4.0]
    assert [run["data_seed"] for run in meta["soup_of"]] == [0, 1] and (tmp_path / "soup" / "config.json").exists()


def test_a_soup_refuses_runs_from_different_starting_points(tmp_path):
    for number, seed in enumerate((13, 14)):
        folder = tmp_path / f"run{number}"
        folder.mkdir()
        save_file({"w": torch.zeros(2)}, str(folder / "model.safetensors"))
        (folder / "attribution.json").write_text(json.dumps({"window": 254, "overlap": 64, "args": {"seed": seed}}))
    with pytest.raises(ValueError):
        soup([tmp_path / "run0", tmp_path / "run1"], tmp_path / "soup")


def test_a_naming_verb_keeps_its_object_in_the_words_said():
    from models.quotes.spans.boundaries import with_named_object
    text = "Health Minister Paul Osei had described staff as “useless” in a meeting."
    draft = Draft(fragments=[span_of(text, "as “useless” in a meeting")], source=span_of(text, "Health Minister Paul Osei"),
                  cue=span_of(text, "described"))
    [kept] = with_named_object(text, [draft])
    assert kept.fragments[0].text == "staff as “useless” in a meeting"
    said = "Osei said staff as “useless” was unfair."  # no naming verb: left alone
    draft = Draft(fragments=[span_of(said, "as “useless” was unfair")], cue=span_of(said, "said"))
    assert with_named_object(said, [draft])[0].fragments[0].text == "as “useless” was unfair"


def test_an_according_to_sentence_the_tagger_missed_becomes_a_report():
    from models.quotes.spans.according import according_to
    text = ("Cod stocks have fallen to their lowest level in 20 years, according to a report by the Nordic "
            "Fisheries Council. According to the council, fleets must cut their catch. Mr. Lind said "
            "prices rose, according to Reuters.")
    drafts = according_to(text, [])
    assert [(d.fragments[0].text, d.source.text, d.cue.text) for d in drafts] == [
        ("Cod stocks have fallen to their lowest level in 20 years", "a report by the Nordic Fisheries Council",
         "according to"),
        ("fleets must cut their catch", "the council", "According to")]
    assert according_to(text, drafts) == drafts  # words a draft already covers are left alone
    words = "In the words of one state health official, the outbreak is “nowhere near over”."
    [quoted] = according_to(words, [])
    assert (quoted.fragments[0].text, quoted.source.text, quoted.cue.text) == (
        "the outbreak is “nowhere near over”", "one state health official", "In the words of")


def test_a_fragment_takes_back_a_rare_mark_and_a_dialogue_dash_is_direct():
    from models.quotes.spans.boundaries import with_own_marks
    from models.quotes.spans.quote_types import classify
    text = "‚Wir haben genug gewartet‘, said union chief Karl Mayer.\n\n— We cannot wait, said Manuel Otero."
    draft = Draft(fragments=[span_of(text, "Wir haben genug gewartet‘")])
    [kept] = with_own_marks(text, [draft])
    assert kept.fragments[0].text == "‚Wir haben genug gewartet‘"
    assert classify(text, kept.fragments, None) == "direct"
    assert classify(text, [span_of(text, "We cannot wait")], None) == "direct"
    assert classify(text, [span_of(text, "said Manuel Otero")], None) == "indirect"


def test_the_one_told_is_not_part_of_what_was_said():
    from models.quotes.spans.boundaries import without_addressee
    text = "The minister had told her Chinese counterpart that the detentions were “unacceptable.”"
    draft = Draft(fragments=[span_of(text, "Chinese counterpart that the detentions were “unacceptable.”")],
                  cue=span_of(text, "had told"))
    [kept] = without_addressee(text, [draft])
    assert kept.fragments[0].text == "that the detentions were “unacceptable.”"
    said = "He said the plan that won was “fair.”"  # no telling cue: left alone
    draft = Draft(fragments=[span_of(said, "the plan that won was “fair.”")], cue=span_of(said, "said"))
    assert without_addressee(said, [draft])[0].fragments[0].text == "the plan that won was “fair.”"


def test_a_passive_quoted_as_saying_is_the_subjects_report():
    from models.quotes.spans.quoted_as import quoted_as_saying
    text = ("Interior Minister Lukas Weber was quoted by the newspaper Die Zeit as saying that the checks would "
            "“stay as long as they are needed.” His spokeswoman confirmed it.")
    tagged = Draft(fragments=[span_of(text, "Interior Minister Lukas Weber was quoted")],
                   source=span_of(text, "the newspaper Die Zeit"), confidence=0.7)
    [report] = quoted_as_saying(text, [tagged])
    assert report.source.text == "Interior Minister Lukas Weber"
    assert report.cue.text == "was quoted by the newspaper Die Zeit as saying"
    assert report.fragments[0].text == "that the checks would “stay as long as they are needed.”"
    assert report.confidence == 0.7


def test_an_active_quoted_as_saying_is_the_quoted_persons_report():
    from models.quotes.spans.quoted_as import quoted_as_saying
    text = ("The state news agency quoted army chief General Samuel Mensah as saying the military had no interest "
            "in politics. Others were not so sure.")
    tagged = Draft(fragments=[span_of(text, "army chief General Samuel Mensah as saying the military")],
                   source=span_of(text, "The state news agency"), confidence=0.8)
    [report] = quoted_as_saying(text, [tagged])
    assert report.source.text == "army chief General Samuel Mensah"
    assert report.cue.text == "quoted"
    assert report.fragments[0].text == "the military had no interest in politics"
    passive = "Lukas Weber was quoted by Die Zeit as saying the checks would stay. That was all."
    [kept] = quoted_as_saying(passive, [])
    assert kept.source.text == "Lukas Weber" and kept.cue.text == "was quoted by Die Zeit as saying"
    assert quoted_as_saying("He was quoted in Die Zeit as saying the checks would stay. That was all.", []) == []
    cited = "The Financial Times cited union leader Harold Daggett as saying the strike could last for weeks."
    [report] = quoted_as_saying(cited, [])
    assert report.source.text == "union leader Harold Daggett" and report.cue.text == "cited"


def test_a_content_linked_to_no_one_takes_the_named_subject_before_its_cue():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import subjects_of_orphans
    text = "Opposition leader Anil Sharma on Thursday called the budget “reckless”. Critics of the plan said no."
    orphan = Draft(fragments=[span_of(text, "the budget “reckless”")], cue=span_of(text, "called"))
    other = Draft(fragments=[span_of(text, "no")], cue=span_of(text, "said"))  # "Critics of the plan": no name
    subjects_of_orphans(text, [orphan, other], PersonIndex(text))
    assert orphan.source.text == "Opposition leader Anil Sharma"
    assert other.source is None


def test_a_name_between_a_closing_mark_and_its_cue_speaks_the_quote():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import speakers_before_cues
    text = "Author defends novel\n\n“I wrote the book I wanted to read,” novelist Clara Jensen told the festival.\n"
    quote = span_of(text, "“I wrote the book I wanted to read,”")
    draft = Draft(fragments=[quote], source=span_of(text, "Author"), cue=span_of(text, "told"))
    [fixed] = speakers_before_cues(text, [draft], PersonIndex(text))
    assert fixed.source.text == "novelist Clara Jensen"
    near = "“It is over,” a source close to Clara Jensen told the festival.\n"
    draft = Draft(fragments=[span_of(near, "“It is over,”")], source=None, cue=span_of(near, "told"))
    assert speakers_before_cues(near, [draft], PersonIndex(near))[0].source is None  # not Jensen's words


def test_a_nested_reporter_gives_way_to_the_named_subject_of_the_inner_cue():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.boundaries import without_addressee
    from models.quotes.spans.relative import subjects_of_orphans
    text = "Taxi driver Ahmed Rahimi said a passenger, Lena Fischer, told him the bus “came out of nowhere”.\n"
    inner = Draft(fragments=[span_of(text, "him the bus “came out of nowhere”")], cue=span_of(text, "told"))
    [inner] = without_addressee(text, [inner])
    assert inner.fragments[0].text == "the bus “came out of nowhere”"  # "him" is who was told
    [inner] = subjects_of_orphans(text, [inner], PersonIndex(text))
    assert inner.source.text == "a passenger, Lena Fischer"


def test_a_headline_word_is_no_speaker_of_the_body():
    from models.quotes.spans.headlines import headline_quotes
    text = "Witness describes crash\n\nTaxi driver Ahmed Rahimi said the bus came out of nowhere.\n"
    draft = Draft(fragments=[span_of(text, "the bus came out of nowhere")], source=span_of(text, "Witness"),
                  cue=span_of(text, "said"), speaker_confidence=0.4)
    [kept] = headline_quotes(text, [draft])
    assert kept.source is None


def test_a_quote_with_no_speaker_takes_the_name_right_after_its_cue():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import speakers_before_cues
    text = "« We will take back the streets », declared Mayor Claire Vautrin on Monday, adding more.\n"
    draft = Draft(fragments=[span_of(text, "« We will take back the streets »")], cue=span_of(text, "declared"))
    [fixed] = speakers_before_cues(text, [draft], PersonIndex(text))
    assert fixed.source.text == "Mayor Claire Vautrin"


def test_a_quote_signed_after_its_mark_by_a_name_and_a_verb_is_that_persons():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import quotes_signed_after
    text = ("“Cheap flights are over,” chief executive Lars Nygaard told investors, warning that fares would rise.\n\n"
            "«Neutrality is not indifference», Foreign Minister Anna Keller said on Monday.\n")
    keller = Draft(fragments=[span_of(text, "«Neutrality is not indifference»")])
    drafts = quotes_signed_after(text, [keller], PersonIndex(text))
    assert [(d.fragments[0].text, d.source.text, d.cue.text) for d in drafts] == [
        ("“Cheap flights are over,”", "chief executive Lars Nygaard", "told"),
        ("«Neutrality is not indifference»", "Foreign Minister Anna Keller", "said")]


def test_a_quote_signed_after_its_mark_in_inverted_order_or_with_asked():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import quotes_signed_after
    text = ("»I leave a full house«, said director Markus Hainz on Thursday, adding more.\n\n"
            "“Where did these numbers come from?” Finance Minister Pavel Novak asked on Wednesday.\n")
    drafts = quotes_signed_after(text, [], PersonIndex(text))
    assert [(d.source.text, d.cue.text) for d in drafts] == [("director Markus Hainz", "said"),
                                                              ("Finance Minister Pavel Novak", "asked")]


def test_a_determiner_taken_for_a_speaker_gives_the_words_back():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import misread_noun_cues, subjects_of_orphans
    text = "His spokesman, Gabor Nemeth, said the claims were “entirely false”.\n"
    draft = Draft(fragments=[span_of(text, "were “entirely false”")], source=span_of(text, "the"),
                  cue=span_of(text, "claims"))
    [fixed] = subjects_of_orphans(text, misread_noun_cues(text, [draft]), PersonIndex(text))
    assert fixed.fragments[0].text == "the claims were “entirely false”"
    assert fixed.cue.text == "said" and fixed.source.text == "His spokesman, Gabor Nemeth"


def test_a_headline_naming_no_person_quotes_the_body_speaker_of_its_head_noun():
    from models.quotes.spans.headlines import headline_quotes
    text = "‘Shameful’: Union attacks pay offer\n\nThe RMT union has rejected the offer, calling it shameful.\n"
    body = Draft(fragments=[span_of(text, "it shameful")], source=span_of(text, "The RMT union"),
                 cue=span_of(text, "calling"), speaker_confidence=0.8)
    headline, _ = headline_quotes(text, [body])
    assert headline.fragments[0].text == "‘Shameful’" and headline.source.text == "The RMT union"
    # a headline naming no one the body names still quotes someone: the lede's speaker (session 10)
    plain = "‘Shameful’: Pay offer attacked\n\nThe RMT union has rejected the offer, calling it shameful.\n"
    quoted, _ = headline_quotes(plain, [Draft(fragments=[span_of(plain, "it shameful")],
                                             source=span_of(plain, "The RMT union"))])
    assert quoted.fragments[0].text == "‘Shameful’" and quoted.source.text == "The RMT union"
    elsewhere = "Pay offer attacked as ‘shameful’ and ‘late’\n\nThe RMT union has rejected the offer.\n"
    assert len(headline_quotes(elsewhere, [Draft(fragments=[span_of(elsewhere, "the offer")],
                                                source=span_of(elsewhere, "The RMT union"))])) == 1


def test_a_participle_report_with_no_speaker_is_the_opening_subjects():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import subjects_of_orphans
    text = "Volkswagen cut its profit forecast on Friday, blaming weak demand in China.\n"
    draft = Draft(fragments=[span_of(text, "weak demand in China")], cue=span_of(text, "blaming"))
    [fixed] = subjects_of_orphans(text, [draft], PersonIndex(text))
    assert fixed.source.text == "Volkswagen"
    text = "After Volkswagen cut its forecast, analysts were cautious, blaming China.\n"  # no subject opens it
    draft = Draft(fragments=[span_of(text, "China")], cue=span_of(text, "blaming"))
    [kept] = subjects_of_orphans(text, [draft], PersonIndex(text))
    assert kept.source is None


def test_a_quote_signed_after_it_is_cut_from_the_words_run_on_before_it():
    text = 'Linda Marsh said the lanes would "kill off" passing trade. "Nobody asked us," she said. Tom Reed said "no."'
    run_on = Draft(fragments=[span_of(text, 'the lanes would "kill off" passing trade. "Nobody asked us,"')],
                   source=span_of(text, "Linda Marsh"), cue=span_of(text, "said"))
    own_cue = Draft(fragments=[span_of(text, '"no."')], source=span_of(text, "Tom Reed"), cue=span_of(text, "said", 3))
    head, tail, other = split_signed_tails(text, [run_on, own_cue])
    assert [f.text for f in head.fragments] == ['the lanes would "kill off" passing trade']
    assert [f.text for f in tail.fragments] == ['"Nobody asked us,"']
    assert (tail.source.text, tail.cue.text, tail.cue.start) == ("she", "said", text.index("said", text.index("us,")))
    assert other is own_cue and [f.text for f in other.fragments] == ['"no."']


def test_a_quote_run_on_with_no_signer_after_it_stays_whole():
    text = 'Marsh said the lanes were bad. "Nobody asked us." The council met.'
    draft = Draft(fragments=[span_of(text, 'the lanes were bad. "Nobody asked us."')], source=span_of(text, "Marsh"),
                  cue=span_of(text, "said"))
    [kept] = split_signed_tails(text, [draft])
    assert [f.text for f in kept.fragments] == ['the lanes were bad. "Nobody asked us."']


def test_the_name_right_after_a_saying_cue_beats_the_taggers_earlier_speaker_but_not_after_told():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import speakers_before_cues
    text = ("The board met union leader Tomas Berg. “We have waited long enough“, declared board chair Ingrid Solberg "
            "after the meeting. “It is done”, told Reuters on Friday. Berg did not comment.\n")
    declared = Draft(fragments=[span_of(text, "“We have waited long enough“")], source=span_of(text, "Berg", 2),
                     cue=span_of(text, "declared"))
    told = Draft(fragments=[span_of(text, "“It is done”")], source=span_of(text, "Berg", 2), cue=span_of(text, "told"))
    fixed, kept = speakers_before_cues(text, [declared, told], PersonIndex(text))
    assert fixed.source.text == "board chair Ingrid Solberg"
    assert kept.source.text == "Berg"  # "told Reuters": Reuters was spoken to


def test_a_naming_verbs_quoted_words_in_a_who_clause_are_a_quote_of_who():
    from models.quotes.spans.relative import missed_relative_quotes
    text = ('Sharon Graham, the general secretary of Unite, who called the offer "an insult", said members would vote. '
            'Tom Hale, who called on ministers to "act now", and Ann Moss, who called it "a disgrace", spoke too.')
    said = Draft(fragments=[span_of(text, "members would vote")], source=span_of(text, "Sharon Graham, the general "
                                                                                       "secretary of Unite"), cue=span_of(text, "said"))
    held = Draft(fragments=[span_of(text, 'it "a disgrace"')], source=span_of(text, "who", 3), cue=span_of(text, "called", 3))
    drafts = missed_relative_quotes(text, [said, held])
    assert [(d.fragments[0].text, d.source.text, d.cue.text) for d in drafts] == [
        ('the offer "an insult"', "who", "called"), ("members would vote", said.source.text, "said"),
        ('it "a disgrace"', "who", "called")]


def test_the_ones_told_are_no_words_said_also_as_a_noun_or_a_name_before_a_clause():
    from models.quotes.spans.boundaries import without_addressee
    for told, words in [("told aides the deal was “dead”", "the deal was “dead”"),
                        ("told Fox News the plan had failed", "the plan had failed"),
                        ("told him not to attack", "not to attack"),
                        ("told reporters Smith had resigned", "Smith had resigned")]:
        text = f"Ortiz {told}.\n"
        draft = Draft(fragments=[span_of(text, told.split(" ", 1)[1])], source=span_of(text, "Ortiz"),
                      cue=span_of(text, "told"))
        assert without_addressee(text, [draft])[0].fragments[0].text == words, told


def test_a_quoted_sentence_alone_is_the_speaker_the_next_sentence_gives_it():
    from models.quotes.spans.according import message_from
    text = ("“We will not be bullied back to work.” That was the message from union leader Dave Ward on Monday.\n"
            "“It is over.” That was all.")
    [draft] = message_from(text, [])
    assert (draft.fragments[0].text, draft.source.text, draft.cue.text) == (
        "“We will not be bullied back to work.”", "union leader Dave Ward", "That was the message from")
    found = Draft(fragments=[span_of(text, "“We will not be bullied back to work.”")])
    assert message_from(text, [found])[0].source.text == "union leader Dave Ward"


def test_a_named_addressee_before_a_colon_is_no_part_of_the_words_and_a_reply_is_a_speech_frame():
    from models.quotes.spans.boundaries import without_addressee
    from models.quotes.spans.nested import hand_nested_reports
    text = "Hale told Senator Joan Pike: “I will not sign this.” The paper reported that Pike replied that it was “a mistake”."
    told = Draft(fragments=[span_of(text, "Senator Joan Pike: “I will not sign this.”")], source=span_of(text, "Hale"),
                 cue=span_of(text, "told"))
    assert without_addressee(text, [told])[0].fragments[0].text == "“I will not sign this.”"
    reported = Draft(fragments=[span_of(text, "that Pike replied that it was “a mistake”")],
                     source=span_of(text, "The paper"), cue=span_of(text, "reported"))
    [handed] = [d for d in hand_nested_reports(text, [reported]) if "mistake" in d.fragments[-1].text]
    assert handed.source.text == "Pike"


def test_a_speaker_cut_after_a_first_name_takes_the_surname_but_never_in_a_title_case_headline():
    from models.quotes.spans.assembly import trim_mention
    text = "Transport minister Lilian Greenwood on Sunday denied it.\nClinton Says Russians Hacked DNC\n"
    assert trim_mention(text, span_of(text, "Transport minister Lilian")).text == "Transport minister Lilian Greenwood"
    assert trim_mention(text, span_of(text, "Clinton")).text == "Clinton"


def test_a_speech_verb_after_but_shares_the_subject_that_opens_the_sentence():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import subjects_of_orphans
    text = "The Bank of England held interest rates at 4% on Thursday, but said inflation was falling faster.\n"
    draft = Draft(fragments=[span_of(text, "inflation was falling faster")], cue=span_of(text, "said"))
    [found] = subjects_of_orphans(text, [draft], PersonIndex(text))
    assert found.source.text == "The Bank of England"


def test_the_terms_of_anonymity_are_no_quote():
    from models.quotes.spans.junk import drop_junk
    text = ("One dealer, who asked not to be named because he was not authorised to speak to the media, said customers "
            "had been calling.\n")
    drafts = [Draft(fragments=[span_of(text, part)], source=span_of(text, "One dealer"), cue=span_of(text, cue))
              for part, cue in [("not to be named", "asked"),
                                ("because he was not authorised to speak to the media", "asked"),
                                ("customers had been calling", "said")]]
    assert [d.fragments[0].text for d in drop_junk(text, drafts)] == ["customers had been calling"]


def test_a_sentence_the_tagger_took_whole_for_words_keeps_what_follows_its_own_report():
    from models.quotes.spans.nested import framed_within
    text = "A former aide to the defence minister has told an inquiry that her boss ordered her to destroy files.\n"
    draft = Draft(fragments=[span_of(text, text.strip().rstrip("."))])
    [found] = framed_within(text, [draft])
    assert (found.source.text, found.cue.text, found.fragments[0].text) == (
        "A former aide to the defence minister", "told", "her boss ordered her to destroy files")


def test_a_pronoun_of_the_other_sex_framing_quoted_words_inside_a_report_is_their_speaker():
    from models.quotes.spans.nested import hand_nested_reports
    text = "Rachel Munro said he had told her: “Get rid of it.” Hillary Clinton said she called it “a great campaign.”\n"
    his = Draft(fragments=[span_of(text, "he had told her: “Get rid of it.”")], source=span_of(text, "Rachel Munro"),
                cue=span_of(text, "said"))
    hers = Draft(fragments=[span_of(text, "she called it “a great campaign.”")], source=span_of(text, "Hillary Clinton"),
                 cue=span_of(text, "said", 2))
    handed, kept = hand_nested_reports(text, [his, hers])
    assert (handed.source.text, handed.fragments[0].text) == ("he", "“Get rid of it.”")
    assert kept.source.text == "Hillary Clinton"


def test_unlabelled_interview_answers_are_direct_quotes_of_the_person_the_introduction_names():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.transcripts import interview_answers
    text = ("Ana Ruiz was elected mayor a year ago. She spoke to the Courier about housing.\n\n"
            "How has the first year been?\nHarder than I thought. I've learned a lot.\n\n"
            "What about housing?\nWe've approved 2,400 homes. That's not enough.\n")
    answers = interview_answers(text, [], PersonIndex(text))
    assert [(d.source.text, d.fragments[0].text) for d in answers] == [
        ("Ana Ruiz", "Harder than I thought. I've learned a lot."), ("Ana Ruiz", "We've approved 2,400 homes. That's not enough.")]
    column = text.replace("She spoke to the Courier about housing.", "She faces a hard second year.")
    assert interview_answers(column, [], PersonIndex(column)) == []


def test_a_headline_quote_of_a_group_is_the_body_speaker_who_says_those_words():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.headlines import said_in_body
    text = ("Unions: 'This Strike Will Go Ahead'\nRail unions said the strike would go ahead.\n"
            "\"This strike will go ahead unless ministers step in,\" said Mick Whelan.\n")
    headline = Draft(fragments=[span_of(text, "'This Strike Will Go Ahead'")], source=span_of(text, "Rail unions"))
    body = Draft(fragments=[span_of(text, "\"This strike will go ahead unless ministers step in,\"")],
                 source=span_of(text, "Mick Whelan"), cue=span_of(text, "said", 2))
    lines = [(0, text.index("\n"))]
    assert said_in_body(text, [headline, body], lines, PersonIndex(text))[0].source.text == "Mick Whelan"


def test_a_second_report_after_a_closing_mark_is_a_quote_of_its_own_but_not_inside_a_clause():
    from models.quotes.spans.boundaries import split_coordinated_reports
    text = ("Wes Streeting said the figures were \"unacceptable\" and promised extra evening clinics. "
            "Curt said that Schilling had shared it and added his own comment.\n")
    first = Draft(fragments=[span_of(text, "the figures were \"unacceptable\" and promised extra evening clinics")],
                  source=span_of(text, "Wes Streeting"), cue=span_of(text, "said"))
    second = Draft(fragments=[span_of(text, "that Schilling had shared it and added his own comment")],
                   source=span_of(text, "Curt"), cue=span_of(text, "said", 2))
    drafts = split_coordinated_reports(text, [first, second])
    assert [(d.fragments[0].text, d.cue.text) for d in drafts] == [
        ("the figures were \"unacceptable\"", "said"), ("extra evening clinics", "promised"),
        ("that Schilling had shared it and added his own comment", "said")]


def test_mismatched_marks_of_web_copy_still_make_a_direct_quote():
    from models.quotes.spans.quote_types import classify
    text = "‘We were dead and buried at half-time,” Farrell said. “But this group doesn't know when it's beaten.'"
    fragments = [span_of(text, "‘We were dead and buried at half-time,”"),
                 span_of(text, "“But this group doesn't know when it's beaten.'")]
    assert classify(text, fragments, span_of(text, "Farrell")) == "direct"


def test_a_german_quote_signed_after_its_closing_mark_loses_the_signature_from_its_words():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import quotes_signed_after
    text = "„Ein Mietendeckel baut keine einzige Wohnung“, declared Kai Wegner at a press conference.\n"
    draft = Draft(fragments=[span_of(text, "„Ein Mietendeckel baut keine einzige Wohnung“"), span_of(text, "Kai Wegner")],
                  cue=span_of(text, "declared"))
    [found] = quotes_signed_after(text, [draft], PersonIndex(text))
    assert ([f.text for f in found.fragments], found.source.text) == (["„Ein Mietendeckel baut keine einzige Wohnung“"],
                                                                       "Kai Wegner")


def test_a_quoted_title_set_beside_the_work_it_names_is_no_quote():
    from models.quotes.spans.junk import drop_junk
    text = "LOS ANGELES — “Anora”, a low-budget drama about a stripper, won five Oscars.\n"
    draft = Draft(fragments=[span_of(text, "“Anora”")], source=span_of(text, "LOS ANGELES"))
    assert drop_junk(text, [draft]) == []


def test_a_speaker_running_over_a_sentence_end_keeps_the_sentence_next_to_its_cue():
    from models.quotes.spans.assembly import trim_mention
    text = "“It's great,” said the Northern Irishman, who carded a 66. Fleetwood, 34, said he loved it. Del. Stacey Plaskett spoke.\n"
    span = span_of(text, "the Northern Irishman, who carded a 66. Fleetwood, 34")
    assert trim_mention(text, span, cue_after=False).text == "the Northern Irishman, who carded a 66"
    assert trim_mention(text, span, cue_after=True).text == "Fleetwood, 34"
    assert trim_mention(text, span_of(text, "Del. Stacey Plaskett")).text == "Del. Stacey Plaskett"


def test_a_name_opening_the_cues_sentence_overrules_a_speaker_the_tagger_took_from_the_sentence_before():
    from models.quotes.speakers.people import PersonIndex
    from models.quotes.spans.relative import subjects_of_orphans
    text = ("Rory McIlroy leads Tommy Fleetwood. “It is good,” said the Northern Irishman, who carded a 66. Fleetwood, "
            "34, said he was “loving every minute”.\n")
    draft = Draft(fragments=[span_of(text, "he was “loving every minute”")],
                  source=span_of(text, "the Northern Irishman, who carded a"), cue=span_of(text, "said", 2))
    [found] = subjects_of_orphans(text, [draft], PersonIndex(text))
    assert found.source.text == "Fleetwood"


def test_a_mention_of_someone_speaking_for_a_name_holds_both():
    from models.quotes.spans.assembly import trim_mention
    text = "A spokesman for Adele said the singer was heartbroken. A lawyer for the Harbor Trust said nothing."
    assert trim_mention(text, span_of(text, "Adele")).text == "A spokesman for Adele"
    assert trim_mention(text, span_of(text, "A spokesman")).text == "A spokesman for Adele"
    assert trim_mention(text, span_of(text, "A lawyer")).text == "A lawyer for the Harbor Trust"


def test_a_quote_whose_last_paragraph_goes_on_in_the_next_is_direct():
    from models.quotes.spans.quote_types import classify
    text = ('Oskar Lind said so. "We have found a buyer," he said. "It took longer than we hoped.\n\n'
            '"But every job will come back."\n')
    fragments = [span_of(text, '"We have found a buyer,"'), span_of(text, '"It took longer than we hoped.')]
    assert classify(text, fragments, None) == "direct"
    closed = 'Oskar Lind said so. "We have found a buyer," he said. "It took longer than we hoped.\n\nWorkers cheered.\n'
    fragments = [span_of(closed, '"We have found a buyer,"'), span_of(closed, '"It took longer than we hoped.')]
    assert classify(closed, fragments, None) == "mixed"


def test_the_forward_is_the_forward_named_before():
    text = ("Lions forward Ana Souza scored twice on Sunday. Tigers coach Mark Ellis blamed the referee. "
            "“We were the better team,” the forward said.")
    assert resolve_names(text, mentions_of(text, ["the forward"])) == ["Ana Souza"]


def test_a_speaker_mention_opening_on_whose_names_the_one_it_points_to():
    text = 'Union leader Sam Okoro, whose members voted to accept the offer, said the deal was "the best we could get."'
    assert resolve_names(text, mentions_of(text, ["whose members voted to accept the offer"])) == ["Sam Okoro"]
