"""Tests of dashboard/tables.py: the table builders on the small frame."""

from __future__ import annotations

import pandas as pd
from dash_sample import CYCLING, DISTRICTS, FUEL, FURLOUGH

from dashboard import tables


def wider(frame):
    return frame[frame["dataset"] == "wider_determinants"]


def test_indicators_in_printed_order(small):
    assert tables.indicators(wider(small)) == [CYCLING, FUEL, FURLOUGH]


def test_district_values_and_table(small):
    values = tables.district_values(wider(small), CYCLING)
    # The districts (A to Z) and then the county and England, all read off the rows and the gazetteer.
    assert values["area"].tolist() == [name for name, _code in DISTRICTS]
    assert values["place"].tolist() == ["district"] * 7 + ["benchmark"] * 2
    shown = tables.indicator_table(values, "England").set_index("Area")
    assert shown.loc["Blaby", "Value"] == "2.5%"
    assert shown.loc["Charnwood", "Compared with England"].endswith("better")
    assert shown.loc["Melton", "Compared with England"].endswith("worse")
    assert shown.loc["England", "Compared with England"] == "benchmark"


def test_matrix_uses_benchmark_and_polarity(small):
    england = tables.rag_matrix(wider(small), "England")
    leics = tables.rag_matrix(wider(small), "Leicestershire")
    assert england[FUEL]["Melton"][1].verdict == "worse"
    assert england[FUEL]["Blaby"][1].verdict == "better"
    assert leics[FUEL]["Harborough"][1].verdict == "better"  # 8.9 vs 9.4, lower is better
    assert england[FURLOUGH]["Blaby"][1].verdict == "not compared"


def test_headline_tile_has_latest_value_and_change(small):
    tile = tables.headline_tile(small, "qipp")
    assert (tile.value, tile.period) == ("£41.2m", "2019/20")
    assert tile.change == "up £11.2m from 2018/19"
    assert tables.headline_tile(small, "bcf").count == 0


def test_a_tile_shows_the_council_s_own_figure_before_england_s() -> None:
    """Life expectancy printed for the council and England, same period: the council's dashboard leads with its
    own though England's is printed first; for another home council, England's is shown."""
    rows = pd.DataFrame(
        [
            {"area": "England", "source_line": 10, "value": 79.3},
            {"area": "Northshire", "source_line": 11, "value": 78.4},
        ]
    ).assign(
        dataset="life_expectancy",
        period="2021-23",
        measure="Life expectancy at birth: Male",
        unit="years",
        rag=None,
        meeting_date=pd.Timestamp("2025-07-10"),
        pack_date=pd.Timestamp("2025-07-10"),
        source_file="p.txt",
    )
    assert tables.headline_tile(rows, "life_expectancy", home="Northshire").area == "Northshire"
    assert tables.headline_tile(rows, "life_expectancy", home="Northshire").value == "78.4 years"
    assert tables.headline_tile(rows, "life_expectancy", home="Westshire").area == "England"


def test_a_tile_shows_a_programme_s_total_before_its_first_scheme() -> None:
    rows = pd.DataFrame(
        [
            {"measure": "Prescribing: Target", "value": 4.2, "role": "part", "source_line": 20},
            {"measure": "Estates: Target", "value": 1.1, "role": "part", "source_line": 21},
            {"measure": "Total: Target", "value": 5.3, "role": "total", "source_line": 22},
        ]
    ).assign(
        dataset="qipp",
        area="Orsby ICB",
        period="2025/26",
        unit="GBP millions",
        rag=None,
        meeting_date=pd.Timestamp("2025-07-03"),
        pack_date=pd.Timestamp("2025-07-03"),
        source_file="p.txt",
    )
    tile = tables.headline_tile(rows, "qipp")
    assert (tile.measure, tile.value) == ("Total: Target", "£5.3m")


def test_red_rows_and_meetings(small):
    assert tables.red_rows(small)["measure"].tolist() == ["Delayed transfers of care"]
    meets = tables.meetings(small)
    assert len(meets) == 5
    assert meets["meeting_date"].is_monotonic_increasing


def test_search_needs_every_word(small):
    assert len(tables.search(small, "cycling blaby")) == 1
    assert len(tables.search(small, "cycling")) == 9
    assert len(tables.search(small, "emergency quarter")) == 1
    assert tables.search(small, "nothing-like-this").empty


def test_search_words_are_literal_and_repeats_count_once(small):
    assert tables.search(small, "(cycling").empty  # a bracket is a character to find, not a pattern
    assert len(tables.search(small, "CYCLING cycling Blaby blaby")) == 1


def test_a_huge_search_is_cut_to_the_query_limits(small):
    """A 40 KB search (a hostile or pasted one) is cut to its first words: the work per search is bounded."""
    huge = "cycling blaby " + " ".join(f"w{i}" for i in range(8000))
    words = tables.query_words(huge)
    assert len(words) == tables.MAX_QUERY_WORDS
    assert words[:2] == ["cycling", "blaby"]
    assert tables.query_words("a " * tables.MAX_QUERY_CHARS + "late") == ["a"]
    assert tables.search(small, huge).empty  # its first twelve words, all required, match no row
    assert len(tables.search(small, "cycling blaby " + "blaby " * 5000)) == 1


def test_packs_summary(small):
    packs = tables.packs(small).set_index("Pack")
    assert packs.loc["003_test.txt", "Numbers"] == "32"
    assert packs.loc["001_test.txt", "Warnings"] == 1
    assert packs.loc["003_test.txt", "Pack for"] == "8 July 2021"
