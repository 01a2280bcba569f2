"""Through the running server: documents/s and latency for each workers x torch-threads split.

    python -m benchmarks.http --splits 1x2,2x1,1x1x2 --repeats 3

A split is WORKERSxTHREADS or WORKERSxTHREADSxSLOTS (QUOTES_MODEL_SLOTS: attributions one
worker runs at once on its one model; 1 when not given).

Each split is a real gunicorn on loopback with the shipped model; the splits are measured in
turn within one run, so their ratio shares the machine's noise. Clients post PolNeAR dev
articles as text/plain, --concurrency at a time.
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
    args = parser.parse_args()
    texts = [d.text for d in load_split(args.data, "dev")[: args.documents]]
    splits = [parse_split(split) for split in args.splits.split(",")]
    results: dict[str, list[dict]] = {split_name(*split): [] for split in splits}
    with tempfile.TemporaryDirectory() as tmp:
        for _ in range(args.repeats):
            for workers, threads, slots in splits:
                name = split_name(workers, threads, slots)
                # Requests may queue here: this measures throughput per split, not shedding (benchmarks.load does).
                server = Gunicorn(Path(tmp) / f"{name}.log", workers=workers, torch_threads=threads,
                                  model_slots=slots, max_waiting=args.concurrency)
                try:
                    server.wait_ready()
                    for text in texts[:workers * 2]:
                        post(server.url, text)  # warm every worker
                    results[name].append(measure(server.url, texts, args.concurrency))
                finally:
                    server.stop()
    report = {"documents": len(texts), "concurrency": args.concurrency, "repeats": args.repeats}
    for name, passes in results.items():
        rates = [p["docs_per_s"] for p in passes]
        report[name] = {"docs_per_s_median": round(statistics.median(rates), 2),
                        "docs_per_s_min_max": [round(min(rates), 2), round(max(rates), 2)],
                        "p50_ms_median": round(statistics.median(p["p50_ms"] for p in passes)),
                        "p90_ms_median": round(statistics.median(p["p90_ms"] for p in passes)),
                        "p99_ms_median": round(statistics.median(p["p99_ms"] for p in passes))}
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
