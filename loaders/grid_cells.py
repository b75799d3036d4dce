"""What one cell of a table holds, and so what a column of cells holds.

A cell is a number (a change with an arrow for its sign, a value with its interval, a space as its thousands
separator, a note letter glued to it), a gap marker or a short word; a column is values, periods, numbering, RAG
words or other words, with the unit and period its header states.  Every grid layout reads its cells through
these, so a cell means the same in a pipe table, an aligned table, a slide's one-cell-a-line table and a chart.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, replace
from functools import lru_cache

from loaders.grid_model import RAG_WORDS, Column
from loaders.header_text import clean_header, column_unit, header_period
from loaders.numbers import NumberToken, is_missing, scan

RUN_RE = re.compile(r"\S+(?: \S+)*")  # text kept apart by two or more spaces

DIGIT_RE = re.compile(r"\d")

UNIT_WORDS = re.compile(
    r"^(?:£|£k|£000s?|£'000s?|£m|£bn|%|number|no\.?|count|fte|wte|headcount|years?|rate|ratio|days|weeks|"
    r"per\s+[\d,]+|\(?£000\)?|\(?£k\)?|\(?%\)?)$",
    re.IGNORECASE,
)

NUMBERING_HEADER_RE = re.compile(
    r"^(?:no\.?|ref\.?|item|items|page|pages|para(?:graph)?|minute|rank|#|(?:[a-z]+ )?(?:id|code))$", re.I
)  # "Indicator ID", "Area Code": a record's keys, no values

_PERIOD_HEADER_RE = re.compile(r"^(?:period|year|years|date|quarter|month|time period)$", re.I)

_PAGE_RANGE_RE = re.compile(r"^\d{1,3}\s*[-\u2013]\s*\d{1,3}$")

# A period as a cell prints it: "2019/20", "Q1 2023/24", "2023/24 Q2", "Q1 25/26", "Oct-23", "March 2024"
PERIOD_CELL_RE = re.compile(
    r"^(?:(?:Q[1-4]\s+)?(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))?(?:\s+Q[1-4])?"
    r"|Q[1-4]\s+\d{2}\s?[/\-\u2013]\s?\d{2}"
    r"|(?:jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\.?[\s\-']+(?:19|20)?\d{2})$",
    re.IGNORECASE,
)

# A word cell beside the numbers is this short: a RAG, "Similar", "Increasing & getting worse" (a trend as
# Fingertips words it), "Could not be calculated"
WORD_CELL_CHARS = 30

WORD_CELL_WORDS = 4


def strip_markup(text: str) -> str:
    """Markdown emphasis around a cell ("**43,500**", "*note*") is not part of it."""
    return text.strip().strip("*_").strip()


@dataclass(frozen=True)
class CellItem:
    """A piece of a line: a number, a gap marker or a word, with its span on the line."""

    start: int
    end: int
    token: NumberToken | None
    text: str

    @property
    def is_value(self) -> bool:
        return self.token is not None


_NUM = r"-?\d[\d,]*(?:\.\d+)?%?"

_INTERVAL_CELL_RE = re.compile(
    rf"^{_NUM}\s*[(\[]\s*{_NUM}\s*(?:[\u2013\u2014-]|\bto\b|,)\s*{_NUM}\s*[)\]]$", re.IGNORECASE
)
"""A value with its confidence interval in brackets: "78.1 (77.5–78.7)", "12.4 [11.9 to 12.9]"."""

_SPACED_CELL_RE = re.compile(r"^\(?[-\u2212\u2013]?£?[1-9]\d{0,2}(?: \d{3})+\)?$")
"""A cell that is one number with a space as its thousands separator ("12 345", "−1 302", "£41 800"): a layout
column's cells are kept apart by two or more spaces, so one space inside a cell is a separator, not a gap."""

_DOWN_ARROWS = "▼↓⬇"

_ARROW_CELL_RE = re.compile(r"^([▲▼↑↓⬆⬇])\s?(\d.*)$")
"""A change with an arrow for its sign, as scorecards print it: "▼1.4" is down 1.4, "▲ 0.5" up 0.5."""


def cell_items(text: str, offset: int) -> list[CellItem] | None:
    """A cell's text as value items: only numbers (one or more), a gap marker, or None when it holds words."""
    bare = strip_markup(text)
    if not bare:
        return []
    if is_missing(bare) or bare in ("\u2013", "\u2014", "-"):
        return [CellItem(offset, offset + len(text), None, bare)]
    if _PAGE_RANGE_RE.match(bare) or UNIT_WORDS.match(bare):
        return None
    lead = len(text) - len(text.lstrip(" *_"))
    if arrowed := _ARROW_CELL_RE.match(bare):  # "▼1.4", "▲ 0.5": a change printed with its direction
        found = cell_items(arrowed.group(2), offset + lead + arrowed.start(2))
        if not found or len(found) != 1 or found[0].token is None:
            return None
        down = arrowed.group(1) in _DOWN_ARROWS
        value = replace(  # kept as printed, arrow and all: the value carries the sign
            found[0].token, value=-found[0].token.value if down else found[0].token.value, text=arrowed.group(0)
        )
        return [replace(found[0], token=value)]
    tokens = scan(bare, accounting=True, space_thousands=_SPACED_CELL_RE.match(bare) is not None)
    if not tokens:
        return None
    if len(tokens) == 3 and _INTERVAL_CELL_RE.match(bare):  # "78.1 (77.5–78.7)": a value and its interval
        at = offset + lead
        lower, upper = (replace(t, start=at + t.start, end=at + t.end) for t in tokens[1:])
        value = replace(tokens[0], start=at + tokens[0].start, end=at + tokens[0].end, interval=(lower, upper))
        return [CellItem(value.start, value.end, value, value.text)]
    rest = bare
    for t in reversed(tokens):
        rest = rest[: t.start] + rest[t.end :]
    if bare.startswith("+") and tokens[0].start == 1:  # "+4.1": a change printed with its sign, still a number
        rest = rest[1:]
    if (
        rest.strip(" £%k*¹²³⁴⁵⁶⁷⁸⁹")  # a footnote's mark glued to the value ("66.8*", "79.1¹") is no word
        or len(tokens) > 1
        and not all(bare[a.end : b.start].strip() == "" for a, b in zip(tokens, tokens[1:], strict=False))
    ):
        return None
    return [
        CellItem(
            offset + lead + t.start,
            offset + lead + t.end,
            replace(t, start=offset + lead + t.start, end=offset + lead + t.end),
            t.text,
        )
        for t in tokens
    ]


