"""Tables whose rows are cut into cells by a delimiter: pipes (``| label | 1,234 |``, a ``|---|---:|`` separator
under the header, empty, ``–`` and ``*`` cells), tabs, and the shapes other modules cut for this reader (pandoc grid
tables from loaders/grid_boxes.py, rows whose columns do not line up from loaders/plain_rows.py).

Once a row is in cells, finding the header rows, the label column and each column's role is one job, whatever
cut the cells.
"""

from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import replace

from loaders.grid_boxes import BoxTable, find_box_tables
from loaders.grid_captions import CONNECTOR_END_RE, find_caption
from loaders.grid_cells import (
    NUMBERING_HEADER_RE,
    CellItem,
    cell_items,
    column_roles,
    strip_markup,
    with_unit_period,
    word_item,
    years_in_step,
)
from loaders.grid_model import Grid, GridRow
from loaders.header_text import join_header
from loaders.numbers import NumberToken, scan
from loaders.plain_rows import Cells, find_blocks, split_csv
from loaders.prefilter import lines_with

# "---", ":--:", and org-mode's and psql's rule with "+" at the column gaps ("|-----+-----|" is one cell)
_PIPE_SEPARATOR_CELL_RE = re.compile(r"^:?-{3,}(?:\+-{3,})*:?$")
_ORG_RULE_RE = re.compile(r"^\s*\|-{3,}(?:\+-{3,})+\|$")


def split_pipes(text: str) -> list[tuple[int, str]] | None:
    """A pipe row's cells with their offsets on the line, or None if the line is not one."""
    s = text.rstrip()
    if s.count("|") == 2 and _ORG_RULE_RE.match(s):  # org-mode's rule under the header: "|-----+-----|"
        return [(s.index("|") + 1, s.strip()[1:-1])]
    if not s.lstrip().startswith("|") or not s.endswith("|") or s.count("|") < 3:
        return None
    out = []
    pos = s.index("|") + 1
    while pos < len(s):
        nxt = s.find("|", pos)
        if nxt < 0:
            break
        out.append((pos, s[pos:nxt]))
        pos = nxt + 1
    return out


# A Markdown table's separator row printed without outer pipes ("---|---|---", ":--|--:"), as html2text and other
# GitHub-flavoured Markdown writers print it, or psql's rule under its header ("-----+-----"): two cells at least.
_BARE_SEPARATOR_RE = re.compile(r"^\s*:?-{3,}:?(?:\s*[|+]\s*:?-{3,}:?)+\s*\|?\s*$")
_BARE_SEPARATOR_GAP_RE = re.compile(r"[|+]")


def split_bare_pipes(text: str) -> list[tuple[int, str]] | None:
    """A row of a Markdown table printed without outer pipes ("Area | 2024/25 | 2025/26"): its cells with their
    offsets, the first from the line's start and the last to its end (a pipe at either end leaves an empty cell
    there: " | 2024/25" is a header with an empty corner); None for a line with no pipe or one a pipe table's own
    reader takes (`split_pipes`)."""
    s = text.rstrip()
    if "|" not in s or s.lstrip().startswith("|") and s.endswith("|"):
        return None
    out, pos = [], 0
    for part in s.split("|"):
        out.append((pos, part))
        pos += len(part) + 1
    return out


def bare_pipe_grids(lines: Sequence[str], taken: set[int]) -> list[Grid]:
    """Markdown tables without outer pipes: a header row, a separator row ("---|---"), then the rows below it
    with as many cells or fewer, up to a line that is no such row.  Without the separator a line with pipes is
    prose ("Home | About"), so it is required."""
    grids: list[Grid] = []
    for i, text in enumerate(lines):
        if i == 0 or i + 1 in taken or "---" not in text or not _BARE_SEPARATOR_RE.match(text):
            continue
        head = split_bare_pipes(lines[i - 1])
        width = len(_BARE_SEPARATOR_GAP_RE.split(text.strip().strip("|")))
        if head is None or len(head) != width or i in taken:
            continue
        block = [(i, head), (i + 1, [(0, c) for c in _BARE_SEPARATOR_GAP_RE.split(text)])]
        n = i + 1
        while n < len(lines) and (cells := split_bare_pipes(lines[n])) is not None and 2 <= len(cells) <= width:
            block.append((n + 1, cells))
            n += 1
        grid = _delimited_grid(lines, block, "pipes")
        if grid is not None:
            grids.append(grid)
    return grids


