"""The one workbook writer: rows to a formatted .xlsx with Data, Sources and About sheets.

An export an analyst has to tidy by hand is a failed export, so the workbook carries real numbers with
number formats by unit, real dates, RAG cells with the word (and, given a palette, its colours), a
Sources sheet naming the pack line behind every row and an About sheet saying what was exported, when,
with which filters and under which rules.  Text cells are made safe to open (loaders/safe_cells.py: no
formula from a pack's text, no character a workbook cannot hold); numbers stay numbers.

Every workbook healthdash writes comes from here: the dashboard's downloads and `healthdash export`
(through dashboard/export.py, which adds the app's RAG palette and rules as a `Style`) and
`healthdash extract --out FILE.xlsx`.  It lives in the loaders so that extraction keeps working without
the dashboard (tests/test_architecture.py); the dashboard passes its colours in as data.

Written with XlsxWriter in constant-memory mode: each row goes to disk as soon as the next one starts,
so memory stays flat and 100,000 rows take a few seconds.  Larger workbooks are refused (`TooManyRows`)
with a message to filter the rows or take the CSV.
"""

from __future__ import annotations

import io
from collections.abc import Callable, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import UTC, datetime
from pathlib import Path
from typing import IO, Any

import numpy as np
import pandas as pd
import xlsxwriter
from xlsxwriter.format import Format
from xlsxwriter.worksheet import Worksheet

from loaders.safe_cells import safe_frame, safe_text
from loaders.schema import COLUMNS

MAX_ROWS = 100_000
"""The most rows a workbook is written with: more take too long to wait for and to open; take the CSV."""

DATE_FORMAT = "d mmmm yyyy"
TIMESTAMP_FORMAT = "d mmmm yyyy hh:mm:ss"

# Number format for `value` and `target` by the row's unit; integers and decimals may differ so
# pence and fractions of a thousand are not rounded away.  (format for whole numbers, for decimals)
UNIT_FORMATS: dict[str, tuple[str, str]] = {
    "GBP": ("£#,##0", "£#,##0.00"),
    "GBP thousands": ('£#,##0"k"', '£#,##0.0"k"'),
    "GBP millions": ('£#,##0.000"m"', '£#,##0.000"m"'),
    "GBP billions": ('£#,##0.000"bn"', '£#,##0.000"bn"'),
    "GBP per patient": ("£#,##0.00", "£#,##0.00"),
    "%": ('0.0"%"', '0.0"%"'),
    "per 1,000": ("0.0", "0.0"),
    "per 10,000": ("0.0", "0.0"),
    "per 100,000": ("0.0", "0.0"),
    "WTE per 1,000 patients": ("0.0", "0.0"),
    "rate": ("0.0", "0.0"),
    "count": ("#,##0", "#,##0"),
}
GENERAL_FORMATS = ("#,##0", "#,##0.0##")  # number, ratio, years, minutes, ... and columns without a unit
UNIT_COLUMNS = ("value", "target")
DATA_FORMATS = {"source_line": "0"}  # a line number, never "5,347"
SOURCE_FORMATS = {"source_line": "0", "meeting_date": DATE_FORMAT, "rows": "#,##0"}
PROVENANCE = ["source_file", "source_line", "committee", "meeting_date", "report", "table"]

RAG_SOURCE_RULE = (
    "The rag column is the rating exactly as the report printed it (Red, Amber, Green, Blue or a combination "
    "such as Amber/Green); healthdash reads it from the pack and never re-rates a value. Blue means the "
    "target was exceeded."
)

HEADER_FILL = "#D9D9D9"
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_WIDTH_SAMPLE = 5_000  # values looked at to size a column
_LONG_DETAIL = 100  # About details longer than this wrap
_EPOCH = pd.Timestamp("1899-12-30")  # day 0 of Excel's date serial numbers (1900 system)
_MEANINGS = {name: (dtype, nullable, meaning) for name, dtype, nullable, meaning in COLUMNS}

AboutRow = tuple[str, object, object]  # (section, item, detail)


class TooManyRows(ValueError):
    """A workbook of more rows than MAX_ROWS was asked for; the message says what to do instead."""


