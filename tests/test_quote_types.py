"""Direct, mixed and indirect, from the quote's text and layout."""
from __future__ import annotations

import pytest

from models.quotes.spans.quote_types import classify
from models.quotes.results import text_span


@pytest.mark.parametrize("quote, expected", [
    ("“We will not back down,”", "direct"),
    ("“ we will not back down ”", "direct"),
    ("« Nous ne céderons pas »", "direct"),
    ("„Wir geben nicht auf“", "direct"),
    ("‘Within Weeks’", "direct"),
    ('"Straight marks."', "direct"),
    ("that he was open to “constructive dialogue”", "mixed"),
    ("“Yes” and then “no”", "mixed"),
    ("that the talks didn’t fail", "indirect"),
    ("the plan was sound", "indirect"),
])
def test_single_fragment(quote, expected):
    assert classify(quote, [text_span(quote, 0, len(quote))], None) == expected


def test_split_quote_is_direct_when_every_fragment_is():
    text = "“We will fight,” she said. “We will win.”"
    fragments = [text_span(text, 0, 16), text_span(text, 27, len(text))]
    assert classify(text, fragments, text_span(text, 17, 20)) == "direct"


def test_block_quote_with_attribution_line_is_direct():
    text = "Intro line.\nWe will not accept this outcome.\nJane Doe, Secretary General\n"
    fragment = text_span(text, 12, 44)
    assert fragment.text == "We will not accept this outcome."
    assert classify(text, [fragment], text_span(text, 45, 53)) == "direct"
    assert classify(text, [fragment], None) == "indirect"


def test_quote_running_over_paragraphs_is_direct():
    text = "“We have lost homes.\n\n“But we will rebuild,”"
    assert classify(text, [text_span(text, 0, len(text))], None) == "direct"
    first, second = text_span(text, 0, 20), text_span(text, 22, len(text))
    assert classify(text, [first, second], None) == "direct"
