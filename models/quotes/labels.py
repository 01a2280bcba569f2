"""The BIO tag set over the three PolNeAR roles."""
from __future__ import annotations

ROLES = ("source", "cue", "content")
TAGS = ("O",) + tuple(f"{prefix}-{role}" for role in ROLES for prefix in ("B", "I"))
TAG_INDEX = {tag: index for index, tag in enumerate(TAGS)}
OUTSIDE = TAG_INDEX["O"]


def begin_tag(role: str) -> int:
    """Tag id of B-role."""
    return TAG_INDEX[f"B-{role}"]


def inside_tag(role: str) -> int:
    """Tag id of I-role."""
    return TAG_INDEX[f"I-{role}"]