@dataclass(frozen=True)
class Style:
    """What a caller adds to the generic workbook: rating colours and its own rules for the About sheet.

    `rag_colours` maps a rating's word (any case) to its (fill, text) colours as "#RRGGBB"; `rag_other` colours
    a rating not in the map (None: such a cell is plain).  `rules` are (item, detail) rows added to the About
    sheet's "RAG rules" section.
    """

    rag_colours: Mapping[str, tuple[str, str]] = field(default_factory=dict)
    rag_other: tuple[str, str] | None = None
    rules: Sequence[tuple[str, str]] = ()


PLAIN = Style()


def check_size(rows: int, limit: int | None = None) -> None:
    """Raise TooManyRows when a workbook of `rows` rows would be refused (more than `limit`, default MAX_ROWS)."""
    limit = MAX_ROWS if limit is None else limit
    if rows > limit:
        raise TooManyRows(
            f"{rows:,} rows are more than a workbook holds here ({limit:,}): "
            "filter to fewer rows, or take the CSV, which has no limit"
        )


def build(
    frame: pd.DataFrame,
    *,
    columns: list[str] | None = None,
    filters: Mapping[str, object] | None = None,
    notes: Iterable[AboutRow] = (),
    rag_columns: Iterable[str] = ("rag",),
    style: Style = PLAIN,
    exported_at: datetime | None = None,
    max_rows: int | None = None,
) -> bytes:
    """The rows of `frame`, in its order, as an .xlsx: Data, Sources and About sheets (see `write`)."""
    buf = io.BytesIO()
    write(
        frame,
        buf,
        columns=columns,
        filters=filters,
        notes=notes,
        rag_columns=rag_columns,
        style=style,
        exported_at=exported_at,
        max_rows=max_rows,
    )
    return buf.getvalue()


def write(
    frame: pd.DataFrame,
    target: str | Path | IO[bytes],
    *,
    columns: list[str] | None = None,
    filters: Mapping[str, object] | None = None,
    notes: Iterable[AboutRow] = (),
    rag_columns: Iterable[str] = ("rag",),
    style: Style = PLAIN,
    exported_at: datetime | None = None,
    max_rows: int | None = None,
) -> None:
    """Write the rows of `frame`, in its order, as an .xlsx to a path or a binary file.

    `columns` picks and orders the Data sheet's columns (default: all of `frame`); provenance and units are
    read from `frame` even when those columns are not shown.  `filters` are listed on the About sheet as they
    were applied; `notes` are more About rows (section, item, detail), placed after the filters.  Cells of
    `rag_columns` carry the rating's word on its colours from `style`.  More than `max_rows` rows raise
    TooManyRows before anything is written (default MAX_ROWS).
    """
    check_size(len(frame), max_rows)
    columns = pick_columns(frame, columns)
    frame = safe_frame(frame, workbook=True)
    exported_at = exported_at or datetime.now(UTC).replace(tzinfo=None)
    wb = xlsxwriter.Workbook(target, {"constant_memory": True})
    try:
        formats = _Formats(wb, style)
        _table_sheet(
            wb.add_worksheet("Data"),
            formats,
            frame,
            columns,
            rag_columns=set(rag_columns),
            unit_formats=_unit_formats(frame),
            fixed=DATA_FORMATS,
        )
        table = sources(frame)
        _table_sheet(wb.add_worksheet("Sources"), formats, table, list(table.columns), fixed=SOURCE_FORMATS)
        rows = about(frame, columns, filters or {}, exported_at, notes=notes, style=style)
        _about_sheet(wb.add_worksheet("About"), formats, rows)
    finally:
        wb.close()


def pick_columns(frame: pd.DataFrame, columns: list[str] | None) -> list[str]:
    """`columns` checked against the frame (all of its columns when None)."""
    if columns is None:
        return [str(c) for c in frame.columns]
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"columns not in the frame: {', '.join(missing)}")
    return list(columns)


# --- cell formats --------------------------------------------------------------------------------