def split_tabs(text: str) -> list[tuple[int, str]] | None:
    if "\t" not in text.strip():
        return None
    out, pos = [], 0
    for part in text.split("\t"):
        out.append((pos, part))
        pos += len(part) + 1
    return out if len([p for _, p in out if p.strip()]) >= 2 else None


def delimited_grids(lines: Sequence[str], splitter, layout: str) -> list[Grid]:  # type: ignore[no-untyped-def]
    grids: list[Grid] = []
    n = 0
    total = len(lines)
    marked = lines_with(lines, "\t" if splitter is split_tabs else "|")  # the lines a row can be on
    while n < total:
        if n + 1 not in marked or splitter(lines[n]) is None:
            n += 1
            continue
        if splitter is split_tabs:
            block, n = _tab_rows(lines, n)
        else:
            block = []
            while n < total and (cells := splitter(lines[n])) is not None:
                block.append((n + 1, cells))
                n += 1
        grid = _delimited_grid(lines, block, layout)
        if grid is not None:
            grids.append(grid)
    return grids


def _tab_rows(lines: Sequence[str], n: int) -> tuple[list[tuple[int, list[tuple[int, str]]]], int]:
    """A tab-separated table's rows from line n, as python-docx prints a Word table: a cell with a line break
    in it carries its row onto the next line ("Caddenholm" / "(county)<tab>79.4<tab>...", a header's cells
    over six lines), so a row is read until it holds as many tabs as the table's fullest line, or values.  A
    line of words after a row of words ends that row's last cell; after a row of values it starts the next
    row, unless it starts in lower case (a notes cell's second line)."""
    end = n
    while end < len(lines) and lines[end].strip() and ("\t" in lines[end] or len(lines[end].split()) <= 8):
        end += 1
    while end > n and "\t" not in lines[end - 1]:
        end -= 1  # words after the table's last row are not its cells
    width = max(lines[k].count("\t") for k in range(n, end)) + 1
    block: list[tuple[int, list[tuple[int, str]]]] = []
    row: list[tuple[int, str]] = []
    row_line = n + 1
    for k in range(n, end):
        text = lines[k]
        parts: list[tuple[int, str]] = []
        pos = 0
        for part in text.split("\t"):
            parts.append((pos, part))
            pos += len(part) + 1
        valued = _holds_values(row)
        full = len(row) >= width or valued  # a row of values is whole (a Word row's empty last cells: no tabs)
        if full and "\t" not in text and (not valued or text.strip()[:1].islower()):  # "... posts" / "reduced to 8"
            row[-1] = (row[-1][0], f"{row[-1][1].strip()} {text.strip()}")
            continue
        if full or not row:
            if row:
                block.append((row_line, row))
            row, row_line = parts, k + 1
            continue
        row[-1] = (row[-1][0], f"{row[-1][1].strip()} {parts[0][1].strip()}".strip())
        row.extend(parts[1:])
        if _holds_values(parts):
            row_line = k + 1  # the line its values are printed on
    if row:
        block.append((row_line, row))
    return block, max(end, n + 1)


