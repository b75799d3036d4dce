"""Tests of loaders/datasets/grid_tables.py: a table cell's measure from its row label and column header."""

from __future__ import annotations

import pytest

from loaders.datasets.grid_tables import strip_period


@pytest.mark.parametrize(
    ("header", "label"),
    [
        ("2019-21 Male", "Male"),
        ("2023/24 £k", ""),
        ("Forecast outturn (£m) 2024/25", "Forecast outturn"),
        ("Spent to Q3 £000", "Spent to Q3"),  # the words lead into the period: it stays
        ("Position at March 2024", "Position at March 2024"),
    ],
)
def test_a_header_loses_its_period_unless_its_words_lead_into_it(header: str, label: str) -> None:
    assert strip_period(header) == label