class _Formats:
    """Each distinct cell format added to the workbook once."""

    def __init__(self, wb: xlsxwriter.Workbook, style: Style) -> None:
        self.wb = wb
        self.style = style
        self._made: dict[tuple[tuple[str, object], ...], Format] = {}
        self._colours = {word.strip().lower(): colours for word, colours in style.rag_colours.items()}
        self._ratings: dict[str, Format | None] = {}
        self.header = self.get(bold=True, bg_color=HEADER_FILL, pattern=1)
        self.wrap = self.get(text_wrap=True, valign="top")

    def get(self, **props: object) -> Format:
        key = tuple(sorted(props.items()))
        found = self._made.get(key)
        if found is None:
            found = self._made[key] = self.wb.add_format(dict(props))
        return found

    def number(self, num_format: str) -> Format:
        return self.get(num_format=num_format)

    def rating(self, word: object) -> Format | None:
        """The rating's fill and text colour (bold), or None for a word the style has no colour for."""
        if not isinstance(word, str):
            return None
        if word not in self._ratings:
            colours = self._colours.get(word.strip().lower(), self.style.rag_other)
            fill, text = colours if colours else (None, None)
            self._ratings[word] = (
                None if fill is None else self.get(bg_color=fill, pattern=1, font_color=text, bold=True)
            )
        return self._ratings[word]


# --- Data and Sources sheets --------------------------------------------------------------------------


@dataclass
class _Column:
    """One column ready to write: a value per row (None: no cell), a format per row, and how to write it."""

    values: list[Any]
    formats: list[Format | None]
    put: Callable[..., Any]


def _table_sheet(
    ws: Worksheet,
    formats: _Formats,
    frame: pd.DataFrame,
    columns: list[str],
    *,
    rag_columns: set[str] | frozenset[str] = frozenset(),
    unit_formats: list[tuple[str, str]] | None = None,
    fixed: Mapping[str, str] | None = None,
) -> None:
    """Header (bold, filled, frozen, autofiltered), widths, then the rows, one at a time in order."""
    n = len(frame)
    ws.freeze_panes(1, 0)
    if columns:
        ws.autofilter(0, 0, n, len(columns) - 1)
    for i, name in enumerate(columns):
        ws.set_column(i, i, _width(name, frame[name]))
        ws.write_string(0, i, safe_text(str(name), workbook=True), formats.header)
    prepared = [
        _column(ws, formats, name, frame[name].reset_index(drop=True), rag_columns, unit_formats, fixed or {})
        for name in columns
    ]
    # Row by row, as constant-memory mode requires: each row is written out when the next one starts.
    puts = [col.put for col in prepared]
    values = zip(*(col.values for col in prepared), strict=True)
    styles = zip(*(col.formats for col in prepared), strict=True)
    for row, (cells, cell_formats) in enumerate(zip(values, styles, strict=True), 1):
        for c, value in enumerate(cells):
            if value is not None:
                puts[c](row, c, value, cell_formats[c])


def _column(
    ws: Worksheet,
    formats: _Formats,
    name: str,
    series: pd.Series,
    rag_columns: set[str] | frozenset[str],
    unit_formats: list[tuple[str, str]] | None,
    fixed: Mapping[str, str],
) -> _Column:
    n = len(series)
    kind = _kind(series)
    if name in rag_columns:
        words = _texts(series)
        return _Column(words, [formats.rating(v) for v in words], ws.write_string)
    if kind == "date":
        return _Column(_serials(series), [formats.number(fixed.get(name, DATE_FORMAT))] * n, ws.write_number)
    if kind == "bool":
        flags = [None if _missing(v) else bool(v) for v in series.tolist()]
        return _Column(flags, [None] * n, ws.write_boolean)
    if kind != "number":
        return _Column(_texts(series), [None] * n, ws.write_string)
    numbers = pd.to_numeric(series, errors="coerce")
    values = _numbers(numbers)
    if name in fixed:
        return _Column(values, [formats.number(fixed[name])] * n, ws.write_number)
    per_row = unit_formats if name in UNIT_COLUMNS else None
    if per_row is None and pd.api.types.is_integer_dtype(numbers):
        return _Column(values, [formats.number(GENERAL_FORMATS[0])] * n, ws.write_number)
    if per_row is None:
        per_row = [GENERAL_FORMATS] * n
    whole = (numbers.fillna(0) % 1 == 0).tolist()
    chosen = [fmts[0] if w else fmts[1] for fmts, w in zip(per_row, whole, strict=True)]
    made = {f: formats.number(f) for f in set(chosen)}
    return _Column(values, [made[f] for f in chosen], ws.write_number)


