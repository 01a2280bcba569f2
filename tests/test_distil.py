"""Distillation parts: keeping encoder layers, saving the shallower network, the soft loss (tiny random network)."""
from __future__ import annotations

import math

import pytest
import torch
from transformers import AutoTokenizer, BertConfig

from models.quotes.checkpoint import load_model, save_model
from models.quotes.network import QuoteAttributionNetwork
from models.training.distil import keep_layers, parse_layers, soft_cross_entropy


def tiny_network(layers: int = 4) -> QuoteAttributionNetwork:
    """A network of a few random layers, in eval mode."""
    torch.manual_seed(0)
    config = BertConfig(vocab_size=50, hidden_size=32, num_hidden_layers=layers, num_attention_heads=2,
                        intermediate_size=64, max_position_embeddings=64)
    return QuoteAttributionNetwork(config, link_width=16).eval()


def test_parse_layers_sorts_and_rejects_nothing():
    assert parse_layers("4, 0,2,2") == [0, 2, 4]
    with pytest.raises(ValueError):
        parse_layers(" , ")


def test_kept_layers_are_the_same_modules_and_the_config_follows():
    network = tiny_network()
    originals = list(network.encoder.encoder.layer)
    keep_layers(network, [0, 2, 3])
    assert list(network.encoder.encoder.layer) == [originals[0], originals[2], originals[3]]
    assert network.config.num_hidden_layers == 3
    with pytest.raises(ValueError, match="out of range"):
        keep_layers(network, [0, 3])


def test_a_shallower_network_saves_and_loads_with_the_same_outputs(tmp_path):
    network = tiny_network()
    keep_layers(network, [1, 3])
    tokenizer = AutoTokenizer.from_pretrained("models/weights/quote-attribution")
    save_model(network, tokenizer, tmp_path, {"link_width": 16})
    loaded, _, _ = load_model(tmp_path)
    assert len(loaded.encoder.encoder.layer) == 2
    batch = {"input_ids": torch.randint(5, 50, (1, 9)), "attention_mask": torch.ones(1, 9, dtype=torch.long),
             "shape_ids": torch.zeros(1, 9, dtype=torch.long), "line_flags": torch.zeros(1, 9, dtype=torch.long)}
    with torch.no_grad():
        expected, got = network.half().float()(**batch)[1], loaded(**batch)[1]  # saved as fp16
    assert torch.allclose(expected, got, atol=1e-5)


def test_soft_cross_entropy_is_zero_on_the_teacher_and_grows_away_from_it():
    teacher = torch.tensor([[2.0, 0.0, -1.0], [0.0, 0.0, 3.0]])
    assert soft_cross_entropy(teacher.clone(), teacher, 2.0).item() == pytest.approx(0.0, abs=1e-6)
    near, far = teacher + torch.tensor([0.1, 0.0, 0.0]), teacher.flip(-1)
    assert 0 < soft_cross_entropy(near, teacher, 2.0).item() < soft_cross_entropy(far, teacher, 2.0).item()


def test_soft_cross_entropy_ignores_pairs_the_teacher_left_unscored():
    teacher = torch.tensor([[1.0, -math.inf, 0.0]])
    student = torch.tensor([[1.0, 5.0, 0.0]])  # the student's score there weighs nothing
    assert soft_cross_entropy(student, teacher, 1.0).item() == pytest.approx(0.0, abs=1e-4)
    assert math.isfinite(soft_cross_entropy(torch.tensor([[0.0, -math.inf, 1.0]]), teacher, 1.0).item())
