"""Tests of `healthdash remove` and `healthdash reindex` (loaders/cli.py, loaders/mending.py, loaders/store.py): a
store can be mended without deleting it, one pack at a time, never losing rows on the way."""

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
from cli_run import TABLE_PACK, run

import loaders
from loaders.cache import loaders_fingerprint
from loaders.errors import PackError
from loaders.intake import fill_from
from loaders.pipeline import extract_pack
from loaders.store import PAUSE_ENV, Store


@pytest.fixture
def two_packs(small_pack: Path) -> tuple[Path, Path]:
    """The small pack and a pack with a table, side by side in tmp/incoming/."""
    table = small_pack.parent / "hosc_2025_07_02.txt"
    table.write_text(TABLE_PACK, encoding="utf-8")
    return small_pack, table


@pytest.fixture
def store_of_two(tmp_path: Path, two_packs: tuple[Path, Path]) -> Store:
    """A new store file holding the two packs, added through the command line."""
    path = tmp_path / "store" / "s.sqlite"
    code, out = run("add", *map(str, two_packs), "--store", str(path))
    assert code == 0, out
    return Store(path)


def stored_old_way(tmp_path: Path, pack: Path, drop: int) -> Store:
    """A store holding `pack` as older loader code stored it: `drop` rows short, another loader version."""
    result = extract_pack(pack)
    store = Store(tmp_path / "old" / "s.sqlite")
    store.add(
        result.frame.iloc[: len(result.frame) - drop],
        result.pack.lines,
        name=pack.name,
        sha256=result.pack.sha256,
        stored_path=pack,
        loader_version="older loader code",
    )
    return store


def test_remove_takes_one_pack_and_all_its_rows_out(store_of_two: Store, two_packs: tuple[Path, Path]) -> None:
    small, table = two_packs
    before = store_of_two.frame()
    version = store_of_two.version()
    code, out = run("remove", small.name, "--store", str(store_of_two.path))
    assert code == 0, out
    gone = int((before["source_file"] == small.name).sum())
    assert out.strip() == f"removed {small.name} and its {gone} rows from {store_of_two.path}"
    after = store_of_two.frame()
    assert set(after["source_file"]) == {table.name}
    pd.testing.assert_frame_equal(after, before[before["source_file"] == table.name].reset_index(drop=True))
    assert [p.name for p in store_of_two.packs()] == [table.name]
    assert small.name not in store_of_two.sources()
    assert store_of_two.version() > version  # a running dashboard reloads
    # Outside remove and reindex the store still refuses any rewrite.
    with sqlite3.connect(store_of_two.path) as conn, pytest.raises(sqlite3.IntegrityError, match="never rewritten"):
        conn.execute("DELETE FROM rows")


def test_remove_of_a_pack_not_stored_is_one_line_naming_the_store(store_of_two: Store) -> None:
    code, out = run("remove", "nothere.txt", "--store", str(store_of_two.path))
    assert code == 2
    assert out.count("\n") == 1
    assert str(store_of_two.path) in out
    assert "no pack named 'nothere.txt'" in out
    assert "hosc_2025_06_04.txt" in out  # what it does hold
    assert len(store_of_two.packs()) == 2


def test_remove_and_reindex_with_no_store_say_so_and_create_none(tmp_path: Path) -> None:
    missing = tmp_path / "none.sqlite"
    for args in (["remove", "x.txt"], ["reindex"]):
        code, out = run(*args, "--store", str(missing))
        assert code == 2
        assert out.strip() == f"healthdash: {missing}: no store here (healthdash add or serve creates one)"
    assert not missing.exists()


def test_remove_and_reindex_honour_healthdash_store(store_of_two: Store, two_packs: tuple[Path, Path]) -> None:
    env = {"HEALTHDASH_STORE": str(store_of_two.path)}
    code, out = run("reindex", env=env)
    assert code == 0, out
    assert str(store_of_two.path) in out
    code, out = run("remove", str(two_packs[0]), env=env)  # a path names the pack by its file name
    assert code == 0, out
    assert [p.name for p in store_of_two.packs()] == [two_packs[1].name]


def test_a_removed_pack_stays_out_when_the_dashboard_fills_the_store_but_add_brings_it_back(store: Store) -> None:
    (shipped,) = loaders.REPORTS_DIR.glob("004_*.txt")
    rows = int((store.frame()["source_file"] == shipped.name).sum())
    code, out = run("remove", shipped.name, "--store", str(store.path))
    assert code == 0, out
    fill_from(store, loaders.REPORTS_DIR)  # what `healthdash serve` does on start
    assert shipped.name not in {p.name for p in store.packs()}
    code, out = run("add", str(shipped), "--store", str(store.path))
    assert code == 0, out
    assert f"added {rows} rows" in out
    fill_from(store, loaders.REPORTS_DIR)
    assert int((store.frame()["source_file"] == shipped.name).sum()) == rows


def test_reindex_brings_rows_stored_by_older_loader_code_up_to_date(
    tmp_path: Path, two_packs: tuple[Path, Path]
) -> None:
    _small, table = two_packs
    store = stored_old_way(tmp_path, table, drop=2)
    expected = extract_pack(table).frame
    version = store.version()
    code, out = run("reindex", "--store", str(store.path))
    assert code == 0, out
    assert f"{table.name}: {len(expected)} rows (was {len(expected) - 2})" in out
    assert f"reindexed 1 pack in {store.path}" in out
    pd.testing.assert_frame_equal(store.frame(), expected)
    (pack,) = store.packs()
    assert (pack.loader_version, pack.row_count) == (loaders_fingerprint(), len(expected))
    assert pack.committee == "Health Overview and Scrutiny Committee"
    assert store.version() == version + 1


