"""A gunicorn thread worker that leaves new connections to an idle sibling while it is busy, and closes a
connection when the app's response asks for it.

gunicorn's workers all poll the one listening socket and the first to call accept() takes the
connection, busy or not, so with two workers one may hold two attributions while the other
idles. This worker, when it holds work and the admission table shows another worker holding
none, waits a few milliseconds before accepting, which lets the idle worker take the connection;
after a short while it accepts anyway, so nothing waits long (a probe included).
"""
from __future__ import annotations

import time

from gunicorn.workers.gthread import ThreadWorker

from . import admission

DEFER_S = 0.002  # one pause before looking again
MAX_DEFERS = 10  # at most 20 ms before accepting anyway


def honouring_connection_close(app):
    """The WSGI app, made to close the connection when its response says "Connection: close".

    gunicorn drops hop-by-hop headers an app sets and keeps the connection alive; the service asks
    for a close after a refusal (so the retry opens a connection another worker may take) and after
    a 413 (so a client still writing its body is not read as a next request).
    """
    def app_closing(environ, start_response):
        """Call the app; a "Connection: close" in its headers makes gunicorn close after answering."""
        def start(status, headers, exc_info=None):
            """start_response, forcing gunicorn's close when the app asked for one."""
            response = getattr(start_response, "__self__", None)  # gunicorn's Response
            if response is not None and any(name.lower() == "connection" and value.lower() == "close"
                                            for name, value in headers):
                response.force_close()
            return start_response(status, headers, exc_info)
        return app(environ, start)
    return app_closing


class BalancedThreadWorker(ThreadWorker):
    """gthread, but a busy worker yields new connections to an idle one, and "Connection: close" is kept."""

    def __init__(self, *args, **kwargs):
        """Count the pauses taken for the connection now waiting."""
        super().__init__(*args, **kwargs)
        self.deferred = 0

    def load_wsgi(self):
        """Load the app as gunicorn does, then let its "Connection: close" through."""
        super().load_wsgi()
        self.wsgi = honouring_connection_close(self.wsgi)

    def accept(self, listener):
        """Accept now, or pause so an idle sibling can (the socket stays readable until someone does)."""
        if self.deferred < MAX_DEFERS and admission.better_taken_elsewhere():
            self.deferred += 1
            time.sleep(DEFER_S)
            return
        self.deferred = 0
        super().accept(listener)
