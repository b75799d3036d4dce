"""loaders/plain_rows.py: tables whose columns do not line up, split into cells."""

from __future__ import annotations

from pathlib import Path

from loaders.grids import find_grids
from loaders.places import place_rows, row_area
from loaders.plain_rows import (
    find_blocks,
    header_groups,
    is_value_cell,
    split_commas,
    split_runs,
    split_spaced_row,
)
from loaders.reading import Pack, clean_line


def test_value_cells() -> None:
    for text in ("1,234", "(450)", "5.6%", "n/a", "*", "G", "Amber", "62.8 (61.9-63.7)", "£1.2m"):
        assert is_value_cell(text), text
    for text in ("Hollinbeck", "6)", "(pages", "per"):
        assert not is_value_cell(text), text


def test_commas_keep_thousands_whole() -> None:
    cells = split_commas("Hollinbeck, 7,842, 12.1, 702, 10.8")
    assert [c for _, c in cells or []] == ["Hollinbeck", "7,842", "12.1", "702", "10.8"]
    assert cells is not None
    assert cells[1][0] == len("Hollinbeck, ")
    assert split_commas("a sentence, with one comma") is None


def test_single_spaced_row_read_from_the_right() -> None:
    cells = split_spaced_row("Elective care and outpatients 12,600 8,020 10,740 (1,860) R")
    assert [c for _, c in cells or []] == ["Elective care and outpatients", "12,600", "8,020", "10,740", "(1,860)", "R"]
    cells = split_spaced_row("Ebberstone 62.8 (61.9-63.7) 63.9 (63.0-64.8)")
    assert [c for _, c in cells or []] == ["Ebberstone", "62.8 (61.9-63.7)", "63.9 (63.0-64.8)"]
    assert split_spaced_row("The ICB has 74 practices") is None


def test_header_words_grouped_into_names() -> None:
    groups = [[c for _, c in g] for g in header_groups("Budget line 2023/24 Outturn 2024/25 Budget Variance")]
    assert ["Budget line", "2023/24 Outturn", "2024/25 Budget", "Variance"] in groups
    groups = [[c for _, c in g] for g in header_groups("District Appointments Seen same day % Face to face %")]
    assert ["District", "Appointments", "Seen same day %", "Face to face %"] in groups


SPACED = [
    "Table 1 Savings by programme (£000)",
    "Programme Target Delivered RAG",
    "Medicines optimisation 9,400 7,210 G",
    "Continuing healthcare 6,300 4,870 A",
    "Total 15,700 12,080 A",
    "1. The Committee is asked to note the report.",
]


def test_spaced_table_read_with_its_header() -> None:
    (block,) = find_blocks(SPACED, split_spaced_row)
    assert [line for line, _ in block] == [2, 3, 4, 5]
    (grid,) = [g for g in find_grids(SPACED) if g.layout == "spaced"]
    assert [c.header for c in grid.columns][1:] == ["Target", "Delivered", "RAG"]
    assert grid.columns[3].role == "rag"
    assert [r.label for r in grid.rows] == ["Medicines optimisation", "Continuing healthcare", "Total"]


def test_agenda_items_are_no_table() -> None:
    agenda = ["1. Apologies", "2. Declarations of interest", "3. Minutes (pages 3 - 6)", "4. Budget (pages 7 - 12)"]
    assert find_blocks(agenda, split_spaced_row) == []


def test_ragged_runs_are_a_table_but_aligned_ones_are_left_to_the_aligned_reader() -> None:
    ragged = ["District   Patients   GP FTE", "Hollinbeck   148,210   82.6", "Skelderby   96,480   49.1"]
    assert len(find_blocks(ragged, split_runs, ragged=True)) == 1
    aligned = [
        "District        Patients    GP FTE",
        "Hollinbeck       148,210      82.6",
        "Skelderby         96,480      49.1",
    ]
    assert find_blocks(aligned, split_runs, ragged=True) == []


def test_comma_table_with_gaps_and_year_rows() -> None:
    lines = ["Year, Target £m, Delivered %", "2022/23, 38.5, 93.8%", "2023/24, , 89.7%"]
    (block,) = find_blocks(lines, split_commas)
    assert len(block) == 3
    (grid,) = find_grids(lines)
    assert grid.layout == "commas"
    assert [r.label for r in grid.rows] == ["2022/23", "2023/24"]