def _delimited_grid(lines: Sequence[str], block: list[tuple[int, list[tuple[int, str]]]], layout: str) -> Grid | None:
    sep = next(
        (
            i
            for i, (_, cells) in enumerate(block)
            if all(_PIPE_SEPARATOR_CELL_RE.match(c.strip()) for _, c in cells if c.strip())
        ),
        None,
    )
    if sep is not None:
        head, body = block[:sep], block[sep + 1 :]
        while len(body) > 1 and not _holds_values(body[0][1]):  # a second header row under the separator
            head, body = [*head, body[0]], body[1:]
    else:
        k = 0
        while k < len(block) and not _holds_values(block[k][1]):
            k += 1
        head, body = block[:k], block[k:]
    if len(body) < 1:
        return None
    width = max(len(cells) for _, cells in block)
    title, head = _sheet_title(head)
    head_texts = _spanned([[strip_markup(c) for _, c in cells] + [""] * (width - len(cells)) for _, cells in head])
    headers = [join_header(texts[i] for texts in head_texts) for i in range(width)]
    label_col = 0
    if NUMBERING_HEADER_RE.match(headers[0] or "") and width > 2:
        label_col = 1
    rows: list[GridRow] = []
    parsed: list[tuple[int, str, list[CellItem | None]]] = []
    shares: dict[tuple[int, int], NumberToken] = {}
    own_label = ""  # the last label printed in its own cell: a merged cell's, over the rows below it
    for line, cells in body:
        label = strip_markup(cells[label_col][1]) if label_col < len(cells) else ""
        items: list[CellItem | None] = []
        for i in range(width):
            if i == label_col or i >= len(cells):
                items.append(None)
                continue
            off, text = cells[i]
            if text.strip() == _BLANK_CELL:
                items.append(None)  # an empty spreadsheet cell as pandas prints it
                continue
            found = cell_items(text, off)
            if found is None:
                items.append(word_item(text, off) or CellItem(off, off + len(text), None, strip_markup(text)))
            elif len(found) == 1:
                items.append(found[0])
            elif found:
                items.append(found[0])  # "5,700 (12%)": the first number is the cell's value, the share its own
                share = found[1].token
                if len(found) == 2 and share and share.is_share and found[0].token and not found[0].token.is_share:
                    shares[(line, i)] = share
            else:
                items.append(None)
        own_label = label or own_label
        if not label:
            label = _label_of_unlabelled_row(items, label_col, own_label)
        parsed.append((line, label, items))
    parsed, label_lines = _join_wrapped_labels(parsed)
    columns = column_roles(
        [headers[i] for i in range(width)], [[p[2][i] for p in parsed] for i in range(width)], label_col
    )
    for line, label, items in parsed:
        values = tuple(
            it.token if it is not None and columns[i].role == "values" else None for i, it in enumerate(items)
        )
        words = tuple(
            it.text
            if it is not None and (it.token is None and it.text) and columns[i].role != "values"
            else (it.text if it is not None and columns[i].role == "period" else None)
            for i, it in enumerate(items)
        )
        row_shares = tuple(shares.get((line, i)) if values[i] is not None else None for i in range(width))
        rows.append(
            GridRow(line, label, label_lines[line], values, words, shares=row_shares if any(row_shares) else ())
        )
    if not any(v is not None for r in rows for v in r.values):
        return None
    caption, cap_line = (title, block[0][0]) if title else find_caption(lines, block[0][0])
    columns = [with_unit_period(c, None, caption) for c in columns]
    return Grid(
        layout,
        block[0][0],
        block[-1][0],
        columns,
        rows,
        corner=headers[label_col],
        caption=caption,
        caption_line=cap_line,
        header_lines=tuple(line for line, _ in head),
    )


Parsed = list[tuple[int, str, list[CellItem | None]]]  # (line, row label, one item per column)

# What pandas writes for a spreadsheet's blank header cell and blank cell (a workbook converted to Markdown)
_UNNAMED_RE = re.compile(r"^Unnamed: \d+$")
_BLANK_CELL = "NaN"


def _sheet_title(
    head: list[tuple[int, list[tuple[int, str]]]],
) -> tuple[str | None, list[tuple[int, list[tuple[int, str]]]]]:
    """A spreadsheet's title row read as the header ("Savings schemes 2026/27 | Unnamed: 1 | Unnamed: 2"): the
    title, with any other text of its row in brackets ("£000"), is the table's caption, and the header rows
    under it are the header; otherwise no title and the header as it is."""
    if len(head) < 2:
        return None, head
    cells = [strip_markup(c).strip() for _, c in head[0][1]]
    unnamed = sum(1 for c in cells[1:] if _UNNAMED_RE.match(c))
    if not cells[0] or unnamed < max(1, (len(cells) - 1) / 2):
        return None, head
    rest = [c for c in cells[1:] if c and not _UNNAMED_RE.match(c)]
    return (f"{cells[0]} ({', '.join(rest)})" if rest else cells[0]), head[1:]


def _label_of_unlabelled_row(items: list[CellItem | None], label_col: int, above: str) -> str:
    """A row whose label cell is blank, named by its words elsewhere: "Totals" in the ID column before the label
    column is its own label; a word after it ("Numerator", "Denominator") names a part of the row above, whose
    label cell a spreadsheet merged over both rows.  "" when the row has no words."""
    words = [(i, it.text) for i, it in enumerate(items) if it is not None and it.token is None and it.text]
    if not words or not any(it is not None and it.token is not None for it in items):
        return ""
    i, text = words[0]
    if i < label_col:
        return text
    return f"{above}: {text}" if above else text


