"""Tests of dashboard/summaries.py: summary sentences come from the data; the altered frame must change them."""

from __future__ import annotations

import pytest
from dash_sample import CYCLING, FUEL, FURLOUGH

from dashboard import summaries, tables


def values(frame, measure):
    return tables.district_values(frame[frame["dataset"] == "wider_determinants"], measure)


def test_district_summary_names_highest_lowest_and_counts(small):
    text = summaries.district_summary(values(small, CYCLING), CYCLING, "England")
    assert "Charnwood has the highest figure (4.0%)" in text
    assert "Melton the lowest (1.0%)" in text
    assert "England (2.3%)" in text
    rated = tables.rated_districts(values(small, CYCLING), "England")
    better = sum(c.verdict == "better" for c in rated["comparison"])
    assert f"against England (2.3%), {better} districts are better" in text  # a sentence, not a tally


def test_district_summary_follows_altered_values(altered):
    text = summaries.district_summary(values(altered, CYCLING), CYCLING, "England")
    assert "Melton has the highest figure (6.1%)" in text
    assert "Blaby the lowest (0.5%)" in text


@pytest.mark.parametrize("fixture", ["small", "altered"])
def test_counts_match_the_matrix(fixture, request):
    frame = request.getfixturevalue(fixture)
    vals = values(frame, FUEL)
    rated = tables.rated_districts(vals, "England")
    worse = sum(c.verdict == "worse" for c in rated["comparison"])
    text = summaries.district_summary(vals, FUEL, "England")
    assert f"{worse} worse" in text


def test_no_judgement_is_said(small):
    text = summaries.district_summary(values(small, FURLOUGH), FURLOUGH, "England")
    assert "not rated better or worse" in text
    districts = len(tables.rated_districts(values(small, FURLOUGH), "England"))
    assert f"Map of the {districts} districts for" in summaries.tile_map_summary(
        values(small, FURLOUGH), FURLOUGH, "England"
    )  # counted, not a fixed number of districts


def test_tile_map_summary_lists_worse_districts(small, altered):
    text = summaries.tile_map_summary(values(small, CYCLING), CYCLING, "England")
    worse = "Harborough, Hinckley and Bosworth, Melton, North West Leicestershire and Oadby and Wigston"
    assert f"worse than England in {worse}; better in Blaby and Charnwood" in text
    assert "Blaby" in summaries.tile_map_summary(values(altered, CYCLING), CYCLING, "England").split("better")[0]


def test_red_summary(small):
    assert summaries.red_summary(tables.red_rows(small)) == "1 figure is rated Red (alone or combined), in 1 report."
