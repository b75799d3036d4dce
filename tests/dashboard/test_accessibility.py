"""WCAG 2.2 AA in a real browser: axe-core on every page in both modes, keyboard use, screen-reader structure,
the contrast of text drawn inside charts (which axe cannot see), and reflow from 1100 down to 320 px.

axe-core (4.12, the copy bundled with the axe-playwright-python package) is injected through Selenium into
dash_duo's Chromium and run with the WCAG 2.0/2.1/2.2 A and AA rules plus best practice, with no rule
disabled and no element excluded, once the page's charts and tables have rendered.  Every violation found
is printed by rule and element; serious or critical ones fail.  Run with
`pytest tests/dashboard/test_accessibility.py --headless -s` to see the report.
"""

from __future__ import annotations

import re
import time
from pathlib import Path
from urllib.parse import quote

import pytest
from selenium.webdriver.common.action_chains import ActionChains
from selenium.webdriver.common.keys import Keys
from test_browser import PAGES

pytestmark = pytest.mark.browser

ALL_PAGES = {**PAGES, "accessibility": "/accessibility"}
AXE_TAGS = ["wcag2a", "wcag2aa", "wcag21a", "wcag21aa", "wcag22a", "wcag22aa", "best-practice"]
BLOCKING = {"serious", "critical"}
MIN_RING_CONTRAST = 3.0


def axe_source() -> str:
    """axe.min.js as shipped in the axe-playwright-python wheel."""
    import axe_playwright_python

    return (Path(axe_playwright_python.__file__).parent / "axe.min.js").read_text(encoding="utf-8")


@pytest.fixture(scope="module")
def packs():
    """The shipped packs and their lines, loaded once for the module."""
    import loaders
    from dashboard.app import load_sources

    return loaders.load(), load_sources()


@pytest.fixture
def started(dash_duo, packs, port):
    from dashboard import create_app

    dash_duo.start_server(create_app(*packs), port=port)
    dash_duo.driver.set_window_size(1280, 900)
    return dash_duo


# True once Dash has no callback in flight, the page's heading is in, every chart has drawn and any grid has rows.
_RENDERED_JS = """
if (document.querySelector('[data-dash-is-loading="true"]')) { return false; }
if (!document.querySelector('#app-main h1')) { return false; }
for (const g of document.querySelectorAll('.hd-graph')) { if (!g.querySelector('svg.main-svg')) { return false; } }
for (const g of document.querySelectorAll('.hd-grid')) { if (!g.querySelector('.ag-row')) { return false; } }
return true;
"""


def wait_rendered(duo, what: str) -> None:
    deadline = time.time() + 20
    stable = 0
    while time.time() < deadline:
        stable = stable + 1 if duo.driver.execute_script(_RENDERED_JS) else 0
        if stable >= 3:
            return
        time.sleep(0.25)
    raise AssertionError(f"{what} did not finish rendering")


def open_page(duo, path: str, present: bool = False) -> None:
    """Load a page and wait until its charts and tables have rendered (and, with present, the mode is on)."""
    url = path + (("&" if "?" in path else "?") + "present=1" if present else "")
    duo.driver.get(duo.server_url + url)
    duo.wait_for_element("#app-root", timeout=15)
    if present:
        duo.wait_for_class_to_equal("#app-root", "hd-root present", timeout=15)
    wait_rendered(duo, url)


def run_axe(driver) -> dict:
    """axe.run over the whole document with the WCAG A/AA and best-practice rules: violations and incomplete."""
    driver.execute_script(axe_source())
    driver.set_script_timeout(120)
    result = driver.execute_async_script(
        """
        const done = arguments[arguments.length - 1];
        axe.run(document, {runOnly: {type: 'tag', values: arguments[0]}, resultTypes: ['violations', 'incomplete']})
           .then(r => done({version: axe.version, violations: r.violations, incomplete: r.incomplete,
                            passes: r.passes.length}))
           .catch(e => done({error: String(e)}));
        """,
        AXE_TAGS,
    )
    assert "error" not in result, result.get("error")
    assert result["version"].startswith("4.12"), result["version"]
    return result


