"""Tests of loaders/column_major.py: a table printed column by column."""

from __future__ import annotations

from collections.abc import Callable

from loaders.column_major import column_major_table
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
