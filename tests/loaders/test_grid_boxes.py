"""Pandoc grid tables (loaders/grid_boxes.py, read by loaders/grids.py) and place columns named by the pack's
own places (loaders/places.py).  Names are invented and differ from every devset council's."""

from __future__ import annotations

from loaders import places
from loaders.grid_boxes import find_box_tables
from loaders.grids import find_grids

LINES = (
    "Table 7: Screening uptake by borough",
    "",
    "+--------------+---------+--------+",
    "| Borough      | Uptake  | RAG    |",
    "|              | (%)     |        |",
    "+==============+=========+========+",
    "| Mossington   | 71.4    | AMBER  |",
    "+--------------+---------+--------+",
    "| Upper Callow | 68.2    | RED    |",
    "| and Dene     |         |        |",
    "+--------------+---------+--------+",
    "| Wendlebury   |         | GREEN  |",
    "|              | 80.1    |        |",
    "+--------------+---------+--------+",
    "",
)


def test_a_box_is_one_row_with_its_wrapped_label_joined() -> None:
    (table,) = find_box_tables(LINES)
    assert (table.first_line, table.last_line) == (3, 14)
    labels = [cells[0][1].strip() for _, cells in table.block]
    assert labels == ["Borough", "---", "Mossington", "Upper Callow and Dene", "Wendlebury"]
    assert table.cell_lines == {(12, 1): 13}  # the value printed on the box's second line


def test_grid_table_read_once_with_each_value_on_its_line() -> None:
    grids = [g for g in find_grids(LINES) if g.first_line <= 7 <= g.last_line]
    assert len(grids) == 1
    (grid,) = grids
    assert grid.layout == "boxes"
    assert [r.label for r in grid.rows] == ["Mossington", "Upper Callow and Dene", "Wendlebury"]
    assert grid.columns[1].header.startswith("Uptake")
    assert [float(r.values[1].value) for r in grid.rows if r.values[1]] == [71.4, 68.2, 80.1]
    assert grid.rows[2].line_of(1) == 13


def test_not_a_grid_table_when_the_bars_do_not_meet_the_rule() -> None:
    assert find_box_tables(("+-----+-----+", "| a     b |", "+-----+-----+")) == []


def test_columns_named_by_the_packs_own_places() -> None:
    headers = ["Mossington", "Wendlebury", "Ashlode"]
    assert not places.place_columns(headers, "Mossington")
    assert places.place_columns(headers, "Mossington", local=("Wendlebury", "Ashlode"))
    assert not places.place_columns(["Plan", "Actual", "Variance"], None, local=("Wendlebury",))
