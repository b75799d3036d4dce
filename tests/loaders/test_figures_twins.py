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
from loaders import areas
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
    return [*fig._NOT_FIGURES, fig._PERIOD_RE, areas._name_pattern()]


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


def test_special_characters_fall_back_to_the_pattern() -> None:
    assert fig.lowered("Le\u0131cestershire") is None
    assert fig.lowered("North West \u2013 \u00a35m") == "north west \u2013 \u00a35m"
