"""Tests of dashboard/xlsx.py: column-at-a-time cells spliced into an openpyxl write-only workbook, read back with
openpyxl as a user's Excel would read them."""

from __future__ import annotations

import io
from datetime import datetime

import openpyxl
import pandas as pd
import pytest
from openpyxl import Workbook
from openpyxl.styles import Font

from dashboard import xlsx


def workbook_with(columns: dict[str, pd.Series], header: bool = True) -> openpyxl.Workbook:
    """A one-sheet workbook: a header row written by openpyxl, the columns' cells spliced in after it."""
    wb = Workbook(write_only=True)
    ws = wb.create_sheet("Data")
    if header:
        ws.append(list(columns))
    n = len(next(iter(columns.values())))
    first = 2 if header else 1
    date_style = xlsx.style_id(ws, number_format="d mmm yyyy")
    money_style = xlsx.style_id(ws, number_format="£#,##0")
    red_style = xlsx.style_id(ws, fill="FFA50F15", font=Font(color="FFFFFFFF", bold=True))
    cells = []
    for i, (name, values) in enumerate(columns.items(), 1):
        refs = xlsx.refs(i, n, first)
        if name == "date":
            cells.append(xlsx.date_cells(refs, values, date_style))
        elif name == "flag":
            cells.append(xlsx.bool_cells(refs, values))
        elif name == "money":
            cells.append(xlsx.number_cells(refs, values, money_style))
        elif name == "rag":
            cells.append(xlsx.text_cells(refs, values, red_style))
        elif pd.api.types.is_numeric_dtype(values):
            cells.append(xlsx.number_cells(refs, values))
        else:
            cells.append(xlsx.text_cells(refs, values))
    buf = io.BytesIO()
    wb.save(buf)
    data = xlsx.splice(buf.getvalue(), {ws.path.lstrip("/"): xlsx.rows_xml(cells, n, first)})
    return openpyxl.load_workbook(io.BytesIO(data))


def test_rows_read_back_with_their_types_in_order() -> None:
    ws = workbook_with(
        {
            "text": pd.Series(["Blaby", "Oadby & Wigston", None], dtype="string"),
            "value": pd.Series([2.5, float("nan"), -1573742.0]),
            "count": pd.Series([3, 0, 12], dtype="int64"),
            "flag": pd.Series([True, False, None], dtype="object"),
            "date": pd.Series(pd.to_datetime(["2019-06-05 00:00", None, "2025-03-05 14:00"])),
        }
    )["Data"]
    rows = list(ws.iter_rows(values_only=True))
    assert rows == [
        ("text", "value", "count", "flag", "date"),
        ("Blaby", 2.5, 3, True, datetime(2019, 6, 5)),
        ("Oadby & Wigston", None, 0, False, None),  # a missing or non-finite value is an empty cell
        (None, -1573742, 12, None, datetime(2025, 3, 5, 14, 0)),
    ]
    assert ws["E2"].number_format == "d mmm yyyy"
    assert ws["E2"].is_date


def test_text_is_escaped_and_never_a_formula() -> None:
    awkward = ["= not a formula & <tag>", "=SUM(A1:A2)", "line\x01with a control character", "  spaced  "]
    ws = workbook_with({"text": pd.Series(awkward, dtype="string")}, header=False)["Data"]
    assert [c.value for (c,) in ws.iter_rows()] == [
        "= not a formula & <tag>",
        "=SUM(A1:A2)",
        "linewith a control character",  # not allowed in XML: dropped
        "  spaced  ",
    ]
    assert all(c.data_type == "s" for (c,) in ws.iter_rows())


def test_styles_registered_for_a_column_are_the_ones_the_cells_carry() -> None:
    ws = workbook_with(
        {
            "money": pd.Series([1234567.0, 12.5]),
            "rag": pd.Series(["Red", None], dtype="string"),
        }
    )["Data"]
    assert ws["A2"].value == 1234567
    assert ws["A2"].number_format == ws["A3"].number_format == "£#,##0"
    assert ws["B2"].value == "Red"
    assert ws["B2"].fill.fgColor.rgb == "FFA50F15"
    assert ws["B2"].font.bold
    assert ws["B2"].font.color.rgb == "FFFFFFFF"
    assert ws["B3"].value is None


@pytest.mark.parametrize(("column", "first_row", "expected"), [(1, 2, ["A2", "A3"]), (28, 5, ["AB5", "AB6"])])
def test_refs_name_each_cell(column: int, first_row: int, expected: list[str]) -> None:
    assert xlsx.refs(column, 2, first_row).tolist() == expected


def test_no_rows_leave_the_sheet_as_openpyxl_wrote_it() -> None:
    assert xlsx.rows_xml([pd.Series([], dtype=object)], 0) == ""
    ws = workbook_with({"text": pd.Series([], dtype="string")})["Data"]
    assert list(ws.iter_rows(values_only=True)) == [("text",)]