def _missing(value: object) -> bool:
    return value is None or value is pd.NA or value is pd.NaT or (isinstance(value, float) and value != value)


def _texts(series: pd.Series) -> list[str | None]:
    """Each cell as text; None where missing.  Already made safe by safe_frame."""
    missing = series.isna().to_numpy(dtype=bool)
    values = series.to_numpy(dtype=object, na_value=None)
    if pd.api.types.infer_dtype(series, skipna=True) not in ("string", "empty"):
        values = np.array([v if isinstance(v, str) or v is None else str(v) for v in values], dtype=object)
    values[missing] = None
    return values.tolist()  # type: ignore[no-any-return]


def _numbers(numbers: pd.Series) -> list[float | int | None]:
    """Finite numbers as Python numbers; None for missing, NaN or infinite (no cell)."""
    array = numbers.to_numpy(dtype="float64", na_value=np.nan)
    keep = np.isfinite(array)
    if pd.api.types.is_integer_dtype(numbers.dtype):
        as_int = numbers.fillna(0).astype("int64").tolist()
        return [v if k else None for v, k in zip(as_int, keep.tolist(), strict=True)]
    return [v if k else None for v, k in zip(array.tolist(), keep.tolist(), strict=True)]


def _serials(series: pd.Series) -> list[float | None]:
    """Dates as Excel serial numbers (days since 30 December 1899), in the wall-clock time; None where missing."""
    stamps = pd.to_datetime(series, errors="coerce")
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_localize(None)  # Excel has no time zones: keep the wall-clock time
    serial = (stamps - _EPOCH) / pd.Timedelta(days=1)
    return _numbers(serial.astype("float64"))


def _unit_formats(frame: pd.DataFrame) -> list[tuple[str, str]]:
    units = frame["unit"].tolist() if "unit" in frame else [None] * len(frame)
    return [UNIT_FORMATS.get(u, GENERAL_FORMATS) if isinstance(u, str) else GENERAL_FORMATS for u in units]


def _kind(series: pd.Series) -> str:
    if pd.api.types.is_datetime64_any_dtype(series):
        return "date"
    if pd.api.types.is_bool_dtype(series):
        return "bool"
    if pd.api.types.is_numeric_dtype(series):
        return "number"
    inferred = pd.api.types.infer_dtype(series, skipna=True)
    if inferred in ("floating", "integer", "mixed-integer-float", "decimal"):
        return "number"
    if inferred in ("datetime", "datetime64", "date"):
        return "date"
    if inferred == "boolean":
        return "bool"
    return "text"


