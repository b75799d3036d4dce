"""Fixtures shared by the loader tests: the shipped packs, their extracted results, small inline packs and a
private copy of the filled store (the tidy frame, the small pack and the filled store are in tests/conftest.py)."""

from __future__ import annotations

import shutil
from collections.abc import Callable
from pathlib import Path

import pytest

from loaders import REPORTS_DIR
from loaders.pipeline import PackResult, extract_pack
from loaders.reading import Pack, read_pack
from loaders.store import Store


@pytest.fixture(scope="session")
def reports_dir() -> Path:
    return REPORTS_DIR


@pytest.fixture(scope="session")
def shipped_pack(reports_dir: Path) -> Callable[[str], Path]:
    """Path of a shipped pack by its number prefix ("002")."""

    def find(prefix: str) -> Path:
        (path,) = reports_dir.glob(f"{prefix}_*.txt")
        return path

    return find


@pytest.fixture(scope="session")
def extracted(shipped_pack: Callable[[str], Path]) -> Callable[[str], PackResult]:
    """A shipped pack's result by its number prefix ("002"), each pack extracted once per session.

    The results are shared: tests read their frames and never change them.
    """
    results: dict[str, PackResult] = {}

    def get(prefix: str) -> PackResult:
        if prefix not in results:
            results[prefix] = extract_pack(shipped_pack(prefix))
        return results[prefix]

    return get


@pytest.fixture
def make_pack(tmp_path: Path) -> Callable[..., Pack]:
    """Write text to a pack file and read it back."""

    def make(text: str, name: str = "pack.txt", encoding: str = "utf-8") -> Pack:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return read_pack(path)

    return make


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private, empty cache directory for the test (HEALTHDASH_CACHE points at it)."""
    home = tmp_path / "cache"
    monkeypatch.setenv("HEALTHDASH_CACHE", str(home))
    return home


@pytest.fixture
def store(filled: Path, tmp_path: Path) -> Store:
    """A private copy of the filled store (every connection is closed, so the main file is the whole store)."""
    path = tmp_path / "store" / "store.sqlite"
    path.parent.mkdir()
    shutil.copy(filled, path)
    return Store(path)
