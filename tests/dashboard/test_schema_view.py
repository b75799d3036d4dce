"""Tests of dashboard/schema_view.py: tidy rows as the explorer grid shows them."""

from __future__ import annotations

import pandas as pd

from dashboard.schema_view import GRID_COLUMNS, grid_rows


def test_each_row_keeps_its_index_and_links_its_source_line(small: pd.DataFrame) -> None:
    rows = small[small["area"] == "Blaby"].iloc[:2]
    out = grid_rows(rows)
    assert [r["row_id"] for r in out] == [int(i) for i in rows.index]
    first = rows.iloc[0]
    link = f"/sources?file={first['source_file']}&line={first['source_line']}"
    assert out[0]["source"] == f"[{first['source_file']}:{first['source_line']}]({link})"
    assert out[0]["meeting"] == "8 July 2021"
    assert out[0]["value"] == float(first["value"])
    assert isinstance(out[0]["value"], float)


def test_missing_values_are_none_not_nan(small: pd.DataFrame) -> None:
    row = small.iloc[[0]].copy()
    for column in ("area", "period", "rag", "warning", "report"):
        row[column] = pd.NA
    row["meeting_date"] = pd.NaT
    (out,) = grid_rows(row)
    assert [out[c] for c in ("area", "period", "rag", "warning", "report")] == [None] * 5
    assert out["meeting"] == "date not stated"


def test_every_grid_column_is_a_field_of_each_row(small: pd.DataFrame) -> None:
    (out,) = grid_rows(small.iloc[[0]])
    assert [c["field"] for c in GRID_COLUMNS] == [f for f in out if f != "row_id"]
