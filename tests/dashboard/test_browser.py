"""End to end (the whole dashboard in headless Chromium on the shipped packs): pages render with no console errors, pack
values show, presentation mode and URL state work. Run with `pytest -m browser --headless`.

Screenshots of each page, normal and in presentation mode, go to test-output/screenshots/.
"""

from __future__ import annotations

import time
from pathlib import Path
from urllib.parse import quote

import pytest
from selenium.webdriver.common.keys import Keys
from selenium.webdriver.support.ui import Select

from dashboard.theme import fmt_value

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
        # in the chart's one money scale; the PCN table is the section's first card (the text's figures follow)
        ("/finance", "#finance-pcn-1-table", "£37.656m", "pcn_budgets"),
        ("/life-expectancy", "#life-gap-summary", "6.4 years shorter for men", "life_expectancy"),
        ("/workforce", "#workforce-model-summary", "starts from 554 WTE", "gp_workforce"),
    ],
)
def test_part2_pages_show_pack_values(started, packs, path, element, text, dataset):
    if not (packs[0]["dataset"] == dataset).any():
        pytest.skip(f"no {dataset} rows in these packs yet")
    go(started, path)
    started.wait_for_contains_text(element, text, timeout=10)
    assert started.get_logs() == []


# --- the explorer: rows found on the server, state in the URL ------------------------------------------------


def shown_rows(duo) -> list[list[str]]:
    """The grid's rendered rows (in row order), each as its cells' text in column order."""
    return duo.driver.execute_script(
        """
        const rows = [...document.querySelectorAll('#explorer-grid .ag-center-cols-container .ag-row')];
        rows.sort((a, b) => Number(a.getAttribute('row-index')) - Number(b.getAttribute('row-index')));
        return rows.map(r => [...r.querySelectorAll('.ag-cell')]
            .sort((a, b) => Number(a.getAttribute('aria-colindex')) - Number(b.getAttribute('aria-colindex')))
            .map(c => c.innerText));
        """
    )


def count_of(duo) -> int:
    return int(duo.find_element("#explorer-count").text.split()[0].replace(",", ""))


def wait_for_count(duo, expected: int, timeout: float = 10) -> None:
    deadline = time.time() + timeout
    while time.time() < deadline and count_of(duo) != expected:
        time.sleep(0.2)
    assert count_of(duo) == expected


def test_explorer_column_filter_and_sort_are_in_the_url_and_a_reload_shows_the_same_rows(started, packs):
    frame = packs[0]
    expected = int(frame["area"].fillna("").str.lower().str.contains("blaby").sum())
    assert 0 < expected < len(frame)
    go(started, "/explorer")
    started.wait_for_element("#explorer-grid .ag-row", timeout=10)
    box = started.find_element("#explorer-grid .ag-floating-filter[col-id='area'] input")
    box.send_keys("Blaby")
    wait_for_count(started, expected)
    deadline = time.time() + 10
    while time.time() < deadline and "f.area=contains%3ABlaby" not in started.driver.current_url:
        time.sleep(0.2)
    assert "f.area=contains%3ABlaby" in started.driver.current_url
    # Sorted by value, largest first (two clicks on the header): the server sorts, the URL keeps it.
    label = started.find_element("#explorer-grid .ag-header-cell[col-id='value'] .ag-header-cell-label")
    label.click()
    started.wait_for_element("#explorer-grid .ag-header-cell[col-id='value'][aria-sort='ascending']", timeout=10)
    label.click()
    started.wait_for_element("#explorer-grid .ag-header-cell[col-id='value'][aria-sort='descending']", timeout=10)
    deadline = time.time() + 10
    while time.time() < deadline and "sort=-value" not in started.driver.current_url:
        time.sleep(0.2)
    assert "sort=-value" in started.driver.current_url
    top = frame[frame["area"].fillna("").str.lower().str.contains("blaby")].sort_values("value", kind="stable")
    largest = fmt_value(top["value"].iloc[-1], top["unit"].iloc[-1], top["value_text"].iloc[-1])
    deadline = time.time() + 10
    while time.time() < deadline and (shown_rows(started) or [[""] * 5])[0][4] != largest:
        time.sleep(0.2)
    before = shown_rows(started)
    assert before[0][4] == largest
    assert all("blaby" in row[1].lower() for row in before)

    started.driver.get(started.driver.current_url)  # reload the shared link
    started.wait_for_element("#explorer-grid .ag-row", timeout=10)
    wait_for_count(started, expected)
    deadline = time.time() + 10
    while time.time() < deadline and shown_rows(started) != before:
        time.sleep(0.2)
    assert shown_rows(started) == before
    box = started.find_element("#explorer-grid .ag-floating-filter[col-id='area'] input")
    assert box.get_attribute("value") == "Blaby"
    started.wait_for_element("#explorer-grid .ag-header-cell[col-id='value'][aria-sort='descending']", timeout=10)
    assert started.get_logs() == []


