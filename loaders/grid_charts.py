"""A chart's data labels read as a table, as a PDF converter's default mode prints a chart: its title, its data
labels one a line, its category labels in the same order, then its legend.

No line of it is a row, and the pairing of labels with categories (and series) is counted, not seen, so a chart
has its own reader.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.grid_captions import (
    SOURCE_NOTE_RE,
    find_page_title,
)
from loaders.grid_cells import (
    PERIOD_CELL_RE,
    lone_cell,
    strip_markup,
    with_unit_period,
)
from loaders.grid_model import Column, Grid, GridRow
from loaders.header_text import clean_header
from loaders.numbers import NumberToken
from loaders.prefilter import digit_lines

CHART_LABEL_CHARS = 40  # a category axis label or a legend entry is short


def chart_grids(lines: Sequence[str], taken: set[int]) -> list[Grid]:
    """Charts as a PDF converter's default mode prints them: the chart's title, its data labels one a line, then
    its category labels in the same order, then the legend's series names, if any.

    The k-th data label belongs to the k-th category.  A clustered chart of S series prints its labels series by
    series (an office suite draws every bar of the first series, then every bar of the next, and the converter
    keeps that order), so with M categories and S legend names the labels are M of the first series, then M of
    the second: N = M x S.  A legend after labels that already pair one to one (N = M) names bar styles ("Actual"
    / "Plan"), not series.  Counts that fit neither way give no table: no pairing beats a wrong one.  The chart
    becomes a table of categories (rows) by series (columns, the title's words for a lone series)."""
    grids: list[Grid] = []
    with_digits = set(digit_lines(lines))  # a title is followed by its data labels: the next line has a digit
    n = 1
    while n <= len(lines):
        found = _chart_at(lines, n, taken) if n + 1 in with_digits else None
        if found is None:
            n += 1
            continue
        grids.append(found)
        n = found.last_line + 1
    return grids


def _chart_at(lines: Sequence[str], title_line: int, taken: set[int]) -> Grid | None:
    """The chart whose title is line `title_line`, if its data labels follow straight under it."""
    title = " ".join(strip_markup(lines[title_line - 1].replace("\f", " ")).split())
    if not title or title_line in taken or len(title.split()) < 3 or lone_cell(title)[0] != "t":
        return None
    values: list[tuple[int, NumberToken]] = []
    n = title_line + 1
    while n <= len(lines) and n not in taken:
        text = lines[n - 1].strip()
        kind, item = lone_cell(text) if text else ("", None)
        if kind != "v" or item is None or item.token is None:
            break
        off = lines[n - 1].find(text[:1])
        values.append((n, replace(item.token, start=item.token.start + off, end=item.token.end + off)))
        n += 1
    if len(values) < 3:
        return None
    words: list[tuple[int, str]] = []
    while n <= len(lines) and n not in taken:
        text = " ".join(lines[n - 1].split())
        if (
            not text
            or len(text) > CHART_LABEL_CHARS
            or lone_cell(text)[0] in "vr"
            or SOURCE_NOTE_RE.match(text)
            or "\f" in lines[n - 1]
        ):
            break
        words.append((n, text))
        n += 1
    shape = _chart_shape(len(values), len(words))
    if shape is None:
        return None
    m, series = shape
    categories = words[:m]
    names = [t for _, t in words[m : m + series]] if series > 1 else [""]
    if len(set(names)) != len(names) or any(PERIOD_CELL_RE.match(t) for t in names if t):
        return None
    columns = [with_unit_period(Column(clean_header(h)), None, title) for h in names]
    rows = []
    for c, (label_line, label) in enumerate(categories):
        cells = [values[s * m + c] for s in range(len(names))]
        rows.append(
            GridRow(
                cells[0][0],
                label,
                (label_line,),
                tuple(tok for _, tok in cells),
                (None,) * len(names),
                value_lines=tuple(line for line, _ in cells),
            )
        )
    by = _BY_RE.search(title)  # "... by primary care network, 2025/26": what the categories are
    corner = by.group(1) if by else ""
    page = find_page_title(lines, title_line)[0]
    return Grid("chart", title_line + 1, words[-1][0], columns, rows, corner, title, title_line, (), page_title=page)


# A chart title's "by district", "by primary care network": the dimension of its categories
_BY_RE = re.compile(r"\bby\s+([a-z]+(?: [a-z]+){0,3})\s*(?:[,(]|$)")


def _chart_shape(values: int, words: int) -> tuple[int, int] | None:
    """Categories and series from the counts of data labels and of the words after them (`chart_grids`)."""
    if values == words:
        return values, 1
    for series in range(2, 7):
        if (words - series) * series == values and words - series >= 2:
            return words - series, series
    if values < words <= values + 3:
        return values, 1  # a legend of bar styles after the categories
    return None
