"""Layout rules: quotes over several paragraphs, and block quotes signed on their own line."""
from __future__ import annotations

from models.quotes.spans.layout import Draft, block_quotes, join_continued_paragraphs
from models.quotes.results import text_span

MULTI = "Intro.\n\n“We have lost homes.\n\n“We have lost roads.\n\n“But we will rebuild,” Park said.\n"
BLOCK = "The ministry said:\n\nThe minister has no plans to resign and will answer questions next week.\n\nPeter Novak, Spokesman\n"


def test_open_paragraphs_join_the_quote_that_closes_them():
    start = MULTI.index("“But")
    end = MULTI.index(" Park")
    drafts = join_continued_paragraphs(MULTI, [Draft([text_span(MULTI, start, end)])])
    assert [f.text for f in drafts[0].fragments] == ["“We have lost homes.", "“We have lost roads.", "“But we will rebuild,”"]


def test_a_quote_named_in_its_first_paragraph_runs_on_through_open_paragraphs():
    text = ("“We are treated like criminals,” said Pieter de Vries.\n\n“Every rule costs us money.\n\n"
            "“We ask to be heard.”\n\n“Nothing else,” said someone else.\n")
    opener = text.index("“Every")
    draft = Draft([text_span(text, opener, text.index("\n\n“We ask"))], source=text_span(text, 37, 52))
    other = Draft([text_span(text, text.index("“Nothing"), text.index(" said someone"))])
    drafts = join_continued_paragraphs(text, [draft, other])
    assert [f.text for f in drafts[0].fragments] == ["“Every rule costs us money.", "“We ask to be heard.”"]
    assert len(drafts) == 2  # the closing paragraph ends the quote


def test_an_open_paragraph_runs_on_only_into_a_paragraph_opened_by_the_same_mark():
    text = '"She had come to believe it.\n\n“Here he is,” she said.\n'
    drafts = join_continued_paragraphs(text, [Draft([text_span(text, 0, text.index("\n"))])])
    assert [f.text for f in drafts[0].fragments] == ['"She had come to believe it.']


def test_closed_paragraph_is_not_joined():
    text = "“It is over.”\n\n“We start again,” she said."
    start = text.index("“We")
    drafts = join_continued_paragraphs(text, [Draft([text_span(text, start, text.index(" she"))])])
    assert len(drafts[0].fragments) == 1


def test_overlapping_drafts_merge():
    a = Draft([text_span(MULTI, MULTI.index("“We have lost homes"), MULTI.index("\n\n“We have lost roads"))])
    b = Draft([text_span(MULTI, MULTI.index("“But"), MULTI.index(" Park"))], source=text_span(MULTI, 69, 73))
    drafts = join_continued_paragraphs(MULTI, [a, b])
    assert len(drafts) == 1 and drafts[0].source is not None


def test_signed_block_quote_is_found_with_its_signer():
    drafts = block_quotes(BLOCK, [])
    assert len(drafts) == 1
    assert drafts[0].fragments[0].text.startswith("The minister has no plans")
    assert drafts[0].source.text == "Peter Novak"


def test_block_rule_gives_the_signer_and_whole_paragraph_to_a_quote_the_model_found():
    start = BLOCK.index("The minister")
    found = Draft([text_span(BLOCK, start, BLOCK.index(" and will"))], source=text_span(BLOCK, 4, 12), confidence=0.9)
    drafts = block_quotes(BLOCK, [found])
    assert len(drafts) == 1 and drafts[0].source.text == "Peter Novak" and drafts[0].confidence == 0.9
    assert drafts[0].fragments[0].text.startswith("The minister") and drafts[0].fragments[0].text.endswith("week.")


def test_no_block_without_a_signature_line_or_with_marks():
    assert block_quotes("Some long paragraph of reporting that goes on for a while here.\n\nThe end.\n", []) == []
    text = "“Some long paragraph of words that goes on for a while here.”\n\nJane Doe, Secretary General\n"
    assert block_quotes(text, []) == []


