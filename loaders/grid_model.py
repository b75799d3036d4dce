"""The table a grid reader gives back: a `Grid` of `Column`s and `GridRow`s, each cell keeping its pack line and
its place on the line.

Kept apart from the readers so that whatever uses a grid (places, the specs, the tables dataset, the check report)
imports the model alone, with no reader and no import cycle.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass, field

from loaders.numbers import NumberToken

RAG_WORDS = {
    "r": "Red",
    "red": "Red",
    "a": "Amber",
    "amber": "Amber",
    "g": "Green",
    "green": "Green",
    "b": "Blue",
    "blue": "Blue",
    "a/g": "Amber/Green",
    "r/a": "Red/Amber",
    "amber/green": "Amber/Green",
    "red/amber": "Red/Amber",
}


@dataclass(frozen=True)
class Column:
    """One value column: its header as read (all header lines joined), unit and period if it states them."""

    header: str
    unit: str | None = None
    period: str | None = None
    role: str = "values"  # "values", "period" (cells are periods), "numbering", "rag", "words"


@dataclass(frozen=True)
class GridRow:
    """One row: its label (wrapped lines joined), the line of its values, a value or a word per column."""

    line: int
    label: str
    label_lines: tuple[int, ...]
    values: tuple[NumberToken | None, ...]
    words: tuple[str | None, ...]
    group: str | None = None
    value_lines: tuple[int, ...] = ()  # each value's own line, where a table prints one cell per line
    shares: tuple[NumberToken | None, ...] = ()  # the "(92%)" a "3,456 (92%)" cell prints after its value
    share_lines: tuple[int, ...] = ()  # each share's own line, where its cell wraps it below the value

    @property
    def period(self) -> str | None:
        return None

    def line_of(self, i: int) -> int:
        """The line the i-th value is printed on."""
        return self.value_lines[i] if self.value_lines else self.line

    def share_of(self, i: int) -> tuple[int, NumberToken] | None:
        """The i-th cell's bracketed share and the line it is printed on, if the cell prints one."""
        tok = self.shares[i] if i < len(self.shares) else None
        if tok is None:
            return None
        return (self.share_lines[i] if self.share_lines else self.line_of(i)), tok


@dataclass
class Grid:
    """A table as read: where it is, its caption, its header and its rows."""

    layout: str
    first_line: int
    last_line: int
    columns: list[Column]
    rows: list[GridRow]
    corner: str = ""
    caption: str | None = None
    caption_line: int | None = None
    header_lines: tuple[int, ...] = ()
    notes: list[str] = field(default_factory=list)
    page_title: str | None = None  # the title of the slide the table is on, where form feeds start pages

    def cells(self) -> Iterable[tuple[GridRow, int, NumberToken]]:
        """Every value cell: (row, column index, token)."""
        for row in self.rows:
            for i, tok in enumerate(row.values):
                if tok is not None and self.columns[i].role == "values":
                    yield row, i, tok

    def row_period(self, row: GridRow) -> str | None:
        """The period a row's own period column prints, if the table has one."""
        for i, col in enumerate(self.columns):
            if col.role == "period" and row.words[i]:
                return row.words[i]
        return None

    def row_rag(self, row: GridRow) -> str | None:
        for i, col in enumerate(self.columns):
            if col.role == "rag" and row.words[i]:
                return RAG_WORDS.get(row.words[i].casefold())  # type: ignore[union-attr]
        return None
