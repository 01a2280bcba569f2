"""Load test on loopback: admitted and shed requests, probe latency, at 1x, 2x and 4x capacity,
and with clients that send their bodies slowly.

    python -m benchmarks.load [--url http://127.0.0.1:8000] [--seconds 60] [--slow-clients 12]

Without --url it starts a real gunicorn with the default settings over the shipped model.
Capacity is the number of attributions the server admits at once, workers x (1 + QUOTES_MAX_WAITING);
level k runs k x capacity closed-loop clients posting PolNeAR dev articles for --seconds, while a
prober hits /healthz and /readyz every 50 ms. Per level it prints served/s, shed count and shed
latency, admitted p50/p95, the worst probe, and errors (timeouts, resets, other statuses). The
slow-body phase opens --slow-clients connections that dribble a body one byte every 0.5 s while
one ordinary client and the prober keep going. Bounded in time and count; loopback only; not a test.
"""
from __future__ import annotations

import argparse
import json
import socket
import tempfile
import threading
import time
from concurrent.futures import ThreadPoolExecutor
from pathlib import Path
from urllib.parse import urlparse

import numpy as np
import requests

from models.training.polnear import load_split
from service.settings import Settings

TIMEOUT_S = 30.0


def percentile(values: list[float], q: float) -> float | None:
    """The q-th percentile in ms, or None for no values."""
    return round(float(np.percentile(np.asarray(values), q)), 1) if values else None


class Tally:
    """What the clients saw, shared by their threads."""

    def __init__(self):
        """Empty counts."""
        self.lock = threading.Lock()
        self.admitted: list[float] = []
        self.shed: list[float] = []
        self.errors: dict[str, int] = {}

    def add(self, kind: str, milliseconds: float) -> None:
        """Count one outcome."""
        with self.lock:
            if kind == "admitted":
                self.admitted.append(milliseconds)
            elif kind == "shed":
                self.shed.append(milliseconds)
            else:
                self.errors[kind] = self.errors.get(kind, 0) + 1


def client(url: str, texts: list[str], stop: float, tally: Tally, offset: int) -> None:
    """Post articles back to back until stop; a shed request is retried after its Retry-After."""
    session = requests.Session()
    position = offset
    while time.monotonic() < stop:
        text = texts[position % len(texts)]
        position += 1
        started = time.perf_counter()
        try:
            response = session.post(url + "/attribute", data=text.encode(), timeout=TIMEOUT_S,
                                    headers={"Content-Type": "text/plain"})
            elapsed = (time.perf_counter() - started) * 1000.0
            if response.status_code == 200:
                tally.add("admitted", elapsed)
            elif response.status_code in (429, 503):
                tally.add("shed", elapsed)
                time.sleep(min(float(response.headers.get("Retry-After", "1")), 1.0))
            else:
                tally.add(f"status {response.status_code}", elapsed)
        except requests.Timeout:
            tally.add("timeout", 0.0)
        except requests.RequestException as error:
            tally.add(type(error).__name__, 0.0)


def prober(url: str, stop: float, worst: list[float]) -> None:
    """Hit /healthz and /readyz every 50 ms; keep the worst latency (ms), a failure counting as 10 s."""
    while time.monotonic() < stop:
        for path in ("/healthz", "/readyz"):
            started = time.perf_counter()
            try:
                ok = requests.get(url + path, timeout=10).status_code == 200
            except requests.RequestException:
                ok = False
            worst.append((time.perf_counter() - started) * 1000.0 if ok else 10_000.0)
        time.sleep(0.05)


def slow_body(host: str, port: int, stop: float) -> None:
    """Announce a 4 KB JSON body and send it one byte every 0.5 s until stop."""
    try:
        with socket.create_connection((host, port), timeout=5) as sock:
            sock.sendall(b"POST /attribute HTTP/1.1\r\nHost: x\r\nContent-Type: application/json\r\n"
                         b"Content-Length: 4096\r\n\r\n")
            while time.monotonic() < stop:
                sock.sendall(b" ")
                time.sleep(0.5)
    except OSError:
        pass


