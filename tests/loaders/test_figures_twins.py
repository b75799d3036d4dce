"""Tests of loaders/figures.py (and the area pattern of loaders/areas.py): the case-sensitive twins find exactly what
their case-ignoring patterns find.

The not-a-figure patterns, the period pattern and the area names run as case-sensitive twins on a
lowered copy of the text (several times faster in Python's re).  Every pattern must give the same
spans both ways on every line and paragraph of the shipped packs, and on text with the characters
that re.IGNORECASE matches to ASCII letters (which send the text back to the original pattern).
"""

from __future__ import annotations

import re

import pytest

import loaders
from loaders import areas, labels, meaning
from loaders import figures as fig
from loaders.reading import read_pack

TRICKY = [
    "ITEM 3 and Item 4, KEY STAGE 2, key  stage 3, Paragraph 3.2 \u2013 4, NO. 5, Appendix (3a)",
    "12TH June 2019, 10.30 AM, 1ST JANUARY 2020, Q1 2019/20, q3 March 2020, SEPT 21",
    "BLABY and Oadby & Wigston, NATIONAL 79%, national 79%, H&B, h&b, Leicester\u2019s Hospitals",
    "\u0130tem 5 in Le\u0131cestershire, \u017feptember 2019 Melton, \u212aey Stage 2, 45 \u00a3m",
    "North West Leics \u2013 \u00a312.5m (2019/20) vs ENGLAND 7 per 1,000",
]


def _patterns() -> list[re.Pattern[str]]:
    return [
        *(rx for rx, _needs in fig._NOT_FIGURES),
        fig._PERIOD_RE,
        areas._name_pattern(),
        labels._BREAK_RE,
        *(i.pattern for i in meaning.indicators()),  # data/indicators.csv, written with capitals
        *(p.pattern for found in meaning.phrases().values() for p in found),  # data/meaning.csv: "\(F\)"
    ]


@pytest.fixture(scope="module")
def texts() -> list[str]:
    out: set[str] = set(TRICKY)
    for path in sorted(loaders.REPORTS_DIR.glob("*.txt")):
        lines = read_pack(path).lines
        out |= set(lines)
        out |= {" ".join(lines[i : i + 5]) for i in range(0, len(lines), 3)}
    return sorted(out)


def test_the_patterns_that_ignore_case_have_twins() -> None:
    twins = [p for p in _patterns() if fig.ascii_twin(p) is not None]
    assert len(twins) >= 6, "the month, numbering, time, ordinal, period and area patterns"


@pytest.mark.parametrize("index", range(len(_patterns())))
def test_twin_finds_the_same_spans(texts: list[str], index: int) -> None:
    rx = _patterns()[index]
    twin = fig.ascii_twin(rx)
    differ = [
        t
        for t in texts
        if [m.span() for m in fig.find_spans(rx, twin, t, fig.lowered(t))] != [m.span() for m in rx.finditer(t)]
    ]
    assert differ == []


def test_capitals_are_lowered_and_escapes_kept() -> None:
    twin = fig.ascii_twin(re.compile(r"(NHS)\s+\S+\B[A-Z]\(F\)\1\u2013", re.IGNORECASE))
    assert twin is not None
    assert twin.pattern == r"(nhs)\s+\S+\B[a-z]\(f\)\1\u2013"
    assert twin.search(fig.lowered("NHS  Trustxy(F)NHS\u2013") or "")


@pytest.mark.parametrize(
    "pattern",
    [r"(?-i:NHS) trust", r"\x41bc", r"\N{LATIN CAPITAL LETTER A}", "\u00c9tat", r"\101"],
    ids=["case kept in part", "capital by code", "capital by name", "letter outside ASCII", "octal capital"],
)
def test_no_twin_where_lowering_would_change_the_matches(pattern: str) -> None:
    assert fig.ascii_twin(re.compile(pattern, re.IGNORECASE)) is None


def test_special_characters_fall_back_to_the_pattern() -> None:
    assert fig.lowered("Le\u0131cestershire") is None
    assert fig.lowered("North West \u2013 \u00a35m") == "north west \u2013 \u00a35m"


@pytest.mark.parametrize("index", range(len(fig._NOT_FIGURES)))
def test_a_line_without_the_words_a_pattern_needs_has_no_match_of_it(texts: list[str], index: int) -> None:
    """not_figure_spans skips a pattern on a line holding none of the words it lists: every match holds one."""
    rx, needs = fig._NOT_FIGURES[index]
    missing = [
        m.group()
        for t in texts
        if needs and (low := fig.lowered(t)) is not None
        for m in rx.finditer(t)
        if not any(word in low[m.start() : m.end()] for word in needs)
    ]
    assert missing == []


def test_the_area_names_are_found_the_same_through_the_fast_pattern(texts: list[str]) -> None:
    """_areas_in reads lowered text through the pattern led by the character before a name."""
    edge = areas._name_edge_pattern()
    assert edge is not None
    twin = fig.ascii_twin(areas._name_pattern())
    assert twin is not None
    differ = [
        t
        for t in texts
        if (low := fig.lowered(t)) is not None
        and [(m.start(1) - 1, m.end(1) - 1) for m in edge.finditer(" " + low)] != [m.span() for m in twin.finditer(low)]
    ]
    assert differ == []


def test_lowered_lowers_only_ascii_letters() -> None:
    text = "\u00c9COLE \u00a312.5M \u2013 Blaby \udc80"
    assert fig.lowered(text) == "\u00c9cole \u00a312.5m \u2013 blaby \udc80"


def test_the_national_value_test_finds_what_its_pattern_finds(texts: list[str]) -> None:
    """The figures spec tests for the words "national", "England", "English" before trying the pattern."""
    from loaders.datasets import figures as figures_spec

    pattern = figures_spec._NATIONAL_VALUE_RE
    cases = [*texts, "compared with the ENGLAND AVERAGE of (", "the Nat\u0131onal rate of", "English figure is"]
    differ = [t for t in cases if figures_spec._is_national_value(t) != bool(pattern.search(t))]
    assert differ == []
