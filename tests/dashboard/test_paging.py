"""The long lists (RAG tables, Red figures and meetings on the overview, packs and warnings on Sources) at many
times the rows: 50 a page, latest pack first, each page at its own address with links to the others, and what
the page says about all of them (counts, summaries, charts) unchanged by the paging."""

from __future__ import annotations

from urllib.parse import parse_qsl, urlsplit

import pandas as pd
import pytest
from dash import dcc
from dash_sample import SOURCES
from dash_tree import find, page, page_module, text_of

from dashboard import create_app
from dashboard.packs import pack_label

COPIES = 60


def copies(frame: pd.DataFrame, n: int) -> pd.DataFrame:
    """`n` copies of a tidy frame as if from packs published a month apart (copy 0 the latest)."""
    parts = []
    for k in range(n):
        part = frame.copy()
        part["source_file"] = (f"c{k:02d}_" + part["source_file"].astype(str)).astype("string")
        part["pack_date"] = part["pack_date"] - pd.DateOffset(months=k)
        part["meeting_date"] = part["meeting_date"] - pd.DateOffset(months=k)
        parts.append(part)
    return pd.concat(parts, ignore_index=True)


@pytest.fixture
def many(small):
    frame = copies(small, COPIES)
    create_app(frame, {f"c{k:02d}_{name}": lines for k in range(COPIES) for name, lines in SOURCES.items()})
    return frame


def links(component) -> dict[str, str]:
    """Text -> address of every link in a tree."""
    found = {}
    stack = [component]
    while stack:
        node = stack.pop()
        if isinstance(node, (list, tuple)):
            stack.extend(node)
            continue
        if isinstance(node, dcc.Link):
            found[" ".join(text_of(node).split())] = node.href
        children = getattr(node, "children", None)
        if children is not None and not isinstance(children, str):
            stack.append(children)
    return found


def query(href: str) -> dict[str, str]:
    return dict(parse_qsl(urlsplit(href).query))


def rows_of(layout) -> int:
    """The rows of every RAG table on a page (one table for each printed table)."""
    tables = find(layout, "performance-table").children
    return sum(len(find(t, f"performance-table-{k}").children[-1].children) for k, t in enumerate(tables, 1))


def test_rag_tables_page_through_the_rated_rows_latest_pack_first(many):
    layout = page("/performance")["layout"]
    first = layout()
    text = text_of(first)
    assert f"RAG tables ({2 * COPIES:,} indicators)" in text
    summary = text_of(find(first, "performance-counts-summary"))  # every rated row counted, not one page's
    assert summary.startswith(f"{2 * COPIES} rated indicators across ")
    assert summary.endswith(f"{COPIES} rated Red.")
    table = text_of(find(first, "performance-table"))
    assert pack_label("c00_001_test.txt") in table  # the latest pack first, named by committee and meeting
    assert pack_label("c59_001_test.txt") not in table
    nav = find(first, "performance-pages")
    assert "Showing 1–50 of 120 rated indicators (page 1 of 3)." in text_of(nav)
    assert rows_of(first) == 50
    assert query(links(nav)["Next ▶"]) == {"page": "2"}
    last = layout(page="3", rating=None, present="1")
    assert pack_label("c59_001_test.txt") in text_of(find(last, "performance-table"))
    assert "Showing 101–120 of 120" in text_of(find(last, "performance-pages"))
    assert rows_of(last) == 20
    assert query(links(find(last, "performance-pages"))["◀ Previous"]) == {"page": "2", "present": "1"}
    red = layout(rating="Red", page="2")
    assert "Showing 51–60 of 60 Red indicators (page 2 of 2)." in text_of(find(red, "performance-pages"))
    assert query(links(find(red, "performance-pages"))["Page 1"]) == {"rating": "Red"}
    assert text_of(layout(page="junk")) == text  # a page that is no number shows the first


def test_sources_pages_packs_and_warnings_each_keeping_the_rest_of_the_address(many):
    layout = page("/sources")["layout"]
    out = layout(file="c00_003_test.txt", line="12", warnings="2")
    packs_nav, warnings_nav = find(out, "sources-packs-pages"), find(out, "sources-warnings-pages")
    assert f"Showing 1–50 of {4 * COPIES} packs (page 1 of 5)." in text_of(packs_nav)
    assert f"Showing 51–{COPIES} of {COPIES} data-quality warnings (page 2 of 2)." in text_of(warnings_nav)
    assert "line 12 of the district pack" in text_of(find(out, "sources-viewer"))  # the viewer stays
    next_packs = query(links(packs_nav)["Next ▶"])
    assert next_packs == {"file": "c00_003_test.txt", "line": "12", "packs": "2", "warnings": "2"}
    assert query(links(warnings_nav)["◀ Previous"]) == {"file": "c00_003_test.txt", "line": "12"}
    packs_table = text_of(find(out, "sources-packs"))
    assert packs_table.index("c00_003_test.txt") < packs_table.index("c00_000_test.txt")  # latest first
    assert f"{COPIES} numbers carry a warning, latest pack first." in text_of(out)


def test_overview_pages_red_figures_and_meetings(many):
    layout = page("/")["layout"]
    out = layout()
    assert f"{COPIES} figures are rated Red" in text_of(find(out, "overview-red-summary"))
    assert "Showing 1–50 of 60 figures rated Red (page 1 of 2)." in text_of(find(out, "overview-red-pages"))
    timeline = find(out, "overview-timeline")
    assert len(timeline.children) == 50
    assert text_of(timeline.children[0]).startswith("8 July 2021")  # the latest meeting first
    later = layout(meetings="6", red="2")
    assert later.children is not None
    assert find(later, "overview-timeline").start == "251"
    assert query(links(find(later, "overview-timeline-pages"))["◀ Previous"]) == {"red": "2", "meetings": "5"}


def test_one_page_lists_have_no_pager(app):
    for path, ids in {
        "/performance": ["performance-pages"],
        "/sources": ["sources-packs-pages", "sources-warnings-pages"],
        "/": ["overview-red-pages", "overview-timeline-pages"],
    }.items():
        out = page(path)["layout"]()
        assert all(find(out, i) is None for i in ids), path


def test_outcomes_take_each_rank_from_the_latest_pack(packs):
    """Ten copies of the packs print every rank ten times: the chart and its table still show one per indicator."""
    from benchmarks.corpus import replicate_frame

    frame, sources = packs
    create_app(frame, sources)
    performance = page_module("/performance")
    one = performance.outcomes(frame)
    ten, ten_sources = replicate_frame(frame, 10, sources)
    create_app(ten, ten_sources)
    out = performance.outcomes(ten)
    assert out["Indicator"].tolist() == one["Indicator"].tolist()
    rows = performance.outcome_rows(ten)
    assert set(rows["source_file"]) <= {n for n in ten["source_file"].unique() if n.startswith("r000_")}
