"""The service against a peer on the same articles: documents per second, side by side, repeated.

    python -m benchmarks.peer [--documents 84] [--repeats 3]   (make bench-peer builds .venv-peer first)

The peer is textacy's direct-quotation rules over spaCy small (en_core_web_sm 3.8), run as 2
processes (one per core), each loading its model: its time runs from starting the processes to
the last one's exit. The service is a real gunicorn with the default settings over the shipped
model, already warm, fed the same PolNeAR dev articles by 4 concurrent clients as text/plain.
The two alternate within each repeat so they share the machine's noise; the ratio's spread over
repeats is printed. (The peer finds only direct quotations with no speaker names; the service
returns direct, mixed and indirect speech with resolved speakers.)
"""
from __future__ import annotations

import argparse
import json
import statistics
import subprocess
import tempfile
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path

import requests

from benchmarks.http import parse_split
from models.training.polnear import load_split
from service.settings import Settings
from tests.servers import Gunicorn

ROOT = Path(__file__).resolve().parent.parent
PEER_PYTHON = ROOT / ".venv-peer" / "bin" / "python"


def run_peer(texts_file: Path, count: int, processes: int = 2) -> dict:
    """The peer over every article in processes, model loads included."""
    started = time.perf_counter()
    # -P: the worker's own folder holds http.py, which must not shadow the standard library's http.
    children = [subprocess.Popen([str(PEER_PYTHON), "-P", str(ROOT / "benchmarks" / "peer_worker.py"), "--texts",
                                  str(texts_file), "--part", str(part), "--parts", str(processes)],
                                 stdout=subprocess.PIPE, text=True) for part in range(processes)]
    reports = [json.loads(child.communicate()[0].strip().splitlines()[-1]) for child in children]
    seconds = time.perf_counter() - started
    return {"docs_per_s": round(count / seconds, 2), "seconds": round(seconds, 2),
            "quotations": sum(r["quotations"] for r in reports),
            "documents_refused": sum(r["refused"] for r in reports)}


def run_service(url: str, texts: list[str], clients: int = 4) -> dict:
    """The service over every article, clients at a time."""
    def post(text: str) -> int:
        """Attribute one article; its number of quotes."""
        response = requests.post(url + "/attribute", data=text.encode(), headers={"Content-Type": "text/plain"},
                                 timeout=120)
        response.raise_for_status()
        return len(response.json()["quotes"])
    started = time.perf_counter()
    with ThreadPoolExecutor(max_workers=clients) as pool:
        quotes = sum(pool.map(post, texts))
    seconds = time.perf_counter() - started
    return {"docs_per_s": round(len(texts) / seconds, 2), "seconds": round(seconds, 2), "quotes": quotes}


def main() -> None:
    """Alternate peer and service --repeats times; print each pass and the ratio."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--documents", type=int, default=84)
    parser.add_argument("--repeats", type=int, default=3)
    parser.add_argument("--split", help="WORKERSxTHREADSxSLOTS for the service (default: the service's defaults)")
    args = parser.parse_args()
    defaults = Settings()
    workers, threads, slots = (parse_split(args.split) if args.split else
                               (defaults.workers, defaults.torch_threads, defaults.model_slots))
    if not PEER_PYTHON.exists():
        raise SystemExit(f"{PEER_PYTHON} is missing: run `make bench-peer`, which builds it")
    texts = [d.text for d in load_split(args.data, "dev")[: args.documents]]
    passes = []
    with tempfile.TemporaryDirectory() as tmp:
        texts_file = Path(tmp) / "texts.json"
        texts_file.write_text(json.dumps(texts), encoding="utf-8")
        server = Gunicorn(Path(tmp) / "gunicorn.log", workers=workers, torch_threads=threads, model_slots=slots,
                          max_waiting=len(texts)).wait_ready()
        try:
            run_service(server.url, texts[:8])  # warm both workers
            for _ in range(args.repeats):
                peer = run_peer(texts_file, len(texts))
                service = run_service(server.url, texts)
                passes.append({"peer": peer, "service": service,
                               "ratio": round(service["docs_per_s"] / peer["docs_per_s"], 2)})
        finally:
            server.stop()
    ratios = [p["ratio"] for p in passes]
    print(json.dumps({"documents": len(texts), "split": f"{workers}x{threads}x{slots}", "passes": passes,
                      "ratio_median": statistics.median(ratios), "ratio_min_max": [min(ratios), max(ratios)]},
                     indent=2))


if __name__ == "__main__":
    main()