def test_pcn_rows_are_places_and_a_gap_row_is_none() -> None:
    assert place_rows(["Hollinbeck Central PCN", "Wyndhallow Rural PCN"], "PCN", None)
    assert row_area("Deprivation gap", "Area") is None
    assert row_area("Hollinbeck", "Area") == "Hollinbeck"


def test_a_status_answer_may_close_a_single_spaced_row() -> None:
    cells = split_spaced_row("Falls admissions, aged 65+ (per 100,000) 480 512 497 531 Not met")
    assert [c for _, c in cells or []] == [
        "Falls admissions, aged 65+ (per 100,000)",
        "480",
        "512",
        "497",
        "531",
        "Not met",
    ]
    assert split_spaced_row("The Board noted the falls figures and asked whether plans were on track") is None
    assert split_spaced_row("Admissions rose to 531 in the quarter, and No") is None  # one number: no row


def test_a_period_cell_among_a_single_spaced_rows_values() -> None:
    cells = split_spaced_row("Physically inactive adults (%) 2022/23 24.8 22.6 Red")
    assert [c for _, c in cells or []] == ["Physically inactive adults (%)", "2022/23", "24.8", "22.6", "Red"]
    lines = [
        "Indicator Period Wrenholt England RAG",
        "Smoking prevalence in adults (%) 2023 12.1 11.6 Amber",
        "Physically inactive adults (%) 2022/23 24.8 22.6 Red",
        "Suicide rate (per 100,000) 2021-23 11.9 10.7 Red",
    ]
    grid = find_grids(lines)[0]
    assert [c.role for c in grid.columns[1:]] == ["period", "values", "values", "rag"]
    assert [grid.row_period(r) for r in grid.rows] == ["2023", "2022/23", "2021-23"]


def test_a_capital_after_per_or_of_stays_in_its_column_name() -> None:
    header = "District Registered patients GP FTE GP FTE per 1,000 patients Nurse FTE Patients per GP FTE"
    names = [[c for _, c in g] for g in header_groups(header)]
    assert [
        "District",
        "Registered patients",
        "GP FTE",
        "GP FTE per 1,000 patients",
        "Nurse FTE",
        "Patients per GP FTE",
    ] in names
    lines = [header, "Osterley Vale 98,214 46.3 0.47 27.1 2,121", "Harnby 71,980 28.6 0.40 19.4 2,517"]
    grid = find_grids(lines)[0]
    assert [c.header for c in grid.columns][-1] == "Patients per GP FTE"
    assert [r.label for r in grid.rows] == ["Osterley Vale", "Harnby"]


def test_a_status_column_is_words() -> None:
    lines = [
        "Metric Quarterly plan Qtr 1 Qtr 2 On track",
        "Avoidable admissions (per 100,000) 40.0 41.2 39.8 No",
        "Discharge to usual place of residence (%) 93.0 92.6 93.4 Yes",
    ]
    grid = find_grids(lines)[0]
    assert [c.role for c in grid.columns[1:]] == ["values", "values", "values", "words"]
    assert [c.header for c in grid.columns[1:3]] == ["Quarterly plan", "Qtr 1"]


RULED_TOTAL = (
    "Table 2: Network budgets 2026/27",
    "",
    "Budget line                     Annual budget    Forecast    Variance",
    "Global sum                               96,480    97,215           735",
    "Premises 12,640                                        12,418 (222)",
    "Other services                       4,105           3,966        (139)",
    "{rule}",
    "Total budget                            113,225  113,599       374",
)


def test_a_total_row_under_a_rule_is_the_table_s_last_row() -> None:
    """A single-spaced table's total printed under a rule, whole, broken at the column gaps, or left blank by a
    converter, is read with the table."""
    for rule in ("_" * 40 + "  " + "_" * 30, "-" * 70, ""):
        lines = tuple(line.format(rule=rule) for line in RULED_TOTAL)
        pack = Pack(Path("wexcombe.txt"), tuple(clean_line(line) for line in lines), "utf-8", "0")
        (grid,) = [g for g in find_grids(pack.lines) if g.layout == "spaced"]
        assert [r.label for r in grid.rows][-1] == "Total budget", rule
        assert [v.text if v else None for v in grid.rows[-1].values][1:] == ["113,225", "113,599", "374"]


def test_a_row_after_a_blank_line_that_is_no_total_ends_the_table() -> None:
    lines = tuple(line.format(rule="") for line in RULED_TOTAL)
    lines = (*lines[:-1], "Cancer services                          1,000      1,100        100")
    (grid,) = [g for g in find_grids(lines) if g.layout == "spaced"]
    assert [r.label for r in grid.rows][-1] == "Other services"
