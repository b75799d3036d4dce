"""Tests of the fast paths extraction takes: each gives exactly what the plain way gives, on every line of the
shipped packs and on made-up lines that try the edges."""

from __future__ import annotations

import re

import pytest

import loaders
from loaders import figures as fig
from loaders import numbers
from loaders.datasets._infographic import section_lines
from loaders.pipeline import extract_context
from loaders.reading import read_pack

EDGES = [
    "(1,234) -5 \u22123.5 \u2013 7 £ 12 £.5 .5 ..5 (£3m) 58, 820 69 519 PM2.5 A&E4 a/1 x_2 -\u00a312",
    "\u0661\u0662 \u2212 (12%) (%) -(3) 1. 2) \u2022 3 \u25aa x \u2003- y \u00a0\u2013 z",
    "",
    "(",
    "12",
]


@pytest.fixture(scope="module")
def lines() -> list[str]:
    out: dict[str, None] = dict.fromkeys(EDGES)
    for path in sorted(loaders.REPORTS_DIR.glob("*.txt")):
        out.update(dict.fromkeys(read_pack(path).lines))
    return list(out)


@pytest.mark.parametrize("rx", [numbers._NUMBER_RE, numbers._SPACED_NUMBER_RE])
def test_numbers_are_tried_only_where_one_can_start(lines: list[str], rx) -> None:  # type: ignore[no-untyped-def]
    differ = [t for t in lines if [m.span() for m in numbers._matches(rx, t)] != [m.span() for m in rx.finditer(t)]]
    assert differ == []


def test_the_bullet_test_is_the_pattern(lines: list[str]) -> None:
    assert [t for t in lines if fig._is_bullet(t) != bool(fig._BULLET_RE.match(t))] == []


def test_section_lines_are_the_lines_whose_section_matches() -> None:
    pack = read_pack(sorted(loaders.REPORTS_DIR.glob("*.txt"))[0])
    ctx = extract_context(pack)
    for title in {s.title for s in ctx.segments.sections}:
        rx = re.compile(re.escape(title[:12]), re.IGNORECASE)
        expected = [
            n
            for n, text in enumerate(pack.lines, 1)
            if text.strip()
            and n not in ctx.segments.furniture
            and ctx.segments.section_at(n).kind == "report"
            and rx.search(ctx.segments.section_at(n).title)
        ]
        assert section_lines(ctx, re.escape(title[:12])) == expected
