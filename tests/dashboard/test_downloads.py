"""Tests of dashboard/downloads.py: every chart's table downloads as the formatted .xlsx and as CSV with a byte-order
mark, the rows found again on the server from the page's own parameters; requests the route cannot answer get 404 or
400 and one line, never a 500.  The browser test at the end downloads both files as a user would, by clicking.
"""

from __future__ import annotations

import io
import logging
import time
from pathlib import Path
from urllib.parse import quote

import openpyxl
import pandas as pd
import pytest
from dash import html
from selenium.webdriver.common.keys import Keys
from workbooks import about_items, assert_same_rows, sheets

from dashboard import downloads, export
from dashboard.theme import Rag

BOM = b"\xef\xbb\xbf"
PAGES = ["/", "/districts", "/finance", "/workforce", "/life-expectancy", "/performance", "/sources"]


@pytest.fixture(scope="module")
def shipped(packs):
    """The app over the shipped packs, and a test client of its server."""
    from dashboard import create_app

    app = create_app(*packs)
    return app, app.server.test_client()


def walk(component):
    """Every component in a tree."""
    if isinstance(component, list | tuple):
        for c in component:
            yield from walk(c)
        return
    if component is None or isinstance(component, str | int | float):
        return
    yield component
    yield from walk(getattr(component, "children", None))


def cards_and_links(path: str) -> tuple[list, list[html.A]]:
    from dash_tree import page

    tree = list(walk(page(path)["layout"]()))
    cards = [c for c in tree if "hd-card" in str(getattr(c, "className", ""))]
    return cards, [c for c in tree if isinstance(c, html.A) and "hd-download" in str(getattr(c, "className", ""))]


def csv_rows(data: bytes) -> pd.DataFrame:
    return pd.read_csv(io.BytesIO(data), encoding="utf-8-sig", keep_default_na=False, na_values=[""])


# --- every chart's table ---------------------------------------------------------------------------------------


def test_every_chart_card_offers_both_downloads_and_each_answers(shipped) -> None:
    _app, client = shipped
    seen = set()
    for path in PAGES:
        cards, links = cards_and_links(path)
        assert len(links) == 2 * len(cards), path
        for a in links:
            text = "".join(t if isinstance(t, str) else str(t.children) for t in a.children)
            assert text.startswith(("Download Excel of the data: ", "Download CSV of the data: ")), text
            response = client.get(a.href)
            assert response.status_code == 200, (a.href, response.data[:200])
            kind = a.href.split("?")[0].rsplit(".", 1)[1]
            assert response.mimetype == downloads.FORMATS[kind][1]
            disposition = response.headers["Content-Disposition"]
            assert disposition.startswith("attachment; filename=healthdash-")
            assert disposition.endswith("." + kind)
            if kind == "csv":
                assert response.data.startswith(BOM)
            else:
                assert response.data[:2] == b"PK"
            seen.add(a.href.split("?")[0].rsplit("/", 1)[1].rsplit(".", 1)[0])
    # every view a page registers is offered on it; the shipped packs print no table of an indicator month by month
    # (test_performance_beside.py downloads that view's rows from one that does)
    assert seen == set(downloads.VIEWS) - {downloads.EXPLORER, "performance-series"}


def test_district_download_holds_the_indicator_rows_with_filters_and_comparisons(shipped, packs) -> None:
    from dash_tree import page_module

    _app, client = shipped
    frame = packs[0]
    wider = frame[frame["dataset"] == "wider_determinants"]
    measure = next(m for m in dict.fromkeys(wider["measure"]) if "cycling" in m.lower())
    query = f"?indicator={quote(measure)}&benchmark=Leicestershire"
    response = client.get("/download/districts-bars.xlsx" + query)
    assert response.status_code == 200
    assert "Leicestershire" in response.headers["Content-Disposition"]
    expected = page_module("/districts").indicator_rows(wider, measure, "Leicestershire", places_of(wider))
    assert_same_rows(response.data, expected)
    wb = sheets(response.data)
    about = about_items(wb)
    assert about["Filters", "Indicator"] == measure
    assert about["Filters", "Benchmark"] == "Leicestershire"
    assert about["Filters", "Dataset"] == "Wider determinants of health"  # the title, from dashboard/catalogue.py
    assert about["Download", "Address"] == "/download/districts-bars.xlsx" + query.replace(" ", "%20")
    ws = wb["Data"]
    header = [c.value for c in ws[1]]
    rag = header.index("comparison_rag") + 1
    value = header.index("value") + 1
    rated = 0
    for r in range(2, ws.max_row + 1):
        assert ws.cell(r, value).number_format == '0.0"%"'
        cell = ws.cell(r, rag)
        if cell.value is None:
            continue
        rated += 1
        assert cell.fill.fgColor.rgb[-6:] == Rag.of(cell.value).fill.lstrip("#").upper()
    assert rated == 7  # each district, against the county
    same = csv_rows(client.get("/download/districts-bars.csv" + query).data)
    assert list(same["area"]) == list(expected["area"])


