"""Tables in any layout, read as cells: a row label, a column header, a value.

PDF converters and office exports print the same table in several shapes.  The
grid readers read them without knowing what any table holds, one module a layout:

* pipes: ``| label | 1,234 | 5.6% |`` rows, a ``|---|---:|`` separator under
  the header, empty, ``–`` and ``*`` cells; and Markdown's tables without outer
  pipes (``label | 1,234``, a ``---|---`` separator), as html2text prints them;
* tabs: cells separated by tab characters, the header in the first rows;
  (both in loaders/grid_delimited.py, with pandoc grid tables and rows whose
  columns do not line up, once other modules have cut them into cells);
* aligned: columns kept apart by runs of spaces (a PDF converter's layout
  mode), headers spread over several lines above the rows (or printed after
  them), header words split across lines, a units row (``£000 £000``), row
  labels wrapped over two or three lines with the values on any of them,
  group headings, subtotal rows with no label, page footers inside the table
  (loaders/grid_aligned.py, its headers loaders/grid_aligned_header.py);
* html: ``<table>`` markup a PDF-to-Markdown converter keeps for a table with
  merged cells, ``colspan`` and ``rowspan`` laid out (loaders/grid_html.py);
* columns: a table printed column by column under its caption, the row labels
  and then each column's header and values one a line (loaders/grid_columns.py);
* cells: one cell per line, a header of N names and then rows of N lines, as
  a PDF library's plain text mode prints them with no blank lines: header
  cells and row labels wrapped, a units row, a code cell, gap and footnote
  marks, a RAG word ending the row (loaders/grid_lone_cells.py);
* charts: a chart's data labels paired with its categories (loaders/grid_charts.py).

This module runs them in order, each on the lines no earlier layout took, and
gives a table continued over a page break the caption of its first half (and
a "Table 5 (continued)" or "Figure 1 data" line the caption it refers to).

Each table comes back as a `Grid` (loaders/grid_model.py) whose cells keep the
pack line and the token's position on it, so a cell claimed here is never
written again by the catch-all figures.  Which topic a table belongs to is not
decided here.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import replace

from loaders.column_major import ColumnMajorPart
from loaders.grid_aligned import FOOTER_RE, WRAP_GAP, aligned_grids
from loaders.grid_captions import CONTINUED_ALONE_RE, caption_text
from loaders.grid_cells import is_period_cell
from loaders.grid_charts import chart_grids
from loaders.grid_columns import column_grids
from loaders.grid_delimited import (
    bare_pipe_grids,
    box_grids,
    csv_grids,
    delimited_grids,
    plain_grids,
    sheet_csv_grids,
    split_pipes,
    split_tabs,
)
from loaders.grid_html import html_grids
from loaders.grid_lone_cells import cell_grids
from loaders.grid_model import Grid
from loaders.grid_panels import panel_grids
from loaders.numbers import scan
from loaders.plain_rows import split_commas, split_runs, split_spaced_row


def find_grids(lines: Sequence[str], furniture: frozenset[int] = frozenset()) -> list[Grid]:
    """Every table in the lines, in any of the layouts above, in line order."""
    boxes, lines = box_grids(lines)
    grids = boxes + delimited_grids(lines, split_pipes, "pipes") + delimited_grids(lines, split_tabs, "tabs")
    taken = {n for g in grids for n in range(g.first_line, g.last_line + 1)}
    grids += [g for g in html_grids(lines) if not taken & set(range(g.first_line, g.last_line + 1))]
    taken = {n for g in grids for n in range(g.first_line, g.last_line + 1)}
    grids += bare_pipe_grids(lines, taken)
    taken = {n for g in grids for n in range(g.first_line, g.last_line + 1)}
    grids += panel_grids(lines, taken, furniture)
    grids += csv_grids(lines, taken)
    grids += sheet_csv_grids(lines, taken)
    grids += plain_grids(lines, taken, split_commas, "commas", ragged=False)
    grids += plain_grids(lines, taken, split_runs, "runs", ragged=True)
    for g in aligned_grids(lines, furniture):
        if _labels_glued_to_numbers(lines, g) or _rows_in_header(g):
            continue  # columns that do not line up (an OCR'd scan): the single-spaced reader reads its rows
        if not any(n in taken for n in range(g.first_line, g.last_line + 1)):
            grids.append(g)
            taken |= set(range(g.first_line, g.last_line + 1))
    grids += plain_grids(lines, taken, split_spaced_row, "spaced", ragged=False)
    # A table of one cell a line with blank lines between its blocks reads two ways (rows of cells, or columns):
    # printed column by column where its columns' headers show it, else rows first.
    read: dict[int, list[ColumnMajorPart]] = {}  # each caption's blocks, read once for both calls
    grids += column_grids(lines, furniture, taken, plain=False, read=read)
    grids += cell_grids(lines, taken)
    taken |= {n for g in grids for n in range(g.first_line, g.last_line + 1)}
    grids += column_grids(lines, furniture, taken, read=read)
    taken |= {n for g in grids for n in range(min((g.first_line, *g.header_lines)), g.last_line + 1)}
    grids += chart_grids(lines, taken)
    return _continued(sorted(grids, key=lambda g: g.first_line), lines, furniture)


def _labels_glued_to_numbers(lines: Sequence[str], grid: Grid) -> bool:
    """Whether an aligned reading took numbers into its row labels ("Medicines optimisation 3,920", one space
    before the number) and lost values that each row read from the right holds: a table whose columns only roughly
    line up, as OCR gives a scanned page.  A label that ends in a number of its own ("aged 16-64") loses none."""
    lost = 0
    for r in grid.rows:
        in_label = scan(r.label)
        if not in_label or in_label[-1].end != len(r.label) or is_period_cell(in_label[-1].text):
            continue  # a period ending a label ("..., 2023") is the row's, read by its own column
        if r.label[: in_label[-1].start].rstrip().casefold().endswith("per"):
            continue  # a rate's base ("per 100,000") is the label's own
        spaced = split_spaced_row(lines[r.line - 1])
        read = sum(1 for v in r.values if v is not None)
        lost += spaced is not None and sum(1 for _, c in spaced[1:] if scan(c) and not is_period_cell(c)) > read
    return lost >= 1


def _rows_in_header(grid: Grid) -> bool:
    """Whether an aligned reading took rows of values for its header ("Target Latest 78.0% 74.6% 30.0 33.8"): a
    table's rows whose columns only roughly line up, above a few that do.  A header names its columns; it may
    print a year or a rate's base, not a row's figures."""
    for column in grid.columns:
        figures = [t for t in scan(column.header) if not is_period_cell(t.text)]
        if len(figures) >= 3:
            return True
    return False


def _continued(grids: list[Grid], lines: Sequence[str], furniture: frozenset[int]) -> list[Grid]:
    """A table carried over a page break with its header printed again but no caption of its own takes the caption
    of the table before it: the same columns under the same corner, only blank lines and page furniture between.
    A table under a line that names a caption by its number ("Table 5 (continued)", "Figure 1 data") takes that
    caption, wherever the table it names was read."""
    out: list[Grid] = []
    for g in grids:
        prev = out[-1] if out else None
        titled = _titled_caption(lines, min((g.first_line, *g.header_lines)))
        if titled is not None:  # "Table 5 (continued)" printed over it: the caption of Table 5
            g = replace(g, caption=titled[0], caption_line=titled[1])
        elif (
            g.caption is None
            and prev is not None
            and prev.caption is not None
            and g.layout == prev.layout
            and g.corner == prev.corner
            and [c.header for c in g.columns] == [c.header for c in prev.columns]
            and any(c.header for c in g.columns)
            and _page_break_between(lines, furniture, prev.last_line, min(g.first_line, *g.header_lines))
        ):
            g = replace(g, caption=prev.caption, caption_line=prev.caption_line)
        out.append(g)
    return out


def _titled_caption(lines: Sequence[str], top: int) -> tuple[str, int] | None:
    """The caption a "Table 5 (continued)" or "Figure 1 data" line just over a table refers to: the nearest
    caption line above with that number and a title."""
    alone = None
    n = top - 1
    for n in range(top - 1, max(0, top - 4), -1):
        if alone := CONTINUED_ALONE_RE.match(lines[n - 1].strip()):
            break
    if alone is None:
        return None
    label = f"{alone.group(1)} {alone.group(2)}".casefold()
    for k in range(n - 1, max(0, n - CAPTION_REACH), -1):
        cap = caption_text(lines[k - 1]) if alone.group(1).casefold() in lines[k - 1][:20].casefold() else None
        if cap and cap.casefold().startswith(label) and not cap[len(label) : len(label) + 1].isalnum():
            return cap, k
    return None


CAPTION_REACH = 400  # a table's second half is a page or two after its first


_PAGE_FOOTER_RE = re.compile(r"\bPage\s+\d+(?:\s+of\s+\d+)?\s*$", re.IGNORECASE)  # "Cabinet – 3 March 2026  Page 8"


def _page_break_between(lines: Sequence[str], furniture: frozenset[int], last: int, first: int) -> bool:
    """Whether only blank lines and page furniture, with at least one page's footer, header or form feed, lie
    between two lines."""
    between = range(last + 1, first)
    if len(between) > 2 * WRAP_GAP:
        return False
    broken = False
    for n in between:
        text = lines[n - 1]
        if n in furniture or "\f" in text or FOOTER_RE.match(text) or _PAGE_FOOTER_RE.search(text):
            broken = True
        elif text.strip():
            return False
    return broken
