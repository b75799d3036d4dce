"""Tests of the pages (dashboard/pages/: overview, districts, explorer, sources): layouts and callbacks called directly
on an app built from the small frame."""

from __future__ import annotations

from urllib.parse import parse_qsl

import pandas as pd
import pytest
from dash import no_update
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
    # The count is found on the server for the URL's state; the grid asks for its rows a block at a time.
    assert text_of(find(out, "explorer-count")) == "9 of 45 rows"
    assert find(out, "explorer-grid").rowModelType == "infinite"
    request = {"startRow": 0, "endRow": 50, "filterModel": {}, "sortModel": []}
    answer, count, search, links = mod.rows(request, "cycling blaby", "all", "all", "all", "all", False)
    assert [r["area"] for r in answer["rowData"]] == ["Blaby"]
    assert answer["rowCount"] == 1
    assert count == "1 of 45 rows"
    assert search == "?q=cycling+blaby"
    assert answer["rowData"][0]["source"].endswith("(/sources?file=003_test.txt&line=10)")
    # The download is built on the server from the same state, at the address the page links to.
    csv_link = next(a for a in links if getattr(a, "id", None) == "explorer-download-csv")
    sent = app.server.test_client().get(csv_link.href)
    assert sent.status_code == 200
    csv = pd.read_csv(__import__("io").BytesIO(sent.data), encoding="utf-8-sig")
    assert csv["value"].tolist() == [2.5]
    assert "warning" in csv.columns


def test_explorer_column_filter_sort_and_pickers_round_trip_the_url(app, small):
    mod = page_module("/explorer")
    request = {
        "startRow": 0,
        "endRow": 50,
        "filterModel": {"value": {"filterType": "number", "type": "greaterThan", "filter": 2}},
        "sortModel": [{"colId": "value", "sort": "desc"}],
    }
    answer, count, search, _links = mod.rows(request, "cycling", "wider_determinants", "all", "all", "2018/19", True)
    assert [r["shown"] for r in answer["rowData"]] == ["4.0%", "2.5%", "2.4%", "2.3%", "2.1%"]
    assert count == "5 of 45 rows"
    assert search == (
        "?q=cycling&dataset=wider_determinants&period=2018%2F19&f.value=greaterThan%3A2&sort=-value&present=1"
    )
    # The same URL opened again: the controls, the grid's filter and sort, and the count come back.
    out = page("/explorer")["layout"](**dict(parse_qsl(search[1:])))
    assert find(out, "explorer-dataset").value == "wider_determinants"
    assert find(out, "explorer-period").value == "2018/19"
    assert find(out, "explorer-area").value == "all"
    assert find(out, "explorer-grid").dashGridOptions["initialState"] == {
        "filter": {"filterModel": {"value": {"filterType": "number", "type": "greaterThan", "filter": 2.0}}},
        "sort": {"sortModel": [{"colId": "value", "sort": "desc"}]},
    }
    assert text_of(find(out, "explorer-count")) == "5 of 45 rows"
    # The area picker lists the areas present and narrows the rows.
    areas = [o["value"] for o in find(out, "explorer-area").options]
    assert areas[0] == "all"
    assert "Blaby" in areas
    answer, count, _, _ = mod.rows({"startRow": 0, "endRow": 50}, "", "all", "all", "Blaby", "all", False)
    assert count == f"{(small['area'] == 'Blaby').sum()} of 45 rows"
    assert {r["area"] for r in answer["rowData"]} == {"Blaby"}
    # Datasets are offered by title.
    labels = {o["value"]: o["label"] for o in find(out, "explorer-dataset").options}
    assert labels["wider_determinants"] == "Wider determinants of health"


def test_explorer_link_with_unknown_picks_shows_everything(app):
    out = page("/explorer")["layout"](area="Atlantis", dataset="nope", **{"f.value": "between:x", "sort": "-nope"})
    assert find(out, "explorer-area").value == "all"
    assert find(out, "explorer-dataset").value == "all"
    assert "initialState" not in find(out, "explorer-grid").dashGridOptions
    assert text_of(find(out, "explorer-count")) == "45 of 45 rows"


def test_explorer_detail_shows_the_whole_row(app):
    mod = page_module("/explorer")
    answer, _, _, _ = mod.rows({"startRow": 0, "endRow": 1}, "cycling blaby", "all", "all", "all", "all", False)
    text = text_of(mod.detail(answer["rowData"]))
    assert "Percentage of adults cycling for travel at least three days per week 2018/19 (%)" in text
    assert "2.5%" in text
    assert "Printed in Health and Wellbeing Board, 8 July 2021, line 10" in text  # the pack by its meeting
    assert "Chart it" in text
    # Only the row's id is read from the browser: anything else it sends is neither shown nor followed.
    forged = mod.detail([{**answer["rowData"][0], "measure": "<script>", "page": "javascript:alert(1)"}])
    assert "<script>" not in text_of(forged)
    assert "javascript" not in str(forged)
    for junk in ([], None, [{"row_id": "0"}], [{"row_id": True}], [{"row_id": 10**9}], ["x"]):
        assert "Select a row" in text_of(mod.detail(junk))


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


@pytest.mark.parametrize(
    "request_body",
    [
        {"startRow": "x", "endRow": None, "filterModel": "area", "sortModel": {"colId": "value"}},
        {"startRow": -50, "endRow": 10**12, "filterModel": {"area": {"type": "contains", "filter": ["Blaby"]}}},
        {"filterModel": {"value": {"filterType": "number", "type": "inRange", "filter": "1e400", "filterTo": 2}}},
        {"sortModel": [{"colId": "__class__", "sort": "asc"}, "value", None]},
    ],
)
def test_explorer_rows_take_any_request_without_failing(app, request_body):
    mod = page_module("/explorer")
    answer, count, search, _links = mod.rows(request_body, ["x"], 5, {"a": 1}, None, "all", "yes")
    assert answer["rowCount"] == 45
    assert len(answer["rowData"]) <= 100
    assert count == "45 of 45 rows"
    assert search == "?present=1"
    assert mod.rows(None, "", "all", "all", "all", "all", False) == (no_update, no_update, no_update, no_update)