def test_a_short_quote_in_marks_signed_by_a_dash_line_under_it_is_the_signers():
    text = ("What voters told us\n\n\"I just want the potholes fixed.\"\n— Maria Lopez, 34, nurse\n\n"
            "“Fine.”\n— Dev Patel\n")
    drafts = block_quotes(text, [])
    assert [(d.fragments[0].text, d.source.text) for d in drafts] == [
        ("\"I just want the potholes fixed.\"", "Maria Lopez"), ("“Fine.”", "Dev Patel")]
    # no dash, or words only partly in marks: no signature
    assert block_quotes("\"I just want the potholes fixed.\"\nMaria Lopez, 34, nurse\n", []) == []
    assert block_quotes("He said \"no\" twice.\n— Maria Lopez, 34, nurse\n", []) == []


def test_contents_join_only_around_their_cue():
    from models.quotes.spans.assembly import LinkedContent, group_fragments
    from models.quotes.spans.decoding import TokenSpan
    cue, source = TokenSpan("cue", 5, 6, 0.9), TokenSpan("source", 4, 5, 0.9)
    first, second, third = (TokenSpan("content", a, b, 0.9) for a, b in ((0, 4), (6, 10), (12, 15)))
    split = [LinkedContent(first, source, 0.9, cue), LinkedContent(second, source, 0.9, cue)]
    assert [len(g) for g in group_fragments(split)] == [2]
    listed = [LinkedContent(second, source, 0.9, cue), LinkedContent(third, source, 0.9, cue)]
    assert [len(g) for g in group_fragments(listed)] == [1, 1]


def test_a_lone_function_word_is_no_quote_but_a_name_or_quoted_word_is():
    from models.quotes.spans.assembly import stray_word
    text = "The plan, he said, was “outrageous” and Clinton agreed that it"
    def span(word):
        start = text.index(word)
        return text_span(text, start, start + len(word))
    assert stray_word(text, span("The")) and stray_word(text, span("that")) and stray_word(text, span(", "))
    assert not stray_word(text, span("outrageous")) and not stray_word(text, span("Clinton"))
    assert not stray_word(text, span("The plan"))


def test_a_quote_signed_after_a_dash_takes_the_signer():
    from models.quotes.spans.layout import dash_signatures
    text = "“He never answers.” ― Karen Bobadilla\n“We deserve better.” ― Jorge Falcon, teacher\n“No,” she said — twice.\n"
    first_end, second_end = text.index("” ―") + 1, text.index("” ― Jorge") + 1
    third_end = text.index("No,”") + 4
    wrong = text_span(text, text.index("Jorge"), text.index("Jorge") + len("Jorge Falcon"))
    drafts = [Draft([text_span(text, 0, first_end)], source=wrong, speaker_confidence=0.9),
              Draft([text_span(text, text.index("“We"), second_end)]),
              Draft([text_span(text, text.index("“No"), third_end)])]
    signed = dash_signatures(text, drafts)
    assert [d.source.text if d.source else None for d in signed] == ["Karen Bobadilla", "Jorge Falcon", None]
    assert [d.cue.text if d.cue else None for d in signed] == ["―", "―", None]


def test_speaker_mentions_lose_stray_edges_and_dangling_tails():
    from models.quotes.spans.assembly import trim_mention
    text = "Christie, who spoke first, said no. Hillary Clinton, at a rally, agreed. Sen. Lee said. The head of the agency said."
    def mention(written):
        start = text.index(written)
        return trim_mention(text, text_span(text, start, start + len(written))).text
    assert mention("Christie, who") == "Christie"
    assert mention("Hillary Clinton, at ") == "Hillary Clinton"
    assert mention("Sen.") == "Sen."
    assert mention("The head of the agency") == "The head of the agency"


