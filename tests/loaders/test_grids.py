"""Tests of loaders/grids.py: tables in six layouts read as (row label, column header, value) cells.

The property tests draw a table, print it in one layout the way a PDF converter or an office export would, and
check that `find_grids` reads back exactly the drawn cells.  The example tests pin one feature each.
"""

from __future__ import annotations

import re
from collections import Counter
from dataclasses import dataclass, field
from html import escape
from pathlib import Path

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.grid_model import Grid
from loaders.grids import find_grids
from loaders.header_text import join_header
from loaders.pipeline import extract_pack

# --- vocabulary ------------------------------------------------------------------------------------------------

PLACES = [
    "Calvermoor",
    "Fallowmere",
    "North Ashby",
    "Westbury",
    "Kings Norton",
    "Eastfield",
    "Hollin Vale",
    "St Albury",
    "Marsh Green",
    "Upper Tean",
]
MEASURES = [
    "Smoking prevalence",
    "Hospital admissions",
    "Delayed discharges",
    "Public health grant",
    "Children's services",
    "Healthy life expectancy",
    "Flu vaccination uptake",
    "Other",
    "Total",
]
# labels wrapped after their first line: the values print beside the first part, the rest follows in lower case
WRAP_AFTER = [("Adult social", "care"), ("Mental health", "services"), ("Learning disability", "support")]
# labels wrapped before their values: the first part ends on a connecting word, the values print beside the rest
WRAP_BEFORE = [("Delayed transfers of", "care"), ("Children and", "young people"), ("Admissions for", "alcohol harm")]
# column headers; none is a unit word ("Rate", "Number"), which a header line of its own would make a units row
HEADER_PHRASES = [
    "Budget",
    "Net change",
    "Forecast outturn",
    "Actual",
    "Target",
    "Variance",
    "England average",
    "Previous year",
    "Latest value",
    "Regional average",
    "Outturn",
    "Performance",
]
CORNERS = ["Area", "Service", "Indicator", "Locality"]
FOOTERS = [["Agenda Item 5", "", "12"], ["Page 3 of 10"], ["14"], ["- 7 -"], ["Agenda Item 11a"]]
UNITS = ["£", "%", "£000", "£k"]
GAP_MARKERS = ["-", "n/a", "*"]


def norm(text: str) -> str:
    return " ".join(text.split())


@dataclass
class Drawn:
    """A printed table and the cells it holds: (row label, column header, value as printed) -> value."""

    layout: str
    lines: list[str]
    cells: Counter[tuple[str, str, str]] = field(default_factory=Counter)
    values: dict[str, float] = field(default_factory=dict)

    def add(self, label: str, header: str, value: tuple[str, float]) -> None:
        self.cells[(norm(label), norm(header), value[0])] += 1
        self.values[value[0]] = value[1]


# --- strategies ----------------------------------------------------------------------------------------------


@st.composite
def values(draw: st.DrawFn) -> tuple[str, float]:
    """A printed value and what it stands for: an int, a decimal, a percentage, pounds, a negative."""
    kind = draw(st.sampled_from(["int", "decimal", "percent", "pounds", "negative"]))
    if kind == "int":
        n = draw(st.integers(0, 250_000))
        return f"{n:,}", float(n)
    if kind == "decimal":
        n, dp = draw(st.integers(0, 99_999)), draw(st.sampled_from([1, 2]))
        text = f"{n / 10**dp:,.{dp}f}"
        return text, float(text.replace(",", ""))
    if kind == "percent":
        n = draw(st.integers(0, 1000))
        return f"{n / 10:.1f}%", n / 10
    if kind == "pounds":
        n = draw(st.integers(0, 9_999_999))
        return f"£{n:,}", float(n)
    n = draw(st.integers(1, 99_999))
    return (f"-{n:,}" if draw(st.booleans()) else f"({n:,})"), -float(n)


@st.composite
def column_headers(draw: st.DrawFn, width: int) -> list[str]:
    """Headers for `width` value columns: words, calendar years in step, financial years, a period and words."""
    kind = draw(st.sampled_from(["words", "words", "years", "financial", "period words"]))
    if kind == "words":
        return draw(st.lists(st.sampled_from(HEADER_PHRASES), min_size=width, max_size=width, unique=True))
    start = draw(st.integers(2008, 2018))
    if kind == "period words":  # "2019/20 Budget", "2019/20 Outturn", ...: a period and what the column holds
        period = f"{start}/{(start + 1) % 100:02d}"
        words = draw(st.lists(st.sampled_from(HEADER_PHRASES), min_size=width, max_size=width, unique=True))
        return [f"{period} {w}" for w in words]
    if kind == "years":
        return [str(start + i) for i in range(width)]
    return [f"{start + i}/{(start + i + 1) % 100:02d}" for i in range(width)]


@st.composite
def header_parts(draw: st.DrawFn, header: str, height: int) -> list[str]:
    """A header spread over up to `height` lines, bottom aligned: "Net change" -> ["", "Net", "change"]."""
    words = header.split()
    if len(words) == 1 and height > 1 and len(words[0]) >= 7 and draw(st.booleans()):
        cut = draw(st.integers(3, len(words[0]) - 3))
        parts = [words[0][:cut] + "-", words[0][cut:]]  # "Out-" / "turn": a word split across lines
    else:
        k = draw(st.integers(1, min(height, len(words))))
        cuts = sorted(draw(st.sets(st.integers(1, len(words) - 1), min_size=k - 1, max_size=k - 1))) if k > 1 else []
        bounds = [0, *cuts, len(words)]
        parts = [" ".join(words[a:b]) for a, b in zip(bounds, bounds[1:], strict=False)]
    return [""] * (height - len(parts)) + parts


def place(width: int, pieces: list[tuple[int, str]]) -> str:
    """A line with each text at its column."""
    line = [" "] * width
    for pos, text in pieces:
        line[pos : pos + len(text)] = text
    return "".join(line).rstrip()


