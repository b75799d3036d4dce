"""Heavy packs (one 100 KB line, a 2,000-row table) are read whole, within the pack time limit.

The time limit (loaders/bounded.py) is set to 30 s here, so a regression to quadratic work fails with
"reading stopped after 30 s" instead of hanging the suite; benchmarks/test_heavy_bench.py times them
against the goal of 2 s each.
"""

from __future__ import annotations

from pathlib import Path

import pytest

from benchmarks.heavy_packs import big_table_pack, long_line_pack
from loaders.bounded import run_bounded
from loaders.pipeline import extract_pack


@pytest.fixture(autouse=True)
def thirty_seconds(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("HEALTHDASH_PACK_SECONDS", "30")


def test_a_100_kb_line_is_read_whole(tmp_path: Path) -> None:
    text, printed = long_line_pack(100_000)
    pack = tmp_path / "long_line.txt"
    pack.write_text(text, encoding="utf-8")
    frame = run_bounded(extract_pack, pack).frame
    assert len(text) > 100_000
    assert len(frame) == printed
    assert set(frame["source_line"]) == {3}


def test_a_2000_row_table_is_read_cell_by_cell(tmp_path: Path) -> None:
    text, cells = big_table_pack(2_000)
    pack = tmp_path / "big_table.txt"
    pack.write_text(text, encoding="utf-8")
    frame = run_bounded(extract_pack, pack).frame
    assert len(frame) == cells
    assert frame["area"].nunique() == 2_000
