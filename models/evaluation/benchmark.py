"""In-process speed: tokens/s, documents/s and latency percentiles over PolNeAR dev articles.

    python -m models.evaluation.benchmark --model models/weights/quote-attribution --threads 1

Every precision (bf16, int8, fp32) runs interleaved, document by document, in one process, so
their ratios are measured under the same machine noise; --repeats repeats the whole pass and reports the spread.
Each variant also reports the share of its time spent per stage (encode, forward, spans, layout, speakers).
"""
from __future__ import annotations

import argparse
import json
import statistics
import time

import numpy as np
import torch

from ..quotes import Attributor
from ..training.polnear import load_split


def percentiles(values: list[float]) -> dict[str, float]:
    """p50, p90, p99 and max of a list of milliseconds."""
    array = np.asarray(values)
    return {f"p{q}": round(float(np.percentile(array, q)), 1) for q in (50, 90, 99)} | {"max": round(float(array.max()), 1)}


def main() -> None:
    """Time every variant on the same documents and print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="models/weights/quote-attribution")
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--threads", type=int, default=1)
    parser.add_argument("--documents", type=int, default=40)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--variants", default="bf16,int8,fp32", help="precisions to compare")
    parser.add_argument("--window", type=int, help="inference window in tokens (default: as trained)")
    parser.add_argument("--overlap", type=int, help="overlap in tokens (default: as trained)")
    args = parser.parse_args()
    torch.set_num_threads(args.threads)
    documents = [d.text for d in load_split(args.data, "dev")[: args.documents]]
    variants = {name: Attributor(args.model, threads=args.threads, precision=name, window=args.window,
                                 overlap=args.overlap).load()
                for name in args.variants.split(",")}
    any_model = next(iter(variants.values()))
    tokens = [len(any_model.encode(text)) for text in documents]
    for attributor in variants.values():  # warm-up
        attributor.attribute(documents[0])
    runs: dict[str, list[dict]] = {name: [] for name in variants}
    stages: dict[str, dict[str, float]] = {name: {} for name in variants}
    for _ in range(args.repeats):
        latencies: dict[str, list[float]] = {name: [] for name in variants}
        for text in documents:
            for name, attributor in variants.items():
                started = time.perf_counter()
                attributor.attribute(text, timings=stages[name])
                latencies[name].append((time.perf_counter() - started) * 1000.0)
        for name, values in latencies.items():
            seconds = sum(values) / 1000.0
            runs[name].append({"tokens_per_s": sum(tokens) / seconds, "docs_per_s": len(documents) / seconds,
                               "latency_ms": percentiles(values)})
    report = {"window": any_model.window, "overlap": any_model.overlap, "threads": args.threads, "documents": len(documents), "tokens": sum(tokens),
              "mean_tokens_per_doc": round(sum(tokens) / len(tokens)), "repeats": args.repeats}
    for name, passes in runs.items():
        tps = [p["tokens_per_s"] for p in passes]
        report[name] = {"tokens_per_s_median": round(statistics.median(tps)),
                        "tokens_per_s_min_max": [round(min(tps)), round(max(tps))],
                        "docs_per_s_median": round(statistics.median(p["docs_per_s"] for p in passes), 2),
                        "latency_ms_last_pass": passes[-1]["latency_ms"],
                        "share_per_stage": {stage: round(seconds / sum(stages[name].values()), 3)
                                            for stage, seconds in stages[name].items()}}
    for name in runs:
        if name != "fp32" and "fp32" in runs:
            ratios = [a["tokens_per_s"] / b["tokens_per_s"] for a, b in zip(runs[name], runs["fp32"])]
            report[f"{name}_over_fp32"] = {"median": round(statistics.median(ratios), 2),
                                           "min_max": [round(min(ratios), 2), round(max(ratios), 2)]}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
