"""Tests of loaders/datasets/other_tables.py on the shipped packs: tables no dedicated spec reads; the engine finds them
whole, `other_tables` labels every cell.

The facts below were read by hand from the pack text (file and line given with each), not taken from the
loader's output; the engine's mechanisms on small inline packs are tested in test_captions_rows.py,
test_column_names.py, test_wrapped_rows.py and test_column_major.py.
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from loaders.pipeline import PackResult, extract_pack

# --- the shipped packs: facts read by hand from the pack text ---

OTHER = "other_tables"


@pytest.fixture(scope="module")
def frame_002(extracted: Callable[[str], PackResult]) -> pd.DataFrame:
    return extracted("002").frame


@pytest.fixture(scope="module")
def frame_003(extracted: Callable[[str], PackResult]) -> pd.DataFrame:
    return extracted("003").frame


def cell(frame: pd.DataFrame, line: int, printed: str, **kw: str) -> pd.Series:
    rows = frame[(frame.source_line == line) & (frame.value_text == printed) & (frame.dataset == OTHER)]
    for k, v in kw.items():
        rows = rows[rows[k].astype("string").str.contains(v, case=False, regex=False).fillna(False)]
    assert len(rows) == 1, rows[["source_line", "area", "measure", "value_text"]]
    return rows.iloc[0]


def test_survey_respondents_by_area(frame_002: pd.DataFrame) -> None:
    # 002 lines 4744-4748: "Leicester City Leicestershire Rutland" / "General Survey* 150 184 105" /
    # "Condition Survey* 21 89 48"
    assert cell(frame_002, 4746, "184", measure="General Survey").area == "Leicestershire"
    assert cell(frame_002, 4748, "48", measure="Condition Survey").area == "Rutland"


def test_demographic_breakdown_with_empty_cells(frame_002: pd.DataFrame) -> None:
    # 002 Appendix 1, header "Row Labels Leicester Leicestershire Rutland" (line 7768), then
    # "African 8" (7770), "Black British   1" (7786); "Religion Leicester Leicestershire Rutland" (7868),
    # "I'd prefer not to" / "say" / "9 7 12" (7876-7879).
    assert cell(frame_002, 7770, "8", measure="African").area == "Leicester"
    assert cell(frame_002, 7786, "1", measure="Black British").area == "Rutland"
    row = cell(frame_002, 7879, "12", measure="Religion")
    assert (row.area, row.measure) == ("Rutland", "Religion: I'd prefer not to say")
    assert "Appendix 1" in row.table
    # "Under 18 7 1 3" (7766): 18 is part of the label, not a value
    assert frame_002[(frame_002.source_line == 7766) & (frame_002.value_text == "18")].empty


def test_survey_answer_scales(frame_002: pd.DataFrame) -> None:
    # 002 Table 13 (line 6480): header "Don't know Very difficult Difficult OK Easy Very easy",
    # row "Cancer 0% 14% 24% 19% 14% 29%" (6489)
    row = cell(frame_002, 6489, "29%", measure="Very easy")
    assert "Cancer" in row.measure
    assert row.unit == "%"
    assert row.table.startswith("Table 13")
    # Table 3 (5285): "Very Important Important Neutral", "Community able to" / "support" / "48% 34% 15%" (5293-5296)
    assert cell(frame_002, 5296, "48%").measure == "Community able to support – Very Important"
    # Table 12 (6406): "Cancer 11%" / "63%" / "21% 11% 33% 0%" (6415-6418): cells spread over three lines
    assert "Very fast" in cell(frame_002, 6416, "63%").measure
    assert "Very slow" in cell(frame_002, 6418, "0%").measure
    # Table 1 header "Heterosexual" / "(342)" (4913-4915): the group's number of responses
    assert cell(frame_002, 4915, "(342)").measure == "Heterosexual – responses"


def test_district_table_without_caption(frame_002: pd.DataFrame) -> None:
    # 002 lines 9189-9198: "Percentage of adults (aged 16+) cycling for travel ..." / "AREA 2015/16 2016/17" /
    # "Charnwood 4.2% 3.6%"
    row = cell(frame_002, 9198, "3.6%")
    assert (row.area, row.period) == ("Charnwood", "2016/17")
    assert "cycling" in row.measure


def test_weekly_housing_table(frame_003: pd.DataFrame) -> None:
    # 003 lines 14402-14466: dates split over lines ("13/06/" / "2021"), the single-person households row
    # "households not people)? 60 562 553 551 540 532 502" and the family households row ending "144"
    row = cell(frame_003, 14462, "502")
    assert row.period == "13/06/2021"
    assert "Temporary Accommodation" in row.measure
    assert cell(frame_003, 14466, "144").measure.startswith("c)The total number of family households")
    assert cell(frame_003, 14439, "26").measure.endswith("b) End of Private Rent?")


def test_lpt_tables_printed_column_by_column(extracted: Callable[[str], PackResult]) -> None:
    # 001 lines 8336-8473, read in the pack: "LPT summary data for the period April 2013 – October 2013",
    # "Table 1 Bed occupancy data April – October 2013", column "Average" / "LOS" whose fifth value (August)
    # is "53.4" (line 8391); Table 2's second part "Aug" / "Sept" / "Oct", bed days "256" / "665" / "752".
    frame = extracted("001").frame
    row = cell(frame, 8391, "53.4")
    assert (row.area, row.period, row.measure) == ("LPT", "August 2013", "Average LOS")
    row = cell(frame, 8473, "752")
    assert (row.period, row.measure) == ("Oct 2013", "Number of out of area bed days in month")
    # "118" (8374) is a July admissions count the page-number finder took for a page number
    assert cell(frame, 8374, "118").measure == "Admissions"


def _perturbed(src: Path, dst: Path, swaps: list[tuple[str, str]], before: list[str]) -> Path:
    """A copy of a pack with printed numbers swapped and prose plus blank lines inserted before anchors."""
    text = src.read_text(encoding="utf-8")
    for old, new in swaps:
        assert text.count(old) == 1, old
        text = text.replace(old, new)
    lines = text.split("\n")
    for anchor in before:
        i = next(k for k, x in enumerate(lines) if anchor in x)
        lines[i:i] = ["", "Inserted prose with no figures in it.", "", ""]
    dst.write_text("\n".join(["Inserted front matter.", "", *lines]), encoding="utf-8")
    return dst


def test_perturbed_tables_follow_their_numbers(tmp_path: Path, shipped_pack: Callable[[str], Path]) -> None:
    dst = _perturbed(
        shipped_pack("003"),
        tmp_path / "003_perturbed.txt",
        [("households not people)? 60 562 553 551 540 532 502", "households not people)? 61 563 554 552 541 533 509")],
        ["Homelessness figures.", "Snaps"],
    )
    frame = extract_pack(dst).frame
    line = next(i for i, x in enumerate(dst.read_text(encoding="utf-8").split("\n"), 1) if "533 509" in x)
    row = cell(frame, line, "509")
    assert row.period == "13/06/2021"
    assert "Temporary Accommodation" in row.measure
    assert frame[(frame.value_text == "502") & (frame.dataset == OTHER)].empty
    dst = _perturbed(
        shipped_pack("001"),
        tmp_path / "001_perturbed.txt",
        [("\n53.4\n", "\n57.2\n")],
        ["Table 1 Bed occupancy", "LPT summary data for the period"],
    )
    frame = extract_pack(dst).frame
    line = next(i for i, x in enumerate(dst.read_text(encoding="utf-8").split("\n"), 1) if x == "57.2")
    row = cell(frame, line, "57.2")
    assert (row.period, row.measure) == ("August 2013", "Average LOS")


OTHER_COUNCIL_TABLE = """Health and Wellbeing Board
Thursday, 5 March 2020

