"""Tests of loaders/datasets/grid_tables.py: a table cell's measure from its row label and column header."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.datasets import grid_tables
from loaders.datasets.grid_tables import caption_place, row_label_period, strip_period
from loaders.grids import find_grids
from loaders.pipeline import extract_pack


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("2019-21 Male", "Male"),
        ("2023/24 £k", ""),
        ("Forecast outturn (£m) 2024/25", "Forecast outturn"),
        ("Spent to Q3 £000", "Spent to Q3"),  # the words lead into the period: it stays
        ("Position at March 2024", "Position at March 2024"),
        ("Change in nurse FTE on March 2023", "Change in nurse FTE on March 2023"),
        ("Pharmacy workforce, 31 March 2026", "Pharmacy workforce"),  # a date's day goes with its month
        ("Practices open, 1st April 2025", "Practices open"),
    ],
)
def test_a_header_loses_its_period_unless_its_words_lead_into_it(header: str, label: str) -> None:
    assert strip_period(header) == label


@pytest.mark.parametrize(
    ("label", "expected"),
    [
        ("Households in fuel poverty (%), 2022", ("Households in fuel poverty (%)", "2022")),
        (
            "Homelessness duties owed per 1,000 households, 2023/24",
            ("Homelessness duties owed per 1,000 households", "2023/24"),
        ),
        ("Smoking prevalence (2021)", ("Smoking prevalence", "2021")),
        ("2023/24", ("2023/24", None)),  # a row known by its year keeps it as its label
        ("Aged 65 and over", ("Aged 65 and over", None)),
    ],
)
def test_a_row_label_gives_up_the_period_it_ends_with(label: str, expected: tuple[str, str | None]) -> None:
    assert row_label_period(label) == expected


PLACES_AS_COLUMNS = """Table 2: Wider determinants by district

                                 Westbury  Eastfield  Northshire  England
Households in fuel poverty (%),      12.4       14.1        12.7     13.1
2022
PM2.5 annual mean (µg/m³), 2023       7.6        6.8         7.5      7.8
"""


def test_under_places_as_columns_each_row_names_its_unit_and_period(tmp_path: Path) -> None:
    path = tmp_path / "northshire_hwb_2025-06-25.txt"
    path.write_text("NORTHSHIRE COUNTY COUNCIL\n\nHEALTH AND WELLBEING BOARD\n\n" + PLACES_AS_COLUMNS, encoding="utf-8")
    frame = extract_pack(path).frame
    fuel = frame[frame["measure"] == "Households in fuel poverty (%)"]
    assert set(fuel["unit"]) == {"%"}
    assert set(fuel["period"]) == {"2022"}
    assert set(fuel["area"]) == {"Westbury", "Eastfield", "Northshire", "England"}
    pm = frame[frame["measure"] == "PM2.5 annual mean (µg/m³)"]
    assert (set(pm["unit"]), set(pm["period"])) == ({"µg/m3"}, {"2023"})


PLACES_AS_ROWS = """Table 4: Life expectancy at birth by ward, 2020-24

Ward              Life expectancy Male    Life expectancy Female    Healthy life expectancy Male
Ashgrove                          78.1                      82.4                            61.0
Belling Moor                      76.3                      80.9                            58.2
Northshire                        79.0                      83.1                            62.4
England                           79.3                      83.2                            62.4
"""


def test_a_header_does_not_repeat_the_words_the_caption_opens_with(tmp_path: Path) -> None:
    """ "Life expectancy Male" under "Life expectancy at birth" is "Life expectancy at birth: Male"; a header
    that shares one word only, or none, is kept whole."""
    path = tmp_path / "northshire_hwb_2025-06-25.txt"
    path.write_text("NORTHSHIRE COUNTY COUNCIL\n\nHEALTH AND WELLBEING BOARD\n\n" + PLACES_AS_ROWS, encoding="utf-8")
    frame = extract_pack(path).frame
    rows = frame[frame["area"] == "Ashgrove"]
    ashgrove = dict(zip(rows["value"], rows["measure"], strict=True))
    assert ashgrove[78.1] == "Life expectancy at birth: Male"
    assert ashgrove[82.4] == "Life expectancy at birth: Female"
    assert ashgrove[61.0] == "Life expectancy at birth: Healthy life expectancy Male"


@pytest.mark.parametrize(
    ("caption", "place"),
    [
        ("Table 3: Delegated primary care budget, Brackwell Moor (£000)", "Brackwell Moor"),
        ("Performance scorecard – Dunsham and Orley ICB", "Dunsham and Orley ICB"),
        ("Table 1: Delegated primary care budget, Brackwell Moor, 2025/26", "Brackwell Moor"),
        ("Table 4: Fuel poverty by ward, 2023", None),  # no place
        ("Brackwell Moor", None),  # a caption that is only a place says nothing of its cells' subject
        ("Table 5: Smoking, Brackwell Moor, England", None),  # two places: the rows or columns must say which
    ],
)
def test_the_place_a_caption_names_after_its_subject(caption: str, place: str | None) -> None:
    assert caption_place(caption, "Brackwell Moor") == place


CAPTIONED_PACK = """BRACKWELL MOOR BOROUGH COUNCIL

