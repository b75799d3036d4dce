"""The store: same rows as loaders.load, packs never twice or rewritten, an add killed mid-way leaves it as it was,
readers in other processes are not blocked; and `healthdash add` on the command line."""

from __future__ import annotations

import os
import re
import shutil
import signal
import sqlite3
import subprocess
import sys
import time
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from pdfmaker import text_pdf

import loaders
from loaders.cli import main
from loaders.errors import PackError
from loaders.intake import add_file, fill_from
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


def test_second_fill_adds_nothing(store: Store) -> None:
    before = store.version()
    added, problems = fill_from(store, loaders.REPORTS_DIR)
    assert problems == []
    assert [a.added for a in added] == [False] * 5
    assert store.version() == before == 5


def test_adding_a_pack_copies_it_and_adds_its_rows_once(store: Store, small_pack: Path) -> None:
    before = store.frame()
    summary, outcome = add_file(small_pack, store)
    assert outcome.added and outcome.pack.row_count == summary.rows > 0
    copy = store.reports_dir / small_pack.name
    assert copy.read_bytes() == small_pack.read_bytes()
    assert outcome.pack.stored_path == str(copy)
    after = store.frame()
    assert len(after) == len(before) + summary.rows
    assert set(after["source_file"]) - set(before["source_file"]) == {small_pack.name}
    new = after[after["source_file"] == small_pack.name]
    assert "7.3%" in set(new["value_text"])
    assert new["committee"].unique().tolist() == ["Health Overview and Scrutiny Committee"]
    assert new["meeting_date"].unique().tolist() == [pd.Timestamp("2025-06-04")]
    assert store.sources()[small_pack.name] == read_pack(small_pack).lines
    version = store.version()

    _summary, again = add_file(small_pack, store)
    assert not again.added and again.pack.name == small_pack.name
    assert store.version() == version
    pd.testing.assert_frame_equal(store.frame(), after)


def test_same_content_under_another_name_adds_nothing(store: Store, small_pack: Path) -> None:
    add_file(small_pack, store)
    renamed = small_pack.with_name("renamed.txt")
    shutil.copy(small_pack, renamed)
    _summary, outcome = add_file(renamed, store)
    assert not outcome.added and outcome.pack.name == small_pack.name
    assert not (store.reports_dir / "renamed.txt").exists()


def test_a_different_pack_with_a_stored_name_is_refused(store: Store, tmp_path: Path, small_pack_text: str) -> None:
    shipped = sorted(loaders.REPORTS_DIR.glob("*.txt"))[0]
    impostor = tmp_path / shipped.name
    impostor.write_text(small_pack_text, encoding="utf-8")
    version = store.version()
    with pytest.raises(PackError, match="different pack with this name is already in the store"):
        add_file(impostor, store)
    assert store.version() == version
    assert not (store.reports_dir / shipped.name).exists()


def test_copy_never_overwrites_a_different_file(store: Store, small_pack: Path) -> None:
    store.reports_dir.mkdir(parents=True, exist_ok=True)
    squatter = store.reports_dir / small_pack.name
    squatter.write_text("another pack\n", encoding="utf-8")
    with pytest.raises(PackError, match="already exists with other content"):
        add_file(small_pack, store)
    assert squatter.read_text(encoding="utf-8") == "another pack\n"
    assert store.find(name=small_pack.name) is None


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
    assert outcome.added and store.version() == before_version + 1
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
    assert reader.stdout is not None and reader.stdin is not None
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


# The command line ------------------------------------------------------------------------------------------


def test_cli_add_prints_what_it_found_and_adds_once(store: Store, small_pack: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["add", str(small_pack), "--store", str(store.path)])
    assert first.exit_code == 0, first.output
    for expected in (
        "hosc_2025_06_04.txt: 3 rows",
        "meetings: 1",
        "papers for Health Overview and Scrutiny Committee, 4 June 2025",
        "tables: 0 found",
        "rows per dataset:",
        "figures: 3",
        "warnings: 0",
        "added 3 rows",
    ):
        assert expected in first.output
    second = runner.invoke(main, ["add", str(small_pack), "--store", str(store.path)])
    assert second.exit_code == 0
    assert "nothing added" in second.output and "added 3 rows" not in second.output
    assert len(store.frame()[lambda f: f["source_file"] == small_pack.name]) == 3


