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
from dataclasses import dataclass

from loaders.plain_rows import Cells  # a row's cells as (offset on the line, text): the delimited reader's input

_RULE_RE = re.compile(r"^\s*\+(?:[-=:]+\+){2,}\s*$")


@dataclass(frozen=True)
class BoxTable:
    """One grid table: its first and last line (1-based, rules included), the rows as the delimited reader takes
    them (a header row, a "---" separator where the "=" rule is, then one row per box) and, per row line and
    column, the physical line a cell's text stands on when that differs from the row's first line."""

    first_line: int
    last_line: int
    block: list[tuple[int, Cells]]
    cell_lines: dict[tuple[int, int], int]


def _cut(line: str, bounds: list[int]) -> list[tuple[int, str]] | None:
    """A physical row line cut at the rule's "+" positions, or None when its bars are not there."""
    if len(line) < bounds[-1] + 1 or any(line[b] != "|" for b in (bounds[0], bounds[-1])):
        return None
    return [(a + 1, line[a + 1 : b]) for a, b in zip(bounds, bounds[1:], strict=False)]


def _box_row(group: list[tuple[int, list[tuple[int, str]]]]) -> tuple[int, Cells, dict[int, int]]:
    """One box's physical lines as one row: each column's non-empty parts joined; a cell whose text is on one
    line alone keeps that line's offset, and its line is recorded when it is not the row's first."""
    first = group[0][0]
    cells: Cells = []
    lines: dict[int, int] = {}
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
            cells.append((parts[0][1][0], " ".join(t.strip() for _, (_, t) in parts)))
    return first, cells, lines


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
        group: list[tuple[int, list[tuple[int, str]]]] = []
        last = n
        n += 1
        while n < total:
            text = lines[n].rstrip()
            if _RULE_RE.match(text) and [i for i, ch in enumerate(text) if ch == "+"] == bounds:
                if group:
                    row_line, cells, moved = _box_row(group)
                    block.append((row_line, cells))
                    cell_lines.update({(row_line, c): ln for c, ln in moved.items()})
                    group = []
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
            out.append(BoxTable(start + 1, last + 1, block, cell_lines))
        n = max(n, last + 1)
    return out
