"""Pandoc-style ASCII grid tables ("+----+----+" rules, "| cell | cell |" rows, a "+====+" rule under the
header), read as one logical row per box.

A grid table's cell may wrap over several physical lines inside its box, so a line-by-line pipe reader would
see each wrapped line as a row of its own.  This module finds the tables by their rules, cuts every physical
line at the rule's "+" positions and joins each box's lines into one cell, keeping for each cell the line its
value is printed on.  It knows no dataset, caption or label: the grids' delimited reader reads the result.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass, field

from loaders.plain_rows import Cells  # a row's cells as (offset on the line, text): the delimited reader's input

_RULE_RE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")
_DIGIT_RE = re.compile(r"\d")


@dataclass(frozen=True)
class Piece:
    """One physical line of a wrapped cell: its line, where its text starts in the joined cell and on the line."""

    line: int
    joined: int
    offset: int


@dataclass(frozen=True)
class BoxTable:
    """One grid table: its first and last line (1-based, rules included), the rows as the delimited reader takes
    them (a header row, a "---" separator where the "=" rule is, then one row per box) and, per row line and
    column, the physical line a cell's text stands on when that differs from the row's first line; a cell
    wrapped over lines keeps its `pieces` so a number in it is traced back to its own line."""

    first_line: int
    last_line: int
    block: list[tuple[int, Cells]]
    cell_lines: dict[tuple[int, int], int]
    pieces: dict[tuple[int, int], tuple[Piece, ...]] = field(default_factory=dict)

    def place(self, row_line: int, col: int, start: int, cell_offset: int) -> tuple[int, int]:
        """Where the character at `start` (an offset on the row's line, as the joined cell reads) is printed:
        (its physical line, its offset on that line)."""
        pieces = self.pieces.get((row_line, col))
        if not pieces:
            return self.cell_lines.get((row_line, col), row_line), start
        at = start - cell_offset
        piece = next(p for p in reversed(pieces) if p.joined <= at)
        return piece.line, piece.offset + at - piece.joined


def _cut(line: str, bounds: list[int]) -> list[tuple[int, str]] | None:
    """A physical row line cut at the rule's "+" positions, or None when its bars are not there."""
    if len(line) < bounds[-1] + 1 or any(line[b] != "|" for b in (bounds[0], bounds[-1])):
        return None
    return [(a + 1, line[a + 1 : b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def _box_row(
    group: list[tuple[int, list[tuple[int, str]]]],
) -> tuple[int, Cells, dict[int, int], dict[int, tuple[Piece, ...]]]:
    """One box's physical lines as one row: each column's non-empty parts joined; a cell whose text is on one
    line alone keeps that line's offset, and its line is recorded when it is not the row's first; a joined
    cell starts at its first text and keeps its pieces ("£27.8" / "million", "3,456" / "(92%)")."""
    first = group[0][0]
    cells: Cells = []
    lines: dict[int, int] = {}
    pieces: dict[int, tuple[Piece, ...]] = {}
    for col in range(len(group[0][1])):
        parts = [(n, parts[col]) for n, parts in group if parts[col][1].strip()]
        if not parts:
            cells.append((group[0][1][col][0], ""))
        elif len(parts) == 1:
            n, (off, text) = parts[0]
            cells.append((off, text))
            if n != first:
                lines[col] = n
        else:
            found: list[Piece] = []
            at = 0
            for n, (off, text) in parts:
                found.append(Piece(n, at, off + len(text) - len(text.lstrip())))
                at += len(text.strip()) + 1
            cells.append((found[0].offset, " ".join(t.strip() for _, (_, t) in parts)))
            pieces[col] = tuple(found)
            if found[0].line != first:
                lines[col] = found[0].line
    return first, cells, lines, pieces


def _unruled_rows(group: list[tuple[int, list[tuple[int, str]]]]) -> list[list[tuple[int, list[tuple[int, str]]]]]:
    """Body rows in one box (rich's tables rule only under the header and before a total): a row starts at
    each line with a row label and a number; a line with the label's words alone carries on the row above
    ("contracts (£118.60 per weighted" under "General practice: GMS ... £84,210").  One such line in a box
    is one row, however its other cells wrap ("3,456" over "(92%)")."""
    starts = [
        i
        for i, (_n, parts) in enumerate(group)
        if parts[0][1].strip() and any(_DIGIT_RE.search(t) for _o, t in parts[1:])
    ]
    if len(starts) < 2:
        return [group]
    if starts[0] != 0:
        starts[0] = 0
    return [group[a:b] for a, b in zip(starts, [*starts[1:], len(group)], strict=True)]


def find_box_tables(lines: Sequence[str]) -> list[BoxTable]:
    """Every grid table in the lines (a rule line, then row lines and rules sharing its "+" positions)."""
    out: list[BoxTable] = []
    n, total = 0, len(lines)
    while n < total:
        if "+" not in lines[n] or not _RULE_RE.match(lines[n]):
            n += 1
            continue
        rule = lines[n].rstrip()
        bounds = [i for i, ch in enumerate(rule) if ch == "+"]
        start = n
        block: list[tuple[int, Cells]] = []
        cell_lines: dict[tuple[int, int], int] = {}
        pieces: dict[tuple[int, int], tuple[Piece, ...]] = {}
        group: list[tuple[int, list[tuple[int, str]]]] = []
        boxes = 0
        last = n
        n += 1
        while n < total:
            text = lines[n].rstrip()
            if _RULE_RE.match(text) and [i for i, ch in enumerate(text) if ch == "+"] == bounds:
                if group:
                    for box in _unruled_rows(group) if boxes else [group]:  # the first box is the header
                        row_line, cells, moved, wrapped = _box_row(box)
                        block.append((row_line, cells))
                        cell_lines.update({(row_line, c): ln for c, ln in moved.items()})
                        pieces.update({(row_line, c): p for c, p in wrapped.items()})
                    group = []
                    boxes += 1
                if "=" in text and not any(c == "---" for _, cells in block for _, c in cells):
                    block.append((n + 1, [(b + 1, "---") for b in bounds[:-1]]))
                last = n
                n += 1
                continue
            parts = _cut(text, bounds)
            if parts is None:
                break
            group.append((n + 1, parts))
            n += 1
        if len(block) >= 2:
            out.append(BoxTable(start + 1, last + 1, block, cell_lines, pieces))
        n = max(n, last + 1)
    return out
