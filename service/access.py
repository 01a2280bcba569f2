"""Per request: time it, count it in the metrics, and write its access log line (never the text)."""
from __future__ import annotations

import logging
import time

from flask import Flask, g, request

from . import metrics

log = logging.getLogger("quotes.access")


def start_timer() -> None:
    """Note when the request started."""
    g.started = time.perf_counter()


def note_documents(characters: int, quotes: int) -> None:
    """Add one answered document's size and quote count to this request's log line (views call it)."""
    g.document_chars = g.get("document_chars", 0) + characters
    g.quotes = g.get("quotes", 0) + quotes
    metrics.record_quotes_returned(quotes)


def finish(response):
    """Count the request and log it as one JSON line."""
    seconds = time.perf_counter() - g.get("started", time.perf_counter())
    # The route template, not the path, so a scan of random URLs cannot grow the metrics without bound.
    route = request.url_rule.rule if request.url_rule is not None else "unmatched"
    metrics.record_request(route, request.method, response.status_code, seconds)
    fields = {"request_id": g.get("request_id"), "method": request.method, "route": route,
              "status": response.status_code, "duration_ms": round(seconds * 1000.0, 2),
              "remote": request.remote_addr}
    if "document_chars" in g:
        fields.update(document_chars=g.document_chars, quotes=g.quotes)
    log.info("%s %s %s", request.method, route, response.status_code, extra={"fields": fields})
    return response


def init_app(app: Flask) -> None:
    """Register the hooks."""
    app.before_request(start_timer)
    app.after_request(finish)
