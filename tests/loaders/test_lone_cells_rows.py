"""Tables a PDF library's plain text mode prints one cell a line, row by row, with no blank lines (PyMuPDF's
`page.get_text()`): header cells and row labels wrapped over lines, a units row, a code cell after the label, gap
marks, footnote marks on lines of their own, RAG words, and a table's second half after a page break."""

from __future__ import annotations

from loaders.grid_model import Grid
from loaders.grids import find_grids

QIPP_ROWS = """2.1
Savings are behind plan this month, as the table shows for each programme.
Table 4: Savings programmes, month 6
Programme
Full year
plan
Delivered
to date
Forecast
outturn
RAG
£m
£m
£m
Community services and
discharge
6.2
2.9
5.8
Amber
Prescribing
4.1
2.2
3.6
1
Red
Total
10.3
5.1
9.4
Source: finance ledger.
1
Assumes the rebate agreed in May.
"""


def _only(text: str) -> Grid:
    grids = find_grids(text.splitlines())
    assert len(grids) == 1, [(g.layout, g.first_line, g.caption) for g in grids]
    return grids[0]


def _cells(grid: Grid) -> dict[str, list[str | None]]:
    return {row.label: [tok.text if tok else None for tok in row.values] for row in grid.rows}


def test_wrapped_labels_a_units_row_and_a_footnote_mark_are_read_as_one_table() -> None:
    grid = _only(QIPP_ROWS)
    assert grid.layout == "cells"
    assert grid.caption == "Table 4: Savings programmes, month 6"
    assert grid.corner == "Programme"
    assert [c.header for c in grid.columns] == ["Full year plan", "Delivered to date", "Forecast outturn", "RAG"]
    assert [c.unit for c in grid.columns[:3]] == ["GBP millions"] * 3
    assert _cells(grid) == {
        "Community services and discharge": ["6.2", "2.9", "5.8", None],
        "Prescribing": ["4.1", "2.2", "3.6", None],  # the "1" under 3.6 marks a footnote: no cell
        "Total": ["10.3", "5.1", "9.4", None],
    }
    assert [grid.row_rag(r) for r in grid.rows] == ["Amber", "Red", None]
    assert grid.rows[0].label_lines == (15, 16)


NETWORK_ROWS = """Table 2: Additional roles by network, 2026/27
Network
Code
Allocation
Claimed to
month 3
Forecast
(% of
allocation)
£000
£000
%
Brookfield PCN
K81021
1,204
301
98.2
Upper Wend PCN
K81034
988
-
2
91.0
Total
£2,192
£301
94.9
2
No claims were made by the end of June.
"""


def test_a_code_cell_a_gap_mark_and_units_per_column() -> None:
    grid = _only(NETWORK_ROWS)
    assert grid.corner == "Network"
    assert [(c.header, c.role) for c in grid.columns] == [
        ("Code", "numbering"),
        ("Allocation", "values"),
        ("Claimed to month 3", "values"),
        ("Forecast (% of allocation)", "values"),
    ]
    assert [c.unit for c in grid.columns[1:]] == ["GBP thousands", "GBP thousands", "%"]
    assert _cells(grid) == {
        "Brookfield PCN": [None, "1,204", "301", "98.2"],
        "Upper Wend PCN": [None, "988", None, "91.0"],  # "-" then a footnote's "2"
        "Total": [None, "£2,192", "£301", "94.9"],
    }
    assert [r.words[0] for r in grid.rows] == ["K81021", "K81034", None]


SCORECARD_OVER_TWO_PAGES = """Table 6: Operational scorecard
Indicator
Target
Aug-26
Jul-26
RAG
Cancer 28-day Faster Diagnosis
Standard
80.0%
77.1%
78.3%
Amber
Patients waiting over 65
weeks
0
212
240
Red
Page 5
Northvale Health Board
Table 6 (continued)
Indicator
Target
Aug-26
Jul-26
RAG
Dementia diagnosis rate
66.7%
61.0%
61.4%
Amber
Same day appointments
n/a
41.2%
40.8%
-
Source: statistical releases.
"""


def test_a_table_continued_after_a_page_break_keeps_its_caption_and_labels_wrap_in_capitals() -> None:
    grids = find_grids(SCORECARD_OVER_TWO_PAGES.splitlines())
    assert [(g.layout, g.caption) for g in grids] == [("cells", "Table 6: Operational scorecard")] * 2
    first, second = grids
    assert list(_cells(first)) == ["Cancer 28-day Faster Diagnosis Standard", "Patients waiting over 65 weeks"]
    assert _cells(second) == {
        "Dementia diagnosis rate": ["66.7%", "61.0%", "61.4%", None],
        "Same day appointments": [None, "41.2%", "40.8%", None],  # "-" where the RAG word would be: not rated
    }
    assert [second.row_rag(r) for r in second.rows] == ["Amber", None]


CHART_DATA = """Figure 3: Nurses (FTE), Northvale, actual and plan, 2023/24 to 2025/26
Figure 3 data
Year
2023/24
2024/25
2025/26
Actual FTE
101.5
104.0
-
Plan FTE
-
103.0
107.5
"""


def test_a_chart_s_data_table_takes_the_chart_s_caption() -> None:
    grid = next(g for g in find_grids(CHART_DATA.splitlines()) if g.layout == "cells")
    assert grid.caption == "Figure 3: Nurses (FTE), Northvale, actual and plan, 2023/24 to 2025/26"
    assert grid.caption_line == 1
    assert grid.corner == "Year"
    assert _cells(grid) == {"Actual FTE": ["101.5", "104.0", None], "Plan FTE": [None, "103.0", "107.5"]}


BUDGET_COLUMNS = """Table 3: Community services budget, month 6
Service line
District nursing
Intermediate care beds
(£412.50 per occupied bed day)
Total community
services
Annual budget
£m
14.2
6.8
21.0
Forecast outturn
£m
14.9
6.1
21.0
Variance is forecast outturn less annual budget.
"""


def test_a_table_printed_column_by_column_with_no_blank_lines() -> None:
    (grid,) = find_grids(BUDGET_COLUMNS.splitlines())
    assert grid.layout == "columns"
    assert grid.corner == "Service line"
    assert [c.header for c in grid.columns] == ["Annual budget £m", "Forecast outturn £m"]
    assert _cells(grid) == {
        "District nursing": ["14.2", "14.9"],
        "Intermediate care beds (£412.50 per occupied bed day)": ["6.8", "6.1"],  # a rate inside the label
        "Total community services": ["21.0", "21.0"],
    }


def test_a_superscript_footnote_mark_glued_to_a_value_stays_the_value_s() -> None:
    text = "Area Male Female\nNorth 79.0 82.9\nEngland 79.1¹ 83.1¹\n"
    (grid,) = find_grids(text.splitlines())
    assert _cells(grid)["England"][1:] == ["79.1", "83.1"]  # the mark is the footnote's, not the number's