def report(violations: list[dict], where: str, kind: str = "violated") -> str:
    """Rules (impact, help) and the elements each one hit, for the test output."""
    lines = [f"axe-core {kind} on {where}: {len(violations)} rule(s)"]
    for v in violations:
        lines.append(f"  [{v['impact']}] {v['id']}: {v['help']} ({len(v['nodes'])} element(s))")
        for node in v["nodes"][:8]:
            why = (node.get("failureSummary") or "").strip().splitlines()
            lines.append(f"      {' '.join(map(str, node['target']))}  {why[-1].strip() if why else ''}")
        if len(v["nodes"]) > 8:
            lines.append(f"      ... and {len(v['nodes']) - 8} more")
    return "\n".join(lines)


def check_with_axe(duo, where: str) -> None:
    result = run_axe(duo.driver)
    print("\n" + report(result["violations"], where))
    if result["incomplete"]:
        print(report(result["incomplete"], where, "needs review (incomplete)"))
    blocking = [v for v in result["violations"] if v["impact"] in BLOCKING]
    assert not blocking, report(blocking, where)


@pytest.mark.parametrize("present", [False, True], ids=["normal", "present"])
@pytest.mark.parametrize("name", list(ALL_PAGES))
def test_axe_finds_no_serious_or_critical_violations(started, name, present):
    open_page(started, ALL_PAGES[name], present)
    check_with_axe(started, ALL_PAGES[name] + (" ?present=1" if present else ""))


def test_axe_on_source_viewer_and_meeting(started, packs):
    """The sources page with a line shown and a meeting opened: its extra tables and links."""
    frame = packs[0]
    row = frame[frame["warning"].notna()].iloc[0] if frame["warning"].notna().any() else frame.iloc[0]
    meeting = frame.loc[frame["source_file"] == row["source_file"], "meeting_date"].dropna()
    path = f"/sources?file={quote(row['source_file'])}&line={int(row['source_line'])}"
    if not meeting.empty:
        path += f"&meeting={meeting.iloc[0].date().isoformat()}"
    open_page(started, path)
    started.wait_for_element("#sources-current-line", timeout=10)
    check_with_axe(started, path)


def test_axe_reports_a_planted_violation(started):
    """The harness finds what it should: an image without a text alternative is a critical violation."""
    open_page(started, "/glossary")
    started.driver.execute_script(
        "const img = document.createElement('img'); img.src = '/planted.png';"
        "document.querySelector('#app-main').appendChild(img);"
    )
    ids = {v["id"]: v["impact"] for v in run_axe(started.driver)["violations"]}
    assert ids.get("image-alt") == "critical"


# --- structure for screen readers -------------------------------------------------------------------------

_STRUCTURE_JS = """
const visible = e => !!(e.offsetWidth || e.offsetHeight || e.getClientRects().length);
const spoken = e => {  // the text a screen reader reads: aria-hidden parts left out
  const c = e.cloneNode(true); c.querySelectorAll('[aria-hidden="true"]').forEach(x => x.remove());
  return c.textContent.replace(/\\s+/g, ' ').trim();
};
const main = document.querySelector('main');
const charts = [...document.querySelectorAll('.hd-graph')].map(g => {
  const img = g.closest('[role="img"]'); const card = g.closest('.hd-card');
  const summary = card && card.querySelector('.hd-summary');
  const table = card && card.querySelector('table');
  return {label: img ? img.getAttribute('aria-label') : null, summary: summary ? summary.innerText.trim() : null,
          table_headers: table ? table.querySelectorAll('thead th[scope="col"]').length : 0};
});
const tables = [...document.querySelectorAll('main table.hd-table')].map(t => ({
  id: t.id, caption: t.caption ? t.caption.textContent.trim() : '',
  headers: t.querySelectorAll('thead th').length,
  scoped: t.querySelectorAll('thead th[scope="col"]').length,
  region: (t.closest('[role="region"]') || {getAttribute: () => null}).getAttribute('aria-label')}));
const ratings = [...document.querySelectorAll('.hd-rag, .hd-verdict')].map(e => ({
  spoken: spoken(e), icon_hidden: !!e.querySelector('[aria-hidden="true"]')}));
return {
  title: document.title, lang: document.documentElement.lang,
  banner: [...document.querySelectorAll('header')].filter(visible).length,
  nav: [...document.querySelectorAll('nav')].filter(visible).length,
  main: document.querySelectorAll('main').length, main_id: main && main.id,
  footer: [...document.querySelectorAll('footer')].filter(visible).length,
  h1: [...document.querySelectorAll('main h1')].map(h => h.innerText.trim()),
  statement_link: [...document.querySelectorAll('footer a[href^="/accessibility"]')].filter(visible).length,
  first_link: document.querySelector('a[href], button, input, select, [tabindex]').id,
  charts, tables, ratings};
"""


