"""`bcf`: Better Care Fund (and NHS transfer) metrics, targets, actuals, RAG ratings and allocations.

* `BcfMetricsSpec`: a metrics table whose rows print only values and a RAG
  letter ("624.1 51.9 615.0 G", "244.38 n/a 217.44 G") under a header naming
  the columns ("Target", "Latest Data", "RAG-rated data", "RAG"); each row's
  label ("METRIC 3: Delayed transfers of care ...") is wrapped over the lines
  above it, blank lines between.
* `ColumnMajorSpec`: a table printed column by column: a run of labels, then
  the column header, then a run of values in the same order (and a total).
"""

from __future__ import annotations

import re
from dataclasses import dataclass

from loaders import figures as fig
from loaders import rag
from loaders.datasets.performance import _unit_of
from loaders.header_text import year_columns
from loaders.numbers import NumberToken, is_missing, parse_value, scan
from loaders.prefilter import digit_lines
from loaders.reading import step_back, step_forward
from loaders.specs import ExtractContext

DATASET = "bcf"
_VALUE_CELL_RE = re.compile(r"^-?\d[\d,]*(?:\.\d+)?%?$")


@dataclass(frozen=True)
class BcfMetricsSpec:
    name: str = "bcf_metrics"
    order: int = 36
    columns: tuple[str, ...] = ("Target", "Latest data", "RAG-rated data")
    value_column: str = "RAG-rated data"
    header_lines: int = 120
    label_lines: int = 9

    def extract(self, ctx: ExtractContext) -> None:
        for n in digit_lines(ctx.pack.lines):  # a row without a digit has no value to write
            text = ctx.pack.lines[n - 1]
            cells = text.split()
            if not cells or n in ctx.segments.furniture:
                continue
            rating = rag.trailing_letter(text)
            values = cells[:-1] if rating else cells
            if not rating or len(values) != len(self.columns):
                continue
            if not all(_VALUE_CELL_RE.match(c) or is_missing(c) for c in values):
                continue
            if not self._has_header(ctx, n):
                continue
            label = self._label_above(ctx, n)
            tokens = scan(text)
            by_cell = self._cells_to_tokens(text, values, tokens)
            target_tok = by_cell.get(0)
            target = target_tok.value if target_tok else None
            for i, col in enumerate(self.columns):
                t = by_cell.get(i)
                if t is None:
                    continue
                main = col == self.value_column
                measure = label if main else f"{label} \u2013 {col.lower()}"
                ctx.emit(
                    dataset=DATASET,
                    line=n,
                    token=t,
                    measure=measure,
                    unit=_unit_of(label, t),
                    area=fig.home_area(ctx.pack.lines),
                    table="BCF metrics",
                    target=target if main else None,
                    rag=rating if main else None,
                    context=f"{label}: {text.strip()}",
                )

    def _has_header(self, ctx: ExtractContext, n: int) -> bool:
        above = " ".join(ctx.line(k) for k in range(step_back(ctx.pack.lines, n, self.header_lines), n)).casefold()
        words = " ".join(above.split())
        pos = 0
        for col in self.columns:
            i = words.find(col.casefold(), pos)
            if i < 0:
                return False
            pos = i
        return True

    def _label_above(self, ctx: ExtractContext, n: int) -> str:
        got: list[str] = []
        for k in range(n - 1, step_back(ctx.pack.lines, n, self.label_lines * 2) - 1, -1):
            text = ctx.line(k).strip()
            if k in ctx.segments.furniture or not text:
                continue
            if text.endswith(".") or rag.trailing_letter(text) or len(got) >= self.label_lines:
                break
            got.insert(0, text)
            if re.match(r"^metric\s+\d+\b", text, re.IGNORECASE):
                break
        return " ".join(" ".join(got).split()) or "BCF metric"

    @staticmethod
    def _cells_to_tokens(text: str, values: list[str], tokens: list[NumberToken]) -> dict[int, NumberToken]:
        out: dict[int, NumberToken] = {}
        it = iter(tokens)
        for i, cell in enumerate(values):
            if is_missing(cell):
                continue
            t = next(it, None)
            if t is not None:
                out[i] = t
        return out


