"""Fixtures shared by the loader tests: the shipped packs and small inline packs."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from loaders import REPORTS_DIR
from loaders.reading import Pack, read_pack


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


@pytest.fixture
def make_pack(tmp_path: Path) -> Callable[..., Pack]:
    """Write text to a pack file and read it back."""

    def make(text: str, name: str = "pack.txt", encoding: str = "utf-8") -> Pack:
        path = tmp_path / name
        path.write_bytes(text.encode(encoding))
        return read_pack(path)

    return make


@pytest.fixture(scope="session")
def tidy() -> pd.DataFrame:
    """The tidy frame of all shipped packs, extracted once per test session (no cache)."""
    from loaders import load

    return load(cache=False)
