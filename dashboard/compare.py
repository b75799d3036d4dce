"""Rate an area's value against a benchmark using the measure's polarity.

The rule is stated once here and shown on the page.  A rating the pack prints always wins: it is shown as
printed, never recomputed (`rate`).  Otherwise, where the pack prints a confidence interval for the value
(rows with role lower/upper in the tidy frame), the value is better or worse than the benchmark only when the
whole interval lies on one side of the benchmark's value, and similar when the interval holds it (the rule
Fingertips uses).  Without an interval, within the tolerance band (±5% of the benchmark's value) is "similar"
(Amber); outside it, the better side by the measure's polarity is Green and the worse side Red.  A measure with
polarity "no judgement", or none recorded, is "not compared" (grey).
"""

from __future__ import annotations

import math
from collections.abc import Mapping
from dataclasses import dataclass

import pandas as pd

from dashboard.theme import Rag

TOLERANCE = 0.05
RULE = (
    "A rating the pack prints is shown as printed. Otherwise each district is compared with the benchmark's value "
    "for the same indicator: where the pack prints a confidence interval, it is better (Green) or worse (Red) only "
    "when the whole interval lies above or below the benchmark, and similar (Amber) when the interval includes it; "
    "without an interval, within ±5% of the benchmark is similar (Amber) and outside that band it is better "
    "(Green) or worse (Red) according to whether higher or lower is better for that indicator; indicators where "
    "neither is better are not compared."
)

SHORT_RULE = "Similar: within ±5% of {benchmark}; better or worse by whether higher or lower is better."


@dataclass(frozen=True)
class Comparison:
    """The outcome of one comparison: a word for people and a palette entry for colour."""

    verdict: str  # better, similar, worse, not compared
    rag: Rag
    printed: bool = False  # the pack's own rating, not computed here


BETTER = Comparison("better", Rag.GREEN)
SIMILAR = Comparison("similar", Rag.AMBER)
WORSE = Comparison("worse", Rag.RED)
NOT_COMPARED = Comparison("not compared", Rag.NONE)


def _missing(x: float | None) -> bool:
    return x is None or (isinstance(x, float) and math.isnan(x))


def compare(
    value: float | None,
    benchmark: float | None,
    polarity: str | None,
    tolerance: float = TOLERANCE,
    *,
    lower: float | None = None,
    upper: float | None = None,
) -> Comparison:
    """Better, similar, worse or not compared, by the rule in RULE: by the interval [lower, upper] when both
    limits are printed (better or worse only when the whole interval is on one side of the benchmark), else by
    the tolerance band."""
    if polarity not in ("higher is better", "lower is better"):
        return NOT_COMPARED
    if value is None or benchmark is None or _missing(value) or _missing(benchmark):
        return NOT_COMPARED
    if lower is not None and upper is not None and not _missing(lower) and not _missing(upper):
        low, high = min(lower, upper), max(lower, upper)
        if low <= benchmark <= high:
            return SIMILAR
        higher = low > benchmark
    else:
        band = abs(benchmark) * tolerance
        if abs(value - benchmark) <= band:
            return SIMILAR
        higher = value > benchmark
    return BETTER if higher == (polarity == "higher is better") else WORSE


MET = Comparison("met", Rag.GREEN)
NOT_MET = Comparison("not met", Rag.RED)
STANDARD_RULE = (
    "Where a table prints a standard or target but no rating, each value is shown against it: met when it is at or "
    "above the standard (or at or below, where lower is better), not met otherwise; not compared where the packs "
    "do not say whether higher or lower is better. This is worked out here, not printed in the pack."
)


def against_standard(value: float | None, standard: float | None, polarity: str | None) -> Comparison:
    """Met or not met: a value against the standard its table prints beside it, by the measure's polarity."""
    if polarity not in ("higher is better", "lower is better"):
        return NOT_COMPARED
    if value is None or standard is None or _missing(value) or _missing(standard):
        return NOT_COMPARED
    met = value >= standard if polarity == "higher is better" else value <= standard
    return MET if met else NOT_MET


_PRINTED = {
    Rag.RED: "worse",
    Rag.RED_AMBER: "worse",
    Rag.AMBER: "similar",
    Rag.AMBER_GREEN: "similar",
    Rag.GREEN: "better",
    Rag.GREEN_BLUE: "better",
    Rag.BLUE: "better",
}


def printed(rating: object) -> Comparison | None:
    """A rating the pack prints (Red, Amber, Green, Blue ...) as a Comparison in its own colour, or None."""
    rag = Rag.of(rating)
    return Comparison(_PRINTED[rag], rag, printed=True) if rag in _PRINTED else None


def rate(
    rating: object,
    value: float | None,
    benchmark: float | None,
    polarity: str | None,
    tolerance: float = TOLERANCE,
    *,
    lower: float | None = None,
    upper: float | None = None,
) -> Comparison:
    """The rating the pack prints when it prints one (it always wins), else `compare`'s."""
    return printed(rating) or compare(value, benchmark, polarity, tolerance, lower=lower, upper=upper)


Place = tuple[str, int, str]
"""Where a value is printed: (source_file, source_line, area)."""


def intervals(frame: pd.DataFrame) -> dict[Place, tuple[float, float]]:
    """The confidence interval the pack prints for each value, by where the value is printed: the rows with
    role lower and upper (loaders/meaning.py) on the value's line, for its area."""
    if "role" not in frame or frame.empty:
        return {}
    bounds = frame[frame["role"].isin(["lower", "upper"])]
    found: dict[Place, dict[str, float]] = {}
    for f, n, a, role, v in zip(
        bounds["source_file"], bounds["source_line"], bounds["area"], bounds["role"], bounds["value"], strict=True
    ):
        found.setdefault((str(f), int(n), str(a)), {})[str(role)] = float(v)
    return {k: (b["lower"], b["upper"]) for k, b in found.items() if "lower" in b and "upper" in b}


def rate_row(
    row: Mapping[str, object], benchmark: float | None, bounds: Mapping[Place, tuple[float, float]]
) -> Comparison:
    """One tidy row rated against a benchmark value: its printed RAG, else by its interval, else by tolerance."""
    lower, upper = bounds.get((str(row["source_file"]), int(str(row["source_line"])), str(row["area"])), (None, None))
    polarity, value = row.get("polarity"), row.get("value")
    return rate(
        row.get("rag"),
        float(value) if isinstance(value, int | float) else None,
        benchmark,
        str(polarity) if isinstance(polarity, str) else None,
        lower=lower,
        upper=upper,
    )
