"""Rows of a table fitted to its columns: labels wrapped over lines, cells spread over
the lines below, empty cells kept as spaces, sub-items under their list's lead-in.

Given where a table's rows lie and how many columns it has (from
`loaders.column_names`), `table_rows` gives each row one cell per column and
returns the lines it could not place.  Separate from `loaders.column_names`,
which reads the header, and from `loaders.row_blocks`, whose rows keep their
numbers as printed without fitting them to columns.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from loaders.numbers import NumberToken
from loaders.reading import Pack
from loaders.row_blocks import trailing_values
from loaders.segmenting import Segments


@dataclass
class TableRow:
    """One row of a table as printed: its label (wrapped lines joined) and one cell per column."""

    label: str
    cells: list[tuple[int, NumberToken] | None]
    lines: list[int]
    label_lines: list[int] = field(default_factory=list)  # lines the label was wrapped over, above the values

    @property
    def empty_cells(self) -> str:
        """Where the row has no value: "" (none), "inner" (before a value: printed as spaces) or "end" (only at
        the end, where a converter drops the spaces, so the row could as well be short by design)."""
        filled = [c is not None for c in self.cells]
        if all(filled):
            return ""
        return "end" if filled == sorted(filled, reverse=True) else "inner"


def settle_short_rows(rows: list[TableRow]) -> tuple[list[TableRow], list[int]]:
    """Rows missing only their last values are placed from the left only when other rows of the table
    show that the converter kept empty cells as spaces; otherwise they are returned as lines unplaced."""
    if any(r.empty_cells == "inner" for r in rows):
        return rows, []
    return [r for r in rows if r.empty_cells != "end"], [n for r in rows if r.empty_cells == "end" for n in r.lines]


def _space_cells(rest: str, tokens: Sequence[NumberToken], offset: int, width: int) -> list[NumberToken | None] | None:
    """Cells of a row whose empty cells kept their single space ("Black British   1" under three columns).

    The converter prints one space between cells and nothing for an empty one;
    spaces after the last value are lost, so missing cells at the end are empty.
    """
    parts = rest.split(" ")
    if len(parts) > width:
        return None
    out: list[NumberToken | None] = []
    pos, it = offset, iter(tokens)
    for part in parts:
        if not part:
            out.append(None)
        else:
            tok = next(it, None)
            if tok is None or tok.start != pos or tok.text != part:
                return None
            out.append(tok)
        pos += len(part) + 1
    if next(it, None) is not None:
        return None
    return out + [None] * (width - len(out))


def _row_cells(text: str, width: int) -> tuple[str, list[NumberToken | None]] | None:
    """A line as (label, cells) for a table of `width` columns, or None when its numbers do not fit.

    Numbers that belong to the label ("Under 18", "18-24", "75+") stay in it: the
    label takes leading numbers until the rest fill the columns, with empty
    cells read from single spaces (see `_space_cells`).
    """
    parsed = trailing_values(text)
    if parsed is None:
        return None
    _label, run = parsed
    for k in range(len(run)):
        rest_tokens = run[k:]
        label = text[: rest_tokens[0].start].strip()
        if len(rest_tokens) == width:
            return label.rstrip(" :\u2013-").strip(), list(rest_tokens)
        if len(rest_tokens) < width:
            # one space separates label and first cell; each further space is an empty cell
            start = len(text[: rest_tokens[0].start].rstrip()) + 1 if label else len(text) - len(text.lstrip())
            cells = _space_cells(text[start:], rest_tokens, start, width)
            if cells is not None:
                return label.rstrip(" :\u2013-").strip(), cells
    return None


_SUB_ITEM_RE = re.compile(r"^[a-z]\)\s*")
_LEAD_IN_RE = re.compile(r"^(?P<lead>.*:)\s*(?P<item>[a-z]\).*)$")


def table_rows(
    pack: Pack, segments: Segments, start: int, end: int, width: int, *, pending: Sequence[str] = ()
) -> tuple[list[TableRow], list[int]]:
    """Rows of a table from line `start` to `end`, each with one cell per column.

    A label wrapped over lines above its numbers joins them (text lines since
    the last row; `pending` is label text from before `start`); cells printed
    on the following lines of values join the row until it has `width` cells;
    a sub-item ("b) End of Private Rent?") takes the lead-in its list began
    with ("2) New cases of homelessness as a result of:").  Returns the rows and
    the lines of values that could not be placed in columns.
    """
    rows: list[TableRow] = []
    unplaced: list[int] = []
    label_lines: list[str] = list(pending)
    label_at: list[int] = []
    lead_in: str | None = None
    open_row: TableRow | None = None
    numbered = [
        n
        for n in range(start, min(end, len(pack.lines)) + 1)
        if n not in segments.furniture and pack.lines[n - 1].strip()
    ]
    for i, n in enumerate(numbered):
        text = pack.lines[n - 1].rstrip()  # token offsets stay those of the printed line
        parsed = trailing_values(text)
        if parsed is None:
            if open_row is not None:
                unplaced.extend(open_row.lines)
                open_row = None
            label_lines.append(text.strip())
            label_at.append(n)
            continue
        label, run = parsed
        if open_row is not None and not label and len(open_row.cells) + len(run) <= width:
            open_row.cells.extend((n, t) for t in run)
            open_row.lines.append(n)
            if len(open_row.cells) == width:
                rows.append(open_row)
                open_row = None
            continue
        if open_row is not None:
            unplaced.extend(open_row.lines)
            open_row = None
        nxt = next((m for m in numbered[i + 1 :]), None)
        continues = False
        if nxt is not None and len(run) < width:
            nparsed = trailing_values(pack.lines[nxt - 1])
            continues = bool(nparsed and not nparsed[0] and len(run) + len(nparsed[1]) <= width)
        fitted = None if continues else _row_cells(text, width)
        full_label = " ".join([*label_lines, (fitted[0] if fitted else label)]).strip()
        full_label = " ".join(full_label.split())
        wrapped, label_lines, label_at = label_at, [], []
        m = _LEAD_IN_RE.match(full_label)
        if m:
            lead_in = m.group("lead")
        elif _SUB_ITEM_RE.match(full_label) and lead_in:
            full_label = f"{lead_in} {full_label}"
        else:
            lead_in = None
        if fitted is not None:
            rows.append(TableRow(full_label, [(n, t) if t else None for t in fitted[1]], [n], wrapped))
        elif len(run) < width:
            open_row = TableRow(full_label, [(n, t) for t in run], [n], wrapped)
        else:
            unplaced.append(n)
    if open_row is not None:
        unplaced.extend(open_row.lines)
    return rows, unplaced
