"""Tests of loaders/cache.py: the on-disk cache, keyed by content and loader version, never stale, never beside the
packs."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from loaders import cache, load


def test_load_writes_the_cache_and_reads_the_same_rows(
    cache_home: Path, shipped_pack: Callable[[str], Path], tmp_path: Path
) -> None:
    pack = tmp_path / "packs" / shipped_pack("004").name
    pack.parent.mkdir()
    shutil.copy(shipped_pack("004"), pack)
    cold = load([pack])
    assert len(list(cache_home.glob("*.pkl"))) == 1
    warm = load([pack])
    pd.testing.assert_frame_equal(cold, warm)
    assert not list(pack.parent.glob("*.pkl")), "the cache must never live beside the packs"


def test_changed_content_is_a_cache_miss(cache_home: Path, make_pack: Callable[..., object], tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Savings were £700,000 in the year.\n", encoding="utf-8")
    assert load([path])["value"].tolist() == [700000.0]
    path.write_text("Savings were £800,000 in the year.\n", encoding="utf-8")
    assert load([path])["value"].tolist() == [800000.0]
    assert len(list(cache_home.glob("*.pkl"))) == 2


def test_loader_version_is_part_of_the_key(cache_home: Path, monkeypatch: pytest.MonkeyPatch, tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Savings were £700,000 in the year.\n", encoding="utf-8")
    load([path])
    monkeypatch.setattr(cache, "loaders_fingerprint", lambda: "a-new-version")
    assert cache.get("x" * 64) is None
    load([path])
    assert len(list(cache_home.glob("*.pkl"))) == 2


def test_cache_false_bypasses_the_cache(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Savings were £700,000 in the year.\n", encoding="utf-8")
    load([path], cache=False)
    assert not cache_home.exists() or not list(cache_home.glob("*.pkl"))


def test_a_corrupt_cache_file_is_a_miss(cache_home: Path, tmp_path: Path) -> None:
    path = tmp_path / "p.txt"
    path.write_text("Savings were £700,000 in the year.\n", encoding="utf-8")
    load([path])
    (stored,) = cache_home.glob("*.pkl")
    stored.write_bytes(b"not a pickle")
    assert load([path])["value"].tolist() == [700000.0]
