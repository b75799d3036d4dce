"""Tests of loaders/areas.py: printed names to one spelling and code, places the area table does not know."""

from __future__ import annotations

import pandas as pd
import pytest

from loaders import areas


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("Hinckley & Bosworth", "E07000132"),
        ("Hinckley and Bosworth", "E07000132"),
        ("HINCKLEY AND BOSWORTH", "E07000132"),
        ("Hinckley and Bosworth Borough Council", "E07000132"),
        ("NW Leicestershire", "E07000134"),
        ("N.W. Leicestershire", "E07000134"),
        ("North West Leicestershire", "E07000134"),
        ("North West Leicestershire District Council", "E07000134"),
        ("Oadby & Wigston", "E07000135"),
        ("Blaby District Council", "E07000129"),
        ("Charnwood Borough Council", "E07000130"),
        ("Leicestershire County Council", "E10000018"),
    ],
)
def test_area_spellings_map_to_one_code(printed: str, code: str) -> None:
    name, found = areas.canonical(printed)
    assert found == code
    assert name == areas.canonical(printed.replace("&", "and"))[0]


def test_unknown_areas_name_every_line() -> None:
    rows_ = [("p.txt", "Ashfield", None, 12), ("p.txt", "Ashfield", pd.NA, 30), ("p.txt", "Blaby", "E07000129", 3)]
    rows_ += [("p.txt", None, None, 4), ("p.txt", "Gedling", None, 31), ("p.txt", "Gedling", None, 32)]
    found = areas.unknown_areas(rows_)
    assert [str(u) for u in found] == ["p.txt:12 Ashfield (also line 30)", "p.txt:31 Gedling (also line 32)"]


@pytest.mark.parametrize(
    ("label", "place"),
    [
        ("Newark and Sherwood", True),
        ("King's Lynn and West Norfolk", True),
        ("Bournemouth, Christchurch and Poole", True),
        ("Stratford-on-Avon", True),
        ("Total", False),
        ("LLR Total", False),
        ("England average", False),
        ("Source: ONS", False),
        ("2019/20", False),
        ("the rate rose in the year to a level not seen since", False),
    ],
)
def test_what_may_be_a_place_the_area_table_does_not_know(label: str, place: bool) -> None:
    assert areas.looks_like_place(label) is place


@pytest.mark.parametrize(
    ("printed", "name", "code"),
    [
        ("Blaby", "Blaby", "E07000129"),
        ("H&B", "Hinckley and Bosworth", "E07000132"),
        ("North West Leics", "North West Leicestershire", "E07000134"),
        ("oadby and wigston", "Oadby and Wigston", "E07000135"),
        ("Leicestershire", "Leicestershire", "E10000018"),
        ("National", "England", "E92000001"),
        ("WL CCG", "West Leicestershire CCG", "org:ccg-wl"),
    ],
)
def test_lookup_gives_the_one_spelling_and_code(printed: str, name: str, code: str) -> None:
    area = areas.lookup(printed)
    assert area is not None
    assert (area.name, area.code) == (name, code)


# Not in England, so in neither data/areas.csv nor data/gazetteer.csv (tests/loaders/test_gazetteer.py has England's).
@pytest.mark.parametrize("printed", [None, "", "Atlantis", "Perth and Kinross", "Blaby Parish"])
def test_lookup_of_a_name_the_table_does_not_know_is_none(printed: str | None) -> None:
    assert areas.lookup(printed) is None


def test_unknown_names_pass_through_canonical_tidied_with_no_code() -> None:
    assert areas.canonical("  Perth   and Kinross ") == ("Perth and Kinross", None)
    assert areas.canonical("   ") == (None, None)
    assert areas.canonical(None) == (None, None)


def test_normalise_folds_case_ampersands_and_punctuation() -> None:
    assert areas.normalise("Oadby & Wigston") == areas.normalise("OADBY AND WIGSTON") == "oadby and wigston"
    assert areas.normalise("N.W. Leicestershire") == "n w leicestershire"
    assert areas.normalise("King\u2019s Lynn") == "king's lynn"


def test_find_areas_gives_each_known_name_with_its_position() -> None:
    text = "In Blaby and NW Leicestershire, compared with England"
    found = [(position, area.name) for position, area in areas.find_areas(text)]
    assert found == [
        (text.index("Blaby"), "Blaby"),
        (text.index("NW"), "North West Leicestershire"),
        (text.index("England"), "England"),
    ]


def test_short_aliases_count_only_in_capitals() -> None:
    text = "the wl figure and the WL figure"
    assert [(position, area.code) for position, area in areas.find_areas(text)] == [(text.index("WL"), "org:ccg-wl")]


def test_a_papers_reference_names_no_icb() -> None:
    assert areas.nhs_bodies_in("Board (public)   Paper ICB/25/043   Page 8 of 64") == []
    assert [a.name for _s, _e, a in areas.nhs_bodies_in("the Wendlebury ICB board, ICB/25/044")] == ["Wendlebury ICB"]


def test_an_icb_or_ccg_the_table_does_not_list_has_one_spelling() -> None:
    one = ("Wendlebury and Oxcombe ICB", None)
    assert areas.canonical("NHS Wendlebury and Oxcombe Integrated Care Board") == one
    assert areas.canonical("NHS Wendlebury and Oxcombe ICB") == one
    assert areas.canonical("Wendlebury and Oxcombe ICB") == one
    assert areas.canonical("NHS Oxcombe Clinical Commissioning Group") == ("Oxcombe CCG", None)
    assert areas.canonical("Oxcombe Teaching Hospitals NHS Foundation Trust")[0] == (
        "Oxcombe Teaching Hospitals NHS Foundation Trust"
    )


@pytest.mark.parametrize(
    ("printed", "expected"),
    [
        ("North East region", ("North East", "E12000001")),  # a table's label wrapped: "North East" / "region"
        ("Yorkshire and The Humber Region", ("Yorkshire and the Humber", "E12000003")),
        ("Leicestershire region", ("Leicestershire region", None)),  # a county is no region
        ("Brackwell region", ("Brackwell region", None)),  # unknown
    ],
)
def test_a_region_printed_with_the_word_region_is_the_region(printed: str, expected: tuple[str, str | None]) -> None:
    assert areas.canonical(printed) == expected
