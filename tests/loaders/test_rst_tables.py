"""reStructuredText simple tables: "====  ====" rules over and under the header and at the end, each table's
caption printed under its closing rule (loaders/captions_rows.py, loaders/grid_aligned.py)."""

from __future__ import annotations

from collections.abc import Callable

from loaders.captions_rows import caption_below, caption_title, find_tables
from loaders.grids import find_grids
from loaders.reading import Pack
from loaders.segmenting import segment

RST = """\
Smoking and activity
====================

Smoking fell again this year (Table 7).

=============  ========  ========
Ward           2023/24   2024/25
=============  ========  ========
Brackenhurst       14.1      13.2
Lowmere            11.9      11.0
=============  ========  ========

Table 7: Smoking prevalence in adults by ward (per cent).
Source: Annual Population Survey.

========  ==========  =======
Year      Ormsby Fen  England
========  ==========  =======
2022/23         61.2     64.0
2023/24         62.5     64.3
========  ==========  =======

Table 8: Adults physically active, by year. Sources: Active Lives Survey.
"""


def test_caption_under_the_closing_rule_is_the_tables_own() -> None:
    lines = RST.splitlines()
    grids = sorted((g for g in find_grids(lines) if g.layout == "aligned"), key=lambda g: g.first_line)
    assert [g.caption for g in grids] == [
        "Table 7: Smoking prevalence in adults by ward (per cent)",
        "Table 8: Adults physically active, by year",
    ]


def test_row_readers_take_the_caption_below_not_the_next_tables(make_pack: Callable[..., Pack]) -> None:
    pack = make_pack(RST.replace("2022/23 ", "Ormsby  ").replace("2023/24         62.5", "Fenwick         62.5"))
    tables = [t for t in find_tables(pack, segment(pack)) if t.rows]
    assert [(t.rows[0].line, t.caption.number if t.caption else None) for t in tables] == [(9, "7"), (19, "8")]


def test_caption_below_needs_a_table_rule() -> None:
    lines = ["Brackenhurst       14.1      13.2", "", "Table 3: Next table's caption"]
    assert caption_below(lines, 1) is None  # no closing rule: the caption heads what follows
    ruled = ["Brackenhurst       14.1      13.2", "=============  ========  ========", "", "Table 3: Its caption"]
    assert caption_below(ruled, 1) == 4
    underline = ["Brackenhurst       14.1      13.2", "================", "", "Table 3: A heading's"]
    assert caption_below(underline, 1) is None  # a heading's underline is one run, no table's rule


def test_caption_title_drops_its_full_stop_and_run_on_source() -> None:
    assert caption_title("Wider determinants by locality. Sources: APS; DEFRA.") == "Wider determinants by locality"
    assert caption_title("Bed occupancy, 2024/25 (%).") == "Bed occupancy, 2024/25 (%)"
    assert caption_title("Spend per head (£), v. 2") == "Spend per head (£), v. 2"


SPANNED = """\
==============  ========  ========  ========  ========
Ward            Smoking             Obesity
--------------  ------------------  ------------------
                Men       Women     Men       Women
==============  ========  ========  ========  ========
Brackenhurst        14.1      12.0      61.2      58.0
Lowmere             11.9      10.4      63.7      59.6
==============  ========  ========  ========  ========

==================================  ========  ========  ======
Budget line                         2024/25   2025/26   Change
                                    £000      £000      %
==================================  ========  ========  ======
Ward nursing                          21,486    22,698     5.6
Community equipment                    1,690     1,880    11.2
==================================  ========  ========  ======
"""


def test_a_column_span_rule_gives_each_group_header_to_its_columns() -> None:
    grid = min((g for g in find_grids(SPANNED.splitlines()) if g.layout == "aligned"), key=lambda g: g.first_line)
    assert [c.header for c in grid.columns] == ["Smoking Men", "Smoking Women", "Obesity Men", "Obesity Women"]
    assert grid.corner == "Ward"


def test_left_aligned_units_under_right_aligned_values_go_to_their_own_column() -> None:
    grid = max((g for g in find_grids(SPANNED.splitlines()) if g.layout == "aligned"), key=lambda g: g.first_line)
    assert [c.unit for c in grid.columns] == ["GBP thousands", "GBP thousands", "%"]


def test_a_tables_subject_leaves_out_what_its_rows_are_by() -> None:
    from loaders.datasets.grid_tables import caption_subject

    assert caption_subject("Table 8: Adults physically active, by year", None) == "Adults physically active"