@st.composite
def aligned_tables(draw: st.DrawFn) -> Drawn:
    """Columns kept apart by runs of spaces, the way a PDF converter's layout mode prints a table."""
    width = draw(st.integers(2, 6))
    n_rows = draw(st.integers(2, 8))
    headers = draw(column_headers(width))
    if header_is_years(headers):
        height, head = 1, [[h] for h in headers]
    elif re.match(r"\d{4}/\d{2} ", headers[0]):
        # a period over the words in every column or in none: a period alone on a header line over some of the
        # columns reads as printed once over all of them ("2019-21" over Male and Female)
        height = draw(st.integers(1, 2))
        head = [h.split(" ", 1) if height == 2 else [h] for h in headers]
    else:
        height = draw(st.integers(1, 3))
        head = [draw(header_parts(h, height)) for h in headers]
    units = [draw(st.sampled_from(UNITS)) for _ in range(width)] if draw(st.booleans()) else None
    corner = draw(st.sampled_from(["", *CORNERS]))
    right = draw(st.booleans())  # numbers right aligned in their columns (else left aligned)

    # rows: (label lines, index of the line holding the values, cells); a cell is a value, a gap marker or ""
    singles = draw(st.lists(st.sampled_from(PLACES + MEASURES), min_size=n_rows, max_size=n_rows, unique=True))
    rows: list[tuple[list[str], int, list[tuple[str, float] | str]]] = []
    for r in range(n_rows):
        wrap = draw(st.sampled_from(["none", "none", "after", "before"]))
        if wrap == "after":
            first, rest = WRAP_AFTER[r % len(WRAP_AFTER)]
            label_lines, at = [first, rest], 0
        elif wrap == "before":
            first, rest = WRAP_BEFORE[r % len(WRAP_BEFORE)]
            label_lines, at = [first, rest], 1
        else:
            label_lines, at = [singles[r]], 0
        cells: list[tuple[str, float] | str] = [draw(values()) for _ in range(width)]
        rows.append((label_lines, at, cells))
    total = draw(st.booleans())
    if total:  # a subtotal with no label, read as "Total"
        rows.append(([""], 0, [draw(values()) for _ in range(width)]))
    # a page footer between two rows; a row whose label starts on a line of its own does not follow one (a text
    # line after a page break ends the table: it could as well be the next heading)
    breaks = [i for i in range(len(rows) - 1) if rows[i + 1][1] == 0]
    footer_after = draw(st.sampled_from([None, *breaks]))
    footer = draw(st.sampled_from(FOOTERS))
    # empty cells and gap markers, only where every column keeps a value and every row keeps one
    # (and only below a page break: a row after one continues the table only if its values sit where the rows
    # above put theirs, so those rows must show every column)
    below = 0 if footer_after is None else footer_after + 1
    if below < n_rows and draw(st.booleans()):
        for r, c in draw(st.lists(st.tuples(st.integers(below, n_rows - 1), st.integers(0, width - 1)), max_size=3)):
            cells = rows[r][2]
            others_in_column = sum(1 for rr in rows if rr is not rows[r] and not isinstance(rr[2][c], str))
            if sum(1 for x in cells if not isinstance(x, str)) > 1 and others_in_column >= 1:
                cells[c] = draw(st.sampled_from(["", *GAP_MARKERS]))

    label_width = max(len(t) for lines, _, _ in rows for t in lines)
    label_width = max(label_width, len(corner))
    pos = label_width + draw(st.integers(2, 6))
    columns: list[tuple[int, int]] = []  # (start, width) of each value column
    for c in range(width):
        texts = [p for p in head[c] if p] + ([units[c]] if units else [])
        texts += [x if isinstance(x, str) else x[0] for _, _, cells in rows for x in [cells[c]]]
        w = max(len(t) for t in texts)
        columns.append((pos, w))
        pos += w + draw(st.integers(2, 6))

    def at_column(c: int, text: str) -> tuple[int, str]:
        start, w = columns[c]
        return (start + w - len(text) if right else start, text)

    lines: list[str] = []
    if draw(st.booleans()):
        lines += ["The table below sets out the latest position for each area against the plan.", ""]
    if draw(st.booleans()):
        lines += ["Table 4: Summary of the latest position", ""]
    for k in range(height):
        pieces = [at_column(c, head[c][k]) for c in range(width) if head[c][k]]
        if k == height - 1 and corner:
            pieces.append((0, corner))
        lines.append(place(pos, pieces))
    if units:
        lines.append(place(pos, [at_column(c, u) for c, u in enumerate(units)]))
    if draw(st.booleans()):
        lines.append("")
    drawn = Drawn("aligned", lines)
    for i, (label_lines, at, cells) in enumerate(rows):
        for k, text in enumerate(label_lines):
            pieces = [(0, text)] if text else []
            if k == at:
                pieces += [at_column(c, x if isinstance(x, str) else x[0]) for c, x in enumerate(cells) if x]
            lines.append(place(pos, pieces))
        label = " ".join(label_lines) or "Total"
        for c, x in enumerate(cells):
            if not isinstance(x, str):
                drawn.add(label, headers[c], x)
        if footer_after == i:
            lines += ["", *footer, ""]
    if draw(st.booleans()):
        lines += ["", "These figures are provisional and will be revised in the next quarterly report."]
    return drawn


def header_is_years(headers: list[str]) -> bool:
    return all(re.fullmatch(r"\d{4}(?:/\d{2})?", h) for h in headers)


@st.composite
def delimited_tables(draw: st.DrawFn, layout: str) -> Drawn:
    """A pipe table (header, `|---|` separator, rows) or a tab-separated one (header, rows), some cells empty."""
    width = draw(st.integers(2, 6))
    n_rows = draw(st.integers(2, 8))
    headers = draw(column_headers(width))
    corner = draw(st.sampled_from(["", *CORNERS]))
    labels = draw(st.lists(st.sampled_from(PLACES + MEASURES), min_size=n_rows, max_size=n_rows, unique=True))
    cell = st.one_of(values(), st.sampled_from(["", *GAP_MARKERS]))
    grid = [draw(st.lists(cell, min_size=width, max_size=width)) for _ in range(n_rows)]
    grid[0][0] = draw(values())  # a table with no value at all is not one
    drawn = Drawn(layout, [])
    for label, cells in zip(labels, grid, strict=True):
        for c, x in enumerate(cells):
            if not isinstance(x, str):
                drawn.add(label, headers[c], x)
    texts = [[corner, *headers]] + [
        [label] + [x if isinstance(x, str) else x[0] for x in cells] for label, cells in zip(labels, grid, strict=True)
    ]
    if layout == "html":  # as a PDF-to-Markdown converter keeps it: a tag a line, a row a line, or one line
        shape = draw(st.sampled_from(["tag", "row", "one"]))
        cells = [
            ["<tr>", *(f"<th>{escape(t)}</th>" for t in texts[0]), "</tr>"],
            *(["<tr>", *(f"<td>{escape(t)}</td>" for t in row), "</tr>"] for row in texts[1:]),
        ]
        if shape == "tag":
            drawn.lines = ["<table>", *(tag for row in cells for tag in row), "</table>"]
        elif shape == "row":
            drawn.lines = ["<table>", *("".join(row) for row in cells), "</table>"]
        else:
            drawn.lines = ["<table>" + "".join(tag for row in cells for tag in row) + "</table>"]
    elif layout == "pipes":
        pad = draw(st.integers(0, 2))
        widths = [max(len(row[c]) for row in texts) for c in range(width + 1)]

        def pipe_row(row: list[str]) -> str:
            return "|" + "|".join(" " * pad + t.ljust(widths[c]) + " " * pad for c, t in enumerate(row)) + "|"

        align = [draw(st.sampled_from(["---", "---:", ":---", ":---:"])) for _ in range(width + 1)]
        drawn.lines = [pipe_row(texts[0]), "|" + "|".join(align) + "|", *(pipe_row(t) for t in texts[1:])]
        if draw(st.booleans()):  # Markdown without outer pipes, as html2text prints it: "a | b  ", "---|---"
            drawn.lines = [" | ".join(texts[0]) + "  ", "|".join(align), *(" | ".join(t) + "  " for t in texts[1:])]
    else:
        # a tab line needs two cells with text: the label and at least one value or marker
        texts = [texts[0]] + [t if any(t[1:]) else [t[0], "-", *t[2:]] for t in texts[1:]]
        drawn.lines = ["\t".join(t) for t in texts]
    if draw(st.booleans()):
        drawn.lines = ["Table 2: Indicators by area", "", *drawn.lines]
    if draw(st.booleans()):
        drawn.lines += ["", "Source: local authority returns, quarter 3."]
    return drawn


