"""What a column header's text says: the financial years it names, where wrapped header text
splits into one header per column, and the unit and the period each header states; one column's
header lines joined into its header, and the unit a column states by its units row, header or caption.

Pure functions of text, with no pack or table in them, kept apart so that every reader of
tables (numeric rows, row blocks, grids, the dataset specs) reads a header the same way.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Iterable
from functools import lru_cache
from pathlib import Path

YEAR_RE = re.compile(
    r"(?<!\d)((?:19|20)\d{2})\s?[/\-\u2013]\s?(\d{2}|(?:19|20)\d{2})(?!\d)|(?<![\d/])(\d{2})/(\d{2})(?![\d/])"
)


def year_columns(text: str) -> list[str]:
    """Financial-year labels in a header ("2019/20", "2019-20", "19/20"), as 2019/20."""
    years = []
    for m in YEAR_RE.finditer(text):
        if m.group(1):
            start, end = m.group(1), m.group(2)
            years.append(f"{start}/{end[-2:]}")
        else:
            years.append(f"20{m.group(3)}/{m.group(4)}")
    return years


_UNIT_IN_BRACKETS_RE = re.compile(
    r"\((?:[^()]*%[^()]*|per\s+[\d,]+[^()]*|ratio[^()]*|rate[^()]*|£[^()]*|number|count|years?|days|months|wte)\)\s*$",
    re.IGNORECASE,
)
_UNIT_WORD_END_RE = re.compile(r"(?:µg/m3|ug/m3|µg/m³|%|per\s+[\d,]+|£k|£m)\s*$", re.IGNORECASE)
_MONTHS_RE = r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*"
_PERIOD_END_RE = re.compile(
    rf"(?:(?:19|20)\d{{2}}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{{2}}))?|{_MONTHS_RE}\s+(?:19|20)\d{{2}}|Q[1-4])\s*$",
    re.IGNORECASE,
)
_ONLY_UNIT_RE = re.compile(r"^\s*\([^()]+\)\s*$")
_PERIOD_PATTERNS = [
    # Q1 2023/24, Q3 2022-23, Q2 2024 (a quarter names its year too)
    re.compile(r"\bQ[1-4]\s*(?:(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))?)(?![\d/])", re.IGNORECASE),
    # 2023/24 Q1
    re.compile(r"(?<![\d/])(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))?\s+Q[1-4]\b", re.IGNORECASE),
    # Aug 2018-Jul 2019
    re.compile(rf"\b{_MONTHS_RE}\s+(?:19|20)\d{{2}}\s?[\-\u2013]\s?{_MONTHS_RE}\s+(?:19|20)\d{{2}}\b", re.IGNORECASE),
    # Apr-Dec 2024 (months of one year)
    re.compile(rf"\b{_MONTHS_RE}\s?[\-\u2013]\s?{_MONTHS_RE}\s+(?:19|20)\d{{2}}\b", re.IGNORECASE),
    # December 2020
    re.compile(rf"\b{_MONTHS_RE}\s+(?:19|20)\d{{2}}\b", re.IGNORECASE),
    # Oct-23, Oct 23, Oct'23 (a month and a two-digit year: read as "Oct 2023")
    re.compile(rf"\b{_MONTHS_RE}[\s\-']+\d{{2}}(?![\d/:])", re.IGNORECASE),
    # 2018/19, 2017-19, 2019-2020
    re.compile(r"(?<![\d/])(?:19|20)\d{2}\s?[/\-\u2013]\s?(?:(?:19|20)\d{2}|\d{2})(?![\d/])"),
    # 2017
    re.compile(r"(?<![\d/])(?:19|20)\d{2}(?![\d/])"),
]


def header_line_closes(text: str) -> bool:
    """Does a wrapped header line end one column's header (a unit, a unit in brackets or a period)?"""
    t = text.strip()
    return bool(_UNIT_IN_BRACKETS_RE.search(t) or _UNIT_WORD_END_RE.search(t) or _PERIOD_END_RE.search(t))


def split_header_groups(lines: list[str], expected: int) -> list[str] | None:
    """Wrapped multi-line column headers to one text per column, or None when unsure.

    Header text flattened from a PDF runs column after column, each wrapped over
    several lines.  A column's header ends at a line ending in a unit ("(%)",
    "(per 1,000)", "µg/m3") or a period ("2018/19", "December 2020"); a line that
    is only a bracketed unit ("(Ratio-%)") belongs to the column before it.  The
    split is used only when it gives exactly `expected` columns.
    """
    groups: list[list[str]] = []
    current: list[str] = []
    for raw in lines:
        text = " ".join(raw.split())
        if not text:
            continue
        if _ONLY_UNIT_RE.match(text) and not current and groups:
            groups[-1].append(text)
            continue
        current.append(text)
        if header_line_closes(text):
            groups.append(current)
            current = []
    if current:
        groups.append(current)
    if len(groups) != expected:
        return None
    return [" ".join(g) for g in groups]


def header_unit(header: str, default: str = "count") -> str:
    """The unit a column header states: %, per 1,000, ratio, µg/m3 ... (default when none)."""
    h = header.casefold()
    bracket = re.findall(r"\(([^()]*)\)", h)
    for text in reversed(bracket):
        if "ratio" in text:
            return "ratio"
        m = re.search(r"per\s+([\d,]+)", text)
        if m:
            return f"per {int(m.group(1).replace(',', '')):,}"
        if "%" in text:
            return "%"
    if re.search(r"[µ\u03bcu]g/m[3³]", h):
        return "µg/m3"
    m = re.search(r"\bper\s+([\d,]+)\b", h)
    if m:
        return f"per {int(m.group(1).replace(',', '')):,}"
    if re.search(r"\bpercentage\b|\bper\s?cent\b|%", h):
        return "%"
    return default


