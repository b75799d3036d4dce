"""The gold-matching rule (tests/data/gold_README.md), as the project's own code.

A hand-read fact is matched by a tidy row of the same file, within 15 lines,
with the same value (allowing a unit scale), the same area (known places after
normalising names and aliases) and a measure or caption holding a keyword.
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


def area_matches(gold: str | None, row: str | None) -> bool:
    if not gold:
        return True
    g, r = norm_area(gold), norm_area(row)
    if g == r:
        return True
    if g in KNOWN:
        return False
    return bool(set(g.split()) & set(r.split()))


def value_matches(gold: float, value: float) -> bool:
    if value is None or not math.isfinite(value):
        return False
    return any(abs(value - gold * s) <= max(1e-9, 5e-4 * abs(gold * s)) for s in SCALES)


def candidates(fact: dict[str, Any], frame: pd.DataFrame) -> pd.DataFrame:
    """Rows of the fact's file near its line holding its value."""
    rows = frame[(frame["source_file"] == fact["file"]) & ((frame["source_line"] - fact["line"]).abs() <= LINE_WINDOW)]
    return rows[[value_matches(float(fact["value"]), float(v)) for v in rows["value"]]]


def matches(fact: dict[str, Any], frame: pd.DataFrame) -> bool:
    """True when some row holds the fact with its area and a keyword of its measure."""
    keywords = [k.casefold() for k in fact.get("measure_keywords") or []]
    for row in candidates(fact, frame).itertuples(index=False):
        label = f"{row.measure} {row.table if isinstance(row.table, str) else ''}".casefold()
        area = row.area if isinstance(row.area, str) else None
        if area_matches(fact.get("area"), area) and (not keywords or any(k in label for k in keywords)):
            return True
    return False
