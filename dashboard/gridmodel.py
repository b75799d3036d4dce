"""AG Grid's filter and sort models, read defensively, written to the URL and applied to column arrays.

The explorer filters and sorts on the server (AG Grid's infinite row model sends its models with each
request), and a shared link must restore them, so both travel as text anyone can type: each model is
checked against the filter types the grid offers and anything else is dropped, never run.

Matching follows AG Grid's own filters: text is compared without regard to case and a missing value
passes only "not equal", "does not contain" and "blank"; numbers compare as numbers ("in range" excludes
its ends) and a missing number passes only "blank".
"""

from __future__ import annotations

import json
import math
from collections.abc import Collection, Sequence
from dataclasses import dataclass

import numpy as np

TEXT, NUMBER = "text", "number"
TEXT_TYPES = frozenset({"contains", "notContains", "equals", "notEqual", "startsWith", "endsWith", "blank", "notBlank"})
NUMBER_TYPES = frozenset(
    {"equals", "notEqual", "greaterThan", "greaterThanOrEqual", "lessThan", "lessThanOrEqual", "inRange"}
    | {"blank", "notBlank"}
)
NO_VALUE = frozenset({"blank", "notBlank"})
MAX_CONDITIONS = 2  # what AG Grid's filter offers (maxNumConditions)
MAX_TEXT = 1000  # longer filter text is cut (a whole measure or sentence fits)
MAX_SORT = 5

Sort = tuple[tuple[str, bool], ...]  # (column, descending), most significant first


@dataclass(frozen=True)
class Condition:
    type: str
    filter: str | float | None = None
    filter_to: float | None = None


@dataclass(frozen=True)
class ColumnFilter:
    """One column's filter: one or two conditions joined by AND or OR."""

    kind: str
    conditions: tuple[Condition, ...]
    operator: str = "AND"


# --- reading ----------------------------------------------------------------------------------------------


def _number(value: object) -> float | None:
    if isinstance(value, bool):
        return None
    if isinstance(value, str):
        try:
            value = float(value.strip())
        except ValueError:
            return None
    if isinstance(value, int | float) and math.isfinite(value):
        return float(value)
    return None


def _condition(model: object, kind: str) -> Condition | None:
    if not isinstance(model, dict):
        return None
    kind_types = TEXT_TYPES if kind == TEXT else NUMBER_TYPES
    ctype = model.get("type")
    if ctype not in kind_types:
        return None
    if ctype in NO_VALUE:
        return Condition(ctype)
    if kind == TEXT:
        text = model.get("filter")
        if not isinstance(text, str) or not text:
            return None
        return Condition(ctype, text[:MAX_TEXT])
    low = _number(model.get("filter"))
    if low is None:
        return None
    if ctype != "inRange":
        return Condition(ctype, low)
    high = _number(model.get("filterTo"))
    return None if high is None else Condition(ctype, low, high)


def read(model: object, kind: str) -> ColumnFilter | None:
    """A column filter from AG Grid's model ({type, filter} or {operator, conditions}); None if unusable."""
    if not isinstance(model, dict) or kind not in (TEXT, NUMBER):
        return None
    if "conditions" in model or "condition1" in model:
        raw = model.get("conditions")
        if not isinstance(raw, list):
            raw = [model.get("condition1"), model.get("condition2")]
        operator = model.get("operator")
        if operator not in ("AND", "OR"):
            return None
        found = [c for c in (_condition(r, kind) for r in raw[:MAX_CONDITIONS]) if c is not None]
        if not found:
            return None
        return ColumnFilter(kind, tuple(found), operator if len(found) > 1 else "AND")
    one = _condition(model, kind)
    return None if one is None else ColumnFilter(kind, (one,))


def read_all(model: object, kinds: dict[str, str]) -> tuple[tuple[str, ColumnFilter], ...]:
    """Every usable column filter of AG Grid's filterModel, for the columns in `kinds`, in their order."""
    if not isinstance(model, dict):
        return ()
    found = ((name, read(model.get(name), kind)) for name, kind in kinds.items())
    return tuple((name, f) for name, f in found if f is not None)


def read_sort(model: object, allowed: Collection[str]) -> Sort:
    """AG Grid's sortModel ([{colId, sort}]) as (column, descending) pairs, unknown columns dropped."""
    if not isinstance(model, list):
        return ()
    out: dict[str, bool] = {}
    for item in model:
        if isinstance(item, dict) and item.get("colId") in allowed and item.get("sort") in ("asc", "desc"):
            out.setdefault(item["colId"], item["sort"] == "desc")
    return tuple(out.items())[:MAX_SORT]


# --- writing: AG Grid's form and the URL's -----------------------------------------------------------------


def _model_condition(c: Condition, kind: str) -> dict:
    out: dict = {"filterType": kind, "type": c.type}
    if c.filter is not None:
        out["filter"] = c.filter
    if c.filter_to is not None:
        out["filterTo"] = c.filter_to
    return out


def model(f: ColumnFilter) -> dict:
    """AG Grid's model of a column filter (for the grid's initial state)."""
    if len(f.conditions) == 1:
        return _model_condition(f.conditions[0], f.kind)
    return {
        "filterType": f.kind,
        "operator": f.operator,
        "conditions": [_model_condition(c, f.kind) for c in f.conditions],
    }


