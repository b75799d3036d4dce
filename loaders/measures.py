"""Measure metadata: which way is better, from a shipped, reviewed data file.

data/measures.csv maps (dataset, measure pattern) to a polarity so the
dashboard can rate an area against a benchmark.  The first matching pattern
wins, else the dataset's default polarity in the registry (data/datasets.csv);
a measure with neither stays unjudged (or is judged by its indicator,
loaders/meaning.py) and `healthdash check` lists it.
"""

from __future__ import annotations

import csv
import re
from functools import lru_cache
from pathlib import Path

import pandas as pd

from loaders.meaning import dataset_polarity

MEASURES_FILE = Path(__file__).resolve().parent.parent / "data" / "measures.csv"


@lru_cache(maxsize=1)
def _rules() -> tuple[tuple[str, re.Pattern[str], str], ...]:
    with MEASURES_FILE.open(encoding="utf-8", newline="") as fh:
        return tuple(
            (row["dataset"], re.compile(row["measure_pattern"], re.IGNORECASE), row["polarity"])
            for row in csv.DictReader(fh)
        )


@lru_cache(maxsize=1)
def _rules_by_dataset() -> dict[str, tuple[tuple[re.Pattern[str], str], ...]]:
    """`_rules` by dataset, each dataset's in file order: most datasets have none to try."""
    out: dict[str, list[tuple[re.Pattern[str], str]]] = {}
    for ds, pattern, polarity in _rules():
        out.setdefault(ds, []).append((pattern, polarity))
    return {ds: tuple(rules) for ds, rules in out.items()}


def polarity_for(dataset: str, measure: str) -> str | None:
    """The polarity of a measure, else its dataset's default (data/datasets.csv), or None where neither says."""
    for pattern, polarity in _rules_by_dataset().get(dataset, ()):
        if pattern.search(measure):
            return polarity
    return dataset_polarity(dataset)


def add_polarity(frame: pd.DataFrame) -> pd.DataFrame:
    """Fill `polarity` where it is empty, from the metadata file."""
    lookup: dict[tuple[str, str], str | None] = {}  # each (dataset, measure) pair is looked up once
    filled = []
    for pair in zip(frame["dataset"].tolist(), frame["measure"].tolist(), strict=True):
        if pair not in lookup:
            lookup[pair] = polarity_for(*pair)
        filled.append(lookup[pair])
    frame["polarity"] = frame["polarity"].where(
        frame["polarity"].notna(), pd.Series(filled, index=frame.index, dtype="string")
    )
    return frame
