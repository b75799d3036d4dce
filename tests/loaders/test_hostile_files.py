"""Hostile files (issue 17, items 2 and 7): only regular files are read, never past the size limit, and each
content only once.  The commands run in a subprocess with a timeout and the in-process reads under an alarm, so a
read that blocks (a FIFO) or never ends (/dev/zero) fails its test instead of hanging the suite."""

from __future__ import annotations

import logging
import os
import signal
import socket
import subprocess
import sys
import time
import tracemalloc
from collections.abc import Iterator
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from loaders import load
from loaders.cli import main
from loaders.errors import PackError
from loaders.intake import extract, fill_from
from loaders.reading import MAX_MB_ENV, Found, distinct, read_bytes, read_pack, scan_packs
from loaders.store import Store

ROOT = Path(__file__).resolve().parents[2]
SECRET = "SECRET LINE 4,242 that must never be read\n"


def healthdash(*args: str) -> subprocess.CompletedProcess[str]:
    """The command in its own process: a hang fails with TimeoutExpired after 30 s."""
    return subprocess.run(
        [sys.executable, "-m", "loaders.cli", *args], cwd=ROOT, capture_output=True, text=True, timeout=30, check=False
    )


@pytest.fixture
def deadline() -> Iterator[None]:
    """Fail a test still running after 30 s (a blocked open or read is interrupted by the alarm)."""

    def expire(signum: int, frame: object) -> None:
        raise TimeoutError("still reading after 30 s")

    previous = signal.signal(signal.SIGALRM, expire)
    signal.alarm(30)
    try:
        yield
    finally:
        signal.alarm(0)
        signal.signal(signal.SIGALRM, previous)


@pytest.fixture
def hostile(tmp_path: Path, small_pack_text: str) -> Path:
    """A folder with one real pack and, named like packs: a link to a file outside, a link to /dev/zero, a FIFO."""
    folder = tmp_path / "packs"
    folder.mkdir()
    (folder / "hosc.txt").write_text(small_pack_text, encoding="utf-8")
    (tmp_path / "secret.txt").write_text(SECRET, encoding="utf-8")
    (folder / "outside.txt").symlink_to(tmp_path / "secret.txt")
    (folder / "zero.txt").symlink_to("/dev/zero")
    os.mkfifo(folder / "fifo.txt")
    return folder


def test_a_folder_scan_takes_only_its_regular_files_and_lists_the_rest(hostile: Path, deadline: None) -> None:
    found = scan_packs([hostile], hostile)
    assert found.paths == [hostile / "hosc.txt"]
    skipped = "\n".join(found.skipped)
    assert len(found.skipped) == 3
    assert f"{hostile / 'outside.txt'}: a link to" in skipped
    assert f"{hostile / 'zero.txt'}: a link to /dev/zero, outside the folder; not read" in skipped
    assert f"{hostile / 'fifo.txt'}: is a FIFO (named pipe), not a regular file; not read" in skipped


def test_a_link_inside_the_folder_is_read(tmp_path: Path, small_pack_text: str) -> None:
    (tmp_path / "sub").mkdir()
    (tmp_path / "sub" / "real.txt").write_text(small_pack_text, encoding="utf-8")
    (tmp_path / "alias.txt").symlink_to(tmp_path / "sub" / "real.txt")
    assert scan_packs([tmp_path], tmp_path) == Found([tmp_path / "alias.txt"], [])


