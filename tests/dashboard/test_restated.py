"""Tests of dashboard/tables.py and series.py on a figure restated at a later meeting: every printing is kept as a row,
the dashboard shows the one from the latest meeting and names the other values and where they were printed."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import tables
from loaders.schema import coerce, validate

MEASURE = "Adults cycling at least once a week (%)"


def row(area: str, value: float, file: str, line: int, meeting: str | None, period: str = "2019/20") -> dict:
    return {
        "dataset": "wider_determinants",
        "area": area,
        "period": period,
        "measure": MEASURE,
        "value": value,
        "value_text": f"{value}%",
        "unit": "%",
        "context": f"{area} {value}%",
        "source_file": file,
        "source_line": line,
        "source_column": 1,
        "meeting_date": pd.Timestamp(meeting) if meeting else None,
        "polarity": "higher is better",
    }


def frame(*rows: dict) -> pd.DataFrame:
    return validate(coerce(pd.DataFrame(list(rows))))


@pytest.mark.parametrize(("early_file", "late_file"), [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_latest_meeting_wins_whatever_the_file_order(early_file: str, late_file: str) -> None:
    rows = frame(
        row("Blaby", 2.0, early_file, 10, "2019-06-05"),
        row("Blaby", 2.4, late_file, 20, "2020-01-10"),
        row("England", 3.0, early_file, 11, "2019-06-05"),
    )
    shown = tables.district_values(rows, MEASURE).set_index("area")
    assert shown.loc["Blaby", "value"] == 2.4
    assert shown.loc["Blaby", "source_file"] == late_file
    note = shown.loc["Blaby", "restated"]
    assert "earlier 2.0%" in note
    assert early_file in note
    assert "5 June 2019" in note
    assert pd.isna(shown.loc["England", "restated"])


def test_printings_that_agree_are_not_flagged() -> None:
    rows = frame(row("Blaby", 2.4, "a.txt", 10, "2019-06-05"), row("Blaby", 2.4, "b.txt", 20, "2020-01-10"))
    shown = tables.district_values(rows, MEASURE)
    assert len(shown) == 1
    assert pd.isna(shown["restated"].iloc[0])
    assert "Restated" not in tables.indicator_table(shown, "England").columns


def test_a_later_period_is_not_a_restatement() -> None:
    rows = frame(
        row("Blaby", 2.0, "a.txt", 10, "2019-06-05", period="2018/19"),
        row("Blaby", 2.4, "a.txt", 12, "2019-06-05", period="2019/20"),
    )
    shown = tables.district_values(rows, MEASURE)
    assert shown["value"].tolist() == [2.4]
    assert pd.isna(shown["restated"].iloc[0])


def test_undated_printing_loses_to_a_dated_one_and_is_named() -> None:
    rows = frame(row("Blaby", 2.0, "a.txt", 10, None), row("Blaby", 2.4, "b.txt", 20, "2020-01-10"))
    shown = tables.district_values(rows, MEASURE)
    assert shown["value"].tolist() == [2.4]
    assert "also printed as 2.0% in a.txt line 10" in shown["restated"].iloc[0]


def test_table_and_matrix_show_the_marker_and_what_was_restated() -> None:
    rows = frame(
        row("Blaby", 2.0, "a.txt", 10, "2019-06-05"),
        row("Blaby", 2.4, "b.txt", 20, "2020-01-10"),
        row("Melton", 1.1, "b.txt", 21, "2020-01-10"),
        row("England", 3.0, "b.txt", 22, "2020-01-10"),
    )
    shown = tables.district_values(rows, MEASURE)
    table = tables.indicator_table(shown, "England").set_index("Area")
    assert table.loc["Blaby", "Value"].endswith("(restated)")
    assert "earlier 2.0% in a.txt" in table.loc["Blaby", "Restated"]
    assert table.loc["Melton", "Restated"] == ""
    assert "(restated)" not in table.loc["Melton", "Value"]
    cells = tables.rag_matrix(rows, "England")[MEASURE]
    assert cells["Blaby"][0].endswith("(restated)")
    assert not cells["Melton"][0].endswith("(restated)")


def test_headline_tile_takes_the_latest_meeting() -> None:
    rows = frame(
        row("Leicestershire", 2.0, "a.txt", 10, "2019-06-05"), row("Leicestershire", 2.4, "b.txt", 5, "2020-01-10")
    )
    tile = tables.headline_tile(rows, "wider_determinants")
    assert tile.source_file == "b.txt"
    assert tile.value is not None
    assert "2.4" in tile.value


@pytest.mark.parametrize(("early_file", "late_file"), [("a.txt", "b.txt"), ("b.txt", "a.txt")])
def test_part_two_sections_show_the_latest_meeting(early_file: str, late_file: str) -> None:
    """Finance, workforce and the other section pages draw one bar per area, measure and period: the latest."""
    from dashboard import series

    rows = frame(
        row("Blaby", 2.0, early_file, 10, "2019-06-05"),
        row("Blaby", 2.4, late_file, 20, "2020-01-10"),
        row("Melton", 1.5, early_file, 12, "2019-06-05"),
    )
    section = series.Section(key="t", title="t", dataset="wider_determinants", x="period", colour="area")
    shown = series.rows_for(rows, section).set_index("area")
    assert shown.loc["Blaby", "value"] == 2.4
    assert shown.loc["Melton", "value"] == 1.5
    table = series.pivot(series.rows_for(rows, section), section).set_index("Area")
    assert table.loc["Blaby", "2019/20"] == "2.4%"
