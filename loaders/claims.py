"""Which dataset claimed each table: the one answer `extract`, `check`, `tables` and `add` all print.

A table is claimed when a dataset (not the catch-all `figures`) wrote rows on the table's lines, or rows
captioned with its title (a table whose rows are printed away from its caption).  A table with rows that
no dataset claimed is "unclaimed": its numbers are only in `figures`.  Deciding this in one place keeps
the commands from disagreeing about the same pack.
"""

from __future__ import annotations

from collections.abc import Iterable

import pandas as pd

from loaders.captions_rows import Table

UNCLAIMED = "unclaimed (in figures)"
NO_NUMBERS = "no numbers in the text"
AN_IMAGE = "no numbers in the text (an image?)"


def table_status(table: Table, rows: list[dict[str, object]] | pd.DataFrame) -> str:
    """The datasets holding a table's numbers ("a, b"), or UNCLAIMED, or why it has no numbers."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    if frame.empty:
        return NO_NUMBERS if not table.rows else UNCLAIMED
    specs = frame[frame["dataset"] != "figures"]
    lines = {r.line for r in table.rows}
    on_lines = specs[specs["source_line"].isin(lines)]["dataset"]
    captioned = specs[specs["table"] == table.title]["dataset"] if table.title else on_lines.iloc[:0]
    datasets = sorted(set(on_lines) | set(captioned))
    if datasets:
        return ", ".join(datasets)
    return UNCLAIMED if table.rows else AN_IMAGE


def is_unclaimed(status: str) -> bool:
    """Whether a `table_status` answer means no dataset took the table's numbers."""
    return status == UNCLAIMED


def unclaimed_tables(tables: Iterable[Table], rows: list[dict[str, object]] | pd.DataFrame) -> list[Table]:
    """The tables with rows that no dataset claimed."""
    frame = rows if isinstance(rows, pd.DataFrame) else pd.DataFrame(rows)
    return [t for t in tables if is_unclaimed(table_status(t, frame))]


def table_label(table: Table) -> str:
    """How a table is named in a list: its title and lines ("Table 4: Budgets (lines 10-22)")."""
    lines = f"lines {table.first_line}-{table.last_line}" if table.rows else "no rows"
    return f"{table.title or '(untitled)'} ({lines})"