def places_of(wider):
    """The districts and benchmarks the page finds in the rows (the shipped packs' covers name Leicestershire)."""
    from dashboard import tables

    return tables.places_of(wider, "Leicestershire")


def test_a_series_chart_downloads_its_rows_as_drawn(shipped, packs) -> None:
    from dash_tree import page_module

    from dashboard import series

    _app, client = shipped
    section = page_module("/finance").SECTIONS[0]
    rows = series.rows_for(packs[0], section)
    data = client.get(f"/download/{section.key}.xlsx").data
    assert_same_rows(data, rows)
    assert about_items(sheets(data))["Download", "From"] == section.title
    back = csv_rows(client.get(f"/download/{section.key}.csv").data)
    assert list(back["measure"]) == list(rows["measure"])


# --- the route's answers ----------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("url", "status", "says"),
    [
        ("/download/nope.xlsx", 404, "No download is called 'nope.xlsx'"),
        ("/download/finance-bcf.pdf", 404, "No download is called"),
        ("/download/finance-bcf", 404, "No download is called"),
        ("/download/districts-bars.xlsx?indicator=nope", 400, "indicator 'nope' is not one of the choices"),
        ("/download/districts-bars.csv?benchmark=Wales", 400, "benchmark 'Wales' is not one of the choices"),
        ("/download/districts-bars.csv?benchmark=England&benchmark=England", 400, "given 2 times"),
        ("/download/finance-bcf.csv?area=Blaby", 400, "takes no parameter 'area'"),
        ("/download/explorer.csv?f.nope=equals:x", 400, "no column 'nope' to filter"),
        ("/download/explorer.xlsx?f.value=greaterThan:ten", 400, "is not understood"),
        ("/download/explorer.csv?sort=sideways", 400, "is not understood"),
        ("/download/explorer.csv?dataset=nope", 400, "dataset 'nope' is not in the packs loaded"),
        ("/download/explorer.csv?q=" + "x" * 2001, 400, "not usable text"),
    ],
)
def test_requests_it_cannot_answer_get_one_line_and_one_log_line(
    shipped, caplog: pytest.LogCaptureFixture, url: str, status: int, says: str
) -> None:
    _app, client = shipped
    with caplog.at_level(logging.WARNING, logger="healthdash"):
        response = client.get(url)
    assert response.status_code == status
    assert response.mimetype == "text/plain"
    body = response.get_data(as_text=True)
    assert says in body
    assert body.count("\n") == 1
    refused = [r for r in caplog.records if "refused" in r.getMessage()]
    assert len(refused) == 1
    assert "Traceback" not in caplog.text


def test_present_is_ignored_and_the_page_parameters_give_a_stable_address(shipped) -> None:
    _app, client = shipped
    plain = client.get("/download/finance-bcf.csv").data
    assert client.get("/download/finance-bcf.csv?present=1").data == plain
    assert downloads.href("districts-bars", "csv", {"indicator": "A & B", "benchmark": "England", "x": None}) == (
        "/download/districts-bars.csv?indicator=A+%26+B&benchmark=England"
    )


def test_a_workbook_past_the_limit_is_refused_saying_filter_or_take_the_csv(
    shipped, monkeypatch: pytest.MonkeyPatch
) -> None:
    from loaders import workbook

    _app, client = shipped
    monkeypatch.setattr(workbook, "MAX_ROWS", 10)
    response = client.get("/download/explorer.xlsx?q=cycling")
    assert response.status_code == 400
    assert "filter to fewer rows, or take the CSV" in response.get_data(as_text=True)
    everything = client.get("/download/explorer.csv?q=cycling")  # the CSV has no limit
    assert everything.status_code == 200
    assert len(csv_rows(everything.data)) > 10


