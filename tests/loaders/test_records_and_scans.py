"""Tables of records (a CSV export pasted into a pack, a long table naming area, indicator and period in cells)
and tables as OCR reads a scanned page (columns that only roughly line up, underscore rules, I read as l)."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders.grids import find_grids
from loaders.pipeline import extract_pack
from loaders.plain_rows import split_csv
from loaders.reading import clean_line


def test_a_csv_line_is_its_cells_at_their_offsets_without_quotes() -> None:
    cells = split_csv('90841,"Life expectancy, at birth","E07000901","Ashby",,79.1,"Worse 95%"')
    assert [c for _, c in cells or []] == [
        "90841",
        "Life expectancy, at birth",
        "E07000901",
        "Ashby",
        "",
        "79.1",
        "Worse 95%",
    ]
    assert (cells or [])[1][0] == 7  # the cell's first character, past its quote


@pytest.mark.parametrize(
    "line",
    [
        "In 2024, 1,234,567 people, more than ever, were seen",  # prose: no quoted cell
        'She said "yes", and left',  # too few cells
        '1,"unclosed,2,3,4',
    ],
)
def test_prose_and_broken_quotes_are_no_csv_line(line: str) -> None:
    assert split_csv(line) is None


CSV_HEADER = (
    '"Indicator ID","Indicator Name","Area Code","Area Name","Sex","Time period","Value",'
    '"Lower CI 95.0 limit","Upper CI 95.0 limit","Compared to England"'
)
CSV_PACK = f"""Wexcombe County Council
Health and Wellbeing Board
3 June 2026

Appendix A: Data extract

{CSV_HEADER}
90366,"Life expectancy at birth","E07000991","Ashby Vale","Male","2022 - 24",78.61842,78.10477,79.13207,"Worse 95%"
90366,"Life expectancy at birth","E07000992","Brookmere","Male","2022 - 24",80.13952,79.93318,80.34586,"Better 95%"
90366,"Life expectancy at birth","E07000991","Ashby Vale","Female","2022 - 24",82.70111,82.20005,83.20217,"Similar"
90366,"Life expectancy at birth","E92000001","England","Female","2022 - 24",83.1,83.08,83.12,""
"""


def test_each_csv_record_is_its_area_s_and_its_keys_are_no_figures(tmp_path: Path) -> None:
    path = tmp_path / "wexcombe_hwb_2026-06-03.txt"
    path.write_text(CSV_PACK, encoding="utf-8")
    frame = extract_pack(path).frame
    value = frame[frame["value"] == 78.61842].iloc[0]
    assert (value["area"], value["measure"], value["period"]) == (
        "Ashby Vale",
        "Life expectancy at birth, Male",
        "2022 - 24",
    )
    assert value["dataset"] == "life_expectancy"
    lower = frame[frame["value"] == 82.20005].iloc[0]
    assert (lower["area"], lower["measure"]) == ("Ashby Vale", "Life expectancy at birth, Female: Lower CI 95.0 limit")
    assert frame[frame["value"] == 83.1].iloc[0]["area"] == "England"
    assert not frame["value"].isin([90366, 95]).any()  # the indicator's id and "Worse 95%" are keys, not figures


LONG_TABLE_PACK = """Wexcombe County Council
Health and Wellbeing Board
3 June 2026

Table 2: Life expectancy, Wexcombe and districts

  Indicator                              Area            Period        Value     England   Compared with England
  ------------------------------------------------------------------------------------------------------------------
  Life expectancy at birth (male)        Ashby Vale      2022 - 24      78.6        79.3   Worse
  Life expectancy at birth (male)        Brookmere       2022 - 24      79.8        79.3   Better
  Life expectancy at birth (male)        Wexcombe        2022 - 24      80.1        79.3   Better
  Life expectancy at birth (female)      Ashby Vale      2022 - 24      82.7        83.2   Similar
"""


def test_a_long_table_s_area_column_names_each_row_s_area(tmp_path: Path) -> None:
    path = tmp_path / "wexcombe_hwb_2026-06-03.txt"
    path.write_text(LONG_TABLE_PACK, encoding="utf-8")
    frame = extract_pack(path).frame
    brook = frame[frame["value"] == 79.8].iloc[0]
    assert (brook["area"], brook["measure"]) == ("Brookmere", "Life expectancy at birth (male)")
    assert set(frame.loc[frame["value"] == 79.3, "area"]) == {"England"}


SCANNED_PACK = """Wexcombe County Council
Health Overview and Scrutiny Committee
8 July 2026

Agenda ltem 6

Wexcombe and Tarrow lntegrated Care Board: financial position

