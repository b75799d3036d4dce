"""Tests of data/gazetteer.csv and how loaders/areas.py reads it: England's councils, counties and regions by ONS
code, council forms, gazetteer names in text only with their capitals, NHS bodies by their form."""

from __future__ import annotations

import csv
import re

import pytest

from loaders import areas


def _rows() -> list[dict[str, str]]:
    with areas.GAZETTEER_FILE.open(encoding="utf-8", newline="") as fh:
        return list(csv.DictReader(fh))


def test_the_gazetteer_file_is_england_by_kind() -> None:
    rows = _rows()
    assert list(rows[0]) == ["name", "code", "kind", "parent_code", "start", "end", "aliases"]
    prefixes = {
        "district": "E07",
        "unitary": "E06",
        "metropolitan borough": "E08",
        "london borough": "E09",
        "county": "E10",
        "region": "E12",
        "country": "E92",
    }
    assert all(r["code"][:3] == prefixes[r["kind"]] for r in rows)
    assert all(re.fullmatch(r"E\d{8}", r["code"]) for r in rows)
    assert len({r["code"] for r in rows}) == len(rows)
    counts = {kind: sum(r["kind"] == kind for r in rows) for kind in prefixes}
    # 2021: 181 districts, 59 unitaries (+ 4 from April 2023), 36 metropolitan and 33 London boroughs, 24 counties.
    assert counts == {
        "district": 181,
        "unitary": 63,
        "metropolitan borough": 36,
        "london borough": 33,
        "county": 24,
        "region": 9,
        "country": 1,
    }
    counties = {r["code"] for r in rows if r["kind"] == "county"}
    assert all(r["parent_code"] in counties for r in rows if r["kind"] == "district")


@pytest.mark.parametrize(
    ("printed", "name", "code", "kind"),
    [
        ("Newark and Sherwood", "Newark and Sherwood", "E07000175", "district"),
        ("Newark & Sherwood", "Newark and Sherwood", "E07000175", "district"),
        ("Stockton-on-Tees", "Stockton-on-Tees", "E06000004", "unitary"),
        ("Stockton on Tees", "Stockton-on-Tees", "E06000004", "unitary"),
        ("Kingston upon Hull", "Kingston upon Hull", "E06000010", "unitary"),
        ("Kingston upon Hull, City of", "Kingston upon Hull", "E06000010", "unitary"),
        ("Hull", "Kingston upon Hull", "E06000010", "unitary"),
        ("Bristol, City of", "Bristol", "E06000023", "unitary"),
        ("Herefordshire, County of", "Herefordshire", "E06000019", "unitary"),
        ("Cornwall", "Cornwall", "E06000052", "unitary"),
        ("Manchester", "Manchester", "E08000003", "metropolitan borough"),
        ("Tower Hamlets", "Tower Hamlets", "E09000030", "london borough"),
        ("Kent", "Kent", "E10000016", "county"),
        ("NE Lincolnshire", "North East Lincolnshire", "E06000012", "unitary"),
        ("N.E. Lincolnshire", "North East Lincolnshire", "E06000012", "unitary"),
        ("St. Albans", "St Albans", "E07000240", "district"),
        ("East Midlands", "East Midlands", "E12000004", "region"),
        ("Yorkshire & The Humber", "Yorkshire and the Humber", "E12000003", "region"),
        ("East of England", "East of England", "E12000006", "region"),
        ("South West", "South West", "E12000009", "region"),
        ("England", "England", "E92000001", "country"),
    ],
)
def test_english_places_resolve_to_their_ons_code(printed: str, name: str, code: str, kind: str) -> None:
    area = areas.lookup(printed)
    assert area is not None
    assert (area.name, area.code, area.kind) == (name, code, kind)
    assert areas.canonical(printed) == (name, code)


def test_a_district_names_its_county() -> None:
    area = areas.lookup("Bassetlaw")
    assert area is not None
    assert (area.code, area.parent_code) == ("E07000171", "E10000024")  # Nottinghamshire


