"""Primary care finance tables: CCG budgets, PCN budgets, GP Forward View, co-commissioning.

Four datasets from the finance chapter of the LLR primary care strategy, each a
caption plus declarations of where its rows, columns and labels are printed:

* `primary_care_budgets` - rows with one column per CCG and a total column whose
  names are printed partly after the rows (`columns="header names"`);
* `pcn_budgets` - one column per financial year; rows that start in a later year
  are short and align to the right; its rows sit under the next table's caption;
* `gp_forward_view` - values printed before their row labels;
* `co_commissioning` - a year header and rows printed far below the caption.

Nothing here names a value or a line: the specs find captions, read the row
block that follows, resolve columns from what the pack prints and check totals.
"""

from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass

from loaders import areas
from loaders.captions_rows import Caption, Row, find_captions, is_numbered_heading
from loaders.checks import check_column_totals, check_total
from loaders.datasets._captions import caption
from loaders.numbers import NumberToken
from loaders.row_blocks import (
    RowBlock,
    align_right,
    last_years,
    names_in_lines,
    pair_labels_after,
    read_row_block,
    resolve_columns_by_total,
)
from loaders.specs import ExtractContext

_CAPTION_YEARS_RE = re.compile(r"((?:19|20)\d{2})\s?(?:[-/\u2013]\s?\d{2,4})?\s*(?:to|-|\u2013)\s*((?:19|20)\d{2})")


def caption_for(ctx: ExtractContext, pattern: str) -> Caption | None:
    """The first caption whose "Table N: title" matches `pattern`."""
    rx = re.compile(pattern, re.IGNORECASE)
    return next((c for c in find_captions(ctx.pack) if rx.search(f"{c.kind} {c.number}: {c.text}")), None)


def caption_title(c: Caption) -> str:
    return f"{c.kind} {c.number}: {c.text}"


def caption_year_count(c: Caption) -> int | None:
    """How many financial years a caption spans ("2019-20 to 2023-24" and "2019-2024" give 5)."""
    m = _CAPTION_YEARS_RE.search(c.text)
    if not m:
        return None
    first, last = int(m.group(1)), int(m.group(2))
    # "2019-20 to 2023-24" counts the last year's own column; "2019-2024" runs to it.
    span = last - first + (1 if re.search(rf"{last}\s?[-/\u2013]\s?\d{{2}}", c.text) else 0)
    return span if span > 0 else None


def claim_rows(ctx: ExtractContext, rows: list[Row]) -> None:
    """Mark the engine's tables holding any of these rows as consumed."""
    lines = {r.line for r in rows}
    for t in ctx.tables:
        if any(r.line in lines for r in t.rows):
            ctx.claim_table(t)


def claim_caption(ctx: ExtractContext, caption: Caption) -> None:
    for t in ctx.tables:
        if t.caption and t.caption.line == caption.line and not t.rows:
            ctx.claim_table(t)


def claim_number(ctx: ExtractContext, line: int, token: NumberToken) -> None:
    """Take a printed number out of the catch-all without writing a row (a rate inside a label)."""
    ctx.claimed.add((line, token.start))


def claim_label_numbers(ctx: ExtractContext, row: Row) -> None:
    """Numbers printed inside a row's label are part of the label, not values of the table."""
    from loaders.numbers import scan

    first = ctx.line(row.line).find(row.tokens[0].text) if row.tokens else -1
    for t in scan(ctx.line(row.line)):
        if 0 <= t.start < first:
            claim_number(ctx, row.line, t)


def claim_year_headers(ctx: ExtractContext, lines: list[tuple[int, str]]) -> None:
    """Years in a table's header lines ("(2020/21", "19/20 20/21") are column names, not figures."""
    from loaders.header_text import YEAR_RE
    from loaders.numbers import scan

    for n, _text in lines:
        text = ctx.line(n)
        spans = [m.span() for m in YEAR_RE.finditer(text)]
        for t in scan(text):
            if any(a <= t.start + (1 if t.text.startswith("-") else 0) < b or a <= t.start + 1 < b for a, b in spans):
                claim_number(ctx, n, t)


