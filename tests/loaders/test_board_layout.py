"""An NHS board's performance report (tests/data/layouts/icb_board.txt, made up): month and quarter column
headers, durations printed as mm:ss, numbers inside measure names ("4-hour", "65+ weeks"), bullets with
"Label: value", and a cover that names an ICB, not a council."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from loaders.pipeline import extract_pack

PACK = Path(__file__).resolve().parents[1] / "data" / "layouts" / "icb_board.txt"


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    return extract_pack(PACK).frame


def cell(rows: pd.DataFrame, measure: str, period: str | None) -> pd.Series:
    hit = rows[(rows["measure"] == measure) & (rows["period"].fillna("") == (period or ""))]
    assert len(hit) == 1, rows[["measure", "period", "value_text"]].to_string()
    return hit.iloc[0]


def test_month_and_quarter_headers_are_periods_and_leave_the_measure(rows: pd.DataFrame) -> None:
    assert cell(rows, "A&E 4-hour performance (%)", "Oct 2023")["value"] == pytest.approx(71.2)
    assert cell(rows, "A&E 4-hour performance (%)", "Jan 2024")["rag"] == "Red"
    assert cell(rows, "Patients waiting 65+ weeks", "Q2 2023/24")["value"] == 987
    assert cell(rows, "RTT 18-week performance: Plan", None)["value"] == pytest.approx(65.0)


def test_durations_are_minutes_kept_as_printed(rows: pd.DataFrame) -> None:
    nov = cell(rows, "Ambulance category 2 mean (mins)", "Nov 2023")
    assert (nov["value_text"], nov["unit"]) == ("38:50", "minutes")
    assert nov["value"] == pytest.approx(38 + 50 / 60)


def test_numbers_inside_measure_names_are_no_figures(rows: pd.DataFrame) -> None:
    per_line = rows.groupby("source_line").size().to_dict()
    assert per_line == {9: 5, 10: 5, 11: 5, 16: 4, 17: 4, 18: 4, 21: 2, 22: 2, 23: 2}


def test_tables_are_filed_under_performance_and_bullets_are_labelled_by_their_lead(rows: pd.DataFrame) -> None:
    assert set(rows.loc[rows["source_line"] < 20, "dataset"]) == {"performance"}
    assert cell(rows, "Bed occupancy", None)["value"] == pytest.approx(94.1)
    assert cell(rows, "Cancer 62-day performance: target", None)["value"] == 75


def test_the_icb_on_the_cover_is_the_home_of_every_row(rows: pd.DataFrame) -> None:
    assert set(rows["area"]) == {"Harbourside Integrated Care Board"}
