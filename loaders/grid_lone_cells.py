"""Tables printed one cell per line, as a PDF converter's default (non-layout) mode prints them: a header of N
names and then rows of N lines, and a slide deck's tables whose header cells wrap over two or three lines and whose
rows may end in a RAG word.

A row here is a run of lines rather than a line, so these tables have a reader of their own.
"""

from __future__ import annotations

import re
from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass, replace

from loaders.grid_captions import (
    CONNECTOR_END_RE,
    CONTINUED_ALONE_RE,
    caption_text,
    find_caption,
    find_page_title,
    is_prose,
)
from loaders.grid_cells import (
    DIGIT_RE,
    NUMBERING_HEADER_RE,
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
from loaders.numbers import NumberToken, is_missing, scan
from loaders.prefilter import digit_lines


def cell_grids(lines: Sequence[str], taken: set[int]) -> list[Grid]:
    """Runs of short lines that repeat a label and N-1 values after a header of N (or N-1) names."""
    grids: list[Grid] = []
    runs: list[list[tuple[int, str]]] = []
    current: list[tuple[int, str]] = []
    numbered = set(digit_lines(lines))  # a caption has a number
    for i, text in enumerate(lines, 1):
        t = " ".join(text.strip().strip("*_").split())  # the cell, markup dropped (`strip_markup`)
        if not t and is_missing(text.strip()):
            t = text.strip()  # "*": a suppressed value's cell, not markup around nothing
        if (
            t
            and i not in taken
            and len(t) <= LONG_CELL_LABEL
            and (not is_prose(text) or not text.rstrip().endswith(".") and _heads_a_value(lines, i))
            and not (i in numbered and caption_text(text))
            # the costly tests last: most lines fail a cheap one
            and (len(t) <= 40 or _heads_a_value(lines, i) or current and _amid_cells(lines, i, t))
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
        kinds = ["m" if is_missing(t) else cell_kind(t) for _, t in run]  # "m": a gap marker in a value's cell
        # a run with a gap marker in it is read as rows of exactly N cells under N names first; any other run, or
        # one that does not fit that shape, as wrapped cells first
        exact = _cell_run_grid(lines, run, kinds) if "m" in kinds else None
        wrapped = [] if exact is not None else _wrapped_cell_grids(lines, run)
        if not wrapped and exact is None and "m" not in kinds:
            exact = _cell_run_grid(lines, run, kinds)
        grids += wrapped or ([exact] if exact is not None else [])
    return grids


LONG_CELL_LABEL = 90  # a row label printed on its own line may be long ("Walking for travel, ... (%), 2022/23")


def _amid_cells(lines: Sequence[str], i: int, t: str) -> bool:
    """A long cell inside a run of cells (a header's "Temporary accommodation per 1,000 households"): no sentence
    ends in it and the next line with text is a short cell too."""
    if t.endswith((".", ":", ";")):
        return False
    nxt = next((x.strip() for x in lines[i : i + 3] if x.strip()), "")
    return 0 < len(nxt) <= 40


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
                body[r * width] == "t" and all(k in "vym" for k in body[r * width + 1 : (r + 1) * width])
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


_CODE_CELL_RE = re.compile(r"^[A-Z]{1,3}\d{2,6}[A-Z]?$")
"""A row's code in a cell of its own ("U41206", "Y02568"): the row's key, not a value."""

_MARKER_RE = re.compile(r"^[1-9]$")
"""A footnote's superscript mark, printed on a line of its own after the value it marks ("6.9" / "1")."""


@dataclass(frozen=True)
class _LoneRow:
    """Where one row of a one-cell-per-line table lies in its run of lines: its label's lines, a code cell, its
    value cells (numbers and gap marks, "-", "n/a") and a RAG word, as run positions."""

    label: tuple[int, ...]
    code: int | None
    cells: tuple[int, ...]
    rag: int | None
    end: int  # the run position after the row


def _lone_kinds(run: list[tuple[int, str]]) -> list[str]:
    """Each line's kind for the row reader: `lone_cell`'s ("v", "y", "r", "t"), "e" a gap mark and "c" a code."""
    kinds = []
    for _, text in run:
        kind = lone_cell(text)[0]
        if kind == "t" and is_missing(text):
            kind = "e"
        elif kind == "t" and _CODE_CELL_RE.match(text):
            kind = "c"
        kinds.append(kind)
    return kinds


def _continues_label(above: str, text: str) -> bool:
    """A row label's line that carries on the one above: a lower-case, bracket or digit start ("pathway",
    "(iBCF)", "4 hours") or a line above broken off mid-phrase ("Brinton and")."""
    first = text[:1]
    return first.islower() or first == "(" or first.isdigit() or CONNECTOR_END_RE.search(above) is not None


MAX_LABEL_LINES = 3  # a row label wraps over three lines at most in a table's narrow first column


def _lone_row(run: list[tuple[int, str]], kinds: Sequence[str], p: int, within: bool) -> _LoneRow | None:
    """The row starting at run position p: a label of one to three lines, maybe a code, two cells or more (one
    a number at least), maybe a RAG word.  Where a row of the table ended just before (`within`), every line of
    words up to the cells is the label's ("Cancer 28-day Faster Diagnosis" / "Standard"); above a table's first
    row only the lines that carry on the one above are, the rest being its header."""
    if kinds[p] not in "ty" or UNIT_WORDS.match(run[p][1]):
        return None
    q = p + 1
    while (
        q < len(run)
        and q - p < MAX_LABEL_LINES
        and kinds[q] == "t"
        and (within or _continues_label(run[q - 1][1], run[q][1]))
    ):
        q += 1
    label = tuple(range(p, q))
    code = q if q < len(run) and kinds[q] == "c" else None
    q += code is not None
    cells = []
    while q < len(run) and kinds[q] in "ve":
        cells.append(q)
        q += 1
    if len(cells) < 2 or not any(kinds[c] == "v" for c in cells):
        return None
    rag = q if q < len(run) and kinds[q] == "r" else None
    return _LoneRow(label, code, tuple(cells), rag, q + (rag is not None))


def _fitted(
    run: list[tuple[int, str]], kinds: Sequence[str], row: _LoneRow, k: int, rag: bool, last: bool
) -> _LoneRow | None:
    """The row holding the table's k cells: footnote marks after a value dropped ("6.9" / "1"), a gap mark
    where the RAG word would be taken as that (an indicator not rated), and on the table's last row any lines
    of numbers after its cells left (a paragraph number follows the table).  None when it does not fit."""
    cells = list(row.cells)
    rag_at = row.rag
    if rag and rag_at is None and len(cells) == k + 1 and kinds[cells[-1]] == "e":
        rag_at = cells.pop()
    for i in reversed(_marks(run, kinds, cells)):
        if len(cells) > k:
            del cells[i]
    if len(cells) > k and last and rag_at is None:
        cells = cells[:k]
    return replace(row, cells=tuple(cells), rag=rag_at) if len(cells) == k else None


def _marks(run: list[tuple[int, str]], kinds: Sequence[str], cells: Sequence[int]) -> list[int]:
    """The positions among a row's cells that may be footnote marks: a digit 1-9 alone after a value or a gap."""
    return [i for i in range(1, len(cells)) if _MARKER_RE.match(run[cells[i]][1]) and kinds[cells[i - 1]] in "ve"]


def _wrapped_cell_grids(lines: Sequence[str], run: list[tuple[int, str]]) -> list[Grid]:
    """One-cell-per-line tables printed row by row, as a PDF converter's default (non-layout) mode prints a
    slide's or a report's table: header cells wrapped over two or three lines ("Plan to" / "date"), a units row
    ("£m" a line for each column), row labels wrapped too ("Brinton and" / "Lowmarsh"), a code cell after the
    label, gap marks ("-", "n/a"), footnote marks on lines of their own, a RAG word ending a row.

    The rows fix the shape: each is a label and then k cells, a RAG word maybe after them (a total row prints
    none), and the table runs while the rows keep k.  The header is the block of lines straight above the first
    row (`_lone_header`).  A header that does not give a name for each column is no table's.  k is the count
    most rows without a footnote mark hold."""
    parsed = [lone_cell(t) for _, t in run]
    kinds = _lone_kinds(run)
    grids: list[Grid] = []
    p = floor = 0  # a table's header lies below the table before it
    while p < len(run):
        rows: list[_LoneRow] = []
        q = p
        while q < len(run) and (row := _lone_row(run, kinds, q, within=bool(rows))) is not None:
            rows.append(row)
            q = row.end
        if len(rows) < 2:
            p += 1
            continue
        unmarked = [len(r.cells) for r in rows if not _marks(run, kinds, r.cells)]
        k = Counter(unmarked or [len(r.cells) for r in rows]).most_common(1)[0][0]
        rag = any(r.rag is not None for r in rows)
        fitted: list[_LoneRow] = []
        for n, r in enumerate(rows):
            if (f := _fitted(run, kinds, r, k, rag, n == len(rows) - 1)) is None:
                break
            fitted.append(f)
        grid = _lone_grid(lines, run, parsed, kinds, fitted, k, rag, floor) if len(fitted) >= 2 else None
        if grid is None:
            p += 1
            continue
        grids.append(grid)
        p = floor = fitted[-1].end
    return grids


def _lone_header(
    lines: Sequence[str], run: list[tuple[int, str]], kinds: Sequence[str], p: int, floor: int, need: int
) -> tuple[str, list[str], tuple[int, ...], list[str], int] | None:
    """The corner and `need` column names joined from the lines straight above run position p (down to `floor`),
    their lines, the units row under them ("£m" / "£m" / "£m", one a column; none printed for an empty cell),
    and how many lines over p start the first row's label.  None where the lines do not give that many names.

    The names are the last groups of lines above the first row, unless the lines start straight under the
    table's caption: then they are the first, and a line or two left over between them and the row wraps its
    label ("Cancer 28-day Faster Diagnosis" / "Standard")."""
    block: list[tuple[int, str]] = []
    j = p - 1
    while j >= floor and run[j][0] == (block[0][0] if block else run[p][0]) - 1:
        if kinds[j] == "r" or CONTINUED_ALONE_RE.match(run[j][1]):
            break  # another table's row, or the caption over this one ("Figure 1 data")
        block.insert(0, run[j])
        j -= 1
    units: list[tuple[int, str]] = []
    while block and UNIT_WORDS.match(block[-1][1]) and not block[-1][1][:1].isalpha():
        units.insert(0, block.pop())  # "£m", "£000", "%" (not "FTE", which ends a wrapped header cell)
    if len(units) == 1:
        block.append(units.pop())  # one mark is the last column's own ("Forecast (% of allocation)" / "%")
    groups: list[list[tuple[int, str]]] = []
    for n, text in block:
        if groups and _continues_header(groups[-1][-1][1], text):
            groups[-1].append((n, text))
        else:
            groups.append([(n, text)])
    if len(groups) < need:
        return None
    used = groups[-(need + 1) :] if len(groups) > need else groups
    spill = 0
    if len(groups) > need + 1 and not units and block[0][0] > 1:
        above = lines[block[0][0] - 2].strip()
        left = sum(len(g) for g in groups[need + 1 :])
        if (caption_text(above) or CONTINUED_ALONE_RE.match(above)) and left < MAX_LABEL_LINES:
            used, spill = groups[: need + 1], left
    names = [join_header(t for _, t in g) for g in used]
    corner = names.pop(0) if len(names) > need else ""
    header_lines = tuple(n for g in used for n, _ in g) + tuple(n for n, _ in units)
    return corner, names, header_lines, [t for _, t in units], spill


def _lone_grid(
    lines: Sequence[str],
    run: list[tuple[int, str]],
    parsed: list[tuple[str, CellItem | None]],
    kinds: Sequence[str],
    shapes: list[_LoneRow],
    k: int,
    rag: bool,
    floor: int,
) -> Grid | None:
    coded = any(r.code is not None for r in shapes)
    header = _lone_header(lines, run, kinds, shapes[0].label[0], floor, int(coded) + k + int(rag))
    if header is None:
        return None
    corner, names, header_lines, units, spill = header
    if spill:
        first = shapes[0]
        shapes = [replace(first, label=(*range(first.label[0] - spill, first.label[0]), *first.label)), *shapes[1:]]
    rows = []
    for shape in shapes:
        values: list[NumberToken | None] = []
        value_lines = []
        for m in shape.cells:
            line, text = run[m]
            item = parsed[m][1]
            off = lines[line - 1].find(text[:1])
            tok = item.token if item is not None else None
            values.append(None if tok is None else replace(tok, start=tok.start + off, end=tok.end + off))
            value_lines.append(line)
        words: list[str | None] = [None] * k
        if coded:
            values.insert(0, None)
            words.insert(0, None if shape.code is None else run[shape.code][1])
            value_lines.insert(0, run[shape.label[-1] if shape.code is None else shape.code][0])
        if rag:
            values.append(None)
            value_lines.append(run[shape.rag][0] if shape.rag is not None else value_lines[-1])
            words.append(run[shape.rag][1] if shape.rag is not None else None)
        label = join_header(run[m][1] for m in shape.label)
        label_lines = tuple(run[m][0] for m in shape.label)
        rows.append(
            GridRow(value_lines[0], label, label_lines, tuple(values), tuple(words), value_lines=tuple(value_lines))
        )
    caption, cap_line = find_caption(lines, min(header_lines))
    page, page_line = find_page_title(lines, min(header_lines))
    if caption is None:
        caption, cap_line = page, page_line
    columns = []
    if coded:
        code_header = clean_header(names[0])
        columns.append(Column(code_header, role="numbering" if NUMBERING_HEADER_RE.match(code_header) else "words"))
    value_names = names[int(coded) : int(coded) + k]
    column_units: list[str | None] = (
        list(units) if len(units) == k else [units[0] if len(set(units)) == 1 else None] * k
    )
    for h, unit in zip(value_names, column_units, strict=True):
        columns.append(with_unit_period(Column(clean_header(h)), unit, caption))
    if rag:
        columns.append(Column(clean_header(names[-1]), role="rag"))
    last = max(shapes[-1].end - 1, shapes[-1].cells[-1])
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
