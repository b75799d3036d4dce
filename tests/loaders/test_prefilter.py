"""Tests of loaders/prefilter.py: the cheap whole-pack tests give exactly what a line-by-line test gives."""

from __future__ import annotations

import re

import pytest

import loaders
from loaders import prefilter
from loaders.reading import read_pack


@pytest.fixture(scope="module")
def packs() -> list[tuple[str, ...]]:
    return [read_pack(p).lines for p in sorted(loaders.REPORTS_DIR.glob("*.txt"))]


def test_digit_lines_are_the_lines_with_a_digit(packs: list[tuple[str, ...]]) -> None:
    for lines in packs:
        assert prefilter.digit_lines(lines) == tuple(n for n, t in enumerate(lines, 1) if re.search(r"\d", t))


def test_digit_lines_of_a_list_are_never_kept() -> None:
    lines = ["no digits", "line 2"]
    assert prefilter.digit_lines(lines) == (2,)
    lines[0] = "now 1"
    assert prefilter.digit_lines(lines) == (1, 2)


@pytest.mark.parametrize("words", [("leicester", "leicestershire", "rutland"), ("minutes of",), ("qipp", "")])
def test_lines_holding_are_the_lines_whose_casefold_holds_a_word(
    packs: list[tuple[str, ...]], words: tuple[str, ...]
) -> None:
    for lines in packs:
        expected = {n for n, t in enumerate(lines, 1) if any(w in t.casefold() for w in words)}
        assert prefilter.lines_holding(lines, words) == expected


def test_lines_holding_reads_non_ascii_and_the_last_line() -> None:
    lines = ("STRASSE", "Stra\u00dfe \u2013 \u00a35m", "", "end strasse")
    assert prefilter.lines_holding(lines, ("strasse",)) == {1, 2, 4}


@pytest.mark.parametrize("mark", ["|", "\t", "  "])
def test_lines_with_are_the_lines_that_print_a_mark(packs: list[tuple[str, ...]], mark: str) -> None:
    table = ("Area | Rate", "---|---", "Eastfold\t81.2", "  indented", "last |")
    for lines in [*packs, table]:
        assert prefilter.lines_with(lines, mark) == {n for n, t in enumerate(lines, 1) if mark in t}
