"""The column names a table's header gives: places, dates, years, an answer scale,
names each closed by a count, or names wrapped a word a line.

Each reader returns `Columns` (the names, what kind they are, the header text
before them and the lines they used) or None, so a caller can try them in turn
on the header of any table.  Separate because it reads header lines only: how
the rows below fill those columns is `loaders.wrapped_rows`.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from loaders.header_text import YEAR_RE, year_columns

_PIVOT_CORNER_RE = re.compile(r"^\s*Row\s+Labels\b\s*", re.IGNORECASE)  # the corner text spreadsheets print
_DATE_FRAGMENT_RE = re.compile(r"^[\d/]+$")
_FULL_DATE_RE = re.compile(r"^\d{1,2}/\d{1,2}/(?:\d{4}|\d{2})$")
COUNT_CLOSER_RE = re.compile(r"\(\d[\d,]*\)")


@dataclass(frozen=True)
class Columns:
    """Column names read from a table's header, and how they were read.

    `kind` is "area" (each column a place), "period" (each a date or year) or
    "named" (anything else).  `lead` is the header text before the names (the
    corner of the table, often the question or the row dimension); `last_line`
    is the last header line the names used, so the lines after it belong to
    the first row's label.
    """

    names: tuple[str, ...]
    kind: str
    lead: str
    first_line: int
    last_line: int


def strip_corner(text: str) -> str:
    """Header text without the "Row Labels" a spreadsheet prints in a table's corner."""
    return _PIVOT_CORNER_RE.sub("", " ".join(text.split()))


def _joined(lines: Sequence[tuple[int, str]]) -> tuple[str, list[tuple[int, int]]]:
    """Header lines joined by spaces, with (offset, line) where each starts."""
    parts, starts, off = [], [], 0
    for n, text in lines:
        t = " ".join(text.split())
        starts.append((off, n))
        parts.append(t)
        off += len(t) + 1
    return " ".join(parts), starts


def _line_at(starts: list[tuple[int, int]], offset: int) -> int:
    return [n for off, n in starts if off <= offset][-1]


def _fits(count: int, width: int | None) -> bool:
    """`width` columns wanted (None: any number from two)."""
    return count == width if width is not None else count >= 2


def area_columns(lines: Sequence[tuple[int, str]], width: int | None) -> Columns | None:
    """A header line ending in place names and nothing else ("Sex Leicester Leicestershire Rutland").

    `width` names, or (None) as many as the line ends with, two or more.  The
    text before the names is the lead (the row dimension, "Sex", "Are you a carer?").
    """
    from loaders.figures import areas_in

    for n, text in reversed(lines):
        t = " ".join(text.split())
        found = areas_in(t)
        if not found or t[found[-1][1] :].strip():
            continue
        last = [found[-1]]
        for prev in reversed(found[:-1]):
            if t[prev[1] : last[0][0]].strip() or len(last) == width:
                break
            last.insert(0, prev)
        if not _fits(len(last), width):
            continue
        names = tuple(t[s:e] for s, e, _a in last)
        return Columns(names, "area", strip_corner(t[: last[0][0]]).strip(" :"), n, n)
    return None


def date_columns(lines: Sequence[tuple[int, str]], width: int | None) -> Columns | None:
    """Dates a header prints one a column, each possibly broken over lines ("09/05/" then "2021")."""
    frags = [(n, " ".join(text.split())) for n, text in lines if _DATE_FRAGMENT_RE.match(" ".join(text.split()))]
    dates: list[str] = []
    piece, last = "", 0
    for i, (n, frag) in enumerate(frags):
        piece += frag
        nxt = frags[i + 1][1] if i + 1 < len(frags) else ""
        if _FULL_DATE_RE.match(piece) and (not nxt or "/" in nxt[:3]):
            dates.append(piece)
            piece, last = "", n
    if not _fits(len(dates), width) or piece:
        return None
    lead_lines = [(n, t) for n, t in lines if n < frags[0][0]] if frags else []
    lead = strip_corner(" ".join(t for _n, t in lead_lines))
    return Columns(tuple(dates), "period", lead, frags[0][0], last)


# A header ending in calendar years or year ranges, one a column: "Area 2017 2018 2019", "2014-16 2015-17".
_CALENDAR_YEAR = r"(?:19|20)\d\d(?:\s?[-\u2013]\s?(?:(?:19|20)?\d\d))?"
_CALENDAR_RUN_RE = re.compile(rf"(?<![\w/.,£]){_CALENDAR_YEAR}(?:\s+{_CALENDAR_YEAR})+\s*$")


