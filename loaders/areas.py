"""Names of places and organisations to one spelling and a stable code.

The area table is a shipped data file (data/areas.csv), reviewed like code: ONS
codes for the districts, county and England, and "org:" identifiers for CCGs,
trusts and the LLR system.  A name the table does not know is kept as printed
with no code, and reported, never dropped.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

AREAS_FILE = Path(__file__).resolve().parent.parent / "data" / "areas.csv"


@dataclass(frozen=True)
class Area:
    name: str
    code: str
    kind: str


def normalise(text: str) -> str:
    """Casefold, '&' to 'and', punctuation to spaces: the key names are compared by."""
    text = text.casefold().replace("&", " and ").replace("\u2019", "'")
    text = re.sub(r"[^a-z0-9' ]+", " ", text)
    return " ".join(text.split())


@lru_cache(maxsize=1)
def _table() -> dict[str, Area]:
    table: dict[str, Area] = {}
    with AREAS_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            area = Area(row["name"], row["code"], row["kind"])
            for name in [row["name"], *filter(None, row["aliases"].split("|"))]:
                table[normalise(name)] = area
    return table


def lookup(name: str | None) -> Area | None:
    """The known area a printed name stands for, or None."""
    if not name:
        return None
    return _table().get(normalise(name))


def known_names() -> list[str]:
    """Every spelling the area table knows, longest first (for scanning text)."""
    return sorted(_table(), key=len, reverse=True)


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    def name_regex(name: str) -> str:
        parts = [r"(?:and|&)" if w == "and" else re.escape(w) for w in name.split()]
        return r"[\s,]+".join(parts)

    words = [name_regex(n) for n in known_names()]
    return re.compile(r"(?<![A-Za-z])(" + "|".join(words) + r")(?![A-Za-z])", re.IGNORECASE)


def find_areas(text: str) -> list[tuple[int, Area]]:
    """Known areas named in a piece of text, with their positions."""
    found = []
    for m in _name_pattern().finditer(text):
        printed = m.group(1)
        # Two-letter aliases (WL, UK) count only when printed in capitals.
        area = lookup(printed)
        if area is None or (len(printed) <= 4 and not printed.isupper()):
            continue
        found.append((m.start(), area))
    return found


def canonical(name: str | None) -> tuple[str | None, str | None]:
    """(display name, code) for a printed area; unknown names pass through with no code."""
    if name is None or not name.strip():
        return None, None
    area = lookup(name)
    if area:
        return area.name, area.code
    return " ".join(name.split()), None


KNOWN_GEOGRAPHY_CODES = frozenset(a.code for a in (lookup(n) for n in ("Leicestershire", "England", "Blaby")) if a)
