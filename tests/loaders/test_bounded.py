"""Tests of loaders/bounded.py: one pack's extraction in a child process that a time or memory limit stops."""

from __future__ import annotations

import time
from pathlib import Path

import pytest

from loaders.bounded import run_bounded
from loaders.errors import PackError
from loaders.pipeline import PackResult, extract_pack

PACK = "HEALTH AND WELLBEING BOARD\n\nSmoking in Blaby was 12.5% in 2019/20, compared with 13.9% for England.\n"


def sleeps(path: Path) -> int:
    time.sleep(30)
    return 1


def eats_memory(path: Path) -> int:
    hoard = []
    while True:
        hoard.append(bytearray(64 * 1024 * 1024))


def refuses(path: Path) -> int:
    raise PackError(path, 7, "a table with no columns")


def test_a_pack_within_the_limits_gives_the_same_rows_as_in_process(tmp_path: Path) -> None:
    pack = tmp_path / "small.txt"
    pack.write_text(PACK, encoding="utf-8")
    result = run_bounded(extract_pack, pack)
    assert isinstance(result, PackResult)
    assert result.frame.equals(extract_pack(pack).frame)
    assert 12.5 in result.frame["value"].tolist()


def test_the_time_limit_stops_the_child_and_names_the_setting(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HEALTHDASH_PACK_SECONDS", "1")
    started = time.monotonic()
    with pytest.raises(PackError, match=r"slow\.txt: reading stopped after 1 s \(HEALTHDASH_PACK_SECONDS"):
        run_bounded(sleeps, tmp_path / "slow.txt")
    assert time.monotonic() - started < 15


def test_the_memory_limit_stops_the_child_and_names_the_setting(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HEALTHDASH_PACK_MEMORY_MB", "256")
    with pytest.raises(PackError, match=r"big\.pdf: reading stopped at 256 MB of memory"):
        run_bounded(eats_memory, tmp_path / "big.pdf")


def test_a_pack_error_in_the_child_reaches_the_caller_with_its_line(tmp_path: Path) -> None:
    with pytest.raises(PackError) as caught:
        run_bounded(refuses, tmp_path / "bad.txt")
    assert (caught.value.line, caught.value.message) == (7, "a table with no columns")


def test_a_setting_that_is_not_a_number_is_refused_in_one_line(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HEALTHDASH_PACK_SECONDS", "soon")
    with pytest.raises(PackError, match="HEALTHDASH_PACK_SECONDS: 'soon' is not a number of seconds"):
        run_bounded(refuses, tmp_path / "x.txt")


def test_limits_of_zero_run_in_process(tmp_path: Path, monkeypatch) -> None:
    monkeypatch.setenv("HEALTHDASH_PACK_SECONDS", "0")
    monkeypatch.setenv("HEALTHDASH_PACK_MEMORY_MB", "0")
    with pytest.raises(PackError):  # raised here, not sent back from a child
        run_bounded(refuses, tmp_path / "x.txt")


def test_extract_says_in_one_line_when_a_pack_reaches_the_time_limit(tmp_path: Path, monkeypatch) -> None:
    from click.testing import CliRunner

    from loaders.cli import main

    monkeypatch.setenv("HEALTHDASH_PACK_SECONDS", "0.001")
    pack = tmp_path / "small.txt"
    pack.write_text(PACK * 200, encoding="utf-8")
    result = CliRunner().invoke(main, ["extract", str(pack), "--out", str(tmp_path / "out.csv")])
    assert result.exit_code == 2
    assert result.output.strip().splitlines()[-1] == (
        f"healthdash: {pack}: reading stopped after 0.001 s (HEALTHDASH_PACK_SECONDS sets the limit)"
    )
    assert "Traceback" not in result.output
