"""Spreadsheets pasted into a pack as a converter prints them (MarkItDown's pipe tables: a sheet's title row read
as the header, pandas' "Unnamed: N" and "NaN", dates as "2026-10-01 00:00:00"), an ICB place committee's cover,
and Word tables printed one cell per line with gap markers and long header cells (LibreOffice's text export)."""

from __future__ import annotations

from pathlib import Path

from loaders.datasets.grid_tables import caption_place, strip_period
from loaders.grids import find_grids
from loaders.pipeline import extract_pack
from loaders.places import home_area

SHEET = """\
## Savings
| Ashby Fold place: savings schemes 2026/27 | Unnamed: 1 | Unnamed: 2 | £000 |
| --- | --- | --- | --- |
| Scheme | Plan | Forecast | Variance |
| Outpatient follow-up | 3250.0 | 2980.0 | -270.0 |
| Prescribing | 2840.0 | NaN | NaN |
| Total | 6090.0 | 2980.0 | -270.0 |
| NaN | NaN | NaN | NaN |
"""


def test_a_sheet_s_title_row_is_the_caption_and_the_row_under_it_the_header() -> None:
    (grid,) = [g for g in find_grids(SHEET.splitlines()) if g.layout == "pipes"]
    assert grid.caption == "Ashby Fold place: savings schemes 2026/27 (£000)"
    assert grid.corner == "Scheme"
    assert [c.header for c in grid.columns if c.role == "values"] == ["Plan", "Forecast", "Variance"]
    prescribing = next(r for r in grid.rows if r.label == "Prescribing")
    assert [t.text if t else None for t in prescribing.values[1:]] == ["2840.0", None, None]


def test_a_place_named_before_the_caption_s_colon_is_its_cells_area() -> None:
    assert caption_place("Ashby Fold place: savings schemes 2026/27", "Ashby and Wold ICB") == "Ashby Fold"
    assert caption_place("Savings schemes: 2026/27", "Ashby and Wold ICB") is None  # no "place": no area


def test_a_spreadsheet_date_header_is_a_period_not_words_of_the_measure() -> None:
    assert strip_period("2026-10-01 00:00:00") == ""
    assert strip_period("Forecast 2026-10-01") == "Forecast"


def test_an_icb_place_committee_s_figures_are_the_place_s(tmp_path: Path) -> None:
    cover = "# Ashby and Wold Integrated Care Board\n\n**Ashby Place Committee**\n\n**Date of meeting:** 10 June 2026\n"
    assert home_area(tuple(cover.splitlines())) == "Ashby"
    other = "# Ashby and Wold Integrated Care Board\n\n**Quality Committee**\n"
    assert home_area(tuple(other.splitlines())) == "Ashby and Wold Integrated Care Board"
    pack = tmp_path / "ashby_place_2026-06-10.txt"
    pack.write_text(cover + "\n" + SHEET, encoding="utf-8")
    rows = extract_pack(pack).frame
    assert set(rows.loc[rows["measure"].str.contains("Plan"), "area"]) == {"Ashby Fold"}


ONE_CELL_A_LINE = """\
Table 4: Wider determinants by neighbourhood
Area
Walking for travel (%)
Temporary accommodation per 1,000 households
Fuel poverty (%)
Northgate
22.4
3.1
11.9
Southmead
*
9.8
19.6
Ashby
21.2
..
15.1
"""


def test_one_cell_a_line_with_gap_markers_and_a_long_header_cell() -> None:
    (grid,) = [g for g in find_grids(ONE_CELL_A_LINE.splitlines()) if g.layout == "cells"]
    assert [c.header for c in grid.columns] == [
        "Walking for travel (%)",
        "Temporary accommodation per 1,000 households",
        "Fuel poverty (%)",
    ]
    values = {r.label: [t.value if t else None for t in r.values] for r in grid.rows}
    assert values == {"Northgate": [22.4, 3.1, 11.9], "Southmead": [None, 9.8, 19.6], "Ashby": [21.2, None, 15.1]}


SCORECARD = """\
## Performance
| Indicator | Standard | 2026-10-01 00:00:00 | 2026-09-01 00:00:00 | RAG |
| --- | --- | --- | --- | --- |
| A&E: patients seen within 4 hours | 0.780 | 0.741 | 0.752 | Red |
| RTT: patients waiting under 18 weeks | 0.650 | 0.612 | 0.607 | Amber |
"""


def test_a_sheet_s_rag_rates_its_latest_month_against_its_standard(tmp_path: Path) -> None:
    pack = tmp_path / "ashby_place_2026-11-12.txt"
    pack.write_text("# Ashby and Wold Integrated Care Board\n\n" + SCORECARD, encoding="utf-8")
    rows = extract_pack(pack).frame
    rated = rows[rows["rag"].notna()]
    assert list(zip(rated["value_text"], rated["period"], rated["rag"], rated["target"], strict=True)) == [
        ("0.741", "2026-10", "Red", 0.78),
        ("0.612", "2026-10", "Amber", 0.65),
    ]


def test_a_year_and_the_next_is_no_month() -> None:
    from loaders.datasets.grid_tables import _period_start

    assert _period_start("2026-10") == (2026, 10)
    assert _period_start("2009-10") == _period_start("2009") == (2009, 1)  # 2009-10, a year and the next
