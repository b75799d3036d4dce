"""The printed copy (issue 19, item 3): the overview and every topic page printed to PDF by headless Chromium, as
members print them. A4 pages, a sane number of them, no page that holds only a heading, each chart card's title on
the same page as its table's first row and before it, and (in print media, in the browser) no chart drawn over the
text below it. Run with `pytest -m browser --headless`; the PDFs go to test-output/print/ to be looked at."""

from __future__ import annotations

import base64
import io
from pathlib import Path

import pytest
from pypdf import PdfReader
from selenium.webdriver.common.print_page_options import PrintOptions

pytestmark = pytest.mark.browser

OUT = Path(__file__).resolve().parents[2] / "test-output" / "print"
PAGES = ["/", "/districts", "/finance", "/workforce", "/life-expectancy", "/performance"]
A4 = (595, 842)  # points


def printed(duo, path: str) -> PdfReader:
    duo.driver.get(duo.server_url + path)
    duo.wait_for_element("#app-root .hd-main h1", timeout=15)
    if duo.driver.find_elements("css selector", ".hd-graph"):
        duo.wait_for_element(".hd-graph .main-svg", timeout=15)
    options = PrintOptions()
    options.page_width, options.page_height = 21.0, 29.7
    options.background = True
    pdf = base64.b64decode(duo.driver.print_page(options))
    OUT.mkdir(parents=True, exist_ok=True)
    (OUT / f"{path.strip('/') or 'overview'}.pdf").write_bytes(pdf)
    return PdfReader(io.BytesIO(pdf))


def card_titles_and_first_rows(duo) -> list[tuple[str, str]]:
    """(card title, its table's first cell) for every chart card on the page."""
    return duo.driver.execute_script(
        "return Array.from(document.querySelectorAll('.hd-card')).map(c => {"
        " const h = c.querySelector('.card-header'); const td = c.querySelector('.hd-table tbody td');"
        " return [h ? h.innerText.trim() : '', td ? td.innerText.trim() : '']; }).filter(p => p[0] && p[1]);"
    )


def _words(text: str) -> list[str]:
    return [w for w in text.split() if any(ch.isalnum() for ch in w)]


@pytest.mark.parametrize("path", PAGES)
def test_printed_copy_is_whole_a4_pages_with_charts_beside_their_tables(started, path) -> None:
    reader = printed(started, path)
    pages = [p.extract_text() or "" for p in reader.pages]
    assert 1 <= len(pages) <= 40, f"{path} prints {len(pages)} pages"
    for page in reader.pages:
        width, height = float(page.mediabox.width), float(page.mediabox.height)
        assert abs(width - A4[0]) < 3, (width, height)
        assert abs(height - A4[1]) < 3, (width, height)
    title = started.find_element(".hd-main h1").text
    assert title in pages[0]
    headings = set(
        started.driver.execute_script(
            "return Array.from(document.querySelectorAll('h1, h2, h3, .hd-as-at, .hd-lead, .card-header'))"
            ".map(e => e.innerText.trim()).filter(t => t);"
        )
    )
    for n, text in enumerate(pages, 1):
        lines = [line for line in text.splitlines() if line.strip() and line.strip() not in headings]
        assert len(_words(" ".join(lines))) >= 3, f"{path}: page {n} holds only {text.strip()[:80]!r}"
    flat = [" ".join(text.split()) for text in pages]
    for heading, first in card_titles_and_first_rows(started):
        heading, first_line = " ".join(heading.split()), " ".join(first.split()[:4])
        on = [n for n, text in enumerate(flat) if heading in text]
        assert on, f"{path}: {heading!r} not printed"
        after = flat[on[0]][flat[on[0]].index(heading) :]
        assert first_line in after, f"{path}: {heading!r} is on page {on[0] + 1}, its table's first row is not"


@pytest.mark.parametrize("path", PAGES)
def test_in_print_no_chart_runs_over_the_text_below_it(started, path) -> None:
    started.driver.get(started.server_url + path)
    started.wait_for_element("#app-root .hd-main h1", timeout=15)
    if not started.driver.find_elements("css selector", ".hd-graph"):
        pytest.skip(f"{path} draws no chart for these packs")
    started.wait_for_element(".hd-graph .main-svg", timeout=15)
    started.driver.set_window_size(794, 1123)  # A4 at 96 dpi
    started.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": "print"})
    try:
        overlaps = started.driver.execute_script(
            "return Array.from(document.querySelectorAll('.hd-chart-col')).map(col => {"
            " const svg = col.querySelector('.main-svg'); const next = col.nextElementSibling;"
            " if (!svg || !next) return null;"
            " const a = svg.getBoundingClientRect(), b = next.getBoundingClientRect();"
            " return a.bottom > b.top + 1 ? [col.closest('.hd-card').id, a.bottom, b.top] : null;"
            "}).filter(x => x);"
        )
    finally:
        started.driver.execute_cdp_cmd("Emulation.setEmulatedMedia", {"media": ""})
    assert overlaps == []