def _step(tokens: Sequence[NumberToken | None]) -> float:
    decimals = max((len(t.text.split(".")[1]) if "." in t.text else 0 for t in tokens if t), default=0)
    return 10.0**-decimals


def emit_grid(
    ctx: ExtractContext,
    *,
    dataset: str,
    table: str,
    rows: Sequence[tuple[Row, str, Sequence[NumberToken | None]]],
    columns: list[str],
    column_kind: str,
    unit: str,
    fixed_area: str | None = None,
    fixed_period: str | None = None,
    total_column: int | None = None,
    total_row_re: re.Pattern[str] | None = None,
    warning: str | None = None,
) -> int:
    """Write every cell of a resolved grid: (row, measure, cells) x columns, with totals checked."""
    warnings: dict[tuple[int, int], str] = {}
    if total_column is not None:
        for i, (_row, _m, cells) in enumerate(rows):
            parts = [c.value for j, c in enumerate(cells) if j != total_column and c is not None]
            total = cells[total_column]
            if total is not None and parts:
                w = check_total(parts, total.value, step=_step(cells))
                if w:
                    warnings[(i, total_column)] = f"row total: {w}"
    if total_row_re is not None:
        is_total = [bool(total_row_re.search(m)) for _r, m, _c in rows]
        for j in range(len(columns)):
            col = [c.value if (c := cells[j]) is not None else None for _r, _m, cells in rows]
            step = _step([cells[j] for _r, _m, cells in rows])
            for i, w in check_column_totals(col, is_total, step=step).items():
                warnings[(i, j)] = "; ".join(x for x in (warnings.get((i, j)), f"column total: {w}") if x)
    n = 0
    for i, (row, measure, cells) in enumerate(rows):
        for j, token in enumerate(cells):
            if token is None:
                continue
            area = fixed_area if column_kind == "period" else columns[j]
            period = columns[j] if column_kind == "period" else fixed_period
            out = ctx.emit(
                dataset=dataset,
                line=row.line,
                token=token,
                measure=measure,
                unit=unit,
                area=area,
                period=period,
                table=table,
                context=row.text,
                warning="; ".join(x for x in (warnings.get((i, j)), warning) if x) or None,
            )
            n += out is not None
        for token, per in label_rates(ctx, row):  # "PCN Participation (£1.761pwp)": a rate is a value too
            ctx.emit(
                dataset=dataset,
                line=row.line,
                token=token,
                measure=f"{measure} \u2013 rate (£ {per})",
                unit="GBP per patient",
                area=fixed_area,
                table=table,
                context=row.text,
            )
        claim_label_numbers(ctx, row)
    return n


_PER_PATIENT_RE = re.compile(r"^\s*(pwp|prp)\b", re.IGNORECASE)


def label_rates(ctx: ExtractContext, row: Row) -> list[tuple[NumberToken, str]]:
    """Money rates printed inside a row label ("(£1.761pwp)", "(£1.50 prp)"), with their "per" as printed."""
    from loaders.numbers import scan

    text = ctx.line(row.line)
    first = text.find(row.tokens[0].text) if row.tokens else -1
    out = []
    for t in scan(text):
        if not 0 <= t.start < first:
            continue
        m = _PER_PATIENT_RE.match(text[t.end :]) or re.search(r"(pwp|prp)\)?$", t.text, re.IGNORECASE)
        if m and t.unit in ("GBP", "GBP per patient"):
            out.append((t, m.group(1).lower()))
    return out


def _area_name(printed: areas.Area | str) -> str:
    return printed.name if isinstance(printed, areas.Area) else printed


