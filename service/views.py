"""HTTP endpoints: thin wrappers that parse, call the engine, and dump."""
from __future__ import annotations

import time
from pathlib import Path

from flask import Blueprint, Response, request

from . import metrics
from .access import note_documents
from .engine import get_engine
from .errors import ApiError, NotReady, PayloadTooLarge, problem_response
from .parsing import load, read_attribute_request, read_batch_request
from .responses import document_answer, select
from .schemas import AttributeRequestSchema, BatchRequestSchema, DocumentSchema, OptionsSchema

bp = Blueprint("api", __name__)
OPENAPI_PATH = Path(__file__).resolve().parent.parent / "openapi.yaml"


def answer(document_id, text: str, options: dict, deadline: float | None = None) -> dict:
    """Attribute one document and build its response body."""
    engine = get_engine()
    started = time.perf_counter()
    quotes = select(engine.attribute(text, deadline), options)
    note_documents(len(text), len(quotes))
    return document_answer(document_id, quotes, engine.model_info(), (time.perf_counter() - started) * 1000.0)


@bp.post("/attribute")
def attribute():
    """Quotes, speakers and cues in one document."""
    body = read_attribute_request(request, AttributeRequestSchema(), OptionsSchema().load({}))
    with get_engine().admit():
        return answer(body["id"], body["text"], body["options"])


@bp.post("/attribute/batch")
def attribute_batch():
    """Quotes for several documents; a bad document gets its own error entry."""
    body = read_batch_request(request, BatchRequestSchema())
    limit = get_engine().settings.max_batch_documents
    if len(body["documents"]) > limit:
        raise PayloadTooLarge(f"{len(body['documents'])} documents; the limit is {limit} (QUOTES_MAX_BATCH_DOCUMENTS)")
    if not get_engine().ready:
        raise NotReady("the model is still loading; retry shortly")
    deadline = get_engine().deadline()  # one time limit for the whole batch
    with get_engine().admit():
        results = [batch_entry(raw, body["options"], deadline) for raw in body["documents"]]
    return {"results": results}


def batch_entry(raw, options: dict, deadline: float) -> dict:
    """One batch document's answer, or its own error entry."""
    document_id = raw.get("id") if isinstance(raw, dict) and isinstance(raw.get("id"), str) else None
    try:
        document = load(DocumentSchema(), raw)
        return answer(document["id"], document["text"], options, deadline)
    except ApiError as error:
        return {"id": document_id, "error": error.to_dict()}


@bp.get("/healthz")
def healthz():
    """The process is up."""
    return {"status": "ok"}


@bp.get("/readyz")
def readyz():
    """200 once the model is loaded, 503 before."""
    engine = get_engine()
    if not engine.ready:
        return problem_response(NotReady(engine.load_error or "the model is still loading").to_dict())
    # Ready even when busy: taking a busy replica out of rotation would move its load onto the others.
    return {"status": "ready", "busy": engine.busy, "model": engine.model_info()}


@bp.get("/metrics")
def prometheus_metrics():
    """Prometheus text for operators, summed over every worker of this replica."""
    body, content_type = metrics.exposition()
    return Response(body, content_type=content_type)


@bp.get("/openapi.yaml")
def openapi():
    """The contract, served as is."""
    return Response(OPENAPI_PATH.read_bytes(), mimetype="application/yaml")


def register(app) -> None:
    """Attach the endpoints."""
    app.register_blueprint(bp)
