"""Tests of the pages (dashboard/pages/: overview, districts, explorer, sources): layouts and callbacks called directly
on an app built from the small frame."""

from __future__ import annotations

import pandas as pd
import pytest
from dash_sample import CYCLING, FUEL, SOURCES
from dash_tree import find, page, page_module, text_of

from dashboard import create_app


def test_overview_tiles_red_and_timeline(app):
    out = page("/")["layout"]()
    text = text_of(out)
    assert "As at the pack for 8 July 2021" in text
    assert "£41.2m" in text
    assert "up £11.2m from 2018/19" in text
    assert "No data in these packs." in text  # e.g. Better Care Fund is absent
    assert "Delayed transfers of care" in text
    assert "✖ Red" in text
    assert "5 September 2013" in text


def test_districts_layout_reads_query(app):
    out = page("/districts")["layout"](indicator=FUEL, benchmark="Leicestershire")
    assert find(out, "districts-indicator").value == FUEL
    assert find(out, "districts-benchmark").value == "Leicestershire"
    text = text_of(out)
    assert "within ±5% of the benchmark" in text
    assert "As at the pack for 8 July 2021" in text
    assert "against Leicestershire (9.4%)" in text


def test_districts_unknown_query_falls_back(app):
    out = page("/districts")["layout"](indicator="nonsense", benchmark="Mars")
    assert find(out, "districts-indicator").value == CYCLING
    assert find(out, "districts-benchmark").value == "England"


def test_districts_callback_redraws_and_writes_url(app):
    mod = page_module("/districts")
    charts, matrix, search = mod.update(FUEL, "England", True)
    assert search.startswith("?indicator=Fuel+Poverty")
    assert search.endswith("&benchmark=England&present=1")
    assert "Melton has the highest figure (10.6%)" in text_of(charts)
    graph = find(charts, "districts-bars-graph")
    assert graph.figure.layout.template.layout.font.size >= 20


def test_missing_dataset_says_no_data(small):
    create_app(small[small["dataset"] != "wider_determinants"], SOURCES)
    out = page("/districts")["layout"]()
    assert "No data in these packs" in text_of(out)


def test_explorer_search_and_download(app):
    mod = page_module("/explorer")
    out = page("/explorer")["layout"](q="cycling")
    assert find(out, "explorer-search").value == "cycling"
    assert len(find(out, "explorer-grid").rowData) == 9
    rows, search = mod.search("cycling blaby", None, None, False)
    assert [r["area"] for r in rows] == ["Blaby"]
    assert search == "?q=cycling+blaby"
    assert rows[0]["source"].endswith("(/sources?file=003_test.txt&line=10)")
    sent = mod.download(1, rows)
    assert sent["filename"] == "healthdash-rows.csv"
    csv = pd.read_csv(__import__("io").StringIO(sent["content"]))
    assert csv["value"].tolist() == [2.5]
    assert "warning" in csv.columns
    # The count after column filters is worked out in the browser (COUNT_JS, see test_browser); the layout
    # starts it from the search and gives the browser the total.
    assert text_of(find(out, "explorer-count")) == "9 of 45 rows"
    assert find(out, "explorer-total").data == 45


def test_sources_viewer_shows_loaded_lines_only(app):
    layout = page("/sources")["layout"]
    out = layout(file="003_test.txt", line="12")
    viewer = find(out, "sources-viewer")
    assert "line 12 of the district pack" in text_of(viewer)
    assert find(viewer, "sources-current-line") is not None
    assert "Harborough" in text_of(find(viewer, "sources-line-numbers"))
    refused = layout(file="../../etc/passwd", line="1")
    assert "not one of the packs loaded" in text_of(refused)


def test_sources_lists_packs_meetings_and_warnings(app):
    out = page("/sources")["layout"](file="001_test.txt", meeting="2013-12-05")
    text = text_of(out)
    assert "figure stated twice" in text
    assert "Performance dashboard" in text_of(find(out, "sources-meeting"))
    assert "Health and Wellbeing Board" in text_of(find(out, "sources-packs"))


@pytest.mark.parametrize("path", ["/", "/districts", "/explorer", "/sources"])
def test_every_layout_renders_on_an_empty_frame(path, small):
    create_app(small.iloc[0:0], {})
    assert page(path)["layout"]() is not None