def test_a_signature_line_may_hold_a_title_with_commas():
    text = ("The bypass will cut the village in two. We ask the council to think again.\n"
            "Margaret Hill, Chair, Elmfield Parish Council\n\nThe council said it would reply.")
    [draft] = block_quotes(text, [])
    assert draft.fragments[0].text == "The bypass will cut the village in two. We ask the council to think again."
    assert draft.source.text == "Margaret Hill"


def test_words_nobody_says_are_dropped():
    from models.quotes.spans.assembly import unspoken
    text = "The sign reads “Welcome”. Officials warned of a curfew. Ames said a curfew was near."
    span = lambda part: text_span(text, text.index(part), text.index(part) + len(part))
    assert unspoken(Draft(fragments=[span("“Welcome”")]))
    assert unspoken(Draft(fragments=[span("a curfew")], cue=span("warned")))
    assert not unspoken(Draft(fragments=[span("a curfew was near")], source=span("Ames"), cue=span("said")))
    assert not unspoken(Draft(fragments=[span("Officials warned of a curfew")], cue=span("warned")))


def test_a_quoted_modifier_in_a_headline_is_no_quote():
    from models.quotes.spans.headlines import headline_quotes
    text = "Council Approves “Smart” parking meters\n\nMayor Ada Nwosu said the meters would pay for themselves."
    assert headline_quotes(text, []) == []
    speech = "Keller Vows ‘No Retreat’ on Pension Plan\n\nLabour Minister Jonas Keller said so."
    [draft] = headline_quotes(speech, [])
    assert draft.fragments[0].text == "‘No Retreat’"


def test_a_dash_signature_after_a_no_break_space_takes_the_signer():
    from models.quotes.spans.assembly import rules_view
    from models.quotes.spans.layout import dash_signatures
    # assemble_quotes hands the layout rules its rules_view, where the no-break space reads as a space
    text = rules_view("“We deserve better.” ― Jorge Falcon\n“Build a wall around him.” ―\u00a0Steve Quinlan.\n")
    second = text.index("“Build")
    wrong = text_span(text, text.index("Jorge"), text.index("Jorge") + len("Jorge Falcon"))
    [signed] = dash_signatures(text, [Draft([text_span(text, second, text.index("” ― Steve") + 1)], source=wrong)])
    assert signed.source.text.rstrip(".") == "Steve Quinlan" and signed.cue.text == "―"


def test_the_rules_read_odd_spaces_as_plain_ones_one_for_one():
    from models.quotes.spans.assembly import rules_view
    text = "led\u00a0by Per\u202fAalto\u2009said"
    assert rules_view(text) == "led by Per Aalto said" and len(rules_view(text)) == len(text)


def test_a_name_in_marks_is_no_quote():
    from models.quotes.spans.junk import drop_junk
    text = 'Boxer retires\n\nKnown to fans as "The Hammer", Dmitri Volkov retired. He called it "a good run".\n'
    named = Draft([text_span(text, text.index('"The'), text.index(", Dmitri"))], confidence=0.8)
    start = text.index('"a good')
    said = Draft([text_span(text, start, start + len('"a good run"'))], confidence=0.8)
    assert drop_junk(text, [named, said]) == [said]


def test_a_name_and_a_dash_opening_the_line_sign_the_quote_after_them():
    from models.quotes.spans.layout import dash_signatures
    text = "Maria Lopez, season ticket holder — “It's the worst start in 20 years.”\n"
    draft = Draft(fragments=[text_span(text, text.index("“"), len(text) - 1)])
    [signed] = dash_signatures(text, [draft])
    assert signed.source.text == "Maria Lopez" and signed.cue.text == "—"


def test_a_paragraph_that_reopens_its_quote_after_the_cue_runs_on():
    text = ('"When I took this job, the city was broke," Greer said. "We had no reserves.\n\n'
            '"Today we have both."\n')
    greer = text_span(text, text.index("Greer"), text.index("Greer") + 5)
    first = Draft([text_span(text, 0, text.index(" Greer")), text_span(text, text.index('"We had'), text.index("\n"))],
                  source=greer)
    second = Draft([text_span(text, text.index('"Today'), len(text) - 1)], source=greer)
    drafts = join_continued_paragraphs(text, [first, second])
    assert len(drafts) == 1 and drafts[0].fragments[-1].text == '"Today we have both."'


