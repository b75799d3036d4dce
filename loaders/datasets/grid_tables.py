"""`tables` and the topic datasets: every cell of every table `loaders.grids` reads, labelled.

A cell's measure is its row label and its column header; its area is the row's
place (in a table of places), the column's place (a column per area), a place
the row label ends with, or else the pack's home council.  Period and unit come
from the column header, a period column, the caption, or the number itself.
The dataset is the topic the table's words name (`loaders.topics`), or the
generic `tables` when it names none, so no table's numbers fall to loose figures.
"""

from __future__ import annotations

import csv
import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache
from pathlib import Path

from loaders import areas, meaning, misprints, places, topics
from loaders import figures as fig
from loaders.captions_rows import CAPTION_RE
from loaders.grid_captions import lead_in
from loaders.grid_cells import is_period_cell
from loaders.grid_model import Column, Grid, GridRow
from loaders.header_text import column_unit, header_period
from loaders.numbers import GBP_K, GBP_M, NumberToken, scan
from loaders.specs import ExtractContext

MAX_MEASURE_WORDS = 16
_CI_NOTE_RE = re.compile(r"\s*\((?:\d{2}(?:\.\d)?%\s*)?CI\)", re.IGNORECASE)
INTERVAL_WORDS = "confidence limit"  # a bound printed in a value's cell: "<measure>: lower confidence limit"
_PERIOD_WORDS_RE = re.compile(
    r"(?<![\d/])(?:19|20)\d{2}-\d{2}-\d{2}(?:[T\s]\d{2}:\d{2}(?::\d{2})?)?(?![\d/])"  # a spreadsheet's date cell
    r"|(?<![\d/])(?:Q[1-4]\s+)?(?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))?(?![\d/])"
    r"|\b(?:\d{1,2}(?:st|nd|rd|th)?\s+)?"  # the day of a date: "30 June 2025"
    r"(?:(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\s?[\-\u2013]\s?)?"  # Apr-Dec 2024
    r"(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*\.?(?=\s+(?:19|20)\d{2})"
    r"|\b(?:jan|feb|mar|apr|may|jun|jul|aug|sep|sept|oct|nov|dec)[a-z]*[\s\-']+\d{2}(?![\d/:])"  # Oct-23
    r"|(?<=\s)Q[1-4](?=\s|$)",
    re.IGNORECASE,
)
_UNIT_NOTE_RE = re.compile(r"\((?:£k|£000s?|£m|£|%|per\s+[\d,]+|number|years?)\)|\s(?:£k|£000|£m|£)(?=\s|$)", re.I)


_DATED_BRACKET_RE = re.compile(r"\([^()]*(?:19|20)\d{2}[^()]*\)")


# A header that ends on one of these once its period is gone needs the period to say anything ("Spent to Q3").
_DANGLING_RE = re.compile(r"\b(?:to|at|by|until|till|from|since|in|for|of|on|over|against|end|ending)$", re.IGNORECASE)


_MONTH_NUMBERS = {
    m: n
    for n, m in enumerate(("jan", "feb", "mar", "apr", "may", "jun", "jul", "aug", "sep", "oct", "nov", "dec"), start=1)
}
_PERIOD_START_RE = re.compile(r"(?:\b([a-z]{3})[a-z]*\.?\s+)?((?:19|20)\d{2})(/\d{2})?", re.IGNORECASE)


_ISO_MONTH_RE = re.compile(r"((?:19|20)\d{2})-(0[1-9]|1[0-2])")


def _period_start(period: str | None) -> tuple[int, int] | None:
    """When a column's period starts, as (year, month), to tell the latest of a table's months or years ("Jul
    2026", "2025/26" from April, "2026-10" a month unless it reads as a year and the next); None for a period
    it cannot place."""
    iso = _ISO_MONTH_RE.fullmatch((period or "").strip())
    if iso and int(iso.group(2)) != (int(iso.group(1)) + 1) % 100:  # "2026-10" (a spreadsheet's date), not "2009-10"
        return int(iso.group(1)), int(iso.group(2))
    m = _PERIOD_START_RE.search(period or "")
    if m is None:
        return None
    month = _MONTH_NUMBERS.get((m.group(1) or "").casefold(), 4 if m.group(3) else 1)
    return int(m.group(2)), month


