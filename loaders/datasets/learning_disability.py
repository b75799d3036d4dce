"""`learning_disability`: tables of the Transforming Care (learning disability and autism) report.

Inpatient admissions by commissioner and year, admission placements for CCG
beds, average length of stay by placement (days, months, years) and annual
health check performance.  The programme covers Leicester, Leicestershire and
Rutland (LLR), so every row is for LLR.
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders.captions_rows import Caption, find_captions
from loaders.datasets._captions import caption as caption_of
from loaders.header_text import year_columns
from loaders.numbers import scan
from loaders.row_blocks import label_value_lines, wrapped_label
from loaders.specs import ExtractContext


def _caption_matches(caption: Caption | None, pattern: str) -> bool:
    return bool(caption and re.search(pattern, caption.text, re.IGNORECASE))


@dataclass(frozen=True)
class YearColumnsTable:
    """Rows of a label and one value per year; the years are in the header ("19/20", "20/21")."""

    caption: str
    measure: str  # "{label}" is the row label
    unit: str = "count"
    area: str = "LLR"

    def apply(self, ctx: ExtractContext, dataset: str) -> None:
        for table in ctx.tables:
            if not _caption_matches(table.caption, self.caption) or not table.rows:
                continue
            years = year_columns(" ".join(t for _, t in table.header_before))
            if len(years) != table.width:
                ctx.notes.append(f"{table.title}: {len(years)} year columns for {table.width} values")
                continue
            ctx.claim_table(table)
            for n, _ in table.header_before:  # "19/20" in a header is a column name, not a figure
                ctx.claimed.update((n, t.start) for t in scan(ctx.line(n)))
            for row in table.rows:
                for year, tok in zip(years, row.tokens, strict=False):
                    ctx.emit(
                        dataset=dataset,
                        line=row.line,
                        token=tok,
                        measure=self.measure.format(label=row.label),
                        unit=self.unit,
                        area=self.area,
                        period=year,
                        table=table.title,
                        context=row.text,
                    )


@dataclass(frozen=True)
class NamedColumnsTable:
    """Rows of a label and values whose columns are named by `columns` (header pattern, measure, unit).

    The columns' order is the order their patterns appear in the header text.
    """

    caption: str
    columns: tuple[tuple[str, str, str], ...]
    area: str = "LLR"

    def apply(self, ctx: ExtractContext, dataset: str) -> None:
        for table in ctx.tables:
            if not _caption_matches(table.caption, self.caption) or not table.rows:
                continue
            header = " ".join(t for _, t in table.header_before)
            found = [
                (m.start(), measure, unit)
                for rx, measure, unit in self.columns
                if (m := re.search(rx, header, re.IGNORECASE))
            ]
            if len(found) != table.width:
                ctx.notes.append(f"{table.title}: {len(found)} named columns for {table.width} values")
                continue
            found.sort()
            ctx.claim_table(table)
            for row in table.rows:
                label = wrapped_label(ctx.pack, ctx.segments, table, row)
                for (_, measure, unit), tok in zip(found, row.tokens, strict=False):
                    ctx.emit(
                        dataset=dataset,
                        line=row.line,
                        token=tok,
                        measure=measure.format(label=label),
                        unit=unit,
                        area=self.area,
                        table=table.title,
                        context=row.text,
                    )


@dataclass(frozen=True)
class LabelValueTable:
    """A small table printed as "label value" lines after its caption (see `row_blocks.label_value_lines`)."""

    caption: str
    measure: str  # "{label}" is the row label
    unit: str = "count"
    area: str = "LLR"

    def apply(self, ctx: ExtractContext, dataset: str) -> None:
        for caption in find_captions(ctx.pack):
            if not _caption_matches(caption, self.caption):
                continue
            title = f"{caption.kind} {caption.number}: {caption.text}"
            for row in label_value_lines(ctx.pack, ctx.segments, caption):
                tok = row.tokens[0]
                years = year_columns(row.label)
                # Numbers in the label ("20/21 Vs 19/20") name periods, they are not figures.
                ctx.claimed.update((row.line, t.start) for t in scan(ctx.line(row.line)) if t.start < tok.start)
                ctx.emit(
                    dataset=dataset,
                    line=row.line,
                    token=tok,
                    measure=self.measure.format(label=row.label),
                    unit=tok.unit or self.unit,
                    area=self.area,
                    period=years[0] if len(years) == 1 else None,
                    table=title,
                    context=row.text,
                )
            for table in ctx.tables:
                if table.caption == caption:
                    ctx.claim_table(table)


@dataclass(frozen=True)
class TablesSpec:
    name: str
    tables: tuple[YearColumnsTable | NamedColumnsTable | LabelValueTable, ...]
    order: int = 25

    def extract(self, ctx: ExtractContext) -> None:
        for spec in self.tables:
            spec.apply(ctx, self.name)


SPECS = [
    TablesSpec(
        name="learning_disability",
        tables=(
            YearColumnsTable(
                caption=caption_of("learning_disability", "admissions"), measure="Inpatient admissions: {label}"
            ),
            LabelValueTable(
                caption=caption_of("learning_disability", "placements"), measure="Admissions to CCG beds: {label}"
            ),
            NamedColumnsTable(
                caption=caption_of("learning_disability", "length_of_stay"),
                columns=(
                    (r"\bDays\b", "Average length of stay in days: {label}", "days"),
                    (r"\bMonths\b", "Average length of stay in months: {label}", "months"),
                    (r"\bYears\b", "Average length of stay in years: {label}", "years"),
                ),
            ),
            LabelValueTable(
                caption=caption_of("learning_disability", "health_checks"), measure="Annual Health Checks: {label}"
            ),
        ),
    )
]