Tobacco control update

Table 3: Smoking prevalence in adults (18+), per cent

Area                   2017    2018    2019
Blaby                  13.1    12.4    11.9
NW Leicestershire      15.0    14.1    13.4
England                15.1    14.4    13.9

Smoking in Leicestershire continues to fall.
"""


def test_calendar_year_columns_in_another_layout(tmp_path: Path) -> None:
    """A table no spec names, with calendar years for columns and areas for rows, is read cell by cell.

    (A layout other councils print; the shipped packs use financial years.)
    """
    pack = tmp_path / "other.txt"
    pack.write_text(OTHER_COUNCIL_TABLE, encoding="utf-8")
    rows = extract_pack(pack).frame
    table = rows[rows["table"].fillna("").str.startswith("Table 3")]
    assert table["dataset"].unique().tolist() == ["public_health"]  # filed by what its words name: smoking
    cell = table[(table["area"] == "North West Leicestershire") & (table["period"] == "2018")]
    assert cell["value"].tolist() == [14.1]
    assert cell["area_code"].tolist() == ["E07000134"]
    assert cell["unit"].tolist() == ["%"]
    assert cell["source_line"].tolist() == [10]
    assert sorted(table["period"].unique()) == ["2017", "2018", "2019"]
    assert len(table) == 9
