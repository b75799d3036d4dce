"""Tables printed as HTML inside a text pack: what PDF-to-Markdown converters (docling, marker) write for a table
with merged cells, and what a web page's text keeps of its tables.  A `<table>` may be one tag a line, one row a
line or the whole table on one line; header cells may span columns (`colspan`) or rows (`rowspan`), a body cell
may span the rows of a group ("Saltercote" over its two wards), and `<br>` breaks a cell's text.

The cells are read with the standard library's HTML parser, which gives each piece of text its line and column,
so every value keeps where it is printed in the pack, as the other grid readers' values do.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field, replace
from html.parser import HTMLParser

from loaders.grid_captions import find_caption
from loaders.grid_cells import CellItem, cell_items, column_roles, strip_markup, with_unit_period, word_item
from loaders.grid_model import Grid, GridRow
from loaders.header_text import join_header

_OPEN_RE = re.compile(r"<table\b", re.IGNORECASE)
_CLOSE_RE = re.compile(r"</table\s*>", re.IGNORECASE)
MOST_TABLE_LINES = 2000  # a <table> never closed is read this far at most
MOST_SPAN = 50  # a colspan or rowspan beyond this is a broken page's, read as 1


@dataclass
class _Cell:
    """One <td> or <th>: its pieces of text with the pack line and column each starts at."""

    header: bool
    colspan: int
    rowspan: int
    pieces: list[tuple[int, int, str]] = field(default_factory=list)

    @property
    def text(self) -> str:
        return " ".join(" ".join(strip_markup(t) for _n, _c, t in self.pieces).split())


@dataclass
class _Row:
    cells: list[_Cell]
    in_head: bool


class _TableParser(HTMLParser):
    """A table's rows and cells, each piece of text placed on the pack's lines (`first` is the table's first
    line; columns are those of the line the parser reports)."""

    def __init__(self, first: int) -> None:
        super().__init__(convert_charrefs=True)  # "A &amp; E" read as printed on the page
        self.first = first
        self.rows: list[_Row] = []
        self.cell: _Cell | None = None
        self.in_head = False

    def handle_starttag(self, tag: str, attrs: list[tuple[str, str | None]]) -> None:
        if tag == "thead":
            self.in_head = True
        elif tag in ("tbody", "tfoot"):
            self.in_head = False
        elif tag == "tr":
            self.rows.append(_Row([], self.in_head))
            self.cell = None
        elif tag in ("td", "th"):
            if not self.rows:
                self.rows.append(_Row([], self.in_head))
            given = dict(attrs)
            self.cell = _Cell(tag == "th", _span(given.get("colspan")), _span(given.get("rowspan")))
            self.rows[-1].cells.append(self.cell)

    def handle_endtag(self, tag: str) -> None:
        if tag in ("td", "th"):
            self.cell = None
        elif tag == "thead":
            self.in_head = False

    def handle_data(self, data: str) -> None:
        if self.cell is not None and data.strip():
            line, col = self.getpos()
            self.cell.pieces.append((self.first + line - 1, col, data))


def _span(value: str | None) -> int:
    try:
        n = int(value or "1")
    except ValueError:
        return 1
    return n if 1 <= n <= MOST_SPAN else 1


def html_table_spans(lines: Sequence[str]) -> list[tuple[int, int]]:
    """(first, last) lines (1-based) of each <table> ... </table> in the lines."""
    spans = []
    n, total = 0, len(lines)
    while n < total:
        opened = _OPEN_RE.search(lines[n]) if "<" in lines[n] else None
        if opened is None:
            n += 1
            continue
        end = n
        while end < min(total, n + MOST_TABLE_LINES) and not _CLOSE_RE.search(
            lines[end], opened.end() if end == n else 0
        ):
            end += 1
        end = min(end, total - 1)
        spans.append((n + 1, end + 1))
        n = end + 1
    return spans


def html_grids(lines: Sequence[str]) -> list[Grid]:
    """Every HTML table in the lines, read as a grid (layout "html")."""
    grids = []
    for first, last in html_table_spans(lines):
        parser = _TableParser(first)
        parser.feed("\n".join(lines[first - 1 : last]))
        parser.close()
        grid = _grid(lines, first, last, parser.rows)
        if grid is not None:
            grids.append(grid)
    return grids


def _matrix(rows: list[_Row]) -> list[list[tuple[_Cell, bool] | None]]:
    """The rows with spans laid out: each slot holds its cell and whether it is the cell's own (first) row."""
    placed: dict[tuple[int, int], tuple[_Cell, bool]] = {}
    width = 0
    for r, row in enumerate(rows):
        c = 0
        for cell in row.cells:
            while (r, c) in placed:
                c += 1
            for dr in range(cell.rowspan):
                for dc in range(cell.colspan):
                    placed.setdefault((r + dr, c + dc), (cell, dr == 0))
            c += cell.colspan
            width = max(width, c)
    return [[placed.get((r, c)) for c in range(width)] for r in range(len(rows))]