@st.composite
def cell_tables(draw: st.DrawFn) -> Drawn:
    """One cell per line: the header names, then each row's label and its values, a line each."""
    width = draw(st.integers(2, 6))
    n_rows = draw(st.integers(2, 8))
    # headers in words: a year alone on a line reads as a value, so a header of years is not drawn here
    headers = draw(st.lists(st.sampled_from(HEADER_PHRASES), min_size=width, max_size=width, unique=True))
    corner = draw(st.sampled_from(["", *CORNERS]))
    labels = draw(st.lists(st.sampled_from(PLACES + MEASURES), min_size=n_rows, max_size=n_rows, unique=True))
    drawn = Drawn("cells", [])
    lines = ([corner] if corner else []) + headers
    blank_between_rows = draw(st.booleans())
    for label in labels:
        cells = [draw(values()) for _ in range(width)]
        if blank_between_rows:
            lines.append("")
        lines += [label, *(v[0] for v in cells)]
        for c, v in enumerate(cells):
            drawn.add(label, headers[c], v)
    if draw(st.booleans()):
        lines = ["Table 3: Outcomes by area", "", *lines]
    drawn.lines = lines
    return drawn


@st.composite
def plain_tables(draw: st.DrawFn, layout: str) -> Drawn:
    """Rows whose columns do not line up: comma-separated ("Westbury, 1,234, 5.6%"), or single-spaced under a
    one-line header whose names start with a capital or a year ("Net change Forecast outturn 2019/20")."""
    width = draw(st.integers(2, 5))
    n_rows = draw(st.integers(2, 8))
    headers = draw(column_headers(width))
    corner = draw(st.sampled_from(["", *CORNERS])) if layout == "commas" else draw(st.sampled_from(CORNERS))
    labels = draw(st.lists(st.sampled_from(PLACES + MEASURES), min_size=n_rows, max_size=n_rows, unique=True))
    gaps = ["", *GAP_MARKERS] if layout == "commas" else GAP_MARKERS  # a single space cannot hold an empty cell
    cell = st.one_of(values(), values(), st.sampled_from(gaps))
    grid = [draw(st.lists(cell, min_size=width, max_size=width)) for _ in range(n_rows)]
    for row in grid:
        row[0] = draw(values())  # every row holds a number
    drawn = Drawn(layout, [])
    for label, cells in zip(labels, grid, strict=True):
        for c, x in enumerate(cells):
            if not isinstance(x, str):
                drawn.add(label, headers[c], x)
    texts = [[corner, *headers]] + [
        [label] + [x if isinstance(x, str) else x[0] for x in cells] for label, cells in zip(labels, grid, strict=True)
    ]
    sep = ", " if layout == "commas" else " "
    drawn.lines = [sep.join(t for t in texts[0] if t or layout == "commas"), *(sep.join(t) for t in texts[1:])]
    if draw(st.booleans()):
        drawn.lines = ["Table 4: Indicators by area", "", *drawn.lines]
    if draw(st.booleans()):
        drawn.lines += ["", "Source: local authority returns, quarter 3."]
    return drawn


# --- property tests ------------------------------------------------------------------------------------------


def dump(grids: list[Grid], lines: list[str]) -> str:
    out = ["", *(f"{n:3} {t}" for n, t in enumerate(lines, 1))]
    for g in grids:
        out.append(f"== {g.layout} {g.first_line}-{g.last_line} corner={g.corner!r}")
        out += [f"   col {c.role} {c.header!r}" for c in g.columns]
        out += [f"   {r.line} {r.label!r} {[t.text if t else None for t in r.values]}" for r in g.rows]
    return "\n".join(out)


def check_reads_back(drawn: Drawn) -> None:
    grids = find_grids(drawn.lines)
    assert len(grids) == 1, dump(grids, drawn.lines)
    (grid,) = grids
    assert grid.layout == drawn.layout, dump(grids, drawn.lines)
    got = Counter((norm(row.label), norm(grid.columns[i].header), tok.text) for row, i, tok in grid.cells())
    assert got == drawn.cells, dump(grids, drawn.lines)
    for row, i, tok in grid.cells():
        assert tok.value == pytest.approx(drawn.values[tok.text])
        # each cell keeps where it was printed, so no other reader takes it again; one cell per line puts a row's
        # values on lines of their own, which a row's one `line` cannot say (only its first value is on it)
        if grid.layout != "cells":
            assert drawn.lines[row.line_of(i) - 1][tok.start : tok.end] == tok.text


EXAMPLES = 60


@settings(max_examples=EXAMPLES, deadline=None)
@given(drawn=aligned_tables())
def test_aligned_tables_read_back(drawn: Drawn) -> None:
    check_reads_back(drawn)


@settings(max_examples=EXAMPLES, deadline=None)
@given(drawn=delimited_tables("pipes"))
def test_pipe_tables_read_back(drawn: Drawn) -> None:
    check_reads_back(drawn)


@settings(max_examples=EXAMPLES, deadline=None)
@given(drawn=delimited_tables("html"))
def test_html_tables_read_back(drawn: Drawn) -> None:
    check_reads_back(drawn)


@settings(max_examples=EXAMPLES, deadline=None)
@given(drawn=delimited_tables("tabs"))
def test_tab_tables_read_back(drawn: Drawn) -> None:
    check_reads_back(drawn)


@settings(max_examples=EXAMPLES, deadline=None)
@given(drawn=plain_tables("commas"))
def test_comma_separated_tables_read_back(drawn: Drawn) -> None:
    check_reads_back(drawn)


@settings(max_examples=EXAMPLES, deadline=None)
@given(drawn=plain_tables("spaced"))
def test_single_spaced_tables_read_back(drawn: Drawn) -> None:
    check_reads_back(drawn)


@settings(max_examples=EXAMPLES, deadline=None)
@given(drawn=cell_tables())
def test_one_cell_per_line_tables_read_back(drawn: Drawn) -> None:
    check_reads_back(drawn)


# --- examples, one feature each ------------------------------------------------------------------------------


def read(text: str) -> Grid:
    """The one table in a text."""
    lines = text.splitlines()
    grids = find_grids(lines)
    assert len(grids) == 1, dump(grids, lines)
    return grids[0]