def _is_label_text(text: str, has_digit: bool = True) -> bool:
    """A row label of a column-major table: short words with no number (the text stripped; `has_digit`: whether
    it holds a digit, known for the whole pack at once: a text without one holds no number)."""
    return (
        bool(text)
        and text[0].isalpha()
        and len(text) <= 60
        and not text.endswith(".")
        and not (has_digit and scan(text))
    )


@dataclass(frozen=True)
class ColumnMajorSpec:
    """Labels on lines of their own, a header, then one value a line in the same order (maybe a total)."""

    name: str = "bcf_column_major"
    order: int = 37
    min_rows: int = 3
    max_gap: int = 8

    def extract(self, ctx: ExtractContext) -> None:
        lines = ctx.pack.lines
        # how many label lines run from each line on (read once: every line starts a run that is measured)
        labels_from = [0] * (len(lines) + 2)
        with_digits = set(digit_lines(lines))
        for k in range(len(lines), 0, -1):
            labels_from[k] = labels_from[k + 1] + 1 if _is_label_text(lines[k - 1].strip(), k in with_digits) else 0
        # a table the grid readers found is read whole, and claimed by what it holds (`grid_tables`)
        in_grid = {n for g in ctx.grids() for n in range(g.first_line, g.last_line + 1)}
        n = 1
        while n <= len(lines):
            labels = list(range(n, n + labels_from[n]))
            if len(labels) >= self.min_rows:
                end = labels[-1]
                header: list[int] = []
                k = end + 1
                reach = step_forward(ctx.pack.lines, end, self.max_gap)  # a run of blank lines counts as one
                while k <= reach and not self._is_value(ctx, k):
                    if lines[k - 1].strip():
                        header.append(k)
                    k += 1
                values = self._run(ctx, k, self._is_value)
                if header and len(values) in (len(labels), len(labels) + 1) and not in_grid.intersection(values):
                    self._emit(ctx, labels, header, values)
                    n = values[-1] + 1
                    continue
                n = end + 1
                continue
            n += 1

    def _run(self, ctx: ExtractContext, start: int, test) -> list[int]:  # type: ignore[no-untyped-def]
        out: list[int] = []
        k = start
        while k <= len(ctx.pack.lines) and test(ctx, k):
            out.append(k)
            k += 1
        return out

    @staticmethod
    def _is_value(ctx: ExtractContext, n: int) -> bool:
        text = ctx.line(n).strip()
        return n != 0 and n not in ctx.segments.furniture and bool(_VALUE_CELL_RE.match(text))

    def _emit(self, ctx: ExtractContext, labels: list[int], header: list[int], values: list[int]) -> None:
        head = " ".join(ctx.line(h).strip() for h in header)
        unit = "GBP thousands" if re.search(r"£\s?0{3}s?|£k", head) else "GBP millions" if "£m" in head else None
        years = year_columns(head)
        period = years[0] if years else None
        total_line = values[-1] if len(values) == len(labels) + 1 else None
        parts = []
        for lab, val in zip(labels, values, strict=False):
            t = parse_value(ctx.line(val))
            if t is None:
                continue
            parts.append(t.value)
            measure = " ".join(ctx.line(lab).split())
            ctx.emit(
                dataset=DATASET,
                line=val,
                token=t,
                measure=measure,
                unit=unit or t.unit,
                period=period,
                area=fig.home_area(ctx.pack.lines),
                table=head,
                context=f"{measure}: {t.text} ({head})",
            )
        if total_line:
            t = parse_value(ctx.line(total_line))
            if t is not None:
                warning = None
                if abs(sum(parts) - t.value) > 0.5 * (len(parts) + 1):
                    warning = f"parts add up to {sum(parts):,.10g}, not the printed total {t.value:,.10g}"
                ctx.emit(
                    dataset=DATASET,
                    line=total_line,
                    token=t,
                    measure="Total",
                    unit=unit or t.unit,
                    period=period,
                    area=fig.home_area(ctx.pack.lines),
                    table=head,
                    warning=warning,
                )


SPECS = [BcfMetricsSpec(), ColumnMajorSpec()]
