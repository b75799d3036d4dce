"""Any council (issue 19, item 4): the dashboard started on one development council's packs alone shows that
council's figures on each topic page and no Leicestershire place on any page.

The store is filled the way a council fills it (`healthdash serve --reports DIR`, dashboard.app.take_in) from
copies of tests/data/devset/<council>/*.txt; the facts in facts.jsonl were read off those packs by hand.  A fact
counts as found when a table cell on its topic page (dashboard/catalogue.py gives the page) shows its value as
the page formats it, and its area is named in that cell's row, its column header or the table's caption; a page
of a long list is read with its next pages.  Every development council is tried on each topic page its facts
belong to, at 80% or at the floor FOUND_FLOOR gives with its reason.
"""

from __future__ import annotations

import csv
import json
import re
import shutil
import time
from pathlib import Path

import pytest

from dashboard import catalogue
from dashboard.theme import fmt_value
from loaders.areas import AREAS_FILE, normalise

pytestmark = pytest.mark.browser

DEVSET = Path(__file__).resolve().parents[1] / "data" / "devset"
TOPIC_PAGES = ["/districts", "/life-expectancy", "/finance", "/workforce", "/performance"]
OTHER_PAGES = ["/", "/explorer", "/sources", "/glossary", "/accessibility"]
FOUND_AT_LEAST = 0.8
# Below the goal (shares measured December 2026, each held 3-4 points under): what the pages do not show yet.
# - running text: a figure of the reports' text goes to its topic page when its words and unit name the topic
#   (loaders/topics.py `of_figure`: money for finance, years for life expectancy); one whose sentence names no
#   topic word, or a workforce, district or performance figure in the text, stays in the explorer's `figures`;
# - BCF metrics by quarter and PCNs' registered patients are read but drawn on no finance card.
FOUND_FLOOR: dict[tuple[str, str], float] = {
    ("carrowdale", "/life-expectancy"): 0.70,  # 74%: healthy life expectancy and gap shares from the text
    ("carrowdale", "/finance"): 0.72,  # 76%: BCF metrics by quarter (read as performance); text with no topic word
    ("harrowby", "/districts"): 0.67,  # 71%: employment by year, a transposed table
    ("sheringmoor", "/finance"): 0.76,  # 80%: the ICB's efficiency schemes, change-on-year columns
    ("tamsford", "/districts"): 0.73,  # 77%: London's comparator column
    ("tamsford", "/life-expectancy"): 0.65,  # 69%: gaps between boroughs and healthy life expectancy in the text
    ("tamsford", "/workforce"): 0.70,  # 74%: the change column printed with its sign
    # Vennacott's scanned pack (tests/data/devset/README.md): figures its loaders leave unlabelled are missing
    # from its finance page too.
    # Caddenholm and Marrowfield, added in December 2026 (measured at their first run in the app):
    ("marrowfield", "/finance"): 0.72,  # 76%: ARRS by PCN in a psql table, filed under tables
    ("marrowfield", "/performance"): 0.57,  # 61%: the scorecard's previous month, shown on no card
    # Wrenholt (measured December 2026, after its pandoc tables were read and unrated indicators got their card):
    ("wrenholt", "/performance"): 0.70,  # 74%: the answers in the minutes' prose stay in the explorer's figures
    # Fernhallow, added in December 2026 (measured once its workbook's sheets were read):
    ("fernhallow", "/workforce"): 0.65,  # 69%: patients per GP and the region's and England's rows on no card
    ("fernhallow", "/performance"): 0.36,  # 40%: the scorecard's earlier month and its standard are read but shown
    # on no card (only the latest month is rated); the cover note's prose figures stay in figures
}
# Pages that show none of a council's facts yet, expected to fail until the loaders read its tables (strict: a pass
# is reported, so the entry must then go).
NOT_SHOWN_YET: dict[tuple[str, str], str] = {
    # Greymarsh (scored once first in December 2026): its spine chart and LaTeX tables are not read yet
    ("greymarsh", "/districts"): "0%: the pdftotext spine chart's wider-determinant rows are not read as a table",
    ("greymarsh", "/life-expectancy"): "0%: the spine chart's life expectancy rows are not read as a table",
    ("greymarsh", "/workforce"): "0%: the GP workforce tables are LaTeX tabulars, not read yet",
    ("greymarsh", "/performance"): "0%: the performance table is a LaTeX tabular; BCF metrics drawn on no card",
    ("greymarsh", "/finance"): "28%: the BCF sheets saved as CSV are shown; QIPP, budgets and ARRS are LaTeX tabulars",
}
# Every development council: each in a layout of its own (tests/data/devset/README.md).
COUNCILS = sorted(p.name for p in DEVSET.iterdir() if (p / "facts.jsonl").exists())

