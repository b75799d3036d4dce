"""Tests of dashboard/data.py: the frame the app shows, from a plain frame or from the store it keeps current
(reloaded once when a pack is added, also by another process)."""

from __future__ import annotations

import os
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
from dash_sample import SOURCES
from dash_tree import page_module, text_of

import loaders
from dashboard import create_app
from dashboard import data as store_data
from loaders.store import Store


def test_store_app_reloads_once_when_another_process_adds_a_pack(
    store_file: Path, small_pack: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    app = create_app()
    bound = store_data.get_store()
    assert bound is not None
    assert bound.path == store_file
    pd.testing.assert_frame_equal(store_data.get_data(), loaders.load())
    snapshots: list[int] = []
    real = Store.snapshot

    def counted(self: Store) -> tuple:
        snapshots.append(1)
        return real(self)

    monkeypatch.setattr(Store, "snapshot", counted)
    client = app.server.test_client()
    assert client.get("/_dash-layout").status_code == 200
    assert snapshots == []  # nothing changed: no reload

    cmd = [sys.executable, "-m", "loaders.cli", "add", str(small_pack), "--store", str(store_file)]
    done = subprocess.run(cmd, capture_output=True, text=True, env=dict(os.environ), timeout=300)
    assert done.returncode == 0, done.stderr

    for _ in range(3):
        assert client.get("/_dash-layout").status_code == 200
    assert snapshots == [1]  # reloaded once, on the first request after the add
    frame = store_data.get_data()
    assert "7.3%" in set(frame.loc[frame["source_file"] == small_pack.name, "value_text"])
    assert store_data.get_sources()[small_pack.name][0].startswith("HEALTH OVERVIEW AND SCRUTINY COMMITTEE")
    explorer = text_of(page_module("/explorer").layout(file=small_pack.name))
    assert "3 of" in explorer


def test_plain_frame_app_does_not_touch_a_store(small, store_file: Path) -> None:
    create_app(small, SOURCES)
    assert store_data.get_store() is None
    assert not store_file.with_name("reports").exists()
    assert Store(store_file).version() == 5  # unchanged copy of the filled store


def test_without_data_the_app_says_how_to_build_it(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setitem(store_data._STATE, "frame", None)
    with pytest.raises(RuntimeError, match=r"build the app with dashboard\.create_app\(frame\)"):
        store_data.get_data()


def test_a_plain_frame_is_shown_as_given_with_its_sources(small: pd.DataFrame) -> None:
    shuffled = small.iloc[::-1]
    store_data.set_data(shuffled, {"003_test.txt": ["line one", "line two"]})
    shown = store_data.get_data()
    assert shown.index.tolist() == list(range(len(small)))  # a fresh index: grid row ids are positions
    pd.testing.assert_frame_equal(shown, shuffled.reset_index(drop=True))
    assert store_data.get_sources() == {"003_test.txt": ("line one", "line two")}
    assert store_data.get_store() is None
    assert store_data.refresh() is False  # no store: nothing to reload


def test_dataset_and_as_at(small: pd.DataFrame) -> None:
    store_data.set_data(small)
    wider = store_data.dataset("wider_determinants")
    assert len(wider) == (small["dataset"] == "wider_determinants").sum() > 0
    assert set(wider["dataset"]) == {"wider_determinants"}
    assert store_data.dataset("no_such_dataset").empty
    assert store_data.as_at() == pd.Timestamp(small["pack_date"].max())
    assert store_data.as_at(small.assign(pack_date=pd.NaT)) is None


def test_a_joint_committee_s_site_is_named_by_its_committee() -> None:
    """No cover names one council (three boroughs share the committee): the latest pack's own committee names
    the site, not the committee whose minutes an earlier pack carries."""
    frame = pd.DataFrame(
        {
            "committee": ["Orsby Health Scrutiny Panel", "Orsby and Wendle Joint Scrutiny Committee"],
            "meeting_date": pd.to_datetime(["2025-03-01", "2025-09-18"]),
            "pack_date": pd.to_datetime(["2025-09-18", "2025-09-18"]),
            "source_file": ["p.txt", "p.txt"],
        }
    )
    assert store_data.latest_committee(frame) == "Orsby and Wendle Joint Scrutiny Committee"
    assert store_data.latest_committee(frame.iloc[:1]) is None  # only an earlier meeting's minutes
