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


@pytest.mark.parametrize("case", CASES, ids=[c["id"] for c in CASES])
def test_case(real_attributor, case):
    result = score_case(case, real_attributor.attribute(case["text"]))
    assert result.ok, result.problems
