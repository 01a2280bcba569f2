"""Score a model on the hand-made format set (tests/formats/cases.yaml), case by case.

    python -m models.evaluation.formats --model models/weights/quote-attribution
"""
from __future__ import annotations

import argparse
import json
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from .metrics import jaccard, trim

CASES = Path(__file__).resolve().parents[2] / "tests" / "formats" / "cases.yaml"


def load_cases(path: Path = CASES) -> list[dict]:
    """The hand-labelled cases."""
    return yaml.safe_load(path.read_text(encoding="utf-8"))


def span_chars(text: str, start: int, end: int) -> frozenset[int]:
    """Characters of a span after trimming marks, punctuation and spaces."""
    s, e = trim(text, start, end)
    return frozenset(range(s, e))


@dataclass
class CaseResult:
    """What went wrong in one case, if anything."""

    id: str
    format: str
    problems: list[str] = field(default_factory=list)

    @property
    def ok(self) -> bool:
        """True when every expectation held."""
        return not self.problems


def nth_index(text: str, string: str, occurrence: int = 1) -> int:
    """Where the occurrence-th appearance (1-based) of string starts in text."""
    start = -1
    for _ in range(occurrence):
        start = text.index(string, start + 1)
    return start


def score_case(case: dict, quotes) -> CaseResult:
    """Check each expected quote (span, speaker name, type) and each not-a-quote string."""
    text = case["text"]
    result = CaseResult(case["id"], case["format"])
    predicted = [(q, span_chars(text, q.start, q.end)) for q in quotes]
    for expected in case.get("quotes", []):
        start = nth_index(text, expected["quote"], expected.get("occurrence", 1))
        gold = span_chars(text, start, start + len(expected["quote"]))
        best = max(predicted, key=lambda pair: jaccard(pair[1], gold), default=None)
        if best is None or jaccard(best[1], gold) < 0.5:
            result.problems.append(f"missed {expected['quote'][:50]!r}")
            continue
        quote = best[0]
        name = quote.speaker.name if quote.speaker else None
        if (name or "").lower() != (expected["speaker"] or "").lower():
            result.problems.append(f"speaker {name!r} != {expected['speaker']!r} for {expected['quote'][:40]!r}")
        if quote.type != expected["type"]:
            result.problems.append(f"type {quote.type} != {expected['type']} for {expected['quote'][:40]!r}")
    for name, count in (case.get("speakers") or {}).items():
        groups = {q.speaker.id for q in quotes if q.speaker and q.speaker.name.lower() == name.lower()}
        got = sum(1 for q in quotes if q.speaker and q.speaker.id in groups)
        if len(groups) > 1 or got != count:
            result.problems.append(f"{name}: {got} quotes in {len(groups)} speaker groups, want {count} in one")
    for string in case.get("not_quotes", []):
        start = text.index(string)
        chars = span_chars(text, start, start + len(string))
        if any(jaccard(p, chars) >= 0.5 for _, p in predicted):
            result.problems.append(f"returned non-speech {string!r} as a quote")
    return result


def run(attributor, cases: list[dict]) -> list[CaseResult]:
    """Score every case."""
    return [score_case(case, attributor.attribute(case["text"])) for case in cases]


def main() -> None:
    """Print each case's verdict and the share right per format."""
    parser = argparse.ArgumentParser(description=__doc__)
    parser.add_argument("--model", default="models/weights/quote-attribution")
    parser.add_argument("--threads", type=int, default=2)
    parser.add_argument("--precision", default="auto", help="auto, bf16, int8 or fp32 (auto: what the service runs)")
    args = parser.parse_args()
    from ..quotes import Attributor
    attributor = Attributor(args.model, threads=args.threads, precision=args.precision).load()
    results = run(attributor, load_cases())
    by_format: dict[str, list[bool]] = {}
    for result in results:
        by_format.setdefault(result.format, []).append(result.ok)
        print(("PASS " if result.ok else "FAIL ") + result.id + ("" if result.ok else ": " + "; ".join(result.problems)))
    summary = {name: f"{sum(oks)}/{len(oks)}" for name, oks in by_format.items()}
    summary["all"] = f"{sum(r.ok for r in results)}/{len(results)}"
    print(json.dumps(summary, indent=2))


if __name__ == "__main__":
    main()
