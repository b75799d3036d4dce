"""Exports for analysts: the rows on screen as a formatted .xlsx or a plain CSV.

An export an analyst has to tidy by hand is a failed export, so the workbook
carries real numbers with number formats by unit, real dates, RAG cells with
the app's colours *and* the word (greyscale printing), a Sources sheet naming
the pack line behind every row and an About sheet saying what was exported,
when, with which filters and under which rules.  Text cells are made safe to
open (loaders/safe_cells.py: no formula from a pack's text, no character a
workbook cannot hold), numbers stay numbers.  Pure functions, bytes out:
the dashboard's buttons and `healthdash export` share them.  Written with
openpyxl's write-only mode, so thousands of rows take a fraction of a second.
"""

from __future__ import annotations

import io
import re
from collections.abc import Iterable, Sequence
from datetime import UTC, datetime

import pandas as pd
from openpyxl import Workbook
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Alignment, Font, PatternFill
from openpyxl.utils import get_column_letter

from dashboard import xlsx
from dashboard.compare import RULE as COMPARISON_RULE
from dashboard.theme import Rag, fmt_date
from loaders.safe_cells import safe_frame, safe_text
from loaders.schema import COLUMNS

XLSX_MIME = "application/vnd.openxmlformats-officedocument.spreadsheetml.sheet"
CSV_MIME = "text/csv"

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

_HEADER_FONT = Font(bold=True)
_HEADER_FILL = PatternFill("solid", start_color="D9D9D9", end_color="D9D9D9")
_WRAP = Alignment(wrap_text=True, vertical="top")
_MIN_WIDTH, _MAX_WIDTH = 8, 60
_MEANINGS = {name: (dtype, nullable, meaning) for name, dtype, nullable, meaning in COLUMNS}


def build_workbook(
    frame: pd.DataFrame,
    *,
    filters: dict[str, str] | None = None,
    columns: list[str] | None = None,
    rag_columns: Iterable[str] = ("rag",),
    exported_at: datetime | None = None,
) -> bytes:
    """The rows of `frame`, in its order, as an .xlsx: Data, Sources and About sheets.

    `columns` picks and orders the data sheet's columns (default: all of `frame`); provenance and
    units are read from `frame` even when those columns are not shown.  `filters` are listed on the
    About sheet as they were applied on screen or on the command line.
    """
    columns = _columns(frame, columns)
    frame = safe_frame(frame, workbook=True)
    exported_at = exported_at or datetime.now(UTC).replace(tzinfo=None)
    wb = Workbook(write_only=True)
    data, source_sheet = wb.create_sheet("Data"), wb.create_sheet("Sources")
    data_rows = _table_sheet(
        data, frame, columns, rag_columns=set(rag_columns), unit_formats=_unit_formats(frame), formats=DATA_FORMATS
    )
    table = sources(frame)
    source_rows = _table_sheet(source_sheet, table, list(table.columns), formats=SOURCE_FORMATS)
    _about_sheet(wb.create_sheet("About"), frame, columns, filters or {}, exported_at)
    buf = io.BytesIO()
    wb.save(buf)
    paths = {data.path.lstrip("/"): data_rows, source_sheet.path.lstrip("/"): source_rows}
    return xlsx.splice(buf.getvalue(), paths)


def build_csv(frame: pd.DataFrame, columns: list[str] | None = None) -> bytes:
    """Exactly the rows and columns given, in the order given, as UTF-8 CSV (no BOM), dates as ISO; text made safe
    to open (loaders/safe_cells.py)."""
    columns = _columns(frame, columns)
    return safe_frame(frame[columns]).to_csv(index=False, lineterminator="\n", date_format="%Y-%m-%d").encode("utf-8")


def filename(parts: Sequence[str | None], suffix: str, when: datetime | None = None) -> str:
    """A safe download name such as "healthdash-wider_determinants-Blaby-2024-05-01.xlsx"."""
    when = when or datetime.now()
    words = ["healthdash", *(p for p in parts if p), f"{when:%Y-%m-%d}"]
    stem = "-".join(re.sub(r"[^A-Za-z0-9_.-]+", "_", w).strip("_") for w in words)
    return f"{stem}.{suffix.lstrip('.')}"


