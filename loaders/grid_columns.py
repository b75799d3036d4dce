"""Tables printed column by column, read as grids.

A PDF converter that prints a page's text boxes in turn (pdfminer's pdf2txt) gives a table as a block of row
labels and then, for each column, its header and one value a line.  `loaders.column_major` reads those blocks
under a caption; this module turns them into `Grid`s, so such a table is read like a table of any other layout:
its cells are a row label, a column header and a value, and topics claim it by what it holds.
"""

from __future__ import annotations

from collections.abc import Iterator, Sequence
from dataclasses import replace

from loaders.column_major import ColumnMajorPart, ColumnRun, read_column_major
from loaders.grid_captions import caption_continued, caption_text
from loaders.grid_cells import cell_items, is_period_cell, with_unit_period
from loaders.grid_model import RAG_WORDS, Column, Grid, GridRow
from loaders.header_text import clean_header
from loaders.numbers import NumberToken
from loaders.prefilter import lines_holding

MIN_ROWS = 2


def column_grids(
    lines: Sequence[str],
    furniture: frozenset[int],
    taken: set[int],
    *,
    plain: bool = True,
    read: dict[int, list[ColumnMajorPart]] | None = None,
) -> list[Grid]:
    """Every captioned table printed column by column on lines no other layout took (their lines are added to
    `taken`, so a reader after this one leaves them).

    Blocks of one cell a line read two ways: a column's header over its values, or a row's label over its
    cells.  With `plain` False only the tables whose columns show they are columns are read: a header wrapped
    over lines ("Plan to" / "date"), a period over the values ("Dec-25", "2021/22"), or a column of RAG words.
    `read` keeps each caption's blocks as read, by its line, for a second call on the same lines.
    """
    out: list[Grid] = []
    lines = tuple(lines)
    read = {} if read is None else read
    for n in _caption_lines(lines, taken):
        if n not in read:
            read[n] = read_column_major(lines, furniture, n)
        caption = caption_text(lines[n - 1])
        more = caption_continued(lines, n)
        caption = f"{caption} {more}" if caption and more else caption
        for part in read[n]:
            if part.by_period:
                continue  # a time series, read by its months (`datasets.other_tables`), not as places or measures
            if not plain and not _shows_columns(lines, part):
                continue
            grid = _grid(lines, part, caption, n)
            if grid is not None and not any(k in taken for k in range(grid.first_line, grid.last_line + 1)):
                out.append(grid)
                taken |= set(range(grid.first_line, grid.last_line + 1))
    return out


def _shows_columns(lines: Sequence[str], part: ColumnMajorPart) -> bool:
    """Whether the blocks are columns beyond doubt: a header over two lines or more, a period over values, or a
    column of words."""
    return any(
        run.words or len(run.header_lines) >= 2 or (run.header_lines and is_period_cell(lines[run.header_lines[0] - 1]))
        for run in part.columns
    )


_CAPTION_WORDS = ("table", "graph", "figure", "chart", "appendix")  # what a caption line starts with (CAPTION_RE)


def _caption_lines(lines: Sequence[str], taken: set[int]) -> Iterator[int]:
    """Caption lines no other layout took: where a table printed column by column may start (only the lines
    that hold a caption's word are tried)."""
    for n in sorted(lines_holding(lines, _CAPTION_WORDS)):
        if n not in taken and caption_text(lines[n - 1]) is not None:
            yield n


def _grid(lines: Sequence[str], part: ColumnMajorPart, caption: str | None, caption_line: int) -> Grid | None:
    if len(part.labels) < MIN_ROWS or any(len(r.words or r.values) != len(part.labels) for r in part.columns):
        return None
    columns: list[Column] = []
    for run in part.columns:
        header = clean_header(run.name or "")
        if run.words:
            rag = all(w.casefold() in RAG_WORDS for _n, w in run.words)
            columns.append(Column(header, role="rag" if rag else "words"))
        else:
            columns.append(with_unit_period(Column(header), None, caption))
    rows = []
    for i, (label_line, label) in enumerate(part.labels):
        values = tuple(_cell(lines, run, i) for run in part.columns)
        words = tuple(run.words[i][1] if run.words else None for run in part.columns)
        value_lines = tuple(run.words[i][0] if run.words else run.values[i][0] for run in part.columns)
        rows.append(GridRow(value_lines[0], label, (label_line,), values, words, value_lines=value_lines))
    header_lines = tuple(n for run in part.columns for n in run.header_lines)
    first = min((*(n for n, _t in part.labels), *header_lines))
    last = max(n for row in rows for n in row.value_lines)
    return Grid(
        "columns",
        first,
        last,
        columns,
        rows,
        part.label_header or "",
        caption,
        caption_line,
        header_lines,
    )


def _cell(lines: Sequence[str], run: ColumnRun, i: int) -> NumberToken | None:
    """The i-th value of a column of values, read as a table cell and placed on its own line."""
    if run.words:
        return None
    line, token = run.values[i]
    raw = lines[line - 1]
    off = len(raw) - len(raw.lstrip())
    items = cell_items(raw.strip(), off) or []
    found = items[0].token if len(items) == 1 else None
    return found if found is not None else replace(token, start=token.start + off, end=token.end + off)