def strip_period(header: str) -> str:
    """A column header without its period and unit notes: "2019-21 Male" -> "Male", "2023/24 £k" -> "".
    A period the header's words lead into stays: "Spent to Q3 £000" -> "Spent to Q3", not "Spent to"."""
    text = _UNIT_NOTE_RE.sub(" ", f" {header} ")
    unit_free = text
    text = _DATED_BRACKET_RE.sub(" ", text)
    text = _PERIOD_WORDS_RE.sub(" ", text)
    text = re.sub(r"\(\s*\)|\s,", " ", text)
    text = " ".join(text.split()).strip(" ,:;-\u2013")
    if _DANGLING_RE.search(text):
        return " ".join(unit_free.split()).strip(" ,:;-\u2013")
    return text


def caption_subject(caption: str | None, home: str | None) -> str:
    """What a caption says the table measures, without its number, places and periods."""
    if not caption:
        return ""
    m = CAPTION_RE.match(caption)
    text = re.sub(r"\([^()]*\)", " ", m.group("title") if m else caption)
    text = re.sub(r"\bby\s+(?:" + "|".join(places.PLACE_DIMENSIONS) + r")\b", " ", text, flags=re.I)
    text = re.sub(r"\bby\s+(?:year|quarter|month)\b", " ", text, flags=re.I)  # the rows' periods say it
    parts = [p.strip() for p in re.split(r",|\s[\u2013\u2014-]\s", text) if p.strip()]
    kept = [p for p in parts if not places.known_place(re.sub(r"\band\b|&", ",", p).split(",")[0], home)]
    subject = strip_period(", ".join(kept or parts[:1]))
    subject = re.sub(r"\b(?:by|for|in|to|and)\s*$", "", subject).strip(" ,:")
    return subject


_PLACE_WORD_RE = re.compile(r"\s+place\s*$", re.IGNORECASE)


def caption_place(caption: str | None, home: str | None, local: Sequence[str] = ()) -> str | None:
    """The one place a caption names after its subject ("Budget by line, Kelby (£000)", "Scorecard – Kelby
    ICB"): the area of its cells that name none, before the home area or the body whose report holds it.
    `local`: the pack's own places (`places.pack_places`), which no gazetteer knows."""
    if not caption:
        return None
    m = CAPTION_RE.match(caption)
    text = re.sub(r"\([^()]*\)", " ", m.group("title") if m else caption)
    parts = [strip_period(p) for p in re.split(r",|\s[\u2013\u2014-]\s", text)]
    found = set()
    lead, colon, _rest = parts[0].partition(":")
    if colon and _PLACE_WORD_RE.search(lead) and places.looks_like_name(_PLACE_WORD_RE.sub("", lead)):
        found.add(_PLACE_WORD_RE.sub("", lead).strip())  # "Kelby place: savings schemes": the place it names first
    for part in parts[1:]:
        # "..., Kelby place": the NHS's word for a council area's share of its ICB says the name is a place's
        p = _PLACE_WORD_RE.sub("", part)
        said = p != part and places.looks_like_name(p)
        named = [*local, *places.places_in_body_name(home)]
        if p and (said or places.known_place(p, home) or any(places.same_place(p, name) for name in named)):
            found.add(areas.canonical(p)[0] or p)
    return found.pop() if len(found) == 1 else None


def _after_shared_start(header: str, subject: str) -> str:
    """A header without the words it opens with that the caption's subject opens with too, so a cell's measure
    does not say them twice: "Life expectancy Male" under "Life expectancy at birth" is "Male"."""
    words = header.split()
    shared = 0
    for a, b in zip(words, subject.split(), strict=False):
        if a.strip(",;:").casefold() != b.strip(",;:").casefold():  # "Life expectancy, men": "expectancy" shared
            break
        shared += 1
    return " ".join(words[shared:]) if 2 <= shared < len(words) else header


def _short(measure: str) -> str:
    """At most MAX_MEASURE_WORDS words: bracketed notes go first, then the caption's subject before a column's
    own name ("<subject>: <header>") loses its tail, so the words that tell the cell apart stay."""
    words = measure.split()
    if len(words) <= MAX_MEASURE_WORDS:
        return measure
    trimmed = " ".join(re.sub(r"\s*\([^()]*\)", "", measure).split())
    subject, sep, own = trimmed.rpartition(": ")
    kept = MAX_MEASURE_WORDS - len(own.split())
    if sep and kept >= 3 and len(trimmed.split()) > MAX_MEASURE_WORDS:
        return f"{' '.join(subject.split()[:kept])}: {own}"
    return " ".join(trimmed.split()[:MAX_MEASURE_WORDS])


