"""Tests that a pack with missing fields (no committee heading, no meeting or pack date, no area) never blanks the
overview (dashboard/pages/overview.py, dashboard/tables.py): it is shown with "not stated" in their place."""

from __future__ import annotations

from pathlib import Path

import pandas as pd
from click.testing import CliRunner
from dash_sample import SOURCES
from dash_tree import find, page, text_of

from dashboard import create_app
from loaders.cli import main
from loaders.schema import coerce
from loaders.store import Store

BARE_PACK = """Some numbers with no committee heading and no date.

The service saw 1,482 people, up from 1,200.

Spending was £2.5m against a budget of £3.0m.
"""


def test_a_stored_pack_with_no_committee_or_date_does_not_blank_the_overview(store_file: Path, tmp_path: Path) -> None:
    pack = tmp_path / "bare.txt"
    pack.write_text(BARE_PACK, encoding="utf-8")
    added = CliRunner().invoke(main, ["add", str(pack)])  # into $HEALTHDASH_STORE, the app's store
    assert added.exit_code == 0, added.output
    stored = Store(store_file).frame()
    bare = stored[stored["source_file"] == "bare.txt"]
    assert len(bare) > 0
    assert bare["committee"].isna().all()
    assert bare["meeting_date"].isna().all()
    create_app()
    out = page("/")["layout"]()
    timeline = text_of(find(out, "overview-timeline"))
    assert "date not stated – committee not stated" in timeline
    assert "4 numbers; in the pack for Committee not stated, meeting date not stated" in timeline
    assert "Health Overview and Scrutiny Committee" in timeline  # the shipped packs' meetings are all still there
    assert "Meeting brief" in text_of(out)


def test_the_overview_shows_a_pack_missing_every_optional_field(small: pd.DataFrame) -> None:
    """The only Better Care Fund figure comes from a pack that states no committee, date, area or period."""
    row = small.iloc[[0]].copy()
    row["dataset"], row["measure"], row["value"], row["unit"] = "bcf", "Telecare", 12.0, "GBP millions"
    row["value_text"], row["rag"], row["source_file"], row["source_line"] = "£12m", "Red", "bare.txt", 3
    for column in ("committee", "area", "area_code", "period", "report", "polarity"):
        row[column] = pd.NA
    row["meeting_date"] = row["pack_date"] = pd.NaT
    frame = pd.concat([small, coerce(row)], ignore_index=True)
    create_app(frame, {**SOURCES, "bare.txt": ["", "", "Telecare £12m"]})
    out = page("/")["layout"]()
    tile = text_of(find(out, "overview-tile-bcf"))
    assert "£12.0m" in tile  # headline money written one way (theme.fmt_headline)
    assert "Telecare" in tile
    assert "Pack date not stated" in tile
    assert "Telecare" in text_of(find(out, "overview-red-table"))
    timeline = text_of(find(out, "overview-timeline"))
    assert "date not stated – committee not stated" in timeline
    assert "As at the pack for 8 July 2021" in text_of(out)  # the dated packs still date the page
