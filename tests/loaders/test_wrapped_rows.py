"""Tests of loaders/wrapped_rows.py: rows fitted to their columns (wrapped labels, spread and empty cells)."""

from __future__ import annotations

from collections.abc import Callable

from loaders.reading import Pack
from loaders.segmenting import segment
from loaders.wrapped_rows import settle_short_rows, table_rows


def test_rows_with_wrapped_labels_spread_cells_and_empty_cells(make_pack: Callable[..., Pack]) -> None:
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
    rows, unplaced = table_rows(pack, segment(pack), 1, 11, 3)
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
    assert settle_short_rows(rows)[1] == []
    # ... else it may be a row that is short by design (a line that starts in a later year): not placed.
    without_spaces = [r for r in rows if r.label != "Black British"]
    kept, short = settle_short_rows(without_spaces)
    assert short == [5, 10]
    assert "Caribbean" not in {r.label for r in kept}


def test_sub_items_take_their_lead_in(make_pack: Callable[..., Pack]) -> None:
    text = "\n".join(
        [
            "2) New cases this week as a result of:",
            "a) Friends no longer able to house? 41 45",
            "b) End of Private Rent? 21 16",
            "3) Total new cases? 114 116",
        ]
    )
    pack = make_pack(text)
    rows, _ = table_rows(pack, segment(pack), 1, 4, 2)
    assert [r.label for r in rows] == [
        "2) New cases this week as a result of: a) Friends no longer able to house?",
        "2) New cases this week as a result of: b) End of Private Rent?",
        "3) Total new cases?",
    ]
