"""The contract between the engine and the dataset specs.

A dataset spec is a small declarative object (captions, labels, columns, units,
periods) with one method, `extract(ctx)`, that turns what the engine found in a
pack into tidy rows through `ctx.emit(...)`.  Specs never name values or line
numbers.  `emit` fills provenance (file, line, meeting, committee, report) from
the segmenter, so every row can be traced, and claims the printed number so the
catch-all `figures` dataset does not write it a second time.
"""

from __future__ import annotations

import importlib
import pkgutil
from collections.abc import Iterable
from dataclasses import dataclass, field
from typing import Any, Protocol

from loaders import places
from loaders.captions_rows import Table
from loaders.columns import column_views
from loaders.grid_model import Grid
from loaders.grids import find_grids
from loaders.numbers import NumberToken
from loaders.owners import Owners, owners
from loaders.reading import Pack
from loaders.segmenting import Segments


@dataclass
class ExtractContext:
    """What specs see of one pack, and where they put their rows."""

    pack: Pack
    segments: Segments
    tables: list[Table]
    rows: list[dict[str, Any]] = field(default_factory=list)
    claimed: set[tuple[int, int]] = field(default_factory=set)  # (line, token start)
    claimed_tables: set[int] = field(default_factory=set)  # id() of tables a spec used
    notes: list[str] = field(default_factory=list)  # e.g. "Table 2 was an image: no numbers"
    # (line, column) of a figure in running text -> the topic its sentence is about (loaders.topics.of_figure):
    # it stays in `figures` through every check and is filed under its topic last (pipeline.file_text_figures)
    text_topics: dict[tuple[int, int], str] = field(default_factory=dict)
    _grids: list[Grid] | None = None
    _owners: Owners | None = None

    def grids(self) -> list[Grid]:
        """Every table of the pack in any layout (`loaders.grids`), found once and shared by the specs."""
        if self._grids is None:
            views = column_views(self.pack.lines)  # a two-column page's tables are read one column at a time
            found = [g for view in views for g in find_grids(view, self.segments.furniture)]
            self._grids = sorted(found, key=lambda g: g.first_line) if len(views) > 1 else found
        return self._grids

    def home_at(self, line: int) -> str | None:
        """The area of a figure on this line that names no place: the home area, or the NHS body whose own
        finances its report is about (`loaders.owners`)."""
        if self._owners is None:
            self._owners = owners(self.pack.lines, self.segments, places.home_area(self.pack.lines))
        return self._owners.at(line)

    def line(self, n: int) -> str:
        """Text of 1-based line n."""
        return self.pack.lines[n - 1] if 1 <= n <= len(self.pack.lines) else ""

    def is_claimed(self, line: int, token: NumberToken) -> bool:
        return (line, token.start) in self.claimed

    def claim_table(self, table: Table) -> None:
        self.claimed_tables.add(id(table))

    def emit(
        self,
        *,
        dataset: str,
        line: int,
        token: NumberToken,
        measure: str,
        unit: str | None = None,
        area: str | None = None,
        period: str | None = None,
        table: str | None = None,
        context: str | None = None,
        value: float | None = None,
        target: float | None = None,
        rag: str | None = None,
        warning: str | None = None,
        role: str | None = None,
    ) -> dict[str, Any] | None:
        """Add one tidy row for a printed number; a number already claimed is not written twice."""
        if (line, token.start) in self.claimed:
            return None
        self.claimed.add((line, token.start))
        section = self.segments.section_at(line)
        row = {
            "dataset": dataset,
            "area": area,
            "period": period,
            "measure": " ".join(measure.split()),
            "value": token.value if value is None else value,
            "value_text": token.text,
            "unit": unit or token.unit or "number",
            "context": " ".join((context or self.line(line)).split()),
            "source_file": self.pack.name,
            "source_line": line,
            "source_column": token.start + 1,
            "committee": section.committee or self.segments.committee,
            "meeting_date": section.meeting_date,
            "pack_date": self.segments.pack_date,
            "report": section.title,
            "table": table,
            "target": target,
            "rag": rag,
            "warning": "; ".join(w for w in (token.warning, warning) if w) or None,
            "role": role,
        }
        self.rows.append(row)
        return row


class DatasetSpec(Protocol):
    """A declarative description of one dataset and how to read it from a pack."""

    name: str

    def extract(self, ctx: ExtractContext) -> None: ...


def discover_specs() -> list[DatasetSpec]:
    """Every spec in loaders.datasets, in module order, the catch-all `figures` last.

    Adding a dataset means adding a module with a `SPECS` list; nothing else changes.
    """
    import loaders.datasets as pkg

    specs: list[DatasetSpec] = []
    for info in sorted(pkgutil.iter_modules(pkg.__path__), key=lambda m: m.name):
        module = importlib.import_module(f"{pkg.__name__}.{info.name}")
        specs.extend(getattr(module, "SPECS", []))
    return sorted(specs, key=lambda s: getattr(s, "order", 50))


def run_specs(ctx: ExtractContext, specs: Iterable[DatasetSpec]) -> None:
    for spec in specs:
        spec.extract(ctx)
