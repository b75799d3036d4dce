"""Arithmetic checks a pack's own numbers allow: do the parts add up to the total?

A check never changes a value.  It returns a warning text (or None) that the
dataset spec puts on the total row, so a reader of the tidy table sees where a
printed total and its printed parts disagree beyond rounding.
"""

from __future__ import annotations

import re
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


# --- The same figure stated twice with different values ---------------------------------------------------

_RESTATE_STOP = frozenset(
    [
        "a",
        "an",
        "the",
        "of",
        "and",
        "or",
        "in",
        "on",
        "at",
        "to",
        "for",
        "by",
        "with",
        "from",
        "is",
        "was",
        "were",
        "are",
        "be",
        "been",
        "this",
        "that",
        "as",
        "per",
        "all",
        "total",
        "there",
        "have",
        "has",
        "had",
        "which",
        "who",
        "rate",
        "number",
    ]
)


_MEASURE_WORD_RE = re.compile(r"[a-z][a-z\-]+|\d+")


def _measure_words(measure: str) -> frozenset[str]:
    words = _MEASURE_WORD_RE.findall(str(measure).casefold())
    return frozenset(w for w in words if w not in _RESTATE_STOP and len(w) > 2)


def _same_print(a: float, b: float) -> bool:
    """Equal allowing the rounding of the less precise print (86.91 vs 86.9, 963 vs 963.4)."""
    return bool(abs(a - b) <= max(0.5 * 10 ** -min(_decimals(a), _decimals(b)), 1e-9))


def _decimals(x: float) -> int:
    text = f"{x:.6f}".rstrip("0")
    return len(text.split(".")[1]) if "." in text else 0


def flag_restatements(frame, *, min_shared: int = 2, similarity: float = 0.6):  # type: ignore[no-untyped-def]
    """Flag a figure stated twice in one pack with different values: prose against a table.

    Two rows are the same figure when they share file, area, period and unit
    (all stated), one sits in a table (or a non-`figures` dataset) and the other
    in prose, and their measures share at least `min_shared` content words with
    Jaccard similarity >= `similarity`.  When their values differ beyond
    rounding, both get a warning naming the other line.  Values are never
    changed.  Returns a copy of the frame.
    """
    import pandas as pd

    out = frame.copy()
    if out.empty:
        return out
    # Plain lists, not pandas groups and cell lookups: a pack has hundreds of small groups.
    labels = out.index.tolist()
    tabled = (out["table"].notna() | (out["dataset"] != "figures")).tolist()
    keys = ["source_file", "area", "period", "unit"]
    usable = out[keys].notna().all(axis=1).tolist()
    key_of = list(zip(*(out[k].tolist() for k in keys), strict=True))
    measures, values = out["measure"].tolist(), out["value"].tolist()
    texts, lines = out["value_text"].tolist(), out["source_line"].tolist()
    groups: dict[tuple[object, ...], list[int]] = {}  # the rows (positions) of each key, in frame order
    for pos, ok in enumerate(usable):
        if ok:
            groups.setdefault(key_of[pos], []).append(pos)
    notes: dict[int, list[str]] = {}
    for group in groups.values():
        if len(group) < 2:
            continue
        words = {i: _measure_words(measures[i]) for i in group}
        tab = [i for i in group if tabled[i]]
        prose = [i for i in group if not tabled[i]]
        for i in tab:
            for j in prose:
                shared = words[i] & words[j]
                union = words[i] | words[j]
                if len(shared) < min_shared or not union or len(shared) / len(union) < similarity:
                    continue
                vi, vj = float(values[i]), float(values[j])
                if _same_print(vi, vj):
                    continue
                notes.setdefault(labels[i], []).append(f"stated twice: {texts[j]} in prose at line {int(lines[j])}")
                notes.setdefault(labels[j], []).append(f"stated twice: {texts[i]} in a table at line {int(lines[i])}")
    for i, msgs in notes.items():
        old = out.at[i, "warning"]
        parts = ([str(old)] if isinstance(old, str) and old else []) + msgs
        out.at[i, "warning"] = "; ".join(parts)
    out["warning"] = out["warning"].astype(pd.StringDtype())
    return out