_ROW_UNIT_RE = re.compile(r"\((?:[^()]*(?:%|£|per\s+[\d,]+|µg|ug/m)[^()]*)\)\s*$", re.IGNORECASE)


def _scaled(printed: str | None, table: str | None) -> str | None:
    """A cell's unit: "£84,210" in a table of £000 is £84,210 thousand, the table's scale, not £84,210."""
    return table if printed == "GBP" and table in (GBP_K, GBP_M) else printed


def _card_role(col: Column) -> str:
    """A card's value is its own indicator's (`loaders.grid_panels`): never a part or total of another card's, a
    target where its key says so."""
    return "target" if meaning.role_words(col.header) == "target" else "value"


def _period_as_read(printed: str | None) -> str | None:
    """A period cell as a header would give it ("Nov-24" -> "Nov 2024"); other text as printed."""
    return (header_period(printed) or printed) if printed else None


def _target_columns(grid: Grid) -> list[int]:
    """The value columns a table heads as targets ("Target", "Standard", "Plan", "Trajectory")."""
    return [i for i, c in enumerate(grid.columns) if c.role == "values" and _TARGET_HEADER_RE.match(c.header or "")]


def _target_of(row: GridRow, column: int | None) -> float | None:
    """The row's target, from the table's one target column, for the value its RAG rates."""
    token = row.values[column] if column is not None else None
    return token.value if token is not None else None


# A row label that ends with its period: "Households in fuel poverty (%), 2022", "Homelessness per 1,000, 2023/24"
_ROW_PERIOD_RE = re.compile(r"[,;]?\s*\(?(?<![\d/])((?:19|20)\d{2}(?:\s?[/\-\u2013]\s?(?:(?:19|20)?\d{2}))?)\)?\s*$")


def row_label_period(label: str) -> tuple[str, str | None]:
    """A row label without the period it ends with, and that period: where indicators are the rows and places
    the columns, each row names its own year ("Adults walking for travel (%), 2023")."""
    m = _ROW_PERIOD_RE.search(label or "")
    if m is None or not label[: m.start()].strip():
        return label, None  # a row known by its year alone ("2023/24") keeps it as its label
    return label[: m.start()].rstrip(" ,;"), header_period(m.group(1))


def row_unit(label: str) -> str | None:
    """The unit a row label ends with in brackets ("Fuel poverty (%)", "Homelessness (per 1,000)")."""
    m = _ROW_UNIT_RE.search(label or "")
    return column_unit(m.group(0), None, None) if m else None


# Headers of the value a RAG rates ("Actual", "Latest") and of the ones it does not ("Previous", "Target")
_ACTUAL_HEADER_RE = re.compile(
    r"^\W*(?:actual|latest|current|value|performance|this\s+(?:month|quarter|year)|ytd)\b", re.I
)
_NOT_RATED_HEADER_RE = re.compile(r"\b(?:previous|last|prior|target|standard|plan|threshold|ambition)\b", re.I)
_CHANGE_HEADER_RE = re.compile(r"\b(?:change|difference|movement|variance)\b", re.I)  # a gap: not what is rated
_EARLIER_HEADER_RE = re.compile(r"\b(?:previous|prior|last)\b", re.I)  # not the row's own period
_TARGET_HEADER_RE = re.compile(
    r"^\W*(?:(?:annual|full[- ]year|year[- ]end)\s+)?(?:target|standard|plan(?:ned)?|threshold|ambition|trajectory)\b",
    re.I,
)
# A column of figures so far this year ("Plan to date", "YTD actual"), against one for the whole year
# ("Annual target", "Forecast outturn"): a value is measured against the target of its own span.
_TO_DATE_RE = re.compile(r"\b(?:to date|ytd|year to date)\b", re.I)


RECORD_COLUMNS_FILE = Path(__file__).resolve().parents[2] / "data" / "record_columns.csv"


@lru_cache(maxsize=1)
def record_columns() -> dict[str, frozenset[str]]:
    """Headers of a table of records by what their column holds (data/record_columns.csv, lower-cased): "area"
    (besides the place words of `places.PLACE_DIMENSIONS`), "breakdown" ("Sex", "Age group") and "value" (the
    record's value itself); data, so any council's export extends it."""
    found: dict[str, set[str]] = {}
    with RECORD_COLUMNS_FILE.open(encoding="utf-8", newline="") as fh:
        for row in csv.DictReader(fh):
            found.setdefault(row["kind"], set()).add(" ".join(row["header"].split()).casefold())
    return {kind: frozenset(headers) for kind, headers in found.items()}


