"""Quote attribution engine: find quotes, their speakers and cues in news text. No web framework here.

Attributor (and with it torch) is imported on first use, so the pure parts (results, speaker
groups) load without it.
"""
from .results import Quote, Speaker, TextSpan

__all__ = ["Attributor", "ModelNotReady", "Quote", "Speaker", "TextSpan"]


def __getattr__(name: str):
    """Import the attributor lazily: `from models.quotes import Attributor` still works."""
    if name in ("Attributor", "ModelNotReady"):
        from . import attributor
        return getattr(attributor, name)
    raise AttributeError(name)
