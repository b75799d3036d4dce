"""A slide deck as `pdftotext` prints it in its default (non -layout) mode: one cell a line, headers wrapped over
lines, "big number" tiles with their labels under them, and charts printed as their data labels then their
category labels.  The packs here are invented (other names, other captions than any development council's)."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd

from loaders.grids import find_grids
from loaders.pipeline import extract_pack
from loaders.reading import Pack

# --- one cell a line, header cells wrapped ------------------------------------------------------------------

SAVINGS_SLIDE = """\fEfficiency schemes at quarter 3, 2024/25 (£m)

Programme
Annual
target
Spent to
date
Forecast
outturn
Variance
Status
Theatre productivity
4.6
3.1
4.2
(0.4)
Amber
Estates rationalisation
2.8
2.0
3.0
0.2
Green
Agency reduction
3.5
1.9
2.6
(0.9)
Red
Total
10.9
7.0
9.8
(1.1)

Harnside ICB | Board briefing

Slide 4
"""


def test_wrapped_header_cells_are_joined_into_as_many_names_as_the_rows_hold() -> None:
    lines = SAVINGS_SLIDE.split("\n")
    (grid,) = find_grids(lines)
    assert grid.layout == "cells"
    assert grid.corner == "Programme"
    assert [c.header for c in grid.columns] == [
        "Annual target",
        "Spent to date",
        "Forecast outturn",
        "Variance",
        "Status",
    ]
    assert grid.columns[-1].role == "rag"
    assert grid.caption == "Efficiency schemes at quarter 3, 2024/25 (£m)"  # the slide's title
    assert [r.label for r in grid.rows] == [
        "Theatre productivity",
        "Estates rationalisation",
        "Agency reduction",
        "Total",
    ]
    first = grid.rows[0]
    assert [t.value if t else None for t in first.values] == [4.6, 3.1, 4.2, -0.4, None]  # "(0.4)" is negative
    assert grid.row_rag(first) == "Amber"
    assert grid.row_rag(grid.rows[-1]) is None  # the total row prints no RAG word
    total_variance = grid.rows[-1].values[3]
    assert total_variance is not None
    assert total_variance.value == -1.1
    assert [first.line_of(i) for i in range(4)] == [13, 14, 15, 16]


WORKFORCE_SLIDE = """\fPharmacy workforce by borough, March 2025

Borough
Residents
(mid-year)
Pharmacists
FTE
Pharmacists
per 10,000
residents
Oxlade
212,400
58.1
2.74
Thornsby
98,760
24.9
2.52p
Kelby
311,160
83.0
2.67

p provisional
"""


def test_a_header_cell_over_three_lines_and_a_provisional_mark() -> None:
    (grid,) = find_grids(WORKFORCE_SLIDE.split("\n"))
    assert grid.corner == "Borough"
    assert [c.header for c in grid.columns] == [
        "Residents (mid-year)",
        "Pharmacists FTE",
        "Pharmacists per 10,000 residents",
    ]
    assert [r.label for r in grid.rows] == ["Oxlade", "Thornsby", "Kelby"]
    marked = grid.rows[1].values[2]
    assert marked is not None
    assert marked.value == 2.52  # "2.52p"


YEARS_SLIDE = """\fDental access, Kelby place

Year
Adults
seen
Children
seen
2022/23
101,300
44,120
2023/24
104,900
45,870
2024/25
108,250
47,010
"""


def test_rows_known_by_a_year(make_pack: Callable[..., Pack], tmp_path: Path) -> None:
    (grid,) = find_grids(YEARS_SLIDE.split("\n"))
    assert grid.corner == "Year"
    assert [c.header for c in grid.columns] == ["Adults seen", "Children seen"]
    assert [r.label for r in grid.rows] == ["2022/23", "2023/24", "2024/25"]
    path = tmp_path / "kelby_deck.txt"
    path.write_text(YEARS_SLIDE, encoding="utf-8")
    frame = extract_pack(path).frame
    row = frame[frame.value_text == "104,900"].iloc[0]
    assert row.period == "2023/24"
    assert "Adults seen" in row.measure


def test_header_numbers_are_no_figures(tmp_path: Path) -> None:
    path = tmp_path / "oxlade_deck.txt"
    path.write_text(WORKFORCE_SLIDE, encoding="utf-8")
    frame = extract_pack(path).frame
    assert frame[frame.value_text.astype("string").str.contains("10,000", regex=False).fillna(False)].empty
    row = frame[frame.value_text == "24.9"].iloc[0]
    assert (row.area, row.measure.endswith("Pharmacists FTE")) == ("Thornsby", True)
    assert len(frame) == 9


def test_a_header_that_gives_too_few_names_is_no_table_of_this_kind() -> None:
    text = "\n".join(["Measure", "first", "half", "Ashby", "1.2", "3.4", "Brockton", "5.6", "7.8"])
    grids = [g for g in find_grids(text.split("\n")) if g.layout == "cells"]
    assert all(g.corner != "Measure" or len(g.columns) == 2 for g in grids)


def frame_of(text: str, tmp_path: Path, name: str = "deck.txt") -> pd.DataFrame:
    path = tmp_path / name
    path.write_text(text, encoding="utf-8")
    return extract_pack(path).frame


# --- charts: data labels, then category labels, then the legend --------------------------------------------

CLUSTERED_CHART = """\fDiabetes care, Thornsby locality