def _columns(frame: pd.DataFrame, columns: list[str] | None) -> list[str]:
    if columns is None:
        return list(frame.columns)
    missing = [c for c in columns if c not in frame.columns]
    if missing:
        raise ValueError(f"columns not in the frame: {', '.join(missing)}")
    return list(columns)


# --- Data and Sources sheets --------------------------------------------------------------------


def _table_sheet(
    ws,
    frame: pd.DataFrame,
    columns: list[str],
    *,
    rag_columns: frozenset[str] | set[str] = frozenset(),
    unit_formats: list[tuple[str, str]] | None = None,
    formats: dict[str, str] | None = None,
) -> str:
    """Header (bold, frozen, autofiltered) and widths through openpyxl; the rows' XML returned for splicing."""
    n = len(frame)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:{get_column_letter(max(len(columns), 1))}{n + 1}"
    for i, name in enumerate(columns, 1):
        ws.column_dimensions[get_column_letter(i)].width = _width(str(name), frame[name])
    ws.append([_header(ws, str(name), fill=True) for name in columns])
    cells = []
    for i, name in enumerate(columns, 1):
        refs = xlsx.refs(i, n)
        series = frame[name].reset_index(drop=True)
        if name in rag_columns:
            cells.append(_rag_cells(ws, refs, series))
        elif formats and name in formats and _kind(series) in ("number", "date"):
            fmt = formats[name]
            if fmt == DATE_FORMAT:
                cells.append(xlsx.date_cells(refs, series, xlsx.style_id(ws, number_format=fmt)))
            else:
                cells.append(xlsx.number_cells(refs, series, xlsx.style_id(ws, number_format=fmt)))
        else:
            per_row = unit_formats if name in UNIT_COLUMNS else None
            cells.append(_typed_cells(ws, refs, series, per_row))
    return xlsx.rows_xml(cells, n)


def _unit_formats(frame: pd.DataFrame) -> list[tuple[str, str]]:
    units = frame["unit"].tolist() if "unit" in frame else [None] * len(frame)
    return [UNIT_FORMATS.get(u, GENERAL_FORMATS) if isinstance(u, str) else GENERAL_FORMATS for u in units]


def _typed_cells(ws, refs: pd.Series, series: pd.Series, unit_formats: list[tuple[str, str]] | None) -> pd.Series:
    """Dates as dates, numbers as numbers (formatted by unit where given), anything else as text."""
    kind = _kind(series)
    if kind == "date":
        return xlsx.date_cells(refs, series, xlsx.style_id(ws, number_format=DATE_FORMAT))
    if kind == "bool":
        return xlsx.bool_cells(refs, series)
    if kind != "number":
        return xlsx.text_cells(refs, series)
    numbers = pd.to_numeric(series, errors="coerce")
    if unit_formats is None and pd.api.types.is_integer_dtype(numbers):
        return xlsx.number_cells(refs, series, xlsx.style_id(ws, number_format="#,##0"))
    if unit_formats is None:
        unit_formats = [GENERAL_FORMATS] * len(series)
    whole = (numbers.fillna(0) % 1 == 0).tolist()
    chosen = [fmts[0] if w else fmts[1] for fmts, w in zip(unit_formats, whole, strict=True)]
    ids = {f: xlsx.style_id(ws, number_format=f) for f in set(chosen)}
    styles = [ids[f] for f in chosen]
    return xlsx.number_cells(refs, numbers, pd.Series(styles, index=series.index))


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


def _rag_cells(ws, refs: pd.Series, series: pd.Series) -> pd.Series:
    """The rating's word on the app's fill colour, in the palette's text colour."""
    ids = {}
    for value in series.dropna().unique():
        rag = Rag.of(value)
        ids[value] = xlsx.style_id(ws, fill=_rgb(rag.fill), font=Font(color=_rgb(rag.text), bold=True))
    return xlsx.text_cells(refs, series, series.map(ids))


def _rgb(colour: str) -> str:
    return colour.lstrip("#").upper()


def _styled(ws, value: datetime | None, number_format: str):
    if value is None:
        return None
    cell = WriteOnlyCell(ws, value=value)
    cell.number_format = number_format
    return cell


