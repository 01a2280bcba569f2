"""Turn a document into token ids, character offsets and features, with no truncation."""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from .features import token_features
from .windows import Window


@dataclass
class EncodedDocument:
    """A whole document's tokens; offsets index the original text in code points."""

    text: str
    input_ids: np.ndarray
    offsets: np.ndarray  # [tokens, 2]
    shape_ids: np.ndarray
    line_flags: np.ndarray

    def __len__(self) -> int:
        """Number of tokens."""
        return len(self.input_ids)


def encode_document(tokenizer, text: str) -> EncodedDocument:
    """Tokenize the whole text once; windows are cut later from these arrays."""
    encoding = tokenizer(text, add_special_tokens=False, return_offsets_mapping=True,
                         return_attention_mask=False, verbose=False)
    pairs = [(start, end) for start, end in encoding["offset_mapping"]]
    ids = list(encoding["input_ids"])
    keep = [i for i, (start, end) in enumerate(pairs) if end > start]
    pairs = [pairs[i] for i in keep]
    ids = [ids[i] for i in keep]
    shapes, flags = token_features(text, pairs)
    return EncodedDocument(
        text=text,
        input_ids=np.asarray(ids, dtype=np.int64),
        offsets=np.asarray(pairs, dtype=np.int64).reshape(-1, 2),
        shape_ids=np.asarray(shapes, dtype=np.int64),
        line_flags=np.asarray(flags, dtype=np.int64),
    )


def window_batch(document: EncodedDocument, windows: list[Window], cls_id: int, sep_id: int,
                 pad_id: int) -> dict[str, np.ndarray]:
    """Arrays for a batch of windows, each wrapped in [CLS] ... [SEP] and right-padded."""
    width = max(w.end - w.start for w in windows) + 2
    batch = {name: np.full((len(windows), width), fill, dtype=np.int64)
             for name, fill in (("input_ids", pad_id), ("attention_mask", 0), ("shape_ids", 0), ("line_flags", 0))}
    for row, window in enumerate(windows):
        length = window.end - window.start
        batch["input_ids"][row, 0] = cls_id
        batch["input_ids"][row, 1:length + 1] = document.input_ids[window.start:window.end]
        batch["input_ids"][row, length + 1] = sep_id
        batch["attention_mask"][row, :length + 2] = 1
        batch["shape_ids"][row, 1:length + 1] = document.shape_ids[window.start:window.end]
        batch["line_flags"][row, 1:length + 1] = document.line_flags[window.start:window.end]
    return batch
