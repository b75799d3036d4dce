"""Shared pytest set-up: headless Chromium for dash[testing]'s browser tests, and fixtures both the loader
and the dashboard tests use (the tidy frame of the shipped packs, a small pack, a store filled with the packs)."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

SMALL_PACK = """HEALTH OVERVIEW AND SCRUTINY COMMITTEE: 4 JUNE 2025

REPORT OF THE DIRECTOR OF PUBLIC HEALTH

SMOKING AT TIME OF DELIVERY

1. In 2024/25 the proportion of mothers smoking at the time of delivery in
Leicestershire was 7.3%, compared with 6.1% in England.

2. The stop smoking service supported 1,482 pregnant women during the year.
"""


def pytest_setup_options():
    """Selenium options for dash_duo: Debian's chromium, headless, no sandbox (run pytest with --headless)."""
    from selenium.webdriver.chrome.options import Options

    options = Options()
    options.binary_location = "/usr/bin/chromium"
    for arg in ("--headless=new", "--no-sandbox", "--disable-gpu", "--disable-dev-shm-usage", "--window-size=1280,900"):
        options.add_argument(arg)
    return options


@pytest.fixture(scope="session")
def tidy() -> pd.DataFrame:
    """The tidy frame of all shipped packs, extracted once per test session (no cache)."""
    from loaders import load

    return load(cache=False)


@pytest.fixture(scope="session")
def small_pack_text() -> str:
    """A one-report pack (a meeting of 4 June 2025) with three figures in prose and no table."""
    return SMALL_PACK


@pytest.fixture
def small_pack(tmp_path: Path, small_pack_text: str) -> Path:
    """The small pack as a file waiting to be added (tmp/incoming/hosc_2025_06_04.txt)."""
    path = tmp_path / "incoming" / "hosc_2025_06_04.txt"
    path.parent.mkdir()
    path.write_text(small_pack_text, encoding="utf-8")
    return path


@pytest.fixture(scope="session")
def filled(tmp_path_factory: pytest.TempPathFactory) -> Path:
    """A store holding the shipped packs, filled once per session (tests copy it, never change it)."""
    import loaders
    from loaders.intake import fill_from
    from loaders.store import Store

    path = tmp_path_factory.mktemp("filled") / "store.sqlite"
    added, problems = fill_from(Store(path), loaders.REPORTS_DIR)
    assert problems == []
    assert all(a.added for a in added)
    return path