@dataclass(frozen=True)
class HeaderNamesGridSpec:
    """Rows with one column per area, the area names printed around the rows in any order.

    Column names are the known areas printed in the header lines before the rows
    and the lines after them; a name saying "Total" is given to the column that
    sums the others (checked on every row), the rest keep their printed order.
    Rows with fewer values than the table's width and no label (a stray "0.0"
    left by the PDF) are not rows of the table.
    """

    name: str
    caption: str
    unit: str
    period_from_caption: bool = True
    total_row: str = r"^total\b"
    order: int = 20

    def extract(self, ctx: ExtractContext) -> None:
        cap = caption_for(ctx, self.caption)
        if cap is None:
            return
        block = read_row_block(ctx.pack, ctx.segments, cap.line + 1, accounting=True)
        if not block.rows:
            return
        width = max(len(r.tokens) for r in block.rows)
        rows = [r for r in block.rows if len(r.tokens) == width and r.label]
        strays = [r for r in block.rows if r not in rows]
        printed = names_in_lines(block.header + block.after, areas.find_areas)
        names = [a.name for _n, a in printed]
        raw = self._printed_names(block, len(names))
        columns = resolve_columns_by_total(raw, [[t.value for t in r.tokens] for r in rows])
        if columns is None:
            ctx.notes.append(f"{caption_title(cap)} (line {cap.line}): column names not resolved; not read")
            return
        by_raw = dict(zip(raw, names, strict=True))
        total_col = next(j for j, c in enumerate(columns) if "total" in c.casefold())
        period = None
        if self.period_from_caption:
            from loaders.header_text import year_columns

            years = year_columns(cap.text)
            period = years[0] if len(years) == 1 else None
        grid = [(r, r.label, list(r.tokens)) for r in rows]
        emit_grid(
            ctx,
            dataset=self.name,
            table=caption_title(cap),
            rows=grid,
            columns=[by_raw[c] for c in columns],
            column_kind="area",
            unit=self.unit,
            fixed_period=period,
            total_column=total_col,
            total_row_re=re.compile(self.total_row, re.IGNORECASE),
        )
        for r in strays:
            for t in r.tokens:
                claim_number(ctx, r.line, t)
            ctx.notes.append(
                f"{caption_title(cap)}: line {r.line} '{r.text}' has {len(r.tokens)} of {width} values and no label;"
                " not a row of the table"
            )
        claim_rows(ctx, block.rows)

    @staticmethod
    def _printed_names(block: RowBlock, count: int) -> list[str]:
        """The area names as printed, in printed order (for "Total" detection)."""
        out: list[str] = []
        for _n, text in block.header + block.after:
            found = sorted(areas.find_areas(text), key=lambda p: p[0])
            for k, (pos, _a) in enumerate(found):
                end = found[k + 1][0] if k + 1 < len(found) else len(text)
                out.append(text[pos:end].strip())
        return out if len(out) == count else out[:count]


@dataclass(frozen=True)
class YearGridSpec:
    """Rows with one column per financial year, found after a caption that spans those years.

    The rows may sit under a later caption (the PDF moved them); the block read
    is the first one after this caption whose width is the caption's year span.
    Short rows align to the right (a funding line that starts in a later year)
    when `align="right"`; a row with no label is a subtotal.
    """

    name: str
    caption: str
    area: str
    unit: str
    align: str = "right"
    total_row: str = r"^total\b"
    unlabelled: str = "Subtotal (unlabelled row)"
    header_re: str | None = None
    search: int = 200
    order: int = 20

    def extract(self, ctx: ExtractContext) -> None:
        cap = caption_for(ctx, self.caption)
        if cap is None:
            return
        claim_caption(ctx, cap)
        width = caption_year_count(cap)
        start = cap.line + 1
        if self.header_re:
            rx = re.compile(self.header_re, re.IGNORECASE)
            start = next((n for n in range(start, start + self.search) if rx.search(ctx.line(n))), start)
        block = None
        n = start
        while n < cap.line + self.search:
            b = read_row_block(ctx.pack, ctx.segments, n, limit=cap.line + self.search - n)
            if not b.rows:
                break
            w = max(len(r.tokens) for r in b.rows)
            if width is None or w == width:
                block = b
                break
            n = b.rows[-1].line + 1
        if block is None:
            ctx.notes.append(f"{caption_title(cap)} (line {cap.line}): no rows found")
            return
        width = max(len(r.tokens) for r in block.rows)
        header_text = [t for _n, t in block.header if not is_numbered_heading(t)]
        years = last_years(header_text, width)
        if years is None:
            ctx.notes.append(f"{caption_title(cap)}: year columns not found; not read")
            return
        grid = []
        for r in block.rows:
            cells = (
                align_right(list(r.tokens), width)
                if self.align == "right"
                else list(r.tokens) + [None] * (width - len(r.tokens))
            )
            grid.append((r, r.label or self.unlabelled, cells))
        total_re = re.compile(rf"{self.total_row}|^{re.escape(self.unlabelled)}$", re.IGNORECASE)
        emit_grid(
            ctx,
            dataset=self.name,
            table=caption_title(cap),
            rows=grid,
            columns=years,
            column_kind="period",
            unit=self.unit,
            fixed_area=self.area,
            total_row_re=total_re,
            warning=None,
        )
        claim_year_headers(ctx, block.header + block.after)
        claim_rows(ctx, block.rows)