def calendar_year_columns(text: str) -> list[str]:
    """Calendar years (or ranges such as "2015-17") that end a header line, one a column, as printed."""
    m = _CALENDAR_RUN_RE.search(" ".join(text.split()))
    return re.findall(_CALENDAR_YEAR, m.group(0)) if m else []


def year_header_columns(lines: Sequence[tuple[int, str]], width: int | None) -> Columns | None:
    """A header line naming exactly `width` years: financial ("AREA 2015/16 2016/17") or calendar
    ("Area 2017 2018 2019", "2014-16 2015-17")."""
    for n, text in reversed(lines):
        years = year_columns(text)
        if _fits(len(years), width):
            m = YEAR_RE.search(text)
            lead = text[: m.start()] if m else ""
            return Columns(tuple(years), "period", strip_corner(lead).strip(" :"), n, n)
        calendar = calendar_year_columns(text)
        if _fits(len(calendar), width):
            flat = " ".join(text.split())
            lead = flat[: _CALENDAR_RUN_RE.search(flat).start()]  # type: ignore[union-attr]
            return Columns(tuple(" ".join(y.split()) for y in calendar), "period", strip_corner(lead).strip(" :"), n, n)
    return None


def named_columns(lines: Sequence[tuple[int, str]], width: int | None, patterns: Sequence[str]) -> Columns | None:
    """Column names matched by `patterns` (regexes a spec names) in the header text, in printed order.

    Longer matches win where two overlap ("Not important" over "Important").
    The names must be printed one after another and number exactly `width` (None: two or more).
    """
    text, starts = _joined(lines)
    text = text.replace("\u2019", "'")
    spans: list[tuple[int, int]] = []
    matches = [m.span() for rx in patterns for m in re.finditer(rf"(?<!\w){rx}(?!\w)", text, re.IGNORECASE)]
    for a, b in sorted(matches, key=lambda s: (s[0] - s[1], s[0])):
        if all(b <= x or a >= y for x, y in spans):
            spans.append((a, b))
    spans.sort()
    runs: list[list[tuple[int, int]]] = []
    for span in spans:
        if runs and not text[runs[-1][-1][1] : span[0]].strip():
            runs[-1].append(span)
        else:
            runs.append([span])
    run = next((r for r in reversed(runs) if _fits(len(r), width)), None)
    if run is None:
        return None
    names = tuple(text[a:b] for a, b in run)
    lead = strip_corner(text[: run[0][0]]).strip(" :")
    return Columns(names, "named", lead, _line_at(starts, run[0][0]), _line_at(starts, run[-1][1] - 1))


def counted_columns(lines: Sequence[tuple[int, str]], width: int | None) -> Columns | None:
    """Column names each closed by a bracketed count ("Asexual (1) Bisexual (4) ... Pansexual (1)").

    Text after the last name is the first row's label, not a column.
    """
    text, starts = _joined(lines)
    text = strip_corner(text)
    offset = len(_joined(lines)[0]) - len(text)
    closers = list(COUNT_CLOSER_RE.finditer(text))
    if not _fits(len(closers), width):
        return None
    names, prev = [], 0
    for m in closers:
        names.append(text[prev : m.end()].strip())
        prev = m.end()
    first = _line_at(starts, offset)
    return Columns(tuple(names), "named", "", first, _line_at(starts, offset + closers[-1].end() - 1))


def grouped_columns(lines: Sequence[tuple[int, str]], width: int) -> Columns | None:
    """Column names wrapped a word a line, each name a run of lines with a blank line between names."""
    groups: list[list[tuple[int, str]]] = []
    for n, text in lines:
        if groups and n == groups[-1][-1][0] + 1:
            groups[-1].append((n, text))
        else:
            groups.append([(n, text)])
    names = [strip_corner(" ".join(t for _n, t in g)) for g in groups]
    kept = [(g, name) for g, name in zip(groups, names, strict=True) if name]
    if len(kept) != width or width < 2 or any(len(name) > 150 for _g, name in kept):
        return None
    return Columns(tuple(name for _g, name in kept), "named", "", kept[0][0][0][0], kept[-1][0][-1][0])