# Marks drawn in a RAG colour, and whether each carries its rating in words: per-point colours need the
# rating word in that point's label; a tile (shape) needs an annotation with a rating word.
_RAG_MARKS_JS = """
const fills = new Set(arguments[0].map(f => f.toLowerCase())); const words = new RegExp(arguments[1], 'i');
const out = [];
for (const gd of document.querySelectorAll('.hd-graph .js-plotly-plot')) {
  for (const t of gd.data || []) {
    // a series of a topic chart (dashboard/series.py marks it) rates nothing: its colour is the palette's,
    // which shares hues with the ratings, and its legend names the group
    if (t.meta && t.meta.series === true) { continue; }
    const colours = t.marker && t.marker.color; const texts = t.text;
    if (Array.isArray(colours)) {
      colours.forEach((c, i) => { if (typeof c === 'string' && fills.has(c.toLowerCase())) {
        const label = String(Array.isArray(texts) ? texts[i] : (texts || ''));
        out.push({graph: gd.parentElement.id, label, ok: words.test(label)}); } });
    } else if (typeof colours === 'string' && fills.has(colours.toLowerCase())) {
      const label = [t.name || ''].concat(Array.isArray(texts) ? texts : [texts || '']).join(' ');
      out.push({graph: gd.parentElement.id, label, ok: /[A-Za-z]{3,}/.test(label)});
    }
  }
  const shapes = ((gd.layout || {}).shapes || []).filter(s => s.fillcolor && fills.has(s.fillcolor.toLowerCase()));
  const named = ((gd.layout || {}).annotations || []).filter(a => words.test(a.text || '')).length;
  shapes.forEach(() => out.push({graph: gd.parentElement.id, label: 'tile', ok: named >= shapes.length}));
}
return out;
"""
RATING_WORDS = r"\b(Red|Amber|Green|Blue|Not rated|better|similar|worse|not compared)\b"


@pytest.mark.parametrize("name", list(ALL_PAGES))
def test_titles_landmarks_alternatives_and_tables(started, name):
    import dash

    open_page(started, ALL_PAGES[name])
    page = next(p for p in dash.page_registry.values() if p["path"] == ALL_PAGES[name])
    s = started.driver.execute_script(_STRUCTURE_JS)
    assert s["title"] == page["title"]()  # a callable: it names the council of the packs loaded
    assert s["lang"] == "en-GB"
    assert (s["banner"], s["nav"], s["main"], s["footer"]) == (1, 1, 1, 1)
    assert s["main_id"] == "main-content"
    assert len(s["h1"]) == 1
    assert s["h1"][0]
    assert s["first_link"] == "app-skip-link"
    assert s["statement_link"] == 1
    for chart in s["charts"]:
        assert chart["label"], chart
        assert chart["label"] == chart["summary"], chart
        assert chart["table_headers"] >= 2, chart
    for table in s["tables"]:
        assert table["caption"], table
        assert table["region"] == table["caption"], table
        assert table["headers"], table
        assert table["scoped"] == table["headers"], table
    rating_words = re.compile(RATING_WORDS)
    for rating in s["ratings"]:
        assert rating["icon_hidden"], rating
        assert rating_words.search(rating["spoken"]), rating
    from dashboard.theme import Rag

    marks = started.driver.execute_script(_RAG_MARKS_JS, [r.fill for r in Rag], RATING_WORDS)
    assert all(m["ok"] for m in marks), [m for m in marks if not m["ok"]]
    print(
        f"\n{name}: {len(s['charts'])} charts, {len(s['tables'])} tables, {len(s['ratings'])} ratings, "
        f"{len(marks)} RAG-coloured chart marks checked"
    )


# --- keyboard -----------------------------------------------------------------------------------------

