"""The captions and titles that mark a dataset's tables and reports, from a shipped, reviewed data file.

data/captions.csv maps a dataset and the role a caption plays in its spec (the table it reads, a report
whose sections it searches, a table that was an image) to patterns: regexes of the captions as councils
print them, matched the way the spec matches its caption.  Another council's caption is added there as a
row, not in code; the rows of one dataset and role are alternatives.
"""

from __future__ import annotations

import csv
from functools import lru_cache
from pathlib import Path

CAPTIONS_FILE = Path(__file__).resolve().parents[2] / "data" / "captions.csv"


@lru_cache(maxsize=1)
def _rows() -> tuple[tuple[str, str, str], ...]:
    with CAPTIONS_FILE.open(encoding="utf-8", newline="") as fh:
        return tuple((row["dataset"], row["role"], row["pattern"]) for row in csv.DictReader(fh))


def captions(dataset: str, role: str = "table") -> tuple[str, ...]:
    """Each pattern of data/captions.csv for the dataset and role, in file order."""
    found = tuple(pattern for ds, rl, pattern in _rows() if ds == dataset and rl == role)
    if not found:
        raise KeyError(f"data/captions.csv has no {role!r} caption for {dataset!r}")
    return found


def caption(dataset: str, role: str = "table") -> str:
    """One pattern that matches any of the dataset's captions for the role."""
    found = captions(dataset, role)
    return found[0] if len(found) == 1 else "|".join(f"(?:{p})" for p in found)