def headers(grid: Grid) -> list[str]:
    return [c.header for c in grid.columns if c.role != "label"]


def table(grid: Grid) -> dict[str, list[str | None]]:
    """Each row's label and its value cells as printed (a repeated label keeps its first row only)."""
    keep = [i for i, c in enumerate(grid.columns) if c.role != "label"]
    out: dict[str, list[str | None]] = {}
    for row in grid.rows:
        out.setdefault(row.label, [tok.text if (tok := row.values[i]) else None for i in keep])
    return out


MULTI_LINE_HEADER = """Table 3: Budget summary

                    2023/24        Net          Forecast
                    budget         change       outturn
Adult social care     1,234          -56          1,178
Public health         2,500          120          2,620
"""


def test_headers_spread_over_lines_are_joined() -> None:
    grid = read(MULTI_LINE_HEADER)
    assert grid.layout == "aligned"
    assert headers(grid) == ["2023/24 budget", "Net change", "Forecast outturn"]
    assert grid.columns[0].period == "2023/24"
    assert grid.caption == "Table 3: Budget summary"
    assert grid.header_lines == (3, 4)
    assert table(grid) == {"Adult social care": ["1,234", "-56", "1,178"], "Public health": ["2,500", "120", "2,620"]}


SPLIT_HEADER_WORD = """                      Staff       Out-
                      (head-      turn
                      count)
Nursing                 1,204      8.5%
Medical                   310      4.1%
"""


def test_header_words_split_across_lines_are_mended() -> None:
    grid = read(SPLIT_HEADER_WORD)
    assert headers(grid) == ["Staff (headcount)", "Outturn"]
    assert grid.columns[0].unit == "count"
    assert table(grid) == {"Nursing": ["1,204", "8.5%"], "Medical": ["310", "4.1%"]}


UNITS_ROW = """Area             Budget    Actual    Change
                 £000      £000      %
Calvermoor        1,250     1,310      4.8
Fallowmere          980       955     -2.6
"""


def test_units_row_gives_units_and_is_not_a_row_or_a_header() -> None:
    grid = read(UNITS_ROW)
    assert headers(grid) == ["Budget", "Actual", "Change"]
    assert [c.unit for c in grid.columns] == ["GBP thousands", "GBP thousands", "%"]
    assert grid.corner == "Area"
    assert [r.label for r in grid.rows] == ["Calvermoor", "Fallowmere"]


LEFT_ALIGNED_STACKS = """Table 3: Wider determinants by district

                      Walking for   Fine particulate    Temporary    Fuel poverty
                      travel, 3+    matter (PM2.5)      accomm.      (% of
                      days/week %   µg/m³               per 1,000    households)
                      2023/24       2023                2024/25      2023
Holmsey                    19.4               7.2          2.1          13.2
Tadstock                   22.7               8.1          3.4          11.6
"""


def test_left_aligned_header_stacks_head_the_right_aligned_numbers_under_them() -> None:
    """A word processor's header: each column's words start at one place, wider than the numbers below them."""
    grid = read(LEFT_ALIGNED_STACKS)
    assert headers(grid) == [
        "Walking for travel, 3+ days/week % 2023/24",
        "Fine particulate matter (PM2.5) µg/m³ 2023",
        "Temporary accomm. per 1,000 2024/25",
        "Fuel poverty (% of households) 2023",
    ]
    assert [c.period for c in grid.columns] == ["2023/24", "2023", "2024/25", "2023"]
    assert table(grid) == {"Holmsey": ["19.4", "7.2", "2.1", "13.2"], "Tadstock": ["22.7", "8.1", "3.4", "11.6"]}


HEADER_AFTER_ROWS = """Some prose before the table, long enough to read as a sentence of text.

Calvermoor          38,321      30,277      68,598
Fallowmere           6,738      -4,378       2,360

                  North CCG   South CCG    Combined
Prose resumes here and goes on for a while, as prose does in committee papers.
"""


def test_headers_printed_after_the_rows_are_read() -> None:
    grid = read(HEADER_AFTER_ROWS)
    assert headers(grid) == ["North CCG", "South CCG", "Combined"]
    assert table(grid) == {"Calvermoor": ["38,321", "30,277", "68,598"], "Fallowmere": ["6,738", "-4,378", "2,360"]}
    assert (grid.first_line, grid.last_line) == (3, 4)


WRAPPED_LABELS = """Service                 2021/22    2022/23
Adult social              1,204      1,310
care
Delayed transfers of
care                         48         52
Children and young        3,100      3,250
  people's services
Learning disability         900        950
support

These figures are provisional and will be revised in the next quarterly report.
"""


def test_wrapped_row_labels_are_joined_whichever_line_holds_the_values() -> None:
    grid = read(WRAPPED_LABELS)
    assert grid.corner == "Service"
    assert headers(grid) == ["2021/22", "2022/23"]
    assert table(grid) == {
        "Adult social care": ["1,204", "1,310"],
        "Delayed transfers of care": ["48", "52"],
        "Children and young people's services": ["3,100", "3,250"],
        "Learning disability support": ["900", "950"],  # the last row's label wraps too (lower case, not indented)
    }
    by_label = {r.label: r for r in grid.rows}
    assert by_label["Adult social care"].label_lines == (2, 3)
    assert by_label["Delayed transfers of care"].label_lines == (4, 5)
    assert by_label["Delayed transfers of care"].line == 5
    assert grid.last_line == 9


TOTALS = """                    Budget      Actual
Public health        2,500       2,620
Adult social care    1,234       1,178
                     3,734       3,798
Better Care Fund       600         610
Total                4,334       4,408
"""


def test_subtotal_without_label_reads_as_total_and_total_row_is_a_row() -> None:
    grid = read(TOTALS)
    assert [(r.label, r.line) for r in grid.rows] == [
        ("Public health", 2),
        ("Adult social care", 3),
        ("Total", 4),  # the unlabelled subtotal
        ("Better Care Fund", 5),
        ("Total", 6),
    ]
    assert [t.text if t else None for t in grid.rows[2].values] == ["3,734", "3,798"]
    assert [t.text if t else None for t in grid.rows[4].values] == ["4,334", "4,408"]


FOOTER_INSIDE = """Table 5: Delayed transfers

                     Budget      Actual
Calvermoor            1,250       1,310
Fallowmere              980         955

Agenda Item 5

12

Westbury              2,400       2,395
Eastfield                75          80

Next paragraph of prose text goes here and it is long enough to be a sentence.
"""


def test_page_number_and_agenda_item_inside_a_table_do_not_split_it() -> None:
    grid = read(FOOTER_INSIDE)
    assert [r.label for r in grid.rows] == ["Calvermoor", "Fallowmere", "Westbury", "Eastfield"]
    assert (grid.first_line, grid.last_line) == (4, 12)
    assert grid.caption == "Table 5: Delayed transfers"
    assert table(grid)["Westbury"] == ["2,400", "2,395"]


