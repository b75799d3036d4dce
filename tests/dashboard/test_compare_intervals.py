"""Rate honestly (dashboard/compare.py): a printed rating wins; with a confidence interval, the Fingertips rule.

End to end on the made-up pack tests/data/intervals/westmarsh_hwb_2024-06-12.txt, whose districts, England row
and intervals are printed in the two forms packs use; the verdicts below are read from the pack by hand.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from dashboard.compare import (
    BETTER,
    SIMILAR,
    WORSE,
    compare,
    intervals,
    printed,
    rate,
    rate_row,
)
from dashboard.theme import Rag
from loaders.pipeline import extract_pack

DATA = Path(__file__).resolve().parents[1] / "data"
PACK = DATA / "intervals" / "westmarsh_hwb_2024-06-12.txt"
SCORECARD = DATA / "devset" / "fallowmere" / "fallowmere_hwb_2025-01-16.txt"


@pytest.fixture(scope="module")
def rows() -> pd.DataFrame:
    return extract_pack(PACK).frame


def rated(rows: pd.DataFrame, indicator: str) -> dict[str, str]:
    """Each district's verdict against the England value printed in the same table, by the loaders' columns."""
    table = rows[(rows["indicator"] == indicator) & rows["table"].notna()]
    values = table[table["role"] == "value"]
    (england,) = values.loc[values["area"] == "England", "value"]
    bounds = intervals(rows)
    districts = values[values["benchmark"] == "England"]
    return {str(r["area"]): rate_row(r, float(england), bounds).verdict for r in districts.to_dict("records")}


def test_interval_rule_on_life_expectancy(rows: pd.DataFrame) -> None:
    """England 78.9: Westmarsh 79.6 (79.2-80.0) is better by its interval though within 5% of England;
    Quarrendon and Tilbrook's intervals hold 78.9, so similar."""
    assert rated(rows, "life_expectancy") == {
        "Ormsby": "better",
        "Quarrendon": "similar",
        "Tilbrook": "similar",
        "Westmarsh": "better",
    }


def test_interval_rule_on_fuel_poverty_cells(rows: pd.DataFrame) -> None:
    """England 13.1, lower is better: Tilbrook 14.0 is over 5% above England, but its interval (12.2-15.8)
    holds 13.1, so similar; Quarrendon's whole interval (13.9-15.7) is above, so worse."""
    assert rated(rows, "fuel_poverty") == {
        "Ormsby": "better",
        "Quarrendon": "worse",
        "Tilbrook": "similar",
        "Westmarsh": "better",
    }
    assert compare(14.0, 13.1, "lower is better") == WORSE  # the tolerance rule alone would call it worse


@pytest.mark.parametrize(
    ("value", "lower", "upper", "bench", "polarity", "expected"),
    [
        (80.0, 79.5, 80.5, 79.4, "higher is better", BETTER),
        (79.4, 78.8, 80.0, 79.4, "higher is better", SIMILAR),
        (78.0, 77.0, 79.0, 79.4, "higher is better", WORSE),
        (10.0, 9.0, 11.0, 12.0, "lower is better", BETTER),
        (12.0, 11.5, 12.1, 12.1, "lower is better", SIMILAR),  # a limit on the benchmark is similar
        (12.0, 12.5, 11.5, 12.0, "lower is better", SIMILAR),  # limits printed in either order
    ],
)
def test_the_whole_interval_must_clear_the_benchmark(value, lower, upper, bench, polarity, expected) -> None:
    assert compare(value, bench, polarity, lower=lower, upper=upper) == expected


def test_one_limit_alone_falls_back_to_the_tolerance_rule() -> None:
    assert compare(79.6, 78.9, "higher is better", lower=79.2) == SIMILAR
    assert compare(79.6, 78.9, "higher is better", lower=79.2, upper=80.0) == BETTER


def test_a_printed_rating_always_wins() -> None:
    """Whatever the numbers say, the pack's own Red is shown as worse in Red, marked as the pack's."""
    mine = rate("Red", 90.0, 50.0, "higher is better")
    assert (mine.verdict, mine.rag, mine.printed) == ("worse", Rag.RED, True)
    assert rate("Green", 1.0, 50.0, "higher is better", lower=0.5, upper=1.5).rag is Rag.GREEN
    assert rate(None, 90.0, 50.0, "higher is better") == BETTER
    assert not rate(None, 90.0, 50.0, "higher is better").printed
    assert printed("not a rating") is None
    assert printed("amber/green") is not None


def test_a_scorecard_rating_wins_over_the_computed_one() -> None:
    """Fallowmere's Year 6 obesity: 21.9 against England's 22.1 is within 5% (similar), but the pack rates it
    Green, and that is what is shown."""
    frame = extract_pack(SCORECARD).frame
    card = frame[frame["table"].fillna("").str.contains("scorecard", case=False) & (frame["role"] == "value")]
    obesity = card[card["indicator"] == "obesity_year6"]
    home = obesity[obesity["rag"].notna()].iloc[0]
    (england,) = obesity.loc[obesity["area"] == "England", "value"]
    assert compare(home["value"], england, home["polarity"]) == SIMILAR
    shown = rate_row(home.to_dict(), float(england), intervals(frame))
    assert (shown.verdict, shown.rag, shown.printed) == ("better", Rag.GREEN, True)


def test_the_districts_page_rates_by_interval(rows: pd.DataFrame) -> None:
    """The districts page's ratings (tables.rated_districts over district_values) use the printed intervals, so
    the page says what the test above says rather than the tolerance rule's verdicts."""
    from dashboard import tables

    wider = rows[rows["dataset"] == rows.loc[rows["indicator"] == "life_expectancy", "dataset"].iloc[0]]
    measure = wider.loc[(wider["indicator"] == "life_expectancy") & (wider["area"] == "Westmarsh"), "measure"].iloc[0]
    values = tables.district_values(wider, measure)
    verdicts = {r.area: r.comparison.verdict for r in tables.rated_districts(values, "England").itertuples()}
    assert verdicts.get("Westmarsh") == "better"  # within 5% of England: the tolerance rule would say similar
    assert verdicts.get("Quarrendon") == "similar"
