"""Tests of loaders/rag.py, the RAG reader: words, letters beside values, split phrases, combined ratings, and what is
not a rating."""

from __future__ import annotations

import pytest

from loaders import rag
from loaders.schema import RAG_VALUES

CASES = [
    # (text, expected rating)
    ("Red", "Red"),
    ("Amber", "Amber"),
    ("green", "Green"),
    ("Blue", "Blue"),  # exceeding the target
    ("G", "Green"),
    ("R", "Red"),
    ("A/G", "Amber/Green"),
    ("Amber/Green", "Amber/Green"),
    ("Red/Amber", "Red/Amber"),
    ("Green/Blue", "Green/Blue"),
    ("615.0 G", "Green"),
    ("624.1 51.9 615.0 G", "Green"),
    ("244.38 n/a 217.44 G", "Green"),
    ("87.0% n/a 87.7% A", "Amber"),
    ("Performance is rated amber and is statistically similar", "Amber"),
    ("This is RAG-rated as green and is statistically better", "Green"),
    ("variance of -180 and rag rated green. Non-", "Green"),
    ("Performance is RAG-\n\nrated amber and is statistically similar", "Amber"),
    ("RAG: Red", "Red"),
    # not ratings
    ("Red 1 \u2013 WL 65.68% & ELR 63.85% (Target 75%)", None),
    ("Category A Red 2 is 72.99% against a target of 75%", None),
    ("Appendix G", None),
    ("Green spaces in the district", None),
    ("", None),
]


@pytest.mark.parametrize(("text", "expected"), CASES)
def test_parse(text: str, expected: str | None) -> None:
    assert rag.parse(text) == expected


@pytest.mark.parametrize("text", [t for t, e in CASES if e])
def test_every_reading_is_in_the_schema_vocabulary(text: str) -> None:
    assert rag.parse(text) in RAG_VALUES


@pytest.mark.parametrize(
    ("cell", "expected"),
    [("G", "Green"), (" A ", "Amber"), ("B", "Blue"), ("R/A", "Red/Amber"), ("Red 1", None), ("GP", None), ("1", None)],
)
def test_parse_cell_letters_on_their_own_lines(cell: str, expected: str | None) -> None:
    assert rag.parse_cell(cell) == expected


def test_ratings_in_text_finds_each_with_its_position() -> None:
    text = "Metric 1 is RAG-rated amber. Metric 2 is rated green; Red 1 calls are 72.55%."
    found = rag.ratings_in_text(text)
    assert [v for _p, v in found] == ["Amber", "Green"]
    assert found[0][0] < found[1][0]


def test_combine_rejects_combinations_outside_the_vocabulary() -> None:
    assert rag.combine(["Green", "Amber"]) == "Amber/Green"
    assert rag.combine(["Red", "Green"]) is None
