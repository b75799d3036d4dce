"""Tests of loaders/column_major.py: a table printed column by column."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

from loaders.column_major import column_major_table
from loaders.grids import find_grids
from loaders.pipeline import extract_pack
from loaders.reading import Pack
from loaders.segmenting import segment

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
    pack = make_pack(COLUMN_BY_COLUMN)
    (part,) = column_major_table(pack, segment(pack), 1)
    assert part.label_header == "Month"
    assert [t for _n, t in part.labels] == ["April", "May", "June"]
    assert [c.name for c in part.columns] == ["Bed occupancy", "Admissions"]
    assert [t.text for _n, t in part.columns[1].values] == ["90", "95", "92"]


BOXES = """WEALDSHIRE COUNTY COUNCIL

Health Scrutiny Committee

Table 3: Savings schemes, Weald Valley ICB, month 6 2025/26
(£m)

Scheme
Frailty pathway
Community beds and
rehabilitation
Wound care
Total

Target
4.2
3.1
1.6
8.9

Forecast
outturn
3.9
3.3
1.2
8.4

Variance
(0.3)
0.2
(0.4)
(0.5)

RAG
Amber
Green
Red
Amber

7

Table 4: Scorecard, Weald Valley ICB

Indicator
Four-hour waits in emergency departments (all types)
Contracts (£98.10 per weighted patient)

Target
78.0%
60.0

Sep-25
71.5%
55.2

Oct-25
72.9%
57.0
"""


def test_a_table_printed_column_by_column_is_read_as_a_grid(tmp_path: Path) -> None:
    """pdfminer's pdf2txt prints a table box by box: the row labels (one wrapped), then each column's header
    (wrapped too) and values; a column of RAG words; bracketed negatives; months and long labels."""
    lines = BOXES.split("\n")
    savings, scorecard = find_grids(lines)
    assert (savings.layout, savings.caption) == (
        "columns",
        "Table 3: Savings schemes, Weald Valley ICB, month 6 2025/26",
    )
    assert [r.label for r in savings.rows] == [
        "Frailty pathway",
        "Community beds and rehabilitation",
        "Wound care",
        "Total",
    ]
    assert [c.header for c in savings.columns] == ["Target", "Forecast outturn", "Variance", "RAG"]
    assert [c.role for c in savings.columns] == ["values", "values", "values", "rag"]
    assert [r.values[2].value for r in savings.rows] == [-0.3, 0.2, -0.4, -0.5]  # type: ignore[union-attr]
    assert [savings.row_rag(r) for r in savings.rows] == ["Amber", "Green", "Red", "Amber"]
    assert [c.header for c in scorecard.columns] == ["Target", "Sep-25", "Oct-25"]
    assert scorecard.rows[1].label == "Contracts (£98.10 per weighted patient)"
    # each cell keeps its own line, so a row is traced to the page it came from
    frame = extract_pack(_write(tmp_path, BOXES)).frame
    rated = frame[frame["rag"].notna()].set_index("measure")
    # the forecast is rated against its target (the variance beside it is the gap between them, not rated)
    assert rated.loc["Wound care: Forecast outturn", "value_text"] == "1.2"
    assert lines[rated.loc["Wound care: Forecast outturn", "source_line"] - 1].strip() == "1.2"
    assert rated.loc["Wound care: Forecast outturn", "target"] == 1.6
    assert frame["dataset"].ne("bcf").all()  # no row of another topic's, by the layout alone


def _write(tmp_path: Path, text: str) -> Path:
    path = tmp_path / "wealdshire_hsc_2025-11-12.txt"
    path.write_text(text, encoding="utf-8")
    return path


def test_blocks_that_read_both_ways_are_rows_unless_their_columns_show_otherwise() -> None:
    """One cell a line with a blank line between blocks reads as rows ("Ashby" over its two cells) or as columns
    ("Ashby" heading a column): rows, unless a block's header wraps, is a period or heads words (Hypothesis found
    a table of rows read as columns)."""
    rows = ["Table 3: Outcomes by area", "", "Budget", "Net change", ""]
    for place in ("Ashby", "Brockton", "Coldharbour"):
        rows += [place, "4", "7", ""]
    (grid,) = find_grids(rows)
    assert grid.layout == "cells"
    assert [r.label for r in grid.rows] == ["Ashby", "Brockton", "Coldharbour"]
    assert [c.header for c in grid.columns] == ["Budget", "Net change"]
    (grid,) = find_grids(BOXES.split("\n")[:40])  # the same shape, its headers wrapped ("Forecast" / "outturn")
    assert grid.layout == "columns"