def warm_up(url: str, texts: list[str], capacity: int, timeout_s: float = 180.0) -> None:
    """Wait until the server takes `capacity` articles at once without refusing any.

    /readyz answers as soon as one worker has its model; the others may still be loading.
    """
    deadline = time.monotonic() + timeout_s
    while time.monotonic() < deadline:
        with ThreadPoolExecutor(max_workers=capacity) as pool:
            statuses = list(pool.map(lambda text: requests.post(
                url + "/attribute", data=text.encode(), headers={"Content-Type": "text/plain"},
                timeout=TIMEOUT_S).status_code, texts[:capacity]))
        if all(status == 200 for status in statuses):
            return
        time.sleep(1.0)
    raise TimeoutError(f"{url} never took {capacity} articles at once")


def run_level(url: str, texts: list[str], clients: int, seconds: float) -> dict:
    """One level of closed-loop load with a prober; the figures as a dict."""
    tally, probes = Tally(), []
    stop = time.monotonic() + seconds
    threads = [threading.Thread(target=client, args=(url, texts, stop, tally, i * 7)) for i in range(clients)]
    threads.append(threading.Thread(target=prober, args=(url, stop, probes)))
    started = time.perf_counter()
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    elapsed = time.perf_counter() - started
    return {"clients": clients, "served_per_s": round(len(tally.admitted) / elapsed, 2),
            "admitted": len(tally.admitted), "admitted_p50_ms": percentile(tally.admitted, 50),
            "admitted_p95_ms": percentile(tally.admitted, 95), "shed": len(tally.shed),
            "shed_p95_ms": percentile(tally.shed, 95), "shed_max_ms": percentile(tally.shed, 100),
            "probe_worst_ms": round(max(probes), 1) if probes else None, "errors": tally.errors}


def run_slow(url: str, texts: list[str], slow_clients: int, seconds: float) -> dict:
    """Slow-body clients beside one ordinary client and the prober."""
    parsed = urlparse(url)
    stop = time.monotonic() + seconds
    slow = [threading.Thread(target=slow_body, args=(parsed.hostname, parsed.port, stop)) for _ in range(slow_clients)]
    for thread in slow:
        thread.start()
    time.sleep(1.0)
    figures = run_level(url, texts, 1, max(1.0, seconds - 2.0))
    for thread in slow:
        thread.join()
    return {"slow_clients": slow_clients, **figures}


def main() -> None:
    """Start (or use) a server, run the levels and the slow-body phase, print JSON."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--url", help="a running server; default: start gunicorn with the default settings")
    parser.add_argument("--data", default="../shared/data/polnear")
    parser.add_argument("--seconds", type=float, default=60.0)
    parser.add_argument("--levels", default="1,2,4", help="multiples of capacity")
    parser.add_argument("--slow-clients", type=int, default=12)
    args = parser.parse_args()
    texts = [d.text for d in load_split(args.data, "dev")]
    settings = Settings.from_env()
    capacity = settings.workers * (settings.model_slots + settings.max_waiting)
    report: dict = {"capacity": capacity, "workers": settings.workers, "model_slots": settings.model_slots,
                    "max_waiting": settings.max_waiting,
                    "http_threads": settings.http_threads, "seconds": args.seconds}
    with tempfile.TemporaryDirectory() as tmp:
        server = None
        url = args.url
        if url is None:
            from tests.servers import Gunicorn
            server = Gunicorn(Path(tmp) / "gunicorn.log", workers=settings.workers,
                              torch_threads=settings.torch_threads, model_slots=settings.model_slots,
                              max_waiting=settings.max_waiting).wait_ready()
            url = server.url
        try:
            warm_up(url, texts, capacity)
            report["levels"] = [run_level(url, texts, int(float(k) * capacity), args.seconds)
                                for k in args.levels.split(",")]
            if args.slow_clients:
                report["slow_bodies"] = run_slow(url, texts, args.slow_clients, min(args.seconds, 30.0))
        finally:
            if server is not None:
                server.stop()
    print(json.dumps(report, indent=2))


if __name__ == "__main__":
    main()
