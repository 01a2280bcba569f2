"""Seconds per stage of one attribution, for benchmarks and operators; free when nobody asks."""
from __future__ import annotations

import time


class StageClock:
    """Adds the time since the previous lap to timings[stage]; does nothing when timings is None."""

    def __init__(self, timings: dict | None):
        """Start the clock."""
        self.timings = timings
        self.last = time.perf_counter()

    def lap(self, stage: str) -> None:
        """Charge the time since the last lap to stage."""
        if self.timings is None:
            return
        now = time.perf_counter()
        self.timings[stage] = self.timings.get(stage, 0.0) + now - self.last
        self.last = now