LEFT_ALIGNED_PAGE_BREAK = """                 Budget      Actual
Calvermoor       1,250       1,310
Fallowmere       980         955

- 7 -

Westbury         7           8
Eastfield        2,400       2,395
"""


def test_left_aligned_columns_continue_after_a_page_break() -> None:
    grid = read(LEFT_ALIGNED_PAGE_BREAK)
    assert [r.label for r in grid.rows] == ["Calvermoor", "Fallowmere", "Westbury", "Eastfield"]
    assert table(grid)["Westbury"] == ["7", "8"]  # starts where the rows above start theirs, ends elsewhere


PIPES = """| Area | Target | Actual | Variance |
|:-----|-------:|-------:|---------:|
| Calvermoor | 85% | 82.5% | -2.5 |
| Fallowmere | 85% |  | n/a |
| Westbury | | **88.0%** | 3.0 |
"""


def test_pipe_table_with_separator_and_empty_cells() -> None:
    grid = read(PIPES)
    assert grid.layout == "pipes"
    assert grid.corner == "Area"
    assert headers(grid) == ["Target", "Actual", "Variance"]
    assert grid.header_lines == (1,)
    assert table(grid) == {
        "Calvermoor": ["85%", "82.5%", "-2.5"],
        "Fallowmere": ["85%", None, None],
        "Westbury": [None, "88.0%", "3.0"],
    }
    assert len(list(grid.cells())) == 6


# every line of an html2text table ends in two spaces
BARE_PIPES = (
    "Table 1: Better Care Fund by funding stream\n\n"
    + "".join(
        f"{row}  \n"
        for row in (
            "Funding stream | 2024/25 (£000) | 2025/26 (£000) | Change (%)",
            "---|---|---|---",
            "NHS minimum contribution | 41,860 | 43,590 | 4.1",
            "Community equipment (new) | - | 1,150 | ",
            "**Total pooled budget** | **72,440** | **75,980** | **4.9**",
            "",
        )
    )
    + "Home | About | Contact\n"
)


def test_a_markdown_table_without_outer_pipes_is_read_under_its_separator() -> None:
    """html2text's tables: cells split by " | " with no pipe at either end, a "---|---" rule under the header, an
    empty last cell, bold totals; a line of links after the table ("Home | About") is no row of it."""
    grid = read(BARE_PIPES)
    assert grid.layout == "pipes"
    assert grid.corner == "Funding stream"
    assert headers(grid) == ["2024/25 (£000)", "2025/26 (£000)", "Change (%)"]
    assert table(grid) == {
        "NHS minimum contribution": ["41,860", "43,590", "4.1"],
        "Community equipment (new)": [None, "1,150", None],
        "Total pooled budget": ["72,440", "75,980", "4.9"],
    }
    assert grid.caption == "Table 1: Better Care Fund by funding stream"


ANTIWORD = """Table 5: Performance scorecard

|Indicator                     |Standard |Feb-26  |RAG    |
|A&E: patients seen within 4   |78.0%    |74.9%   |Amber  |
|hours                         |         |        |       |
|Patients waiting more than 52 |0        |1,117   |Red    |
|weeks for treatment           |         |        |       |
|Cancer: Faster Diagnosis      |77.0%    |80.2%   |Green  |
|Standard (28 days)            |         |        |       |
"""

GROUPED = """|Scheme              |Plan  |Actual |
|Medicines           |1.2   |1.1    |
|Estates             |0.8   |0.9    |
|Non-recurrent       |      |       |
|Agency              |0.5   |0.4    |
"""


def test_a_word_table_s_wrapped_row_labels_are_joined_and_a_group_heading_is_not() -> None:
    """antiword prints a wrapped cell on lines of their own with the other cells blank: the label runs on (every
    label of a table that wraps them, "Standard (28 days)" too); a group heading over its rows stays a row."""
    grid = read(ANTIWORD)
    assert list(table(grid)) == [
        "A&E: patients seen within 4 hours",
        "Patients waiting more than 52 weeks for treatment",
        "Cancer: Faster Diagnosis Standard (28 days)",
    ]
    assert [r.label_lines for r in grid.rows] == [(4, 5), (6, 7), (8, 9)]
    assert list(table(read(GROUPED))) == ["Medicines", "Estates", "Non-recurrent", "Agency"]


HTML_WARDS = """**Table 2: Life expectancy at birth by ward, 2020-24 (years)**

<table>
<thead>
<tr><th rowspan="2">Locality</th><th rowspan="2">Ward</th><th rowspan="2">Ward code</th>
<th colspan="2">Life expectancy<br>at birth</th></tr>
<tr><th>Male</th><th>Female</th></tr>
</thead>
<tbody>
<tr><td rowspan="2">Saltercote</td><td>Saltercote Quay</td><td>E05014521</td><td>73.2</td><td>77.9</td></tr>
<tr><td>Priorsgate</td><td>E05014527</td>
<td>77.4</td>
<td>n/a</td></tr>
<tr><td colspan="3"><strong>Hollinsford &amp; district</strong></td><td><strong>77.5</strong></td><td>81.4</td></tr>
</tbody>
</table>
"""


def test_an_html_table_s_spans_give_each_cell_its_headers_and_its_row_s_label() -> None:
    """A header spanning two columns heads both; a locality spanning its wards' rows groups them (the ward is the
    label, its code a word); a total row spanning the label columns is labelled; a value printed on a line of its
    own keeps that line; entities are read as printed."""
    grid = read(HTML_WARDS)
    assert grid.layout == "html"
    assert grid.caption == "Table 2: Life expectancy at birth by ward, 2020-24 (years)"
    assert [c.header for c in grid.columns if c.role == "values"] == [
        "Life expectancy at birth Male",
        "Life expectancy at birth Female",
    ]
    assert table(grid) == {
        "Saltercote Quay": [None, None, "73.2", "77.9"],  # the locality and code columns hold words
        "Priorsgate": [None, None, "77.4", None],
        "Hollinsford & district": [None, None, "77.5", "81.4"],
    }
    assert [r.group for r in grid.rows] == ["Saltercote", "Saltercote", None]
    lines = HTML_WARDS.splitlines()
    for row, i, tok in grid.cells():
        assert lines[row.line_of(i) - 1][tok.start : tok.end] == tok.text
    assert grid.rows[1].line_of(3) == 12  # "<td>77.4</td>" on a line of its own


REFERENCE_COLUMN = """ Ref    Scheme                           Lead                     Plan      Actual
                                                                  £000        £000
 QP01   Elective recovery                Chief Operating Officer  6,200       5,480
 QP02   Medicines value                  Chief Pharmacist         5,400       5,912
 QP03   Continuing healthcare review     Director of Nursing      4,100       2,236
        Total programme                                          15,700      13,628
"""


def test_a_column_of_reference_codes_is_no_row_label() -> None:
    """ "QP01  Elective recovery ...": the scheme names the row, the code beside it is a reference."""
    grid = read(REFERENCE_COLUMN)
    assert list(table(grid)) == [
        "Elective recovery",
        "Medicines value",
        "Continuing healthcare review",
        "Total programme",
    ]
    assert table(grid)["Medicines value"][-2:] == ["5,400", "5,912"]


