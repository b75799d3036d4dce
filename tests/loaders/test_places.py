"""Tests of loaders/places.py: the home council from a pack's cover, which table rows are places, and the
places a pack names that no gazetteer knows."""

from __future__ import annotations

import pytest

from loaders import places
from loaders.grids import find_grids

COVER = ("", "FALLOWMERE COUNTY COUNCIL", "", "Health and Wellbeing Board", "Thursday 16 January 2025")
PLACE_TABLE = (
    "Table 1: Fuel poverty by district",
    "",
    "District            2021     2022",
    "Quellby             12.1     13.0",
    "Hurlbridge          10.4     11.2",
    "West Fallowmere      9.8     10.1",
    "Fallowmere          10.9     11.4",
    "England             13.1     13.4",
    "",
)


def test_home_council_is_read_from_the_cover() -> None:
    assert places.home_council(COVER) == "Fallowmere"


@pytest.mark.parametrize(
    ("line", "council"),
    [
        ("Report to Dunsham County Council", "Dunsham"),
        ("A briefing for Isle of Tarr Council", "Isle of Tarr"),
        ("Presented by the ICB to Kingston upon Orley City Council", "Kingston upon Orley"),
    ],
)
def test_an_nhs_body_s_cover_names_the_council_its_papers_go_to(line: str, council: str) -> None:
    """ "Report to X County Council" on an ICB's deck: the council is X, not "Report to X"."""
    assert places.home_council(("Orley and Peel Integrated Care Board", "", line)) == council


def test_a_table_row_naming_a_council_is_no_cover() -> None:
    """ "Extra council contribution  1,100  1,200" is a line of money; the committee's name names the council."""
    cover = (
        "=====================================",
        "Brackwell Moor Health and Wellbeing Board",
        "=====================================",
        "",
        "Funding stream                 2024/25  2025/26",
        "Extra council contribution       1,100    1,200",
        "Total pooled budget              9,100    9,400",
    )
    assert places.home_council(cover) == "Brackwell Moor"
    assert places.home_council(cover[4:]) is None


def test_a_committee_names_its_council_only_when_no_council_line_does() -> None:
    assert places.home_council(("LOWER ASHTON HEALTH OVERVIEW AND SCRUTINY COMMITTEE", "")) == "Lower Ashton"
    assert places.home_council(("Isle of Tarr Health Scrutiny Panel – 3 May 2025",)) == "Isle of Tarr"
    assert places.home_council(("Dunsham Borough Council", "Brackwell Health and Wellbeing Board")) == "Dunsham"
    # a joint committee serves several councils; a heading's words are no council's name
    assert places.home_council(("DUNSHAM, ORLEY AND PEEL JOINT HEALTH OVERVIEW AND SCRUTINY COMMITTEE",)) is None
    assert places.home_council(("MINUTES OF THE HEALTH AND WELLBEING BOARD",)) is None
    assert places.home_council(("The Health and Wellbeing Board met on 3 May.",)) is None


def test_pack_places_are_the_home_council_and_the_rows_of_place_tables() -> None:
    lines = COVER + ("",) + PLACE_TABLE
    found = places.pack_places(places.home_area(lines), find_grids(lines, frozenset()))
    assert found[0] == "Fallowmere"
    assert {"Quellby", "Hurlbridge", "West Fallowmere"} <= set(found)
    assert "England" not in found  # the gazetteer knows it already


def test_local_places_prefer_the_longest_name_and_any_spelling_of_and() -> None:
    local = places.local_places(["Fallowmere", "West Fallowmere", "Tarnholme & Elderby"])
    assert local is not None
    assert [name for _s, _e, name in local.find("rates in West Fallowmere fell")] == ["West Fallowmere"]
    assert [name for _s, _e, name in local.find("Tarnholme  and Elderby")] == ["Tarnholme & Elderby"]
    assert local.find("Fallowmereshire") == []
    assert places.local_places([]) is None


def test_a_table_whose_corner_says_neighbourhood_has_places_for_rows() -> None:
    assert places.place_rows(["Brookholt", "Wrenmoor"], "Neighbourhood", None)
    assert not places.place_rows(["Brookholt", "Wrenmoor"], "", None)


def test_the_text_s_names_for_the_home_area_and_the_board_s_own_icb_are_places() -> None:
    local = places.local_places(["Quellby"], home="Brenshire", body="NHS Brenshire and Tove ICB")
    assert local is not None
    assert [name for _s, _e, name in local.find("Across the borough there are 1,980 patients")] == ["Brenshire"]
    assert [name for _s, _e, name in local.find("against 12.0% for the County")] == ["Brenshire"]
    assert [name for _s, _e, name in local.find("The ICB has recruited 12 GPs")] == ["NHS Brenshire and Tove ICB"]
    assert local.find("the county of Rutland") == []  # another county
    assert local.find("Quellby has the highest rate in the county at 9.0%")[1:] == []  # a rank's scope, no place
    assert places.local_places([], home="Brenshire").find("The ICB has 3") == []  # no board's papers: no ICB


def test_a_ward_or_neighbourhood_the_text_names_is_a_place_of_its_own() -> None:
    local = places.local_places(["Quellby"], home="Brenshire")
    assert local is not None
    assert [name for _s, _e, name in local.find("men in Quellby Marsh ward live longer")] == ["Quellby Marsh"]
    assert [name for _s, _e, name in local.find("Brenshire's Holt Green neighbourhood has 0.41")] == ["Holt Green"]
    assert [name for _s, _e, name in local.find("In Quellby ward the rate")] == ["Quellby"]
    assert local.find("Between individual wards the gap is wider") == []


def test_a_trust_the_tables_name_is_found_by_its_short_name() -> None:
    local = places.local_places([], bodies=["Tove Valley Hospitals NHS Foundation Trust"])
    assert local is not None
    found = local.find("Tove Valley Hospitals' deficit of £3.1m")
    assert [name for _s, _e, name in found] == ["Tove Valley Hospitals NHS Foundation Trust"]


def test_a_contact_line_with_a_telephone_number_still_names_the_council() -> None:
    assert places.home_council(("Health Scrutiny Committee", "Civic Offices, Orley Council, 01632 960 210")) == "Orley"


def test_an_nhs_body_s_papers_sent_to_a_council_belong_to_the_body() -> None:
    """An ICB's briefing "Report to X County Council": its unplaced figures are the ICB's; a council's own report
    stays the council's."""
    sent = ("Orley and Peel Integrated Care Board", "", "Report to Dunsham County Council", "Scrutiny Committee")
    assert places.home_area(sent) == "Orley and Peel Integrated Care Board"
    written = ("Dunsham County Council", "Report to the Health Scrutiny Committee", "Orley and Peel ICB attends")
    assert places.home_area(written) == "Dunsham"


def test_a_council_s_name_wrapped_onto_the_next_line_is_read_from_the_cover() -> None:
    """html2text wraps a logo's text: "[![Dunsham County" / "Council](/logo.svg)]"; a Markdown table's row
    ("Additional council contribution | 1,850") is a line of money, no council."""
    cover = (
        "[![Dunsham County",
        "Council](/themes/logo.svg)](https://www.dunsham.gov.uk/)",
        "",
        "Funding stream | 2024/25 | 2025/26",
        "---|---|---",
        "Additional council contribution | 1,850 | 2,100",
    )
    assert places.home_council(cover) == "Dunsham"
    assert places.home_council(cover[3:]) is None
