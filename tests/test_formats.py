"""The hand-made format set: every case must come back right, speaker names included."""
from __future__ import annotations

import pytest

from models.evaluation.formats import load_cases, score_case

CASES = load_cases()


def test_format_set_has_three_cases_per_format():
    counts: dict[str, int] = {}
    for case in CASES:
        counts[case["format"]] = counts.get(case["format"], 0) + 1
    assert len(counts) >= 8 and min(counts.values()) >= 3, counts


def marks(case: dict) -> list:
    """A case the shipped model is known to get wrong is a strict xfail: it must fail, and
    turns the suite red the day it passes, so the list in cases.yaml stays true."""
    reason = case.get("known_failure")
    return [pytest.mark.xfail(reason=reason, strict=True)] if reason else []


@pytest.mark.parametrize("case", [pytest.param(c, id=c["id"], marks=marks(c)) for c in CASES])
def test_case(real_attributor, case):
    result = score_case(case, real_attributor.attribute(case["text"]))
    assert result.ok, result.problems
