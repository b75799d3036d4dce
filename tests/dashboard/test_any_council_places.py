"""Any council (issue 19, item 4) without a browser: districts, benchmarks and the home council come from the
data; the tile map is placed from data/tile_positions.csv and its table agrees with it; a council whose
districts have no positions gets them ranked; `serve --reports DIR` stores a council's folder alone."""

from __future__ import annotations

import re
import shutil
import subprocess
import sys
from pathlib import Path

import pandas as pd
import pytest
import requests
from click.testing import CliRunner
from dash_sample import CYCLING

from dashboard import figures, tables
from dashboard.app import load_sources
from dashboard.cli import main
from dashboard.data import home_of
from loaders.areas import AREAS_FILE

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"
ROOT = Path(__file__).resolve().parents[2]


def council(name: str) -> tuple[pd.DataFrame, dict]:
    import loaders

    paths = sorted((DEVSET / name).glob("*.txt"))
    return loaders.load(paths), load_sources(paths)


def leicestershire_names() -> set[str]:
    return set(pd.read_csv(AREAS_FILE)["name"])


def test_the_tile_maps_table_rates_the_districts_as_the_map_does(altered) -> None:
    """Each tile's verdict is the verdict in the table beside it (the table once said "not compared" for all)."""
    values = tables.district_values(altered[altered["dataset"] == "wider_determinants"], CYCLING)
    fig = figures.tile_map(values, CYCLING, "England")
    table = tables.indicator_table(values, "England", districts_only=True)
    assert len(table) == len(fig.layout.annotations) == 7
    shown = table[["Area", "Compared with England"]].to_numpy()
    for note, (area, verdict) in zip(fig.layout.annotations, shown, strict=True):
        assert note.text.replace("<br>", " ").startswith(f"<b>{area}</b>")
        assert note.text.endswith(verdict)  # symbol and word, e.g. "▼ worse"
    assert not any(v.endswith("not compared") for v in table["Compared with England"])


@pytest.mark.parametrize("name", ["calvermoor", "fallowmere"])
def test_a_development_councils_districts_come_from_its_packs_and_are_ranked(name: str) -> None:
    frame, sources = council(name)
    home = home_of(frame, sources)
    assert home is not None
    assert home.lower() == name
    wider = frame[frame["dataset"] == "wider_determinants"]
    places = tables.places_of(wider, home)
    assert places.benchmarks == (home, "England")
    assert len(places.districts) == 6  # each README lists six districts
    assert not set(places.districts) & leicestershire_names()
    assert home not in places.districts
    measure = tables.indicators(wider)[0]
    values = tables.district_values(wider, measure, places)
    fig = figures.tile_map(values, measure, "England")
    bar = fig.data[0]
    assert bar.type == "bar"  # no positions known for these districts: ranked, highest first
    assert list(bar.x) == sorted(bar.x, reverse=True)
    ranked = values.set_index("area").loc[list(places.districts), "value"].sort_values(ascending=False)
    assert [re.sub(r"^\d+\. ", "", y) for y in bar.y] == ranked.index.tolist()


def test_the_shipped_districts_are_placed_from_the_data_file(tidy: pd.DataFrame) -> None:
    wider = tidy[tidy["dataset"] == "wider_determinants"]
    places = tables.places_of(wider, "Leicestershire")
    positions = tables.tile_positions(list(places.districts))
    assert positions is not None
    assert len(set(positions.values())) == len(places.districts) == 7
    fig = figures.tile_map(tables.district_values(wider, tables.indicators(wider)[0], places), "", "England")
    assert len(fig.layout.shapes) == 7
    assert tables.tile_positions([*places.districts, "Brockton"]) is None  # one unknown: ranked instead


def test_serve_reports_stores_the_councils_folder_alone(tmp_path: Path) -> None:
    """`healthdash serve --store FILE --reports DIR`: the folder's packs are added (a bad one named in one line),
    no shipped pack is, and the site is named after the council."""
    from loaders.store import Store

    folder = tmp_path / "packs"
    folder.mkdir()
    for pack in (DEVSET / "fallowmere").glob("*.txt"):
        shutil.copy(pack, folder / pack.name)
    (folder / "scan.pdf").write_bytes(b"not a pdf")
    store_file = tmp_path / "store.sqlite"
    proc = subprocess.Popen(
        [sys.executable, "-m", "dashboard.cli", "serve", "--production", "--port", "0", "--store", str(store_file)]
        + ["--reports", str(folder)],
        cwd=ROOT,
        stdout=subprocess.PIPE,
        stderr=subprocess.PIPE,
        text=True,
    )
    try:
        assert proc.stdout is not None
        assert proc.stderr is not None
        lines = []
        while not (lines and lines[-1].startswith("healthdash: serving")):
            line = proc.stdout.readline()
            assert line, "serve ended before serving: " + "".join(lines)
            lines.append(line.strip())
        assert sum(line.startswith("added fallowmere_") for line in lines) == 2
        url = re.search(r"(http://\S+/)", lines[-1]).group(1)
        assert "<title>Fallowmere health committees</title>" in requests.get(url, timeout=30).text
        assert sorted(p.name for p in Store(store_file).packs()) == sorted(p.name for p in folder.glob("*.txt"))
    finally:
        proc.terminate()
        proc.wait(timeout=10)
    errors = [e for e in proc.stderr.read().splitlines() if e.startswith("healthdash:")]
    assert errors == [e for e in errors if "scan.pdf" in e]
    assert len(errors) == 1


def test_serve_reports_that_is_no_folder_is_one_line(tmp_path: Path) -> None:
    missing = tmp_path / "nowhere"
    result = CliRunner().invoke(main, ["serve", "--store", str(tmp_path / "s.sqlite"), "--reports", str(missing)])
    assert result.exit_code == 2
    assert result.output.strip() == f"healthdash: {missing}: not a folder of packs (--reports names a folder)"


def test_a_borough_s_statistical_neighbours_are_a_benchmark_not_a_district() -> None:
    """Kelderbrook prints its four neighbourhoods beside its statistical neighbours, its region and England."""
    frame, sources = council("kelderbrook")
    home = home_of(frame, sources)
    wider = frame[frame["dataset"] == "wider_determinants"]
    places = tables.places_of(wider, home)
    assert "Statistical neighbours" in places.benchmarks
    assert "Statistical neighbours" not in places.districts
    assert places.benchmarks[0] == home
    assert places.benchmarks[-1] == "England"
