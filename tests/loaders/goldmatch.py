"""The gold-matching rule (tests/data/gold_README.md), as the project's own code.

A hand-read fact is matched by a tidy row of the same file, within 15 lines,
with the same value (allowing a unit scale), the same area (known places after
normalising names and aliases) and a measure or caption holding a keyword.

`strict=True` is the shared scorer's `--strict` rule (goldcheck.py), used on other councils' packs
(tests/data/devset): the area must be the same place (after aliases, and after words such as NHS,
ICB, board, trust are dropped), with no shared-word fallback; a keyword must be in the measure
itself; and the measure must be a label, not a line: at most 16 words, not the row's context, and
not holding the number it labels.
"""

from __future__ import annotations

import json
import math
import re
from pathlib import Path
from typing import Any

import pandas as pd

SCALES = (1, 1e3, 1e6, 1e9, 1e-3, 1e-6, 1e-9, 100, 0.01)
LINE_WINDOW = 15
GENERIC = {
    "county",
    "council",
    "total",
    "ccg",
    "ccgs",
    "area",
    "areas",
    "all",
    "providers",
    "patients",
    "combined",
    "district",
    "borough",
    "the",
    "of",
    "and",
    "clinical",
    "commissioning",
    "group",
    "stp",
}
ALIASES = {
    "llr": "llr",
    "leicester leicestershire rutland": "llr",
    "wl": "west leicestershire",
    "wlccg": "west leicestershire",
    "elr": "east leicestershire rutland",
    "elrccg": "east leicestershire rutland",
    "east leicestershire": "east leicestershire rutland",
    "nw leicestershire": "north west leicestershire",
    "uk": "england",
    "united kingdom": "england",
    "national": "england",
}
STRICT_GENERIC = {"nhs", "icb", "integrated", "board", "borough", "city", "foundation", "trust", "place"}
MAX_LABEL_WORDS = 16
KNOWN = {
    "blaby",
    "charnwood",
    "harborough",
    "hinckley bosworth",
    "melton",
    "north west leicestershire",
    "oadby wigston",
    "leicestershire",
    "england",
    "llr",
    "leicester city",
    "leicester",
    "rutland",
    "west leicestershire",
    "east leicestershire rutland",
    "uhl",
    "lpt",
    "emas",
}


def load_facts(path: Path) -> list[dict[str, Any]]:
    return [json.loads(line) for line in path.read_text(encoding="utf-8").splitlines() if line.strip()]


def norm_area(name: str | None) -> str:
    a = re.sub(r"\([^)]*\)", " ", (name or "").casefold()).replace("&", " and ")
    a = re.sub(r"[^a-z0-9 ]", " ", a)
    a = " ".join(w for w in a.split() if w not in GENERIC)
    return ALIASES.get(a, a)


def area_matches(gold: str | None, row: str | None, strict: bool = False) -> bool:
    """Known geographies must match exactly (after aliases); free-text areas share a word (unless strict)."""
    if not gold:
        return True
    g, r = norm_area(gold), norm_area(row)
    if g == r:
        return True
    if strict:
        return bool(_drop_strict_generic(g)) and _drop_strict_generic(g) == _drop_strict_generic(r)
    if g in KNOWN:
        return False
    return bool(set(g.split()) & set(r.split()))


def _drop_strict_generic(area: str) -> str:
    return " ".join(w for w in area.split() if w not in STRICT_GENERIC)


def value_matches(gold: float, value: float) -> bool:
    if value is None or not math.isfinite(value):
        return False
    return any(abs(value - gold * s) <= max(1e-9, 5e-4 * abs(gold * s)) for s in SCALES)


def _text(value: object) -> str:
    """A cell as the scorer reads it from a CSV: missing values are the empty string."""
    return value if isinstance(value, str) else ""


def label_matches(fact: dict[str, Any], measure: str, table: str, context: str, strict: bool = False) -> bool:
    """The row's measure (or, leniently, its table) holds a keyword; strictly, the measure is a short label."""
    keywords = [k.casefold() for k in fact.get("measure_keywords") or []]
    if not strict:
        return not keywords or any(k in f"{measure} {table}".casefold() for k in keywords)
    if keywords and not any(k in measure.casefold() for k in keywords):
        return False
    if len(measure.split()) > MAX_LABEL_WORDS or measure.strip() == context.strip():
        return False
    printed = str(fact.get("printed") or "").lstrip("£").rstrip("%mk")
    return not (printed and re.search(r"(?<![\d.,])" + re.escape(printed) + r"(?![\d])", measure))


def candidates(fact: dict[str, Any], frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of the fact's file near its line (anywhere in the file when the fact has no line) holding its value."""
    files = frame["source_file"].map(lambda f: str(f).replace("\\", "/").rsplit("/", 1)[-1])
    rows = frame[files == fact["file"]]
    if fact.get("line"):
        rows = rows[(rows["source_line"] - fact["line"]).abs() <= LINE_WINDOW]
    held = [value_matches(float(fact["value"]), float(v)) for v in rows["value"]]
    return rows[pd.Series(held, index=rows.index, dtype=bool)]


def matches(fact: dict[str, Any], frame: pd.DataFrame, strict: bool = False) -> bool:
    """True when some row holds the fact with its area and a keyword of its measure (under the strict rule if
    asked)."""
    rows = candidates(fact, frame)
    context = rows["context"] if "context" in rows else pd.Series([None] * len(rows), index=rows.index)
    for area, measure, table, ctx in zip(rows["area"], rows["measure"], rows["table"], context, strict=True):
        if area_matches(fact.get("area"), _text(area) or None, strict) and label_matches(
            fact, _text(measure), _text(table), _text(ctx), strict
        ):
            return True
    return False


def describe(fact: dict[str, Any], frame: pd.DataFrame) -> str:
    """A miss as the scorer prints it: missing (no row holds the value) or unlabelled (wrong area or label)."""
    kind = "unlabelled" if len(candidates(fact, frame)) else "missing"
    return f"{kind}: {fact['file']}:{fact.get('line')} {fact.get('area')} | {fact.get('measure')} = {fact['value']}"


def score(facts: list[dict[str, Any]], frame: pd.DataFrame, strict: bool = False) -> tuple[float, list[str]]:
    """Labelled recall in per cent, and each miss described."""
    misses = [describe(f, frame) for f in facts if not matches(f, frame, strict)]
    return 100.0 * (len(facts) - len(misses)) / (len(facts) or 1), misses


def rows_per_printed_number(frame: pd.DataFrame) -> float:
    """Rows over printed numbers, a printed number being the rows sharing a source file, line and value."""
    printed = frame.groupby(["source_file", "source_line", "value"], dropna=False).ngroups
    return len(frame) / (printed or 1)
