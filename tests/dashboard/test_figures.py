"""Tests of dashboard/figures.py: figures draw the data they are given, with values as text and RAG colours from the
palette."""

from __future__ import annotations

import pandas as pd
import pytest
from dash_sample import CYCLING

from dashboard import figures, tables
from dashboard.compare import compare
from dashboard.theme import Rag


def values(frame):
    return tables.district_values(frame[frame["dataset"] == "wider_determinants"], CYCLING)


@pytest.mark.parametrize("fixture", ["small", "altered"])
def test_bars_show_the_districts_values(fixture, request):
    vals = values(request.getfixturevalue(fixture))
    fig = figures.district_bars(vals, CYCLING, "England")
    bar = fig.data[0]
    districts = tables.districts_in(vals)
    assert list(bar.y) == districts["area"].tolist()
    assert list(bar.x) == districts["value"].tolist()
    england = float(vals.loc[vals["area"] == "England", "value"].iloc[0])
    expected = [compare(v, england, "higher is better").rag.fill for v in districts["value"]]
    assert list(bar.marker.color) == expected
    assert all(("better" in t) or ("worse" in t) or ("similar" in t) for t in bar.text)


def test_benchmark_lines_are_drawn_and_labelled(small):
    fig = figures.district_bars(values(small), CYCLING, "Leicestershire")
    lines = {s.x0 for s in fig.layout.shapes}
    assert lines == {2.4, 2.3}
    labels = [a.text for a in fig.layout.annotations]
    assert "Leicestershire 2.4%" in labels
    assert "England 2.3%" in labels


def test_presentation_mode_uses_larger_type(small):
    normal = figures.district_bars(values(small), CYCLING, "England")
    present = figures.district_bars(values(small), CYCLING, "England", present=True)
    assert present.layout.template.layout.font.size > normal.layout.template.layout.font.size


def test_tile_map_has_every_district_labelled(altered):
    fig = figures.tile_map(values(altered), CYCLING, "England")
    texts = " ".join(a.text for a in fig.layout.annotations)
    assert "6.1%" in texts
    assert "0.5%" in texts
    assert len(fig.layout.shapes) == 7
    fills = {s.fillcolor for s in fig.layout.shapes}
    assert Rag.RED.fill in fills
    assert Rag.GREEN.fill in fills


def test_empty_when_no_districts(small):
    fig = figures.district_bars(values(small).iloc[0:0], CYCLING, "England")
    assert "No district figures" in fig.layout.annotations[0].text


def _life(rows: list[tuple[str, str, float]]) -> pd.DataFrame:
    return pd.DataFrame([{"area": a, "sex": s, "value": v, "unit": "years", "value_text": f"{v}"} for a, s, v in rows])


def test_life_expectancy_of_many_places_gives_each_place_a_line() -> None:
    """Eight labelled dots on one line print over each other: each place gets its own line, England last."""
    le = _life(
        [
            (area, sex, value + (4 if sex == "females" else 0))
            for area, value in [("England", 79.1), ("Westbury", 78.2), ("Eastfield", 80.4), ("Northshire", 79.0)]
            for sex in ("females", "males")
        ]
    )
    fig = figures.life_expectancy_dumbbell(le, present=False)
    assert list(fig.layout.yaxis.categoryarray) == ["Westbury", "Eastfield", "Northshire", "England"]
    dots = [t for t in fig.data if t.mode == "markers+text"]
    assert [t.name for t in dots] == ["Females", "Males"]
    assert set(dots[0].textposition) == {"middle right"}  # the larger value's label outside, to the right
    assert set(dots[1].textposition) == {"middle left"}


def test_life_expectancy_of_widely_spread_places_leaves_room_for_the_outermost_labels() -> None:
    """The lowest male and highest female value each print their label outside their dot: at the narrowest plot
    the labels take, the axis must reach that far beyond the data on both sides."""
    le = _life(
        [(a, "males", m) for a, m in [("Coldbeck", 73.9), ("Ashby Fold", 82.1), ("England", 79.3)]]
        + [(a, "females", f) for a, f in [("Coldbeck", 79.1), ("Ashby Fold", 85.3), ("England", 83.2)]]
    )
    fig = figures.life_expectancy_dumbbell(le, present=False)
    low, high = fig.layout.xaxis.range
    span = high - low
    label = len("73.9 years") * figures.LABEL_CHARACTER_PX / figures.NARROWEST_PLOT_PX * span
    assert 73.9 - low >= label
    assert high - 85.3 >= label
    close = _life([(a, s, v) for a, v in [("Ashby Fold", 80.1), ("Coldbeck", 80.6)] for s in ("males", "females")])
    low, high = figures.life_expectancy_dumbbell(close, present=False).layout.xaxis.range
    assert (low, high) == (80.1 - 2.5, 80.6 + 2.5)  # bunched data keeps the usual margin


def test_life_expectancy_of_the_council_and_england_stays_two_dots_a_sex() -> None:
    le = _life([(a, s, v) for a, v in [("England", 79.1), ("Northshire", 80.0)] for s in ("females", "males")])
    fig = figures.life_expectancy_dumbbell(le, present=False)
    assert {t.name for t in fig.data if t.mode == "markers+text"} == {"Northshire", "England"}


def test_ratings_of_a_pack_with_no_meeting_date_are_counted_last_not_dropped() -> None:
    rows = pd.DataFrame(
        {
            "meeting_date": ["2026-06-04", None, "2026-06-04", "2025-11-20"],
            "rag": ["Red", "Amber", "Green", "Red"],
        }
    )
    _fig, counts = figures.rag_counts(rows, present=False)
    assert counts["Meeting"].tolist() == ["20 November 2025", "4 June 2026", "date not stated"]
    assert int(counts.drop(columns="Meeting").to_numpy().sum()) == 4
