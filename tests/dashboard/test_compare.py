"""Tests of dashboard/compare.py, the benchmark rule: ±5% similar, otherwise better or worse by polarity."""

from __future__ import annotations

import math

import pytest

from dashboard.compare import MET, NOT_COMPARED, NOT_MET, RULE, TOLERANCE, against_standard, compare
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


@pytest.mark.parametrize(
    ("value", "standard", "polarity", "verdict"),
    [
        (73.4, 78.0, "higher is better", NOT_MET),
        (78.0, 78.0, "higher is better", MET),  # at the standard is meeting it
        (36.8, 30.0, "lower is better", NOT_MET),
        (0.0, 0.0, "lower is better", MET),
        (36.8, 30.0, None, NOT_COMPARED),  # which way is better is not known: no verdict
        (math.nan, 30.0, "lower is better", NOT_COMPARED),
    ],
)
def test_a_value_against_the_standard_printed_beside_it(value, standard, polarity, verdict):
    assert against_standard(value, standard, polarity) == verdict
