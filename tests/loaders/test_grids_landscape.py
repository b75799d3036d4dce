"""Landscape tables as a PDF converter's layout mode prints them: headers of neighbouring columns one space
apart, a table continued on the next page under its caption marked "(continued)", a text column between the
row label and its values. Every place and number here is invented."""

from __future__ import annotations

from loaders.captions_rows import CAPTION_RE
from loaders.grid_captions import caption_text
from loaders.grid_model import Grid
from loaders.grids import find_grids


def grids(text: str) -> list[Grid]:
    return find_grids(text.splitlines())


def headers(grid: Grid) -> list[str]:
    return [c.header for c in grid.columns if c.role != "label"]


CLOSE_HEADERS = """   Table 2: Housing and work by district

   Area               Claimant     Damp Overheated
                        rate %  homes %    homes %
   ------------------------------------------------
   Brackenholt            3.4%     4.1%       2.2%
   Dunstowe               5.1%     6.0%       3.9%
   Ellerby Moss           2.8%     3.3%       1.7%
"""


def test_headers_of_two_columns_one_space_apart_are_split_at_the_columns_right_edges() -> None:
    (grid,) = grids(CLOSE_HEADERS)
    assert headers(grid) == ["Claimant rate %", "Damp homes %", "Overheated homes %"]


LEFT_CLOSE_HEADERS = """Area          Spend Share   Staff
Brackenholt   41.2  12.5%   310
Dunstowe      38.9  11.0%   275
"""


def test_left_aligned_headers_one_space_apart_are_split_at_the_columns_left_edges() -> None:
    (grid,) = grids(LEFT_CLOSE_HEADERS)
    assert headers(grid) == ["Spend", "Share", "Staff"]


GROUP_HEADER = """                  Healthy life expectancy
                     Male        Female
Brackenholt          61.2          63.0
Dunstowe             58.4          60.1
"""


def test_a_header_over_a_group_of_columns_is_not_split() -> None:
    (grid,) = grids(GROUP_HEADER)
    assert headers(grid) == ["Healthy life expectancy Male", "Healthy life expectancy Female"]


CONTINUED = """   Table 7: Smoking prevalence by district, 2024 (%)

   District             Adults   Pregnant
   -----------------------------------------
   Brackenholt            11.2        8.1
   Dunstowe               14.9       10.4

Wendham Council Cabinet - 3 March 2026                          Page 8
\fAgenda Item 6

   Table 7 (continued): Smoking prevalence by district, 2024 (%)

   District             Adults   Pregnant
   -----------------------------------------
   Ellerby Moss            9.8        6.2
   Wendham                12.0        8.3
"""


def test_a_table_continued_after_a_page_break_keeps_its_caption_and_columns() -> None:
    found = grids(CONTINUED)
    assert [g.caption for g in found] == ["Table 7: Smoking prevalence by district, 2024 (%)"] * 2
    assert [headers(g) for g in found] == [["Adults", "Pregnant"]] * 2
    assert [r.label for r in found[1].rows] == ["Ellerby Moss", "Wendham"]


def test_continued_captions_are_captions_with_their_own_title() -> None:
    for line, title in (
        ("Table 4 (continued): Delayed discharges", "Delayed discharges"),
        ("Table 12 (cont'd) - Ward profiles", "Ward profiles"),
        ("Figure 3 (cont.): Referrals", "Referrals"),
        ("Table 2 continued: Referrals by practice", "Referrals by practice"),
    ):
        m = CAPTION_RE.match(line)
        assert m is not None
        assert m.group("title") == title
    assert caption_text("Table 4 (Continued): Delayed discharges") == "Table 4: Delayed discharges"
    assert caption_text("Table 4: Delayed discharges (continued from page 3)") == (
        "Table 4: Delayed discharges (continued from page 3)"
    )


SCORECARD = """   Indicator                                  Target    Actual      Period     RAG
   Falls admissions 65+ (per 100,000)          2 100     2 260      Aug-25   Amber
   Bed days in out-of-county units                 0     1 408    Q2 25/26     Red
   Health checks offered (%)                   15.0%        ..    Q2 25/26     n/a
"""


def test_a_quarter_with_a_two_digit_year_is_a_period_cell() -> None:
    (grid,) = grids(SCORECARD)
    assert [c.role for c in grid.columns] == ["values", "values", "period", "rag"]
    bed_days = next(r for r in grid.rows if r.label.startswith("Bed days"))
    assert [t.value if t else None for t in bed_days.values[:2]] == [0, 1408]
    assert grid.row_period(bed_days) == "Q2 25/26"
    checks = next(r for r in grid.rows if r.label.startswith("Health checks"))
    assert checks.values[0] is not None
    assert checks.values[0].value == 15.0


WARDS = """   Table 3: Ward profile, 2020-24

   Ward                         District  Quintile   Male   Female
   ---------------------------------------------------------------
   Ashcombe                   Brackenholt       Q2   76.4     80.9
   Brindle Cross              Brackenholt       Q5   82.7     85.8
   Colwick Heath             Ellerby Moss       Q1   72.5     77.3
"""


def test_text_columns_between_the_label_and_the_values_are_word_columns() -> None:
    (grid,) = grids(WARDS)
    assert grid.corner == "Ward"
    assert [(c.header, c.role) for c in grid.columns] == [
        ("District", "words"),
        ("Quintile", "words"),
        ("Male", "values"),
        ("Female", "values"),
    ]
    assert [r.label for r in grid.rows] == ["Ashcombe", "Brindle Cross", "Colwick Heath"]
    assert grid.rows[2].words[:2] == ("Ellerby Moss", "Q1")
    assert [t.value for _, _, t in grid.cells()] == [76.4, 80.9, 82.7, 85.8, 72.5, 77.3]


HEADER_WORDS_OVER_A_FIGURE = """   Table 4: GP workforce by district

                                    Patients      GP FTE     GP FTE per
                                    (1 April      (fully          1,000
   District                            2025)   qualified)      patients
   Brackenholt                       121,400        61.0           0.50
   Ellerby Moss                       88,250        40.3           0.46
"""


def test_a_header_line_with_words_over_one_figure_is_no_row() -> None:
    (grid,) = grids(HEADER_WORDS_OVER_A_FIGURE)
    assert [r.label for r in grid.rows] == ["Brackenholt", "Ellerby Moss"]
    assert headers(grid)[2] == "GP FTE per 1,000 patients"


def test_a_table_carried_over_a_page_with_only_its_header_repeated_takes_its_caption() -> None:
    text = CONTINUED.replace("   Table 7 (continued): Smoking prevalence by district, 2024 (%)\n\n", "")
    found = grids(text)
    assert [g.caption for g in found] == ["Table 7: Smoking prevalence by district, 2024 (%)"] * 2
    # the same header after a paragraph of text, not a page break, is another table's
    text = text.replace("\fAgenda Item 6", "The figures below are for the two districts surveyed in the spring.")
    text = text.replace("Wendham Council Cabinet - 3 March 2026                          Page 8\n", "")
    assert [g.caption for g in grids(text)] == ["Table 7: Smoking prevalence by district, 2024 (%)", None]


def test_a_title_line_alone_over_the_table_is_not_split_into_column_headers() -> None:
    text = "Outpatient waits for each site\nAshby Road      12.1      80.4\nCorby Lane       9.8      71.0\n"
    (grid,) = grids(text)  # the title's space falls where the first column ends, and it ends with the second
    assert headers(grid) != ["Outpatient waits for", "each site"]
