"""The answer for one document, in the shape of POST /attribute, shared by the HTTP views and the corpus tool."""
from __future__ import annotations

from models.quotes.speakers.groups import speaker_list

from .schemas import AttributeResponseSchema

response_schema = AttributeResponseSchema()


def select(quotes: list, options: dict) -> list:
    """Keep the quote types asked for, at or above the confidence floor."""
    return [q for q in quotes if q.type in options["types"] and q.confidence >= options["min_confidence"]]


def document_answer(document_id, quotes: list, model: dict, timing_ms: float | None = None) -> dict:
    """One document's response body: id, model, quotes, speaker groups (and its time, over HTTP)."""
    body = {"id": document_id, "model": model, "quotes": quotes, "speakers": speaker_list(quotes)}
    if timing_ms is not None:
        body["timing_ms"] = round(timing_ms, 2)
    return response_schema.dump(body)
