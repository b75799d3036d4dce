"""Extraction speed against baselines measured in the same run.

Baseline (a) reads the packs and splits them into lines; baseline (b) also runs one regular expression
that finds every number on every line, the least any extractor must do.  Goals (issue 10): cold
extraction (a fresh process, cache=False) within 5x of (b) and under 0.5 s; a warm (cached) load
within 3x of (a).

"Cold" is `loaders.load(paths, cache=False)` timed inside a fresh Python process, after `import
loaders` (Python's own start and the pandas import are not extraction; the whole process is reported
beside it).  Everything a first load pays once (importing the dataset specs, compiling the area
names, pandera's set-up) is inside the timing.
"""

from __future__ import annotations

import json
import os
import re
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest

from benchmarks.summary import report
from loaders import load
from loaders.parallel import default_workers

ROOT = Path(__file__).resolve().parents[1]
NUMBER = re.compile(r"\d[\d,]*(?:\.\d+)?")
COLD_ROUNDS = int(os.environ.get("HEALTHDASH_BENCH_COLD_ROUNDS", "5"))
RESULTS: dict[str, float] = {}

# Run in a fresh interpreter: time load() alone, print the figures as JSON.
COLD_SCRIPT = """
import json, sys, time
import loaders
workers, paths = int(sys.argv[1]), sys.argv[2:]
wall, cpu = time.perf_counter(), time.process_time()
frame = loaders.load(paths, cache=False, workers=workers)
print(json.dumps({"seconds": time.perf_counter() - wall, "cpu": time.process_time() - cpu, "rows": len(frame)}))
"""


def read_lines(paths: list[Path]) -> int:
    return sum(len(p.read_bytes().decode("utf-8", "replace").splitlines()) for p in paths)


def find_numbers(paths: list[Path]) -> int:
    count = 0
    for p in paths:
        for line in p.read_bytes().decode("utf-8", "replace").splitlines():
            count += len(NUMBER.findall(line))
    return count


def cold_load(paths: list[Path], workers: int) -> dict[str, float]:
    """One fresh process: its own timing of load() and the whole process's wall time."""
    start = time.perf_counter()
    done = subprocess.run(
        [sys.executable, "-c", COLD_SCRIPT, str(workers), *map(str, paths)],
        cwd=ROOT,
        capture_output=True,
        text=True,
        check=True,
    )
    figures: dict[str, float] = json.loads(done.stdout.strip().splitlines()[-1])
    figures["process"] = time.perf_counter() - start
    return figures


def _median(benchmark: Any) -> float:
    """The median round: a figure the shared machine's occasional stalls do not move."""
    return float(benchmark.stats.stats.median)


def test_baseline_a_read_and_split(benchmark: Any, pack_paths: list[Path]) -> None:
    assert benchmark(read_lines, pack_paths) > 30_000
    RESULTS["a"] = _median(benchmark)
    report(benchmark, "baseline (a): read and split the shipped packs", RESULTS["a"] * 1000, "ms")


def test_baseline_b_one_number_regex(benchmark: Any, pack_paths: list[Path]) -> None:
    assert benchmark(find_numbers, pack_paths) > 5_000
    RESULTS["b"] = _median(benchmark)
    report(benchmark, "baseline (b): one number regex over every line", RESULTS["b"] * 1000, "ms")


@pytest.mark.parametrize("cores", ["one process", "all cores"])
def test_cold_extraction(benchmark: Any, pack_paths: list[Path], cores: str) -> None:
    workers = 1 if cores == "one process" else default_workers()
    runs: list[dict[str, float]] = []

    def once() -> None:
        runs.append(cold_load(pack_paths, workers))

    benchmark.pedantic(once, rounds=COLD_ROUNDS, iterations=1)
    assert all(r["rows"] > 1_000 for r in runs)
    cold = statistics.median(r["seconds"] for r in runs)
    process = statistics.median(r["process"] for r in runs)
    label = f"cold extraction, {cores} ({workers} worker{'s' if workers > 1 else ''})"
    report(benchmark, label, cold, "s", goal="< 0.5 s", met=cold < 0.5, note=f"median of {len(runs)} fresh processes")
    if workers == 1:
        cpu = statistics.median(r["cpu"] for r in runs)
        report(benchmark, "  its CPU time", cpu, "s")
    if "b" in RESULTS:
        ratio = cold / RESULTS["b"]
        report(benchmark, f"  {label} / baseline (b)", ratio, "x", goal="<= 5x", met=ratio <= 5)
    report(benchmark, "  whole process (Python start, imports, load)", process, "s")


def test_warm_load(benchmark: Any, pack_paths: list[Path], cache_home: Path) -> None:
    load(pack_paths)  # fill the cache
    frame = benchmark(load, pack_paths)
    assert len(frame) > 1_000
    RESULTS["warm"] = _median(benchmark)
    report(benchmark, "warm load (cache hit)", RESULTS["warm"] * 1000, "ms")
    if "a" in RESULTS:
        ratio = RESULTS["warm"] / RESULTS["a"]
        report(benchmark, "  warm load / baseline (a)", ratio, "x", goal="<= 3x", met=ratio <= 3)
