"""A busy gunicorn worker leaves new connections to an idle sibling, for a few milliseconds at most."""
from __future__ import annotations

import os

from service import admission, balancing
from service.admission import SharedTable


def test_the_table_says_when_another_worker_is_idle():
    table = SharedTable(rows=4)
    mine, other = table.claim(os.getpid()), table.claim(os.getppid())
    assert not table.another_idle(mine)  # holding nothing: nothing to hand over
    table.try_add(mine, limit=4)
    assert table.another_idle(mine)  # busy, and the other worker idles
    table.try_add(other, limit=4)
    assert not table.another_idle(mine)  # both busy: accept as usual
    table.clear(os.getppid())
    assert not table.another_idle(mine)  # an exited worker's row is no sibling


class Listener:
    """Counts accept() calls; the real worker's accept is replaced by this."""

    def __init__(self):
        self.accepted = 0


def make_worker(monkeypatch, listener: Listener) -> balancing.BalancedThreadWorker:
    """A worker object without gunicorn's start-up, whose parent accept only counts."""
    worker = object.__new__(balancing.BalancedThreadWorker)
    worker.deferred = 0
    monkeypatch.setattr(balancing.ThreadWorker, "accept", lambda self, sock: setattr(sock, "accepted", sock.accepted + 1))
    monkeypatch.setattr(balancing, "DEFER_S", 0.0)
    return worker


def test_a_busy_worker_defers_to_an_idle_one_then_accepts_anyway(monkeypatch):
    listener = Listener()
    worker = make_worker(monkeypatch, listener)
    monkeypatch.setattr(admission, "better_taken_elsewhere", lambda: True)
    for _ in range(balancing.MAX_DEFERS):
        worker.accept(listener)
    assert listener.accepted == 0
    worker.accept(listener)  # the sibling never took it: accept rather than let it wait
    assert listener.accepted == 1 and worker.deferred == 0


def test_a_worker_with_no_idle_sibling_accepts_at_once(monkeypatch):
    listener = Listener()
    worker = make_worker(monkeypatch, listener)
    monkeypatch.setattr(admission, "better_taken_elsewhere", lambda: False)
    worker.accept(listener)
    assert listener.accepted == 1


class FakeResponse:
    """gunicorn's Response as far as start_response goes: it records a forced close."""

    def __init__(self):
        self.closed = False

    def force_close(self):
        self.closed = True

    def start_response(self, status, headers, exc_info=None):
        return None


def test_an_apps_connection_close_is_honoured():
    def app(environ, start_response):
        start_response("503 SERVICE UNAVAILABLE", [("Connection", "close")])
        return [b""]

    def polite(environ, start_response):
        start_response("200 OK", [("Content-Type", "text/plain")])
        return [b""]

    refused, served = FakeResponse(), FakeResponse()
    balancing.honouring_connection_close(app)({}, refused.start_response)
    balancing.honouring_connection_close(polite)({}, served.start_response)
    assert refused.closed and not served.closed
