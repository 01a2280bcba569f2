"""Request and response schemas (marshmallow): the shapes openapi.yaml documents."""
from __future__ import annotations

from marshmallow import RAISE, Schema, fields, validate

QUOTE_TYPES = ("direct", "mixed", "indirect")


class OptionsSchema(Schema):
    """What to return: quote types, and a confidence floor."""

    class Meta:
        unknown = RAISE

    types = fields.List(fields.String(validate=validate.OneOf(QUOTE_TYPES)), load_default=list(QUOTE_TYPES),
                        validate=validate.Length(min=1))
    min_confidence = fields.Float(load_default=0.0, validate=validate.Range(min=0.0, max=1.0))


class DocumentSchema(Schema):
    """One article: its text and an optional id echoed back."""

    class Meta:
        unknown = RAISE

    text = fields.String(required=True)
    id = fields.String(load_default=None, allow_none=True, validate=validate.Length(max=256))


class AttributeRequestSchema(DocumentSchema):
    """Body of POST /attribute."""

    options = fields.Nested(OptionsSchema, load_default=lambda: OptionsSchema().load({}))


class BatchRequestSchema(Schema):
    """Body of POST /attribute/batch; documents are checked one by one so one bad one fails alone."""

    class Meta:
        unknown = RAISE

    documents = fields.List(fields.Raw(), required=True, validate=validate.Length(min=1))
    options = fields.Nested(OptionsSchema, load_default=lambda: OptionsSchema().load({}))


class SpanSchema(Schema):
    """A slice of the input text."""

    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()


class SpeakerSchema(SpanSchema):
    """The speaker mention, the resolved name, and the speaker group it belongs to."""

    name = fields.String()
    confidence = fields.Float()
    id = fields.String()
    kind = fields.String()


class SpeakerGroupSchema(Schema):
    """One person or organisation quoted in the document, and how many of the returned quotes are theirs."""

    id = fields.String()
    name = fields.String()
    kind = fields.String()
    quotes = fields.Integer()


class QuoteSchema(Schema):
    """One quote with its fragments, speaker and cue."""

    text = fields.String()
    start = fields.Integer()
    end = fields.Integer()
    type = fields.String()
    confidence = fields.Float()
    fragments = fields.List(fields.Nested(SpanSchema))
    speaker = fields.Nested(SpeakerSchema, allow_none=True)
    cue = fields.Nested(SpanSchema, allow_none=True)


class ModelSchema(Schema):
    """Which model answered."""

    name = fields.String()
    version = fields.String()
    precision = fields.String()


class AttributeResponseSchema(Schema):
    """Body of a successful POST /attribute, and of each good batch entry."""

    id = fields.String(allow_none=True)
    model = fields.Nested(ModelSchema)
    quotes = fields.List(fields.Nested(QuoteSchema))
    speakers = fields.List(fields.Nested(SpeakerGroupSchema))
    timing_ms = fields.Float()
