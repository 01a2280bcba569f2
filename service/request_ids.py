"""X-Request-ID: accept the caller's or make one, keep it for logs, echo it back."""
from __future__ import annotations

import re
import uuid

from flask import Flask, g, request

VALID_ID = re.compile(r"^[A-Za-z0-9._:-]{1,128}$")


def assign_request_id() -> None:
    """Take a well-formed X-Request-ID header or generate a fresh id."""
    supplied = request.headers.get("X-Request-ID", "")
    g.request_id = supplied if VALID_ID.match(supplied) else uuid.uuid4().hex


def echo_request_id(response):
    """Put the request id on the response."""
    response.headers["X-Request-ID"] = g.get("request_id") or uuid.uuid4().hex
    return response


def init_app(app: Flask) -> None:
    """Register the hooks."""
    app.before_request(assign_request_id)
    app.after_request(echo_request_id)
