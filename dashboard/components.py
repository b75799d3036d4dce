"""Shared layout pieces: the chart card, RAG badges, the "as at" line, source links.

Pages compose these; they hold no data and register no callbacks.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from typing import Any

import dash_bootstrap_components as dbc
import pandas as pd
import plotly.graph_objects as go
from dash import dcc, html
from dash.development.base_component import Component, ComponentType

from dashboard import downloads, terms
from dashboard.compare import Comparison
from dashboard.packs import pack_label
from dashboard.theme import Rag, fmt_date, wrap_labels
from dashboard.urlstate import source_href, whole_number

PAGE_ROWS = 50  # rows of a long list shown at once: readable, and quick to build and send at any size of data
_HIDDEN: dict[str, Any] = {"aria-hidden": "true"}


def as_at(date: pd.Timestamp | None, small: bool = False) -> html.P:
    """The line every page and tile carries: which pack the figures are as at."""
    text = f"As at the pack for {fmt_date(date)}" if date is not None else "No packs loaded"
    return html.P(text, className="hd-tile-as-at" if small else "hd-as-at")


def rag_text(rag: Rag, words: str | None = None) -> html.Span:
    """A rating's symbol and word; the symbol (spaced by CSS) is hidden from screen readers, which say the word."""
    hidden: dict[str, Any] = {"aria-hidden": "true"}
    return html.Span([html.Span(rag.icon, className="hd-rag-icon", **hidden), words or rag.word])


def rag_badge(rating: str | Rag | Comparison | None, text: str | None = None) -> html.Span:
    """A coloured badge that always carries the symbol and a word, never colour alone."""
    if isinstance(rating, Comparison):
        rag, word = rating.rag, rating.verdict
    else:
        rag = rating if isinstance(rating, Rag) else Rag.of(rating)
        word = rag.word
    return html.Span(
        rag_text(rag, text or word).children,
        className="hd-rag",
        style={"backgroundColor": rag.fill, "color": rag.text},
        title=word,
    )


def source_link(file: str, line: int | None, text: str | None = None) -> dcc.Link:
    """A link from a number to the line of the pack it was read from, the pack named by its committee and
    meeting date (dashboard/packs.py; the file name only when the app does not hold the pack)."""
    name = pack_label(file)
    label = text or (f"{name}, line {line}" if line else name)
    return dcc.Link(label, href=source_href(file, line), className="hd-source")


def source_column(rows: pd.DataFrame) -> list[dcc.Link]:
    """A table's Source column: one link a row, to the line each was read from."""
    return [source_link(f, int(n)) for f, n in zip(rows["source_file"], rows["source_line"], strict=True)]


def source_links(rows: pd.DataFrame) -> list[Any]:
    """Links to the lines `rows` were read from (their source_file and source_line), parted by commas."""
    links = source_column(rows)
    return [part for i, link in enumerate(links) for part in ([", "] if i else []) + [link]]


def no_data(what: str) -> dbc.Alert:
    """What a section shows when the packs hold none of its dataset."""
    return dbc.Alert(f"No data in these packs for {what}.", color="secondary", className="hd-no-data")


def table(frame: pd.DataFrame, id: str | None = None, caption: str | None = None) -> html.Div:
    """A plain, printable HTML table of a display frame, with column headers and an optional caption.

    Wide tables scroll inside their own box (never the page), and that box is a named region in the
    tab order so keyboard users can scroll it too.
    """
    head = html.Thead(html.Tr([html.Th(str(c), scope="col") for c in frame.columns]))
    body = html.Tbody(
        [html.Tr([html.Td(_cell(v), className=_prose(v)) for v in row]) for row in frame.itertuples(index=False)]
    )
    kwargs = {"id": id} if id else {}
    parts = [html.Caption(caption, className="visually-hidden"), head, body] if caption else [head, body]
    return scroll_box(
        dbc.Table(parts, striped=True, bordered=True, size="sm", className="hd-table", **kwargs),
        caption or (f"Table {id}" if id else "Table"),
    )


PROSE_CHARACTERS = 20  # a cell's words longer than this are a name or a note: they may wrap


def _prose(value: object) -> str | None:
    """ "hd-prose" for a cell of words too long for one line (a report's title, a body's name), which may wrap
    between words; a figure ("£1.2m", "0.57 WTE per 1,000 patients") starts with a number and never wraps."""
    if isinstance(value, Component):  # a link to a source: its text
        value = getattr(value, "children", None)
    text = value.strip() if isinstance(value, str) else ""
    words = text.split()
    if len(text) <= PROSE_CHARACTERS or len(words) < 3 or not words[0][:1].isalpha():
        return None
    return "hd-prose"


