"""Small made-up packs in layouts the development councils do not print (tests/data/layouts/):

* icb_board.txt, an NHS board's performance report: month and quarter column headers, durations printed
  as mm:ss, numbers inside measure names ("4-hour", "65+ weeks"), bullets with "Label: value", and a cover
  that names an ICB, not a council;
* district_columns.txt: districts across the columns (none in any gazetteer), units in the row labels;
* budget_monitoring.txt: a £000 table under a heading that names the year, then "Key: value" lines;
* borough_prose.txt: a borough's ward table, then prose naming "the borough", a region and wards.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from loaders.pipeline import extract_pack

LAYOUTS = Path(__file__).resolve().parents[1] / "data" / "layouts"


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    return extract_pack(LAYOUTS / "icb_board.txt").frame


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
    assert set(rows["area"]) == {"Harbourside ICB"}  # the cover prints "... Integrated Care Board": one spelling


def test_districts_across_the_columns_are_the_areas_and_row_labels_give_units() -> None:
    frame = extract_pack(LAYOUTS / "district_columns.txt").frame
    table = frame[frame["source_line"] < 10]
    assert set(table["area"]) == {"Ashby Vale", "Brockton", "Carrowmere", "Northshire", "England"}
    assert set(table["measure"]) == {
        "Fuel poverty (%)",
        "Physically active adults (%)",
        "Homelessness duties (per 1,000)",
    }
    assert set(table["dataset"]) == {"wider_determinants"}
    assert dict(zip(table["measure"], table["unit"], strict=True))["Homelessness duties (per 1,000)"] == "per 1,000"
    assert set(table["period"]) == {"2022/23"}
    prose = frame[frame["source_line"] == 11].set_index("value_text")
    assert prose.loc["14.3%", "area"] == "Brockton"  # a district no gazetteer knows, named in the table
    assert prose.loc["13.1%", "area"] == "England"  # "the England average of": the benchmark's own value


def test_a_budget_table_takes_its_year_from_the_heading_and_key_value_lines_stand_alone() -> None:
    frame = extract_pack(LAYOUTS / "budget_monitoring.txt").frame
    table = frame[frame["dataset"] != "figures"]
    assert len(table) == 15
    assert set(table["unit"]) == {"GBP thousands"}
    assert set(table["period"]) == {"2023/24"}
    assert table.loc[table["value_text"] == "(608)", "value"].item() == -608
    assert not frame["measure"].str.contains("Outturn Variance:").any()  # a table's header is no heading
    assert 3 not in frame["value"].tolist()  # "Quarter 3" names a quarter
    key_values = frame[frame["source_line"].isin([21, 22])].set_index("value_text")
    assert key_values.loc["12.3%", "measure"] == "Smoking prevalence: Value"
    assert key_values.loc["12.7%", "area"] == "England"


def test_rows_known_by_year_and_a_table_titled_by_the_line_over_it() -> None:
    """series_and_titles.txt: a yearly series (no row labels, a Year column) and a pipe table whose title is
    a plain line over it, after another table."""
    frame = extract_pack(LAYOUTS / "series_and_titles.txt").frame
    series = frame[frame["source_line"].between(6, 8)]
    assert "Total" not in " ".join(series["measure"])  # a year's row is not a total
    assert set(series["period"]) == {"2019/20", "2020/21", "2021/22"}
    england = series[series["area"] == "England"]
    assert len(england) == 3  # "England rate": England's value
    life = frame[frame["source_line"].between(14, 17)]
    assert set(life["dataset"]) == {"life_expectancy"}
    assert set(life["measure"]) == {
        "Life expectancy at birth: Male",
        "Life expectancy at birth: Female",
        "Life expectancy at birth: Gap",
    }
    assert set(life["period"]) == {"2018-20"}
    assert set(life["unit"]) == {"years"}
    assert 65 not in frame.loc[frame["dataset"] == "figures", "value"].tolist()  # "aged 65 and over" is no figure


def test_trust_prose_keeps_thresholds_and_references_out_of_the_figures() -> None:
    """trust_finance_prose.txt: numbered paragraphs of a trust's finance report."""
    frame = extract_pack(LAYOUTS / "trust_finance_prose.txt").frame
    assert set(frame["area"]) == {"Harbourside NHS Foundation Trust"}
    printed = set(frame["value_text"])
    assert {"£23.4m", "£61.2m", "£18.9m", "£3.7m", "1,412", "1,286", "231"} <= printed
    assert not printed & {"1", "8", "52"}  # "Part 1", "month 8", "over 52 weeks" name things; they count nothing
    deficit = frame.set_index("value_text").loc["£15.2m"]
    assert deficit["measure"].endswith("against a planned deficit of")


