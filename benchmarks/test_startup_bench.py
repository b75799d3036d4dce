"""App start-up: from launching `healthdash serve` to the first page served, with the cache warm.

The clock starts when the command is launched (a subprocess on a free port, over a store and cache in
a temporary folder: HEALTHDASH_STORE, HEALTHDASH_CACHE) and stops when GET / and then GET /_dash-layout
have both answered 200, which is when a browser can draw the page.  One start beforehand fills the store
and the cache, so each timed start is a warm one, as every start after the first is.  Both the default
server and `--production` (waitress) are timed.  Goal (issue 10): under 3 s.
"""

from __future__ import annotations

import os
import shutil
import statistics
import subprocess
import sys
import time
from pathlib import Path
from typing import Any

import pytest
import requests

from benchmarks.summary import report
from tests.dashboard.conftest import free_port

ROOT = Path(__file__).resolve().parents[1]
ROUNDS = int(os.environ.get("HEALTHDASH_BENCH_START_ROUNDS", "5"))
GIVE_UP = 120.0


def healthdash() -> list[str]:
    """The installed command, as a user runs it."""
    found = shutil.which("healthdash", path=str(Path(sys.executable).parent))
    assert found, "healthdash is not installed in this environment (pip install -e .)"
    return [found]


def start_and_serve(args: list[str], env: dict[str, str]) -> float:
    """Seconds from launching the server to GET / and GET /_dash-layout both answering 200."""
    port = free_port()
    base = f"http://127.0.0.1:{port}"
    start = time.perf_counter()
    proc = subprocess.Popen(
        [*healthdash(), "serve", "--port", str(port), *args],
        cwd=ROOT,
        env=env,
        stdout=subprocess.DEVNULL,
        stderr=subprocess.DEVNULL,
    )
    try:
        for path in ("/", "/_dash-layout"):
            while True:
                if proc.poll() is not None:
                    raise RuntimeError(f"healthdash serve exited with {proc.returncode}")
                if time.perf_counter() - start > GIVE_UP:
                    raise RuntimeError(f"no answer from {base}{path} within {GIVE_UP:.0f} s")
                try:
                    if requests.get(base + path, timeout=5).status_code == 200:
                        break
                except requests.ConnectionError:
                    time.sleep(0.01)
        return time.perf_counter() - start
    finally:
        proc.terminate()
        try:
            proc.wait(timeout=10)
        except subprocess.TimeoutExpired:
            proc.kill()
            proc.wait()


@pytest.mark.parametrize("server", ["default", "production"])
def test_start_to_first_page(benchmark: Any, tmp_path: Path, server: str) -> None:
    env = {**os.environ, "HEALTHDASH_STORE": str(tmp_path / "store.sqlite")}
    env["HEALTHDASH_CACHE"] = str(tmp_path / "cache")
    args = ["--production"] if server == "production" else []
    first = start_and_serve(args, env)  # fills the store and the cache
    times: list[float] = []
    benchmark.pedantic(lambda: times.append(start_and_serve(args, env)), rounds=ROUNDS, iterations=1)
    median = statistics.median(times)
    label = f"start-up, healthdash serve{' --production' if args else ''} (warm)"
    report(benchmark, label, median, "s", goal="< 3 s", met=median < 3, note=f"median of {len(times)}")
    report(benchmark, "  first start (empty store and cache)", first, "s")
