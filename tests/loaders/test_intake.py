"""Tests of loaders/intake.py: adding a pack to the store (copied beside it, rows once, never overwriting), filling
the store from a folder, and the summary `healthdash add` prints."""

from __future__ import annotations

import shutil
from pathlib import Path

import pandas as pd
import pytest

import loaders
from loaders.errors import PackError
from loaders.intake import add_file, fill_from
from loaders.reading import read_pack
from loaders.store import Store


def test_second_fill_adds_nothing(store: Store) -> None:
    before = store.version()
    added, problems = fill_from(store, loaders.REPORTS_DIR)
    assert problems == []
    assert [a.added for a in added] == [False] * 5
    assert store.version() == before == 5


def test_a_broken_file_in_the_folder_is_reported_and_the_rest_stored(tmp_path: Path, small_pack: Path) -> None:
    """A bad file dropped into data/reports/ never stops the dashboard starting: it is named, the others stored."""
    folder = tmp_path / "reports"
    folder.mkdir()
    shutil.copy(small_pack, folder / small_pack.name)
    (folder / "broken.txt").write_bytes(b"")
    store = Store(tmp_path / "store.sqlite")
    added, problems = fill_from(store, folder)
    assert [a.pack.name for a in added] == [small_pack.name]
    assert len(problems) == 1
    assert "broken.txt" in problems[0]
    assert "empty" in problems[0]


def test_adding_a_pack_copies_it_and_adds_its_rows_once(store: Store, small_pack: Path) -> None:
    before = store.frame()
    summary, outcome = add_file(small_pack, store)
    assert outcome.added
    assert outcome.pack.row_count == summary.rows > 0
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
    assert not again.added
    assert again.pack.name == small_pack.name
    assert store.version() == version
    pd.testing.assert_frame_equal(store.frame(), after)


def test_same_content_under_another_name_adds_nothing(store: Store, small_pack: Path) -> None:
    add_file(small_pack, store)
    renamed = small_pack.with_name("renamed.txt")
    shutil.copy(small_pack, renamed)
    _summary, outcome = add_file(renamed, store)
    assert not outcome.added
    assert outcome.pack.name == small_pack.name
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


def test_add_reports_areas_the_area_table_does_not_know(tmp_path: Path) -> None:
    other_council = Path(__file__).parent / "badinput" / "unknown_districts.txt"
    store = Store(tmp_path / "s.sqlite")
    summary, outcome = add_file(other_council, store)
    stored = store.frame()
    uncoded = set(stored.loc[stored["area"].notna() & stored["area_code"].isna(), "area"])
    assert outcome.added
    assert uncoded
    assert {u.split(" ", 1)[1].split(" (also")[0] for u in summary.unknown_areas} == uncoded
    text = "\n".join(summary.lines())
    assert f"areas in no gazetteer: {len(uncoded)} (rows kept with no code)" in text