_CODE_CELL_RE = re.compile(r"^[A-Z]{1,3}\d{1,9}$")
"""A code that names rather than counts ("Q1" a quintile, "E06000016" an area code): a word cell, not a value."""


def word_item(text: str, offset: int) -> CellItem | None:
    """A short word cell a table prints beside its numbers (a RAG rating, "Similar", "▲ improving", "Q1")."""
    bare = strip_markup(text)
    if bare and len(bare) <= WORD_CELL_CHARS and (not any(c.isdigit() for c in bare) or _CODE_CELL_RE.match(bare)):
        return CellItem(offset, offset + len(text), None, bare)
    return None


def column_roles(headers: list[str], columns: list[list[CellItem | None]], label_col: int) -> list[Column]:
    """What each column holds: values, periods, numbering, RAG words or other words."""
    out = []
    for i, (header, items) in enumerate(zip(headers, columns, strict=True)):
        h = clean_header(header)
        present = [it for it in items if it is not None and it.text]
        if i == label_col:
            out.append(Column(h, role="label"))
        elif NUMBERING_HEADER_RE.match(h):
            out.append(Column(h, role="numbering"))
        elif _PERIOD_HEADER_RE.match(h) or (
            present and all(PERIOD_CELL_RE.match(it.text) for it in present) and not re.search(r"\d", h)
        ):
            out.append(Column(h, role="period"))
        elif (
            present
            and all(it.token is None for it in present)
            and any(it.text.casefold() in RAG_WORDS for it in present)
        ):
            out.append(Column(h, role="rag"))
        elif present and all(it.token is None for it in present):
            out.append(Column(h, role="words"))
        else:
            out.append(Column(h))
    return out


def with_unit_period(col: Column, units_row: str | None, caption: str | None) -> Column:
    if col.role != "values":
        return col
    unit = column_unit(col.header, units_row, caption)
    period = header_period(col.header) if col.header else None
    return replace(col, unit=unit, period=period)


def years_in_step(cells: list[str]) -> bool:
    """Whether cells are two or more years in even steps (2017 2018 2019; 2011 2016 2021): column headers."""
    if len(cells) < 2 or not all(re.fullmatch(r"(?:19|20)\d\d", c) for c in cells):
        return False
    years = [int(c) for c in cells]
    steps = {b - a for a, b in zip(years, years[1:], strict=False)}
    return len(steps) == 1 and 0 < abs(steps.pop()) <= 10


def is_period_cell(text: str) -> bool:
    """Whether a cell is a period and nothing else ("2019/20", "Q3 2024", "Mar-25")."""
    return bool(PERIOD_CELL_RE.match(text.strip()))


_YEAR_CELL_RE = re.compile(r"^(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:19|20)?\d{2})?$")


def cell_kind(text: str) -> str:
    """A cell's kind: "v" a value, "y" a year (a column header, or a value in the body), "t" words."""
    if not DIGIT_RE.search(text):
        return "t"  # a year and a value hold a digit: most cells of words are told at once
    if _YEAR_CELL_RE.match(text):
        return "y"
    items = cell_items(text, 0) or []
    return "v" if items and all(it.token for it in items) else "t"


_MARKED_VALUE_RE = re.compile(r"^(.*\d)[a-z]$")
"""A value alone on its line with a note letter glued to it ("0.55p" provisional)."""


@lru_cache(maxsize=1 << 12)
def lone_cell(text: str) -> tuple[str, CellItem | None]:
    """A line of a one-cell-per-line table: its kind ("v" a value, "y" a year, "r" a RAG word, "t" words) and
    the value's item (offsets on the stripped line).  Memoised: the chart reader asks of each line as a data
    label and again as the next title."""
    if text.casefold() in RAG_WORDS and text.isalpha() or text.casefold() in ("amber/green", "red/amber"):
        return "r", None
    kind = cell_kind(text)
    if kind == "t" and (marked := _MARKED_VALUE_RE.match(text)) and cell_kind(marked.group(1)) == "v":
        return "v", _first_item(marked.group(1))
    if kind != "v":
        return kind, None
    return "v", _first_item(text)


def _first_item(text: str) -> CellItem | None:
    items = cell_items(text, 0)
    return items[0] if items else None
