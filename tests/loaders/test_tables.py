"""Tests of loaders/tables.py: table recognition on small inline packs (captions, rows, headers, columns)."""

from __future__ import annotations

from collections.abc import Callable

import pytest

from loaders import tables as tb
from loaders.reading import Pack
from loaders.segmenting import segment
from loaders.tables import find_captions, find_tables, header_period, split_row, year_columns

HEADER_AFTER_ROWS = """Some prose before the table.

Table 4: Consolidated Budgets

Core Contract 38,321,247 30,277,996 68,599,243

Premises 6,738,977 -4,378,363 2,360,614

TOTAL 45,060,224 25,899,633 70,959,857

North CCG South CCG Total
Prose resumes here and goes on for a while.
"""


def test_split_row_reads_label_and_numbers() -> None:
    row = split_row(7, "Reserve/QIPP 406,400 -359,559 -1,620,583 -1,573,742")
    assert row is not None
    assert row.label == "Reserve/QIPP"
    assert [t.value for t in row.tokens] == [406400.0, -359559.0, -1620583.0, -1573742.0]


def test_split_row_rejects_prose_and_keeps_rag_letters() -> None:
    assert split_row(1, "There were 218 permanent admissions in the quarter") is None
    row = split_row(2, "Delayed transfers 244.38 n/a 217.44 G")
    assert row is not None
    assert row.trailing == "G"
    assert len(row.tokens) == 2


