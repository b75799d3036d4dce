"""Every abbreviation a page shows is explained: each page, rendered in headless Chromium on the shipped packs, has
its visible text (and its charts' text) read, and every all-capitals word of 2-6 letters (less Roman numerals, RAG
words and headings printed in capitals: dashboard/terms.py says why) must be in the glossary (data/glossary.csv or
this council's short names in data/areas.csv)."""

from __future__ import annotations

import pytest
from test_accessibility import ALL_PAGES, open_page

from dashboard import terms

pytestmark = pytest.mark.browser

VISIBLE_TEXT_JS = """
// a chart label broken over lines is one tspan.line per line: read them apart, as a reader does
const svg = Array.from(document.querySelectorAll('svg text')).map(t => {
  const lines = t.querySelectorAll('tspan.line');
  return lines.length ? Array.from(lines).map(l => l.textContent).join(' ') : t.textContent;
});
// the page's own text without the charts' (whose lines innerText would glue together), then the charts'
const hide = document.createElement('style');
hide.textContent = 'svg { display: none !important; }';
document.head.appendChild(hide);
const page = document.body.innerText;
hide.remove();
return [page, ...svg].join(' \\n ');
"""


def test_the_check_catches_an_unknown_abbreviation():
    """The rule the page test applies fails on an abbreviation no glossary row explains, and passes known ones."""
    assert terms.unexplained("Spending by the ZQXW rose; PCNs and the ICB agreed.") == ["ZQXW"]
    assert terms.unexplained("REPORT OF THE DIRECTOR OF PUBLIC HEALTH, Table II, rated RED") == []


def test_every_abbreviation_on_every_page_is_in_the_glossary(started):
    missing: dict[str, list[str]] = {}
    for name, path in ALL_PAGES.items():
        open_page(started, path)
        text = started.driver.execute_script(VISIBLE_TEXT_JS)
        assert len(text) > 200, name  # the page drew
        unknown = terms.unexplained(text)
        if unknown:
            missing[path] = unknown
    assert missing == {}, f"abbreviations shown with no glossary entry: {missing}"


def test_the_glossary_names_no_single_councils_place():
    """data/glossary.csv is for any council: none of its terms or meanings names a place the gazetteer or the
    home table knows (those belong in data/areas.csv, whose short names the glossary adds on its own)."""
    from loaders.areas import find_areas

    for term in terms.glossary():
        if term.local:
            continue
        places = [a.name for _, a in find_areas(f"{term.term}: {term.meaning}") if a.kind not in ("country",)]
        assert places == [], (term.term, places)
