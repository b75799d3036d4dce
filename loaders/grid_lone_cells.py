"""Tables printed one cell per line, as a PDF converter's default (non-layout) mode prints them: a header of N
names and then rows of N lines, and a slide deck's tables whose header cells wrap over two or three lines and whose
rows may end in a RAG word.

A row here is a run of lines rather than a line, so these tables have a reader of their own.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import replace

from loaders.grid_captions import (
    CONNECTOR_END_RE,
    caption_text,
    find_caption,
    find_page_title,
    is_prose,
)
from loaders.grid_cells import (
    DIGIT_RE,
    PERIOD_CELL_RE,
    UNIT_WORDS,
    CellItem,
    cell_items,
    cell_kind,
    lone_cell,
    with_unit_period,
)
from loaders.grid_model import Column, Grid, GridRow
from loaders.header_text import clean_header, join_header
from loaders.numbers import NumberToken, scan
from loaders.prefilter import digit_lines


def cell_grids(lines: Sequence[str], taken: set[int]) -> list[Grid]:
    """Runs of short lines that repeat a label and N-1 values after a header of N (or N-1) names."""
    grids: list[Grid] = []
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    numbered = set(digit_lines(lines))  # a caption has a number
    for i, text in enumerate(lines, 1):
        t = " ".join(text.strip().strip("*_").split())  # the cell, markup dropped (`strip_markup`)
        if (
            t
            and i not in taken
            and len(t) <= LONG_CELL_LABEL
            and (not is_prose(text) or not text.rstrip().endswith(".") and _heads_a_value(lines, i))
            and not (i in numbered and caption_text(text))
            and (len(t) <= 40 or _heads_a_value(lines, i))  # the costly test last: most lines fail a cheap one
        ):
            current.append((i, t))
        elif not t and current:
            continue  # blank lines inside a run are allowed
        else:
            if len(current) >= 6:
                runs.append(current)
            current = []
    if len(current) >= 6:
        runs.append(current)
    for run in runs:
        if sum(1 for n, _ in run if n in numbered) < 4:
            continue  # a grid has two rows of two values or more at least: each value is a line with a digit
        kinds = [cell_kind(t) for _, t in run]
        wrapped = _wrapped_cell_grids(lines, run)
        grid = None if wrapped else _cell_run_grid(lines, run, kinds)
        grids += wrapped or ([grid] if grid is not None else [])
    return grids


LONG_CELL_LABEL = 90  # a row label printed on its own line may be long ("Walking for travel, ... (%), 2022/23")


def _heads_a_value(lines: Sequence[str], i: int) -> bool:
    """Line i (1-based) is followed, after blank lines, by a line holding one value alone: a row label's cell."""
    for k in range(i, len(lines)):  # (not lines[i:]: a copy of the rest of the pack for every long line)
        t = " ".join(lines[k].split())
        if t:  # a value's cell is short and holds a digit: most lines following a long one are neither
            return len(t) <= 40 and DIGIT_RE.search(t) is not None and cell_kind(t) == "v" and len(scan(t)) == 1
    return False


def _cell_run_grid(lines: Sequence[str], run: list[tuple[int, str]], kinds: list[str]) -> Grid | None:
    for width in range(3, 14):  # label + width-1 values (areas as columns: a dozen)
        for head_len in (width, width - 1):
            body = kinds[head_len:]
            if len(body) < 2 * width or any(k == "v" for k in kinds[:head_len]):
                continue
            rows_n = len(body) // width
            pattern_ok = rows_n >= 2 and all(
                body[r * width] == "t" and all(k in "vy" for k in body[r * width + 1 : (r + 1) * width])
                for r in range(rows_n)
            )
            if not pattern_ok:
                continue
            names = [t for _, t in run[:head_len]]
            headers = names[1:] if head_len == width else names
            corner = names[0] if head_len == width else ""
            rows = []
            for r in range(rows_n):
                base = head_len + r * width
                label_line, label = run[base]
                values = []
                value_lines = []
                for k in range(1, width):
                    line, text = run[base + k]
                    raw = lines[line - 1]
                    off = raw.find(text[:1]) if text else 0
                    items = cell_items(raw[off:].rstrip(), off) or []
                    values.append(items[0].token if items else None)
                    value_lines.append(line)
                rows.append(
                    GridRow(
                        value_lines[0],
                        label,
                        (label_line,),
                        tuple(values),
                        (None,) * (width - 1),
                        value_lines=tuple(value_lines),
                    )
                )
            caption, cap_line = find_caption(lines, run[0][0])
            columns = [with_unit_period(Column(clean_header(h)), None, caption) for h in headers]
            return Grid(
                "cells",
                run[0][0],
                run[head_len + rows_n * width - 1][0],
                columns,
                rows,
                corner,
                caption,
                cap_line,
                tuple(n for n, _ in run[:head_len]),
            )
    return None


def _continues_header(before: str, text: str) -> bool:
    """A header line that carries on the cell above: a lower-case start ("date", "budget £m"), a unit or
    number ("£m", "FTE", "1,000", "(£k)") or a line after one broken off mid-phrase ("Plan to", "GPs per")."""
    first = text[:1]
    if first.islower() or first in "£(%" or UNIT_WORDS.match(text):  # "FTE" under "Pharmacists"
        return True
    if first.isdigit():
        return not PERIOD_CELL_RE.match(text)
    return bool(CONNECTOR_END_RE.search(before))


