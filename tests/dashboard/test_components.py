"""Tests of dashboard/components.py: the shared layout pieces (RAG badges with symbol and word, plain tables with
captions and scoped headers, source links, the as-at line, the chart card)."""

from __future__ import annotations

import dash_bootstrap_components as dbc
import pandas as pd
import plotly.graph_objects as go
from dash import dcc, html
from dash_tree import find, text_of

from dashboard import components
from dashboard.compare import WORSE
from dashboard.theme import Rag


def all_of(component, kind) -> list:
    """Every component of a type in a tree, in document order."""
    found = [component] if isinstance(component, kind) else []
    children = getattr(component, "children", None)
    if isinstance(children, (list, tuple)):
        for child in children:
            found += all_of(child, kind)
    elif children is not None and not isinstance(children, str):
        found += all_of(children, kind)
    return found


def test_a_rag_badge_carries_symbol_and_word_never_colour_alone() -> None:
    badge = components.rag_badge("Amber/Green")
    assert text_of(badge) == "!✔ Amber/Green"
    assert badge.style == {"backgroundColor": Rag.AMBER_GREEN.fill, "color": Rag.AMBER_GREEN.text}
    icon = badge.children[0]
    assert getattr(icon, "aria-hidden") == "true"  # screen readers say the word, not the symbol


def test_a_comparison_badge_says_its_verdict() -> None:
    badge = components.rag_badge(WORSE)
    assert text_of(badge) == "✖ worse"
    assert badge.title == "worse"
    assert badge.style["backgroundColor"] == Rag.RED.fill
    assert text_of(components.rag_badge(None)) == "– Not rated"


def test_table_has_a_caption_scoped_headers_and_dashes_for_missing_cells() -> None:
    frame = pd.DataFrame({"Area": ["Blaby", "Melton"], "Value": ["2.5%", None], "Rating": ["✔ better", "✖ worse"]})
    box = components.table(frame, id="t", caption="Data: cycling")
    assert box.role == "region"
    assert getattr(box, "aria-label") == "Data: cycling"
    assert text_of(all_of(box, html.Caption)) == "Data: cycling"
    headers = all_of(box, html.Th)
    assert [h.children for h in headers] == ["Area", "Value", "Rating"]
    assert {h.scope for h in headers} == {"col"}
    cells = [text_of(td) for td in all_of(box, html.Td)]
    assert cells == ["Blaby", "2.5%", "✔ better", "Melton", "–", "✖ worse"]
    rating = all_of(box, html.Td)[2].children  # a rating cell keeps its symbol out of the spoken text
    assert getattr(rating.children[0], "aria-hidden") == "true"


def test_source_link_points_at_the_line_of_the_pack() -> None:
    link = components.source_link("003 pack.txt", 12)
    assert isinstance(link, dcc.Link)
    assert (link.children, link.href) == ("003 pack.txt, line 12", "/sources?file=003+pack.txt&line=12")
    assert components.source_link("p.txt", None, "the pack").children == "the pack"


def test_as_at_names_the_pack_date_or_says_none_is_loaded() -> None:
    assert components.as_at(pd.Timestamp("2021-07-08")).children == "As at the pack for 8 July 2021"
    assert components.as_at(None).children == "No packs loaded"
    assert components.no_data("GP workforce").children == "No data in these packs for GP workforce."


def test_chart_card_gives_the_summary_as_the_charts_alternative_and_the_data_beside_it() -> None:
    data = pd.DataFrame({"Area": ["Blaby"], "Value": ["2.5%"]})
    figure = go.Figure(go.Bar(x=["Blaby"], y=[2.5]))
    card = components.chart_card("cycling", "Cycling", figure, data, "Blaby has the highest figure (2.5%).")
    assert card.id == "cycling-card"
    assert find(card, "cycling-summary").children == "Blaby has the highest figure (2.5%)."
    graph = find(card, "cycling-graph")
    assert isinstance(graph, dcc.Graph)
    (box,) = [d for d in all_of(card, html.Div) if d.children is graph]
    assert box.role == "img"
    assert getattr(box, "aria-label") == "Blaby has the highest figure (2.5%)."
    assert text_of(all_of(find(card, "cycling-table"), html.Caption)) == "Data: Cycling"


def column_widths(card) -> list[object]:
    return [col.lg for col in all_of(card, dbc.Col)]


