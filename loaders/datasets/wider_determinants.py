"""`wider_determinants`: district indicator tables of the Wider Determinants of Health action plan.

Each table has one row per area (the seven districts, Leicestershire, England)
and one column per indicator.  Column headers are wrapped over several lines
above the rows; each column's unit and period come from its own header.  A
cell may print a count with its share ("5,700 (12%)"), which gives two rows.
A row the PDF converter moved below the table (past other text) is joined back
when its label is a known area and it has the table's width.  A table is read when
it names a known area; its rows for places the area table does not know are kept
with no code (and reported by `healthdash check`).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import areas
from loaders.captions_rows import Table, cells, displaced_rows
from loaders.datasets._captions import captions
from loaders.header_text import header_period, header_unit, split_header_groups
from loaders.specs import ExtractContext


def _is_area(label: str) -> bool:
    return areas.lookup(label) is not None


@dataclass(frozen=True)
class DistrictTableSpec:
    """Tables whose caption matches one of `captions`: rows are areas, columns are indicators."""

    name: str
    captions: tuple[str, ...]
    order: int = 20
    count_unit: str = "count"  # a column whose header names no unit holds counts
    share_measure: str = "{header} (%)"  # measure of the bracketed share in a "count (share%)" cell

    def _wanted(self, table: Table) -> bool:
        return bool(
            table.caption and table.rows and any(re.search(c, table.caption.text, re.IGNORECASE) for c in self.captions)
        )

    def extract(self, ctx: ExtractContext) -> None:
        for table in ctx.tables:
            if not self._wanted(table):
                continue
            area_rows = [r for r in table.rows if _is_area(r.label)]
            if not area_rows:
                continue
            widths = [len(cells(r.tokens)) for r in area_rows]
            width = max(set(widths), key=widths.count)
            # Every row is an area: one the area table does not know (another council's district) is kept, no code.
            area_rows = [r for r in table.rows if _is_area(r.label) or areas.looks_like_place(r.label)]
            headers = split_header_groups([t for _, t in table.header_before], width)
            if headers is None:
                headers = [f"column {k + 1}" for k in range(width)]
                ctx.notes.append(f"{table.title}: column headers could not be split into {width} columns")
            rows = area_rows + displaced_rows(ctx.pack, ctx.segments, table, _is_area, width=width)
            ctx.claim_table(table)
            for row in rows:
                row_cells = cells(row.tokens)
                if len(row_cells) != width:
                    ctx.notes.append(f"{table.title}: line {row.line} has {len(row_cells)} cells, not {width}")
                    continue
                for header, (number, share) in zip(headers, row_cells, strict=True):
                    period = header_period(header)
                    if number is not None:
                        ctx.emit(
                            dataset=self.name,
                            line=row.line,
                            token=number,
                            measure=header,
                            unit=header_unit(header, self.count_unit),
                            area=row.label,
                            period=period,
                            table=table.title,
                            context=row.text,
                        )
                    if share is not None:
                        ctx.emit(
                            dataset=self.name,
                            line=row.line,
                            token=share,
                            measure=self.share_measure.format(header=header),
                            unit="%",
                            area=row.label,
                            period=period,
                            table=table.title,
                            context=row.text,
                        )


SPECS = [
    DistrictTableSpec(
        name="wider_determinants",
        captions=captions("wider_determinants"),
    )
]
