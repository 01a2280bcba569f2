"""The text the model and the rules read, and the way back from its offsets to the input's.

Scraped news often keeps HTML character references ("&quot;", "&#8220;", "&rsquo;"): left as they
are, the tokenizer sees "quot" where the writer meant a quote mark. The view decodes them; every
answer is then cut again from the input as sent, so text[start:end] still holds for the client.
"""
from __future__ import annotations

import html
import re
from dataclasses import dataclass, replace

from .results import Quote, TextSpan

CHARACTER_REFERENCE = re.compile(r"&(?:#[0-9]{1,7}|#[xX][0-9a-fA-F]{1,6}|[A-Za-z][A-Za-z0-9]{1,31});")
UNPAIRED_SURROGATE = re.compile("[\ud800-\udfff]")


@dataclass(frozen=True)
class TextView:
    """A decoded text and, per view character, the input range it came from (None: the same text)."""

    text: str
    input_starts: tuple[int, ...] | None = None
    input_ends: tuple[int, ...] | None = None

    def to_input(self, start: int, end: int) -> tuple[int, int]:
        """The input range [start, end) of view range [start, end)."""
        if self.input_starts is None:
            return start, end
        if end <= start:
            position = self.input_starts[start] if start < len(self.text) else self.input_ends[-1]
            return position, position
        return self.input_starts[start], self.input_ends[end - 1]


def text_view(text: str) -> TextView:
    """The view of an input: unpaired surrogates (legal in JSON, not in UTF-8) become U+FFFD and
    HTML character references their characters; an input with no reference is its own view."""
    text = UNPAIRED_SURROGATE.sub("\ufffd", text)
    if "&" not in text:
        return TextView(text)
    pieces: list[str] = []
    starts: list[int] = []
    ends: list[int] = []
    position = 0
    for match in CHARACTER_REFERENCE.finditer(text):
        decoded = html.unescape(match.group())
        if decoded == match.group():
            continue
        pieces.append(text[position:match.start()])
        starts.extend(range(position, match.start()))
        ends.extend(range(position + 1, match.start() + 1))
        pieces.append(decoded)
        starts.extend([match.start()] * len(decoded))
        ends.extend([match.end()] * len(decoded))
        position = match.end()
    if position == 0:
        return TextView(text)
    pieces.append(text[position:])
    starts.extend(range(position, len(text)))
    ends.extend(range(position + 1, len(text) + 1))
    return TextView("".join(pieces), tuple(starts), tuple(ends))


def span_in_input(span: TextSpan, view: TextView, text: str) -> TextSpan:
    """A view span cut again from the input."""
    start, end = view.to_input(span.start, span.end)
    return TextSpan(text[start:end], start, end)


def quote_in_input(quote: Quote, view: TextView, text: str) -> Quote:
    """A quote found in the view, with every offset and span text taken from the input; names stay decoded."""
    start, end = view.to_input(quote.start, quote.end)
    speaker = quote.speaker
    if speaker is not None:
        speaker_start, speaker_end = view.to_input(speaker.start, speaker.end)
        speaker = replace(speaker, text=text[speaker_start:speaker_end], start=speaker_start, end=speaker_end)
    return replace(quote, text=text[start:end], start=start, end=end,
                   fragments=[span_in_input(f, view, text) for f in quote.fragments],
                   cue=None if quote.cue is None else span_in_input(quote.cue, view, text),
                   speaker=speaker)