def page_number(requested: object, rows: int, size: int = PAGE_ROWS) -> int:
    """The page of a list of `rows` a URL asks for (?page=3): the first when absent or not a page number, the
    last when past the end, so any link shows a page."""
    last = max(1, -(-rows // size))
    return min(whole_number(requested) or 1, last)


def page_rows(rows: pd.DataFrame, page: int, size: int = PAGE_ROWS) -> pd.DataFrame:
    """The rows on page `page` (from 1) of `size` rows each."""
    return rows.iloc[(page - 1) * size : page * size]


def pager(
    rows: int, page: int, href: Callable[[int], str], what: str, id: str, size: int = PAGE_ROWS
) -> html.Nav | None:
    """Links to the other pages of a long list ("Previous", page numbers, "Next"), or None when it fits one page.

    Plain links (each page has its own address, so it can be bookmarked, and the keyboard reaches them like
    any link), in a navigation region named for the list; the current page is marked for screen readers.
    """
    last = max(1, -(-rows // size))
    if last == 1:
        return None
    first_row, last_row = (page - 1) * size + 1, min(rows, page * size)
    shown = sorted({1, last, *range(max(1, page - 2), min(last, page + 2) + 1)})
    items: list[Component] = []
    if page > 1:
        items.append(html.Li(dcc.Link("◀ Previous", href=href(page - 1), id=f"{id}-previous")))
    for n, gap in zip(shown, [False, *[b - a > 1 for a, b in zip(shown, shown[1:], strict=False)]], strict=True):
        if gap:
            items.append(html.Li("…", **_HIDDEN))
        if n == page:
            current: dict[str, Any] = {"aria-current": "page"}
            items.append(html.Li(html.Strong([html.Span("Page ", className="visually-hidden"), str(n)], **current)))
        else:
            items.append(html.Li(dcc.Link([html.Span("Page ", className="visually-hidden"), str(n)], href=href(n))))
    if page < last:
        items.append(html.Li(dcc.Link("Next ▶", href=href(page + 1), id=f"{id}-next")))
    label: dict[str, Any] = {"aria-label": f"Pages of {what}"}
    return html.Nav(
        [
            html.P(f"Showing {first_row:,}–{last_row:,} of {rows:,} {what} (page {page} of {last}).", className="mb-1"),
            html.Ul(items, className="hd-pager-links"),
        ],
        id=id,
        className="hd-pager",
        **label,
    )


def scroll_box(content: Component, label: str) -> html.Div:
    """A box that scrolls sideways when its content is wider than the screen, reachable by keyboard."""
    named: dict[str, Any] = {"aria-label": label}
    return html.Div(content, className="table-responsive hd-scroll", role="region", tabIndex="0", **named)


_RAG_PREFIX = {rag.icon + " ": rag for rag in sorted(Rag, key=lambda r: -len(r.icon))}


def _cell(value: object) -> str | Component:
    if isinstance(value, Component):
        return value
    if value is None or (isinstance(value, float) and pd.isna(value)):
        return "–"
    text = str(value)
    for prefix, rag in _RAG_PREFIX.items():
        if text.startswith(prefix):
            return rag_text(rag, text[len(prefix) :])
    return text


def chart_card(
    prefix: str,
    title: str,
    figure: go.Figure,
    data: pd.DataFrame | Component,
    summary: str,
    note: ComponentType = None,
    rule: str | None = None,
    download: Mapping[str, object] | None = None,
    view: str | None = None,
) -> dbc.Card:
    """A chart with its data as a table beside it and a one-sentence summary (also the chart's alt text).

    Under the table, "Download Excel" and "Download CSV" of the rows behind the chart: links to the view
    registered as `view` (else `prefix`) in dashboard/downloads.py, with `download` as its parameters (the
    page's own); several cards of one view each have a prefix of their own, for their elements' ids.
    """
    legend_lines = sum(
        str(t.name).count("<br>") + 1 for t in wrap_labels(figure).data if t.name and t.showlegend is not False
    )
    # A long legend gets room below the chart instead of a scrollbar only a mouse can move.
    box_style = {"--hd-graph-extra": f"{max(0, legend_lines - 8) * 12}px"}
    if figure.layout.height:  # a figure sized to its rows keeps its own height
        box_style["height"] = f"{figure.layout.height}px"
    data_table = data if isinstance(data, Component) else table(data, id=f"{prefix}-table", caption=f"Data: {title}")
    # A table of many columns beside the chart would be cut off at its edge: it goes under the chart, full width.
    wide = _is_wide(data)
    chart_width, table_width = (12, 12) if wide else (7, 5)
    graph_attrs: dict[str, Any] = {"aria-label": summary}
    return dbc.Card(
        [
            dbc.CardHeader(html.H2(title, className="h5 mb-0")),
            dbc.CardBody(
                [
                    html.P(summary, id=f"{prefix}-summary", className="hd-summary"),
                    html.P(rule, className="hd-rule-short") if rule else None,
                    dbc.Row(
                        [
                            dbc.Col(
                                html.Div(
                                    dcc.Graph(
                                        id=f"{prefix}-graph",
                                        figure=figure,
                                        config={"displayModeBar": False, "responsive": True},
                                        className="hd-graph",
                                    ),
                                    role="img",
                                    className="hd-graph-box",
                                    style=box_style,
                                    **graph_attrs,
                                ),
                                lg=chart_width,
                                className="hd-chart-col",
                            ),
                            dbc.Col(
                                html.Div(
                                    [
                                        html.H3("Data", className="visually-hidden"),
                                        data_table,
                                        downloads.links(view or prefix, download, title),
                                    ],
                                    className="hd-data hd-data-wide" if wide else "hd-data",
                                ),
                                lg=table_width,
                                className="hd-table-col",
                            ),
                        ]
                    ),
                    html.Div(note, className="hd-note") if note else None,
                    abbreviations(title, summary, *_figure_texts(figure), *_frame_texts(data), id=f"{prefix}-abbr"),
                ]
            ),
        ],
        className="hd-card mb-4",
        id=f"{prefix}-card",
    )


# About the characters a table of body text fits into beside a chart (five twelfths of a 1280 px screen's card).
BESIDE_CHART_CHARACTERS = 48


def _is_wide(data: pd.DataFrame | Component) -> bool:
    """Whether a chart's data table is too wide to sit beside the chart.

    Its width in characters is estimated as the stylesheet draws it: headers on one line, the first column's
    cells wrapped at their longest word, the other columns' cells on one line.
    """
    if not isinstance(data, pd.DataFrame) or data.empty:
        return False

    def longest_word(text: object) -> int:
        return max((len(w) for w in str(text).split()), default=0)

    widths = [
        max(len(str(column)), int(data[column].map(longest_word if i == 0 else (lambda v: len(str(v)))).max()))
        + 2  # the cell's padding
        for i, column in enumerate(data.columns)
    ]
    return sum(widths) > BESIDE_CHART_CHARACTERS


def page_header(title: str, date: pd.Timestamp | None, lead: str | None = None) -> html.Div:
    """Page title, the as-at line and an optional one-line introduction."""
    return html.Div(
        [html.H1(title, className="h3"), as_at(date), html.P(lead, className="hd-lead") if lead else None],
        className="hd-page-header",
    )


def series_card(frame: pd.DataFrame, section, present: bool = False) -> Component:
    """A chart card for a declarative `series.Section`, or "no data in these packs"; its downloads are the view
    `downloads.section_view(section)`, which the page registers."""
    from dashboard import series

    rows = series.rows_for(frame, section)
    if rows.empty:
        return html.Div([html.H2(section.title, className="h5"), no_data(section.title.lower())], className="mb-4")
    sources = rows.drop_duplicates("source_file")
    note = html.Span([section.note + " " if section.note else "", "Source: ", *source_links(sources)])
    return chart_card(
        section.key,
        section.title,
        series.bars(rows, section, present),
        series.pivot(rows, section),
        series.change_summary(rows, section),
        note=note,
    )


def abbreviations(*texts: object, id: str | None = None) -> html.Details | None:
    """ "Abbreviations used here": a GOV.UK-style details disclosure, closed until opened, explaining each
    abbreviation the texts use, each linked to its glossary entry; None when they use none.

    One pattern everywhere: a native <details> is reached and opened by keyboard and announced by screen
    readers, unlike a hover title on <abbr>, and it keeps tables and charts uncluttered.
    """
    found = terms.abbreviations_in(texts)
    if not found:
        return None
    kwargs: dict[str, Any] = {"id": id} if id else {}
    return html.Details(
        [
            html.Summary(html.Span("Abbreviations used here", className="govuk-details__summary-text")),
            html.Dl(
                [
                    part
                    for t in found
                    for part in (
                        html.Dt(dcc.Link(t.term, href=f"/glossary#{t.anchor}")),
                        html.Dd(t.meaning),
                    )
                ],
                className="govuk-details__text hd-abbr-list",
            ),
        ],
        className="govuk-details hd-abbr",
        **kwargs,
    )


def _figure_texts(figure: go.Figure) -> list[str]:
    """The words a chart prints: its title, axis titles, trace names and category labels."""
    out = [str(figure.layout.title.text or "")]
    out += [str(axis.title.text or "") for axis in (figure.layout.xaxis, figure.layout.yaxis)]
    for trace in figure.data:
        out.append(str(getattr(trace, "name", "") or ""))
        for axis in ("x", "y"):
            values = getattr(trace, axis, None)
            if values is not None:
                out += [v for v in values if isinstance(v, str)]
    return out


def _frame_texts(data: object) -> list[str]:
    """The words a display table prints: its headers and text cells."""
    if not isinstance(data, pd.DataFrame):
        return []
    return [str(c) for c in data.columns] + [v for col in data.columns for v in data[col] if isinstance(v, str)]