# Every table cell on the page, with its column's header and its row's text (one JS call, not one per cell).
CELLS_JS = """
const out = [];
for (const table of document.querySelectorAll('#main-content table')) {
    // a table of one area names it in its caption: each column header is read with the caption
    const caption = table.caption ? table.caption.innerText + ' ' : '';
    const heads = Array.from(table.querySelectorAll('thead th')).map(th => caption + th.innerText);
    for (const tr of table.querySelectorAll('tbody tr')) {
        const row = tr.innerText;
        Array.from(tr.children).forEach((cell, i) => out.push([cell.innerText, heads[i] || '', row]));
    }
}
return out;
"""


def leicestershire_places() -> list[str]:
    """The names and spellings data/areas.csv lists for Leicestershire (not England, which every council shows)."""
    with AREAS_FILE.open(encoding="utf-8", newline="") as fh:
        rows = [r for r in csv.DictReader(fh) if r["kind"] != "country"]
    return [n for r in rows for n in [r["name"], *filter(None, r["aliases"].split("|"))]]


def facts_of(council: str) -> list[dict]:
    with (DEVSET / council / "facts.jsonl").open(encoding="utf-8") as fh:
        return [json.loads(line) for line in fh if line.strip()]


def shown_as(fact: dict) -> set[str]:
    """The ways a page may show the fact's value: as printed, or formatted by the app with or without the print."""
    value, unit, printed = fact["value"], fact.get("unit"), fact.get("printed")
    forms = {fmt_value(value, unit, printed), fmt_value(value, unit)}
    if printed:
        forms.add(printed)
    if unit in POUNDS_PER:  # a chart's table shows money in one scale (£k or £m), to as many decimals as it needs
        pounds = value * POUNDS_PER[unit]
        sign = "-" if pounds < 0 else ""
        for divisor, suffix in ((1e3, "k"), (1e6, "m")):
            forms |= {f"{sign}£{abs(pounds) / divisor:,.{d}f}{suffix}" for d in range(4)}
    return {f for f in forms if f}


POUNDS_PER = {"£": 1.0, "£k": 1e3, "£000": 1e3, "£m": 1e6}  # the facts' money units, in pounds


def holds(text: str, value: str) -> bool:
    """`value` stands alone in `text` (not "1.5" inside "11.5" or "1.55")."""
    return re.search(r"(?<![\d.,])" + re.escape(value) + r"(?![\d]|[.,]\d)", text) is not None


def names(text: str, area: str) -> bool:
    """The area is named in the text, an NHS body with or without its leading "NHS" (the loaders tidy it away)."""
    if not area:  # a fact of no place (a count of meetings): any row shows it
        return True
    return any(normalise(a) in normalise(text) for a in {area, area.removeprefix("NHS ")})


def found(fact: dict, cells: list[list[str]]) -> bool:
    forms = shown_as(fact)
    return any(
        any(holds(cell, f) for f in forms) and (names(row, fact["area"]) or names(head, fact["area"]))
        for cell, head, row in cells
    )


@pytest.fixture
def council_app(request, dash_duo, port, tmp_path: Path):
    """A browser on the app over a store holding one development council's packs, added as `serve --reports`
    adds them."""
    from dashboard import create_app
    from dashboard.app import take_in
    from loaders.store import Store

    council = request.param
    folder = tmp_path / "packs"
    folder.mkdir()
    for pack in sorted((DEVSET / council).glob("*.txt")):
        shutil.copy(pack, folder / pack.name)
    store = Store(tmp_path / "store" / "healthdash.sqlite")
    taken, problems = take_in(store, folder)
    assert problems == []
    assert len(taken) == len(list(folder.glob("*.txt")))
    dash_duo.start_server(create_app(store=store), port=port)
    dash_duo.driver.set_window_size(1280, 900)
    return council, dash_duo


def visit(duo, path: str) -> None:
    """Open a page and wait until its callbacks have settled (the main region stops changing)."""
    duo.driver.get(duo.server_url + path)
    duo.wait_for_element("#main-content h1", timeout=15)
    before, deadline = None, time.monotonic() + 15
    while time.monotonic() < deadline:
        now = duo.driver.execute_script("return document.getElementById('main-content').innerText")
        if now == before:
            return
        before = now
        time.sleep(0.4)


# The link to a long list's next page, if the page shows one (components.pager: "<id>-next").
NEXT_JS = "const a = document.querySelector('#main-content a[id$=\"-next\"]'); return a ? a.href : null;"


