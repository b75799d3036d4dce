"""Single-spaced tables (pdfplumber's `extract_text`) whose header cells wrap over two or three lines, flattened
line by line, and whose row labels wrap onto a line of their own with no values."""

from __future__ import annotations

from loaders.grids import find_grids
from loaders.stacked_header import part_header

DETERMINANTS = """Table 7: Wider determinants by district
Adults Nitrogen Claimant Rough Overcrowded
cycling for dioxide count, aged sleepers homes
Area leisure (%) (µg/m³) 18-24 (%) (per 10,000) (%)
Ashgrove 11.2% 14.8 4.1% 2.3 6.0%
Kettle Vale 9.8% 12.1 3.2% 0.9 4.4%
Brinton and 10.4% 13.0 5.0% 1.7 7.2%
Lowmarsh
England 10.9% 16.2 4.6% 2.1 8.7%
Source: profile tool.
"""


def test_a_header_over_three_lines_is_parted_into_its_columns() -> None:
    parted = part_header(DETERMINANTS.splitlines()[1:4], 5)
    assert parted == [
        ["", "Adults", "Nitrogen", "Claimant", "Rough", "Overcrowded"],
        ["", "cycling for", "dioxide", "count, aged", "sleepers", "homes"],
        ["Area", "leisure (%)", "(µg/m³)", "18-24 (%)", "(per 10,000)", "(%)"],
    ]


def test_a_single_spaced_table_reads_its_stacked_header_and_a_label_s_second_line() -> None:
    (grid,) = find_grids(DETERMINANTS.splitlines())
    assert grid.layout == "spaced"
    assert grid.caption == "Table 7: Wider determinants by district"
    assert [c.header for c in grid.columns[1:]] == [
        "Adults cycling for leisure (%)",
        "Nitrogen dioxide (µg/m³)",
        "Claimant count, aged 18-24 (%)",
        "Rough sleepers (per 10,000)",
        "Overcrowded homes (%)",
    ]
    rows = {r.label: [t.text if t else None for t in r.values[1:]] for r in grid.rows}
    assert rows["Brinton and Lowmarsh"] == ["10.4%", "13.0", "5.0%", "1.7", "7.2%"]
    assert list(rows) == ["Ashgrove", "Kettle Vale", "Brinton and Lowmarsh", "England"]
    assert next(r for r in grid.rows if r.label == "Brinton and Lowmarsh").label_lines == (7, 8)


def test_names_over_groups_of_columns_head_each_column_of_their_group() -> None:
    assert part_header(["Deaths Admissions", "District Men Women Men Women"], 4) == [
        ["", "Deaths", "Deaths", "Admissions", "Admissions"],
        ["District", "Men", "Women", "Men", "Women"],
    ]


def test_a_corner_of_two_words_over_one_word_a_column() -> None:
    assert part_header(["2024/25 2025/26 Change Change", "Budget line (£000) (£000) (£000) (%)"], 4) == [
        ["", "2024/25", "2025/26", "Change", "Change"],
        ["Budget line", "(£000)", "(£000)", "(£000)", "(%)"],
    ]
    assert part_header(["Staff group 2024/25 2025/26", "Actual Plan"], 2) == [
        ["Staff group", "2024/25", "2025/26"],
        ["", "Actual", "Plan"],
    ]


def test_lines_no_parting_fits_are_no_header() -> None:
    assert part_header(["A paragraph of words", "that runs on"], 4) is None


CONTACT_LINES = """Contact: Dana Whitby, Scrutiny Officer, 01632 960 114
Email: scrutiny@example.gov.uk
"""


def test_a_line_that_finishes_a_label_is_no_row_of_its_own() -> None:
    assert find_grids(CONTACT_LINES.splitlines()) == []  # one line of numbers and its next line: no table