CENTRED_OVER_TWO = """                  GPs (excluding trainees)
 Locality           FTE       Headcount

 Saltercote          24.6           34
 Wynhope             31.2           41
 Hollinsford         55.8           75
"""


def test_a_heading_centred_over_two_columns_is_told_apart_by_the_line_under_it() -> None:
    grid = read(CENTRED_OVER_TWO)
    assert headers(grid) == ["GPs (excluding trainees) FTE", "GPs (excluding trainees) Headcount"]


TABS = "Table 2: Uptake by area\n\nArea\t2017\t2018\t2019\nCalvermoor\t71.2%\t\t73.0%\nFallowmere\t-\t68.4%\t69.9%\n"


def test_tab_table_with_years_as_headers_and_empty_cells() -> None:
    grid = read(TABS)
    assert grid.layout == "tabs"
    assert grid.caption == "Table 2: Uptake by area"
    assert headers(grid) == ["2017", "2018", "2019"]  # the years are the header, not a row called "Area"
    assert [c.period for c in grid.columns[1:]] == ["2017", "2018", "2019"]
    assert table(grid) == {"Calvermoor": ["71.2%", None, "73.0%"], "Fallowmere": [None, "68.4%", "69.9%"]}


ONE_CELL_PER_LINE = """Table 3: Outcomes by area

Area
Target
Actual
Calvermoor
85%
82.5%
Fallowmere
85%
88.0%
"""


def test_one_cell_per_line() -> None:
    grid = read(ONE_CELL_PER_LINE)
    assert grid.layout == "cells"
    assert grid.corner == "Area"
    assert headers(grid) == ["Target", "Actual"]
    assert table(grid) == {"Calvermoor": ["85%", "82.5%"], "Fallowmere": ["85%", "88.0%"]}
    assert grid.rows[0].label_lines == (6,)


ONE_CELL_PER_LINE_YEARS = """Table 3: Smoking prevalence by district

District
2021
2022
Quellby
12.1
13.0
Hurlbridge
10.4
11.2
"""


def test_one_cell_per_line_with_years_for_headers_gives_each_value_its_own_line() -> None:
    grid = read(ONE_CELL_PER_LINE_YEARS)
    assert (grid.layout, grid.corner, headers(grid)) == ("cells", "District", ["2021", "2022"])
    assert table(grid) == {"Quellby": ["12.1", "13.0"], "Hurlbridge": ["10.4", "11.2"]}
    assert [[row.line_of(i) for i in range(2)] for row in grid.rows] == [[7, 8], [10, 11]]


YEARS_HEADER = """Area          2017    2018    2019
Calvermoor    12.1    12.4    12.9
Fallowmere    10.2    10.0     9.8
"""


def test_years_as_column_headers_are_a_header_not_a_row() -> None:
    grid = read(YEARS_HEADER)
    assert grid.corner == "Area"
    assert headers(grid) == ["2017", "2018", "2019"]
    assert [c.period for c in grid.columns] == ["2017", "2018", "2019"]
    assert [r.label for r in grid.rows] == ["Calvermoor", "Fallowmere"]
    assert grid.header_lines == (1,)


REPEATED_LABEL = """Ethnicity          Calvermoor   Fallowmere
White                   1,204        2,310
Other                      56           71
Mixed                      33           40
Other                      12           18
"""


def test_rows_that_repeat_a_label_stay_two_rows() -> None:
    grid = read(REPEATED_LABEL)
    others = [r for r in grid.rows if r.label == "Other"]
    assert [r.line for r in others] == [3, 5]
    assert [[t.text for t in r.values if t] for r in others] == [["56", "71"], ["12", "18"]]
    cells = [(row.label, grid.columns[i].header, tok.value) for row, i, tok in grid.cells()]
    assert cells.count(("Other", "Calvermoor", 56.0)) == 1
    assert cells.count(("Other", "Calvermoor", 12.0)) == 1


def test_years_heading_a_pipe_table_without_separator_are_its_header() -> None:
    grid = read("| Area | 2017 | 2018 |\n| Calvermoor | 12.1 | 12.4 |\n| Fallowmere | 10.2 | 10.0 |\n")
    assert grid.corner == "Area"
    assert headers(grid) == ["2017", "2018"]
    assert table(grid) == {"Calvermoor": ["12.1", "12.4"], "Fallowmere": ["10.2", "10.0"]}


AREAS_AS_COLUMNS = """TABLE 2  WIDER DETERMINANTS BY DISTRICT

                                Westbury  Eastfield  Hollin  Calvermoor  England
Indicator                                              Vale

Adults walking for travel at
least 3 days a week (%), 2023      14.8       12.1    16.3        14.6     15.8
Employment rate, aged 16-64        77.2       73.5    78.9        76.1     75.7
(%), 2024
House price to earnings ratio,
2024                                8.9        7.4    10.2         9.1      8.3
Households in fuel poverty (%),    12.4       14.1    11.2        12.7     13.1
2022

Source: ONS.
"""


def test_areas_as_columns_with_labels_wrapped_around_years() -> None:
    grid = read(AREAS_AS_COLUMNS)
    assert headers(grid) == ["Westbury", "Eastfield", "Hollin Vale", "Calvermoor", "England"]
    assert table(grid) == {
        "Adults walking for travel at least 3 days a week (%), 2023": ["14.8", "12.1", "16.3", "14.6", "15.8"],
        "Employment rate, aged 16-64 (%), 2024": ["77.2", "73.5", "78.9", "76.1", "75.7"],
        "House price to earnings ratio, 2024": ["8.9", "7.4", "10.2", "9.1", "8.3"],
        "Households in fuel poverty (%), 2022": ["12.4", "14.1", "11.2", "12.7", "13.1"],
    }


RULED_SCORECARD = """SCORECARD: MARCH 2025

Metric                                 Target    Mar-25       YTD   Trend    RAG
--------------------------------------------------------------------------------
A&E seen within 4 hours (%)             78.0%     74.6%     72.1%       ▲  AMBER
Ambulance handovers over 60 minutes         0       412     5,836       ▼    RED
Gap between most and least
deprived tenths                             2         3         4       →  GREEN
"""


def test_a_rule_under_the_header_and_a_label_continued_in_lower_case() -> None:
    grid = read(RULED_SCORECARD)
    assert headers(grid)[:3] == ["Target", "Mar-25", "YTD"]
    assert grid.caption == "SCORECARD: MARCH 2025"
    assert table(grid)["Gap between most and least deprived tenths"][:3] == ["2", "3", "4"]


def test_a_header_wrapped_after_a_prefix_keeps_its_hyphen() -> None:
    assert join_header(["Non-", "recurrent"]) == "Non-recurrent"
    assert join_header(["Part-", "time"]) == "Part-time"
    assert join_header(["(head-", "count)"]) == "(headcount)"
    assert join_header(["Out-", "turn"]) == "Outturn"


