"""Owns the attributor for the app: loads it (in the background if asked) and runs it with limits."""
from __future__ import annotations

import logging
import threading
import time
from typing import Callable, Protocol

from flask import Flask, current_app

from . import admission, metrics
from .errors import NotReady, Overloaded, PayloadTooLarge, TimedOut
from .settings import Settings

log = logging.getLogger(__name__)


class AttributorLike(Protocol):
    """What the service needs from an attributor (the real one, or a fake in tests)."""

    ready: bool
    name: str
    version: str
    precision: str

    def load(self): ...

    def attribute(self, text: str, deadline: float | None = None, threads: int | None = None) -> list: ...


def real_attributor(settings: Settings) -> AttributorLike:
    """The trained model named by settings; imported here so tests with fakes never load torch."""
    from models.quotes import Attributor
    return Attributor(settings.model_dir, threads=settings.effective_torch_threads(), precision=settings.precision)


class Engine:
    """Loads the attributor once per process and calls it within the configured limits."""

    def __init__(self, settings: Settings, attributor: AttributorLike):
        self.settings = settings
        self.attributor = attributor
        self.load_error: str | None = None
        # model_slots inferences at a time per process, sharing one model (torch releases the GIL in
        # its kernels, so two single-threaded forwards run on two cores); HTTP threads beyond them
        # are there so health checks answer during a long request.
        self._inference_slots = threading.BoundedSemaphore(settings.model_slots)
        # Admission: the server takes workers x (slots + max_waiting) attributions at once, counted
        # across workers (service/admission.py), and no worker holds more than slots + 2 x max_waiting
        # (under gunicorn, waiting POSTs wait between workers, service/handoff.py, so a worker holds
        # more than its slots only when a connection slipped past that; without gunicorn, this bounds
        # the one process); the rest are refused at once (503 + Retry-After) instead of queueing.
        self._admission_lock = threading.Lock()
        self.in_flight = 0

    def start(self) -> None:
        """Load the model now, or in a background thread so /healthz answers meanwhile."""
        if self.attributor.ready:
            self._publish_model(None)
            return
        if self.settings.load_in_background:
            threading.Thread(target=self._load, name="model-loader", daemon=True).start()
        else:
            self._load()

    def _load(self) -> None:
        """Load, logging how long it took or why it failed."""
        started = time.perf_counter()
        try:
            self.attributor.load()
            seconds = time.perf_counter() - started
            log.info("model %s loaded in %.1fs (%s)", self.attributor.name, seconds, self.attributor.precision)
            self._publish_model(seconds)
        except Exception as error:  # readiness must report it instead of the thread dying silently
            self.load_error = f"{type(error).__name__}: {error}"
            log.exception("model failed to load")

    def _publish_model(self, load_seconds: float | None) -> None:
        """Tell the metrics which model this worker serves, and the worker that it may take waiting work."""
        admission.mark_model_ready()
        metrics.record_model_loaded(self.attributor.name, self.attributor.version, self.attributor.precision,
                                    load_seconds)

    @property
    def ready(self) -> bool:
        """True once the model answers."""
        return bool(self.attributor.ready)

    def model_info(self) -> dict:
        """Name, version and arithmetic of the model: scores differ slightly between precisions."""
        return {"name": self.attributor.name, "version": self.attributor.version,
                "precision": self.attributor.precision}

    @property
    def server_capacity(self) -> int:
        """Attributions the whole server runs or holds at once."""
        return self.settings.workers * (self.settings.model_slots + self.settings.max_waiting)

    @property
    def worker_capacity(self) -> int:
        """Attributions one worker holds at most: its running slots and twice its share waiting."""
        return self.settings.model_slots + 2 * self.settings.max_waiting

    @property
    def busy(self) -> bool:
        """True when a new attribution would be refused."""
        table = admission.shared()
        server = table[0].total() if table else self.in_flight
        return self.in_flight >= self.worker_capacity or server >= self.server_capacity

    def admit(self) -> "Admission":
        """A slot for one request's attributions, or Overloaded when the server or this worker is full."""
        refused = Overloaded(f"the server already runs or holds its {self.server_capacity} attributions; retry "
                             f"shortly (QUOTES_WORKERS x (QUOTES_MODEL_SLOTS + QUOTES_MAX_WAITING="
                             f"{self.settings.max_waiting}))")
        with self._admission_lock:
            if not admission.claim_handed_over() and not self._take_slot():
                metrics.record_refused("overloaded")
                raise refused
            self.in_flight += 1
        metrics.record_admitted(+1)
        return Admission(self)

    def _take_slot(self) -> bool:
        """Count one more admitted attribution, server-wide where shared, unless a limit is reached."""
        if self.in_flight >= self.worker_capacity:
            return False
        table = admission.shared()
        if table is not None:
            return table[0].try_add(table[1], self.server_capacity)
        return self.in_flight < self.server_capacity

    def release(self) -> None:
        """Give back an admitted request's slot."""
        with self._admission_lock:
            self.in_flight -= 1
            table = admission.shared()
            if table is not None:
                table[0].remove(table[1])
        metrics.record_admitted(-1)

    def threads_now(self) -> int:
        """Torch threads for an attribution starting now: all the server's cores when it is the only one the
        server runs or holds (an idle server answers one article sooner), else its share."""
        table = admission.shared()
        alone = (table[0].total() if table else self.in_flight) <= 1
        return self.settings.alone_torch_threads() if alone else self.settings.effective_torch_threads()

    def deadline(self) -> float:
        """The time.monotonic() by which a request started now must be answered."""
        return time.monotonic() + self.settings.request_timeout_s

    def attribute(self, text: str, deadline: float | None = None) -> list:
        """Quotes for one document, enforcing the size limit and the request's deadline."""
        if len(text) > self.settings.max_document_chars:
            raise PayloadTooLarge(f"document has {len(text)} characters; the limit is "
                                  f"{self.settings.max_document_chars} (QUOTES_MAX_DOCUMENT_CHARS)")
        if not self.ready:
            raise NotReady(self.load_error or "the model is still loading; retry shortly")
        deadline = deadline if deadline is not None else self.deadline()
        timed_out = TimedOut(f"the request ran past its {self.settings.request_timeout_s}s limit "
                             "(QUOTES_REQUEST_TIMEOUT_S)")
        if not self._inference_slots.acquire(timeout=max(0.0, deadline - time.monotonic())):
            raise timed_out
        try:
            started = time.perf_counter()
            quotes = self.attributor.attribute(text, deadline=deadline, threads=self.threads_now())
            metrics.record_document(len(text), time.perf_counter() - started)
            return quotes
        except TimeoutError as error:
            raise timed_out from error
        finally:
            self._inference_slots.release()


class Admission:
    """An admitted request's slot, given back when the with-block ends."""

    def __init__(self, engine: Engine):
        """Hold the slot."""
        self.engine = engine

    def __enter__(self) -> "Admission":
        """Nothing more to take."""
        return self

    def __exit__(self, *exc) -> None:
        """Release the slot, however the request ended."""
        self.engine.release()


def init_app(app: Flask, settings: Settings, factory: Callable[[Settings], AttributorLike]) -> Engine:
    """Create the engine for this app and keep it in app.extensions."""
    engine = Engine(settings, factory(settings))
    app.extensions["engine"] = engine
    return engine


def get_engine() -> Engine:
    """The current app's engine."""
    return current_app.extensions["engine"]
