"""A store filled before the meaning columns (indicator, breakdown, benchmark, role) existed is extracted again,
never served with those columns empty (loaders/store.py, loaders/mending.py)."""

from __future__ import annotations

import json
import shutil
import sqlite3
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from loaders.cli import main
from loaders.intake import extracted_by_other_code
from loaders.meaning import MEANING_COLUMNS
from loaders.pipeline import extract_pack
from loaders.schema import COLUMN_NAMES
from loaders.store import Store, StoreError

PACK = Path(__file__).resolve().parents[1] / "data" / "devset" / "fallowmere" / "fallowmere_hwb_2025-01-16.txt"


def old_store(tmp_path: Path) -> Store:
    """A store holding a pack as a version without the meaning columns wrote it: those columns absent."""
    copy = tmp_path / "incoming" / PACK.name
    copy.parent.mkdir()
    shutil.copy(PACK, copy)
    path = tmp_path / "store" / "s.sqlite"
    result = CliRunner().invoke(main, ["add", str(copy), "--store", str(path)])
    assert result.exit_code == 0, result.output
    with sqlite3.connect(path) as conn:
        for name in MEANING_COLUMNS:
            conn.execute(f'ALTER TABLE rows DROP COLUMN "{name}"')
        older = [c for c in COLUMN_NAMES if c not in MEANING_COLUMNS]
        conn.execute("UPDATE meta SET value = ? WHERE key = 'columns'", (json.dumps(older),))
    return Store(path)


def test_an_older_store_takes_the_new_columns_and_every_pack_is_due_for_extraction(tmp_path: Path) -> None:
    store = old_store(tmp_path)
    assert extracted_by_other_code(store) == [PACK.name]
    with sqlite3.connect(store.path) as conn:
        names = [r[1] for r in conn.execute("PRAGMA table_info(rows)")]
    assert set(MEANING_COLUMNS) <= set(names)


def test_reindex_fills_the_new_columns(tmp_path: Path) -> None:
    store = old_store(tmp_path)
    result = CliRunner().invoke(main, ["reindex", "--store", str(store.path)])
    assert result.exit_code == 0, result.output
    expected = extract_pack(PACK).frame
    got = Store(store.path).frame()
    pd.testing.assert_frame_equal(got, expected)
    assert got["indicator"].notna().any()
    assert got["role"].notna().all()
    assert extracted_by_other_code(Store(store.path)) == []


def test_a_store_with_a_column_this_version_does_not_write_is_refused(tmp_path: Path) -> None:
    store = old_store(tmp_path)
    with sqlite3.connect(store.path) as conn:
        conn.execute("UPDATE meta SET value = ? WHERE key = 'columns'", (json.dumps([*COLUMN_NAMES, "retired"]),))
    with pytest.raises(StoreError, match="delete the file to rebuild"):
        Store(store.path).packs()
