"""A fake attributor: finds “...” quotes and a following 'NAME said', no model involved."""
from __future__ import annotations

import re
import time

from models.quotes.results import Quote, Speaker, text_span

QUOTE = re.compile(r"“[^”]*”")
SPEAKER_AFTER = re.compile(r"\s*(?P<name>[A-Z][a-z]+(?: [A-Z][a-z]+)*) (?P<cue>said)")


class FakeAttributor:
    """Deterministic stand-in for models.quotes.Attributor."""

    name = "fake"
    version = "0"
    precision = "fp32"

    def __init__(self, *, ready: bool = True, delay_s: float = 0.0, fail_with: Exception | None = None):
        self.ready = ready
        self.delay_s = delay_s
        self.fail_with = fail_with
        self.calls = 0
        self.threads: list[int | None] = []  # torch threads asked for, per call

    def load(self):
        """Become ready."""
        self.ready = True
        return self

    def attribute(self, text: str, deadline: float | None = None, threads: int | None = None) -> list[Quote]:
        """Quote-marked spans, each with the capitalised name and 'said' right after it if present."""
        self.calls += 1
        self.threads.append(threads)
        if self.fail_with is not None:
            raise self.fail_with
        if self.delay_s:
            time.sleep(self.delay_s)
            if deadline is not None and time.monotonic() > deadline:
                raise TimeoutError("deadline passed")
        quotes, ids = [], {}
        for match in QUOTE.finditer(text):
            after = SPEAKER_AFTER.match(text, match.end())
            speaker = cue = None
            if after:
                s, e = after.span("name")
                speaker = Speaker(text[s:e], text[s:e], s, e, 0.9, ids.setdefault(text[s:e], f"s{len(ids) + 1}"), "person")
                cue = text_span(text, *after.span("cue"))
            quotes.append(Quote(text=match.group(0), start=match.start(), end=match.end(), type="direct",
                                confidence=0.8 if speaker else 0.4,
                                fragments=[text_span(text, match.start(), match.end())], speaker=speaker, cue=cue))
        return quotes
