"""Reading exported workbooks back as an analyst would open them: openpyxl for formats, pandas for values."""

from __future__ import annotations

import io

import openpyxl
import pandas as pd

from loaders.safe_cells import safe_frame


def sheets(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def as_read(frame: pd.DataFrame) -> pd.DataFrame:
    """The frame as pandas reads it back from Excel: text as object with NaN for missing."""
    out = frame.reset_index(drop=True).copy()
    for name in out.columns:
        if pd.api.types.is_string_dtype(out[name]):
            out[name] = out[name].astype(object).where(out[name].notna(), float("nan"))
    return out


def assert_same_rows(data: bytes, frame: pd.DataFrame, columns: list[str] | None = None) -> None:
    """The workbook's Data sheet holds exactly these rows and columns, in order (text made safe to open, as
    every export writes it: loaders/safe_cells.py)."""
    columns = columns or list(frame.columns)
    text = {name: object for name in columns if pd.api.types.is_string_dtype(frame[name])}
    back = pd.read_excel(io.BytesIO(data), sheet_name="Data", dtype=text, keep_default_na=False, na_values=[""])
    assert list(back.columns) == columns
    pd.testing.assert_frame_equal(back, as_read(safe_frame(frame[columns], workbook=True)), check_dtype=False)


def about_items(wb: openpyxl.Workbook) -> dict[tuple[object, object], object]:
    """The About sheet as {(section, item): value}."""
    return {(row[0], row[1]): row[2] for row in wb["About"].iter_rows(min_row=2, values_only=True)}