def test_header_after_rows_is_kept_with_the_table(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack(HEADER_AFTER_ROWS)
    (table,) = [t for t in find_tables(pack, segment(pack)) if t.rows]
    assert table.title == "Table 4: Consolidated Budgets"
    assert [r.label for r in table.rows] == ["Core Contract", "Premises", "TOTAL"]
    assert table.width == 3
    assert table.header_after[0][1] == "North CCG South CCG Total"
    assert table.first_line == 5
    assert table.last_line == 9


def test_captions_need_a_separator() -> None:
    from loaders.tables import CAPTION_RE

    assert CAPTION_RE.match("Table 2: Natural and Built Environment indicators")
    assert CAPTION_RE.match("Table 1 - Total Inpatient Admissions")
    assert not CAPTION_RE.match("Table 2 shows the Leicestershire data")


def test_caption_with_no_rows_is_listed_empty(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack("Table 2: Workforce Assumptions\n\n(an image)\n\nprose\n")
    tables = find_tables(pack, segment(pack))
    assert [(t.title, len(t.rows)) for t in tables] == [("Table 2: Workforce Assumptions", 0)]
    assert [c.line for c in find_captions(pack)] == [1]


def test_year_columns() -> None:
    text = "Annual Budget (2019/20) Annual Budget (2020/21 2021-22 19/20 20/21"
    assert year_columns(text) == ["2019/20", "2020/21", "2021/22", "2019/20", "2020/21"]


CONTACTS = """Officer to Contact
Jane Doe, Director of Public Health

Telephone 0116 305 4239

Email: jane@example.org

Telephone 0116 305 7941
Background papers
Annual Review 2018-19 noted
Annual Report 2020-21 noted
"""


WRAPPED_LABELS = """Table 6. Ratings of importance

 Very Important Important Neutral Not important

Confidence that
personal data is
managed well

60% 27% 13% 1%

Talk to Dr or
health
professional
wherever I am

52% 34% 12% 2%

Results communicated quickly 64% 26% 8% 1%
"""


def test_lines_of_phone_numbers_and_years_are_not_tables(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack(CONTACTS)
    assert [t for t in find_tables(pack, segment(pack)) if t.rows] == []


def test_rows_separated_by_wrapped_labels_stay_one_table(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack(WRAPPED_LABELS)
    (table,) = [t for t in find_tables(pack, segment(pack)) if t.rows]
    assert table.title == "Table 6: Ratings of importance"
    assert [r.line for r in table.rows] == [9, 16, 18]


def test_caption_far_above_rows_across_a_header_wrapped_a_word_a_line(make_pack: Callable[..., Pack]) -> None:
    words = "\n\n".join(f"word{k}" for k in range(40))
    pack = make_pack(f"Some prose first.\n\nTable 2. Responses by group\n\n{words}\n\nA 1% 2%\n\nB 3% 4%\n")
    (table,) = [t for t in find_tables(pack, segment(pack)) if t.rows]
    assert table.title == "Table 2: Responses by group"


def test_area_date_and_named_column_readers() -> None:
    from loaders import tables as tb

    areas = tb.area_columns([(4, "Sex Leicester Leicestershire Rutland")], None)
    assert areas is not None
    assert areas.names == ("Leicester", "Leicestershire", "Rutland")
    assert areas.lead == "Sex"
    assert tb.area_columns([(4, "People living in Rutland")], None) is None
    printed = ["Snaps", "hot", "13/1", "0/19", "09/05/", "2021", "16/05/", "2021"]
    split_dates = list(enumerate(printed, 1))
    dates = tb.date_columns(split_dates, 3)
    assert dates is not None
    assert dates.names == ("13/10/19", "09/05/2021", "16/05/2021")
    assert dates.last_line == 8
    scale = (r"Very important", r"Important", r"Neutral", r"Not important")
    header = [(1, "How important is it"), (2, "Very important Important Neutral Not important")]
    named = tb.named_columns(header, None, scale)
    assert named is not None
    assert named.names == ("Very important", "Important", "Neutral", "Not important")
    assert named.lead == "How important is it"
    counted = tb.counted_columns([(1, "Row Labels Asexual"), (2, "(1)"), (3, "Gay or"), (4, "lesbian (5)")], 2)
    assert counted is not None
    assert counted.names == ("Asexual (1)", "Gay or lesbian (5)")


def test_rows_with_wrapped_labels_spread_cells_and_empty_cells(make_pack: Callable[..., Pack]) -> None:
    from loaders import tables as tb

    text = "\n".join(
        [
            "Any other mixed",  # 1: a label wrapped above its values
            "background",
            "2 1 1",
            "Black British   1",  # 4: two empty cells before the value
            "Caribbean 9 3",  # 5: an empty last cell (trailing spaces are lost)
            "Autism 11%",  # 6: cells continue on the next lines
            "0%",
            "5%",
            "Under 18 7 1 3",  # 9: a number inside the label
            "Dementia 4%",  # 10: one value short, then a row too long to be its continuation
            "1% 2% 3%",
        ]
    )
    pack = make_pack(text)
    rows, unplaced = tb.table_rows(pack, segment(pack), 1, 11, 3)
    got = {r.label: [c[1].text if c else None for c in r.cells] for r in rows}
    assert got["Any other mixed background"] == ["2", "1", "1"]
    assert got["Black British"] == [None, None, "1"]
    assert got["Caribbean"] == ["9", "3", None]
    assert got["Autism"] == ["11%", "0%", "5%"]
    assert got["Under 18"] == ["7", "1", "3"]
    assert got["Dementia"] == ["4%", None, None]
    assert got[""] == ["1%", "2%", "3%"]
    assert unplaced == []
    # Short at the end only: placed from the left when another row shows empty cells kept as spaces ...
    assert tb.settle_short_rows(rows)[1] == []
    # ... else it may be a row that is short by design (a line that starts in a later year): not placed.
    without_spaces = [r for r in rows if r.label != "Black British"]
    kept, short = tb.settle_short_rows(without_spaces)
    assert short == [5, 10]
    assert "Caribbean" not in {r.label for r in kept}


def test_sub_items_take_their_lead_in(make_pack: Callable[..., Pack]) -> None:
    from loaders import tables as tb

    text = "\n".join(
        [
            "2) New cases this week as a result of:",
            "a) Friends no longer able to house? 41 45",
            "b) End of Private Rent? 21 16",
            "3) Total new cases? 114 116",
        ]
    )
    pack = make_pack(text)
    rows, _ = tb.table_rows(pack, segment(pack), 1, 4, 2)
    assert [r.label for r in rows] == [
        "2) New cases this week as a result of: a) Friends no longer able to house?",
        "2) New cases this week as a result of: b) End of Private Rent?",
        "3) Total new cases?",
    ]


COLUMN_BY_COLUMN = """Table 1 Bed occupancy data April - October 2013
Month

Bed
occupancy

Admissions

April
May
June

96.4%
99.0%
99.2%

90
95
92

21. The data presented in table 1 shows that bed occupancy has been largely in the mid90s, which is a long line.
"""


def test_table_printed_column_by_column(make_pack: Callable[..., Pack]) -> None:
    from loaders import tables as tb

    pack = make_pack(COLUMN_BY_COLUMN)
    (part,) = tb.column_major_table(pack, segment(pack), 1)
    assert part.label_header == "Month"
    assert [t for _n, t in part.labels] == ["April", "May", "June"]
    assert [c.name for c in part.columns] == ["Bed occupancy", "Admissions"]
    assert [t.text for _n, t in part.columns[1].values] == ["90", "95", "92"]


def test_header_groups_split_on_units_and_periods() -> None:
    lines = [
        "Homelessness-households owed",
        "a duty under the homelessness",
        "reduction act (HRA) 2019/20",
        "(per 1,000)",
        "Excess Winter",
        "deaths index Aug",
        "2018-Jul 2019",
        " (Ratio-%) ",
        "Fuel Poverty",
        "2018 (%)",
    ]
    groups = tb.split_header_groups(lines, 3)
    assert groups is not None
    assert [tb.header_unit(g) for g in groups] == ["per 1,000", "ratio", "%"]
    assert [tb.header_period(g) for g in groups] == ["2019/20", "Aug 2018-Jul 2019", "2018"]
    assert tb.split_header_groups(lines, 4) is None
    assert tb.header_unit("Air pollution: Fine particular matter, 2017 µg/m3") == "µg/m3"


def test_calendar_year_columns() -> None:
    """Calendar years and year ranges ending a header line name columns; a phone number or a lone year does not."""
    from loaders.tables import calendar_year_columns

    assert calendar_year_columns("Area                   2017    2018    2019") == ["2017", "2018", "2019"]
    assert calendar_year_columns("Indicator 2014-16 2015-17 2016 - 18") == ["2014-16", "2015-17", "2016 - 18"]
    assert calendar_year_columns("Tel 0116 2017") == []
    assert calendar_year_columns("Total 2019") == []
    assert calendar_year_columns("Area 2019/20 2020/21") == []


@pytest.mark.parametrize(
    ("header", "period"),
    [("Q1 2023/24", "Q1 2023/24"), ("2023/24 Q2", "2023/24 Q2"), ("Oct-23", "Oct 2023"), ("Sept 23", "Sept 2023")],
)
def test_quarters_and_short_month_years_are_periods(header: str, period: str) -> None:
    assert header_period(header) == period
