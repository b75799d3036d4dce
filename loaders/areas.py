"""Names of places and organisations to one spelling and a stable code.

The area table is a shipped data file (data/areas.csv), reviewed like code: ONS
codes for the districts, county and England, and "org:" identifiers for CCGs,
trusts and the LLR system.  A name the table does not know is kept as printed
with no code, and reported, never dropped.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
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


_COUNCIL_RE = re.compile(r"(?: (?:district|borough|city|county))? council$")


def lookup(name: str | None) -> Area | None:
    """The known area a printed name stands for, or None.

    A council's name ("Blaby District Council") stands for its area when the table
    does not list that spelling itself.
    """
    if not name:
        return None
    key = normalise(name)
    return _table().get(key) or _table().get(_COUNCIL_RE.sub("", key))


def known_names() -> list[str]:
    """Every spelling the area table knows, longest first (for scanning text)."""
    return sorted(_table(), key=len, reverse=True)


@lru_cache(maxsize=1)
def _name_pattern() -> re.Pattern[str]:
    def name_regex(name: str) -> str:
        # "n w leicestershire" also matches "N.W. Leicestershire": an initial may take a dot, and then no space.
        parts = [r"(?:and|&)" if w == "and" else re.escape(w) + (r"\.?" if len(w) == 1 else "") for w in name.split()]
        return r"(?:[\s,]+|(?<=\.))".join(parts)

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


_PLACE_NAME_RE = re.compile(r"[A-Z][\w'\u2019.\-]*(?:(?:\s+|\s*[,&]\s*)[\w'\u2019.\-]+){0,6}")


_NOT_PLACES = frozenset({"total", "totals", "average", "mean", "median", "source", "note", "notes"})


def looks_like_place(label: str) -> bool:
    """A table row label that could be a place the area table does not list ("Newark and Sherwood").

    Capitalised words, no digits, at most seven words: not a total, an average, a note or a sentence.
    """
    text = " ".join(label.split())
    words = set(normalise(text).split())
    return bool(_PLACE_NAME_RE.fullmatch(text)) and not any(c.isdigit() for c in text) and not words & _NOT_PLACES


@dataclass(frozen=True)
class UnknownArea:
    """An area name a pack prints that data/areas.csv does not know: its rows are kept with no code."""

    file: str
    name: str
    lines: tuple[int, ...]

    def __str__(self) -> str:
        from loaders.reading import number_ranges

        more = self.lines[1:]
        also = f" (also line{'s' if len(more) > 1 else ''} {number_ranges(list(more))})" if more else ""
        return f"{self.file}:{self.lines[0]} {self.name}{also}"


def unknown_areas(rows: Iterable[tuple[object, object, object, object]]) -> list[UnknownArea]:
    """Names with no code among (file, area, area_code, line) rows, by file then first line."""
    found: dict[tuple[str, str], set[int]] = {}
    for file, name, code, line in rows:
        if isinstance(name, str) and name.strip() and not (isinstance(code, str) and code):
            found.setdefault((str(file), name), set()).add(int(line))  # type: ignore[call-overload]
    out = [UnknownArea(f, n, tuple(sorted(lines))) for (f, n), lines in found.items()]
    return sorted(out, key=lambda u: (u.file, u.lines[0], u.name))