def _item(cell: _Cell, lines: Sequence[str]) -> CellItem | None:
    """A body cell as a value (its first piece holding a number, placed on its line), a gap marker or words."""
    for line, col, text in cell.pieces:
        found = cell_items(text, col)
        if found:
            return _placed(found[0], lines[line - 1], col)
    text = cell.text
    return word_item(text, 0) or (CellItem(0, len(text), None, text) if text else None)


def _placed(item: CellItem, raw: str, col: int) -> CellItem:
    """The item where the line prints it: a piece whose entities were decoded ("&amp;") is shorter than printed."""
    tok = item.token
    if tok is None or raw[tok.start : tok.end] == tok.text:
        return item
    at = raw.find(tok.text, col)
    if at < 0:
        return item
    shift = at - tok.start
    return replace(
        item, start=item.start + shift, end=item.end + shift, token=replace(tok, start=at, end=at + len(tok.text))
    )


def _grid(lines: Sequence[str], first: int, last: int, rows: list[_Row]) -> Grid | None:
    matrix = _matrix(rows)
    if not matrix or not matrix[0]:
        return None
    width = len(matrix[0])
    head = 0
    while head < len(rows) - 1 and (rows[head].in_head or all(c.header for c in rows[head].cells)):
        head += 1
    if head == 0:  # no <thead> and no row of <th>: the first row names the columns
        head = 1
    body = matrix[head:]
    items = [[_item(slot[0], lines) if slot is not None and slot[1] else None for slot in row] for row in body]
    valued = [c for c in range(width) if any((it := row[c]) is not None and it.token is not None for row in items)]
    if not valued or not body:
        return None
    label_col = _label_column(body, valued[0])
    headers = []
    for c in range(width):
        seen: list[_Cell] = []
        for row in matrix[:head]:
            slot = row[c]
            if slot is not None and slot[0] not in seen:
                seen.append(slot[0])
        headers.append(join_header(cell.text for cell in seen))
    columns = column_roles(headers, [[row[c] for row in items] for c in range(width)], label_col)
    caption, cap_line = find_caption(lines, first)
    columns = [with_unit_period(col, None, caption) for col in columns]
    grid_rows = []
    for row, row_items in zip(body, items, strict=True):
        label_slot = row[label_col]
        if label_slot is None:
            continue
        label_cell = label_slot[0]
        value_lines = tuple(_line_of(row[c], first) for c in range(width))
        values = tuple(
            it.token if it is not None and columns[c].role == "values" and c != label_col else None
            for c, it in enumerate(row_items)
        )
        words = tuple(
            it.text if it is not None and it.token is None and it.text and c != label_col else None
            for c, it in enumerate(row_items)
        )
        group = row[0][0].text if label_col > 0 and row[0] is not None and row[0][0].rowspan > 1 else None
        label_lines = tuple(dict.fromkeys(n for n, _c, _t in label_cell.pieces)) or (value_lines[label_col],)
        line = next((value_lines[c] for c, v in enumerate(values) if v is not None), label_lines[0])
        grid_rows.append(GridRow(line, label_cell.text, label_lines, values, words, group, value_lines=value_lines))
    if not any(v is not None for r in grid_rows for v in r.values):
        return None
    header_lines = tuple(
        sorted({n for row in matrix[:head] for slot in row if slot is not None for n, _c, _t in slot[0].pieces})
    )
    return Grid(
        "html", first, last, columns, grid_rows, headers[label_col], caption, cap_line, header_lines=header_lines
    )


def _line_of(slot: tuple[_Cell, bool] | None, first: int) -> int:
    return slot[0].pieces[0][0] if slot is not None and slot[0].pieces else first


_CODE_RE = re.compile(r"^[A-Z]\d{2}[A-Z0-9]{3,8}$")  # "E05014521", "Y02101": a code names, it is no row's label


def _label_column(body: list[list[tuple[_Cell, bool] | None]], end: int) -> int:
    """The column of the rows' labels: of the word columns before the first column of values, the first that is
    not a group spanning several rows ("Saltercote" over its wards) nor a column of codes."""
    words = list(range(end)) or [0]

    def cells(c: int) -> list[tuple[_Cell, bool]]:
        return [slot for row in body if (slot := row[c]) is not None]

    def spans_rows(c: int) -> bool:
        return any(cell.rowspan > 1 for cell, _own in cells(c))

    def codes(c: int) -> bool:
        texts = [cell.text for cell, own in cells(c) if own and cell.text]
        return bool(texts) and all(_CODE_RE.match(t) for t in texts)

    return next((c for c in words if not spans_rows(c) and not codes(c)), words[0])
