"""Rate an area's value against a benchmark using the measure's polarity.

The rule is stated once here and shown on the page: within the tolerance band
(±5% of the benchmark's value) is "similar" (Amber); outside it, the better side
by the measure's polarity is Green and the worse side Red; a measure with
polarity "no judgement", or none recorded, is "not compared" (grey).
"""

from __future__ import annotations

import math
from dataclasses import dataclass

from dashboard.theme import Rag

TOLERANCE = 0.05
RULE = (
    "Each district is compared with the benchmark's value for the same indicator: within ±5% of the "
    "benchmark is similar (Amber); outside that band it is better (Green) or worse (Red) according to "
    "whether higher or lower is better for that indicator; indicators where neither is better are not compared."
)

SHORT_RULE = "Similar: within ±5% of {benchmark}; better or worse by whether higher or lower is better."


@dataclass(frozen=True)
class Comparison:
    """The outcome of one comparison: a word for people and a palette entry for colour."""

    verdict: str  # better, similar, worse, not compared
    rag: Rag


BETTER = Comparison("better", Rag.GREEN)
SIMILAR = Comparison("similar", Rag.AMBER)
WORSE = Comparison("worse", Rag.RED)
NOT_COMPARED = Comparison("not compared", Rag.NONE)


def compare(
    value: float | None, benchmark: float | None, polarity: str | None, tolerance: float = TOLERANCE
) -> Comparison:
    """Better, similar, worse or not compared, by the rule in RULE."""
    if polarity not in ("higher is better", "lower is better"):
        return NOT_COMPARED
    if value is None or benchmark is None or math.isnan(value) or math.isnan(benchmark):
        return NOT_COMPARED
    band = abs(benchmark) * tolerance
    if abs(value - benchmark) <= band:
        return SIMILAR
    higher = value > benchmark
    return BETTER if higher == (polarity == "higher is better") else WORSE