HEALTH SCRUTINY COMMITTEE

Agenda item 4

Dunsham and Orley ICB: financial position, month 6

Report of the Director of Finance, Dunsham and Orley ICB

1. The delegated budget rose by 5.2 per cent.

Table 1: Delegated primary care budget, Brackwell Moor (£000)

Budget line                2024/25    2025/26
Global sum                  31,240     32,180
Premises                     4,760      4,990

Agenda item 5

Performance

1. The table shows waiting times.

Table 2: Performance scorecard, Dunsham and Orley ICB

Indicator                      Standard   Aug-25   Sep-25
A&E within 4 hours (%)             78.0     71.6     72.9
Diagnostics over 6 weeks (%)        5.0     17.4     15.9
"""


def test_a_caption_s_place_is_the_area_of_the_cells_that_name_none(tmp_path: Path) -> None:
    """The caption's place beats both the home council and the body whose report holds the table."""
    path = tmp_path / "brackwell_hsc_2025-11-19.txt"
    path.write_text(CAPTIONED_PACK, encoding="utf-8")
    frame = extract_pack(path).frame
    area = {str(r.value_text): str(r.area) for r in frame.itertuples()}
    assert area["31,240"] == area["4,990"] == "Brackwell Moor"
    assert area["71.6"] == area["15.9"] == area["78.0"] == "Dunsham and Orley ICB"


def test_a_caption_may_name_one_of_the_pack_s_own_places(tmp_path: Path) -> None:
    """A locality no gazetteer knows is a place once another table lists it among places."""
    text = CAPTIONED_PACK + (
        "\nTable 3: Smoking prevalence by locality (%)\n\n"
        "Locality            2023     2024\n"
        "Pendle Cross        14.2     13.8\n"
        "Ashwell Down        11.9     11.1\n"
        "Brackwell Moor      12.8     12.4\n"
        "England             11.9     11.6\n"
        "\nTable 4: Community beds by service, Pendle Cross\n\n"
        "Service                  Beds   Occupied\n"
        "Intermediate care          24         21\n"
        "Reablement                 18         17\n"
    )
    path = tmp_path / "brackwell_hsc_2025-11-19.txt"
    path.write_text(text, encoding="utf-8")
    frame = extract_pack(path).frame
    area = {str(r.value_text): str(r.area) for r in frame.itertuples()}
    assert area["14.2"] == "Pendle Cross"
    assert area["24"] == area["17"] == "Pendle Cross"


TRAJECTORY_IN_FTE = """Table 6: GP workforce trajectory, Northshire (fully qualified GPs, FTE)

                                 2022/23   2023/24   2024/25   2025/26
GP FTE                             231.9     240.3     247.0     252.6
GPs per 1,000 patients              0.53      0.54      0.55      0.56
"""


def test_a_row_that_names_its_own_unit_keeps_it_over_the_caption_s(tmp_path: Path) -> None:
    """The caption's "FTE" is the table's usual unit; a rate's row ("per 1,000 patients") is not FTE."""
    path = tmp_path / "northshire_hwb_2025-06-25.txt"
    path.write_text("NORTHSHIRE COUNTY COUNCIL\n\nHEALTH AND WELLBEING BOARD\n\n" + TRAJECTORY_IN_FTE, encoding="utf-8")
    frame = extract_pack(path).frame
    units = dict(zip(frame["value"], frame["unit"], strict=True))
    assert units[231.9] == "WTE"
    assert units[0.53] == "per 1,000"


SCHEMES = """NORTHSHIRE AND WEALD ICB

Table 4: Savings programme by scheme, month 8 2025/26 (£000)

| Scheme | Full year target | Plan to date | Delivered to date | Forecast outturn | RAG |
|---|---|---|---|---|---|
| Frailty pathway | 3,100 | 1,700 | 1,560 | 2,950 | Amber |
| Wound care | 1,400 | 800 | 810 | 1,420 | Green |

Table 5: Savings to date by scheme (£000)

| Scheme | Annual target | Plan to date | Delivered to date | RAG |
|---|---|---|---|---|
| Frailty pathway | 3,100 | 1,700 | 1,560 | Amber |
"""


