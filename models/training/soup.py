"""Average the weights of runs that differ only in data order (a uniform model soup).

The runs must share their starting point (same --seed: same base encoder and same head
initialisation); each is a model folder written by models.training.train.
"""
from __future__ import annotations

import argparse
import json
import shutil
from pathlib import Path

import torch
from safetensors.torch import load_file, save_file

from ..quotes.checkpoint import META_FILE, WEIGHTS_FILE


def average_states(states: list[dict[str, torch.Tensor]]) -> dict[str, torch.Tensor]:
    """Mean of each floating tensor over the states (in fp32, stored back in its own dtype)."""
    names = set(states[0])
    if any(set(state) != names for state in states):
        raise ValueError("the runs do not hold the same tensors")
    averaged = {}
    for name, first in states[0].items():
        if first.is_floating_point():
            averaged[name] = (sum(state[name].float() for state in states) / len(states)).to(first.dtype)
        else:
            averaged[name] = first
    return averaged


def soup(folders: list[Path], out: Path, extra_meta: dict | None = None) -> dict:
    """Write the averaged model of folders to out (config and tokenizer from the first); return its metadata."""
    metas = [json.loads((folder / META_FILE).read_text()) for folder in folders]
    shapes = {(meta["window"], meta["overlap"], meta.get("link_width", 128)) for meta in metas}
    if len(shapes) != 1:
        raise ValueError("the runs were trained with different windows or linker widths")
    seeds = {meta["args"].get("seed") for meta in metas}
    if len(seeds) != 1:
        raise ValueError("the runs start from different seeds (different head initialisations)")
    out.mkdir(parents=True, exist_ok=True)
    for item in folders[0].iterdir():
        if item.name not in (WEIGHTS_FILE, META_FILE) and item.is_file():
            shutil.copy(item, out / item.name)
    save_file(average_states([load_file(str(folder / WEIGHTS_FILE)) for folder in folders]), str(out / WEIGHTS_FILE))
    meta = {key: metas[0][key] for key in ("base_model", "train_data", "window", "overlap", "link_width", "epochs",
                                           "steps") if key in metas[0]}
    meta["soup_of"] = [meta_of_run["args"] for meta_of_run in metas]
    meta["train_seconds_per_run"] = [meta_of_run.get("train_seconds_this_run") for meta_of_run in metas]
    meta.update(extra_meta or {})
    (out / META_FILE).write_text(json.dumps(meta, indent=2, sort_keys=True) + "\n")
    return meta


def main() -> None:
    """Parse arguments and write the soup."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("folders", nargs="+", type=Path, help="model folders of the runs")
    parser.add_argument("--out", type=Path, required=True)
    parser.add_argument("--name", default="quote-attribution")
    parser.add_argument("--version", default="1.1.0", help="the model version the service reports")
    args = parser.parse_args()
    meta = soup(args.folders, args.out, {"name": args.name, "version": args.version})
    print(f"averaged {len(args.folders)} runs into {args.out} ({meta['steps']} steps each)")


if __name__ == "__main__":
    main()
