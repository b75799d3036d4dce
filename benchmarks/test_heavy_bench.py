"""Heavy packs: one 100 KB line and a 2,000-row table, each extracted in under 2 s (issue 17).

Extraction must be linear in a pack's size: these are the shapes that were once quadratic.  Timed
in this process after a warm-up, the import not counted.
"""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.heavy_packs import big_table_pack, long_line_pack
from benchmarks.summary import report
from loaders.pipeline import extract_pack

PACKS = {"one 100 KB line": lambda: long_line_pack(100_000), "a 2,000-row table": lambda: big_table_pack(2_000)}


@pytest.mark.parametrize("shape", list(PACKS))
def test_heavy_pack(benchmark: Any, tmp_path: Path, shape: str) -> None:
    text, printed = PACKS[shape]()
    pack = tmp_path / "heavy.txt"
    pack.write_text(text, encoding="utf-8")
    extract_pack(pack)  # warm-up: the specs' first import and compiled patterns are not the pack's cost
    result = benchmark.pedantic(extract_pack, args=(pack,), rounds=3, iterations=1)
    assert len(result.frame) == printed
    seconds = float(benchmark.stats.stats.median)
    report(benchmark, f"extraction of {shape}", seconds, "s", goal="< 2 s", met=seconds < 2)
