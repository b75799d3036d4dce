"""Tests of loaders/parallel.py: packs extracted by a pool of processes give the rows one process gives, and bad input
still names its file."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pandera.errors
import pytest

import loaders
from loaders.errors import PackError


def test_pool_gives_the_same_frame_as_one_process() -> None:
    pd.testing.assert_frame_equal(loaders.load(cache=False, workers=2), loaders.load(cache=False))


def test_pool_fills_the_cache_and_a_second_load_reads_it(cache_home: Path) -> None:
    first = loaders.load(workers=2)
    assert len(list(cache_home.glob("*.pkl"))) == len(set(first["source_file"]))
    pd.testing.assert_frame_equal(loaders.load(), first)


def test_bad_pack_in_a_pool_is_a_pack_error_naming_it(tmp_path: Path) -> None:
    good = sorted(loaders.REPORTS_DIR.glob("*.txt"))[-1]
    shutil.copy(good, tmp_path / good.name)
    (tmp_path / "empty.txt").write_bytes(b"")
    with pytest.raises(PackError, match="empty.txt"):
        loaders.load([tmp_path], cache=False, workers=2)


def test_same_name_in_two_folders_is_still_caught_by_the_key(tmp_path: Path) -> None:
    """Frames that are each valid but share a source file go through the full schema check.

    (The same bytes twice are read once, so the second copy differs by a trailing blank line.)
    """
    pack = sorted(loaders.REPORTS_DIR.glob("*.txt"))[-1]
    for folder in ("a", "b"):
        (tmp_path / folder).mkdir()
        shutil.copy(pack, tmp_path / folder / pack.name)
    assert len(loaders.load([tmp_path / "a", tmp_path / "b"], cache=False)) == len(loaders.load([pack], cache=False))
    with (tmp_path / "b" / pack.name).open("ab") as fh:
        fh.write(b"\n")
    with pytest.raises(pandera.errors.SchemaErrors):
        loaders.load([tmp_path / "a", tmp_path / "b"], cache=False)


class _Unpicklable(Exception):
    """An error whose pickled form cannot be rebuilt (its __init__ needs two arguments)."""

    def __init__(self, what: str, why: str) -> None:
        super().__init__(f"{what}: {why}")


def test_worker_error_that_cannot_cross_processes_still_names_the_pack(monkeypatch: pytest.MonkeyPatch) -> None:
    """Such an error would stall a multiprocessing pool; it comes back as a RuntimeError naming the pack."""
    import loaders.pipeline

    def broken(path: Path) -> None:
        raise _Unpicklable(str(path), "a spec failed")

    monkeypatch.setattr(loaders.pipeline, "extract_pack", broken)  # forked workers inherit it
    with pytest.raises(RuntimeError, match=r"00[01]_.*\.txt.*a spec failed"):
        loaders.load(sorted(loaders.REPORTS_DIR.glob("*.txt"))[:2], cache=False, workers=2)