_FOCUSED_JS = """
const e = document.activeElement;
if (!e || e === document.body) { return null; }
const r = e.getBoundingClientRect(); const cs = getComputedStyle(e);
const start = e.getClientRects()[0] || r;
let bg = null;  // the colour behind the element: first ancestor (or itself) with an opaque background
for (let p = e; p && !bg; p = p.parentElement) {
  const c = getComputedStyle(p).backgroundColor;
  if (c.startsWith('rgb(')) { bg = c; }
}
const text = (e.innerText || e.value || e.getAttribute('aria-label') || '').trim().slice(0, 60);
return {tag: e.tagName, id: e.id, text,
        in_header: !!e.closest('header'), in_main: !!e.closest('main'), in_footer: !!e.closest('footer'),
        // where the element starts: a link wrapped over two lines starts on its first line's box, not at the
        // left edge its bounding box reaches on the second
        in_grid: !!e.closest('.hd-grid'), top: start.top + window.scrollY, left: start.left + window.scrollX,
        height: start.height, outline_style: cs.outlineStyle, outline_width: parseFloat(cs.outlineWidth),
        outline_color: cs.outlineColor, shadow: cs.boxShadow, background: bg || 'rgb(255, 255, 255)',
        visible: r.width > 0 && r.height > 0};
"""


def _rgb(css: str) -> tuple[float, float, float]:
    r, g, b = (float(x) for x in re.findall(r"[\d.]+", css)[:3])
    return r, g, b


def contrast(a: str, b: str) -> float:
    """WCAG contrast ratio of two CSS rgb() colours."""

    def lum(css: str) -> float:
        lin = [c / 255 / 12.92 if c / 255 <= 0.04045 else ((c / 255 + 0.055) / 1.055) ** 2.4 for c in _rgb(css)]
        return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]

    hi, lo = sorted([lum(a), lum(b)], reverse=True)
    return (hi + 0.05) / (lo + 0.05)


def ring_contrast(focus: dict) -> float:
    """Best contrast of the focus ring's colours (outline, box-shadow) against what is behind the element."""
    colours = [focus["outline_color"]] if focus["outline_style"] != "none" and focus["outline_width"] >= 2 else []
    colours += re.findall(r"rgba?\([^)]*\)", focus["shadow"] or "")
    opaque = [c for c in colours if not c.startswith("rgba") or float(re.findall(r"[\d.]+", c)[3]) == 1]
    return max((contrast(c, focus["background"]) for c in opaque), default=0.0)


def no_transitions(driver) -> None:
    """Focus styles are read at once, not halfway through Bootstrap's 0.15 s box-shadow transition."""
    driver.execute_script(
        "const s = document.createElement('style'); s.textContent = '*, *::before { transition: none !important; }';"
        "document.head.appendChild(s);"
    )


def tab(driver, shift: bool = False) -> dict | None:
    chain = ActionChains(driver)
    if shift:
        chain.key_down(Keys.SHIFT).send_keys(Keys.TAB).key_up(Keys.SHIFT)
    else:
        chain.send_keys(Keys.TAB)
    chain.perform()
    return driver.execute_script(_FOCUSED_JS)


def press(driver, *keys: str) -> None:
    ActionChains(driver).send_keys(*keys).perform()


def tab_through(driver, until_footer: bool = True, limit: int = 80) -> list[dict]:
    """Focus stops of a freshly loaded page, one TAB at a time, until the footer link (or `limit`)."""
    stops = []
    for _ in range(limit):
        focus = tab(driver)
        assert focus is not None, "focus fell back to the page body before reaching the footer"
        stops.append(focus)
        if until_footer and focus["in_footer"]:
            break
    return stops


def assert_visual_order(stops: list[dict]) -> None:
    """Each stop is below the previous one, or on the same line and to its right."""
    for a, b in zip(stops, stops[1:], strict=False):
        same_line = abs(b["top"] - a["top"]) < max(a["height"], b["height"])
        assert b["top"] > a["top"] + 1 or (same_line and b["left"] > a["left"]), f"{b['text']!r} before {a['text']!r}"