def _join_wrapped_labels(parsed: Parsed) -> tuple[Parsed, dict[int, tuple[int, ...]]]:
    """Rows whose label wraps onto lines of their own with every other cell blank, as antiword prints a Word
    table ("|Patients waiting more than 52 |0 |1,204 |" over "|weeks for treatment | | |"), joined into one row;
    with each row's label lines.  A label-only line carries on the row above it where it plainly continues (a
    lower-case or bracketed start, the label above broken off mid-phrase or with a bracket open) or where the
    table wraps labels so elsewhere; else it is a group heading and stays a row of its own."""
    blank = [all(it is None or (it.token is None and not it.text) for it in items) for _, _, items in parsed]

    def continues(i: int) -> bool:
        label, above = parsed[i][1], parsed[i - 1][1]
        return bool(label) and (
            label[:1].islower()
            or label[:1] in "()"
            or CONNECTOR_END_RE.search(above) is not None
            or above.count("(") > above.count(")")
        )

    follows = [
        i > 0 and blank[i] and parsed[i][0] == parsed[i - 1][0] + 1 and bool(parsed[i][1]) for i in range(len(parsed))
    ]
    wraps = any(follows[i] and continues(i) for i in range(len(parsed)))
    out: Parsed = []
    lines: dict[int, tuple[int, ...]] = {}
    for i, (line, label, items) in enumerate(parsed):
        if out and follows[i] and (wraps or continues(i)):
            first, above, above_items = out[-1]
            out[-1] = (first, join_header([above, label]), above_items)
            lines[first] = (*lines[first], line)
            continue
        out.append((line, label, items))
        lines[line] = (line,)
    return out, lines


def _spanned(rows: list[list[str]]) -> list[list[str]]:
    """Header rows with a spanning cell's text carried into the empty cells right of it ("| | 2021/22 | |
    2022/23 | |" over "| Area | Number | Rate | Number | Rate |"): every header row but the last, whose cells
    name the columns themselves.  The label column (the first) never inherits."""
    out = [list(r) for r in rows]
    for row in out[:-1]:
        for i in range(2, len(row)):
            if not row[i] and row[i - 1]:
                row[i] = row[i - 1]
    return out


def _holds_values(cells: list[tuple[int, str]]) -> bool:
    """Whether a delimited line holds values right of its label: years in step ("Area | 2017 | 2018") are a
    header, as in the aligned layout."""
    texts = [t for _, c in cells[1:] if (t := strip_markup(c))]
    return not years_in_step(texts) and any(cell_items(t, 0) for t in texts)


_CSV_NAME_RE = re.compile(r"[A-Za-z]|^(?:19|20)\d{2}$")  # a header's name has a letter, or is a year


def csv_grids(lines: Sequence[str], taken: set[int]) -> list[Grid]:
    """CSV files pasted into a pack (`split_csv`): a header line of names and two or more records of as many
    cells, each holding a number; marks their lines.  A record names its area, indicator and period in cells of
    their own, so these are read apart from the tables whose rows are a label and values."""
    out = []
    n, total = 0, len(lines)
    while n < total:
        head = split_csv(lines[n]) if n + 1 not in taken else None
        if head is None or not all(_CSV_NAME_RE.search(c) for _, c in head if c):
            n += 1
            continue
        block = [(n + 1, head)]
        k = n + 1
        while k < total and k + 1 not in taken:
            cells = split_csv(lines[k])
            if cells is None or len(cells) != len(head) or not any(scan(c) for _, c in cells):
                break
            block.append((k + 1, cells))
            k += 1
        grid = _delimited_grid(lines, block, "csv") if len(block) >= 3 else None
        if grid is not None:
            out.append(grid)
            taken |= set(range(grid.first_line, grid.last_line + 1))
        n = max(k, n + 1)
    return out


def sheet_csv_grids(lines: Sequence[str], taken: set[int]) -> list[Grid]:
    """Spreadsheets saved as CSV (LibreOffice's or Excel's "Save as CSV", sheet after sheet): every row of a sheet
    has as many cells (its used width, four or more), a cell is quoted only if it holds a comma, a blank row is all
    commas.  A run of rows of one width is a table, its header rows those before the first with values; a blank
    row ends it unless rows with values go on after it (a gap before "Total"), so the sheet's title and metadata
    rows above the header are tables of their own, with no values.  Marks the lines of each table read."""
    out = []
    n, total = 0, len(lines)
    while n < total:
        first = split_csv(lines[n], quoted=False) if n + 1 not in taken else None
        if first is None or _all_blank(first):
            n += 1
            continue
        block = [(n + 1, first)]
        k = n + 1
        while k < total and k + 1 not in taken:
            cells = split_csv(lines[k], quoted=False)
            if cells is None or len(cells) != len(first):
                break
            if _all_blank(cells):
                after = split_csv(lines[k + 1], quoted=False) if k + 1 < total else None
                has_values = any(_holds_values(c) for _, c in block)
                if not (has_values and after and len(after) == len(first) and _holds_values(after)):
                    break
                k += 1  # a blank row between records: the table goes on
                continue
            block.append((k + 1, cells))
            k += 1
        records = sum(1 for _, c in block if _holds_values(c))
        grid = _delimited_grid(lines, block, "csv") if records >= 2 and len(block) >= 3 else None
        if grid is not None:
            title = _sheet_caption(lines, grid.first_line, len(first)) if grid.caption is None else None
            if title:
                grid = replace(grid, caption=title[0], caption_line=title[1])
            out.append(grid)
            taken |= set(range(grid.first_line, grid.last_line + 1))
        n = max(k, n + 1)
    return out


