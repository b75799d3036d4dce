"""Extraction speed against baselines measured in the same run.

Baseline (a) reads the packs and splits them into lines; baseline (b) also runs
one regular expression that finds every number on every line, the least any
extractor must do.  Goals (issue 10): cold extraction within 5x of (b) and
under 0.5 s; a warm (cached) load within 3x of (a).
"""

from __future__ import annotations

import re
from pathlib import Path
from typing import Any

import pytest

from loaders import load

NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
RESULTS: dict[str, float] = {}


def read_lines(paths: list[Path]) -> int:
    return sum(len(p.read_bytes().decode("utf-8", "replace").splitlines()) for p in paths)


def find_numbers(paths: list[Path]) -> int:
    count = 0
    for p in paths:
        for line in p.read_bytes().decode("utf-8", "replace").splitlines():
            count += len(NUMBER.findall(line))
    return count


def _mean(benchmark: Any) -> float:
    return float(benchmark.stats.stats.mean)


def test_baseline_a_read_and_split(benchmark: Any, pack_paths: list[Path]) -> None:
    assert benchmark(read_lines, pack_paths) > 30_000
    RESULTS["a"] = _mean(benchmark)


def test_baseline_b_one_number_regex(benchmark: Any, pack_paths: list[Path]) -> None:
    assert benchmark(find_numbers, pack_paths) > 5_000
    RESULTS["b"] = _mean(benchmark)


def test_cold_extraction(benchmark: Any, pack_paths: list[Path]) -> None:
    frame = benchmark.pedantic(load, args=(pack_paths,), kwargs={"cache": False}, rounds=3, iterations=1)
    assert len(frame) > 1_000
    RESULTS["cold"] = _mean(benchmark)
    if "b" in RESULTS:
        print(f"\ncold extraction {RESULTS['cold']:.3f} s = {RESULTS['cold'] / RESULTS['b']:.1f}x baseline (b)")


def test_warm_load(benchmark: Any, pack_paths: list[Path], cache_home: Path) -> None:
    load(pack_paths)  # fill the cache
    frame = benchmark(load, pack_paths)
    assert len(frame) > 1_000
    RESULTS["warm"] = _mean(benchmark)
    if "a" in RESULTS:
        print(f"\nwarm load {RESULTS['warm']:.3f} s = {RESULTS['warm'] / RESULTS['a']:.1f}x baseline (a)")


@pytest.fixture(scope="module", autouse=True)
def report() -> Any:
    yield
    if {"a", "b", "cold", "warm"} <= RESULTS.keys():
        print(
            f"\nextraction: cold {RESULTS['cold']:.3f} s"
            f" ({RESULTS['cold'] / RESULTS['b']:.1f}x regex baseline, goal 5x, 0.5 s);"
            f" warm {RESULTS['warm']:.3f} s ({RESULTS['warm'] / RESULTS['a']:.1f}x read baseline, goal 3x)"
        )