def test_keyboard_order_focus_ring_and_operation_on_districts(started):
    import dash

    driver = started.driver
    open_page(started, "/districts")
    no_transitions(driver)

    stops = tab_through(driver)
    print("\nfocus order on /districts:\n  " + "\n  ".join(f"{s['tag']} {s['id'] or s['text']!r}" for s in stops))
    assert stops[0]["id"] == "app-skip-link"
    header = [s for s in stops if s["in_header"]]
    main = [s for s in stops if s["in_main"]]
    assert stops[1 : 1 + len(header)] == header, "the header's controls follow the skip link"
    assert stops[1 + len(header) : 1 + len(header) + len(main)] == main, "then the page's controls"
    assert stops[-1]["in_footer"]
    assert "Accessibility statement" in stops[-1]["text"]
    nav_names = [p["name"] for p in dash.page_registry.values() if p.get("nav", True)]
    assert [s["text"] for s in header if s["text"] in nav_names] == nav_names
    assert header[-1]["id"] == "app-present"
    assert [s["id"] for s in main[:1]] == ["districts-indicator"]
    radios = [s for s in main if "districts-benchmark" in s["id"]]
    assert len(radios) == 1, "the benchmark radios are one group: one tab stop, arrows move between them"
    assert_visual_order(main)
    for stop in stops:
        assert stop["visible"], stop
        assert ring_contrast(stop) >= MIN_RING_CONTRAST, f"focus ring too faint on {stop['text']!r}: {stop}"

    # The skip link shows when focused and moves focus to the main region.
    open_page(started, "/districts")
    first = tab(driver)
    assert first is not None
    assert first["id"] == "app-skip-link"
    assert first["visible"]
    assert first["left"] >= 0
    press(driver, Keys.ENTER)
    assert driver.execute_script("return document.activeElement.id") == "main-content"
    after_skip = tab(driver)
    assert (after_skip or {}).get("id") == "districts-indicator"

    # Operated by keyboard alone: arrow keys change the benchmark, the indicator and presentation mode.
    summary = started.find_element("#districts-bars-summary").text
    bench = "Leicestershire" if "England" in radios[0]["id"] else "England"
    driver.execute_script("document.getElementById(arguments[0]).focus()", radios[0]["id"])
    press(driver, Keys.ARROW_LEFT if bench == "Leicestershire" else Keys.ARROW_RIGHT)
    started.wait_for_contains_text("#districts-bars-summary", f"against {bench}", timeout=10)
    assert f"benchmark={bench}" in driver.current_url
    assert summary != started.find_element("#districts-bars-summary").text

    title = started.find_element("#districts-bars-card h2").text
    started.find_element("#districts-indicator").send_keys(Keys.ARROW_DOWN)
    deadline = time.time() + 10
    while time.time() < deadline and started.find_element("#districts-bars-card h2").text == title:
        time.sleep(0.2)
    assert started.find_element("#districts-bars-card h2").text != title, "arrow key did not change the indicator"

    started.find_element("#app-present").send_keys(Keys.SPACE)
    started.wait_for_class_to_equal("#app-root", "hd-root present", timeout=10)
    assert "present=1" in driver.current_url

    # A navigation link followed with Enter: the new page's title, focus on its main region, Tab into it.
    explorer = next(p for p in dash.page_registry.values() if p["path"] == "/explorer")
    started.find_element(".hd-nav a[href^='/explorer']").send_keys(Keys.ENTER)
    started.wait_for_element("#explorer-search", timeout=10)
    deadline = time.time() + 10
    while time.time() < deadline and driver.title != explorer["title"]():
        time.sleep(0.2)
    assert driver.title == explorer["title"]()
    assert "present=1" in driver.current_url
    assert driver.execute_script("return document.activeElement.id") == "main-content"
    assert (tab(driver) or {}).get("id") == "explorer-search"
    assert started.get_logs() == []