def test_the_april_2023_unitaries_and_what_they_replaced() -> None:
    north_yorkshire = areas.lookup("North Yorkshire")
    assert north_yorkshire is not None
    assert (north_yorkshire.code, north_yorkshire.kind) == ("E06000065", "unitary")
    assert (north_yorkshire.start, north_yorkshire.end) == ("2023-04-01", None)

    harrogate = areas.lookup("Harrogate")
    assert harrogate is not None
    assert (harrogate.code, harrogate.kind, harrogate.end) == ("E07000165", "district", "2023-03-31")
    assert harrogate.parent_code == "E10000023"

    for name, code in [
        ("Cumberland", "E06000063"),
        ("Westmorland and Furness", "E06000064"),
        ("Somerset", "E06000066"),
    ]:
        area = areas.lookup(name)
        assert area is not None
        assert (area.code, area.start) == (code, "2023-04-01")
    for ended in ("Allerdale", "Eden", "Mendip", "Cumbria", "Selby"):
        area = areas.lookup(ended)
        assert area is not None
        assert area.end == "2023-03-31", ended


def test_one_name_for_an_ended_county_and_its_successor() -> None:
    before = areas.lookup("North Yorkshire", on="2022-10-01")
    assert before is not None
    assert (before.code, before.kind, before.end) == ("E10000023", "county", "2023-03-31")
    after = areas.lookup("North Yorkshire", on="2023-04-01")
    assert after is not None
    assert after.code == "E06000065"
    county_council = areas.lookup("Somerset County Council")
    assert county_council is not None
    assert county_council.code == "E10000027"
    council = areas.lookup("Somerset Council")
    assert council is not None
    assert council.code == "E06000066"


@pytest.mark.parametrize(
    ("printed", "code"),
    [
        ("Bassetlaw District Council", "E07000171"),
        ("Bassetlaw Council", "E07000171"),
        ("Borough of Bassetlaw", "E07000171"),
        ("Gedling Borough Council", "E07000173"),
        ("Nottingham City Council", "E06000018"),
        ("Nottinghamshire County Council", "E10000024"),
        ("Cornwall Council", "E06000052"),
        ("City of York Council", "E06000014"),
        ("City of Bradford Metropolitan District Council", "E08000032"),
        ("Barnsley Metropolitan Borough Council", "E08000016"),
        ("Royal Borough of Greenwich", "E09000011"),
        ("London Borough of Camden", "E09000007"),
        ("Council of the Isles of Scilly", "E06000053"),
        ("Durham County Council", "E06000047"),
        ("Hull City Council", "E06000010"),
        ("City of London", "E09000001"),  # the name itself, not "London"
        ("City of London Corporation", "E09000001"),
    ],
)
def test_council_forms_stand_for_their_area(printed: str, code: str) -> None:
    area = areas.lookup(printed)
    assert area is not None
    assert area.code == code


def test_the_home_table_keeps_its_names_and_codes() -> None:
    for printed, name, code in [
        ("Blaby", "Blaby", "E07000129"),
        ("North West Leicestershire", "North West Leicestershire", "E07000134"),
        ("Leicestershire", "Leicestershire", "E10000018"),
        ("Leicester", "Leicester", "E06000016"),
        ("Rutland", "Rutland", "E06000017"),
        ("Leicester City", "Leicester City CCG", "org:ccg-leicester-city"),
        ("ELR", "East Leicestershire and Rutland CCG", "org:ccg-elr"),
        ("National", "England", "E92000001"),
    ]:
        assert areas.canonical(printed) == (name, code), printed
    blaby = areas.lookup("Blaby District Council")
    assert blaby is not None
    assert (blaby.kind, blaby.parent_code) == ("district", "E10000018")  # the gazetteer adds its county
    ccg = areas.lookup("WL CCG")
    assert ccg is not None
    assert (ccg.kind, ccg.end) == ("ccg", "2022-07-01")


def _found(text: str) -> list[tuple[str, str, str]]:
    return [(text[position:][: len(area.name)], area.name, area.code) for position, area in areas.find_areas(text)]


def test_gazetteer_names_in_text_only_with_their_capitals() -> None:
    assert areas.find_areas("reading the report, we found") == []
    text = "in Reading and Slough"
    assert [(p, a.code) for p, a in areas.find_areas(text)] == [
        (text.index("Reading"), "E06000038"),
        (text.index("Slough"), "E06000039"),
    ]
    assert areas.find_areas("the hart of the matter; a bury; the eden project") == []
    # data/areas.csv names keep matching in any case
    assert [a.code for _p, a in areas.find_areas("BLABY and oadby & wigston")] == ["E07000129", "E07000135"]


