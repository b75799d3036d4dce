"""Scaling: synthetic corpora of 50, 200 and 1,000 packs extracted with every core.

Each corpus is copies of the shipped five with other numbers, years and district names
(benchmarks/corpus.py), written to a temporary folder when the run starts.  `loaders.load(paths,
cache=False, workers=<cores>)` extracts each size in a fresh Python process; time and peak memory
(resident memory of that process plus its workers, sampled every 50 ms) must grow linearly: the
closing table gives the slope (seconds and MB per pack), the straight-line fit (R^2) and the time per
pack at the largest size against the smallest.  CPU time per pack is given beside the wall time: on a
shared machine the wall time also measures everyone else.  Goals (issue 10): 1,000 packs in under a
minute on 2 cores, peak memory under 2 GB.

Sizes come from HEALTHDASH_BENCH_SIZES (default "50,200,1000"; e.g. "20,50" for a quick look).
"""

from __future__ import annotations

import contextlib
import json
import os
import subprocess
import sys
import threading
from collections.abc import Iterator
from contextlib import contextmanager
from pathlib import Path
from typing import Any

import psutil
import pytest

from benchmarks.corpus import write_corpus
from benchmarks.summary import report
from loaders.parallel import default_workers

ROOT = Path(__file__).resolve().parents[1]
SIZES = sorted(int(s) for s in os.environ.get("HEALTHDASH_BENCH_SIZES", "50,200,1000").split(",") if s.strip())
WORKERS = default_workers()
RUNS: dict[int, dict[str, float]] = {}
LAST: dict[str, Any] = {}


@pytest.fixture(scope="module")
def corpus(tmp_path_factory: pytest.TempPathFactory, pack_paths: list[Path]) -> list[Path]:
    return write_corpus(pack_paths, tmp_path_factory.mktemp("corpus"), max(SIZES))


def resident_mb(process: psutil.Process) -> float:
    """Resident memory of a process and all its children, in MB (shared pages count once per process)."""
    total = 0
    for p in [process, *process.children(recursive=True)]:
        with contextlib.suppress(psutil.Error):  # a worker that ended between listing and reading
            total += p.memory_info().rss
    return total / 1e6


@contextmanager
def peak_memory(process: psutil.Process, interval: float = 0.05) -> Iterator[dict[str, float]]:
    """Sample a process and its workers while the block runs; yields a dict that gets 'peak_mb'."""
    seen = {"peak_mb": 0.0}
    stop = threading.Event()

    def sample() -> None:
        while not stop.is_set():
            with contextlib.suppress(psutil.Error):  # the process ended between two samples
                seen["peak_mb"] = max(seen["peak_mb"], resident_mb(process))
            stop.wait(interval)

    thread = threading.Thread(target=sample, daemon=True)
    thread.start()
    try:
        yield seen
    finally:
        stop.set()
        thread.join()


# Run in a fresh interpreter: load() the packs listed in a file with every core, print the figures as JSON.
EXTRACT_SCRIPT = """
import json, resource, sys, time
from pathlib import Path
import loaders
paths = Path(sys.argv[2]).read_text().splitlines()
wall, cpu = time.perf_counter(), time.process_time()
frame = loaders.load(paths, cache=False, workers=int(sys.argv[1]))
seconds, cpu = time.perf_counter() - wall, time.process_time() - cpu
workers = resource.getrusage(resource.RUSAGE_CHILDREN)  # the pool's workers have ended and been counted
cpu += workers.ru_utime + workers.ru_stime
print(json.dumps({"seconds": seconds, "cpu": cpu, "rows": len(frame)}))
"""


