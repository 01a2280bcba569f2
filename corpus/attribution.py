"""The model over documents: one loaded attributor, answers as JSON lines, a failure kept to its document."""
from __future__ import annotations

import json
import logging

from service.errors import ApiError, PayloadTooLarge
from service.responses import document_answer, select

log = logging.getLogger(__name__)
ALL_TYPES = ("direct", "mixed", "indirect")


def load_attributor(model_dir: str, threads: int, precision: str):
    """The trained model, loaded (tests put a fake in its place)."""
    from models.quotes import Attributor
    return Attributor(model_dir, threads=threads, precision=precision).load()


class DocumentAttributor:
    """Loads the model once (per process or Ray actor) and turns documents into answer lines."""

    def __init__(self, model_dir: str, threads: int = 1, precision: str = "auto",
                 max_chars: int = 200_000, min_confidence: float = 0.0, types: tuple[str, ...] = ALL_TYPES):
        """Load the attributor; options as POST /attribute takes them."""
        self.attributor = load_attributor(model_dir, threads, precision)
        self.model = {"name": self.attributor.name, "version": self.attributor.version,
                      "precision": self.attributor.precision}
        self.max_chars = max_chars
        self.options = {"min_confidence": min_confidence, "types": list(types)}

    def answer(self, document: dict) -> dict:
        """One document's answer as POST /attribute gives it (without timing_ms), or its error entry."""
        if "error" in document:
            return {"id": document["id"], "error": document["error"]}
        text = document["text"]
        try:
            if len(text) > self.max_chars:
                raise PayloadTooLarge(f"document has {len(text)} characters; the limit is {self.max_chars} "
                                      "(--max-chars)")
            quotes = select(self.attributor.attribute(text), self.options)
            return document_answer(document["id"], quotes, self.model)
        except ApiError as error:
            return {"id": document["id"], "error": error.to_dict()}
        except Exception as error:  # one document's failure must not end the run
            log.exception("document %s failed", document["id"])
            return {"id": document["id"], "error": ApiError(f"attribution failed: {type(error).__name__}").to_dict()}

    def lines(self, documents: list[dict]) -> list[tuple[str, str, bool]]:
        """(id, JSON line, whether it is an error entry) for each document, in order."""
        return [answer_line(self.answer(document)) for document in documents]


def answer_line(answer: dict) -> tuple[str, str, bool]:
    """An answer as (id, JSON line, whether it is an error entry)."""
    return answer["id"], json.dumps(answer, ensure_ascii=False), "error" in answer
