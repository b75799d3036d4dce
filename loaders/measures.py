"""Measure metadata: which way is better, from a shipped, reviewed data file.

data/measures.csv maps (dataset, measure pattern) to a polarity so the
dashboard can rate an area against a benchmark.  The first matching pattern
wins; a measure with none stays unjudged and `healthdash check` lists it.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

MEASURES_FILE = Path(__file__).resolve().parent.parent / "data" / "measures.csv"


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    with MEASURES_FILE.open(encoding="utf-8", newline="") as fh:
        return tuple(
            (row["dataset"], re.compile(row["measure_pattern"], re.IGNORECASE), row["polarity"])
            for row in csv.DictReader(fh)
        )


def polarity_for(dataset: str, measure: str) -> str | None:
    """The polarity of a measure, or None where the metadata says nothing."""
    for ds, pattern, polarity in _rules():
        if ds == dataset and pattern.search(measure):
            return polarity
    return None


def add_polarity(frame: pd.DataFrame) -> pd.DataFrame:
    """Fill `polarity` where it is empty, from the metadata file."""
    pairs = frame[["dataset", "measure"]].drop_duplicates()
    lookup = {(d, m): polarity_for(d, m) for d, m in pairs.itertuples(index=False)}
    filled = [lookup[(d, m)] for d, m in zip(frame["dataset"], frame["measure"], strict=True)]
    frame["polarity"] = frame["polarity"].where(
        frame["polarity"].notna(), pd.Series(filled, index=frame.index, dtype="string")
    )
    return frame
