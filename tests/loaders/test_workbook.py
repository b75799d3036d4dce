"""Tests of loaders/workbook.py, the one workbook writer: cells read back with openpyxl as a user's Excel would read
them, the size limit, and a style given as data (the dashboard's palette is tested in tests/dashboard/test_export.py).
"""

from __future__ import annotations

import io
from datetime import datetime
from pathlib import Path

import openpyxl
import pandas as pd
import pytest

from loaders import workbook


def read(data: bytes) -> openpyxl.Workbook:
    return openpyxl.load_workbook(io.BytesIO(data))


def test_rows_read_back_with_their_types_in_order() -> None:
    frame = pd.DataFrame(
        {
            "text": pd.Series(["Blaby", "Oadby & Wigston", None], dtype="string"),
            "value": pd.Series([2.5, float("nan"), -1573742.0]),
            "count": pd.Series([3, 0, 12], dtype="int64"),
            "flag": pd.Series([True, False, None], dtype="object"),
            "date": pd.Series(pd.to_datetime(["2019-06-05 00:00", None, "2025-03-05 14:00"])),
            "inf": pd.Series([float("inf"), 1.0, float("-inf")]),
        }
    )
    ws = read(workbook.build(frame))["Data"]
    assert list(ws.iter_rows(values_only=True)) == [
        ("text", "value", "count", "flag", "date", "inf"),
        ("Blaby", 2.5, 3, True, datetime(2019, 6, 5), None),
        ("Oadby & Wigston", None, 0, False, None, 1),  # a missing or non-finite value is an empty cell
        (None, -1573742, 12, None, datetime(2025, 3, 5, 14, 0), None),
    ]
    assert ws["E2"].number_format == workbook.DATE_FORMAT
    assert ws["E2"].is_date
    assert ws["C2"].number_format == "#,##0"


def test_text_is_escaped_safe_and_never_a_formula() -> None:
    awkward = ["= not a formula & <tag>", "=SUM(A1:A2)", "line\x01with a control character", "  spaced  ", "-540"]
    ws = read(workbook.build(pd.DataFrame({"text": pd.Series(awkward, dtype="string")})))["Data"]
    cells = [c for (c,) in ws.iter_rows(min_row=2)]
    assert [c.value for c in cells] == [
        "'= not a formula & <tag>",  # quoted (loaders/safe_cells.py)
        "'=SUM(A1:A2)",
        "linewith a control character",  # not allowed in a workbook: dropped
        "  spaced  ",
        "-540",  # a number as printed stays as printed
    ]
    assert all(c.data_type == "s" for c in cells)


def test_a_style_colours_ratings_by_word_in_any_case() -> None:
    style = workbook.Style(rag_colours={"Red": ("#A50F15", "#FFFFFF")}, rag_other=("#D9D9D9", "#000000"))
    frame = pd.DataFrame({"rag": pd.Series(["Red", "red ", "Purple", None], dtype="string")})
    ws = read(workbook.build(frame, style=style))["Data"]
    assert ws["A2"].value == "Red"
    assert ws["A2"].fill.fill_type == "solid"
    assert ws["A2"].fill.fgColor.rgb[-6:] == "A50F15"
    assert ws["A2"].font.color.rgb[-6:] == "FFFFFF"
    assert ws["A2"].font.bold
    assert ws["A3"].fill.fgColor.rgb[-6:] == "A50F15"
    assert ws["A4"].fill.fgColor.rgb[-6:] == "D9D9D9"  # a word the palette lacks: the "other" colours
    assert ws["A5"].value is None
    plain = read(workbook.build(frame))["Data"]  # no style: the word, no fill
    assert plain["A2"].value == "Red"
    assert plain["A2"].fill.fill_type is None


