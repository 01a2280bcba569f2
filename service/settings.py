"""Service settings: one object, read once from QUOTES_* environment variables."""
from __future__ import annotations

import os
from dataclasses import dataclass, fields
from pathlib import Path

PREFIX = "QUOTES_"
PRECISIONS = ("auto", "bf16", "int8", "fp32")  # kept in step with models.quotes.precision, without importing torch
LOG_LEVELS = ("debug", "info", "warning", "error", "critical")
DEFAULT_MODEL_DIR = str(Path(__file__).resolve().parent.parent / "models" / "weights" / "quote-attribution")


@dataclass(frozen=True)
class Settings:
    """Every tunable of the service; env var QUOTES_<FIELD NAME IN CAPITALS> overrides each."""

    model_dir: str = DEFAULT_MODEL_DIR
    precision: str = "auto"
    workers: int = 2
    torch_threads: int = 1
    idle_torch_threads: int = 0
    model_slots: int = 1
    http_threads: int = 16
    max_waiting: int = 1
    max_body_bytes: int = 2_000_000
    max_document_chars: int = 200_000
    max_batch_documents: int = 16
    request_timeout_s: float = 60.0
    load_in_background: bool = True
    log_level: str = "info"

    def __post_init__(self):
        """Refuse a precision or log level that does not exist, naming the variable."""
        if self.precision not in PRECISIONS:
            raise ValueError(f"{PREFIX}PRECISION={self.precision!r} is not one of {', '.join(PRECISIONS)}")
        if self.model_slots < 1:
            raise ValueError(f"{PREFIX}MODEL_SLOTS={self.model_slots!r} must be at least 1")
        if self.log_level not in LOG_LEVELS:
            raise ValueError(f"{PREFIX}LOG_LEVEL={self.log_level!r} is not one of {', '.join(LOG_LEVELS)}")

    def effective_torch_threads(self, cores: int | None = None) -> int:
        """Torch threads per attribution, cut so that workers x slots x threads never exceeds the cores."""
        cores = cores or os.cpu_count() or 1
        return max(1, min(self.torch_threads, cores // max(1, self.workers * self.model_slots)))

    def alone_torch_threads(self, cores: int | None = None) -> int:
        """Torch threads for an attribution the whole server runs alone: QUOTES_IDLE_TORCH_THREADS, or with 0
        every core the split gives attributions (workers x slots x threads), never more than the cores."""
        cores = cores or os.cpu_count() or 1
        share = self.effective_torch_threads(cores)
        wanted = self.idle_torch_threads or share * self.workers * self.model_slots
        return max(share, min(wanted, cores))

    @classmethod
    def from_env(cls, environ: dict[str, str] | None = None) -> "Settings":
        """Build settings from the environment, converting each value to its field's type."""
        environ = os.environ if environ is None else environ
        values = {}
        for field in fields(cls):
            raw = environ.get(PREFIX + field.name.upper())
            if raw is None:
                continue
            kind = field.type if isinstance(field.type, type) else {"bool": bool, "int": int, "float": float,
                                                                     "str": str}[field.type]
            values[field.name] = parse_value(field.name, raw, kind)
        return cls(**values)


def parse_value(name: str, raw: str, kind: type):
    """Convert one environment string, failing loudly with the variable's name."""
    try:
        if kind is bool:
            lowered = raw.strip().lower()
            if lowered not in {"1", "0", "true", "false", "yes", "no", "on", "off"}:
                raise ValueError(raw)
            return lowered in {"1", "true", "yes", "on"}
        return kind(raw)
    except ValueError as error:
        raise ValueError(f"{PREFIX}{name.upper()}={raw!r} is not a valid {kind.__name__}") from error