GROUP_HEADERS = """Table 2: Life expectancy at birth, 2021-23

                   Life expectancy at birth     Healthy life expectancy
                   (years)                      at birth (years)
Area                      Male    Female          Male    Female
Westbury                  79.2      83.0          62.4      63.1
Eastfield                 77.9      81.8          59.8      60.7
"""


def test_a_header_over_a_group_of_columns_heads_each_of_them() -> None:
    grid = read(GROUP_HEADERS)
    assert headers(grid) == [
        "Life expectancy at birth (years) Male",
        "Life expectancy at birth (years) Female",
        "Healthy life expectancy at birth (years) Male",
        "Healthy life expectancy at birth (years) Female",
    ]


SPC_SCORECARD = """Metric                                Target     Actual  Variance   RAG  Variation      Assurance
Falls with harm per 1,000 bed          3.0        3.6       0.6   Red  Special cause  Consistently
  days                                                                 concerning     failing target
Sepsis screening within 1 hour (%)    90.0%      91.4%      1.4 Green  Common cause   Hit and miss
Complaints answered in 25 days (%)    85.0%      79.2%     -5.8 Amber  Common cause   Consistently
                                                                       variation      passing target
"""


def printed_values(grid: Grid) -> dict[str, list[str | None]]:
    """Each row's value cells as printed, its word cells (RAG, trend, SPC words) left out."""
    return {label: [v for v in cells if v] for label, cells in table(grid).items()}


def test_a_scorecard_with_a_rag_and_two_spc_word_columns_wrapped_onto_the_next_line() -> None:
    grid = read(SPC_SCORECARD)
    assert printed_values(grid) == {
        "Falls with harm per 1,000 bed days": ["3.0", "3.6", "0.6"],  # the SPC words under it are no part of it
        "Sepsis screening within 1 hour (%)": ["90.0%", "91.4%", "1.4"],
        "Complaints answered in 25 days (%)": ["85.0%", "79.2%", "-5.8"],  # "-5.8 Amber": two cells
    }
    assert [grid.row_rag(r) for r in grid.rows] == ["Red", "Green", "Amber"]


FINANCE_BY_BODY = """                                          Plan YTD    Actual YTD   Variance
Organisation                                    £m            £m         £m
Wendlebury Teaching Hospitals NHS             (8.1)        (10.4)      (2.3)   Adverse
Foundation Trust
Wendlebury Community Health NHS Trust           0.5           0.9        0.4   Favourable
"""


def test_a_line_that_completes_a_wrapped_organisation_name_joins_its_label() -> None:
    grid = read(FINANCE_BY_BODY)
    assert list(table(grid)) == [
        "Wendlebury Teaching Hospitals NHS Foundation Trust",
        "Wendlebury Community Health NHS Trust",
    ]


PHOF_TRENDS = """Indicator                          Period      Value   England  Recent trend                 Compared
Smoking prevalence (%)             2023         13.8      11.6  Decreasing & getting better  Worse
Alcohol admissions (per 100,000)   2023/24       488       504  Increasing & getting worse   Similar
Fuel poverty (%)                   2022         12.2      13.1  Could not be calculated      Not compared
"""


def test_trend_words_of_four_words_are_a_word_cell_beside_the_numbers() -> None:
    grid = read(PHOF_TRENDS)
    assert printed_values(grid) == {
        "Smoking prevalence (%)": ["13.8", "11.6"],
        "Alcohol admissions (per 100,000)": ["488", "504"],
        "Fuel poverty (%)": ["12.2", "13.1"],
    }


def test_one_cell_per_line_with_the_areas_as_columns_and_long_row_labels() -> None:
    names = ["Harnby", "Osterley Vale", "Wrenholt", "England"]
    lines = ["Table 3: Wider determinants by district", "Indicator", *names]
    for label, values in (
        ("Walking for travel, at least 3 days a week (%), 2022/23", ("16.2", "12.8", "13.8", "15.1")),
        ("Households owed a homelessness duty (per 1,000), 2023/24", ("14.8", "10.1", "12.1", "13.4")),
    ):
        lines += [label, *values]
    lines += ["Sources: DfT; MHCLG.", ""]
    grids = find_grids(lines)
    assert len(grids) == 1
    grid = grids[0]
    assert [c.header for c in grid.columns] == names
    assert [r.label for r in grid.rows] == [
        "Walking for travel, at least 3 days a week (%), 2022/23",
        "Households owed a homelessness duty (per 1,000), 2023/24",
    ]
    assert [v.value for v in grid.rows[1].values if v] == [14.8, 10.1, 12.1, 13.4]


YEARS_UNDER_HEADERS = """Table 3: Wider determinants by neighbourhood

                         Walking for     PM2.5          Fuel
                         travel (%)      (µg/m³)        poverty (%)
Neighbourhood                2022/23        2023           2022

Hollins                         12.1         8.9           21.3
Brookfield                      15.8         7.6           15.2
"""


@pytest.mark.parametrize("own_line", [False, True], ids=["beside the corner", "on a line of its own"])
def test_a_line_of_years_under_the_headers_is_theirs_not_a_row(own_line: bool) -> None:
    text = (
        YEARS_UNDER_HEADERS.replace("Neighbourhood    ", "Neighbourhood\n                 ")
        if own_line
        else YEARS_UNDER_HEADERS
    )
    grid = read(text)
    assert [c.period for c in grid.columns if c.role == "values"] == ["2022/23", "2023", "2022"]
    assert list(table(grid)) == ["Hollins", "Brookfield"]


def test_a_space_as_thousands_separator_and_a_signed_change_are_one_cell_each() -> None:
    """A landscape report prints "12 345" and "−1 302" (columns kept apart by two or more spaces) and "+0.8"."""
    grid = read(
        "\n".join(
            [
                "Table 2: Savings programme by scheme, £'000",
                "",
                "   Scheme                          Plan    Delivered     Variance     Change",
                "   Hospital flow                 12 345        11 043       \u22121 302       +0.8",
                "   Medicines review               4 120         4 600          480       \u22120.4",
                "   Estates                          960           918          \u221242       +1.1",
                "",
            ]
        )
    )
    got = {row.label: [tok.value for r, _, tok in grid.cells() if r is row] for row in grid.rows}
    assert got == {
        "Hospital flow": [12345, 11043, -1302, 0.8],
        "Medicines review": [4120, 4600, 480, -0.4],
        "Estates": [960, 918, -42, 1.1],
    }


CENTRED_TITLE = """Paragraph before the table ends here.

              Community nursing budget by service, Dunsham (£000)
      Service             2024/25    2025/26    Change
                          outturn     budget      %

District nursing            4,210      4,480      6.4

Tissue viability              910        960      5.5
"""