# --- the explorer's downloads (its page wires them; dashboard/pages/explorer.py) --------------------------------


def test_explorer_download_is_the_rows_the_grid_finds_in_its_order(shipped) -> None:
    from dashboard import rowsource

    _app, client = shipped
    query = {"q": "cycling", "f.area": "equals:Blaby", "sort": "-value"}
    state = rowsource.ExplorerState.from_query(query)
    href = downloads.explorer_href(state, "xlsx")
    assert href.startswith("/download/explorer.xlsx?q=cycling")
    expected = rowsource.frame_for(state)
    assert 0 < len(expected) < 50
    data = client.get(href).data
    assert_same_rows(data, expected)
    filters = {k[1]: v for k, v in about_items(sheets(data)).items() if k[0] == "Filters"}
    assert filters["Search"] == "cycling"
    assert "Blaby" in filters["Area"]
    back = csv_rows(client.get(downloads.explorer_href(state, "csv")).data)
    assert list(back["value"]) == list(expected["value"])
    assert downloads.explorer_href({"q": "x", "present": True}) == "/download/explorer.csv?q=x"


def test_explorer_links_offer_no_workbook_past_the_limit() -> None:
    from dashboard import rowsource

    state = rowsource.ExplorerState.from_query({"q": "cycling"})
    small = downloads.explorer_links(state, 12)
    assert [a.id for a in small] == ["explorer-download-xlsx", "explorer-download-csv"]
    big = downloads.explorer_links(state, export.MAX_ROWS + 1)
    assert big[0].id == "explorer-download-xlsx-note"
    assert "download the CSV" in big[0].children
    assert big[1].href == "/download/explorer.csv?q=cycling"


# --- in a browser, as a user ------------------------------------------------------------------------------------


def wait_for(folder: Path, pattern: str, timeout: float = 30) -> Path:
    deadline = time.monotonic() + timeout
    while time.monotonic() < deadline:
        done = [p for p in folder.glob(pattern) if p.stat().st_size]
        if done and not list(folder.glob("*.crdownload")):
            return done[0]
        time.sleep(0.2)
    raise AssertionError(f"no {pattern} in {folder}: {sorted(p.name for p in folder.iterdir())}")


SHOW = "arguments[0].scrollIntoView({block: 'center', behavior: 'instant'});"  # the page scrolls smoothly


def click(duo, element) -> None:
    duo.driver.execute_script(SHOW, element)
    element.click()