@dataclass(frozen=True)
class LabelsAfterSpec:
    """Values printed first, their row labels after all of them (paired in order).

    The block starts at the header line matching `header_re` after the caption;
    columns are the year headers above the rows; area names among the trailing
    lines (a spanning "Leicester, Leicestershire and Rutland") are not labels.
    Rows with their own label ("Total") keep it.
    """

    name: str
    caption: str
    header_re: str
    area: str
    unit: str
    align: str = "right"
    total_row: str = r"^total\b"
    search: int = 120
    order: int = 20

    def extract(self, ctx: ExtractContext) -> None:
        cap = caption_for(ctx, self.caption)
        if cap is None:
            return
        rx = re.compile(self.header_re, re.IGNORECASE)
        start = next((n for n in range(cap.line + 1, cap.line + self.search) if rx.search(ctx.line(n))), None)
        if start is None:
            return
        block = read_row_block(ctx.pack, ctx.segments, start, max_gap=12)
        if not block.rows:
            return
        width = max(len(r.tokens) for r in block.rows)
        years = last_years([t for _n, t in block.header], width)
        if years is None:
            return
        labels = [(n, t) for n, t in block.after if areas.lookup(t) is None]
        pairs, pair_warning = pair_labels_after(block.rows, labels)
        label_of = {id(r): lab for r, lab in pairs}
        grid = []
        for r in block.rows:
            cells = align_right(list(r.tokens), width) if self.align == "right" else list(r.tokens)
            lab = label_of.get(id(r))
            grid.append((r, r.label or (lab[1] if lab else "Unlabelled row"), cells))
        note = "row label printed after the values, paired by order"
        if pair_warning:
            note += f" ({pair_warning})"
        emit_grid(
            ctx,
            dataset=self.name,
            table=caption_title(cap),
            rows=grid,
            columns=years,
            column_kind="period",
            unit=self.unit,
            fixed_area=self.area,
            total_row_re=re.compile(self.total_row, re.IGNORECASE),
            warning=None,
        )
        if pair_warning:
            ctx.notes.append(f"{caption_title(cap)}: {pair_warning}")
        for row in ctx.rows:
            if row["dataset"] == self.name and row["source_line"] in {r.line for r in block.rows if not r.label}:
                lab = label_of.get(id(next(r for r in block.rows if r.line == row["source_line"])))
                where = f"; label at line {lab[0]}" if lab else ""
                row["warning"] = "; ".join(x for x in (row["warning"], note + where) if x)
        claim_year_headers(ctx, block.header)
        claim_rows(ctx, block.rows)


SPECS = [
    HeaderNamesGridSpec(
        name="primary_care_budgets",
        caption=caption("primary_care_budgets"),
        unit="GBP",
    ),
    YearGridSpec(
        name="pcn_budgets",
        caption=caption("pcn_budgets"),
        area="LLR",
        unit="GBP",
        align="right",
    ),
    LabelsAfterSpec(
        name="gp_forward_view",
        caption=caption("gp_forward_view"),
        header_re=caption("gp_forward_view", "header"),
        area="LLR",
        unit="GBP",
    ),
    YearGridSpec(
        name="co_commissioning",
        caption=caption("co_commissioning"),
        area="LLR",
        unit="GBP thousands",
        header_re=r"^\s*(?:(?:19|20)\d{2}/\d{2}\s*){2,}$",
    ),
]