def sort_model(sort: Sort) -> list[dict]:
    return [{"colId": name, "sort": "desc" if desc else "asc"} for name, desc in sort]


def _num_text(x: float) -> str:
    return str(int(x)) if x.is_integer() and abs(x) < 1e15 else repr(x)


def to_text(f: ColumnFilter) -> str:
    """A filter as URL text: "contains:Blaby", "inRange:1:5", "blank"; two conditions as compact JSON."""
    if len(f.conditions) > 1:
        return json.dumps(model(f), separators=(",", ":"), ensure_ascii=False)
    c = f.conditions[0]
    if c.filter is None:
        return c.type
    if isinstance(c.filter, str):
        return f"{c.type}:{c.filter}"
    text = f"{c.type}:{_num_text(c.filter)}"
    return text if c.filter_to is None else f"{text}:{_num_text(c.filter_to)}"


def from_text(text: object, kind: str) -> ColumnFilter | None:
    """The inverse of `to_text`; None for anything that is not a filter this column offers."""
    if not isinstance(text, str) or not text:
        return None
    if text.startswith("{"):
        try:
            return read(json.loads(text), kind)
        except ValueError:
            return None
    ctype, _, rest = text.partition(":")
    if kind == TEXT:
        return read({"type": ctype, "filter": rest}, kind)
    low, _, high = rest.partition(":")
    return read({"type": ctype, "filter": low, "filterTo": high}, kind)


def sort_text(sort: Sort) -> str:
    """ "-value,area": columns most significant first, "-" for descending."""
    return ",".join(("-" if desc else "") + name for name, desc in sort)


def sort_from_text(text: object, allowed: Collection[str]) -> Sort:
    if not isinstance(text, str):
        return ()
    items = [part.strip() for part in text.split(",")]
    return read_sort(
        [{"colId": p.lstrip("-"), "sort": "desc" if p.startswith("-") else "asc"} for p in items if p], allowed
    )


def describe(f: ColumnFilter) -> str:
    """In words, for a heading or a file's notes: "contains 'Blaby' or equals 'Melton'"."""
    words = {
        "notContains": "does not contain",
        "notEqual": "is not",
        "equals": "is",
        "startsWith": "starts with",
        "endsWith": "ends with",
        "greaterThan": ">",
        "greaterThanOrEqual": "≥",
        "lessThan": "<",
        "lessThanOrEqual": "≤",
        "inRange": "between",
        "notBlank": "is not blank",
        "blank": "is blank",
    }
    parts = []
    for c in f.conditions:
        verb = words.get(c.type, c.type)
        if c.filter is None:
            parts.append(verb)
        elif isinstance(c.filter, str):
            parts.append(f"{verb} '{c.filter}'")
        elif c.filter_to is not None:
            parts.append(f"{verb} {_num_text(c.filter)} and {_num_text(c.filter_to)}")
        else:
            parts.append(f"{verb} {_num_text(c.filter)}")
    return f" {f.operator.lower()} ".join(parts)


# --- applying ---------------------------------------------------------------------------------------------


def _text_hits(lower: Sequence[str], c: Condition) -> np.ndarray:
    """Per distinct value, then one more for a missing value: does it pass the condition?"""
    if c.type in NO_VALUE:
        hits = [not s.strip() for s in lower] + [True]
        return ~np.array(hits) if c.type == "notBlank" else np.array(hits)
    v = str(c.filter).lower()
    tests = {
        "contains": lambda s: v in s,
        "notContains": lambda s: v not in s,
        "equals": lambda s: s == v,
        "notEqual": lambda s: s != v,
        "startsWith": lambda s: s.startswith(v),
        "endsWith": lambda s: s.endswith(v),
    }
    test = tests[c.type]
    return np.array([test(s) for s in lower] + [c.type in ("notContains", "notEqual")], dtype=bool)


def _combine(parts: list[np.ndarray], operator: str) -> np.ndarray:
    out = parts[0]
    for p in parts[1:]:
        out = (out | p) if operator == "OR" else (out & p)
    return out


def text_mask(lower: Sequence[str], codes: np.ndarray, f: ColumnFilter) -> np.ndarray:
    """Rows passing a text filter, given each row's code into the distinct values (lower-cased; -1 missing).

    Each distinct value is tested once, so the cost follows the distinct values, not the rows.
    """
    hits = _combine([_text_hits(lower, c) for c in f.conditions], f.operator)
    return hits[codes]  # code -1 takes the last entry: the missing value's


def _number_hits(values: np.ndarray, c: Condition) -> np.ndarray:
    missing = np.isnan(values)
    if c.type == "blank":
        return missing
    if c.type == "notBlank":
        return ~missing
    a = float(c.filter)  # type: ignore[arg-type]
    with np.errstate(invalid="ignore"):
        if c.type == "inRange":
            low, high = sorted((a, float(c.filter_to or 0.0)))
            return (values > low) & (values < high)
        ops = {
            "equals": values == a,
            "notEqual": (values != a) & ~missing,
            "greaterThan": values > a,
            "greaterThanOrEqual": values >= a,
            "lessThan": values < a,
            "lessThanOrEqual": values <= a,
        }
    return ops[c.type]


def number_mask(values: np.ndarray, f: ColumnFilter) -> np.ndarray:
    """Rows passing a number filter (values as floats, NaN for missing)."""
    return _combine([_number_hits(values, c) for c in f.conditions], f.operator)
