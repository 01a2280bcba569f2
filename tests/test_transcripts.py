"""Transcript turns, paragraph-bound contents and lone words: rules on hand-made text, no model."""
from __future__ import annotations

from models.quotes.results import text_span
from models.quotes.spans.assembly import within_paragraph
from models.quotes.spans.junk import unattributed
from models.quotes.spans.layout import Draft
from models.quotes.spans.transcripts import transcript_turns, turns
from models.quotes.speakers import Mention, resolve_names
from tests.test_names import mentions_of
from tests.test_speaker_rules import span_of

INTERVIEW = ("Anchor Lucy Brennan interviewed Health Minister Tomasz Wolny on Sunday.\n\n"
             "BRENNAN: Are the nurses wrong?\n\n"
             "WOLNY: They are right to worry. The rota starts in March.\n\n"
             "We will also hire four hundred nurses.\n\n"
             "BRENNAN: And a strike?\n\n"
             "WOLNY: Then we keep talking.\n")


def test_a_document_needs_two_turns_by_speaker_labels():
    assert len(turns(INTERVIEW)) == 4
    assert turns("Council delays vote.\n\nUPDATE: The vote is on March 12.\n\nPHOTO: The council.\n") == []
    assert turns("TRUMP: I will win, he told the crowd.\n\nThe rally ended late.\n") == []
    review = "Phone review by Maria Lind.\n\nPROS: Cheap, light.\n\nCONS: Slow.\n\nCLAIM: It lasts a week.\n"
    assert turns(review) == []
    assert len(turns("MODERATOR: Your answer?\n\nSenator Rourke replied.\n\nROURKE: No.\n")) == 2
    # The interviewer named only by the label still speaks, once a label is a known speaker.
    assert len(turns("Mike Pence spoke on Sunday.\n\nWALLACE: Why?\n\nPENCE: Because.\n")) == 2
    assert turns("No one named.\n\nWALLACE: Why?\n\nSMITHERS: Because.\n") == []


def test_each_turn_is_one_direct_quote_of_its_label_and_paragraphs_between_turns_go_on():
    model_draft = Draft(fragments=[span_of(INTERVIEW, "They are right to worry")])  # the tagger's sentence
    drafts = transcript_turns(INTERVIEW, [model_draft])
    assert [(d.source.text, d.cue.text, [f.text for f in d.fragments], d.extra["type"]) for d in drafts] == [
        ("BRENNAN", ":", ["Are the nurses wrong?"], "direct"),
        ("WOLNY", ":", ["They are right to worry. The rota starts in March.", "We will also hire four hundred nurses."],
         "direct"),
        ("BRENNAN", ":", ["And a strike?"], "direct"),
        ("WOLNY", ":", ["Then we keep talking."], "direct"),
    ]


def test_a_turn_wrapped_in_quote_marks_leaves_out_its_closing_mark():
    text = "Ben Hale debated Maeve Rourke.\n\n\"HALE: The farms were here first.\"\n\n\"ROURKE: Not \"first\", just louder.\"\n"
    assert [d.fragments[0].text for d in transcript_turns(text, [])] == ["The farms were here first.",
                                                                         "Not \"first\", just louder."]


def test_labels_resolve_to_the_names_the_article_gives():
    text = "Radio host Dan Meyer spoke with Mayor Lena Ortiz. Ortiz said little.\n\nMEYER: Taxes?\n\nORTIZ: No.\n"
    assert resolve_names(text, mentions_of(text, ["MEYER", "ORTIZ"])) == ["Dan Meyer", "Lena Ortiz"]


def test_answers_are_the_interview_subjects_and_questions_stay_as_written():
    text = ("Architect Ines Duarte rebuilt the harbour. Duarte spoke to us in June.\n\n"
            "Q: Why stone?\n\nA: Because it lasts.\n")
    q, a = (m.start for m in mentions_of(text, ["Q:", "A:"]))
    assert resolve_names(text, [Mention("Q", q, q + 1), Mention("A", a, a + 1)]) == ["Q", "Ines Duarte"]