def _record_column(header: str, kind: str) -> bool:
    return " ".join(header.split()).casefold() in record_columns().get(kind, frozenset())


def record_area_column(grid: Grid, home: str | None, local: Sequence[str] = ()) -> int | None:
    """The column of words that names each row's area, in a table of records (a data export, or a long table
    "Indicator | Area | Period | Value"): one headed as places ("Area Name", "Geography") or whose words are
    places; None when there is none."""
    for k, col in enumerate(grid.columns):
        if col.role != "words":
            continue
        words = [w for r in grid.rows if (w := r.words[k])]
        if len(words) < 2:
            continue
        header = col.header.casefold().removesuffix(" name").strip()
        if header in places.PLACE_DIMENSIONS or _record_column(header, "area"):
            return k
        if places.place_rows(list(dict.fromkeys(words)), col.header, home, local):
            return k
    return None


@dataclass(frozen=True)
class GridTablesSpec:
    name: str = topics.GENERIC
    order: int = 85

    def extract(self, ctx: ExtractContext) -> None:
        home = places.home_area(ctx.pack.lines)
        local: tuple[str, ...] | None = None
        for grid in ctx.grids():
            if grid.layout == "cells":  # a header printed one cell a line: "GPs per" / "1,000" names a column
                for n in grid.header_lines:
                    ctx.claimed.update((n, tok.start) for tok in scan(ctx.line(n)))
            cells = [(row, i, tok) for row, i, tok in grid.cells() if not ctx.is_claimed(row.line_of(i), tok)]
            if cells:
                if local is None:  # the pack's own places, found once: a column of one is a place's column
                    local = places.pack_places(home, ctx.grids())
                if self._emit_grid(ctx, grid, cells, home, local):  # a record's keys ("90841", "Worse 95%") and
                    for n in (*grid.header_lines, *(row.line for row in grid.rows)):  # its header's "95.0": no figures
                        ctx.claimed.update((n, tok.start) for tok in scan(ctx.line(n)))
                self._claim_label_numbers(ctx, grid)

    @staticmethod
    def _claim_label_numbers(ctx: ExtractContext, grid: Grid) -> None:
        """Numbers inside a row's label ("Aged 65 and over", "Cat 2 mean") name the row; they are no figures."""
        for row in grid.rows:
            values = {(row.line_of(i), tok.start) for i, tok in enumerate(row.values) if tok is not None}
            for n in row.label_lines:
                text = ctx.line(n)
                first_value = min((start for line, start in values if line == n), default=len(text))
                for tok in scan(text):
                    if tok.start < first_value and tok.text in row.label:
                        ctx.claimed.add((n, tok.start))

    def _emit_grid(
        self,
        ctx: ExtractContext,
        grid: Grid,
        cells: list[tuple[GridRow, int, NumberToken]],
        home: str | None,
        local: tuple[str, ...] = (),
    ) -> bool:
        """Emit a grid's cells; whether it is a table of records (each row naming its area in a cell)."""
        body = " ".join([grid.corner, *(c.header for c in grid.columns), *(r.label for r in grid.rows)])
        title = grid.caption or lead_in(ctx.pack.lines, min((grid.first_line, *grid.header_lines))) or ""
        dataset = topics.classify(title, body)
        topic_unit = topics.default_unit(dataset)
        rows_are_places = places.place_rows([r.label for r in grid.rows], grid.corner, home, local)
        value_headers = [c.header for c in grid.columns if c.role == "values"]
        columns_are_places = places.place_columns(value_headers, home, local)
        column_places = [
            c.role == "values"
            and bool(c.header)
            and (columns_are_places or places.known_place(c.header, home))
            and not places.is_not_a_place(c.header)
            for c in grid.columns
        ]
        subject = caption_subject(grid.caption, home)
        owner = (
            caption_place(grid.caption, home, local)
            or caption_place(grid.page_title, home, local)  # a slide titled "..., Kelby place"
            or ctx.home_at(grid.first_line)
        )
        caption_period = header_period(grid.caption) if grid.caption else None
        if caption_period is None:  # the period of the section heading the table sits under
            top = min((grid.first_line, *grid.header_lines, *([grid.caption_line] if grid.caption_line else [])))
            heading = fig.heading_above(ctx.pack.lines, top, ctx.segments.furniture)
            caption_period = header_period(heading) if heading else None
        caption_unit = column_unit("", None, grid.caption)
        rag_of = self._rag_columns(grid, home)
        target_of = {i: self._target_column(grid, i) for i in rag_of} or self._standards(grid)
        value_columns = [i for i, c in enumerate(grid.columns) if c.role == "values"]
        proven = misprints.resolve(
            [r.label for r in grid.rows], [[r.values[i] for r in grid.rows] for i in value_columns]
        )
        fixes = {(id(grid.rows[r]), value_columns[j]): fix for (r, j), fix in proven.items()}
        area_col = None if rows_are_places else record_area_column(grid, home, local)  # a ward's district: a group
        qualifiers = [
            k for k, c in enumerate(grid.columns) if c.role == "words" and _record_column(c.header, "breakdown")
        ]
        row_topics: dict[str, str] = {}
        for row, i, tok in cells:
            col = grid.columns[i]
            row_label, label_period = row_label_period(row.label) if column_places[i] else (row.label, None)
            if is_period_cell(row.label):  # "2019/20   74.5": the row is a period of the caption's subject
                row_label, label_period = "", row.label
            if area_col is not None and row.words[area_col]:
                area, measure = self._record_label(grid, row, col, area_col, qualifiers, column_places[i], home)
                if row.label not in row_topics:  # each record names its own indicator, so its own topic
                    row_topics[row.label] = topics.classify(row.label, title)
                    if row_topics[row.label] == topics.GENERIC:
                        row_topics[row.label] = dataset
            else:
                area, measure = self._label(
                    grid,
                    row,
                    row_label,
                    col,
                    rows_are_places,
                    column_places[i],
                    subject,
                    home,
                    owner,
                )
            fix = fixes.get((id(row), i))
            # under a place's column the row is the indicator: its label's unit before the caption's
            unit = row_unit(row_label) if column_places[i] else None
            if (
                unit is None
                and col.unit is not None
                and col.unit == caption_unit
                and not column_unit(col.header, None, None)
            ):
                # a caption's unit is the table's usual one: a row that names its own ("GPs per 1,000 patients"
                # in a table of FTE) keeps that
                unit = column_unit(row_label, None, None)
            fields = {
                "dataset": row_topics.get(row.label, dataset) if area_col is not None else dataset,
                "line": row.line_of(i),
                "unit": _scaled(tok.unit, col.unit or caption_unit)
                or unit
                or col.unit
                or row_unit(row_label)
                or caption_unit
                or topic_unit
                or "number",
                "area": area,
                "period": col.period
                or (
                    None  # "Previous": an earlier period the table does not name
                    if _EARLIER_HEADER_RE.search(col.header or "")
                    else _period_as_read(grid.row_period(row)) or label_period or caption_period
                ),
                "table": grid.caption or (f"Table of {grid.corner}" if grid.corner else None),
                "context": " | ".join(ctx.line(n).strip() for n in sorted({*row.label_lines, row.line_of(i)})),
            }
            label = _short(measure or subject or "value")
            if tok.interval:  # "Fuel poverty (95% CI)": the interval is in the bound rows, not in the measure
                label = _CI_NOTE_RE.sub("", label).strip() or label
            ctx.emit(
                token=tok,
                measure=label,
                role=_card_role(col) if grid.layout == "panels" else None,
                rag=grid.row_rag(row) if i in rag_of else None,
                target=_target_of(row, target_of.get(i)),
                value=fix.value if fix else None,
                warning=fix.warning if fix else None,
                **fields,  # type: ignore[arg-type]
            )
            for bound, role in zip(tok.interval or (), ("lower", "upper"), strict=False):
                ctx.emit(token=bound, measure=f"{label}: {role} {INTERVAL_WORDS}", role=role, **fields)  # type: ignore[arg-type]
        return area_col is not None

    @staticmethod
    def _record_label(
        grid: Grid,
        row: GridRow,
        col: Column,
        area_col: int,
        qualifiers: list[int],
        column_place: bool,
        home: str | None,
    ) -> tuple[str | None, str]:
        """A record's cell: its area from the record's area cell (a benchmark's column, "England", its own), its
        measure the indicator with the record's breakdown ("Life expectancy at birth, Male") and the column's
        name unless that is the record's value itself ("Value"): "...: Lower CI 95.0 limit"."""
        label = ", ".join([row.label, *(w for k in qualifiers if (w := row.words[k]))])
        if column_place:
            return col.header, label
        area = places.row_area(row.words[area_col] or "", grid.columns[area_col].header, home)
        header = strip_period(col.header)
        return area, label if not header or _record_column(header, "value") else f"{label}: {header}"

    @staticmethod
    def _label(
        grid: Grid,
        row: GridRow,
        row_label: str,
        col: Column,
        rows_are_places: bool,
        column_place: bool,
        subject: str,
        home: str | None,
        default: str | None = None,
    ) -> tuple[str | None, str]:
        """The cell's area and measure; `row_label` is the row's label without a period it ends with; `default`
        is the area of a cell the table places nowhere (the home area, or the body whose finances it reports)."""
        header = strip_period(col.header)
        if rows_are_places or places.known_place(row.label, home):
            area = places.row_area(row.label, grid.corner, home, [r.label for r in grid.rows])
            if area:
                if len(header.split()) <= 4 and subject and subject.casefold() not in header.casefold():
                    header = _after_shared_start(header, subject)
                    return area, f"{subject}: {header}" if header else subject
                return area, header or subject
        if column_place:
            return col.header, row_label
        label = row_label or subject  # a row known by its period alone ("2019/20") is the caption's subject
        found = places.place_in_label(label, home)
        area = default or home
        if found:
            label, area = found
        for place in places.places_in_header(header, home):  # "England rate": England's value of the rate
            area, header = place
        return area, f"{label}: {header}" if label and header else label or header

    @staticmethod
    def _rag_columns(grid: Grid, home: str | None = None) -> set[int]:
        """The value column a RAG column rates: one headed "Actual" (Latest, Current...) or by the pack's own
        place (a scorecard's "<home> | England | Target": the home's value is rated, not the benchmark or the
        target), else the nearest rate (%, per N) to its left, else the nearest value."""
        out = set()
        for j, col in enumerate(grid.columns):
            if col.role != "rag":
                continue
            left = [i for i in range(j) if grid.columns[i].role == "values"]
            left = [i for i in left if not _CHANGE_HEADER_RE.search(grid.columns[i].header or "")] or left
            named = [i for i in left if _ACTUAL_HEADER_RE.search(grid.columns[i].header or "")] or [
                i for i in left if home and places.same_place(grid.columns[i].header or "", home)
            ]
            rates = [i for i in left if (grid.columns[i].unit or "").startswith(("%", "per", "WTE per"))]
            rates = [i for i in rates if not _NOT_RATED_HEADER_RE.search(grid.columns[i].header or "")] or rates
            dated = [(start, i) for i in left if (start := _period_start(grid.columns[i].period))]
            if not named and len({start for start, _ in dated}) >= 2:  # "Jul-26 | Jun-26 | RAG": the latest rated
                named = [max(dated)[1]]
            if named or rates or left:
                out.add((named or rates or left)[-1])
        return out

    @staticmethod
    def _standards(grid: Grid) -> dict[int, int]:
        """In a table that rates nothing, the standard each value column is measured against: the table's one
        target column ("Standard", "Target") for every column of the same unit that is no change or variance
        ("October 2026", "September 2026" under "Standard 78%"), so a reader can see each value beside it."""
        found = _target_columns(grid)
        if len(found) != 1:
            return {}
        standard = grid.columns[found[0]]
        return {
            i: found[0]
            for i, c in enumerate(grid.columns)
            if c.role == "values"
            and i != found[0]
            and not _CHANGE_HEADER_RE.search(c.header or "")
            and (c.unit is None or standard.unit is None or c.unit == standard.unit)
        }

    @staticmethod
    def _target_column(grid: Grid, rated: int) -> int | None:
        """The column of targets the value in column `rated` is measured against ("Target", "Standard", "Plan"):
        the table's one such column, or of two or more the one of the rated value's span ("Plan to date" for a
        "Delivered to date", "Annual target" for a "Forecast outturn")."""
        found = _target_columns(grid)
        if len(found) > 1:
            to_date = bool(_TO_DATE_RE.search(grid.columns[rated].header or ""))
            found = [i for i in found if bool(_TO_DATE_RE.search(grid.columns[i].header or "")) == to_date]
        return found[0] if len(found) == 1 else None


SPECS = [GridTablesSpec()]
