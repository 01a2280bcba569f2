"""Which arithmetic the encoder runs in: bf16 where the CPU has it natively, else fp32; int8 on request."""
from __future__ import annotations

import warnings

import torch

from .network import QuoteAttributionNetwork

PRECISIONS = ("auto", "bf16", "int8", "fp32")


def native_bf16() -> bool:
    """True when the CPU multiplies bf16 in hardware (AMX tiles or AVX512-BF16); emulated bf16 is slow."""
    checks = ("_is_amx_tile_supported", "_is_avx512_bf16_supported")
    return any(bool(getattr(torch.cpu, name, lambda: False)()) for name in checks)


def resolve_precision(requested: str) -> str:
    """Turn 'auto' into bf16 where the CPU has it natively (fp32's quality; 1.7-2.4x its speed), else fp32; pass the
    others through, checked.

    int8 is faster than fp32 on any CPU (1.4x on AVX2) but fails 23 more of the 1,209 format-set articles and costs
    0.5-0.9 points of source, cue and direct-quote F1 on dev (model card, "Dev figures"), so it is served only on request.
    """
    if requested not in PRECISIONS:
        raise ValueError(f"precision must be one of {', '.join(PRECISIONS)}, not {requested!r}")
    if requested == "auto":
        return "bf16" if native_bf16() else "fp32"
    return requested


def apply_precision(network: QuoteAttributionNetwork, precision: str) -> QuoteAttributionNetwork:
    """Convert a loaded fp32 network for inference in the given (resolved) precision.

    bf16 touches only the encoder and its input embeddings; the tagger and linkers stay fp32.
    int8 is dynamic quantisation of the encoder's Linear layers, one scale per output channel (one scale
    per matrix lost 1.8 points of source F1 on dev, per channel 0.7); the tagger and linkers stay fp32.
    """
    if precision == "bf16":
        for module in (network.encoder, network.shape_embeddings, network.line_embeddings):
            module.to(torch.bfloat16)
        return network
    if precision == "int8":
        with warnings.catch_warnings():  # torch marks eager-mode quantisation deprecated
            warnings.simplefilter("ignore")
            network.encoder = torch.ao.quantization.quantize_dynamic(
                network.encoder, {torch.nn.Linear: torch.ao.quantization.per_channel_dynamic_qconfig}, dtype=torch.qint8)
        return network
    if precision == "fp32":
        return network
    raise ValueError(f"unresolved precision {precision!r}")
