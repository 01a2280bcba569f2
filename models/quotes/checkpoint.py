"""Save and load a trained network as a plain folder: config, tokenizer, fp16 safetensors."""
from __future__ import annotations

import json
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file
from transformers import AutoTokenizer, BertConfig

from .network import QuoteAttributionNetwork

WEIGHTS_FILE = "model.safetensors"
META_FILE = "attribution.json"


def save_model(network: QuoteAttributionNetwork, tokenizer, directory: Path | str, meta: dict) -> None:
    """Write config, tokenizer, metadata and fp16 weights into a directory."""
    directory = Path(directory)
    directory.mkdir(parents=True, exist_ok=True)
    network.config.save_pretrained(directory)
    tokenizer.save_pretrained(directory)
    state = {k: v.detach().to(torch.float16).contiguous() for k, v in network.state_dict().items()
             if v.is_floating_point()}
    state.update({k: v.detach().contiguous() for k, v in network.state_dict().items()
                  if not v.is_floating_point()})
    save_file(state, str(directory / WEIGHTS_FILE))
    (directory / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")


def load_model(directory: Path | str) -> tuple[QuoteAttributionNetwork, object, dict]:
    """Load (network in fp32, eval mode; tokenizer; metadata) from a saved directory."""
    directory = Path(directory)
    config = BertConfig.from_pretrained(directory)
    meta = json.loads((directory / META_FILE).read_text())
    network = QuoteAttributionNetwork(config, link_width=meta.get("link_width", 128))
    state = {k: v.float() if v.is_floating_point() else v for k, v in load_file(str(directory / WEIGHTS_FILE)).items()}
    network.load_state_dict(state)
    network.eval()
    tokenizer = AutoTokenizer.from_pretrained(directory)
    return network, tokenizer, meta
