"""A spreadsheet saved as CSV and pasted into a pack (LibreOffice's or Excel's "Save as CSV", sheet after sheet):
rows of one width, cells quoted only where they hold a comma, blank rows all commas, the sheet's title rows above
a two-row header with a merged group cell, a label cell merged over the rows below it, a gap before the total.
Also the places and periods such packs print beside them.  Invented packs."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from loaders import figures as fig
from loaders import places
from loaders.grids import find_grids
from loaders.header_text import header_period
from loaders.pipeline import extract_read
from loaders.reading import Pack

SHEET = """\
Sheet: 4. Income
Pooled Fund Planning Template,,,,,
4. Income,,,,,
,,,,,
Board:,Brantwick,,,,
,,,,,
Funding source,Contributor,Income,,Change,
,,2025/26,2026/27,%,Notes
Minimum NHS contribution,Brantwick ICB,"£52,184,310","£54,271,682",4.0%,
{dfg}
Additional ICB contribution,Brantwick ICB,-,"£1,250,000",n/a,New
,,,,,
Total,,"£61,560,850","£63,952,932",3.9%,

Sheet: 6. Metrics
Metric,Definition,,2025/26,2026/27 plan,,,
,,,Outturn,Q1,Q2,Q3,Q4
{discharge}
,,Numerator,"40,318","10,212","10,306","10,480","10,395"
,,Denominator,"43,776","11,040","11,130","11,390","11,250"

Minimum NHS contribution    26,412    27,346    934
Improved fund               9,815     9,815     0
""".format(
    # a quoted cell longer than a cell of prose-free rows may be
    dfg='Disabled Facilities Grant (DFG),"District councils (Oxmere, Dunmarsh, Sallowfield and Morrowdale, all four)",'
    '"£8,126,540","£8,431,250",3.7%,"Passported, in full"',
    discharge='Discharge to usual place of residence,"Share of people discharged home, by month",Indicator value,'
    "0.921,0.925,0.926,0.920,0.924",
)


def test_a_saved_sheet_is_one_table_under_its_title_rows() -> None:
    (income, metrics) = [g for g in find_grids(SHEET.splitlines()) if g.layout == "csv"]
    assert income.caption == "Pooled Fund Planning Template: 4. Income"
    labels = [r.label for r in income.rows]
    assert labels == [
        "Minimum NHS contribution",
        "Disabled Facilities Grant (DFG)",
        "Additional ICB contribution",
        "Total",
    ]
    assert [c.period for c in income.columns if c.role == "values"][:2] == ["2025/26", "2026/27"]
    assert [r.label for r in metrics.rows][1:] == [
        "Discharge to usual place of residence: Numerator",
        "Discharge to usual place of residence: Denominator",
    ]
    assert [c.period for c in metrics.columns if c.role == "values"][1:3] == ["2026/27 Q1", "2026/27 Q2"]


def test_aligned_numbers_with_thousands_commas_are_no_sheet() -> None:
    last = len(SHEET.splitlines())
    assert not any(g.layout == "csv" and g.last_line >= last - 1 for g in find_grids(SHEET.splitlines()))


def test_single_spaced_numbers_with_thousands_commas_are_no_sheet() -> None:
    # Hypothesis found it: cut at commas, "Kings Norton 0 0 1,000 1,000 1,000" is four cells a line
    spaced = ["Area 2008 2009 2010 2011 2012", "Westbury 0 0 0 0 0", "Kings Norton 0 0 1,000 1,000 1,000"]
    spaced += ["Eastfield 1,000 0 1,000 1,000 -", "Hollin Vale 0 0 1,000 1,000 1,000", "St Albury 0 0 0 0 -"]
    assert not any(g.layout == "csv" for g in find_grids(spaced))


@pytest.fixture
def rows(make_pack: Callable[..., Pack]) -> pd.DataFrame:
    text = "Brantwick County Council\nHealth and Wellbeing Board\n4 March 2026\n\n" + SHEET
    return extract_read(make_pack(text, name="brantwick_hwb_2026-03-04.txt")).frame


def test_every_cell_of_the_sheet_is_a_row_of_its_table(rows: pd.DataFrame) -> None:
    income = rows[rows["table"] == "Pooled Fund Planning Template: 4. Income"]
    assert sorted(income["value"].round(1)) == sorted(
        [52184310, 54271682, 4.0, 8126540, 8431250, 3.7, 1250000, 61560850, 63952932, 3.9]
    )


def test_a_header_period_spread_over_quarters() -> None:
    assert header_period("2026/27 plan Q1") == "2026/27 Q1"
    assert header_period("2025/26 Outturn") == "2025/26"


def test_a_region_holding_england_and_a_name_holding_national() -> None:
    local = places.local_places(["Oxmere", "East of England"], home="Brantwick")
    text = "It is 79.8 years, against 79.1 years in England and 80.1 years in the East of England."
    assert fig.places_in(text, local) == []  # both places are what the figure is compared with
    named = "In the East of England it is 80.1 years."
    assert [a.name for _s, _e, a in fig.places_in(named, local)] == ["East of England"]  # not "England" in it
    assert fig.nearest_area(text, text.index("80.1"), text, text.index("80.1"), [], local=local) == "East of England"
    assert fig.nearest_area(text, text.index("79.8"), text, text.index("79.8"), [], local=local) is None
    assert fig.places_in("pooled under the National Health Service Act 2006") == []
