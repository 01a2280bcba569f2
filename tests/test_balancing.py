"""A busy gunicorn worker passes new POSTs to the socket pair all workers share, and closes when asked to."""
from __future__ import annotations

import os
import socket

from service import balancing, handoff
from service.admission import SharedTable


def test_connections_waiting_between_workers_count_towards_the_servers_limit():
    table = SharedTable(rows=4)
    mine = table.claim(os.getpid())
    assert table.try_add(mine, limit=3) and table.try_queue(limit=3) and table.try_queue(limit=3)
    assert not table.try_queue(limit=3) and not table.try_add(mine, limit=3)  # 1 running + 2 waiting = 3
    table.clear(os.getpid())
    assert table.total() == 2  # a worker's death does not take the waiting connections with it
    table.dequeue()
    assert table.total() == 1


def loopback_pair():
    """A connected TCP client and the server's accepted end, on loopback."""
    with socket.socket() as listener:
        listener.bind(("127.0.0.1", 0))
        listener.listen(1)
        client = socket.create_connection(listener.getsockname())
        server, _ = listener.accept()
    return client, server


def test_a_post_is_seen_unread_and_passed_to_whoever_takes_it(monkeypatch):
    monkeypatch.setattr(handoff, "_pair", None)
    handoff.install()
    client, server = loopback_pair()
    try:
        assert not handoff.is_post(server, wait_s=0.01)  # nothing written yet
        client.sendall(b"POST /attribute HTTP/1.1\r\n")
        assert handoff.is_post(server)
        assert handoff.pass_on(server)
        server.close()  # the sender lets go, as a killed worker would
        taken = handoff.take()
        assert taken is not None and handoff.take() is None
        assert taken.recv(64).startswith(b"POST /attribute")  # peeked, never read: all of it still there
        taken.sendall(b"HTTP/1.1 200 OK\r\n\r\n")
        assert client.recv(64).startswith(b"HTTP/1.1 200")
        taken.close()
    finally:
        client.close()
        handoff.receiving_end().close()
        handoff._pair[0].close()


def test_a_get_is_no_post():
    client, server = loopback_pair()
    try:
        client.sendall(b"GET /healthz HTTP/1.1\r\n\r\n")
        assert not handoff.is_post(server)
    finally:
        client.close()
        server.close()


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


def test_a_worker_holds_what_its_app_admitted_and_posts_too_recent_to_be_counted(monkeypatch):
    from collections import deque

    from service import admission
    worker = object.__new__(balancing.BalancedThreadWorker)
    worker.model_slots, worker.recent_posts = 1, deque()
    monkeypatch.setattr(admission, "shared", lambda: None)
    monkeypatch.setattr(admission, "model_ready", lambda: True)
    assert worker.held() == 0 and worker.slot_free()
    worker.recent_posts.append(balancing.time.monotonic())
    assert worker.held() == 1 and not worker.slot_free()  # just taken on: busy, though the app has not counted it
    worker.recent_posts[0] -= 2 * balancing.RECENT_S
    assert worker.held() == 0  # still uploading after RECENT_S: a slow client is no work yet
    monkeypatch.setattr(admission, "model_ready", lambda: False)
    assert not worker.slot_free()  # a worker still loading its model takes nothing from the others


def test_a_connection_that_waited_between_workers_is_never_refused_once_taken(monkeypatch):
    from service import admission
    table = SharedTable(rows=2)
    mine = table.claim(os.getpid())
    monkeypatch.setattr(admission, "_table", table)
    monkeypatch.setattr(admission, "_row", mine)
    assert table.try_queue(limit=2) and table.try_add(mine, limit=2)  # full: one waiting, one running
    admission.handling_handed_over(admission.Reservation())
    assert admission.claim_handed_over()  # admitted although the server is full: it was counted when queued
    assert not admission.claim_handed_over()  # once
    assert table.queued.value == 0 and table.counts[mine] == 2
    for settle in ("finish", "slow"):
        table.try_queue(limit=3)
        reservation = admission.Reservation()
        admission.handling_handed_over(reservation)
        if settle == "slow":  # still uploading when its time ran out: the count goes, and admission is normal
            admission.drop_reservation(reservation)
            assert table.queued.value == 0 and not admission.claim_handed_over()
        admission.finish_handed_over()  # a request that never reached admission stops counting
        assert table.queued.value == 0
