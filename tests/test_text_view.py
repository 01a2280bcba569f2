"""The view the model reads: HTML character references decoded, offsets mapped back to the input."""
from __future__ import annotations

from models.quotes.results import Quote, Speaker, TextSpan
from models.quotes.text_view import quote_in_input, text_view


def test_plain_text_is_its_own_view():
    view = text_view("No references here & there.")
    assert view.text == "No references here & there." and view.input_starts is None
    assert view.to_input(3, 13) == (3, 13)


def test_unpaired_surrogate_becomes_replacement_character_in_place():
    view = text_view("a\ud800b")
    assert view.text == "a\ufffdb" and view.to_input(0, 3) == (0, 3)


def test_references_decode_and_map_back_to_their_whole_reference():
    text = "&quot;Yes,&quot; said M&amp;S&#8217;s boss &#x201C;x&#x201d; &bogus; &"
    view = text_view(text)
    assert view.text == "\"Yes,\" said M&S\u2019s boss \u201cx\u201d &bogus; &"
    start = view.text.index("\"Yes")
    assert view.to_input(start, start + len("\"Yes,\"")) == (0, len("&quot;Yes,&quot;"))
    inner = view.text.index("Yes")
    assert text[slice(*view.to_input(inner, inner + 3))] == "Yes"
    name = view.text.index("M&S")
    assert text[slice(*view.to_input(name, name + 3))] == "M&amp;S"
    tail = view.text.index("&bogus;")
    assert text[slice(*view.to_input(tail, len(view.text)))] == "&bogus; &"


def test_empty_range_maps_to_a_point():
    view = text_view("&quot;a")
    assert view.to_input(1, 1) == (6, 6)
    assert view.to_input(2, 2) == (7, 7)


def test_quote_is_cut_again_from_the_input_but_keeps_the_decoded_name():
    text = "&quot;Go,&quot; said O&#39;Neil."
    view = text_view(text)
    speaker_start = view.text.index("O'Neil")
    speaker = Speaker(name="O'Neil", text="O'Neil", start=speaker_start, end=speaker_start + 6, confidence=0.9)
    cue_start = view.text.index("said")
    quote = Quote(text="\"Go,\"", start=0, end=5, type="direct", confidence=0.8,
                  fragments=[TextSpan("\"Go,\"", 0, 5)], speaker=speaker,
                  cue=TextSpan("said", cue_start, cue_start + 4))
    mapped = quote_in_input(quote, view, text)
    assert mapped.text == "&quot;Go,&quot;" == text[mapped.start:mapped.end]
    assert mapped.fragments[0].text == "&quot;Go,&quot;"
    assert mapped.cue.text == "said" == text[mapped.cue.start:mapped.cue.end]
    assert mapped.speaker.text == "O&#39;Neil" == text[mapped.speaker.start:mapped.speaker.end]
    assert mapped.speaker.name == "O'Neil"
