"""Prometheus metrics for operators, summed across gunicorn workers (prometheus-client multiprocess mode).

gunicorn.conf.py points PROMETHEUS_MULTIPROC_DIR at a fresh folder before any worker imports this
module, so every worker writes its samples there and `GET /metrics` on any worker reads them all.
Without it (tests, a plain Flask server) the process's own registry is served.
"""
from __future__ import annotations

import os

from prometheus_client import (CONTENT_TYPE_LATEST, REGISTRY, CollectorRegistry, Counter, Gauge, Histogram,
                               disable_created_metrics, generate_latest, multiprocess)

MULTIPROCESS_ENV = "PROMETHEUS_MULTIPROC_DIR"
disable_created_metrics()  # *_created series mean nothing summed across workers
# Request latency: an idle 1,000-token article takes ~0.1 s, a queued one several seconds.
LATENCY_BUCKETS = (0.005, 0.01, 0.025, 0.05, 0.1, 0.25, 0.5, 1.0, 2.5, 5.0, 10.0, 30.0, 60.0)

REQUESTS = Counter("quotes_http_requests", "HTTP requests answered, by route template, method and status.",
                   ["route", "method", "status"])
REQUEST_SECONDS = Histogram("quotes_http_request_duration_seconds", "Time to answer an HTTP request.",
                            ["route"], buckets=LATENCY_BUCKETS)
DOCUMENTS = Counter("quotes_documents_attributed", "Documents attributed (each document of a batch counts).")
CHARACTERS = Counter("quotes_document_characters", "Characters (code points) of the documents attributed.")
QUOTES_FOUND = Counter("quotes_quotes_returned", "Quotes returned, after each request's type and confidence filter.")
MODEL_SECONDS = Histogram("quotes_model_seconds", "Model time per document, waiting for the worker's model excluded.",
                          buckets=LATENCY_BUCKETS)
IN_FLIGHT = Gauge("quotes_attributions_in_flight", "Admitted attribution requests running or waiting, all workers.",
                  multiprocess_mode="livesum")
REFUSED = Counter("quotes_requests_refused", "Attribution requests refused at once because the server was full.",
                  ["reason"])
REFUSED.labels("overloaded")  # present at 0 from the start, so a rate() over it has a baseline
MODEL_LOAD_SECONDS = Gauge("quotes_model_load_seconds", "Seconds the slowest worker took to load the model.",
                           multiprocess_mode="max")
MODEL_INFO = Gauge("quotes_model_info", "The model served (value 1): name, version and arithmetic.",
                   ["name", "version", "precision"], multiprocess_mode="max")
WORKERS_READY = Gauge("quotes_workers_ready", "Workers whose model is loaded.", multiprocess_mode="livesum")


def exposition() -> tuple[bytes, str]:
    """The metrics in Prometheus text format and their content type."""
    if os.environ.get(MULTIPROCESS_ENV):
        registry = CollectorRegistry()
        multiprocess.MultiProcessCollector(registry)
        return generate_latest(registry), CONTENT_TYPE_LATEST
    return generate_latest(REGISTRY), CONTENT_TYPE_LATEST


def record_request(route: str, method: str, status: int, seconds: float) -> None:
    """Count one answered request and its latency."""
    REQUESTS.labels(route, method, str(status)).inc()
    REQUEST_SECONDS.labels(route).observe(seconds)


def record_document(characters: int, model_seconds: float) -> None:
    """Count one document the model attributed."""
    DOCUMENTS.inc()
    CHARACTERS.inc(characters)
    MODEL_SECONDS.observe(model_seconds)


def record_quotes_returned(count: int) -> None:
    """Count the quotes one answer returned."""
    QUOTES_FOUND.inc(count)


def record_admitted(change: int) -> None:
    """Track admitted attributions: +1 when one is admitted, -1 when it ends."""
    IN_FLIGHT.inc(change)


def record_refused(reason: str) -> None:
    """Count a request refused at once."""
    REFUSED.labels(reason).inc()


def record_model_loaded(name: str, version: str, precision: str, seconds: float | None) -> None:
    """Publish the loaded model and how long it took (None: it came already loaded)."""
    if seconds is not None:
        MODEL_LOAD_SECONDS.set(seconds)
    MODEL_INFO.labels(name, version, precision).set(1)
    WORKERS_READY.inc()


def worker_exited(pid: int) -> None:
    """Drop a dead worker's live gauges (gunicorn child_exit, in the master)."""
    if os.environ.get(MULTIPROCESS_ENV):
        multiprocess.mark_process_dead(pid)
