"""Order the periods as printed ("2018/19", "December 2020", "Mar-19", "2015 - 17").

Packs print periods in many shapes; the dashboard needs "latest" and "previous",
so each period gets a sortable (year, month) key from its first year and month.
"""

from __future__ import annotations

import re
from functools import lru_cache

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
