"""Tests of tests/loaders/goldmatch.py, the gold-matching rule itself, on hand-made rows (so the accuracy test can be
trusted)."""

from __future__ import annotations

import pandas as pd
from goldmatch import area_matches, matches, norm_area, value_matches

FACT = {
    "file": "p.txt",
    "line": 100,
    "area": "East Leicestershire",
    "value": -359559,
    "measure_keywords": ["reserve", "qipp"],
}


def frame(**overrides: object) -> pd.DataFrame:
    row = {
        "source_file": "p.txt",
        "source_line": 104,
        "value": -359559.0,
        "area": "East Leicestershire and Rutland CCG",
        "measure": "Reserve/QIPP",
        "table": None,
    }
    row.update(overrides)
    return pd.DataFrame([row])


def test_a_matching_row_matches() -> None:
    assert matches(FACT, frame())


def test_each_condition_can_fail() -> None:
    assert not matches(FACT, frame(source_file="other.txt"))
    assert not matches(FACT, frame(source_line=130))
    assert not matches(FACT, frame(value=-359.0))
    assert not matches(FACT, frame(area="West Leicestershire CCG"))
    assert not matches(FACT, frame(measure="Premises"))


def test_unit_scales_and_caption_keywords() -> None:
    assert value_matches(0.58, 0.58)
    assert value_matches(12.0, 0.12)
    assert value_matches(146685, 146685000)
    assert matches(FACT, frame(value=-359.559, measure="Budget line", table="Reserve/QIPP table"))


def test_area_aliases() -> None:
    assert norm_area("NW Leicestershire") == norm_area("North West Leicestershire")
    assert area_matches("UK", "England")
    assert area_matches("LLR Total", "Leicester, Leicestershire and Rutland")
    assert not area_matches("Leicestershire", "Leicester")
    assert area_matches("South Blaby & Lutterworth PCN", "South Blaby and Lutterworth")
