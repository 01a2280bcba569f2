"""The torch network: a BERT encoder with casing features, a BIO tagger and two span linkers."""
from __future__ import annotations

import numpy as np
import torch
from torch import nn
from transformers import BertConfig, BertModel

from .features import NUM_LINE_FLAGS, NUM_SHAPES
from .labels import TAGS

DISTANCE_EDGES = (0, 1, 2, 3, 4, 6, 8, 12, 16, 24, 32, 48, 64, 96, 128, 192)
NUM_DISTANCE_BUCKETS = 2 * len(DISTANCE_EDGES) + 1


def distance_bucket(anchor: tuple[int, int], candidate: tuple[int, int]) -> int:
    """Bucket the signed token gap between an anchor span and a candidate span."""
    if candidate[0] >= anchor[1]:
        gap, offset = candidate[0] - anchor[1], 1
    elif candidate[1] <= anchor[0]:
        gap, offset = anchor[0] - candidate[1], 1 + len(DISTANCE_EDGES)
    else:
        return 0
    bucket = sum(1 for edge in DISTANCE_EDGES if gap >= edge) - 1
    return offset + bucket


def distance_buckets(anchors: np.ndarray, candidates: np.ndarray) -> np.ndarray:
    """distance_bucket for every (anchor, candidate) pair at once: [A, 2] x [C, 2] -> [A, C]."""
    edges = np.asarray(DISTANCE_EDGES)
    after = candidates[None, :, 0] - anchors[:, None, 1]
    before = anchors[:, None, 0] - candidates[None, :, 1]
    after_bucket = 1 + np.searchsorted(edges, np.maximum(after, 0), side="right") - 1
    before_bucket = 1 + len(DISTANCE_EDGES) + np.searchsorted(edges, np.maximum(before, 0), side="right") - 1
    return np.where(after >= 0, after_bucket, np.where(before >= 0, before_bucket, 0)).astype(np.int64)


class SpanLinker(nn.Module):
    """Scores, for an anchor span, each candidate span plus a 'none' option."""

    def __init__(self, hidden: int, width: int = 128):
        super().__init__()
        self.project = nn.Linear(2 * hidden, width)
        self.distance = nn.Embedding(NUM_DISTANCE_BUCKETS, width)
        self.score = nn.Sequential(nn.Linear(4 * width, width), nn.GELU(), nn.Linear(width, 1))
        self.none_score = nn.Linear(width, 1)

    def span_vectors(self, hidden: torch.Tensor, spans: torch.Tensor) -> torch.Tensor:
        """Vectors for token spans [n, 2] (end exclusive) over hidden [tokens, hidden]."""
        return self.project(torch.cat([hidden[spans[:, 0]], hidden[spans[:, 1] - 1]], dim=-1))

    def forward(self, hidden: torch.Tensor, anchors: torch.Tensor, candidates: torch.Tensor,
                buckets: torch.Tensor, reachable: torch.Tensor | None = None) -> torch.Tensor:
        """Logits [anchors, 1 + candidates]; column 0 is 'none'.

        reachable [anchors, candidates] (bool) limits scoring to those pairs; the rest get -inf,
        which keeps long documents from paying for pairs that could never be linked.
        """
        anchor_vectors = self.span_vectors(hidden, anchors)
        none = self.none_score(anchor_vectors)
        if candidates.shape[0] == 0:
            return none
        candidate_vectors = self.span_vectors(hidden, candidates)
        if reachable is None:
            reachable = torch.ones(buckets.shape, dtype=torch.bool, device=buckets.device)
        anchor_index, candidate_index = reachable.nonzero(as_tuple=True)
        a, c = anchor_vectors[anchor_index], candidate_vectors[candidate_index]
        pairs = torch.cat([a, c, a * c, self.distance(buckets[anchor_index, candidate_index])], dim=-1)
        scores = none.new_full(buckets.shape, float("-inf"))
        scores = scores.index_put((anchor_index, candidate_index), self.score(pairs).squeeze(-1))
        return torch.cat([none, scores], dim=-1)


class QuoteAttributionNetwork(nn.Module):
    """Encoder plus heads; everything the saved weights describe."""

    def __init__(self, config: BertConfig, link_width: int = 128):
        super().__init__()
        self.config = config
        self.encoder = BertModel(config, add_pooling_layer=False)
        hidden = config.hidden_size
        self.shape_embeddings = nn.Embedding(NUM_SHAPES, hidden)
        self.line_embeddings = nn.Embedding(NUM_LINE_FLAGS, hidden)
        nn.init.zeros_(self.shape_embeddings.weight)
        nn.init.zeros_(self.line_embeddings.weight)
        self.dropout = nn.Dropout(config.hidden_dropout_prob)
        self.tagger = nn.Linear(hidden, len(TAGS))
        self.source_linker = SpanLinker(hidden, link_width)
        self.cue_linker = SpanLinker(hidden, link_width)

    def forward(self, input_ids: torch.Tensor, attention_mask: torch.Tensor, shape_ids: torch.Tensor,
                line_flags: torch.Tensor) -> tuple[torch.Tensor, torch.Tensor]:
        """Return (hidden states [B, T, H], tag logits [B, T, tags])."""
        embeds = self.encoder.embeddings.word_embeddings(input_ids)
        embeds = embeds + self.shape_embeddings(shape_ids) + self.line_embeddings(line_flags)
        hidden = self.encoder(inputs_embeds=embeds, attention_mask=attention_mask).last_hidden_state
        hidden = hidden.float()  # the encoder may run in bf16; the heads always take fp32
        return hidden, self.tagger(self.dropout(hidden))
