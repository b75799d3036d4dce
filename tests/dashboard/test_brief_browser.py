"""The meeting brief in a browser (headless Chromium at 1280x720, normal and presentation mode), on a development
council's two Board packs: the first screen is the latest pack's brief, and a figure older than the threshold the
page states is marked, not listed as rated today."""

from __future__ import annotations

import pytest
from brief_paths import AFTER, BEFORE

import loaders
from dashboard import create_app
from dashboard.app import load_sources

pytestmark = pytest.mark.browser


@pytest.fixture
def brief_app(dash_duo, port):
    files = [BEFORE, AFTER]
    dash_duo.start_server(create_app(loaders.load(files), load_sources(files)), port=port)
    dash_duo.driver.set_window_size(1280, 720)
    return dash_duo


def inner_height(duo) -> int:
    return int(duo.driver.execute_script("return window.innerHeight"))


def top_and_bottom(duo, selector: str) -> tuple[float, float]:
    box = duo.driver.execute_script(
        "const r = document.querySelector(arguments[0]).getBoundingClientRect(); return [r.top, r.bottom];", selector
    )
    return float(box[0]), float(box[1])


@pytest.mark.parametrize("present", ["", "?present=1"])
def test_the_first_screen_is_the_latest_packs_brief(brief_app, present):
    duo = brief_app
    duo.driver.get(duo.server_url + "/" + present)
    duo.wait_for_contains_text("#overview-latest", "20 March 2025", timeout=15)
    fold = inner_height(duo)
    latest = duo.find_element("#overview-latest").text
    assert latest == "Latest pack: Health and Wellbeing Board, 20 March 2025"
    for selector in ("#overview-latest", "#overview-threshold"):
        top, bottom = top_and_bottom(duo, selector)
        assert top >= 0, (selector, top)
        assert bottom <= fold, (selector, bottom, fold)
    assert "20 March 2022" in duo.find_element("#overview-threshold").text  # the threshold, from the meeting
    top, _ = top_and_bottom(duo, "#overview-rated-summary")
    assert top < fold  # what the latest pack rates starts on the first screen
    history, _ = top_and_bottom(duo, "#overview-history")
    assert history > fold  # the whole history comes after the brief
    assert duo.get_logs() == []


def test_a_figure_older_than_the_threshold_is_marked_and_not_rated_today(brief_app):
    duo = brief_app
    duo.driver.get(duo.server_url + "/")
    duo.wait_for_element("#overview-set-aside", timeout=15)
    rows = {
        tr.find_elements("css selector", "td")[3].text: tr.text
        for tr in duo.find_elements("#overview-set-aside tbody tr")
    }
    assert "2019/20" in rows
    assert "Not current: older than 3 years" in rows["2019/20"]
    rated_periods = [
        tr.find_elements("css selector", "td")[3].text for tr in duo.find_elements("#overview-rated tbody tr")
    ]
    assert rated_periods
    assert "2019/20" not in rated_periods
    history = duo.find_element("#overview-red-table").text
    assert "Not current: older than 3 years" in history
