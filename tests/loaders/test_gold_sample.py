"""End to end (loaders.load on the shipped packs), accuracy: every hand-read fact of the gold sample is found in the
tidy frame.

Facts not matched yet are listed in tests/data/gold_expected_misses.txt with the
reason; they are strict expected failures, so one that starts passing must be
taken off the list.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pandas as pd
import pytest
from goldmatch import load_facts, matches

DATA = Path(__file__).resolve().parent.parent / "data"
FACTS = load_facts(DATA / "gold_sample.jsonl")


def expected_misses() -> dict[str, str]:
    path = DATA / "gold_expected_misses.txt"
    if not path.exists():
        return {}
    out = {}
    for line in path.read_text(encoding="utf-8").splitlines():
        if line.strip() and not line.startswith("#"):
            fact_id, _, reason = line.partition(" ")
            out[fact_id] = reason.strip()
    return out


MISSES = expected_misses()


@pytest.mark.parametrize(
    "fact",
    [
        pytest.param(f, id=f["id"], marks=pytest.mark.xfail(reason=MISSES[f["id"]], strict=True))
        if f["id"] in MISSES
        else pytest.param(f, id=f["id"])
        for f in FACTS
    ],
)
def test_gold_fact_is_in_the_tidy_frame(fact: dict[str, Any], tidy: pd.DataFrame) -> None:
    assert matches(fact, tidy), f"{fact['file']}:{fact['line']} {fact['area']} | {fact['measure']} = {fact['value']}"


def test_one_row_per_printed_number(tidy: pd.DataFrame) -> None:
    printed = tidy.groupby(["source_file", "source_line", "value"]).ngroups
    assert len(tidy) / printed < 1.1