def test_keyboard_search_grid_and_export_on_explorer(started):
    driver = started.driver
    open_page(started, "/explorer")
    no_transitions(driver)
    stops = tab_through(driver)
    main = [s for s in stops if s["in_main"]]
    order = [s["id"] for s in main if s["id"] in ("explorer-search", "explorer-dataset", "explorer-file")]
    assert order == ["explorer-search", "explorer-dataset", "explorer-file"]
    assert any(s["id"] == "explorer-download-csv" for s in main)
    grid_stops = [s for s in main if s["in_grid"]]
    assert grid_stops, "Tab reaches the grid"
    assert len(grid_stops) <= 8, "Tab enters the grid once and moves on (arrows move inside it)"
    for stop in stops:
        assert ring_contrast(stop) >= MIN_RING_CONTRAST, f"focus ring too faint on {stop['text']!r}: {stop}"

    # Search by keyboard: type and press Enter.
    total = started.find_element("#explorer-count").text
    started.find_element("#explorer-search").send_keys("cycling", Keys.ENTER)
    deadline = time.time() + 10
    while time.time() < deadline and started.find_element("#explorer-count").text == total:
        time.sleep(0.2)
    assert started.find_element("#explorer-count").text != total

    # The grid: Enter on a focused column header sorts it; below it, Enter opens the column's filter box.
    driver.execute_script("document.querySelector('#explorer-grid .ag-header-cell').focus()")
    press(driver, Keys.ENTER)
    started.wait_for_element("#explorer-grid .ag-header-cell[aria-sort='ascending']", timeout=10)
    narrowed = started.find_element("#explorer-count").text
    dataset = started.find_element("#explorer-grid .ag-row .ag-cell").text
    press(driver, Keys.ARROW_DOWN, Keys.ENTER)
    assert driver.execute_script("return document.activeElement.tagName") == "INPUT"
    press(driver, "zzz-" + dataset)
    deadline = time.time() + 10
    while time.time() < deadline and started.find_element("#explorer-count").text == narrowed:
        time.sleep(0.2)
    assert started.find_element("#explorer-count").text.startswith("0 of"), "the column filter typed did not apply"
    press(driver, *[Keys.BACKSPACE] * (len(dataset) + 4))
    started.wait_for_text_to_equal("#explorer-count", narrowed, timeout=10)

    # Arrow keys move from the header into the rows.
    driver.execute_script("document.querySelector('#explorer-grid .ag-header-cell').focus()")
    press(driver, Keys.ARROW_DOWN, Keys.ARROW_DOWN)
    focused = driver.execute_script(_FOCUSED_JS)
    assert (focused or {}).get("in_grid")
    assert driver.execute_script("return document.activeElement.classList.contains('ag-cell')")

    # Export: the CSV download link works from the keyboard.
    driver.execute_script("document.getElementById('explorer-download-csv').focus()")
    press(driver, Keys.ENTER)
    deadline = time.time() + 15
    found: list[Path] = []
    while time.time() < deadline and not found:
        found = [p for p in Path(started.download_path).glob("healthdash-explorer-*.csv") if p.stat().st_size]
        time.sleep(0.2)
    assert found, "the CSV link gave no file"
    assert "cycling" in found[0].read_text(encoding="utf-8-sig").lower()

    # The dataset filter (a native select) shows its choice, changes with one arrow key and writes the URL.
    shown = "const s = document.getElementById('explorer-dataset'); return s.options[s.selectedIndex].text;"
    assert driver.execute_script(shown) == "All datasets"
    started.find_element("#explorer-dataset").send_keys(Keys.ARROW_DOWN)
    deadline = time.time() + 10
    while time.time() < deadline and "dataset=" not in driver.current_url:
        time.sleep(0.2)
    assert "dataset=" in driver.current_url


# --- zoom and reflow ------------------------------------------------------------------------------------


def viewport(driver, width: int, height: int = 800) -> None:
    """A CSS viewport of exactly `width` px (what 400% zoom of a 1280 px window gives)."""
    driver.execute_cdp_cmd(
        "Emulation.setDeviceMetricsOverride",
        {"width": width, "height": height, "deviceScaleFactor": 1, "mobile": False},
    )


_OVERFLOW_JS = """
const d = document.documentElement, b = document.body;
const wide = [...document.querySelectorAll('body *')].filter(e => {
  const r = e.getBoundingClientRect();
  if (r.width === 0 || r.right <= d.clientWidth + 1) { return false; }
  for (let p = e.parentElement; p; p = p.parentElement) {  // inside a box that scrolls or clips: allowed
    const o = getComputedStyle(p).overflowX; if (o === 'auto' || o === 'scroll' || o === 'hidden') { return false; }
  }
  return true;
}).slice(0, 5).map(e => e.tagName + (e.id ? '#' + e.id : '') + '.' + e.className.toString().slice(0, 40));
return {scroll: d.scrollWidth, client: d.clientWidth, body: b.scrollWidth, inner: window.innerWidth,
        html_overflow: getComputedStyle(d).overflowX, body_overflow: getComputedStyle(b).overflowX, wide};
"""


