"""Read a request body as JSON or plain text, with the right error for each way it can be wrong."""
from __future__ import annotations

import json

from flask import Request
from marshmallow import Schema, ValidationError

from .errors import BadRequest, UnsupportedMediaType, ValidationFailed

JSON_TYPES = ("application/json",)


def is_json(request: Request) -> bool:
    """True for application/json and any +json type."""
    return request.mimetype in JSON_TYPES or request.mimetype.endswith("+json")


def read_text(request: Request) -> str:
    """The body decoded by its declared charset (UTF-8 when none is given)."""
    raw = request.get_data(cache=True)
    charset = request.mimetype_params.get("charset", "utf-8")
    try:
        return raw.decode(charset)
    except (UnicodeDecodeError, LookupError) as error:
        raise BadRequest(f"the body is not valid {charset} text: {error}") from error


def read_json(request: Request):
    """The body parsed as JSON, or BadRequest saying why not."""
    text = read_text(request)
    try:
        return json.loads(text)
    except (json.JSONDecodeError, RecursionError) as error:
        raise BadRequest(f"the body is not valid JSON: {error}") from error


def load(schema: Schema, data) -> dict:
    """Validate with marshmallow; per-field messages on failure."""
    if not isinstance(data, dict):
        raise ValidationFailed("the JSON body must be an object", {"_schema": ["Invalid input type."]})
    try:
        return schema.load(data)
    except ValidationError as error:
        raise ValidationFailed("the request does not follow the schema; see errors", error.messages) from error


def read_attribute_request(request: Request, schema: Schema, default_options: dict) -> dict:
    """The /attribute body in either form, as {'text', 'id', 'options'}."""
    if is_json(request):
        return load(schema, read_json(request))
    if request.mimetype == "text/plain":
        document_id = request.headers.get("X-Document-ID")
        if document_id is not None and len(document_id) > 256:
            raise ValidationFailed("X-Document-ID is longer than 256 characters", {"X-Document-ID": ["Longer than maximum length 256."]})
        return {"text": read_text(request), "id": document_id, "options": default_options}
    raise UnsupportedMediaType(f"Content-Type {request.mimetype or '(none)'!r} is not accepted; "
                               "send application/json or text/plain")


def read_batch_request(request: Request, schema: Schema) -> dict:
    """The /attribute/batch body, which must be JSON."""
    if not is_json(request):
        raise UnsupportedMediaType(f"Content-Type {request.mimetype or '(none)'!r} is not accepted; send application/json")
    return load(schema, read_json(request))