def test_reindex_of_the_shipped_packs_gives_exactly_what_load_gives(store: Store) -> None:
    code, out = run("reindex", "--store", str(store.path))
    assert code == 0, out
    assert "reindexed 5 packs" in out
    pd.testing.assert_frame_equal(store.frame(), loaders.load())


def test_reindex_reads_the_stored_text_when_the_copied_file_is_gone(store_of_two: Store) -> None:
    before = store_of_two.frame()
    stored = next(p for p in store_of_two.packs() if p.name == "hosc_2025_07_02.txt")
    Path(stored.stored_path).unlink()
    code, out = run("reindex", "--store", str(store_of_two.path))
    assert code == 0, out
    n = stored.row_count
    assert f"hosc_2025_07_02.txt: {n} rows (was {n}) (from the text the store kept" in out
    pd.testing.assert_frame_equal(store_of_two.frame(), before)


def test_a_pack_that_now_fails_keeps_its_old_rows_and_is_named_in_one_line(
    store_of_two: Store, monkeypatch: pytest.MonkeyPatch
) -> None:
    import loaders.mending

    real = loaders.mending.extract_read

    def broken_for_one(pack):  # a loader change that breaks on one pack
        if pack.name == "hosc_2025_07_02.txt":
            raise PackError(pack.path, 7, "the new table reader gives up here")
        return real(pack)

    monkeypatch.setattr(loaders.mending, "extract_read", broken_for_one)
    before = store_of_two.frame()
    n = int((before["source_file"] == "hosc_2025_07_02.txt").sum())
    code, out = run("reindex", "--store", str(store_of_two.path))
    assert code == 1
    failed = [line for line in out.splitlines() if "old rows" in line and "hosc_2025_07_02" in line]
    assert failed == [f"  hosc_2025_07_02.txt: kept its {n} old rows: line 7: the new table reader gives up here"]
    assert "hosc_2025_06_04.txt: 3 rows (was 3)" in out
    assert out.splitlines()[-1] == f"reindexed 1 pack in {store_of_two.path}; 1 kept their old rows"
    pd.testing.assert_frame_equal(store_of_two.frame(), before)


def test_killing_a_reindex_mid_swap_leaves_the_old_rows(tmp_path: Path, two_packs: tuple[Path, Path]) -> None:
    small, _table = two_packs
    store = stored_old_way(tmp_path, small, drop=1)
    old_frame, old_version = store.frame(), store.version()
    marker = tmp_path / "inside-transaction"
    cmd = [sys.executable, "-m", "loaders.cli", "reindex", "--store", str(store.path)]
    proc = subprocess.Popen(cmd, env={**os.environ, PAUSE_ENV: str(marker)}, stdout=subprocess.DEVNULL)
    try:
        deadline = time.monotonic() + 60
        while not marker.exists():
            assert proc.poll() is None, "reindex ended before its transaction"
            assert time.monotonic() < deadline, "reindex never reached its transaction"
            time.sleep(0.05)
        # The new rows are written but not committed: readers still see the old ones, all of them.
        pd.testing.assert_frame_equal(store.frame(), old_frame)
        assert store.version() == old_version
        os.kill(proc.pid, signal.SIGKILL)
        proc.wait(timeout=30)
    finally:
        if proc.poll() is None:
            proc.kill()
    pd.testing.assert_frame_equal(store.frame(), old_frame)
    code, out = run("reindex", "--store", str(store.path))
    assert code == 0, out
    assert len(store.frame()) == len(old_frame) + 1


def test_a_store_made_before_remove_existed_can_be_mended(store_of_two: Store) -> None:
    with sqlite3.connect(store_of_two.path) as conn:  # the triggers as older healthdash wrote them
        for table in ("packs", "rows"):
            for action in ("UPDATE", "DELETE"):
                name = f"{table}_no_{action.lower()}"
                conn.execute(f"DROP TRIGGER {name}")
                conn.execute(
                    f"CREATE TRIGGER {name} BEFORE {action} ON {table} "
                    "BEGIN SELECT RAISE(ABORT, 'stored packs are never rewritten'); END"
                )
    code, out = run("remove", "hosc_2025_06_04.txt", "--store", str(store_of_two.path))
    assert code == 0, out
    assert [p.name for p in Store(store_of_two.path).packs()] == ["hosc_2025_07_02.txt"]
    with sqlite3.connect(store_of_two.path) as conn, pytest.raises(sqlite3.IntegrityError, match="never rewritten"):
        conn.execute("UPDATE rows SET value = 0")


def test_a_pack_over_the_time_limit_keeps_its_old_rows(store_of_two: Store) -> None:
    before = store_of_two.frame()
    code, out = run("reindex", "--store", str(store_of_two.path), env={"HEALTHDASH_PACK_SECONDS": "0.001"})
    assert code == 1
    over = [line for line in out.splitlines() if "kept its" in line]
    assert len(over) == 2, out
    assert all("reading stopped after 0.001 s (HEALTHDASH_PACK_SECONDS sets the limit)" in line for line in over)
    pd.testing.assert_frame_equal(store_of_two.frame(), before)
