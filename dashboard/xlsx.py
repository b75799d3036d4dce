"""Fast rows for openpyxl write-only sheets: a whole column's cells as XML at once.

openpyxl builds one Python cell object per value (about 10 µs each), which makes
the 100,000-odd cells of the tidy table take over a second.  Here openpyxl still
writes the workbook (styles, frozen header, autofilter, widths, small sheets)
and the big sheets' rows are built column by column with vectorised string
operations and spliced into the saved file's <sheetData>.  Styles are registered
with openpyxl first, so every style id used here is in the workbook's styles.xml.
"""

from __future__ import annotations

import io
import math
import zipfile
from collections.abc import Sequence

import numpy as np
import pandas as pd
from openpyxl.cell import WriteOnlyCell
from openpyxl.styles import Font, PatternFill
from openpyxl.utils import get_column_letter

from loaders.safe_cells import ILLEGAL_CHARACTERS

_ILLEGAL = ILLEGAL_CHARACTERS
_EPOCH = pd.Timestamp("1899-12-30")


def style_id(ws, *, number_format: str | None = None, fill: str | None = None, font: Font | None = None) -> int:
    """Register a cell style with the workbook (without writing a cell) and return its xf index."""
    cell = WriteOnlyCell(ws)
    if number_format:
        cell.number_format = number_format
    if fill:
        cell.fill = PatternFill("solid", start_color=fill, end_color=fill)
    if font is not None:
        cell.font = font
    return cell.style_id


def text_cells(refs: pd.Series, values: pd.Series, styles: pd.Series | int | None = None) -> pd.Series:
    """Inline-string cells; missing values give no cell.  Text is escaped, never a formula."""
    present = values.notna()
    text = values[present].astype(str)
    text = text.str.replace(_ILLEGAL, "", regex=True)
    text = text.str.replace("&", "&amp;", regex=False).str.replace("<", "&lt;", regex=False)
    text = text.str.replace(">", "&gt;", regex=False)
    style = _style_attr(styles, present)
    cells = (
        '<c r="' + refs[present] + '"' + style + ' t="inlineStr"><is><t xml:space="preserve">' + text + "</t></is></c>"
    )
    return cells.reindex(values.index, fill_value="")


def number_cells(refs: pd.Series, values: pd.Series, styles: pd.Series | int | None = None) -> pd.Series:
    """Numeric cells (int, float or bool); missing or non-finite values give no cell."""
    numbers = [None if v is None or (isinstance(v, float) and not math.isfinite(v)) else v for v in values.tolist()]
    shown = pd.Series([_number_text(v) for v in numbers], index=values.index, dtype=object)
    present = shown.notna()
    style = _style_attr(styles, present)
    cells = '<c r="' + refs[present] + '"' + style + "><v>" + shown[present] + "</v></c>"
    return cells.reindex(values.index, fill_value="")


def bool_cells(refs: pd.Series, values: pd.Series) -> pd.Series:
    present = values.notna()
    shown = values[present].map(lambda v: "1" if v else "0")
    cells = '<c r="' + refs[present] + '" t="b"><v>' + shown + "</v></c>"
    return cells.reindex(values.index, fill_value="")


def date_cells(refs: pd.Series, values: pd.Series, style: int) -> pd.Series:
    """Dates as Excel serial numbers (days since 30 December 1899) in a date-formatted style."""
    stamps = pd.to_datetime(values)
    if getattr(stamps.dt, "tz", None) is not None:
        stamps = stamps.dt.tz_localize(None)  # Excel has no time zones: keep the wall-clock time
    serial = (stamps - _EPOCH) / pd.Timedelta(days=1)
    return number_cells(refs, serial.astype("float64"), style)


def refs(column: int, n: int, first_row: int = 2) -> pd.Series:
    """Cell references of one column, "F2", "F3", ...: the r attribute every cell carries."""
    letter = get_column_letter(column)
    return letter + pd.Series(np.arange(first_row, first_row + n).astype(str), dtype=object)


def rows_xml(columns: Sequence[pd.Series], n: int, first_row: int = 2) -> str:
    """Join per-column cell strings into <row> elements, rows numbered from first_row."""
    if n == 0:
        return ""
    out = '<row r="' + pd.Series(np.arange(first_row, first_row + n).astype(str), dtype=object) + '">'
    for col in columns:
        out = out + col.reset_index(drop=True)
    return "".join((out + "</row>").tolist())


def splice(xlsx: bytes, rows_by_sheet: dict[str, str]) -> bytes:
    """The saved workbook with extra rows appended to the named sheets' data (path -> row XML)."""
    src = zipfile.ZipFile(io.BytesIO(xlsx))
    buf = io.BytesIO()
    with zipfile.ZipFile(buf, "w", zipfile.ZIP_DEFLATED, compresslevel=1) as dst:
        for info in src.infolist():
            data = src.read(info.filename)
            rows = rows_by_sheet.get(info.filename)
            if rows:
                xml = data.decode("utf-8")
                if "</sheetData>" in xml:
                    xml = xml.replace("</sheetData>", rows + "</sheetData>", 1)
                else:
                    xml = xml.replace("<sheetData/>", "<sheetData>" + rows + "</sheetData>", 1)
                data = xml.encode("utf-8")
            dst.writestr(info.filename, data)
    return buf.getvalue()


def _style_attr(styles: pd.Series | int | None, present: pd.Series) -> pd.Series | str:
    if styles is None:
        return ""
    if isinstance(styles, int):
        return f' s="{styles}"'
    return ' s="' + styles[present].astype("int64").astype(str) + '"'


def _number_text(value: object) -> str | None:
    if value is None:
        return None
    if isinstance(value, bool | np.bool_):
        return "1" if value else "0"
    if isinstance(value, float | np.floating):
        return repr(float(value))
    if isinstance(value, int | np.integer):
        return str(int(value))
    return None
