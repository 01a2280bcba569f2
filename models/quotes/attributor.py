"""The Python API: load a trained model folder once, then attribute quotes in many texts, from many threads."""
from __future__ import annotations

import json
import threading
import time
from dataclasses import replace
from pathlib import Path

import numpy as np
import torch

from .calibration import Platt
from .checkpoint import load_model
from .encoding import EncodedDocument, encode_document, window_batch
from .precision import apply_precision, resolve_precision
from .results import Quote
from .spans.assembly import LinkedContent, assemble_quotes
from .spans.decoding import by_role, decode_spans
from .spans.linking import link_spans, split_at_titles, token_lines
from .text_view import quote_in_input, text_view
from .timing import StageClock
from .windows import merge_window_scores, plan_windows

CALIBRATION_FILE = "calibration.json"

class ModelNotReady(RuntimeError):
    """Raised when attribute() is called before load()."""


class Attributor:
    """Finds quotes, speakers and cues in whole documents; thread-safe after load()."""

    def __init__(self, model_dir: Path | str, *, threads: int | None = None, precision: str = "auto",
                 batch_windows: int = 8, window: int | None = None, overlap: int | None = None):
        """Remember settings only; the expensive work happens in load().

        precision is 'auto' (bf16 where the CPU has it natively, else fp32), 'bf16', 'int8' or 'fp32'.
        window and overlap (tokens) default to what the model was trained with.
        """
        self.model_dir = Path(model_dir)
        self.window_override, self.overlap_override = window, overlap
        self.threads = threads
        self.precision = resolve_precision(precision)
        self.batch_windows = batch_windows
        self.ready = False
        self.version = "unloaded"
        self.name = self.model_dir.name
        self._tokenizer_lock = threading.Lock()

    def load(self) -> "Attributor":
        """Read weights, tokenizer and calibration; convert the network to the chosen precision."""
        if self.threads:
            torch.set_num_threads(self.threads)
        network, tokenizer, meta = load_model(self.model_dir)
        network = apply_precision(network, self.precision)
        self.network, self.tokenizer, self.meta = network, tokenizer, meta
        self.window = int(self.window_override or meta["window"])
        self.overlap = int(self.overlap_override if self.overlap_override is not None else meta["overlap"])
        self.version = str(meta.get("version", "0"))
        self.name = str(meta.get("name", self.model_dir.name))
        calibration_path = self.model_dir / CALIBRATION_FILE
        calibration = json.loads(calibration_path.read_text()) if calibration_path.exists() else {}
        calibration = calibration.get(self.precision, {})  # fitted separately for each precision's scores
        self.quote_calibration = Platt(**calibration.get("quote", {}))
        self.speaker_calibration = Platt(**calibration.get("speaker", {}))
        self.ready = True
        return self

    def encode(self, text: str) -> EncodedDocument:
        """Tokenize under a lock: a fast tokenizer may not be entered by two threads at once."""
        with self._tokenizer_lock:
            return encode_document(self.tokenizer, text)

    def forward(self, encoded: EncodedDocument, deadline: float | None = None) -> tuple[torch.Tensor, np.ndarray]:
        """Hidden states [tokens, hidden] and tag logits [tokens, tags] over overlapping windows.

        Raises TimeoutError between batches of windows once time.monotonic() passes the deadline.
        """
        windows = plan_windows(len(encoded), self.window, self.overlap)
        hidden_parts: list[np.ndarray] = []
        logit_parts: list[np.ndarray] = []
        tok = self.tokenizer
        with torch.inference_mode():
            for first in range(0, len(windows), self.batch_windows):
                if deadline is not None and time.monotonic() > deadline:
                    raise TimeoutError("attribution deadline passed")
                chunk = windows[first:first + self.batch_windows]
                arrays = window_batch(encoded, chunk, tok.cls_token_id, tok.sep_token_id, tok.pad_token_id)
                hidden, logits = self.network(**{k: torch.from_numpy(v) for k, v in arrays.items()})
                for row, window in enumerate(chunk):
                    length = window.end - window.start
                    hidden_parts.append(hidden[row, 1:length + 1].float().numpy())
                    logit_parts.append(logits[row, 1:length + 1].float().numpy())
        merged_hidden = merge_window_scores(windows, hidden_parts, len(encoded))
        return torch.from_numpy(merged_hidden), merge_window_scores(windows, logit_parts, len(encoded))

    def attribute(self, text: str, deadline: float | None = None, timings: dict | None = None,
                  threads: int | None = None) -> list[Quote]:
        """Every quote in the text, in document order, with calibrated confidences.

        deadline is a time.monotonic() value; past it, TimeoutError is raised. timings, when given,
        receives the seconds spent per stage (encode, forward, spans, layout, speakers). threads, when
        given, is the torch threads this call (and the calling thread's later calls) computes on.
        """
        if not self.ready:
            raise ModelNotReady("call load() before attribute()")
        if threads is not None and threads != torch.get_num_threads():
            torch.set_num_threads(threads)
        clock = StageClock(timings)
        view = text_view(text)
        encoded = self.encode(view.text)
        clock.lap("encode")
        if len(encoded) == 0:
            return []
        hidden, logits = self.forward(encoded, deadline)
        clock.lap("forward")
        spans = by_role(decode_spans(logits))
        lines = token_lines(view.text, encoded.offsets)
        contents = split_at_titles(spans["content"], lines)
        with torch.inference_mode():
            source_links = link_spans(self.network.source_linker, hidden, contents, spans["source"], lines)
            cue_links = link_spans(self.network.cue_linker, hidden, contents, spans["cue"], lines)
        linked = [
            LinkedContent(content=content,
                          source=None if s.index is None else spans["source"][s.index],
                          source_probability=s.probability,
                          cue=None if c.index is None else spans["cue"][c.index])
            for content, s, c in zip(contents, source_links, cue_links)
        ]
        clock.lap("spans")
        quotes = assemble_quotes(view.text, encoded.offsets, linked, clock)
        return [self.calibrate(quote_in_input(q, view, text)) for q in quotes]

    def calibrate(self, quote: Quote) -> Quote:
        """Map raw confidences through the calibration fitted on dev."""
        speaker = quote.speaker
        if speaker is not None:
            speaker = replace(speaker, confidence=round(self.speaker_calibration(speaker.confidence), 4))
        return replace(quote, confidence=round(self.quote_calibration(quote.confidence), 4), speaker=speaker)
