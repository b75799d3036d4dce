"""Which topic a table or sentence belongs to, judged by the words it holds.

The vocabulary is data (`data/topics.csv`: a topic, its title and the words that
mark it, `|`-separated), so another council's wording is added there, not in
code.  A table is scored on its caption, header and row labels; the topic with
most distinct words wins, and a table that names none stays in `tables`.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

TOPICS_FILE = Path(__file__).resolve().parent.parent / "data" / "topics.csv"
GENERIC = "tables"


@dataclass(frozen=True)
class Topic:
    name: str
    title: str
    pattern: re.Pattern[str]
    unit: str | None = None  # what a number of the topic counts when its table does not say ("years")


@lru_cache(maxsize=1)
def topics() -> tuple[Topic, ...]:
    """The topics of data/topics.csv, each with one pattern of its words."""
    out = []
    with TOPICS_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            words = sorted((w.strip() for w in row["words"].split("|") if w.strip()), key=len, reverse=True)
            rx = r"(?<![A-Za-z])(?:" + "|".join(re.escape(w) for w in words) + r")(?![A-Za-z])"
            out.append(Topic(row["topic"], row["title"], re.compile(rx, re.IGNORECASE), row.get("unit") or None))
    return tuple(out)


def classify(title: str, body: str = "") -> str:
    """The topic whose words the text names most (the title's count double); `tables` when none is named."""
    best, best_score = GENERIC, 0
    for topic in topics():
        score = 2 * len({m.casefold() for m in topic.pattern.findall(title)}) + len(
            {m.casefold() for m in topic.pattern.findall(body)}
        )
        if score > best_score:
            best, best_score = topic.name, score
    return best if best_score >= 2 else GENERIC


def default_unit(name: str) -> str | None:
    """The unit data/topics.csv gives a topic's numbers when their table names none."""
    return next((t.unit for t in topics() if t.name == name), None)