def test_a_title_centred_over_the_whole_table_is_its_caption_not_every_header() -> None:
    """w3m prints an HTML table's <caption> centred over it, with no rule and no "Table N"."""
    grid = read(CENTRED_TITLE)
    assert grid.caption == "Community nursing budget by service, Dunsham (£000)"
    assert grid.caption_line == 3
    assert headers(grid) == ["2024/25 outturn", "2025/26 budget", "Change %"]
    numbered = CENTRED_TITLE.replace("\n\n    ", "\n\nTable 7: Nursing budgets\n    ", 1)
    assert read(numbered).caption == "Table 7: Nursing budgets"  # a numbered caption over the title is the table's
    assert headers(read(numbered)) == headers(grid)


def test_a_group_header_over_the_value_columns_stays_their_header() -> None:
    grid = read(
        "\n".join(
            [
                "                      Rate per 100,000",
                "Ward               2022      2023      2024",
                "Hollins            12.1       8.9      21.3",
                "Brookfield         15.8       7.6      15.2",
            ]
        )
    )
    assert grid.caption is None  # narrower than the table: a header's words, not its title
    assert any("Rate per 100,000" in h for h in headers(grid))


# The two "unfinished phrase" tests share their words (loaders/grid_captions.py) but differ on purpose: a label
# line ending in a connecting word joins the row under it, one ending in a single letter is a whole heading.
LETTER_HEADING = """Immunisation             2022/23    2023/24
Vaccine group A
Infants                    1,204      1,310
Adults                       480        512
Vaccine group of
Travellers                   900        950
"""


def test_a_heading_ending_in_a_letter_is_a_group_and_one_ending_in_a_connector_starts_a_label() -> None:
    grid = read(LETTER_HEADING)
    assert [(r.label, r.group) for r in grid.rows] == [
        ("Infants", "Vaccine group A"),
        ("Adults", "Vaccine group A"),
        ("Vaccine group of Travellers", "Vaccine group A"),
    ]


def test_a_caption_broken_after_an_article_carries_on() -> None:
    grid = read(
        "Table 3: Waiting times for a\nfirst appointment\n\n"
        "Clinic      2023/24   2024/25\nNorth         12.5      11.0\nSouth         14.1      13.2\n"
    )
    assert grid.caption == "Table 3: Waiting times for a first appointment"


SCORECARD_PERIOD_AFTER_VALUES = """Indicator Target Latest Period RAG
A&E: seen within 4 hours 78.0% 74.6% May-26 R
Cancer 62-day treatment 75.0% * Apr-26 -
Dementia diagnosis rate (65+) 66.7% 63.2% May-26 A
"""


def test_a_single_spaced_scorecard_with_the_month_after_its_values_and_a_rag_letter() -> None:
    grid = read(SCORECARD_PERIOD_AFTER_VALUES)
    assert grid.layout == "spaced"
    assert headers(grid) == ["Target", "Latest", "Period", "RAG"]
    assert table(grid)["A&E: seen within 4 hours"] == ["78.0%", "74.6%", None, None]
    assert [grid.row_period(r) for r in grid.rows] == ["May-26", "Apr-26", "May-26"]
    assert [grid.row_rag(r) for r in grid.rows] == ["Red", None, "Amber"]


ROUGH_SCORECARD = (
    "Table 4: Performance scorecard, Wexcombe ICB",
    "",
    "Indicator                        Target    Latest    Period      RAG",
    "",
    "A&E: seen within 4 hours           78.0%        74.6%        May-26 R",
    "Ambulance Cat 2 mean (mins)         30.0      33.8   May-26          A",
    "RTT: within 18 weeks                  65.0%  61.9%      Apr-26        A",
    "Diagnostics: over 6 weeks                   5.0% 11.3% Apr-26      R",
    "Cancer 62-day treatment            75.0%         *      Apr-26    -",
    "Talking therapies recovery         48.0%     49.1%      Mar-26     G",
    "Dementia diagnosis rate (65+)      66.7%     63.2%      May-26     A",
)


def test_a_scorecard_whose_last_rows_line_up_is_read_whole() -> None:
    """When only a table's last rows line up, an aligned reading would take the rows above them for its header
    ("Target Latest 78.0% 74.6% 30.0 ..."); a header holds no row's figures, so every row is read as a row."""
    (grid,) = find_grids(ROUGH_SCORECARD)
    assert [c.header for c in grid.columns] == ["Indicator", "Target", "Latest", "Period", "RAG"]
    assert len(grid.rows) == 7
    assert grid.rows[-1].label == "Dementia diagnosis rate (65+)"


def test_a_line_over_indented_rows_is_their_group_heading_not_a_wrapped_label() -> None:
    lines = (
        "Table 1: Life expectancy by district",
        "",
        "                               Male     Female",
        "Area                        (years)    (years)",
        "Districts",
        "   Sallowby                    79.6       83.3",
        "   Tedwick                     76.9       81.2",
        "Brantshire (county)            79.4       83.0",
        "England                        79.1       83.1",
    )
    (grid,) = [g for g in find_grids(lines) if g.first_line <= 6 <= g.last_line]
    assert [r.label for r in grid.rows] == ["Sallowby", "Tedwick", "Brantshire (county)", "England"]
    assert grid.rows[0].group == "Districts"


def test_a_word_table_as_python_docx_prints_it(tmp_path: Path) -> None:
    """Cells joined by tabs, a merged caption repeated in every cell, header cells and a first cell with line
    breaks inside them (the row goes on on the next line), a row's empty last cells left without tabs."""
    text = (
        "Table 3: Wider determinants by district\tTable 3: Wider determinants by district\t"
        "Table 3: Wider determinants by district\tTable 3: Wider determinants by district\n"
        "Code\tArea\tWalking for travel\n(%, 2024/25)\tFuel poverty\n(% of households)\n"
        "E07000901\tAshby Vale\t18.2\t11.6\n"
        "E10000901\tBrantshire\n(county)\t17.6\t12.5\n"
        "E92000001\tEngland\t22.1\tfewer than 10\n"
        "households suppressed\n"
        "E12000099\tMidshire\n"
        "(region)\t16.4\t14.1\n"
    )
    path = tmp_path / "docx.txt"
    path.write_text(text, encoding="utf-8")
    lines = extract_pack(path).pack.lines
    assert lines[0] == "Table 3: Wider determinants by district"
    (grid,) = [g for g in find_grids(lines) if g.layout == "tabs"]
    assert grid.caption == "Table 3: Wider determinants by district"
    assert [c.header.split(" (")[0] for c in grid.columns[2:]] == ["Walking for travel", "Fuel poverty"]
    assert [c.unit for c in grid.columns[2:]] == ["%", "%"]  # from each header's second line
    assert [r.label for r in grid.rows] == ["Ashby Vale", "Brantshire (county)", "England", "Midshire (region)"]
    assert [r.line for r in grid.rows] == [5, 7, 8, 11]  # a row is on the line its values are printed on
    assert [float(r.values[3].value) for r in grid.rows if r.values[3]] == [11.6, 12.5, 14.1]
