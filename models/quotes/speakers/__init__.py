"""Speakers: find person names in a document and resolve each speaker mention to a person or group."""
from .people import strip_initials
from .resolve import Mention, Resolved, resolve_mentions, resolve_names

__all__ = ["Mention", "Resolved", "resolve_mentions", "resolve_names", "strip_initials"]