def test_a_narrow_table_sits_beside_its_chart_and_a_wide_one_goes_under_it_full_width() -> None:
    figure = go.Figure(go.Bar(x=["Blaby"], y=[2.5]))
    narrow = pd.DataFrame({"Measure": ["Savings target"], "2023/24": ["£40.1m"], "2024/25": ["£49.0m"]})
    card = components.chart_card("narrow", "Savings", figure, narrow, "Savings rise.")
    assert column_widths(card) == [7, 5]
    heads = ["Annual target", "Plan to date", "Delivered to date", "Forecast outturn", "Rating"]
    wide = pd.DataFrame(
        [["Medicines optimisation", "£9.8m", "£3.1m", "£2.9m", "£9.4m", "AMBER"]], columns=["Measure", *heads]
    )
    card = components.chart_card("wide", "Savings", figure, wide, "Savings lag.")
    assert column_widths(card) == [12, 12]
    # Long cells make a table of few columns wide too; a table given as a component keeps its place.
    long_cells = pd.DataFrame({"Area": ["Oakhurst"], "Funding": ["£1,842,000 allocation (31% claimed to July)"]})
    assert column_widths(components.chart_card("long", "Funding", figure, long_cells, "x")) == [12, 12]
    assert column_widths(components.chart_card("given", "Funding", figure, html.Table(), "x")) == [7, 5]


def test_a_long_name_in_a_table_may_wrap_and_a_figure_never_does() -> None:
    frame = pd.DataFrame(
        {
            "Report": ["INTEGRATED PERFORMANCE REPORT", "Finance"],
            "Rate": ["0.57 WTE per 1,000 patients", "£1,234,567"],
            "Source": [dcc.Link("Orsby Integrated Care Board, 3 July 2025, line 89", href="/sources"), "p.txt"],
        }
    )
    cells = all_of(components.table(frame), html.Td)
    wraps = [c.className == "hd-prose" for c in cells]
    assert wraps == [True, False, True, False, False, False]


# --- the pages of a long list ---------------------------------------------------------------------------------


def test_page_number_reads_the_url_and_always_gives_a_page() -> None:
    assert components.page_number(None, 120) == 1
    assert components.page_number("2", 120) == 2
    assert components.page_number("99", 120) == 3  # past the end: the last page
    for junk in ("0", "-1", "2.5", "²", "x", ""):
        assert components.page_number(junk, 120) == 1
    assert components.page_number("3", 0) == 1


def test_pager_links_each_page_and_marks_the_current_one() -> None:
    assert components.pager(50, 1, lambda n: f"/p?page={n}", "rows", "p") is None  # fits one page
    nav = components.pager(1000, 10, lambda n: f"/p?page={n}", "rated indicators", "p")
    assert isinstance(nav, html.Nav)
    assert nav.id == "p"
    assert getattr(nav, "aria-label") == "Pages of rated indicators"
    assert "Showing 451–500 of 1,000 rated indicators (page 10 of 20)." in text_of(nav)
    hrefs = [link.href for link in all_of(nav, dcc.Link)]
    # Previous, the first, two either side of this one, the last, Next.
    assert hrefs == [f"/p?page={n}" for n in (9, 1, 8, 9, 11, 12, 20, 11)]
    current = all_of(nav, html.Strong)
    assert [" ".join(text_of(c).split()) for c in current] == ["Page 10"]
    assert getattr(current[0], "aria-current") == "page"
    first = components.pager(120, 1, lambda n: f"/p?page={n}", "rows", "p")
    assert [link.id for link in all_of(first, dcc.Link) if getattr(link, "id", None)] == ["p-next"]
    last = components.pager(120, 3, lambda n: f"/p?page={n}", "rows", "p")
    assert [link.id for link in all_of(last, dcc.Link) if getattr(link, "id", None)] == ["p-previous"]
    assert "Showing 101–120 of 120 rows" in text_of(last)


def test_page_rows_slices_one_page() -> None:
    rows = pd.DataFrame({"n": range(120)})
    assert components.page_rows(rows, 3)["n"].tolist() == list(range(100, 120))


def test_source_links_are_parted_by_commas() -> None:
    import pandas as pd

    from dashboard import components

    rows = pd.DataFrame({"source_file": ["a.txt", "a.txt", "b.txt"], "source_line": [3, 9, 4]})
    parts = components.source_links(rows)
    assert parts[1::2] == [", ", ", "]
    assert [p.href for p in parts[0::2]] == [
        components.source_href(f, n) for f, n in [("a.txt", 3), ("a.txt", 9), ("b.txt", 4)]
    ]