# Widths in CSS px: 320 is 400% zoom of a 1280 px screen (WCAG 1.4.10), 640 and 960 are 200% zoom of
# 1280 and 1920 px screens, 1100 a small laptop with the navigation still on one line.
REFLOW_WIDTHS = [1100, 960, 640, 320]

# True once every chart has been redrawn to fit its box after a resize.
_CHARTS_FIT_JS = """
return [...document.querySelectorAll('.hd-graph')].every(g => {
  const svg = g.querySelector('svg.main-svg'); return svg && svg.getBoundingClientRect().width <= g.clientWidth + 1;
});
"""


@pytest.mark.parametrize("name", list(ALL_PAGES))
def test_reflow_without_sideways_scrolling_down_to_320_px(started, name):
    """At each width, in both modes, the page itself must not scroll sideways (its tables and grid may)."""
    driver = started.driver
    for present in (False, True):
        viewport(driver, REFLOW_WIDTHS[0])
        open_page(started, ALL_PAGES[name], present)
        for width in REFLOW_WIDTHS:
            viewport(driver, width)
            deadline = time.time() + 10
            while time.time() < deadline and not driver.execute_script(_CHARTS_FIT_JS):
                time.sleep(0.2)
            m = driver.execute_script(_OVERFLOW_JS)
            where = f"{ALL_PAGES[name]}{' ?present=1' if present else ''} at {width} px"
            assert m["inner"] == width, m
            assert m["html_overflow"] != "hidden", f"{where}: overflow hidden"
            assert m["body_overflow"] != "hidden", f"{where}: overflow hidden"
            assert m["scroll"] <= m["client"], f"{where}: scrolls sideways {m}"
            assert m["body"] <= m["client"], f"{where}: scrolls sideways {m}"
            assert not m["wide"], f"{where}: content wider than the screen {m['wide']}"


def test_reflow_check_catches_a_planted_wide_element(started):
    """The reflow check can fail: a fixed 600 px box on a 320 px screen is reported."""
    viewport(started.driver, 320)
    open_page(started, "/glossary")
    started.driver.execute_script(
        "const d = document.createElement('div'); d.id = 'planted'; d.style.width = '600px'; d.textContent = 'wide';"
        "document.querySelector('#app-main').appendChild(d);"
    )
    m = started.driver.execute_script(_OVERFLOW_JS)
    assert m["scroll"] > m["client"]
    assert any("planted" in w for w in m["wide"])


# --- text drawn inside charts ------------------------------------------------------------------------------

# axe-core cannot see behind SVG text, so chart labels are checked here: each label's fill against the
# top-most filled shape under its centre (bar, tile, plot or paper background), in paint order.
_CHART_TEXT_JS = r"""
const alpha = c => c.startsWith('rgba') ? parseFloat(c.split(',')[3]) : (c.startsWith('rgb') ? 1 : 0);
const filled = e => { const s = getComputedStyle(e);
  return alpha(s.fill) * parseFloat(s.fillOpacity) * parseFloat(s.opacity) >= 0.5; };
// Text centred on a bar or tile must stay inside it: past its edge, white text meets the white page.
const spills = (r, under) => {
  if (!under || !under.closest('.shapelayer, .trace')) { return false; }
  const b = under.getBoundingClientRect();
  return r.left < b.left - 1 || r.right > b.right + 1 || r.top < b.top - 1 || r.bottom > b.bottom + 1;
};
const out = [];
for (const graph of document.querySelectorAll('.hd-graph')) {
  const shapes = [...graph.querySelectorAll('path, rect')].filter(e => !e.closest('text') && filled(e));
  for (const t of graph.querySelectorAll('text')) {
    const label = t.textContent.trim(); const r = t.getBoundingClientRect();
    if (!label || !r.width || !r.height || getComputedStyle(t).visibility === 'hidden') { continue; }
    const x = r.left + r.width / 2, y = r.top + r.height / 2;
    let under = null;
    for (const s of shapes) {  // later in the document = painted on top
      const b = s.getBoundingClientRect();
      if (x >= b.left && x <= b.right && y >= b.top && y <= b.bottom
          && (!under || (under.compareDocumentPosition(s) & Node.DOCUMENT_POSITION_FOLLOWING))) { under = s; }
    }
    const cs = getComputedStyle(t); const box = graph.querySelector('svg.main-svg').getBoundingClientRect();
    const clipped = r.left < box.left - 1 || r.right > box.right + 1
                    || r.top < box.top - 1 || r.bottom > box.bottom + 1;
    out.push({graph: graph.id, label: label.slice(0, 50), fill: cs.fill, size: parseFloat(cs.fontSize),
              scale: parseFloat(((t.getAttribute('transform') || '').match(/scale\(([\d.]+)/) || [0, 1])[1]),
              bold: parseInt(cs.fontWeight) >= 700 || !!t.querySelector('b') || t.closest('b') !== null,
              under: under ? getComputedStyle(under).fill : 'rgb(255, 255, 255)', clipped, spills: spills(r, under)});
  }
}
return out;
"""

