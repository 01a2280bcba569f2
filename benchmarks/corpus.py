"""Corpus throughput: the corpus command on local Ray against the model in process, on both cores.

    python -m benchmarks.corpus --documents 252 --repeats 2

Builds a JSONL of PolNeAR dev articles (passes over dev with fresh ids until --documents), then,
alternating in each repeat: the model in this process with 2 torch threads (1 x 2), in two
processes of 1 thread each (2 x 1), and `python -m corpus` on local Ray (2 actors x 1 thread;
its own start-up and model loads included, and apart). Prints docs/s per variant and repeat, and
the Ray run's ratio to the best in-process variant of the same repeat, with the spread.
"""
from __future__ import annotations

import argparse
import json
import multiprocessing
import os
import statistics
import subprocess
import sys
import tempfile
import time
from pathlib import Path

from models.training.polnear import load_split

ROOT = Path(__file__).resolve().parent.parent
MODEL = str(ROOT / "models" / "weights" / "quote-attribution")
_worker_model = None


def corpus_documents(data: str, count: int) -> list[dict]:
    """count documents from PolNeAR dev, repeating the split under new ids when it is shorter."""
    dev = load_split(data, "dev")
    return [{"id": f"{dev[i % len(dev)].name}#{i // len(dev)}", "text": dev[i % len(dev)].text} for i in range(count)]


def in_process(texts: list[str], threads: int) -> float:
    """docs/s of one loaded model with this many threads (load and a warm-up excluded)."""
    from models.quotes import Attributor
    model = Attributor(MODEL, threads=threads).load()
    model.attribute(texts[0])
    started = time.perf_counter()
    for text in texts:
        model.attribute(text)
    return len(texts) / (time.perf_counter() - started)


def load_worker() -> None:
    """Pool initializer: one model of one thread per process."""
    global _worker_model
    from models.quotes import Attributor
    _worker_model = Attributor(MODEL, threads=1).load()


def attribute_one(text: str) -> int:
    """Attribute in a pool process; the number of quotes."""
    return len(_worker_model.attribute(text))


def in_processes(texts: list[str], processes: int) -> float:
    """docs/s of processes x 1 thread (loads and a warm-up excluded)."""
    with multiprocessing.get_context("spawn").Pool(processes, initializer=load_worker) as pool:
        pool.map(attribute_one, texts[:processes], chunksize=1)
        started = time.perf_counter()
        pool.map(attribute_one, texts, chunksize=1)
        return len(texts) / (time.perf_counter() - started)


def on_ray(path: Path, workdir: Path) -> dict:
    """The corpus command's own summary for one fresh run on local Ray."""
    output = workdir / f"out-{time.monotonic_ns()}.jsonl"
    started = time.perf_counter()
    run = subprocess.run([sys.executable, "-m", "corpus", str(path), str(output), "--no-progress"], cwd=ROOT,
                         capture_output=True, text=True, env=dict(os.environ, HF_HUB_OFFLINE="1"), check=True)
    wall = time.perf_counter() - started
    summary = json.loads(run.stderr.strip().splitlines()[-1])
    summary["command_wall_s"] = round(wall, 1)
    return summary


def main() -> None:
    """Alternate the variants, print per-repeat figures and the ratio spread as JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--documents", type=int, default=252)
    parser.add_argument("--repeats", type=int, default=2)
    args = parser.parse_args()
    documents = corpus_documents(args.data, args.documents)
    texts = [d["text"] for d in documents]
    with tempfile.TemporaryDirectory() as folder:
        workdir = Path(folder)
        path = workdir / "in.jsonl"
        path.write_text("".join(json.dumps(d) + "\n" for d in documents), encoding="utf-8")
        repeats = []
        for _ in range(args.repeats):
            one_by_two = in_process(texts, threads=2)
            two_by_one = in_processes(texts, processes=2)
            ray = on_ray(path, workdir)
            best = max(one_by_two, two_by_one)
            repeats.append({"in_process_1x2_docs_per_s": round(one_by_two, 2),
                            "in_process_2x1_docs_per_s": round(two_by_one, 2), "ray": ray,
                            "ray_end_to_end_ratio": round(ray["docs_per_s"] / best, 3),
                            "ray_steady_ratio": round(ray["steady_docs_per_s"] / best, 3)})
            print(json.dumps(repeats[-1]), file=sys.stderr)
    print(json.dumps({"documents": len(documents), "cores": os.cpu_count(), "repeats": repeats,
                      "ray_steady_ratio": {"min": min(r["ray_steady_ratio"] for r in repeats),
                                           "median": statistics.median(r["ray_steady_ratio"] for r in repeats)},
                      "ray_end_to_end_ratio": {"min": min(r["ray_end_to_end_ratio"] for r in repeats),
                                               "median": statistics.median(r["ray_end_to_end_ratio"] for r in repeats)}},
                     indent=2))


if __name__ == "__main__":
    main()
