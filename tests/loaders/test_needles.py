"""loaders.needles: the words a pattern needs, a pre-filter that must never skip a text the pattern matches."""

from __future__ import annotations

import re

import pytest
from hypothesis import given
from hypothesis import strategies as st

from loaders import meaning
from loaders.needles import holds_any, needles


@pytest.mark.parametrize(
    ("pattern", "expected"),
    [
        (r"quarrel", ("quarrel",)),
        (r"\bbrindle\b|\bmarrow", ("brindle", "marrow")),
        (r"^(?=.*tiling)(?=.*(?:\bgrout\b|sealant))", ("tiling",)),  # the longer word of two needed
        (r"(?:wobble)?\s+", None),  # nothing is needed
        (r"zest|\d+", None),  # one branch needs nothing
        (r"(?i:plover) heron", (" heron",)),  # a part that ignores case gives no words
        (r"gan+et", ("ga",)),  # a repeated letter breaks the run: "ga", "n" or "et"
        (r"(?<!moss )fern", ("fern",)),  # a negative look-behind needs nothing
    ],
)
def test_needles_of_invented_patterns(pattern: str, expected: tuple[str, ...] | None) -> None:
    assert needles(re.compile(pattern)) == expected


def test_no_needles_for_a_pattern_that_ignores_case() -> None:
    assert needles(re.compile("lantern", re.IGNORECASE)) is None


def test_holds_any() -> None:
    assert holds_any("a red lantern", ("lantern", "lamp"))
    assert not holds_any("a red candle", ("lantern", "lamp"))
    assert holds_any("anything", None)


_WORDS = ["female", "men", "aged 65", "over", "lci", "upper", "total", "target", "england", "region", "(m)"]
_WORDS += ["life expectancy", "gap", "deprived", "wte", "nurses", "qipp", "identified", "year 6", "obese", "a"]


@given(st.lists(st.sampled_from(_WORDS + [" ", "-", "17", ":", "."]), max_size=12))
def test_data_patterns_never_skip_a_match(parts: list[str]) -> None:
    """Every indicator and phrase of the data files: a text whose lowered form the twin matches holds a needle."""
    low = "".join(parts)
    rows = [*meaning.indicators(), *(p for ps in meaning.phrases().values() for p in ps)]
    for row in rows:
        if row.twin is not None and row.twin.search(low):
            assert holds_any(low, row.needs), (row, low)
