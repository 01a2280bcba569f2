"""One family of API errors, each rendered as RFC 9457 application/problem+json."""
from __future__ import annotations

import logging

import time

from flask import Flask, Response, json, request
from werkzeug.exceptions import HTTPException

PROBLEM_TYPE_BASE = "https://quotes.example/problems/"
# An over-limit body is read and thrown away (up to these bounds) before the 413 goes out, so a
# plain client still sending it reads the answer instead of a broken pipe.
DRAIN_MAX_BYTES = 64 * 1024 * 1024
DRAIN_MAX_SECONDS = 10.0
log = logging.getLogger(__name__)


class ApiError(Exception):
    """An error the client should see: a status, a short title and a specific detail."""

    status = 500
    title = "Internal Server Error"
    slug = "internal"

    def __init__(self, detail: str, errors: dict | None = None):
        super().__init__(detail)
        self.detail = detail
        self.errors = errors

    def to_dict(self) -> dict:
        """The problem document."""
        body = {"type": PROBLEM_TYPE_BASE + self.slug, "title": self.title, "status": self.status,
                "detail": self.detail}
        if self.errors is not None:
            body["errors"] = self.errors
        return body


class BadRequest(ApiError):
    """The body could not be parsed."""

    status, title, slug = 400, "Bad Request", "malformed-body"


class PayloadTooLarge(ApiError):
    """The body or a document is over a configured limit."""

    status, title, slug = 413, "Payload Too Large", "too-large"


class UnsupportedMediaType(ApiError):
    """Content type other than JSON or plain text."""

    status, title, slug = 415, "Unsupported Media Type", "unsupported-media-type"


class ValidationFailed(ApiError):
    """The body parsed but does not follow the schema."""

    status, title, slug = 422, "Unprocessable Content", "validation"


class NotReady(ApiError):
    """The model is still loading."""

    status, title, slug = 503, "Service Unavailable", "not-ready"


class Overloaded(ApiError):
    """More attributions are running or waiting than this worker takes on."""

    status, title, slug = 503, "Service Unavailable", "overloaded"
    retry_after_s = 1


class TimedOut(ApiError):
    """Attribution ran past the per-request time limit."""

    status, title, slug = 503, "Service Unavailable", "timeout"


def problem_response(body: dict, retry_after_s: int = 5) -> Response:
    """A JSON response with the problem content type; a 503 says when to retry."""
    response = Response(json.dumps(body), status=body["status"], mimetype="application/problem+json")
    if body["status"] == 503:
        response.headers["Retry-After"] = str(retry_after_s)
    return response


def http_problem(error: HTTPException) -> Response:
    """Werkzeug's 404, 405, 413 ... as problem documents."""
    slug = (error.name or "error").lower().replace(" ", "-")
    detail = error.description or error.name
    if error.code == 413:
        detail = "the request body is larger than the configured limit (QUOTES_MAX_BODY_BYTES)"
        drain_request_body()
    response = problem_response({"type": PROBLEM_TYPE_BASE + slug, "title": error.name, "status": error.code,
                                 "detail": detail})
    if error.code == 405 and getattr(error, "valid_methods", None):
        response.headers["Allow"] = ", ".join(error.valid_methods)
    if error.code == 413:
        response.headers["Connection"] = "close"
    return response


def drain_request_body() -> None:
    """Read and discard what is left of the request body, within DRAIN_MAX_BYTES and DRAIN_MAX_SECONDS."""
    stream = request.environ.get("wsgi.input")
    remaining = min(request.content_length or 0, DRAIN_MAX_BYTES)
    deadline = time.monotonic() + DRAIN_MAX_SECONDS
    try:
        while stream is not None and remaining > 0 and time.monotonic() < deadline:
            chunk = stream.read(min(remaining, 1 << 20))
            if not chunk:
                break
            remaining -= len(chunk)
    except (OSError, ValueError):  # the client went away; nothing left to answer
        pass


def unexpected_problem(error: Exception) -> Response:
    """Log the trace server-side; the client gets a bare 500."""
    log.exception("unhandled error", exc_info=error)
    return problem_response(ApiError("the server failed to handle this request").to_dict())


def api_problem(error: ApiError) -> Response:
    """An ApiError as a problem document; an overloaded worker also closes the connection, so the
    client's retry opens a new one that another worker may take instead of coming back here."""
    response = problem_response(error.to_dict(), getattr(error, "retry_after_s", 5))
    if isinstance(error, Overloaded):
        response.headers["Connection"] = "close"
    return response


def init_app(app: Flask) -> None:
    """Register the error handlers."""
    app.register_error_handler(ApiError, api_problem)
    app.register_error_handler(HTTPException, http_problem)
    app.register_error_handler(Exception, unexpected_problem)
