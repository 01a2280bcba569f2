"""A gunicorn thread worker that leaves new connections to an idle sibling while it is busy.

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


class BalancedThreadWorker(ThreadWorker):
    """gthread, but a busy worker yields new connections to an idle one."""

    def __init__(self, *args, **kwargs):
        """Count the pauses taken for the connection now waiting."""
        super().__init__(*args, **kwargs)
        self.deferred = 0

    def accept(self, listener):
        """Accept now, or pause so an idle sibling can (the socket stays readable until someone does)."""
        if self.deferred < MAX_DEFERS and admission.better_taken_elsewhere():
            self.deferred += 1
            time.sleep(DEFER_S)
            return
        self.deferred = 0
        super().accept(listener)