def test_a_single_spaced_table_of_wards_gives_each_ward_its_row() -> None:
    """single_spaced_wards.txt: cells one space apart (read by the row reader), wards no gazetteer holds."""
    frame = extract_pack(LAYOUTS / "single_spaced_wards.txt").frame
    assert set(frame["area"]) == {"Abbey Mead", "Brook Green", "St Anne's", "Westbury", "England"}
    assert set(frame["measure"]) == {"Percentage of adults who smoke"}
    assert set(frame["period"]) == {"2021", "2022", "2023"}
    assert len(frame) == 15


def test_a_pipe_table_with_a_spanning_year_row_over_its_column_names() -> None:
    """two_header_rows.txt: "| | 2021/22 | | 2022/23 | |" over "| Area | Number | Rate per 100,000 | ...|"."""
    frame = extract_pack(LAYOUTS / "two_header_rows.txt").frame
    assert len(frame) == 16
    brook = frame[frame["area"] == "Brook Green"].set_index("value_text")
    assert brook.loc["73", "period"] == "2021/22"
    assert brook.loc["238.1", "period"] == "2022/23"
    assert brook.loc["238.1", "unit"] == "per 100,000"
    assert brook.loc["238.1", "measure"] == "Hospital admissions for self-harm: Rate per 100,000"
    assert brook.loc["70", "measure"] == "Hospital admissions for self-harm: Number"


def test_a_scorecard_rates_its_actual_value_against_its_standard() -> None:
    """place_scorecard.txt: Metric | Period | Standard | Actual | Previous | RAG | Trend."""
    frame = extract_pack(LAYOUTS / "place_scorecard.txt").frame
    rated = frame[frame["rag"].notna()].set_index("value_text")
    assert list(rated.index) == ["74.9%", "21.3%", "9,876"]  # the Actual column, not Previous
    assert rated.loc["21.3%", "rag"] == "Red"
    assert rated.loc["21.3%", "target"] == 5.0  # the Standard column
    assert rated.loc["74.9%", "period"] == "Nov 2024"  # the row's period cell, read as a header would be
    previous = frame[frame["measure"].str.endswith("Previous")]
    assert previous["period"].isna().all()  # an earlier period the table does not name


def test_borough_prose_places_its_figures_by_what_the_text_calls_them() -> None:
    """borough_prose.txt: a metropolitan borough's HWB with a ward table beside its region and England, then prose
    that names "the borough", "the regional figure", a gap between two wards and a ward no table lists."""
    frame = extract_pack(LAYOUTS / "borough_prose.txt").frame
    area = frame.set_index("value_text")["area"]
    assert area["5.1"] == "Brennick"  # the gap between two wards is the borough's, neither ward's
    assert area["12.4%"] == "North East"  # the regional figure: the region its table prints
    assert area["1,904"] == "Brennick"  # "across the borough"
    assert area["0.38"] == "Sedgecombe Moor"  # a ward named in the text, not the ward Sedgecombe
    assert frame.set_index("value_text").loc["12.4%", "measure"].startswith("Smoking prevalence")
    wrapped = frame.set_index("value_text").loc["(£1.9m)", "measure"]  # a sentence wrapped over two lines
    assert "agency staff" in wrapped
    assert "4.2" not in wrapped  # the other line's figure is no part of its label