def test_cli_add_lists_tables_and_warnings_of_a_real_pack(tmp_path: Path) -> None:
    (pack,) = loaders.REPORTS_DIR.glob("002_*.txt")
    result = CliRunner().invoke(main, ["add", str(pack), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 0, result.output
    assert "minutes of Health Overview and Scrutiny Committee" in result.output
    assert "primary_care_budgets:" in result.output
    pattern = r"tables: (\d+) found, (\d+) claimed .*?, (\d+) with no numbers .*?, (\d+) unclaimed"
    counts = re.search(pattern, result.output)
    assert counts, result.output
    found, claimed, empty, unclaimed = map(int, counts.groups())
    assert found == claimed + empty + unclaimed and claimed > 0
    assert result.output.count("    unclaimed: ") == unclaimed
    stored = Store(tmp_path / "s.sqlite").frame()
    pd.testing.assert_frame_equal(stored, loaders.load([pack]))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("pack.docx", b"PK\x03\x04 not a pack", "a pack must be a .txt or .pdf file"),
    ],
)
def test_cli_add_bad_input_one_line_exit_2(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    store_file = tmp_path / "s.sqlite"
    result = CliRunner().invoke(main, ["add", str(path), "--store", str(store_file)])
    assert result.exit_code == 2
    assert message in result.output and name in result.output
    assert len(result.output.strip().splitlines()) == 1 and "Traceback" not in result.output
    assert Store(store_file).version() == 0
    assert not (tmp_path / "reports").exists()


def test_cli_add_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["add", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2 and "nope.txt: no such file" in result.output


def test_packs_extracted_by_other_loader_code_are_reported(tmp_path: Path, small_pack: Path) -> None:
    from loaders.intake import extracted_by_other_code

    store = Store(tmp_path / "s.sqlite")
    add_file(small_pack, store)
    assert extracted_by_other_code(store) == []
    (pack,) = loaders.REPORTS_DIR.glob("004_*.txt")
    read = read_pack(pack)
    store.add(
        loaders.load([pack]), read.lines, name=pack.name, sha256=read.sha256, stored_path=pack, loader_version="old"
    )
    assert extracted_by_other_code(store) == [pack.name]


def test_cli_add_a_pdf_pack_gives_the_rows_of_its_text(tmp_path: Path, small_pack: Path, small_pack_text: str) -> None:
    pdf = text_pdf(small_pack_text.splitlines(), tmp_path / "hosc_2025_06_04.pdf")
    store_file = tmp_path / "s.sqlite"
    result = CliRunner().invoke(main, ["add", str(pdf), "--store", str(store_file)])
    assert result.exit_code == 0, result.output
    assert "hosc_2025_06_04.pdf: 3 rows" in result.output and "added 3 rows" in result.output
    store = Store(store_file)
    assert (store.reports_dir / pdf.name).read_bytes() == pdf.read_bytes()
    stored = store.frame().drop(columns="source_file")
    pd.testing.assert_frame_equal(stored, loaders.load([small_pack]).drop(columns="source_file"))
    lines = store.sources()[pdf.name]
    assert [x.strip() for x in lines if "7.3%" in x] == ["Leicestershire was 7.3%, compared with 6.1% in England."]


def test_add_reports_areas_the_area_table_does_not_know(tmp_path: Path) -> None:
    other_council = Path(__file__).parent / "badinput" / "other_council.txt"
    store = Store(tmp_path / "s.sqlite")
    summary, outcome = add_file(other_council, store)
    stored = store.frame()
    uncoded = set(stored.loc[stored["area"].notna() & stored["area_code"].isna(), "area"])
    assert outcome.added and uncoded
    assert {u.split(" ", 1)[1].split(" (also")[0] for u in summary.unknown_areas} == uncoded
    text = "\n".join(summary.lines())
    assert f"areas not in data/areas.csv: {len(uncoded)} (rows kept with no code)" in text
