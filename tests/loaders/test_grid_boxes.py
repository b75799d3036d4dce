"""Pandoc grid tables (loaders/grid_boxes.py, read by loaders/grids.py) and place columns named by the pack's
own places (loaders/places.py).  Names are invented and differ from every devset council's."""

from __future__ import annotations

from pathlib import Path

from loaders import places
from loaders.grid_boxes import find_box_tables
from loaders.grids import find_grids
from loaders.pipeline import extract_pack

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


# Boroughs across the columns beside a "Total", money wrapped in its box ("£12.4" / "million"), and counts printed
# with their share ("2,140 (88%)"), the share wrapped below its count in one box.  Invented names throughout.
POOLED = (
    "LONDON BOROUGH OF MARROWICK",
    "",
    "JOINT HEALTH SCRUTINY COMMITTEE",
    "",
    "POOLED BUDGETS 2025/26",
    "",
    "Table 1: Pooled fund by borough (£ million)",
    "",
    "+-------------------+-----------+-------------+------------+-----------+",
    "| Funding stream    | Marrowick | Thistleby   | Brackenholt| Total     |",
    "+===================+===========+=============+============+===========+",
    "| Minimum NHS       | £12.4     | £10.6       | £9.1       | £32.1     |",
    "| contribution      | million   | million     | million    | million   |",
    "+-------------------+-----------+-------------+------------+-----------+",
    "| Housing adaptation| £2.2      | £1.9        | £1.4       | £5.5      |",
    "| grant             | million   | million     | million    | million   |",
    "+-------------------+-----------+-------------+------------+-----------+",
    "",
    "Table 2: Hospital discharges by borough, quarter 1 2025/26",
    "",
    "+-------------------+-------------+-----------+",
    "| Borough           | Discharges  | Delayed   |",
    "|                   | (% of all)  | discharge |",
    "+===================+=============+===========+",
    "| Marrowick         | 2,140 (88%) | 312       |",
    "+-------------------+-------------+-----------+",
    "| Thistleby         | 1,975       | 287       |",
    "|                   | (91%)       |           |",
    "+-------------------+-------------+-----------+",
    "| Brackenholt       | 1,630 (86%) | 240       |",
    "+-------------------+-------------+-----------+",
    "",
)


def test_a_wrapped_cell_keeps_where_each_of_its_lines_is_printed() -> None:
    table = find_box_tables(POOLED)[0]
    cells = dict(table.block)[12]
    assert cells[1] == (POOLED[11].index("£12.4"), "£12.4 million")  # the joined cell starts at its text
    assert table.place(12, 1, cells[1][0] + len("£12.4 "), cells[1][0]) == (13, POOLED[12].index("million"))


def test_a_share_printed_after_its_count_is_kept_on_its_own_line() -> None:
    grid = next(g for g in find_grids(POOLED) if g.first_line == 21)
    shares = [r.share_of(1) for r in grid.rows]
    assert [(line, tok.value) for line, tok in shares if tok] == [(25, 88.0), (28, 91.0), (30, 86.0)]
    assert shares[1] is not None
    assert POOLED[27][shares[1][1].start :].startswith("(91%)")
    assert [r.values[1].value for r in grid.rows if r.values[1]] == [2140.0, 1975.0, 1630.0]
    assert grid.rows[0].share_of(2) is None


def test_places_across_the_columns_beside_a_total() -> None:
    assert places.place_columns(
        ["Marrowick", "Thistleby", "Brackenholt", "Total"], None, local=("Marrowick", "Thistleby")
    )
    assert not places.place_columns(["Marrowick", "Thistleby", "Total"], None, local=("Marrowick", "Thistleby"))


