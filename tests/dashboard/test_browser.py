"""End to end (the whole dashboard in headless Chromium on the shipped packs): pages render with no console errors, pack
values show, presentation mode and URL state work. Run with `pytest -m browser --headless`.

Screenshots of each page, normal and in presentation mode, go to test-output/screenshots/.
"""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import quote

import pytest

pytestmark = pytest.mark.browser

SHOTS = Path(__file__).resolve().parents[2] / "test-output" / "screenshots"
PAGES = {
    "overview": "/",
    "districts": "/districts",
    "explorer": "/explorer",
    "sources": "/sources",
    "finance": "/finance",
    "workforce": "/workforce",
    "life-expectancy": "/life-expectancy",
    "performance": "/performance",
    "glossary": "/glossary",
}


def go(duo, path):
    duo.driver.get(duo.server_url + path)
    duo.wait_for_element("#app-root", timeout=10)
    duo.wait_for_contains_text(".hd-as-at", "As at the pack for", timeout=10)


def measure_like(frame, words):
    wider = frame[frame["dataset"] == "wider_determinants"]
    hits = [m for m in dict.fromkeys(wider["measure"]) if all(w in m.lower() for w in words)]
    if not hits:
        pytest.skip(f"no wider_determinants measure with {words} in these packs")
    return hits[0]


@pytest.mark.parametrize("name", list(PAGES))
def test_page_loads_without_console_errors(started, name):
    SHOTS.mkdir(parents=True, exist_ok=True)
    go(started, PAGES[name])
    started.wait_for_element(".hd-main h1", timeout=10)
    started.driver.save_screenshot(str(SHOTS / f"{name}.png"))
    assert started.get_logs() == []


@pytest.mark.parametrize("name", list(PAGES))
def test_presentation_mode_changes_layout(started, name):
    go(started, PAGES[name])
    normal_font = started.driver.execute_script("return getComputedStyle(document.getElementById('app-root')).fontSize")
    go(started, PAGES[name] + "?present=1")
    started.wait_for_class_to_equal("#app-root", "hd-root present", timeout=10)
    started.driver.set_window_size(1280, 720)
    present_font = started.driver.execute_script(
        "return getComputedStyle(document.getElementById('app-root')).fontSize"
    )
    assert float(present_font.rstrip("px")) > float(normal_font.rstrip("px"))
    assert started.find_element("#app-present").is_selected()
    started.driver.save_screenshot(str(SHOTS / f"{name}-present.png"))
    assert started.get_logs() == []


def test_toggle_turns_presentation_on_and_keeps_filters(started):
    go(started, "/explorer?q=cycling")
    started.find_element("#app-present").click()
    started.wait_for_class_to_equal("#app-root", "hd-root present", timeout=10)
    url = started.driver.current_url
    assert "present=1" in url
    assert "q=cycling" in url


def test_districts_show_pack_values(started, packs):
    cycling = measure_like(packs[0], ["cycling"])
    go(started, "/districts?indicator=" + quote(cycling))
    started.wait_for_element("#districts-bars-table", timeout=10)
    rows = {
        tr.find_elements("css selector", "td")[0].text: tr.find_elements("css selector", "td")[1].text
        for tr in started.find_elements("#districts-bars-table tbody tr")
    }
    assert rows["Blaby"] == "2.5%"
    assert "Blaby" in started.find_element("#districts-bars-graph").text


def test_districts_fuel_poverty_england(started, packs):
    fuel = measure_like(packs[0], ["fuel poverty"])
    go(started, "/districts?benchmark=Leicestershire&indicator=" + quote(fuel))
    started.wait_for_element("#districts-bars-table", timeout=10)
    table = started.find_element("#districts-bars-table").text
    assert "England 8.9%" in table
    assert started.find_element("#districts-benchmark input[value='Leicestershire']").is_selected()
    assert "against Leicestershire (9.4%)" in started.find_element("#districts-bars-summary").text


def test_districts_control_writes_url(started, packs):
    measure_like(packs[0], ["cycling"])
    go(started, "/districts")
    started.find_element("#districts-benchmark input[value='Leicestershire']").click()
    started.wait_for_contains_text("#districts-bars-summary", "against Leicestershire", timeout=10)
    assert "benchmark=Leicestershire" in started.driver.current_url


def test_explorer_url_restores_and_search_narrows(started):
    go(started, "/explorer?q=cycling")
    assert started.find_element("#explorer-search").get_attribute("value") == "cycling"
    started.wait_for_element("#explorer-grid .ag-row", timeout=10)
    narrowed = started.find_element("#explorer-count").text
    go(started, "/explorer")
    started.wait_for_element("#explorer-grid .ag-row", timeout=10)
    total = started.find_element("#explorer-count").text
    assert int(narrowed.split()[0].replace(",", "")) < int(total.split()[0].replace(",", ""))
    box = started.find_element("#explorer-search")
    box.send_keys("fuel poverty\n")
    deadline = time.time() + 10
    while time.time() < deadline and started.find_element("#explorer-count").text == total:
        time.sleep(0.2)
    after = started.find_element("#explorer-count").text
    assert int(after.split()[0].replace(",", "")) < int(total.split()[0].replace(",", ""))
    assert "q=fuel+poverty" in started.driver.current_url


def test_source_viewer_from_url(started):
    go(started, "/sources?file=003_8d4a1ac1c83c0024.txt&line=5229")
    assert "Blaby 13.0 2.5 9.5" in started.find_element("#sources-current-line").text


@pytest.mark.parametrize(
    ("path", "element", "text", "dataset"),
    [
        ("/finance", "#finance-qipp-table", "£49.020m", "qipp"),
        ("/finance", "#finance-pcn-table", "£37,655,530", "pcn_budgets"),
        ("/life-expectancy", "#life-gap-summary", "6.4 years shorter for men", "life_expectancy"),
        ("/workforce", "#workforce-model-summary", "starts from 554 WTE GPs", "gp_workforce"),
    ],
)
def test_part2_pages_show_pack_values(started, packs, path, element, text, dataset):
    if not (packs[0]["dataset"] == dataset).any():
        pytest.skip(f"no {dataset} rows in these packs yet")
    go(started, path)
    started.wait_for_contains_text(element, text, timeout=10)
    assert started.get_logs() == []