@pytest.mark.browser
def test_a_user_downloads_both_files_of_a_charts_table(started, packs) -> None:
    """Districts, against Leicestershire: click "Download Excel" and "Download CSV" under the chart's table and open
    both as an analyst would; then the performance chart's workbook, whose ratings are the packs' own."""
    frame = packs[0]
    wider = frame[frame["dataset"] == "wider_determinants"]
    measure = next(m for m in dict.fromkeys(wider["measure"]) if "cycling" in m.lower())
    started.driver.get(started.server_url + "/districts?benchmark=Leicestershire&indicator=" + quote(measure))
    started.wait_for_element("#districts-bars-download-xlsx", timeout=20)
    folder = Path(started.download_path)

    link = started.find_element("#districts-bars-download-xlsx")
    assert link.text.startswith("Download Excel")  # and, for screen readers, of what (visually hidden)
    assert measure in link.get_attribute("textContent")
    assert link.get_attribute("download")
    click(started, link)
    book = wait_for(folder, "healthdash-districts-bars-*.xlsx")
    assert "Leicestershire" in book.name
    wb = openpyxl.load_workbook(book)
    assert wb.sheetnames == ["Data", "Sources", "About"]
    ws = wb["Data"]
    header = [c.value for c in ws[1]]
    areas = [ws.cell(r, header.index("area") + 1).value for r in range(2, ws.max_row + 1)]
    assert areas[:2] == ["Blaby", "Charnwood"]
    blaby = {name: ws.cell(2, i + 1) for i, name in enumerate(header)}
    assert blaby["value"].value == pytest.approx(2.5)
    assert blaby["value"].number_format == '0.0"%"'
    assert blaby["meeting_date"].is_date
    verdict = blaby["comparison_rag"]
    assert verdict.value in {r.word for r in Rag}
    assert verdict.fill.fgColor.rgb[-6:] == Rag.of(verdict.value).fill.lstrip("#").upper()
    assert ws.freeze_panes == "A2"
    sources = wb["Sources"]
    assert {row[0] for row in sources.iter_rows(min_row=2, values_only=True)} == set(
        wider.loc[wider["measure"] == measure, "source_file"]
    )
    about = about_items(wb)
    assert about["Filters", "Indicator"] == measure
    assert about["Filters", "Benchmark"] == "Leicestershire"

    csv_link = started.find_element("#districts-bars-download-csv")  # by keyboard: focus it, press Enter
    started.driver.execute_script(SHOW + " arguments[0].focus();", csv_link)
    csv_link.send_keys(Keys.ENTER)
    text = wait_for(folder, "healthdash-districts-bars-*.csv")
    raw = text.read_bytes()
    assert raw.startswith(BOM)
    back = csv_rows(raw)
    assert list(back["area"]) == areas
    assert back.loc[0, "value"] == pytest.approx(2.5)

    started.driver.get(started.server_url + "/performance")
    started.wait_for_element("#performance-counts-download-xlsx", timeout=20)
    click(started, started.find_element("#performance-counts-download-xlsx"))
    rated = openpyxl.load_workbook(wait_for(folder, "healthdash-performance-counts-*.xlsx"))["Data"]
    header = [c.value for c in rated[1]]
    words = set()
    for row in range(2, rated.max_row + 1):
        cell = rated.cell(row, header.index("rag") + 1)
        if cell.value is None:
            continue
        words.add(cell.value)
        assert cell.fill.fgColor.rgb[-6:] == Rag.of(cell.value).fill.lstrip("#").upper()
        assert cell.font.bold
    assert {"Red", "Green"} <= words
    assert started.get_logs() == []


@pytest.mark.browser
def test_a_user_downloads_both_files_of_the_explorers_rows(started) -> None:
    """The explorer with a search and a column filter in its address: both files hold the rows the grid finds."""
    from dashboard import rowsource

    query = "?q=cycling&f.area=equals:Blaby"
    started.driver.get(started.server_url + "/explorer" + query)
    started.wait_for_element("#explorer-grid .ag-row", timeout=20)
    if not started.driver.find_elements("css selector", "#explorer-download-xlsx"):
        pytest.skip("dashboard/pages/explorer.py does not show downloads.explorer_links yet")
    expected = rowsource.frame_for(rowsource.ExplorerState.from_query({"q": "cycling", "f.area": "equals:Blaby"}))
    assert 0 < len(expected) < 50
    folder = Path(started.download_path)

    click(started, started.find_element("#explorer-download-xlsx"))
    data = wait_for(folder, "healthdash-explorer-*.xlsx").read_bytes()
    assert_same_rows(data, expected)
    wb = sheets(data)
    about = about_items(wb)
    assert about["Filters", "Search"] == "cycling"
    assert "Blaby" in str(about["Filters", "Area"])
    assert wb["Data"].freeze_panes == "A2"
    assert {row[0] for row in wb["Sources"].iter_rows(min_row=2, values_only=True)} == set(expected["source_file"])

    click(started, started.find_element("#explorer-download-csv"))
    raw = wait_for(folder, "healthdash-explorer-*.csv").read_bytes()
    assert raw.startswith(BOM)
    assert list(csv_rows(raw)["measure"]) == list(expected["measure"])
    assert started.get_logs() == []


def test_a_dataset_printed_in_two_tables_gets_a_card_and_a_download_for_each(shipped, packs) -> None:
    """The shipped packs print GP workforce in a table and in the text: two cards, not one chart of both."""
    from dashboard import series

    _app, client = shipped
    cards, links = cards_and_links("/workforce")
    tables = [href for a in links if "workforce-gp.csv" in (href := a.href)]
    assert len(tables) == 2
    rows = series.rows_for(packs[0], series.Section("workforce-gp", "", "gp_workforce"))
    seen = 0
    for href in tables:
        back = csv_rows(client.get(href).data)
        assert back["table"].fillna(series.IN_THE_TEXT).nunique() == 1
        seen += len(back)
    assert seen == len(rows)
    response = client.get("/download/workforce-gp.csv?table=" + quote("Table 99: nothing"))
    assert response.status_code == 400
