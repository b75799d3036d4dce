"""Fixtures shared by the dashboard tests: the small tidy frame, its altered copy and an app built from it; the
shipped packs and a browser showing them; a copy of the filled store the app reads."""

from __future__ import annotations

import shutil
import socket
from pathlib import Path

import pandas as pd
import pytest
from dash_sample import SOURCES, make_frame


def free_port() -> int:
    """A port nobody is listening on, so browser tests can run beside another server (or another test run)."""
    with socket.socket() as sock:
        sock.bind(("127.0.0.1", 0))
        return sock.getsockname()[1]


@pytest.fixture
def port() -> int:
    """A free port for dash_duo.start_server(app, port=port)."""
    return free_port()


@pytest.fixture
def small() -> pd.DataFrame:
    return make_frame()


@pytest.fixture
def altered() -> pd.DataFrame:
    """The same rows with districts' values changed: Melton now cycles most, Blaby least."""
    cycling = [0.5, 4.0, 1.4, 2.1, 6.1, 1.5, 2.0, 2.4, 2.3]
    fuel = [12.4, 10.1, 8.9, 9.0, 7.0, 9.8, 8.9, 9.4, 8.9]
    return make_frame(cycling, fuel)


@pytest.fixture
def app(small):
    from dashboard import create_app

    return create_app(small, SOURCES)


@pytest.fixture(scope="session")
def packs():
    """The shipped packs and their lines for the source viewer, loaded once per session."""
    import loaders
    from dashboard.app import load_sources

    return loaders.load(), load_sources()


@pytest.fixture
def started(dash_duo, packs, port):
    """A browser on the app built from the shipped packs."""
    from dashboard import create_app

    dash_duo.start_server(create_app(*packs), port=port)
    dash_duo.driver.set_window_size(1280, 900)
    return dash_duo


@pytest.fixture
def store_file(filled: Path, tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Path:
    """A private copy of the filled store at tmp/data/healthdash.sqlite, made the app's store by HEALTHDASH_STORE."""
    path = tmp_path / "data" / "healthdash.sqlite"
    path.parent.mkdir()
    shutil.copy(filled, path)
    monkeypatch.setenv("HEALTHDASH_STORE", str(path))
    return path


@pytest.fixture(scope="session")
def district(tidy: pd.DataFrame) -> tuple[str, str]:
    """One district's wider-determinant rows if the packs have them, else the county's figures."""
    wider = tidy[(tidy["dataset"] == "wider_determinants") & (tidy["area"] == "Blaby")]
    return ("wider_determinants", "Blaby") if len(wider) else ("figures", "Leicestershire")