def test_an_open_paragraph_never_runs_into_a_quote_someone_else_is_named_for():
    text = ("“It’s a dog whistle,” Rep. Gwen Moore (D-Wis.) said Friday. “If indeed he is not legitimate, how can you.\n"
            "“I have been thinking about where we are,” added Rep. Jim Clyburn (D-S.C.). “These are howls.”\n")
    moore = Draft([text_span(text, 0, text.index(" Rep. Gwen"))],
                  source=text_span(text, text.index("Rep. Gwen"), text.index(" (D-Wis")))
    clyburn = Draft([text_span(text, text.index("“I have"), text.index(" added"))])
    drafts = join_continued_paragraphs(text, [moore, clyburn])
    assert len(drafts) == 2


def test_a_paragraph_opened_low_and_closed_straight_is_closed():
    from models.quotes.spans.layout import left_open
    closed = '„We have won this fight together", declared Mayor Tomas Berg.'
    assert not left_open(closed, 0, len(closed))
    still_open = '„We said "no" to them and we meant it.'
    assert left_open(still_open, 0, len(still_open))
    german = "„Wir haben gewonnen“, sagte er."
    assert not left_open(german, 0, len(german))


def test_a_content_opened_by_a_dialogue_dash_starts_after_it():
    from models.quotes.spans.layout import without_dialogue_dash
    from models.quotes.spans.quote_types import classify
    text = "Final whistle\n\n– We were the better team, said coach Lars Nilsson.\nScore – 2-1 – as expected.\n"
    dialogue = text_span(text, text.index("– We"), text.index(", said"))
    mid_line = text_span(text, text.index("– 2-1"), text.index(" as expected"))
    drafts = without_dialogue_dash(text, [Draft([dialogue]), Draft([mid_line])])
    assert [d.fragments[0].text for d in drafts] == ["We were the better team", "– 2-1 –"]
    assert classify(text, drafts[0].fragments, None) == "direct"


def test_a_line_introducing_the_next_paragraph_signs_no_block_quote_and_a_report_keeps_its_speaker():
    from models.quotes.spans.layout import Draft, block_quotes
    from models.quotes.results import text_span
    text = ("Fishermen in Peterhead say a 30% cut to the North Sea cod quota will put boats out of business.\n\n"
            "Skipper Alec Buchan, whose family has fished from the port for four generations, was blunt:\n\n"
            "\"If this goes through, I'll be selling the boat by Christmas.\"\n")
    start = text.index("a 30% cut")
    report = Draft(fragments=[text_span(text, start, text.index(".\n"))], source=text_span(text, 0, 22),
                   cue=text_span(text, 23, 26))
    [kept] = block_quotes(text, [report])
    assert (kept.source.text, kept.cue.text) == ("Fishermen in Peterhead", "say")


def test_a_headline_term_in_marks_with_no_speech_verb_is_no_quote():
    from models.quotes.spans.junk import drop_junk

    def at(text: str, part: str):
        """The span of part's first appearance in text."""
        return text_span(text, text.index(part), text.index(part) + len(part))
    text = ('Council reviews "smart" parking meters\n\nThe council will review its so-called "smart" meters, the '
            'committee chair, Joyce Lim, said.\n')
    term = Draft([at(text, '"smart" parking meters')], source=at(text, "Council"), cue=at(text, "reviews"), confidence=0.8)
    assert drop_junk(text, [term]) == []
    text = "Brandt: Talks Could Resume 'Within Weeks'\n\nChancellor Eva Brandt said on Monday that talks could resume.\n"
    spoken = Draft([at(text, "'Within Weeks'")], source=at(text, "Brandt"), confidence=0.8)
    assert drop_junk(text, [spoken]) == [spoken]