def _lone_rows(kinds: Sequence[str], p: int) -> tuple[int, bool] | None:
    """The row starting at run position p: a label line, two values or more, maybe a RAG word; returns the
    count of values and whether a RAG word ends it."""
    if kinds[p] not in "ty":
        return None
    q = p + 1
    while q < len(kinds) and kinds[q] == "v":
        q += 1
    if q - p - 1 < 2:
        return None
    return q - p - 1, q < len(kinds) and kinds[q] == "r"


def _wrapped_cell_grids(lines: Sequence[str], run: list[tuple[int, str]]) -> list[Grid]:
    """One-cell-per-line tables whose header cells wrap over two or three lines ("Plan to" / "date", "GPs per" /
    "1,000" / "patients"), as a PDF converter's default (non-layout) mode prints a slide's table.

    The rows fix the shape: each is a label line (words or a year) and then k value lines, a RAG word maybe
    after them (a total row prints none), and the table runs while the rows keep k.  The header is the block of
    lines straight above the first row; its lines are joined into cells where a line carries on the one above
    (`_continues_header`), and the last k (+1 for the RAG column) cells name the columns, one more before them
    the row labels' corner ("Scheme", "Year").  A header that does not give that many cells is no table's."""
    parsed = [lone_cell(t) for _, t in run]
    kinds = [k for k, _ in parsed]
    grids: list[Grid] = []
    p = 0
    while p < len(run):
        first = _lone_rows(kinds, p)
        if first is None:
            p += 1
            continue
        k = first[0]
        shapes: list[tuple[int, int, bool]] = []  # (start, values, rag)
        q = p
        while q < len(run) and (row := _lone_rows(kinds, q)) is not None and row[0] >= k:
            if row[0] > k:  # a last row with more lines of numbers: a paragraph number follows the table
                shapes.append((q, k, False))
                q += 1 + k
                break
            shapes.append((q, *row))
            q += 1 + k + int(row[1])
        rag = any(r for _, _, r in shapes)
        grid = _lone_grid(lines, run, parsed, p, shapes, k, rag) if len(shapes) >= 2 else None
        if grid is None:
            p += 1
            continue
        grids.append(grid)
        p = q
    return grids


def _lone_header(run: list[tuple[int, str]], p: int, need: int) -> tuple[str, list[str], tuple[int, ...]] | None:
    """The corner and `need` column names joined from the lines straight above run position p, and their lines."""
    block: list[tuple[int, str]] = []
    j = p - 1
    while j >= 0 and run[j][0] == (block[0][0] if block else run[p][0]) - 1:
        block.insert(0, run[j])
        j -= 1
    groups: list[list[tuple[int, str]]] = []
    for n, text in block:
        if groups and _continues_header(groups[-1][-1][1], text):
            groups[-1].append((n, text))
        else:
            groups.append([(n, text)])
    if len(groups) < need:
        return None
    used = groups[-(need + 1) :] if len(groups) > need else groups
    names = [join_header(t for _, t in g) for g in used]
    corner = names.pop(0) if len(names) > need else ""
    return corner, names, tuple(n for g in used for n, _ in g)


def _lone_grid(
    lines: Sequence[str],
    run: list[tuple[int, str]],
    parsed: list[tuple[str, CellItem | None]],
    p: int,
    shapes: list[tuple[int, int, bool]],
    k: int,
    rag: bool,
) -> Grid | None:
    header = _lone_header(run, p, k + int(rag))
    if header is None:
        return None
    corner, names, header_lines = header
    rows = []
    for start, _k, has_rag in shapes:
        label_line, label = run[start]
        values: list[NumberToken | None] = []
        value_lines = []
        for m in range(start + 1, start + 1 + k):
            line, text = run[m]
            item = parsed[m][1]
            off = lines[line - 1].find(text[:1])
            tok = item.token if item is not None else None
            values.append(None if tok is None else replace(tok, start=tok.start + off, end=tok.end + off))
            value_lines.append(line)
        words: list[str | None] = [None] * k
        if rag:
            values.append(None)
            value_lines.append(run[start + 1 + k][0] if has_rag else value_lines[-1])
            words.append(run[start + 1 + k][1] if has_rag else None)
        rows.append(
            GridRow(value_lines[0], label, (label_line,), tuple(values), tuple(words), value_lines=tuple(value_lines))
        )
    caption, cap_line = find_caption(lines, min(header_lines))
    page, page_line = find_page_title(lines, min(header_lines))
    if caption is None:
        caption, cap_line = page, page_line
    columns = [with_unit_period(Column(clean_header(h)), None, caption) for h in names[:k]]
    if rag:
        columns.append(Column(clean_header(names[k]), role="rag"))
    last = shapes[-1][0] + k + int(shapes[-1][2])
    return Grid(
        "cells",
        min(header_lines),
        run[last][0],
        columns,
        rows,
        corner,
        caption,
        cap_line,
        header_lines,
        page_title=page,
    )