def every_page_s_cells(duo, path: str, most: int = 20) -> list[list[str]]:
    """The cells of a topic page and of each next page of its long list (?page=2...): all of them are the page."""
    visit(duo, path)
    cells = duo.driver.execute_script(CELLS_JS)
    for _ in range(most):
        following = duo.driver.execute_script(NEXT_JS)
        if not following:
            break
        visit(duo, following.removeprefix(duo.server_url))
        cells += duo.driver.execute_script(CELLS_JS)
    return cells


def params():
    out = []
    for council in COUNCILS:
        pages = {catalogue.info(f["dataset"]).page for f in facts_of(council)}
        for page in TOPIC_PAGES:
            if page in pages:
                reason = NOT_SHOWN_YET.get((council, page))
                marks = [pytest.mark.xfail(strict=True, reason=reason)] if reason else []
                out.append(pytest.param(council, page, id=f"{council}{page}", marks=marks))
    return out


@pytest.mark.parametrize(("council_app", "page"), params(), indirect=["council_app"])
def test_a_topic_page_shows_the_councils_facts(council_app, page: str) -> None:
    council, duo = council_app
    wanted = [f for f in facts_of(council) if catalogue.info(f["dataset"]).page == page]
    assert wanted, f"no facts of {council} belong on {page}"
    cells = every_page_s_cells(duo, page)
    missing = [f"{f['area']} {f['printed']} ({f['measure']})" for f in wanted if not found(f, cells)]
    share = 1 - len(missing) / len(wanted)
    assert share >= FOUND_FLOOR.get((council, page), FOUND_AT_LEAST), (
        f"{page}: {len(wanted) - len(missing)} of {len(wanted)} facts of {council} shown ({share:.0%}); "
        "missing: " + "; ".join(missing)
    )
    assert council.capitalize() in duo.driver.title  # the tab names the council the packs are for


@pytest.mark.parametrize("council_app", ["calvermoor", "fallowmere"], indirect=True)
def test_no_page_names_a_leicestershire_place(council_app) -> None:
    council, duo = council_app
    pattern = re.compile(r"\b(?:" + "|".join(map(re.escape, leicestershire_places())) + r")\b")
    seen = {}
    for page in TOPIC_PAGES + OTHER_PAGES:
        visit(duo, page)
        text = duo.driver.execute_script("return document.body.innerText")
        hits = sorted(set(pattern.findall(text)))
        if hits:
            seen[page] = hits
        assert council.capitalize() in text  # the council's own name is there (the site name at least)
    assert seen == {}


# Every chart card's data table, and how much wider its content is than its box (0 when it fits).
TABLE_OVERFLOW_JS = """
return [...document.querySelectorAll('.hd-card .hd-data .hd-scroll')].map(box => [
  box.closest('.hd-card').id, box.scrollWidth - box.clientWidth]);
"""


@pytest.mark.parametrize("council_app", ["tamsford", "askerwold"], indirect=True)
def test_no_chart_cards_table_is_cut_off_at_its_edge(council_app) -> None:
    """A reader of a printed page or a shared screen cannot scroll a table sideways: on a 1280 px screen each
    chart's table fits its box (a wide one goes under its chart)."""
    council, duo = council_app
    checked = 0
    for page in TOPIC_PAGES:
        visit(duo, page)
        boxes = duo.driver.execute_script(TABLE_OVERFLOW_JS)
        checked += len(boxes)
        cut = [(card, extra) for card, extra in boxes if extra > 1]
        assert cut == [], f"{council} {page}: tables wider than their box (card, px): {cut}"
    assert checked >= 5, f"only {checked} chart tables on the topic pages of {council}"


@pytest.mark.parametrize("council_app", ["wrenholt"], indirect=True)
def test_a_scorecard_that_rates_nothing_shows_each_value_against_its_standard(council_app) -> None:
    """Wrenholt's performance table prints a standard and two months but no RAG: the page lists each month's value
    beside the standard with a verdict worked out by the stated rule, never as a rating the pack printed."""
    _council, duo = council_app
    visit(duo, "/performance")
    rows = duo.driver.execute_script(
        "return Array.from(document.querySelectorAll('#performance-standards tbody tr')).map(tr => tr.innerText);"
    )
    four_hours = [r for r in rows if r.startswith("Patients seen within 4 hours")]
    assert len(four_hours) == 2  # October and September, each against the same standard
    assert all("78" in r and "not met" in r for r in four_hours)
    assert any("73.4%" in r and "October 2026" in r for r in four_hours)
    text = duo.driver.execute_script("return document.getElementById('main-content').innerText")
    assert "worked out here, not printed in the pack" in text