def _text_cell(ws, value: object):
    """Text stays text: made safe (loaders/safe_cells.py), and written as a string whatever it starts with."""
    if not isinstance(value, str):
        return value
    cell = WriteOnlyCell(ws, value=safe_text(value, workbook=True))
    cell.data_type = "s"
    return cell


def _rag_cell(ws, value: object):
    """One rating cell (the About sheet's legend), styled as in _rag_cells."""
    if value is None:
        return None
    rag = Rag.of(value)
    cell = WriteOnlyCell(ws, value=str(value))
    cell.fill = PatternFill("solid", start_color=_rgb(rag.fill), end_color=_rgb(rag.fill))
    cell.font = Font(color=_rgb(rag.text), bold=True)
    return cell


def _width(name: str, series: pd.Series) -> float:
    """Wide enough for the header and most values, capped so free text does not push columns off screen."""
    if pd.api.types.is_datetime64_any_dtype(series):
        longest = 18
    elif pd.api.types.is_numeric_dtype(series):
        longest = 12  # "£1,234,567" and "12.5%" alike
    else:
        lengths = series.dropna().astype(str).str.len()
        longest = int(lengths.quantile(0.95)) if not lengths.empty else 4
    return float(min(max(len(name) + 3, longest + 2, _MIN_WIDTH), _MAX_WIDTH))


# --- Sources and About ---------------------------------------------------------------------


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


def about(frame: pd.DataFrame, columns: list[str], filters: dict[str, str], exported_at: datetime) -> list[tuple]:
    """The About sheet as (section, item, detail) rows: export, packs, filters, RAG rules, formats, schema."""
    rows: list[tuple] = [
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
        rows.append(
            ("Packs", p.source_file, f"published for the meeting of {fmt_date(p.pack_date)}; {p.rows} rows exported")
        )
    applied = [("Filters", str(k), str(v)) for k, v in filters.items() if v not in (None, "")]
    rows += applied or [("Filters", "(none)", "All rows")]
    rows += [
        ("RAG rules", "Ratings in the data", RAG_SOURCE_RULE),
        ("RAG rules", "Dashboard comparisons", COMPARISON_RULE),
        ("RAG rules", "Colours", "Rated cells carry the app's fill colour and the word, so they survive greyscale."),
    ]
    rows += [("RAG colours", r.word, f"fill {r.fill}, text {r.text}") for r in Rag if r is not Rag.NONE]
    rows += [("Number formats", unit, fmts[0]) for unit, fmts in UNIT_FORMATS.items()]
    rows += [("Number formats", "other units", GENERAL_FORMATS[0]), ("Number formats", "dates", DATE_FORMAT)]
    for name in columns:
        if name in _MEANINGS:
            dtype, nullable, meaning = _MEANINGS[name]
            rows.append(("Schema", name, f"{dtype}, {'nullable' if nullable else 'always present'}; {meaning}"))
        else:
            rows.append(("Schema", name, "not a tidy-table column (derived for the page it was exported from)"))
    return rows


def _about_sheet(ws, frame: pd.DataFrame, columns: list[str], filters: dict[str, str], exported_at: datetime) -> None:
    """What, when, from where, filtered how, rated how, and what each column means."""
    rows = about(frame, columns, filters, exported_at)
    ws.freeze_panes = "A2"
    ws.auto_filter.ref = f"A1:C{len(rows) + 1}"
    for letter, width in zip("ABC", (16, 28, 110), strict=True):
        ws.column_dimensions[letter].width = width
    ws.append([_header(ws, "Section", fill=True), _header(ws, "Item", fill=True), _header(ws, "Detail", fill=True)])
    for section, item, detail in rows:
        first = _rag_cell(ws, item) if section == "RAG colours" else _text_cell(ws, item)
        if isinstance(detail, datetime):
            second = _styled(ws, detail, TIMESTAMP_FORMAT)
        elif isinstance(detail, str) and len(detail) > 100:
            second = WriteOnlyCell(ws, value=safe_text(detail, workbook=True))
            second.data_type = "s"
            second.alignment = _WRAP
        else:
            second = _text_cell(ws, detail)
        ws.append([section, first, second])


def _header(ws, text: str, fill: bool = False):
    cell = WriteOnlyCell(ws, value=text)
    cell.font = _HEADER_FONT
    if fill:
        cell.fill = _HEADER_FILL
    return cell
