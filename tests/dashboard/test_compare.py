"""Tests of dashboard/compare.py, the benchmark rule: ±5% similar, otherwise better or worse by polarity."""

from __future__ import annotations

import math

import pytest

from dashboard.compare import RULE, TOLERANCE, compare
from dashboard.theme import Rag


@pytest.mark.parametrize(
    ("value", "bench", "polarity", "verdict", "rag"),
    [
        (2.5, 2.4, "higher is better", "similar", Rag.AMBER),
        (4.0, 2.4, "higher is better", "better", Rag.GREEN),
        (1.0, 2.4, "higher is better", "worse", Rag.RED),
        (10.6, 8.9, "lower is better", "worse", Rag.RED),
        (8.4, 8.9, "lower is better", "better", Rag.GREEN),
        (9.3, 8.9, "lower is better", "similar", Rag.AMBER),
        (12, 12, "no judgement", "not compared", Rag.NONE),
        (12, 10, None, "not compared", Rag.NONE),
        (1.0, None, "higher is better", "not compared", Rag.NONE),
        (math.nan, 1.0, "higher is better", "not compared", Rag.NONE),
        (-5.9, 15.1, "lower is better", "better", Rag.GREEN),
    ],
)
def test_compare(value, bench, polarity, verdict, rag):
    result = compare(value, bench, polarity)
    assert (result.verdict, result.rag) == (verdict, rag)


def test_band_edge_is_similar():
    assert compare(105.0, 100.0, "higher is better").verdict == "similar"
    assert compare(105.1, 100.0, "higher is better").verdict == "better"


def test_rule_text_states_the_band():
    assert f"±{TOLERANCE:.0%}" in RULE