def test_header_frozen_filtered_and_sized() -> None:
    frame = pd.DataFrame({"measure": ["a long measure name " * 5, "b"], "value": [1.0, 2.5]})
    wb = read(workbook.build(frame, filters={"area": "Blaby"}))
    ws = wb["Data"]
    assert ws.freeze_panes == "A2"
    assert ws.auto_filter.ref == "A1:B3"
    assert [c.font.bold for c in ws[1]] == [True, True]
    assert ws.column_dimensions["A"].width > ws.column_dimensions["B"].width
    about = {(r[0], r[1]): r[2] for r in wb["About"].iter_rows(min_row=2, values_only=True)}
    assert about["Filters", "area"] == "Blaby"
    assert about["Export", "Rows"] == 2
    assert wb.sheetnames == ["Data", "Sources", "About"]


def test_no_rows_leave_a_header_only() -> None:
    ws = read(workbook.build(pd.DataFrame({"text": pd.Series([], dtype="string")})))["Data"]
    assert list(ws.iter_rows(values_only=True)) == [("text",)]


def test_more_rows_than_the_limit_are_refused_before_writing(tmp_path: Path) -> None:
    frame = pd.DataFrame({"value": range(11)})
    out = tmp_path / "big.xlsx"
    with pytest.raises(workbook.TooManyRows, match="11 rows are more than a workbook holds here \\(10\\)"):
        workbook.write(frame, out, max_rows=10)
    assert not out.exists()
    assert "or take the CSV" in str(pytest.raises(workbook.TooManyRows, workbook.check_size, 100_001).value)
    workbook.check_size(workbook.MAX_ROWS)  # the limit itself is allowed


def test_writes_to_a_path(tmp_path: Path) -> None:
    out = tmp_path / "rows.xlsx"
    workbook.write(pd.DataFrame({"value": [1.5]}), out)
    assert openpyxl.load_workbook(out)["Data"]["A2"].value == 1.5


# --- extract --out: the same writer, and plain CSV ---------------------------------------------------------------


@pytest.fixture
def rows() -> pd.DataFrame:
    return pd.DataFrame(
        {
            "measure": ["Spend £", "Air µg/m3"],
            "value": [4400.0, 12.5],
            "unit": ["GBP thousands", "µg/m3"],
            "rag": ["Red", None],
            "source_file": ["a.txt", "a.txt"],
            "source_line": [3, 4],
        }
    )


def test_extract_writes_the_one_workbook(rows: pd.DataFrame, tmp_path: Path) -> None:
    from loaders.cli import write_table

    out = tmp_path / "rows.xlsx"
    write_table(rows, out)
    wb = openpyxl.load_workbook(out)
    assert wb.sheetnames == ["Data", "Sources", "About"]
    ws = wb["Data"]
    assert ws.freeze_panes == "A2"
    assert ws["B2"].number_format == '£#,##0"k"'
    assert ws["D2"].value == "Red"  # the word; the app's colours come with the dashboard's exports
    assert [r[0] for r in wb["Sources"].iter_rows(min_row=2, values_only=True)] == ["a.txt", "a.txt"]


def test_extract_csv_stays_plain_utf8_without_a_byte_order_mark(rows: pd.DataFrame, tmp_path: Path) -> None:
    from loaders.cli import write_table

    out = tmp_path / "rows.csv"
    write_table(rows, out)
    raw = out.read_bytes()
    assert raw.startswith(b"measure,value")
    assert "Spend £" in raw.decode("utf-8")


def test_extract_refuses_a_workbook_too_large_in_one_line(
    rows: pd.DataFrame, tmp_path: Path, monkeypatch: pytest.MonkeyPatch, capsys: pytest.CaptureFixture[str]
) -> None:
    from loaders.cli import write_table

    monkeypatch.setattr(workbook, "MAX_ROWS", 1)
    out = tmp_path / "rows.xlsx"
    with pytest.raises(SystemExit) as exit_:
        write_table(rows, out)
    assert exit_.value.code == 2
    err = capsys.readouterr().err
    assert err.count("\n") == 1
    assert "2 rows are more than a workbook is written with (1); extract fewer packs, or write .csv" in err
    assert not out.exists()