Eye screening and foot checks by primary care network, 2024/25 (%)
81.2
77.5
69.8
88.0
64.1
71.9
Ashgrove PCN
Millbrook PCN
Dunmore Vale PCN
Eye screening
Foot checks

Thornsby ICB | Quality committee

Slide 6
"""


def chart(text: str) -> list[tuple[str, str, str, int]]:
    """Each cell of the one chart in the text: (category, series, value as printed, line)."""
    (grid,) = [g for g in find_grids(text.split("\n")) if g.layout == "chart"]
    return [
        (row.label, grid.columns[i].header, tok.text, row.line_of(i))
        for row in grid.rows
        for i, tok in enumerate(row.values)
        if tok is not None
    ]


def test_a_clustered_chart_prints_each_series_in_turn() -> None:
    assert chart(CLUSTERED_CHART) == [
        ("Ashgrove PCN", "Eye screening", "81.2", 4),
        ("Ashgrove PCN", "Foot checks", "88.0", 7),
        ("Millbrook PCN", "Eye screening", "77.5", 5),
        ("Millbrook PCN", "Foot checks", "64.1", 8),
        ("Dunmore Vale PCN", "Eye screening", "69.8", 6),
        ("Dunmore Vale PCN", "Foot checks", "71.9", 9),
    ]


def test_a_chart_gives_each_value_its_category_as_area_and_the_title_unit_and_period(tmp_path: Path) -> None:
    frame = frame_of(CLUSTERED_CHART, tmp_path)
    row = frame[frame.value_text == "64.1"].iloc[0]
    assert row.area == "Millbrook PCN"
    assert "Foot checks" in row.measure
    assert (row.unit, row.period) == ("%", "2024/25")


SINGLE_SERIES = """\fSmoking in pregnancy

Smoking at time of delivery by district, 2023/24 (%)
9.1
12.6
7.4
Quellby
Hurlbridge
Ashmoor
Source: maternity services data set
"""


def test_one_series_pairs_values_and_categories_by_order(tmp_path: Path) -> None:
    assert [(c, v) for c, _s, v, _n in chart(SINGLE_SERIES)] == [
        ("Quellby", "9.1"),
        ("Hurlbridge", "12.6"),
        ("Ashmoor", "7.4"),
    ]
    frame = frame_of(SINGLE_SERIES, tmp_path)
    row = frame[frame.value_text == "12.6"].iloc[0]
    assert row.area == "Hurlbridge"
    assert "Smoking at time of delivery" in row.measure


STYLED_SERIES = """\fHealth visiting, Oxlade place

New birth visits within 14 days, actual to 2024/25 and plan to 2026/27
3,410
3,388
3,502
3,560
2023/24
2024/25
2025/26
2026/27
Actual
Plan
"""


def test_a_legend_of_bar_styles_after_paired_labels_is_no_series(tmp_path: Path) -> None:
    cells = chart(STYLED_SERIES)
    assert [(c, s, v) for c, s, v, _n in cells] == [
        ("2023/24", "", "3,410"),
        ("2024/25", "", "3,388"),
        ("2025/26", "", "3,502"),
        ("2026/27", "", "3,560"),
    ]
    frame = frame_of(STYLED_SERIES, tmp_path)
    row = frame[frame.value_text == "3,502"].iloc[0]
    assert row.period == "2025/26"
    assert "New birth visits" in row.measure
    assert row.area == "Oxlade"  # the slide's "Oxlade place"


def test_counts_that_do_not_fit_give_no_pairing() -> None:
    text = "\n".join(
        ["Referrals by team, 2024/25", "12", "15", "9", "31", "22", "Alpha team", "Beta team", "Gamma team"]
    )
    assert not [g for g in find_grids(text.split("\n")) if g.layout == "chart"]
    text = "\n".join(
        [
            "Referrals by team, 2024/25",
            "12",
            "15",
            "9",
            "31",
            "22",
            "17",
            "40",
            "Alpha",
            "Beta",
            "Gamma",
            "Delta",
            "Epsilon",
        ]
    )
    assert not [g for g in find_grids(text.split("\n")) if g.layout == "chart"]


# --- "big number" tiles ------------------------------------------------------------------------------------

TILES = """\fCommunity services at quarter 3

£12.4m
Savings target 2024/25

£8.1m
Delivered to date

c.25
new posts planned by June 2025

61.3%
of the annual budget spent

Thornsby ICB | Quality committee

Slide 3
\fNext slide title here

£3.7m
Winter funding received
"""


def test_a_tile_is_labelled_by_the_lines_under_its_number_never_the_tile_above(tmp_path: Path) -> None:
    frame = frame_of(TILES, tmp_path)
    by_value = {r.value_text: r.measure for r in frame.itertuples()}
    assert "Delivered to date" in by_value["£8.1m"]
    assert "Savings target" not in by_value["£8.1m"]
    assert "new posts planned" in by_value["25"]  # "c.25" is about 25: read, and its label is its own
    assert "annual budget spent" in by_value["61.3%"]
    assert "new posts" not in by_value["61.3%"]
    assert "Quality committee" not in by_value["£3.7m"]  # the last slide's footer is no heading of the next
    assert "3" not in set(frame.value_text)  # "Slide 3" is a page number
