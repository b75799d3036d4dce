"""Shared benchmark fixtures: the shipped packs and a throwaway cache directory."""

from __future__ import annotations

from pathlib import Path

import pytest

from loaders import REPORTS_DIR


@pytest.fixture(scope="session")
def pack_paths() -> list[Path]:
    return sorted(REPORTS_DIR.glob("*.txt"))


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEALTHDASH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"