def test_extract_on_the_folder_reads_the_pack_and_lists_what_it_skipped(hostile: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    start = time.monotonic()
    done = healthdash("extract", str(hostile), "--out", str(out))
    assert time.monotonic() - start < 30
    assert done.returncode == 0, done.stderr
    assert "Traceback" not in done.stdout + done.stderr
    for name in ("outside.txt", "zero.txt", "fifo.txt"):
        assert f"skipped {hostile / name}: " in done.stdout
    frame = pd.read_csv(out)
    assert set(frame["source_file"]) == {"hosc.txt"}
    assert "SECRET" not in out.read_text(encoding="utf-8")


def _socket(path: Path) -> Path:
    server = socket.socket(socket.AF_UNIX)
    server.bind(str(path))
    server.close()  # the socket file stays on disk
    return path


@pytest.mark.parametrize(
    ("make", "what"),
    [
        (lambda d: os.mkfifo(d / "fifo.txt") or d / "fifo.txt", "is a FIFO (named pipe), not a regular file"),
        (
            lambda d: (d / "zero.txt").symlink_to("/dev/zero") or d / "zero.txt",
            "is a character device, not a regular file",
        ),
        (lambda d: _socket(d / "s.txt"), "is a socket, not a regular file"),
    ],
    ids=["fifo", "link-to-dev-zero", "socket"],
)
@pytest.mark.parametrize("command", ["extract", "add"])
def test_a_named_special_file_is_one_line_and_exit_2(tmp_path: Path, make, what: str, command: str) -> None:
    target = make(tmp_path)
    extra = ["--out", str(tmp_path / "o.csv")] if command == "extract" else ["--store", str(tmp_path / "s.sqlite")]
    start = time.monotonic()
    done = healthdash(command, str(target), *extra)
    assert time.monotonic() - start < 30
    assert done.returncode == 2
    assert done.stderr.strip().splitlines() == [f"healthdash: {target}: {what}; not read"]
    assert not (tmp_path / "o.csv").exists()


def test_a_named_link_to_a_regular_file_is_read(tmp_path: Path, small_pack_text: str) -> None:
    (tmp_path / "real.txt").write_text(small_pack_text, encoding="utf-8")
    (tmp_path / "elsewhere").mkdir()
    link = tmp_path / "elsewhere" / "named.txt"
    link.symlink_to(tmp_path / "real.txt")
    assert read_pack(link).lines[0].startswith("HEALTH OVERVIEW")


def test_the_upload_intake_refuses_a_fifo_at_once(tmp_path: Path, deadline: None) -> None:
    os.mkfifo(tmp_path / "staged.txt")
    with pytest.raises(PackError, match=r"staged\.txt: is a FIFO"):
        extract(tmp_path / "staged.txt")


def test_filling_the_store_lists_a_link_out_of_the_folder(hostile: Path, tmp_path: Path, deadline: None) -> None:
    store = Store(tmp_path / "s.sqlite")
    added, problems = fill_from(store, hostile)
    assert [a.pack.name for a in added] == ["hosc.txt"]
    assert len(problems) == 3
    assert SECRET.strip() not in "\n".join("\n".join(v) for v in store.sources().values())


def test_nothing_is_read_past_the_limit_even_if_the_file_grows(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> None:
    """fstat says the file is small, but it holds 1 MB by the time it is read: one byte past the limit is read."""
    path = tmp_path / "growing.txt"
    path.write_bytes(b"1,234 words\n" * 100_000)
    monkeypatch.setenv(MAX_MB_ENV, "0.001")  # 1,000 bytes
    real_fstat = os.fstat

    def small_fstat(fd: int) -> os.stat_result:
        st = real_fstat(fd)
        return os.stat_result((*tuple(st)[:6], 10, *tuple(st)[7:10]))

    monkeypatch.setattr(os, "fstat", small_fstat)
    tracemalloc.start()
    try:
        with pytest.raises(PackError, match=r"growing\.txt: the file grew past the 0.001 MB limit"):
            read_bytes(path)
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert peak < 100_000, f"peak {peak:,} bytes reading a file refused at 1,000 bytes"


# --- the same content once --------------------------------------------------------------------------


@pytest.fixture
def twins(tmp_path: Path, small_pack_text: str) -> Path:
    folder = tmp_path / "twins"
    folder.mkdir()
    for name in ("a_hosc.txt", "b_copy.txt"):
        (folder / name).write_text(small_pack_text, encoding="utf-8")
    return folder


def test_distinct_keeps_the_first_file_of_each_content(twins: Path) -> None:
    found = distinct(scan_packs([twins], twins))
    assert found.paths == [twins / "a_hosc.txt"]
    assert found.skipped == [f"{twins / 'b_copy.txt'}: the same content as {twins / 'a_hosc.txt'}; read once"]


def test_extract_writes_the_rows_of_a_pack_under_two_names_once(twins: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    result = CliRunner().invoke(main, ["extract", str(twins), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert f"skipped {twins / 'b_copy.txt'}: the same content as {twins / 'a_hosc.txt'}; read once" in result.output
    assert "packs: 1" in result.output
    frame = pd.read_csv(out)
    assert set(frame["source_file"]) == {"a_hosc.txt"}
    single = tmp_path / "single.csv"
    assert CliRunner().invoke(main, ["extract", str(twins / "a_hosc.txt"), "--out", str(single)]).exit_code == 0
    assert len(frame) == len(pd.read_csv(single)) > 0


def test_load_reads_a_pack_under_two_names_once(
    twins: Path, cache_home: Path, caplog: pytest.LogCaptureFixture
) -> None:
    with caplog.at_level(logging.WARNING):
        frame = load([twins])
    assert set(frame["source_file"]) == {"a_hosc.txt"}
    assert len(frame) == len(load([twins / "a_hosc.txt"])) > 0
    assert any(
        "b_copy.txt: the same content as" in r.getMessage() and "a_hosc.txt" in r.getMessage() for r in caplog.records
    )
