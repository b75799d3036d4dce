"""A word processor's text export prints each paragraph on one long line with no blank line between (LibreOffice's
"3.1<TAB>..." numbering): each line is its own paragraph, so a figure takes no topic, place or heading from the
paragraphs around it.  "The city" of a city council is its home area; a place's average ("the city average of
15.1%") is that place's figure; the number straight after a place's bracket is still the place's.  Invented pack."""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pytest

from loaders import places
from loaders.pipeline import extract_read
from loaders.reading import Pack

PARAGRAPHS = (  # each a line of its own, longer than any wrapped line
    "4.1\tFuel poverty is highest in Harlowe (19.6% of households; England 11.4%), 4.5 percentage points above "
    "the city average of 15.1%.",
    "4.2\tFine particulate matter averages 8.8 µg/m³ across the city, above England (7.1), and is highest in Quenby "
    "(9.9 µg/m³), beside the ring road.",
    "4.3\tWalking for travel is most common in Quenby at 24.3% of adults; the Harlowe sample was too small to "
    "publish a figure for the year.",
    "Better Care Fund 2026/27",
    "5.1\tThe pooled Better Care Fund for 2026/27 is £50.1m, £2.2m more than in 2025/26, and the plan sets out "
    "where each part of it is spent.",
)
PACK = (
    """\
Osterby City Council
Health and Wellbeing Board
Wednesday 4 March 2026
Fuel poverty by neighbourhood
| Neighbourhood | Households in fuel poverty (%) |
|---|---|
| Harlowe | 19.6 |
| Quenby | 12.0 |
| Osterby | 15.1 |

Wider determinants of health
"""
    + "\n".join(PARAGRAPHS)
    + "\n"
)


@pytest.fixture
def rows(make_pack: Callable[..., Pack]) -> pd.DataFrame:
    frame = extract_read(make_pack(PACK, name="osterby_hwb_2026-03-04.txt")).frame
    return frame[frame["table"].isna()]  # read from the text


def _at(rows: pd.DataFrame, line_start: str, value: float) -> pd.Series:
    line = next(i for i, text in enumerate(PACK.splitlines(), 1) if text.startswith(line_start))
    (row,) = [r for _, r in rows[rows["source_line"] == line].iterrows() if abs(float(r["value"]) - value) < 1e-9]
    return row


def test_each_line_is_a_paragraph_so_no_topic_comes_from_the_next(rows: pd.DataFrame) -> None:
    # one paragraph of all five lines would give the fuel poverty figures the Better Care Fund's words
    assert _at(rows, "4.1", 4.5)["dataset"] == "figures"
    assert _at(rows, "4.3", 24.3)["dataset"] == "figures"
    assert _at(rows, "5.1", 50.1)["dataset"] == "bcf"


def test_a_heading_between_one_line_paragraphs_ends_the_search_for_a_place(rows: pd.DataFrame) -> None:
    assert _at(rows, "5.1", 50.1)["area"] == "Osterby"  # not Harlowe, named two paragraphs up


def test_the_city_is_the_home_area_of_a_city_council(rows: pd.DataFrame) -> None:
    assert _at(rows, "4.2", 8.8)["area"] == "Osterby"
    assert _at(rows, "4.1", 15.1)["area"] == "Osterby"  # "the city average of 15.1%"


def test_the_number_after_a_places_bracket_is_the_places(rows: pd.DataFrame) -> None:
    assert _at(rows, "4.1", 19.6)["area"] == "Harlowe"
    assert _at(rows, "4.1", 4.5)["area"] == "Harlowe"  # "Harlowe (...; England 11.4%), 4.5 points above"
    assert _at(rows, "4.1", 11.4)["area"] == "England"


def test_only_a_city_councils_cover_makes_the_city_its_home() -> None:
    assert places.home_is_city(("Osterby City Council", "Health and Wellbeing Board"), "Osterby")
    assert places.home_is_city(("City of Osterby Council",), "Osterby")
    assert not places.home_is_city(("Osterby County Council", "the city of Harlowe"), "Osterby")
    assert not places.home_is_city(("Osterby City Council",), None)