def _width(name: str, series: pd.Series) -> float:
    """Wide enough for the header and most values, capped so free text does not push columns off screen."""
    if pd.api.types.is_datetime64_any_dtype(series):
        longest = 18
    elif pd.api.types.is_numeric_dtype(series):
        longest = 12  # "£1,234,567" and "12.5%" alike
    else:
        present = series.dropna()
        if len(present) > _WIDTH_SAMPLE:  # the 95th percentile of a sample is as good a width
            present = present.iloc[:: len(present) // _WIDTH_SAMPLE]
        lengths = present.astype(str).str.len()
        longest = int(lengths.quantile(0.95)) if not lengths.empty else 4
    return float(min(max(len(name) + 3, longest + 2, _MIN_WIDTH), _MAX_WIDTH))


# --- Sources and About ---------------------------------------------------------------------------------


def sources(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per pack line the frame's rows came from, with how many exported rows each gave."""
    if not {"source_file", "source_line"} <= set(frame.columns):
        return pd.DataFrame(columns=[*PROVENANCE, "rows"])
    lines = frame.groupby(["source_file", "source_line"], sort=True, dropna=False)
    out = lines.size().to_frame("rows")
    for name in PROVENANCE[2:]:
        out[name] = lines[name].first() if name in frame.columns else None
    return out.reset_index().reindex(columns=[*PROVENANCE, "rows"])


def packs(frame: pd.DataFrame) -> pd.DataFrame:
    """Each pack the frame's rows came from: file, date of the meeting it was published for, rows."""
    if "source_file" not in frame.columns:
        return pd.DataFrame(columns=["source_file", "pack_date", "rows"])
    by = frame.groupby("source_file", sort=True)
    out = pd.DataFrame({"rows": by.size()})
    out["pack_date"] = by["pack_date"].first() if "pack_date" in frame.columns else pd.NaT
    return out.reset_index()[["source_file", "pack_date", "rows"]]


def _long_date(value: object) -> str:
    """ "5 June 2019", or "date not stated"."""
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return "date not stated"
    stamp = pd.Timestamp(value)
    return f"{stamp.day} {stamp:%B %Y}"


def about(
    frame: pd.DataFrame,
    columns: list[str],
    filters: Mapping[str, object],
    exported_at: datetime,
    *,
    notes: Iterable[AboutRow] = (),
    style: Style = PLAIN,
) -> list[AboutRow]:
    """The About sheet as (section, item, detail) rows: export, packs, filters, notes, RAG rules, formats,
    schema."""
    rows: list[AboutRow] = [
        ("Export", "Exported at (UTC)", exported_at),
        ("Export", "Rows", len(frame)),
        ("Export", "Columns", ", ".join(columns)),
        (
            "Export",
            "What",
            "Numbers read from council health committee packs; the Sources sheet names each row's line.",
        ),
    ]
    pack_rows = packs(frame)
    if pack_rows.empty:
        rows.append(("Packs", "(none)", "The exported rows name no pack."))
    for p in pack_rows.itertuples(index=False):
        when = _long_date(p.pack_date)
        rows.append(("Packs", p.source_file, f"published for the meeting of {when}; {p.rows} rows exported"))
    applied: list[AboutRow] = [("Filters", str(k), str(v)) for k, v in filters.items() if v not in (None, "")]
    rows += applied or [("Filters", "(none)", "All rows")]
    rows += list(notes)
    rows.append(("RAG rules", "Ratings in the data", RAG_SOURCE_RULE))
    rows += [("RAG rules", item, detail) for item, detail in style.rules]
    rows += [("RAG colours", word, f"fill {fill}, text {text}") for word, (fill, text) in style.rag_colours.items()]
    rows += [("Number formats", unit, fmts[0]) for unit, fmts in UNIT_FORMATS.items()]
    rows += [("Number formats", "other units", GENERAL_FORMATS[0]), ("Number formats", "dates", DATE_FORMAT)]
    for name in columns:
        if name in _MEANINGS:
            dtype, nullable, meaning = _MEANINGS[name]
            rows.append(("Schema", name, f"{dtype}, {'nullable' if nullable else 'always present'}; {meaning}"))
        else:
            rows.append(("Schema", name, "not a tidy-table column (derived for the page it was exported from)"))
    return rows


def _about_sheet(ws: Worksheet, formats: _Formats, rows: list[AboutRow]) -> None:
    """What, when, from where, filtered how, rated how, and what each column means."""
    ws.freeze_panes(1, 0)
    ws.autofilter(0, 0, len(rows), 2)
    for i, width in enumerate((16, 28, 110)):
        ws.set_column(i, i, width)
    for i, text in enumerate(("Section", "Item", "Detail")):
        ws.write_string(0, i, text, formats.header)
    for r, (section, item, detail) in enumerate(rows, 1):
        ws.write_string(r, 0, section)
        _about_cell(ws, r, 1, item, formats.rating(item) if section == "RAG colours" else None)
        if isinstance(detail, datetime):
            ws.write_number(r, 2, _serials(pd.Series([detail]))[0] or 0, formats.number(TIMESTAMP_FORMAT))
        else:
            long = isinstance(detail, str) and len(detail) > _LONG_DETAIL
            _about_cell(ws, r, 2, detail, formats.wrap if long else None)


def _about_cell(ws: Worksheet, row: int, col: int, value: object, fmt: Format | None) -> None:
    """Numbers as numbers; anything else as text made safe to open (it may be a filter someone typed)."""
    if _missing(value):
        return
    if isinstance(value, int | float | np.integer | np.floating) and not isinstance(value, bool):
        ws.write_number(row, col, value, fmt)
    else:
        ws.write_string(row, col, safe_text(str(value), workbook=True), fmt)
