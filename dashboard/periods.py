"""Order the periods as printed ("2018/19", "December 2020", "Mar-19", "2015 - 17"), and say when each ends.

Packs print periods in many shapes; the dashboard needs "latest" and "previous",
so each period gets a sortable (year, month) key from its first year and month, and the brief needs to know
whether a figure is current, so each period also gets the last day it covers (`period_end`).
"""

from __future__ import annotations

import re
from functools import lru_cache

import pandas as pd

_MONTHS = {
    m: i
    for i, m in enumerate(["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"], start=1)
}
_YEAR4 = re.compile(r"(19|20)\d{2}")
_YEAR2 = re.compile(r"\b(\d{2})\b")
_MONTH = re.compile(r"[A-Za-z]{3,}")
_FINANCIAL = re.compile(r"\d{4}\s*/\s*\d{2}\b")


@lru_cache(maxsize=4096)
def sort_key(period: object) -> tuple[int, int]:
    """(year, month) of a period's start; financial years start in April; unknown sorts first.

    Memoised: pages sort thousands of rows that print a few dozen periods.
    """
    if not isinstance(period, str):
        return (0, 0)
    year_match = _YEAR4.search(period)
    month = 0
    for word in _MONTH.findall(period):
        month = _MONTHS.get(word[:3].lower(), 0)
        if month:
            break
    if year_match:
        year = int(year_match.group(0))
    else:
        short = _YEAR2.search(period)
        if not short:
            return (0, 0)
        year = 2000 + int(short.group(1))
    if not month and _FINANCIAL.search(period):
        month = 4
    return (year, month)


_END_QUARTER = re.compile(r"\bQ([1-4])\b", re.IGNORECASE)
_END_FINANCIAL = re.compile(r"\b((?:19|20)\d{2})\s*/\s*(\d{2}|(?:19|20)\d{2})\b")
_END_SPAN = re.compile(r"\b((?:19|20)\d{2})\s*[-–]\s*(\d{2}|(?:19|20)\d{2})\b")
_END_DAY = re.compile(r"\b(\d{1,2})/(\d{1,2})/((?:19|20)\d{2})\b")  # 09/05/2021, day first as in England
_END_YEAR = re.compile(r"\b((?:19|20)\d{2})\b")
_END_MONTH = re.compile(r"\b(jan|feb|mar|apr|may|jun|jul|aug|sep|oct|nov|dec)[a-z]*\b", re.IGNORECASE)
_END_MONTHS = ["jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"]


def _full_year(first: str, second: str) -> int:
    """The second year of "2019/20" or "2021-23" (or "2019/2020") as a full year."""
    return int(second) if len(second) == 4 else int(first[:2] + second)


def _month_end(year: int, month: int) -> pd.Timestamp:
    return pd.Timestamp(year=year, month=month, day=1) + pd.offsets.MonthEnd(0)


@lru_cache(maxsize=4096)
def period_end(period: object) -> pd.Timestamp | None:
    """The last day a period as printed covers ("2019/20" -> 31 March 2020, "Q1 2022/23" -> 30 June 2022,
    "2021-23" -> 31 December 2023, "December 2013" -> 31 December 2013); None when it names no year."""
    if not isinstance(period, str) or not period.strip():
        return None
    text = period.strip()
    day = _END_DAY.search(text)
    if day and 1 <= int(day.group(2)) <= 12 and 1 <= int(day.group(1)) <= 31:
        try:
            return pd.Timestamp(year=int(day.group(3)), month=int(day.group(2)), day=int(day.group(1)))
        except ValueError:
            pass
    financial = list(_END_FINANCIAL.finditer(text))
    quarter = _END_QUARTER.search(text)
    if financial:
        first, second = financial[-1].groups()
        start = int(first)
        if quarter:
            q = int(quarter.group(1))
            return _month_end(start + (q == 4), (3 + 3 * q) % 12 or 12)
        return _month_end(_full_year(first, second), 3)
    span = list(_END_SPAN.finditer(text))
    if span:
        return _month_end(_full_year(*span[-1].groups()), 12)
    years = _END_YEAR.findall(text)
    month = _END_MONTH.findall(text)
    if years:
        year = int(years[-1])
        if quarter:
            return _month_end(year, 3 * int(quarter.group(1)))
        return _month_end(year, _END_MONTHS.index(month[-1][:3].lower()) + 1 if month else 12)
    year, start_month = sort_key(text)  # "Mar-19" and other short forms
    return _month_end(year, start_month or 12) if year else None