def test_a_rated_value_is_measured_against_the_target_of_its_own_span(tmp_path: Path) -> None:
    path = tmp_path / "weald_board_2025-12-10.txt"
    path.write_text(SCHEMES, encoding="utf-8")
    frame = extract_pack(path).frame
    rated = frame[frame["rag"].notna()].set_index(["table", "measure"])["target"]
    # a forecast for the whole year against the full year's target; a figure to date against the plan to date
    assert (
        rated.loc[("Table 4: Savings programme by scheme, month 8 2025/26 (£000)", "Frailty pathway: Forecast outturn")]
        == 3100
    )
    assert (
        rated.loc[("Table 4: Savings programme by scheme, month 8 2025/26 (£000)", "Wound care: Forecast outturn")]
        == 1400
    )
    assert rated.loc[("Table 5: Savings to date by scheme (£000)", "Frailty pathway: Delivered to date")] == 1700


MONTHS_THEN_RAG = """NORTHSHIRE AND WEALD ICB

Table 6: Performance scorecard

| Indicator | Target | Jul-26 | Jun-26 | RAG |
|---|---|---|---|---|
| Patients seen within 4 hours | 78.0% | 73.6% | 74.9% | Red |
| Dementia diagnosis rate | 66.7% | 67.1% | 66.0% | Green |
"""


def test_of_two_months_beside_a_rag_the_latest_is_the_one_rated(tmp_path: Path) -> None:
    path = tmp_path / "weald_board_2026-09-03.txt"
    path.write_text(MONTHS_THEN_RAG, encoding="utf-8")
    frame = extract_pack(path).frame
    rated = frame[frame["rag"].notna()]
    assert sorted(zip(rated["value"], rated["rag"], rated["target"], strict=True)) == [
        (67.1, "Green", 66.7),
        (73.6, "Red", 78.0),
    ]


VARIANCE_THEN_RAG = """NORTHSHIRE AND WEALD ICB

Table 2: QIPP schemes, month 4 (£m)

| Scheme | Annual plan | Plan to date | Delivered to date | Forecast outturn | Variance | RAG |
|---|---|---|---|---|---|---|
| Medicines optimisation | 10.2 | 3.0 | 3.1 | 10.4 | 0.2 | Green |
| Continuing healthcare | 8.4 | 2.4 | 1.6 | 6.9 | (1.5) | Red |
"""


def test_a_variance_beside_a_rag_is_no_rated_value_the_forecast_is(tmp_path: Path) -> None:
    path = tmp_path / "weald_board_2026-09-03.txt"
    path.write_text(VARIANCE_THEN_RAG, encoding="utf-8")
    frame = extract_pack(path).frame
    rated = frame[frame["rag"].notna()]
    assert sorted(zip(rated["measure"], rated["value"], rated["target"], strict=True)) == [
        ("Continuing healthcare: Forecast outturn", 6.9, 8.4),
        ("Medicines optimisation: Forecast outturn", 10.4, 10.2),
    ]


LED_IN = """WEALDSHIRE COUNTY COUNCIL

   Healthy years differ most between villages. The six villages below are
   those at each end of the range (pooled over 2019-23):

   Village          District      Male          Female
   Oakham Cross     Rother        77.1          80.4
   Fenny Hale       Rother        82.9          86.0
   Marlow End       Tey           79.4          83.3
"""


def test_an_uncaptioned_table_takes_its_topic_from_the_paragraph_that_leads_into_it(tmp_path: Path) -> None:
    """No caption: the paragraph straight above, ending in a colon, says what the table holds ("life expectancy"
    there would make it the topic's); only for choosing the topic, never as the table's caption."""
    text = LED_IN.replace("Healthy years differ", "Life expectancy differs")
    path = tmp_path / "wealdshire_hwb_2025-06-25.txt"
    path.write_text(text, encoding="utf-8")
    frame = extract_pack(path).frame
    assert len(frame) == 6
    assert set(frame["dataset"]) == {"life_expectancy"}
    assert frame["table"].isna().all() or not frame["table"].str.contains("differs").any()
    path.write_text(LED_IN, encoding="utf-8")  # the same table led in by words of no topic stays a table
    frame = extract_pack(path).frame
    assert len(frame) == 6
    assert set(frame["dataset"]) == {"tables"}


