"""Shared benchmark fixtures (the shipped packs, a throwaway cache) and the closing table of figures."""

from __future__ import annotations

from pathlib import Path
from typing import Any

import pytest

from benchmarks.summary import FIGURES, table
from loaders import REPORTS_DIR


@pytest.fixture(scope="session")
def pack_paths() -> list[Path]:
    return sorted(REPORTS_DIR.glob("*.txt"))


@pytest.fixture
def cache_home(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    monkeypatch.setenv("HEALTHDASH_CACHE", str(tmp_path / "cache"))
    return tmp_path / "cache"


def pytest_terminal_summary(terminalreporter: Any) -> None:
    """Every figure the run measured, against its goal."""
    if not FIGURES:
        return
    terminalreporter.write_sep("=", "healthdash: figures against goals (ratios against baselines of this run)")
    for line in table(FIGURES):
        terminalreporter.write_line(line)
