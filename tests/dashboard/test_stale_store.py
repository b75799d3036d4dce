"""A store whose rows older loader code gave is never served stale: the dashboard extracts those packs again
at start (dashboard/app.py, through loaders/mending.py), one pack at a time, before it shows anything."""

from __future__ import annotations

from pathlib import Path

from dashboard import create_app
from dashboard import data as store_data
from loaders.cache import loaders_fingerprint
from loaders.pipeline import extract_pack
from loaders.store import Store

PACK = """NORTHSHIRE COUNTY COUNCIL
Health and Wellbeing Board - 3 October 2024

Smoking in Northshire fell to 12.5% in 2023, against 11.9% for England.
"""


def test_rows_from_older_loaders_are_extracted_again_at_start(store_file: Path, tmp_path: Path) -> None:
    pack = tmp_path / "northshire_hwb_2024-10-03.txt"
    pack.write_text(PACK, encoding="utf-8")
    result = extract_pack(pack)
    store = Store(store_file)
    store.add(
        result.frame.iloc[:1],  # one row short, as an older reader might have given
        result.pack.lines,
        name=pack.name,
        sha256=result.pack.sha256,
        stored_path=pack,
        loader_version="older loader code",
    )
    create_app()
    stored = store.find(name=pack.name)
    assert stored is not None
    assert stored.loader_version == loaders_fingerprint()
    shown = store_data.get_data()
    assert len(shown[shown["source_file"] == pack.name]) == len(result.frame) == 2