def extract_in_fresh_process(paths: list[Path]) -> dict[str, float]:
    """Extract in a new Python process (so nothing else this run holds is counted), sampling its memory."""
    listing = paths[0].parent / f"paths-{len(paths)}.txt"
    listing.write_text("\n".join(map(str, paths)))
    proc = subprocess.Popen(
        [sys.executable, "-c", EXTRACT_SCRIPT, str(WORKERS), str(listing)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    with peak_memory(psutil.Process(proc.pid)) as memory:
        out, err = proc.communicate()
    assert proc.returncode == 0, err[-2000:]
    figures: dict[str, float] = json.loads(out.strip().splitlines()[-1])
    figures["peak_mb"] = memory["peak_mb"]
    return figures


def fit(xs: list[float], ys: list[float]) -> tuple[float, float, float]:
    """Least-squares line y = slope * x + intercept, and its R^2."""
    n = len(xs)
    mx, my = sum(xs) / n, sum(ys) / n
    sxx = sum((x - mx) ** 2 for x in xs)
    slope = sum((x - mx) * (y - my) for x, y in zip(xs, ys, strict=True)) / sxx
    intercept = my - slope * mx
    ss_res = sum((y - (slope * x + intercept)) ** 2 for x, y in zip(xs, ys, strict=True))
    ss_tot = sum((y - my) ** 2 for y in ys)
    return slope, intercept, 1 - ss_res / ss_tot if ss_tot else 1.0


@pytest.mark.parametrize("packs", SIZES)
def test_extract_corpus_with_every_core(benchmark: Any, corpus: list[Path], packs: int) -> None:
    paths = corpus[:packs]
    runs: list[dict[str, float]] = []

    def once() -> None:
        runs.append(extract_in_fresh_process(paths))

    benchmark.pedantic(once, rounds=1, iterations=1)
    run = runs[0]
    assert run["rows"] > 500 * packs
    RUNS[packs] = run
    LAST["benchmark"] = benchmark
    report(
        benchmark, f"scaling: {packs:,} packs, {WORKERS} workers", run["seconds"], "s", note=f"{run['rows']:,.0f} rows"
    )
    report(benchmark, "  CPU time per pack (process + workers)", run["cpu"] / packs * 1000, "ms")
    report(benchmark, f"  peak memory, {packs:,} packs (process + workers)", run["peak_mb"], "MB")


@pytest.fixture(scope="module", autouse=True)
def linearity() -> Iterator[None]:
    """After every size: slope, straight-line fit and per-pack time at the largest size against the smallest."""
    yield
    if len(RUNS) < 2:
        return
    sizes = sorted(RUNS)
    seconds = [RUNS[n]["seconds"] for n in sizes]
    memory = [RUNS[n]["peak_mb"] for n in sizes]
    t_slope, t_icept, t_r2 = fit([float(n) for n in sizes], seconds)
    m_slope, m_icept, m_r2 = fit([float(n) for n in sizes], memory)
    small, large = sizes[0], sizes[-1]
    per_pack = (RUNS[large]["seconds"] / large) / (RUNS[small]["seconds"] / small)
    cpu_per_pack = (RUNS[large]["cpu"] / large) / (RUNS[small]["cpu"] / small)
    bench = LAST.get("benchmark")
    report(bench, "scaling: time per pack (slope)", t_slope * 1000, "ms", note=f"intercept {t_icept:.2f} s")
    report(bench, "  time: straight-line fit R^2", t_r2, "", goal="linear (R^2 near 1)", met=t_r2 >= 0.98)
    report(bench, f"  time per pack at {large:,} / at {small:,}", per_pack, "x", goal="about 1x", met=per_pack <= 1.25)
    cpu_label = f"  CPU per pack at {large:,} / at {small:,}"
    report(bench, cpu_label, cpu_per_pack, "x", goal="about 1x", met=cpu_per_pack <= 1.1)
    report(bench, "scaling: memory per pack (slope)", m_slope, "MB", note=f"intercept {m_icept:,.0f} MB")
    report(bench, "  memory: straight-line fit R^2", m_r2, "", goal="linear (R^2 near 1)", met=m_r2 >= 0.98)
    if 1000 in RUNS:
        t = RUNS[1000]["seconds"]
        report(bench, f"scaling: 1,000 packs on {WORKERS} cores", t, "s", goal="< 60 s on 2 cores", met=t < 60)
        m = RUNS[1000]["peak_mb"]
        report(bench, "scaling: peak memory at 1,000 packs", m, "MB", goal="< 2 GB", met=m < 2000)