MIN_DRAWN_TEXT_PX = 10  # plotly shrinks text to fit a small bar (scale(...)); below this it cannot be read
CHART_PAGES = ["/districts", "/finance", "/workforce", "/life-expectancy", "/performance"]


@pytest.mark.parametrize("path", CHART_PAGES)
def test_text_in_charts_is_legible_in_both_modes(started, path):
    for present in (False, True):
        open_page(started, path, present)
        labels = started.driver.execute_script(_CHART_TEXT_JS)
        assert labels, f"no chart text found on {path}"
        low = []
        for label in labels:
            large = label["size"] >= 24 or (label["bold"] and label["size"] >= 18.66)
            ratio = contrast(label["fill"], label["under"])
            if ratio < (3.0 if large else 4.5):
                low.append(f"{label['graph']}: {label['label']!r} {label['fill']} on {label['under']} = {ratio:.2f}")
            if label["clipped"]:
                low.append(f"{label['graph']}: {label['label']!r} runs off the chart")
            if label["spills"]:
                low.append(f"{label['graph']}: {label['label']!r} spills out of the bar or tile it is on")
            if label["size"] * label["scale"] < MIN_DRAWN_TEXT_PX:
                low.append(f"{label['graph']}: {label['label']!r} shrunk to {label['size'] * label['scale']:.1f} px")
        where = f"{path}{' ?present=1' if present else ''}"
        print(f"\n{where}: {len(labels)} chart labels, {len(low)} too faint, small, cut off or spilling")
        print("  " + "\n  ".join(low))
        assert not low, "chart text below AA contrast, too small, cut off or spilling:\n" + "\n".join(low)


# --- the pages of long lists ----------------------------------------------------------------------------------


@pytest.fixture
def started_many(dash_duo, packs, port):
    """The shipped packs copied twelve times (benchmarks/corpus.py), so the long lists have pages."""
    from benchmarks.corpus import replicate_frame
    from dashboard import create_app

    dash_duo.start_server(create_app(*replicate_frame(packs[0], 12, packs[1])), port=port)
    dash_duo.driver.set_window_size(1280, 900)
    return dash_duo


@pytest.mark.parametrize(
    ("path", "pager", "parameter"),
    [
        ("/performance", "performance-pages", "page"),
        ("/sources", "sources-warnings-pages", "warnings"),
        ("/", "overview-timeline-pages", "meetings"),
    ],
)
def test_long_lists_page_by_keyboard_with_no_axe_violation(started_many, path, pager, parameter):
    duo, driver = started_many, started_many.driver
    open_page(duo, path)
    duo.wait_for_element(f"#{pager}", timeout=10)
    check_with_axe(duo, f"{path} with 12 copies of the packs")
    no_transitions(driver)
    # The page links are in the tab order like any link: from the last page number, Tab reaches "Next".
    driver.execute_script(f"const l = document.querySelectorAll('#{pager} a'); l[l.length - 2].focus();")
    focused = tab(driver)
    assert focused is not None
    assert focused["id"] == f"{pager}-next", focused
    assert ring_contrast(focused) >= MIN_RING_CONTRAST
    press(driver, Keys.ENTER)
    duo.wait_for_contains_text(f"#{pager}", "Showing 51–100", timeout=15)
    assert f"{parameter}=2" in driver.current_url
