"""The shipped model, loaded once: offsets on random and hostile input, long documents, threads."""
from __future__ import annotations

import random
from concurrent.futures import ThreadPoolExecutor

import pytest


ARTICLE = ("Finance Minister Maria Santos presented the budget on Wednesday.\n\n"
           "“This budget protects the most vulnerable,” Santos said. “It also keeps our promise.”\n\n"
           "The opposition said the plan would raise taxes for families.\n\n")
ALPHABET = ("abcdefghijklmnopqrstuvwxyz ABCDEFGHIJKLMNOPQRSTUVWXYZ .,;:!?-—–'\"“”‘’«»„‚‹›\n\t\r"
            "éüßçñøåæœ\u0301\u200b\u200d\u00a0\ufeff😀👍🏽🇫🇷𝔘中文日本語العربيةעברית\u0000\u0007\ufffd")


def assert_offsets(text: str, quotes) -> None:
    """text[start:end] == span text for every span, and fragments inside their quote."""
    for quote in quotes:
        assert text[quote.start:quote.end] == quote.text
        assert quote.fragments and quote.start == quote.fragments[0].start and quote.end == quote.fragments[-1].end
        for span in [*quote.fragments, quote.speaker, quote.cue]:
            if span is not None:
                assert 0 <= span.start < span.end <= len(text)
                assert text[span.start:span.end] == span.text
        assert 0.0 <= quote.confidence <= 1.0
        assert quote.type in {"direct", "mixed", "indirect"}


def test_offsets_hold_on_random_text(real_attributor):
    rng = random.Random(7)
    for _ in range(25):
        text = "".join(rng.choice(ALPHABET) for _ in range(rng.randint(0, 600)))
        assert_offsets(text, real_attributor.attribute(text))


def test_offsets_hold_with_html_character_references(real_attributor):
    rng = random.Random(11)
    pieces = ["&quot;", "&#8220;", "&#8221;", "&#x201C;", "&amp;", "&nbsp;", "&bogus;", "&", ";", "&#0;",
              "&#55296;", " said Anna Berg. ", "We will win", ",", "\n\n", "&rsquo;", "&amp;quot;"]
    for _ in range(25):
        text = "".join(rng.choice(pieces) for _ in range(rng.randint(0, 120)))
        assert_offsets(text, real_attributor.attribute(text))
    text = "&quot;We will not back down,&quot; said Anna Berg. " * 3
    quotes = real_attributor.attribute(text)
    assert quotes and all(q.text.startswith("&quot;") and q.speaker.name == "Anna Berg" for q in quotes)


def test_offsets_hold_on_hostile_text(real_attributor):
    hostile = ["", " ", "\n\n\n", "“", "”“" * 300, "😀" * 2000, "\ud800unpaired", "a\u0301" * 500,
               "“" + "word " * 3000 + "”", "\u0000" * 100, "SAID " * 500, ARTICLE.replace(" ", "\u00a0"),
               ARTICLE.replace("\n", "\r\n"), "🇫🇷“Oui,” dit-il. " * 40,
               # found by fuzzing: a label "\ud800A" reads the same capitalised and once recursed without end
               'Farmers blocked the highway for a third day.\n\n\u201cWe have nothing left to lose\u201d \u2014\u2018, who has \xbb\xabMr. \U0001f44d\U0001f3fd\u2014xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxShe She xxxxxxxxxxxxxxxxxxxxxxxxxxxxxxBy Kim Lee\n\ud800A: Q: described staff as \u201d. \u2019, who has  Miguel Soto, a dairy farmer from Galicia, said as tractors lined the road.\n']
    for text in hostile:
        assert_offsets(text, real_attributor.attribute(text))


def test_quotes_in_a_long_document_keep_their_offsets(real_attributor):
    filler = "The committee met again on Tuesday to review the figures. " * 400  # far past one window
    text = filler + ARTICLE + filler + ARTICLE
    quotes = real_attributor.attribute(text)
    assert_offsets(text, quotes)
    direct = [q for q in quotes if "This budget protects" in q.text]
    assert len(direct) == 2, [q.text for q in quotes]
    assert direct[1].start - direct[0].start == len(filler) + len(ARTICLE)


def test_threads_share_one_model(real_attributor):
    texts = [ARTICLE, ARTICLE * 5, "No quotes.", ARTICLE.replace("Santos", "Okafor")]
    expected = [real_attributor.attribute(t) for t in texts]
    with ThreadPoolExecutor(max_workers=4) as pool:
        assert list(pool.map(real_attributor.attribute, texts * 3)) == expected * 3


def test_a_plain_article_gets_quotes_with_speakers(real_attributor):
    quotes = real_attributor.attribute(ARTICLE)
    assert_offsets(ARTICLE, quotes)
    direct = [q for q in quotes if q.type == "direct"]
    assert direct and all(q.speaker and q.speaker.name == "Maria Santos" for q in direct)


@pytest.mark.parametrize("text", ["No quotes here.", "AD", "Share\nMenu\nAdvertisement\n", "Photo: Crowds in the square. (AP)",
                                  "By Laura Chen, Staff Writer\n", "Read more: Minister resigns\n", "Yes", "Comments\nSign up\n"])
def test_text_without_speech_gives_no_quotes(real_attributor, text):
    assert real_attributor.attribute(text) == []


def test_no_break_spaces_are_read_as_spaces_but_returned_as_sent(real_attributor):
    text = ("Health Minister Karin Voss reached a deal with the nurses' union, led\u00a0by Per\u00a0Aalto, early on "
            "Saturday.\n\nThe union leader said nurses would return to work on Monday.\n\n"
            "“The new timetable is a disaster.” ―\u00a0Ana\u00a0Ruiz\n")
    quotes = real_attributor.attribute(text)
    assert_offsets(text, quotes)
    names = {q.speaker.name for q in quotes if q.speaker}
    assert {"Per Aalto", "Ana Ruiz"} <= names  # "led by" read through its no-break space
    assert any("\u00a0" in q.speaker.text for q in quotes if q.speaker)  # the mention as sent
