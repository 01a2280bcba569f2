"""A gunicorn thread worker that keeps waiting attributions out of itself, and closes a connection when
the app's response asks for it.

gunicorn's workers all poll the one listening socket and the first to call accept() takes the
connection, busy or not. This worker peeks at what it accepted: a POST arriving while its model slots
are all taken is passed on, unread, to the socket pair every worker shares (service/handoff.py), and
a worker whose model has loaded and has a slot free takes it from there. So an idle worker gets the
work a busy one accepted, and a worker killed with SIGKILL loses only the attributions it was
running, not those waiting: they wait in the kernel.
"""
from __future__ import annotations

import selectors
import threading
import time
from collections import deque

from gunicorn.workers.gthread import TConn, ThreadWorker

from . import admission, handoff
from .settings import Settings

RECENT_S = 0.1  # a POST taken on this long ago that the app has not counted is a slow upload, not work yet


def honouring_connection_close(app, close_posts: bool = False):
    """The WSGI app, made to close the connection when its response says "Connection: close" (and, with
    close_posts, after every POST).

    gunicorn drops hop-by-hop headers an app sets and keeps the connection alive; the service asks
    for a close after a refusal (so the retry opens a connection another worker may take) and after
    a 413 (so a client still writing its body is not read as a next request). Closing after each POST
    makes a client's next attribution a new connection, which a busy worker can pass on instead of
    holding it (a kept-alive connection stays with the worker that has it).
    """
    def app_closing(environ, start_response):
        """Call the app; a "Connection: close" in its headers makes gunicorn close after answering."""
        def start(status, headers, exc_info=None):
            """start_response, forcing gunicorn's close when the app asked for one."""
            response = getattr(start_response, "__self__", None)  # gunicorn's Response
            asked = any(name.lower() == "connection" and value.lower() == "close" for name, value in headers)
            if response is not None and (asked or (close_posts and environ.get("REQUEST_METHOD") == "POST")):
                response.force_close()
            return start_response(status, headers, exc_info)
        return app(environ, start)
    return app_closing


def later(seconds: float, function, *args) -> None:
    """Call function(*args) once, after seconds, from a daemon timer thread."""
    timer = threading.Timer(seconds, function, args=args)
    timer.daemon = True
    timer.start()


class BalancedThreadWorker(ThreadWorker):
    """gthread, but POSTs that would wait here wait between workers, and "Connection: close" is kept."""

    def __init__(self, *args, **kwargs):
        """Read the slot and capacity settings; nothing in hand yet."""
        super().__init__(*args, **kwargs)
        settings = Settings.from_env()
        self.model_slots = settings.model_slots
        self.server_capacity = settings.workers * (settings.model_slots + settings.max_waiting)
        self.recent_posts: deque[float] = deque()  # when POSTs were taken on here, until the app counts them
        self.taking = False  # whether the shared pair is registered with the poller

    def load_wsgi(self):
        """Load the app as gunicorn does, then let its "Connection: close" through."""
        super().load_wsgi()
        self.wsgi = honouring_connection_close(self.wsgi, close_posts=handoff.installed())

    def held(self) -> int:
        """Attributions this worker holds: those its app admitted, and POSTs taken on in the last RECENT_S
        that it may not have counted yet (a client still sending its body after that is no work yet)."""
        now = time.monotonic()
        while self.recent_posts and now - self.recent_posts[0] > RECENT_S:
            self.recent_posts.popleft()
        return admission.admitted_here() + len(self.recent_posts)

    def slot_free(self) -> bool:
        """True when this worker's model has loaded and it holds fewer attributions than its model slots."""
        return admission.model_ready() and self.held() < self.model_slots

    def refresh_taking(self) -> None:
        """Poll the shared pair while a slot is free, and only then (a readable pair would wake a busy
        worker in a loop)."""
        want = handoff.installed() and self.alive and self.slot_free()
        if want and not self.taking:
            self.poller.register(handoff.receiving_end(), selectors.EVENT_READ, self.take_waiting)
        elif self.taking and not want:
            self.poller.unregister(handoff.receiving_end())
        self.taking = want

    def notify(self):
        """The main loop's heartbeat (at least once a second): also start taking once the model is ready."""
        super().notify()
        if self.poller is not None:
            self.refresh_taking()

    def accept(self, listener):
        """Accept a connection; pass a POST on to the shared pair when this worker has no slot for it."""
        try:
            client, address = listener.accept()
        except (BlockingIOError, ConnectionAbortedError, InterruptedError):
            return
        post = handoff.installed() and handoff.is_post(client)
        if post and not self.slot_free() and admission.try_queue(self.server_capacity):
            if handoff.pass_on(client):
                client.close()  # the pair holds the connection now
                return
            admission.dequeue()
        self.serve(client, address, listener.getsockname(), post)

    def take_waiting(self, receiving_end):
        """Take the oldest connection waiting between workers and serve it here, if a slot is still free."""
        client = handoff.take() if self.slot_free() else None
        if client is not None:
            try:
                address, local = client.getpeername(), client.getsockname()
            except OSError:  # the client gave up while it waited
                client.close()
                admission.dequeue()
                address = None
            if address is not None:
                self.serve(client, address, local, post=True, handed=True)
        self.refresh_taking()

    def serve(self, client, address, local, post: bool, handed: bool = False) -> None:
        """Hand a connection to the thread pool, as gthread does with one it accepted (handed: taken from
        between workers, its admission counted already)."""
        self.nr_conns += 1
        client.setblocking(True)
        if post:
            self.recent_posts.append(time.monotonic())
            self.refresh_taking()
            # look again once this POST stops counting as recent (its app counts it, or it is a slow upload)
            later(RECENT_S * 1.5, self.method_queue.defer, self.refresh_taking)
        conn = TConn(self.cfg, client, address, local)
        conn.post, conn.reservation = post, admission.Reservation() if handed else None
        if handed:  # a client still uploading after RESERVATION_S holds no capacity
            later(admission.RESERVATION_S, admission.drop_reservation, conn.reservation)
        self.enqueue_req(conn)

    def handle_request(self, req, conn):
        """gthread's, telling the app's admission (same thread) whether this request waited between workers."""
        admission.handling_handed_over(getattr(conn, "reservation", None))
        conn.reservation = None  # a kept-alive connection's next request did not wait
        try:
            return super().handle_request(req, conn)
        finally:
            admission.finish_handed_over()

    def finish_request(self, conn, fs):
        """gthread's bookkeeping; a POST over stops counting as recent; then take waiting work if a slot came free."""
        try:
            super().finish_request(conn, fs)
        finally:
            if getattr(conn, "post", False):
                conn.post = False
                if self.recent_posts:
                    self.recent_posts.popleft()
            self.refresh_taking()
