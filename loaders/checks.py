"""Arithmetic checks a pack's own numbers allow: do the parts add up to the total?

A check never changes a value.  It returns a warning text (or None) that the
dataset spec puts on the total row, so a reader of the tidy table sees where a
printed total and its printed parts disagree beyond rounding.
"""

from __future__ import annotations

from collections.abc import Sequence


def rounding_tolerance(n_parts: int, step: float = 1.0) -> float:
    """How far a sum of `n_parts` rounded figures may drift from a rounded total.

    Each printed figure, the total included, may be off by half a printed step.
    """
    return 0.5 * step * (n_parts + 1) + 1e-9


def check_total(
    parts: Sequence[float], total: float, tolerance: float | None = None, *, step: float = 1.0
) -> str | None:
    """None when `parts` add up to `total` within rounding, else a warning naming the difference."""
    tol = rounding_tolerance(len(parts), step) if tolerance is None else tolerance
    s = sum(parts)
    if abs(s - total) <= tol:
        return None
    return f"parts add up to {s:,.10g}, not the printed total {total:,.10g} (difference {s - total:+,.10g})"


def adds_up(parts: Sequence[float], total: float, tolerance: float | None = None, *, step: float = 1.0) -> bool:
    """True when `parts` add up to `total` within rounding."""
    return check_total(parts, total, tolerance, step=step) is None


def check_column_totals(
    values: Sequence[float | None], is_total: Sequence[bool], *, step: float = 1.0
) -> dict[int, str]:
    """Warnings for total rows of one column that their parts do not add up to.

    Rows run top to bottom.  A total row adds up either the plain rows since the
    previous total row (a subtotal) or those plus every earlier total (a grand
    total).  A total row with no plain rows above it since the previous total
    and not the last total is a stand-alone line ("Total Out of Hours") and is
    taken as a part of the grand total.  Missing cells count as nothing.
    Returns {row index: warning}.
    """
    warnings: dict[int, str] = {}
    pending: list[float] = []
    tops: list[float] = []
    last_total = max((i for i, t in enumerate(is_total) if t), default=-1)
    for i, (value, total) in enumerate(zip(values, is_total, strict=True)):
        if not total:
            if value is not None:
                pending.append(value)
            continue
        if value is None:
            pending = []
            continue
        if not pending and i != last_total:
            tops.append(value)
            continue
        candidates = [pending, tops + pending] if pending else [tops]
        if candidates and not any(adds_up(c, value, step=step) for c in candidates if c):
            warnings[i] = check_total(candidates[-1], value, step=step) or ""
        tops.append(value)
        pending = []
    return {i: w for i, w in warnings.items() if w}