SHEET_TITLE_REACH = 8  # rows above a sheet's table searched for the title rows over it


def _sheet_caption(lines: Sequence[str], first_line: int, width: int) -> tuple[str, int] | None:
    """A saved sheet's title rows above its table, each one text cell in a row of the sheet's width
    ("Better Care Fund 2026-27 Planning Template,,,,," / "4. Income,,,,,"), joined top to bottom, and the line of
    the last; None if it has none."""
    titles: list[tuple[int, str]] = []
    for n in range(first_line - 1, max(0, first_line - 1 - SHEET_TITLE_REACH), -1):
        cells = split_csv(lines[n - 1], quoted=False)
        if cells is None or len(cells) != width:
            break
        texts = [c.strip() for _, c in cells if c.strip()]
        if len(texts) == 1 and any(ch.isalpha() for ch in texts[0]):
            titles.insert(0, (n, texts[0]))
    return (": ".join(t for _, t in titles), titles[-1][0]) if titles else None


def _all_blank(cells: Cells) -> bool:
    return not any(c.strip() for _, c in cells)


def plain_grids(
    lines: Sequence[str], taken: set[int], split: Callable[[str], Cells | None], layout: str, *, ragged: bool
) -> list[Grid]:
    """Tables whose columns do not line up (loaders/plain_rows.py), read as delimited tables; marks their lines."""
    out = []
    for block in find_blocks(lines, split, ragged=ragged, taken=taken):
        grid = _delimited_grid(lines, block, layout)
        if grid is not None:
            out.append(grid)
            taken |= set(range(grid.first_line, grid.last_line + 1))
    return out


def box_grids(lines: Sequence[str]) -> tuple[list[Grid], Sequence[str]]:
    """Pandoc grid tables (loaders/grid_boxes.py) read as delimited tables, each row one box with its values on
    their own lines; and the lines with those tables blanked, so the pipe reader does not read a box's lines
    as rows of their own."""
    tables = find_box_tables(lines)
    if not tables:
        return [], lines
    grids = []
    rest = list(lines)
    for t in tables:
        grid = _delimited_grid(lines, t.block, "boxes")
        for n in range(t.first_line, t.last_line + 1):
            rest[n - 1] = ""
        if grid is None:
            continue
        rows = [_placed_in_boxes(t, r) for r in grid.rows]
        grids.append(replace(grid, first_line=t.first_line, last_line=t.last_line, rows=rows))
    return grids, rest


def _placed_in_boxes(table: BoxTable, row: GridRow) -> GridRow:
    """A box row with each value and share on the physical line and offset it is printed at (a wrapped cell's
    "£27.8" / "million" or "3,456" / "(92%)" is read as one cell), so the claim on it is the number's own."""
    offsets = dict(table.block).get(row.line, [])

    def placed(i: int, tok: NumberToken | None) -> tuple[int, NumberToken | None]:
        if tok is None or i >= len(offsets):
            return table.cell_lines.get((row.line, i), row.line), tok
        line, start = table.place(row.line, i, tok.start, offsets[i][0])
        return line, replace(tok, start=start, end=start + tok.end - tok.start)

    values = [placed(i, tok) for i, tok in enumerate(row.values)]
    shares = [placed(i, tok) for i, tok in enumerate(row.shares)]
    lines = tuple(line for line, _ in values)
    share_lines = tuple(line for line, _ in shares)
    return replace(
        row,
        values=tuple(tok for _, tok in values),
        value_lines=lines if any(n != row.line for n in lines) else (),
        shares=tuple(tok for _, tok in shares),
        share_lines=share_lines if any(n != row.line for n in share_lines) else (),
    )
