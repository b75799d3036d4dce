"""Tests of loaders/places.py: the home council from a pack's cover, which table rows are places, and the
places a pack names that no gazetteer knows."""

from __future__ import annotations

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