def test_each_cell_read_once_under_its_place_with_its_share_beside_it(tmp_path: Path) -> None:
    path = tmp_path / "marrowick_jhsc_2025-10-01.txt"
    path.write_text("\n".join(POOLED), encoding="utf-8")
    frame = extract_pack(path).frame
    boroughs = {"Marrowick", "Thistleby", "Brackenholt"}
    grant = frame[frame["measure"].str.startswith("Housing adaptation grant")]
    assert sorted(grant["value"]) == [1.4, 1.9, 2.2, 5.5]
    assert set(grant[grant["value"] < 5]["area"]) == boroughs
    assert not set(grant[grant["value"] == 5.5]["area"].dropna()) & boroughs  # the total is no borough's
    assert frame[frame["dataset"] == "figures"].empty  # no cell of either table is a loose figure too
    shares = frame[frame["unit"] == "%"]
    assert sorted(zip(shares["area"], shares["value"], shares["source_line"], strict=True)) == [
        ("Brackenholt", 86.0, 30),
        ("Marrowick", 88.0, 25),
        ("Thistleby", 91.0, 28),
    ]
    assert all("% of all" in m for m in shares["measure"])
    counts = frame[frame["value"].isin([2140.0, 1975.0, 1630.0])]
    assert len(counts) == 3
    assert not any("%" in m for m in counts["measure"])
    assert set(counts["unit"]) != {"%"}


def test_a_region_only_the_gazetteer_knows_is_found_in_text_once_a_table_names_it() -> None:
    lines = (
        "Table 3: Fuel poverty by borough",
        "",
        "| Indicator              | Marrowick | Thistleby | London | England |",
        "|------------------------|-----------|-----------|--------|---------|",
        "| Fuel poverty (%), 2023 | 11.2      | 13.4      | 10.6   | 11.4    |",
        "",
    )
    found = places.pack_places("Marrowick", find_grids(lines))
    assert "London" in found
    assert "Thistleby" in found
    assert "England" not in found  # running text finds England by itself


# tabulate's fancy_grid and rich's rounded table, as a Python script prints them: box-drawing characters, which
# loaders/reading.py turns into the ASCII above.
BOX_DRAWN = (
    "Table 4: Efficiency schemes (£000)",
    "╒══════════════════════╤══════════╤══════════╕",
    "│ Scheme               │     Plan │ Forecast │",
    "╞══════════════════════╪══════════╪══════════╡",
    "│ Outpatient redesign  │    2,140 │    1,980 │",
    "│ and follow-ups       │          │          │",
    "├──────────────────────┼──────────┼──────────┤",
    "│ Estates              │      860 │      910 │",
    "╘══════════════════════╧══════════╧══════════╛",
    "",
    "──────────────── 3. Budget lines ────────────────",
    "",
    "Table 5: Budget lines (£000)",
    "╭──────────────────────┬──────────┬──────────╮",
    "│ Line                 │   Budget │ Forecast │",
    "├──────────────────────┼──────────┼──────────┤",
    "│ Practice contracts   │   41,200 │   41,650 │",
    "│ (£96.10 per weighted │          │          │",
    "│ patient)             │          │          │",
    "│ Premises             │    4,310 │    4,260 │",
    "│ Enhanced services    │    3,020 │    3,105 │",
    "├──────────────────────┼──────────┼──────────┤",
    "│ Total                │   48,530 │   49,015 │",
    "╰──────────────────────┴──────────┴──────────╯",
)


def test_box_drawn_tables_are_grid_tables_with_a_row_per_label(tmp_path: Path) -> None:
    """fancy_grid rules every row; rich rules only under its header and over the total, so each line with a label
    and a number starts a row there, and a line with words alone carries the label on."""
    path = tmp_path / "boxes.txt"
    path.write_text("\n".join(BOX_DRAWN) + "\n", encoding="utf-8")
    pack = extract_pack(path).pack
    assert "3. Budget lines" in pack.lines  # a heading drawn inside a rule keeps its words alone
    grids = {g.first_line: g for g in find_grids(pack.lines) if g.layout == "boxes"}
    assert sorted(grids) == [2, 14]
    assert [r.label for r in grids[2].rows] == ["Outpatient redesign and follow-ups", "Estates"]
    rich = grids[14]
    assert [r.label for r in rich.rows] == [
        "Practice contracts (£96.10 per weighted patient)",
        "Premises",
        "Enhanced services",
        "Total",
    ]
    assert [float(r.values[1].value) for r in rich.rows if r.values[1]] == [41200, 4310, 3020, 48530]
    assert [r.line for r in rich.rows] == [17, 20, 21, 23]
