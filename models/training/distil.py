"""Distil a trained network into a shallower one: keep some encoder layers, match the teacher's scores."""
from __future__ import annotations

import torch
from torch import nn

from ..quotes.network import QuoteAttributionNetwork


def parse_layers(text: str) -> list[int]:
    """'0,1,3,5' -> [0, 1, 3, 5] (sorted, unique)."""
    layers = sorted({int(part) for part in text.split(",") if part.strip()})
    if not layers:
        raise ValueError("no layers given")
    return layers


def keep_layers(network: QuoteAttributionNetwork, layers: list[int]) -> None:
    """Drop every encoder layer not listed, in place, and record the new depth in the config."""
    stack = network.encoder.encoder.layer
    if layers[0] < 0 or layers[-1] >= len(stack):
        raise ValueError(f"layers {layers} out of range for an encoder of {len(stack)}")
    network.encoder.encoder.layer = nn.ModuleList(stack[i] for i in layers)
    network.config.num_hidden_layers = len(layers)
    for position, layer in enumerate(network.encoder.encoder.layer):
        layer.attention.self.layer_idx = position  # transformers keys caches by it; harmless without one


def soft_cross_entropy(student_logits: torch.Tensor, teacher_logits: torch.Tensor, temperature: float) -> torch.Tensor:
    """Mean over rows of KL(teacher || student) at a temperature, times T squared (Hinton et al.)."""
    finite = torch.isfinite(teacher_logits)
    teacher = torch.where(finite, teacher_logits, torch.full_like(teacher_logits, -1e4)) / temperature
    student = torch.where(finite, student_logits, torch.full_like(student_logits, -1e4)) / temperature
    target = teacher.softmax(-1)
    kl = (target * (target.clamp_min(1e-12).log() - student.log_softmax(-1))).sum(-1)
    return kl.mean() * temperature ** 2
