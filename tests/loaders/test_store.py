"""Tests of loaders/store.py: same rows as loaders.load, packs never rewritten, an add killed mid-way leaves the store
as it was, readers in other processes are not blocked."""

from __future__ import annotations

import os
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest

import loaders
from loaders.intake import add_file
from loaders.reading import find_packs, read_pack
from loaders.schema import validate
from loaders.store import PAUSE_ENV, Store


def test_frame_read_back_equals_loaders_load_dtypes_included(store: Store) -> None:
    frame = store.frame()
    validate(frame)
    pd.testing.assert_frame_equal(frame, loaders.load())
    assert store.sources() == {p.name: read_pack(p).lines for p in find_packs(None, loaders.REPORTS_DIR)}


def test_store_file_is_in_wal_mode(store: Store) -> None:
    store.packs()
    with sqlite3.connect(store.path) as conn:
        assert conn.execute("PRAGMA journal_mode").fetchone()[0] == "wal"


@pytest.mark.parametrize("statement", ["UPDATE rows SET value = 0", "DELETE FROM packs", "UPDATE packs SET name = 'x'"])
def test_stored_packs_cannot_be_rewritten(store: Store, statement: str) -> None:
    store.packs()
    with sqlite3.connect(store.path) as conn, pytest.raises(sqlite3.IntegrityError, match="never rewritten"):
        conn.execute(statement)


def test_killing_an_add_mid_transaction_leaves_the_store_as_it_was(store: Store, small_pack: Path) -> None:
    before_frame, before_packs, before_version = store.frame(), store.packs(), store.version()
    marker = small_pack.parent / "inside-transaction"
    env = {**os.environ, PAUSE_ENV: str(marker)}
    cmd = [sys.executable, "-m", "loaders.cli", "add", str(small_pack), "--store", str(store.path)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    try:
        deadline = time.monotonic() + 120
        while not marker.exists():
            assert proc.poll() is None, proc.stderr.read().decode() if proc.stderr else "add ended early"
            assert time.monotonic() < deadline, "the add never reached its transaction"
            time.sleep(0.05)
        # Inside the open transaction: the rows are written but not committed, so readers do not see them.
        assert store.version() == before_version
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    assert proc.returncode == -signal.SIGKILL
    assert store.version() == before_version
    assert store.packs() == before_packs
    pd.testing.assert_frame_equal(store.frame(), before_frame)
    # The store is usable: the same pack goes in now, once.
    _summary, outcome = add_file(small_pack, store)
    assert outcome.added
    assert store.version() == before_version + 1
    assert len(store.frame()) == len(before_frame) + outcome.pack.row_count


def test_a_reader_in_another_process_does_not_block_an_add(store: Store, small_pack: Path) -> None:
    """WAL: a reading process holding a read transaction open; the add commits, and new readers see it."""
    reader = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import sqlite3, sys, time\n"
            f"c = sqlite3.connect({str(store.path)!r}, isolation_level=None)\n"
            "c.execute('BEGIN')\n"
            "n = c.execute('SELECT COUNT(*) FROM rows').fetchone()[0]\n"
            "print(n, flush=True)\n"
            "sys.stdin.readline()\n"
            "print(c.execute('SELECT COUNT(*) FROM rows').fetchone()[0], flush=True)\n",
        ],
        stdin=subprocess.PIPE,
        stdout=subprocess.PIPE,
        text=True,
    )
    assert reader.stdout is not None
    assert reader.stdin is not None
    try:
        held = int(reader.stdout.readline())
        start = time.monotonic()
        _summary, outcome = add_file(small_pack, store)
        assert time.monotonic() - start < 10  # not waiting for the reader's transaction to end
        assert outcome.added
        reader.stdin.write("\n")
        reader.stdin.flush()
        assert int(reader.stdout.readline()) == held  # the reader's snapshot is unchanged
    finally:
        reader.communicate(timeout=30)
    assert len(store.frame()) == held + outcome.pack.row_count


def test_a_store_of_other_columns_is_refused_clearly(tmp_path: Path) -> None:
    path = tmp_path / "old.sqlite"
    with sqlite3.connect(path) as conn:
        conn.execute("CREATE TABLE meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)")
        conn.execute("INSERT INTO meta VALUES ('columns', '[\"dataset\"]')")
    from loaders.store import StoreError

    with pytest.raises(StoreError, match="delete the file to rebuild"):
        Store(path).packs()


def test_empty_store_gives_an_empty_typed_frame(tmp_path: Path) -> None:
    store = Store(tmp_path / "new.sqlite")
    assert store.version() == 0
    frame = store.frame()
    assert frame.empty
    pd.testing.assert_series_equal(frame.dtypes, loaders.load().dtypes)
