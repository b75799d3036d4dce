"""Store speed: first start (the shipped packs into an empty store), adding a pack, the per-request version
check and the frame reload a worker does once per pack added.

Goals: the version check runs before every request, so it stays under 0.1 ms; a reload (read, type and
validate every row) under 0.5 s; adding an extracted pack (copy and one transaction) under 0.5 s.
"""

from __future__ import annotations

import itertools
from pathlib import Path
from typing import Any

import pandas as pd

import loaders
from loaders.intake import extract, fill_from, store_result
from loaders.store import Store


def _mean(benchmark: Any) -> float:
    return float(benchmark.stats.stats.mean)


def test_first_start_fills_the_store(benchmark: Any, tmp_path: Path, cache_home: Path) -> None:
    """Warm per-pack cache (the usual case after the first extraction); each round a new store."""
    loaders.load()  # warm the cache
    counter = itertools.count()

    def fill() -> int:
        store = Store(tmp_path / f"s{next(counter)}" / "store.sqlite")
        added, _problems = fill_from(store, loaders.REPORTS_DIR)
        return sum(a.added for a in added)

    assert benchmark.pedantic(fill, rounds=3, iterations=1) == len(list(loaders.REPORTS_DIR.glob("*.txt")))


def test_add_an_extracted_pack(benchmark: Any, tmp_path: Path) -> None:
    (path,) = loaders.REPORTS_DIR.glob("002_*.txt")
    result = extract(path)
    counter = itertools.count()

    def setup() -> tuple[tuple[Store], dict]:
        store = Store(tmp_path / f"s{next(counter)}" / "store.sqlite")
        store.packs()  # created, empty
        return (store,), {}

    def add(store: Store) -> None:
        assert store_result(result, store).added

    benchmark.pedantic(add, setup=setup, rounds=5, iterations=1)
    assert _mean(benchmark) < 0.5


def test_version_check(benchmark: Any, tmp_path: Path) -> None:
    store = Store(tmp_path / "store.sqlite")
    (path,) = loaders.REPORTS_DIR.glob("004_*.txt")
    store_result(extract(path), store)
    assert benchmark(store.version) == 1
    assert _mean(benchmark) < 0.0001


def test_frame_reload(benchmark: Any, tmp_path: Path, cache_home: Path) -> None:
    store = Store(tmp_path / "store.sqlite")
    fill_from(store, loaders.REPORTS_DIR)
    version, frame, sources = benchmark(store.snapshot)
    pd.testing.assert_frame_equal(frame, loaders.load())
    assert version == len(sources)
    assert _mean(benchmark) < 0.5