def test_a_content_never_runs_over_a_blank_line():
    text = "Mayor says no new taxes\n\nRadio host Dan Meyer spoke with the mayor."
    running_on = text_span(text, text.index("no new"), len(text))
    assert within_paragraph(text, running_on, span_of(text, "says")).text == "no new taxes"
    assert within_paragraph(text, running_on, None).text == "no new taxes"
    tail = "Some context.\n\nThe plan will work, she said."
    span = text_span(tail, 0, tail.index(", she"))
    assert within_paragraph(tail, span, span_of(tail, "said")).text == "The plan will work"


def test_a_lone_word_with_its_cue_on_another_line_is_not_a_quote():
    text = "Minister defends plan\n\nAnchor Lucy Brennan interviewed Health Minister Tomasz Wolny."
    stray = Draft(fragments=[span_of(text, "Health")], source=span_of(text, "Anchor Lucy Brennan"),
                  cue=span_of(text, "defends"))
    assert unattributed(text, stray)
    said = "“No,” she said."
    assert not unattributed(said, Draft(fragments=[span_of(said, "“No,”")], cue=span_of(said, "said")))


def test_a_shared_bare_surname_follows_its_gendered_mentions():
    text = ("Michelle Obama and Barack Obama spoke in Ohio. President Obama said the vote mattered.\n\n"
            "Mr. Obama added more. Later Mr. Obama left.")
    start = text.index("President Obama")
    assert resolve_names(text, [Mention("President Obama", start, start + 15)]) == ["Barack Obama"]


def test_relative_pronouns_look_past_an_aside_and_a_place():
    text = ("Clinton named 95 retired generals and admirals -- most of whom had backed her -- who cited her record. "
            "The plan will calm nervous Democrats on Capitol Hill, who have argued for it.")
    first, second = text.index("who cited"), text.index("who have")
    found = resolve_names(text, [Mention("who", first, first + 3), Mention("who", second, second + 3)])
    assert found[0].endswith("admirals") and found[1] == "nervous Democrats"  # heads, as the name labels score them


def test_one_unquoted_headline_word_is_not_a_quote():
    from models.quotes.spans.junk import drop_junk
    text = "Bank warns on rates\n\nThe central bank said rates would stay high."
    draft = Draft(fragments=[span_of(text, "rates")], source=span_of(text, "Bank"), cue=span_of(text, "warns on"))
    assert drop_junk(text, [draft]) == []


def test_a_lone_word_with_no_cue_is_not_a_quote_even_with_a_speaker():
    text = "Anchor Lucy Brennan interviewed Health Minister Tomasz Wolny on Sunday."
    assert unattributed(text, Draft(fragments=[span_of(text, "Health")], source=span_of(text, "Anchor Lucy Brennan")))


def test_a_label_that_reads_the_same_capitalised_stays_as_written():
    text = "K: Where were you?\n\nK: At home.\n"
    assert resolve_names(text, mentions_of(text, ["K", "K"])) == ["K", "K"]  # once recursed without end


def test_a_title_case_name_label_is_a_turn_only_in_a_dialogue():
    interview = ("We spoke to Dr Sarah Clarke, president of the college.\n\nQ: What is the problem?\n"
                 "Clarke: Staffing. We lack doctors.\n\nQ: What first?\nClarke: Fix the rota gaps.\n")
    assert [m.group("label") for m in turns(interview)] == ["Q", "Clarke", "Q", "Clarke"]
    results = ("Hillary Clinton and Bernie Sanders fought on.\nHillary Clinton: 1,769.\nBernie Sanders: 1,501.\n"
               "Clinton: 547.\nSanders: 46.\n")
    assert turns(results) == []
    headlines = ("Bernie Sanders: It Is Not A Radical Idea.\nBernie Sanders: I Am Not Much Of A Socialist.\n\n"
                 "Bernie Sanders said on Sunday that wages must rise.\n")
    assert turns(headlines) == []
    unknown = "Note: the figures are provisional.\nUpdate: the count goes on.\nNote: more later.\n"
    assert turns(unknown) == []