def test_text_matching_takes_the_longest_name_and_other_spellings() -> None:
    text = "North East Lincolnshire, N.E. Lincolnshire, the North East, Kingston upon Hull and Stockton on Tees"
    assert [(p, a.code) for p, a in areas.find_areas(text)] == [
        (0, "E06000012"),
        (text.index("N.E."), "E06000012"),
        (text.index("North East,"), "E12000001"),
        (text.index("Kingston"), "E06000010"),
        (text.index("Stockton"), "E06000004"),
    ]
    text = "Wyre Forest and Wyre; NW Leicestershire and the North West"
    assert [a.code for _p, a in areas.find_areas(text)] == ["E07000239", "E07000128", "E07000134", "E12000002"]


@pytest.mark.parametrize(
    ("label", "kind"),
    [
        ("Nottingham and Nottinghamshire ICB", "icb"),
        ("NHS Derby and Derbyshire Integrated Care Board", "icb"),
        ("NHS Bassetlaw CCG", "ccg"),
        ("Mansfield and Ashfield Clinical Commissioning Group", "ccg"),
        ("Sherwood Forest Hospitals NHS Foundation Trust", "trust"),
        ("The Rotherham NHS Foundation Trust", "trust"),
        ("Guy's and St Thomas' NHS Foundation Trust", "trust"),
        ("Tees, Esk and Wear Valleys NHS Foundation Trust", "trust"),
        ("United Lincolnshire Hospitals NHS Trust", "trust"),
    ],
)
def test_nhs_bodies_by_their_form(label: str, kind: str) -> None:
    assert areas.nhs_body(f"  {label} ") == label
    assert areas.is_place(label)
    assert areas.lookup(label) is None
    one_spelling = {  # an ICB or CCG reads "X ICB", "X CCG" however it is printed; a trust as printed
        "NHS Derby and Derbyshire Integrated Care Board": "Derby and Derbyshire ICB",
        "NHS Bassetlaw CCG": "Bassetlaw CCG",
        "Mansfield and Ashfield Clinical Commissioning Group": "Mansfield and Ashfield CCG",
    }
    assert areas.canonical(label) == (one_spelling.get(label, label), None)  # no code unless data/areas.csv gives one
    [(position, area)] = areas.find_areas(f"Figures from {label} show")
    in_text = label.removeprefix("The ")  # in running text "The" may open the sentence, not the name
    assert (position, area.name, area.code, area.kind) == (
        len(f"Figures from {label}") - len(in_text),
        in_text,
        "",
        kind,
    )
    assert area.end == ("2022-07-01" if kind == "ccg" else None)


@pytest.mark.parametrize(
    "label",
    ["CCG", "the CCG", "Total CCG", "NHS Trust", "the rate in the CCG", "Nottingham ICBs", "Blaby", "2019/20"],
)
def test_what_is_not_an_nhs_body(label: str) -> None:
    assert areas.nhs_body(label) is None


def test_nhs_bodies_in_running_text() -> None:
    text = "In Nottingham and Nottinghamshire ICB, as in Blaby and West Leicestershire CCG. The CCG agreed."
    found = [(p, a.name, a.code) for p, a in areas.find_areas(text)]
    assert found == [
        (text.index("Nottingham"), "Nottingham and Nottinghamshire ICB", ""),
        (text.index("Blaby"), "Blaby", "E07000129"),
        (text.index("West"), "West Leicestershire CCG", "org:ccg-wl"),  # data/areas.csv knows it: its code
    ]
    text = "Leicester City CCG and East Leicestershire and Rutland CCG"
    assert [a.code for _p, a in areas.find_areas(text)] == ["org:ccg-leicester-city", "org:ccg-elr"]


def test_is_place() -> None:
    assert areas.is_place("Gedling")
    assert areas.is_place("Gedling Borough Council")
    assert areas.is_place("Blaby")
    assert areas.is_place("Bassetlaw CCG")
    assert not areas.is_place("Total")
    assert not areas.is_place("Perth and Kinross")
    assert not areas.is_place("")
    assert not areas.is_place(None)


def test_codes_fit_the_tidy_schema() -> None:
    """area_code is an ONS code, an org: identifier, or null: canonical never gives ""."""
    rule = re.compile(r"^(E\d{8}|org:[a-z0-9-]+)$")
    labels = [r["name"] for r in _rows()] + ["Blaby", "LLR", "UHL", "Bassetlaw CCG", "Nottingham ICB", "Atlantis"]
    for label in labels:
        _name, code = areas.canonical(label)
        assert code is None or rule.match(code), (label, code)
