"""Quote attribution engine: find quotes, their speakers and cues in news text. No web framework here."""
from .attributor import Attributor, ModelNotReady
from .results import Quote, Speaker, TextSpan

__all__ = ["Attributor", "ModelNotReady", "Quote", "Speaker", "TextSpan"]