def test_psql_and_org_mode_tables_are_read_under_their_headers() -> None:
    """psql prints its header over a "----+----" rule and no outer pipes; org-mode rules its header with
    "|----+----|", one cell to a pipe reader: both rules part the header from the rows."""
    lines = (
        "Table 2: Claims by network (£000)",
        "",
        "       network        | allocation | claimed ",
        "----------------------+------------+---------",
        " Ashby Vale PCN       |       1420 |     702",
        " Tollerton PCN        |        980 |     455",
        "(2 rows)",
        "",
        "Table 3: Staff by district",
        "",
        "| District   |   GP FTE |   Nurse FTE |",
        "|------------+----------+-------------|",
        "| Ashby Vale |     61.2 |        40.3 |",
        "| Tollerton  |     38.7 |        22.9 |",
    )
    grids = {g.first_line: g for g in find_grids(lines)}
    psql, org = grids[3], grids[11]
    assert [r.label for r in psql.rows] == ["Ashby Vale PCN", "Tollerton PCN"]
    assert [c.header for c in psql.columns[1:]] == ["allocation", "claimed"]
    assert [r.label for r in org.rows] == ["Ashby Vale", "Tollerton"]
    assert [c.header for c in org.columns[1:]] == ["GP FTE", "Nurse FTE"]
    assert [float(r.values[1].value) for r in org.rows if r.values[1]] == [61.2, 38.7]


def test_in_an_nhs_body_s_report_a_caption_may_name_a_place_the_body_is_named_after() -> None:
    caption = "Table 5.3: GP workforce trajectory, Brantshire, 2023/24 to 2028/29"
    assert caption_place(caption, "Brantshire and Wexmoor ICB") == "Brantshire"
    assert caption_place(caption, "Brantshire and Wexmoor Integrated Care Board") == "Brantshire"
    assert caption_place("Table 2: GP workforce trajectory, Actual", "Brantshire and Wexmoor ICB") is None


def test_a_pound_cell_in_a_table_of_thousands_takes_the_tables_scale(tmp_path: Path) -> None:
    """ "£9,812" under "£000" is £9.8m: the sign says money, the header or caption says how much of it."""
    pack = tmp_path / "budgets.txt"
    pack.write_text(
        "Tollbridge County Council\n\n"
        "Table 3: Budgets by primary care network, 2026/27 (£000)\n\n"
        "| Network | Budget | Claimed |\n|---|---:|---:|\n"
        "| Fenwick PCN | £9,812 | £1,486 |\n| Ashby Moor PCN | £7,940 | £1,204 |\n",
        encoding="utf-8",
    )
    frame = extract_pack(pack).frame
    cells = frame[frame["value_text"].str.startswith("£")]
    assert len(cells) == 4
    assert set(cells["unit"]) == {"GBP thousands"}


def test_a_long_measure_keeps_the_columns_own_words_and_the_subject_loses_its_tail() -> None:
    subject = "Gap in life expectancy between the most and least deprived tenths of each district"
    measure = grid_tables._short(f"{subject}: Healthy life expectancy Female")
    assert measure.endswith(": Healthy life expectancy Female")
    assert len(measure.split()) == grid_tables.MAX_MEASURE_WORDS
    assert grid_tables._after_shared_start("Life expectancy, men", "Life expectancy at birth") == "men"


UNRATED_SCORECARD = """\
Table 6: Performance against standards

  Indicator                          Standard   October 2026   September 2026   Change
  Patients seen within 4 hours (%)       78.0           73.4             74.9     -1.5
  Patients waiting over 52 weeks            0          1,240            1,305      -65
"""


def test_a_table_that_rates_nothing_gives_each_value_the_standard_printed_beside_it(tmp_path: Path) -> None:
    pack = tmp_path / "northshire_hosc_2026-12-02.txt"
    pack.write_text("NORTHSHIRE COUNTY COUNCIL\n\nHealth Scrutiny Committee\n\n" + UNRATED_SCORECARD, encoding="utf-8")
    rows = extract_pack(pack).frame
    four_hours = rows[rows["measure"].str.startswith("Patients seen within 4 hours")]
    by_period = {(r.period, r.role): r.target for r in four_hours.itertuples()}
    assert by_period[("October 2026", "value")] == 78.0
    assert by_period[("September 2026", "value")] == 78.0
    changes = four_hours[four_hours["measure"].str.endswith("Change")]
    assert len(changes) == 1
    assert changes["target"].isna().all()  # a change is measured against no standard