@lru_cache(maxsize=1 << 12)
def header_period(header: str) -> str | None:
    """The period a column header names ("Aug 2018-Jul 2019", "December 2020", "2018/19", "2017").

    Memoised: a table's specs ask again for every cell under the same header."""
    spread = _YEAR_WORDS_QUARTER_RE.search(header)
    if spread:  # "2026/27 plan Q1": a group's year spread over its quarters' columns
        return f"{spread.group(1)} {spread.group(2).upper()}"
    for rx in _PERIOD_PATTERNS:
        found = rx.findall(header)
        if found:
            period = " ".join(found[-1].split())
            short = _MONTH_SHORT_YEAR_RE.match(period)
            return f"{short.group(1)} 20{short.group(2)}" if short else period
    return None


# a year and a quarter with a word or two between: "2026/27 plan Q1", "2025-26 forecast Q3"
_YEAR_WORDS_QUARTER_RE = re.compile(
    r"(?<![\d/])((?:19|20)\d{2}\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))(?:\s+[A-Za-z]+){1,2}\s+(Q[1-4])\b", re.IGNORECASE
)
_MONTH_SHORT_YEAR_RE = re.compile(rf"^({_MONTHS_RE})[\s\-']+(\d{{2}})$", re.IGNORECASE)


_MONTH_WORD_RE = re.compile(rf"\b{_MONTHS_RE}\b\.?", re.IGNORECASE)
_QUARTER_RE = re.compile(r"\bq([1-4])\b")


def period_text(period: str) -> str:
    """A period as printed, its month names in the usual case and quarters as "Q3": a caption in capitals gives
    "MARCH 2025", a cell "march 2025", and both are one period ("March 2025")."""
    if not any(c.isalpha() for c in period) or (not period.isupper() and not period.islower()):
        return period
    text = _QUARTER_RE.sub(r"Q\1", _MONTH_WORD_RE.sub(lambda m: m.group().capitalize(), period.lower()))
    return text[:1].upper() + text[1:] if period.isupper() else text  # "YEAR TO DATE" -> "Year to date"


HYPHEN_PREFIXES_FILE = Path(__file__).resolve().parent.parent / "data" / "hyphen_prefixes.csv"


@lru_cache(maxsize=1)
def _hyphen_prefixes() -> frozenset[str]:
    """Prefixes whose hyphen is part of the word (data/hyphen_prefixes.csv), kept when a header wraps after one."""
    with HYPHEN_PREFIXES_FILE.open(encoding="utf-8", newline="") as fh:
        return frozenset(row["prefix"].strip().casefold() for row in csv.DictReader(fh))


def join_header(parts: Iterable[str]) -> str:
    """Header lines of one column joined: "Net" + "change" -> "Net change", "(head-" + "count)" -> "(headcount)",
    "Non-" + "recurrent" -> "Non-recurrent"."""
    out = ""
    for part in parts:
        p = " ".join(part.split())
        if not p:
            continue
        split_word = out.endswith("-") and out[-2:-1].isalpha() and p[:1].islower()
        if split_word and re.split(r"[\s(]", out[:-1])[-1].casefold() in _hyphen_prefixes():
            out += p
        else:
            out = out[:-1] + p if split_word else f"{out} {p}".strip()
    return out


def column_unit(header: str, units_row: str | None, caption: str | None) -> str | None:
    """The unit a column states: its units-row word, else its header, else the caption."""
    for text in (units_row, header, caption):
        if text:
            unit = _unit_of(text)
            if unit:
                return unit
    return None


# a share printed in a label ("Corporate running costs (5% reduction)", "95% CI"): a figure, not the column's unit
_FIGURE_PERCENT_RE = re.compile(r"(?<![\w£'./\-\u2013])\d{1,3}(?:\.\d+)?\s?%")


def _unit_of(text: str) -> str | None:
    t = text.casefold()
    if re.search(r"£\s?(?:000|'000|k)\b|£k|\(£000s?\)|£ thousands|£000", t):
        return "GBP thousands"
    if re.search(r"£\s?m\b|£m|£ millions|£million", t):
        return "GBP millions"
    m = re.search(r"\bper\s+([\d,]+)\b", t)
    if m:
        base = f"per {int(m.group(1).replace(',', '')):,}"
        return "WTE per 1,000 patients" if base == "per 1,000" and re.search(r"\b(?:fte|wte)\b", t) else base
    if "%" in _FIGURE_PERCENT_RE.sub("", t) or re.search(r"\bper\s?cent\b|\bpercentage\b", t):
        return "%"
    if re.search(r"[µ\u03bcu]g/m[3³]", t):
        return "µg/m3"
    if re.search(r"\b(?:fte|wte)\b", t):
        return "WTE"
    if re.search(r"\byears?\b", t) and not re.search(r"\d", t):
        return "years"
    if re.search(r"(?:^|\s)£(?:\s|$)", f" {t} "):
        return "GBP"
    if re.search(r"\b(?:number|headcount|count|no\.)\b", t):
        return "count"
    return None


def clean_header(header: str) -> str:
    return " ".join(header.replace("**", "").split()).strip(" :")
