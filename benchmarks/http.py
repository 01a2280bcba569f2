"""Through the running server: documents/s and latency for each workers x torch-threads split.

    python -m benchmarks.http --splits 1x2,2x1,1x1x2 --repeats 3 [--idle-threads 0,1]

A split is WORKERSxTHREADS or WORKERSxTHREADSxSLOTS (QUOTES_MODEL_SLOTS: attributions one
worker runs at once on its one model; 1 when not given); --idle-threads runs each split with each
QUOTES_IDLE_TORCH_THREADS value (0: all the split's cores for an attribution the server runs alone).

Each split is a real gunicorn on loopback with the shipped model; the splits are measured in
turn within one run, so their ratio shares the machine's noise. Clients post PolNeAR dev
articles as text/plain, --concurrency at a time; then one client posts one article of --idle-tokens
tokens (dev articles joined and cut) --idle-posts times, one after another: the latency of an idle server.
"""
from __future__ import annotations

import argparse
import json
import statistics
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import numpy as np
import requests

from models.training.polnear import load_split
from tests.servers import Gunicorn


def post(url: str, text: str) -> float:
    """Send one article; return its latency in ms."""
    started = time.perf_counter()
    response = requests.post(url + "/attribute", data=text.encode("utf-8"),
                             headers={"Content-Type": "text/plain"}, timeout=300)
    response.raise_for_status()
    return (time.perf_counter() - started) * 1000.0


def measure(url: str, texts: list[str], concurrency: int) -> dict:
    """Throughput and latency percentiles for one pass over the texts."""
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=concurrency) as pool:
        latencies = list(pool.map(lambda t: post(url, t), texts))
    elapsed = time.perf_counter() - started
    array = np.asarray(latencies)
    return {"docs_per_s": len(texts) / elapsed,
            **{f"p{q}_ms": float(np.percentile(array, q)) for q in (50, 90, 99)}}


def idle_article(texts: list[str], tokens: int) -> str:
    """Dev articles joined and cut to about the given number of the model's tokens."""
    from transformers import AutoTokenizer
    from service.settings import DEFAULT_MODEL_DIR
    tokenizer = AutoTokenizer.from_pretrained(DEFAULT_MODEL_DIR)
    joined = "\n\n".join(texts)
    encoding = tokenizer(joined, add_special_tokens=False, return_offsets_mapping=True, verbose=False)
    offsets = encoding["offset_mapping"]
    return joined[:offsets[min(tokens, len(offsets)) - 1][1]]


def measure_idle(url: str, text: str, posts: int) -> float:
    """Median latency (ms) of one client posting the same article again and again."""
    post(url, text)
    return statistics.median(post(url, text) for _ in range(posts))


def parse_split(text: str) -> tuple[int, int, int]:
    """'2x1' or '1x1x2' as (workers, torch threads, model slots); slots are 1 when not given."""
    numbers = tuple(int(x) for x in text.split("x"))
    return numbers + (1,) * (3 - len(numbers))


def split_name(workers: int, threads: int, slots: int) -> str:
    """'2x1' for workers x threads, '1x1x2' when a worker runs more than one slot."""
    return f"{workers}x{threads}" + (f"x{slots}" if slots > 1 else "")


def main() -> None:
    """Start each split, measure it --repeats times (interleaved), print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--splits", default="1x2,2x1,1x1x2", help="WORKERSxTHREADS[xSLOTS], comma separated")
    parser.add_argument("--documents", type=int, default=24)
    parser.add_argument("--concurrency", type=int, default=4)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--idle-threads", default="0", help="QUOTES_IDLE_TORCH_THREADS values, comma separated")
    parser.add_argument("--idle-tokens", type=int, default=1000)
    parser.add_argument("--idle-posts", type=int, default=15)
    args = parser.parse_args()
    documents = load_split(args.data, "dev")
    texts = [d.text for d in documents[: args.documents]]
    long_text = idle_article([d.text for d in documents], args.idle_tokens)
    runs = [(parse_split(split), int(idle)) for split in args.splits.split(",") for idle in args.idle_threads.split(",")]
    names = {run: split_name(*run[0]) + (f" idle={run[1]}" if "," in args.idle_threads else "") for run in runs}
    results: dict[str, list[dict]] = {name: [] for name in names.values()}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeats):
            for run in runs:
                (workers, threads, slots), idle = run
                name = names[run]
                # Requests may queue here: this measures throughput per split, not shedding (benchmarks.load does).
                server = Gunicorn(Path(tmp) / "server.log", workers=workers, torch_threads=threads,
                                  model_slots=slots, max_waiting=args.concurrency, idle_torch_threads=idle)
                try:
                    server.wait_ready()
                    for text in texts[:workers * 2]:
                        post(server.url, text)  # warm every worker
                    passed = measure(server.url, texts, args.concurrency)
                    passed["idle_p50_ms"] = measure_idle(server.url, long_text, args.idle_posts)
                    results[name].append(passed)
                finally:
                    server.stop()
    report = {"documents": len(texts), "concurrency": args.concurrency, "repeats": args.repeats,
              "idle_article_tokens": args.idle_tokens}
    for name, passes in results.items():
        rates = [p["docs_per_s"] for p in passes]
        report[name] = {"docs_per_s_median": round(statistics.median(rates), 2),
                        "docs_per_s_min_max": [round(min(rates), 2), round(max(rates), 2)],
                        "p50_ms_median": round(statistics.median(p["p50_ms"] for p in passes)),
                        "p90_ms_median": round(statistics.median(p["p90_ms"] for p in passes)),
                        "p99_ms_median": round(statistics.median(p["p99_ms"] for p in passes)),
                        "idle_p50_ms_per_pass": [round(p["idle_p50_ms"]) for p in passes]}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