def test_explorer_area_picker_narrows_the_rows(started, packs):
    frame = packs[0]
    area = "Blaby" if (frame["area"] == "Blaby").any() else frame["area"].dropna().mode().iloc[0]
    expected = int((frame["area"] == area).sum())
    go(started, "/explorer")
    started.wait_for_element("#explorer-grid .ag-row", timeout=10)
    assert count_of(started) == len(frame)
    Select(started.find_element("#explorer-area")).select_by_value(area)
    wait_for_count(started, expected)
    assert f"area={quote(area)}" in started.driver.current_url
    deadline = time.time() + 10
    while time.time() < deadline and not all(row[1] == area for row in shown_rows(started)):
        time.sleep(0.2)
    rows = shown_rows(started)
    assert rows
    assert all(row[1] == area for row in rows)


def test_explorer_shows_values_in_their_unit(started, packs):
    frame = packs[0]
    money = frame[frame["unit"] == "GBP millions"]
    if money.empty:
        pytest.skip("no values in £ millions in these packs")
    top = money.sort_values("value", ascending=False, kind="stable").iloc[0]
    shown = fmt_value(top["value"], top["unit"], top["value_text"])
    assert shown.startswith("£")
    assert shown.endswith("m")
    go(started, "/explorer?f.unit=equals%3AGBP+millions&sort=-value")
    started.wait_for_element("#explorer-grid .ag-row", timeout=10)
    wait_for_count(started, len(money))
    deadline = time.time() + 10
    while time.time() < deadline and (shown_rows(started) or [[""] * 5])[0][4] != shown:
        time.sleep(0.2)
    first = shown_rows(started)[0]
    assert first[4] == shown  # the Value column: the number in its unit
    assert first[6] == "GBP millions"
    # Counts get thousands separators.
    go(started, "/explorer?f.value=greaterThan%3A1000&f.unit=equals%3Anumber&sort=-value")
    started.wait_for_element("#explorer-grid .ag-row", timeout=10)
    deadline = time.time() + 10
    while time.time() < deadline and "," not in (shown_rows(started) or [[""] * 5])[0][4]:
        time.sleep(0.2)
    assert "," in shown_rows(started)[0][4]


def test_explorer_selected_row_shows_the_whole_measure(started, packs):
    frame = packs[0]
    longest = frame.loc[frame["measure"].str.len().idxmax()]
    measure = str(longest["measure"])
    go(started, "/explorer?f.measure=equals%3A" + quote(measure, safe=""))
    started.wait_for_element("#explorer-grid .ag-row", timeout=10)
    cell = started.find_element("#explorer-grid .ag-row[row-index='0'] .ag-cell[col-id='measure']")
    assert cell.size["width"] < len(measure) * 4, "the measure is longer than its cell"
    # By keyboard: Space on a focused row selects it.
    started.driver.execute_script("document.querySelector(\"#explorer-grid .ag-row[row-index='0'] .ag-cell\").focus()")
    started.driver.switch_to.active_element.send_keys(Keys.SPACE)
    started.wait_for_contains_text("#explorer-detail", measure, timeout=10)
    assert str(longest["context"])[:60] in started.find_element("#explorer-detail").text
    started.driver.save_screenshot(str(SHOTS / "explorer-detail.png"))
    # And by a click, after another row was shown.
    go(started, "/explorer?sort=-value")
    started.wait_for_element("#explorer-grid .ag-row[row-index='1'] .ag-cell", timeout=10)
    started.find_element("#explorer-grid .ag-center-cols-container .ag-row[row-index='1'] .ag-cell").click()
    second = frame.sort_values("value", ascending=False, kind="stable").iloc[1]
    started.wait_for_contains_text("#explorer-detail", str(second["measure"]), timeout=10)