Report of the Chief Finance Officer, Wexcombe and Tarrow lCB

1. Efficiency programme

Table 1: QIPP schemes 2026/27, forecast at month 2

Scheme                                 Target    Forecast    Variance    RAG
£000       £000       £000
__________________________________________________________________________
Elective outpatient transformation 4,850                   4,310 (540)      A
Medicines optimisation 3,920                    4,105           185     G
Continuing healthcare reviews          3,275   2,460            (815)          R
Estates consolidation                   1,480            —    (1,480)  R
Agency and locum spend 2,610                        2,695                 85   G
Community equipment review 760   690          (70)        A
——————————————————————————————————————
Total                                 16,895     13,570    (2,635)       R
"""


def test_a_scanned_table_is_read_row_by_row_from_the_right_over_its_rules_and_units(tmp_path: Path) -> None:
    path = tmp_path / "wexcombe_hosc_2026-07-08.txt"
    path.write_text(SCANNED_PACK, encoding="utf-8")
    frame = extract_pack(path).frame
    qipp = frame[frame["dataset"] == "qipp"]
    cells = {(m, v) for m, v in zip(qipp["measure"], qipp["value"], strict=True)}
    assert ("Elective outpatient transformation: Target", 4850) in cells  # not glued to its label
    assert ("Elective outpatient transformation: Variance", -540) in cells
    assert ("Estates consolidation: Variance", -1480) in cells
    assert ("Total: Forecast", 13570) in cells
    assert set(qipp["unit"]) == {"GBP thousands"}  # from the units row
    assert set(qipp["area"]) == {"Wexcombe and Tarrow ICB"}  # the ICB's own report, its title read through OCR
    rated = qipp[qipp["measure"] == "Continuing healthcare reviews: Forecast"]  # the variance is the gap, not rated
    assert rated["rag"].tolist() == ["Red"]
    assert rated["target"].tolist() == [3275]


@pytest.mark.parametrize(
    ("scanned", "read"),
    [
        ("Agenda ltem 6", "Agenda Item 6"),
        ("Wexcombe lntegrated Care Board", "Wexcombe Integrated Care Board"),
        ("the lCB's plan", "the ICB's plan"),
        ("Acme ltd and lots of land", "Acme ltd and lots of land"),  # words that do start so stay
        ("____________", "____________"),  # a scan's rule is no emphasis
    ],
)
def test_ocr_s_small_l_for_a_capital_i_is_read_as_i(scanned: str, read: str) -> None:
    assert clean_line(scanned) == read


def test_a_council_named_in_a_cover_s_prose_is_not_the_home_council() -> None:
    """ "Orrinsham Health and Wellbeing Board" over key facts saying the BCF "pools NHS and council funding": the
    home council is the board's, not "Better Care Fund pools NHS and"."""
    from loaders.places import home_area

    cover = (
        "Wexcombe Health and Wellbeing Board",
        "17 September 2026 Agenda item 6",
        "Key facts",
        "£94.7m Better Care Fund pools NHS and council funding",
    )
    assert home_area(cover) == "Wexcombe"


SCANNED_TABLE_OVER_A_PAGE_BREAK = """Table 3: Network budgets 2026/27

Network                  Roles     Access       Total
£000     £000     £000
——————————————————————————————————————————————————————————————————
Eastfold PCN             £1,412        £286           £1,698
Brinmoor Town PCN £1,865                           £372             £2,237
Brinmoor Rural PCN       £1,128             £231           £1,359

- 9 -

Holmbury County Council  Health Scrutiny Committee   8 July 2026 _

Otterby PCN            £1,236            £252        £1,488
Lowdale PCN £1,089                     £221         £1,310
______________________________________________________________________
Total               £6,730           £1,362          £8,092

Source: ICB primary care finance.
"""


def test_a_scanned_table_with_one_row_out_of_line_and_its_rows_after_a_page_break_is_one_table() -> None:
    grids = [g for g in find_grids(SCANNED_TABLE_OVER_A_PAGE_BREAK.splitlines()) if g.rows]
    assert len(grids) == 1, [(g.layout, g.first_line, g.last_line) for g in grids]
    grid = grids[0]
    assert [c.header for c in grid.columns][1:] == ["Roles £000", "Access £000", "Total £000"]
    rows = {r.label: [t.text for t in r.values if t] for r in grid.rows}
    assert rows["Brinmoor Town PCN"] == ["£1,865", "£372", "£2,237"]  # one space before its first value
    assert rows["Lowdale PCN"] == ["£1,089", "£221", "£1,310"]  # the page's running header is no header
    assert list(rows)[-1] == "Total"
