"""Precision choice and conversion, and the sparse linker, on a tiny random network (no shipped weights)."""
from __future__ import annotations

import pytest
import torch
from transformers import BertConfig

from models.quotes.network import QuoteAttributionNetwork, SpanLinker
from models.quotes.precision import apply_precision, resolve_precision


def tiny_network() -> QuoteAttributionNetwork:
    """A two-layer network with random weights, in eval mode."""
    torch.manual_seed(0)
    config = BertConfig(vocab_size=50, hidden_size=32, num_hidden_layers=2, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    network = QuoteAttributionNetwork(config, link_width=16).eval()
    torch.nn.init.normal_(network.shape_embeddings.weight, std=0.1)
    return network


def inputs(batch: int = 2, length: int = 12) -> dict[str, torch.Tensor]:
    """Random token ids with the second row padded."""
    ids = torch.randint(5, 50, (batch, length))
    mask = torch.ones(batch, length, dtype=torch.long)
    mask[1, length // 2:] = 0
    zeros = torch.zeros(batch, length, dtype=torch.long)
    return {"input_ids": ids, "attention_mask": mask, "shape_ids": zeros + 2, "line_flags": zeros}


def test_auto_resolves_to_a_real_precision_and_bad_names_fail():
    assert resolve_precision("auto") in {"bf16", "fp32"}
    assert resolve_precision("fp32") == "fp32"
    with pytest.raises(ValueError, match="precision"):
        resolve_precision("fp8")


@pytest.mark.parametrize("precision", ["bf16", "int8"])
def test_reduced_precision_stays_close_to_fp32_and_returns_fp32(precision):
    batch = inputs()
    with torch.inference_mode():
        _, logits32 = tiny_network()(**batch)
        hidden, logits = apply_precision(tiny_network(), precision)(**batch)
    assert hidden.dtype == logits.dtype == torch.float32
    assert torch.allclose(logits, logits32, atol=0.15)


def test_linker_scores_only_reachable_pairs_and_matches_scoring_all():
    torch.manual_seed(1)
    linker = SpanLinker(hidden=8, width=4).eval()
    hidden = torch.randn(20, 8)
    anchors, candidates = torch.tensor([[0, 3], [10, 12]]), torch.tensor([[4, 5], [13, 15], [18, 20]])
    buckets = torch.randint(0, 10, (2, 3))
    reachable = torch.tensor([[True, False, True], [False, True, True]])
    with torch.inference_mode():
        every = linker(hidden, anchors, candidates, buckets)
        some = linker(hidden, anchors, candidates, buckets, reachable)
    assert torch.equal(torch.isinf(some[:, 1:]), ~reachable)
    assert torch.allclose(some[:, 1:][reachable], every[:, 1:][reachable])
    assert torch.allclose(some[:, 0], every[:, 0])
