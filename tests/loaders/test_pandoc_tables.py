"""Tables as a document converter prints them in plain text (pandoc's simple and multiline tables): a rule of one
dash run per column under the header, headers printed a single space apart, long row names with a rate in
brackets, and the caption under the table marked "Table:" (loaders/grid_aligned.py, loaders/captions_rows.py)."""

from __future__ import annotations

from loaders.captions_rows import caption_below
from loaders.grid_captions import find_caption
from loaders.grids import find_grids
from loaders.places import row_area

SIMPLE = """\
Budget lines are in Table 2.

  Budget line (£000)                                                    Budget   Forecast   Variance
  -------------------------------------------------------------------- --------- ---------- ----------
  General medical services global sum (£118.40 per weighted patient)     £31,200    £31,650        450
  Personal medical services contracts                                     £5,070     £5,010        -60
  Premises reimbursements                                                 £4,110     £4,160         50
  Total delegated budget                                                 £40,380    £40,820        440

Table: Table 2: Delegated primary medical care budget, Ashby Fold,
2026/27, month 6 (£000)

The next section follows.
"""

MULTILINE = """\
Table 1: Savings schemes, forecast at month 6

  -----------------------------------------------------------------
  Scheme                            Plan  Forecast  Variance RAG
                                  (£000)    (£000)    (£000)
  ---------------------------- --------- --------- --------- ------
  Outpatient follow-up             3,100     2,850      -250 Amber
  reduction

  Prescribing                      2,700     2,760        60 Green

  Total                            5,800     5,610      -190 Amber
  -----------------------------------------------------------------

Table: Source: finance report, month 6.
"""


def _aligned(text: str) -> list:  # type: ignore[type-arg]
    return [g for g in find_grids(text.splitlines()) if g.layout == "aligned"]


def test_simple_table_headers_come_from_over_the_rule_and_a_long_row_name_is_a_row() -> None:
    (grid,) = _aligned(SIMPLE)
    assert [c.header for c in grid.columns] == ["Budget", "Forecast", "Variance"]
    assert grid.rows[0].label == "General medical services global sum (£118.40 per weighted patient)"
    assert [t.text for t in grid.rows[0].values if t] == ["£31,200", "£31,650", "450"]
    assert len(grid.rows) == 4


def test_caption_marked_under_the_table_is_its_own_and_runs_on() -> None:
    (grid,) = _aligned(SIMPLE)
    assert grid.caption == "Table 2: Delegated primary medical care budget, Ashby Fold, 2026/27, month 6 (£000)"


def test_headers_one_space_apart_are_split_by_the_rule_and_units_are_no_header_words() -> None:
    (grid,) = _aligned(MULTILINE)
    assert [c.header for c in grid.columns] == ["Plan", "Forecast", "Variance", "RAG"]
    assert [c.unit for c in grid.columns[:3]] == ["GBP thousands"] * 3
    assert grid.caption == "Table 1: Savings schemes, forecast at month 6"  # the source under it is no caption
    assert grid.rows[0].label == "Outpatient follow-up reduction"


def test_a_marked_caption_below_one_table_never_heads_the_next() -> None:
    lines = ["Ward A      1.0     2.0", "", "Table: Table 3: Its caption", "", "Ward B      3.0     4.0"]
    assert caption_below(lines, 1) == 3
    assert find_caption(lines, 5) == (None, None)
    unmarked = ["Ward A      1.0     2.0", "", "Table 3: The next table's caption"]
    assert caption_below(unmarked, 1) is None


def test_the_one_compass_named_row_among_named_localities_is_the_region() -> None:
    rows = ["Thornby", "Eastwick", "North West", "England"]
    assert row_area("North West", "Locality", None, rows) == "North West"
    localities = ["North", "South", "North West", "County"]
    assert row_area("North West", "Locality", None, localities) == "North West locality"
    assert row_area("North", "Locality", None, ["North", "Thornby"]) == "North locality"  # no region is "North"
