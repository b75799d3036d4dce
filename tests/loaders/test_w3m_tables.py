"""w3m text dumps of HTML tables: no rules, cells padded to their column, long cells wrapped inside it and
centred on their row, rows with or without a blank line between them (loaders/grid_aligned.py)."""

from __future__ import annotations

from loaders.grids import find_grids

NO_BLANKS = """\
                 Visits by neighbourhood team, 2024/25
Neighbourhood                Visits    Staff
    team       District       £000     (WTE)

Dunmere       Dunmere           812     14.2
Quayside team
Dunmere       Dunmere           640     11.9
Uplands team
Westmarsh     Westmarsh         701     12.5
team
Orley team    Orley             555      9.8
Total                         2,708     48.4
"""


def _labels(text: str) -> dict[int, str]:
    grids = [g for g in find_grids(text.splitlines()) if g.layout == "aligned"]
    assert len(grids) == 1
    return {r.line: r.label for r in grids[0].rows}


def test_wrapped_cells_without_blank_lines_join_their_row() -> None:
    assert _labels(NO_BLANKS) == {
        5: "Dunmere Quayside team",
        7: "Dunmere Uplands team",
        9: "Westmarsh team",
        11: "Orley team",
        12: "Total",
    }


GROUPED = """\
Service                          Budget    Outturn

Acute and community services
Holloway General Hospital          41.2       42.0
Brinkley Community Hospital         8.1        7.9
Mental health services
Fennick House                       6.4        6.6
Larchmont Unit                      3.2        3.1
"""


def test_group_headings_between_rows_stay_headings() -> None:
    grids = [g for g in find_grids(GROUPED.splitlines()) if g.layout == "aligned"]
    assert len(grids) == 1
    rows = {r.line: (r.label, r.group) for r in grids[0].rows}
    assert rows[7] == ("Fennick House", "Mental health services")
    assert rows[5] == ("Brinkley Community Hospital", "Acute and community services")


CENTRED = """\
Team                Visits    Staff

Harbour side
outreach and           812     14.2
home visits
Orley team             555      9.8
"""


def test_cell_centred_on_its_values_takes_lines_above_and_below() -> None:
    assert _labels(CENTRED) == {4: "Harbour side outreach and home visits", 6: "Orley team"}
