"""A declarative chart section (`series.Section`) as a card: chart, table, sentence and notes from its rows.

Finance and workforce share it, so every heading, note and panel comes from the rows loaded (their periods, their
roles, their units) and the pages name no line, year or place that one pack prints.
"""

from __future__ import annotations

import re

import pandas as pd
from dash import html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import series
from dashboard.series import Section


def card(frame: pd.DataFrame, section: Section, present: bool) -> Component:
    """The chart, its table, a sentence and notes drawn from the rows: the periods in the heading, which rows are
    totals (drawn in a panel of their own) and the pack's data-quality warnings.  A dataset a pack prints in
    several tables (savings by scheme, and savings by year) gets a card per table: one chart of both would set
    schemes beside years."""
    rows = series.rows_for(frame, section)
    if rows.empty:
        return html.Div([html.H2(section.title, className="h5"), ui.no_data(section.title.lower())], className="mb-4")
    source = series.table_of(rows)
    # the tables in the order printed, then what the text says: the table is what the pack sets out to show
    tables = sorted(dict.fromkeys(source), key=lambda t: t == series.IN_THE_TEXT)
    if len(tables) == 1:
        return _card(rows, section, present, section.key, series.heading(rows, section), None)
    return html.Div(
        [
            _card(
                rows[source == table],
                section,
                present,
                f"{section.key}-{i}",
                f"{series.heading(rows[source == table], section)}: {caption_title(table)}",
                {"table": table},
            )
            for i, table in enumerate(tables, start=1)
        ]
    )


def _card(
    rows: pd.DataFrame, section: Section, present: bool, prefix: str, title: str, download: dict[str, str] | None
) -> Component:
    return ui.chart_card(
        prefix,
        title,
        series.bars(rows, section, present),
        series.pivot(rows, section),
        series.change_summary(rows, section),
        note=notes(rows, section),
        download=download,
        view=section.key,
    )


_NUMBERED_CAPTION_RE = re.compile(r"^\W*(?:table|figure|chart|graph)\s*\d[\w.]*\s*[:.\-\u2013]?\s+", re.IGNORECASE)


def caption_title(caption: str) -> str:
    """A table's caption as a card's title: without its number ("Table 2:"), in sentence case if in capitals."""
    text = _NUMBERED_CAPTION_RE.sub("", caption).strip() or caption
    return text[:1] + text[1:].lower() if text.isupper() else text


def notes(rows: pd.DataFrame, section: Section) -> Component:
    """What the reader needs to trust the chart: totals drawn apart, an area that sums the others, the pack's own
    warnings (a misprint the pack's arithmetic corrects), and the source lines."""
    said: list[Component] = []
    totals = series.is_total(rows, section)
    if totals.any():
        said.append(html.P("Totals and subtotals are drawn in a panel of their own, not added to their parts."))
    for area in sorted(series.total_areas(rows)):
        said.append(html.P(f"{area} is the sum of the other areas, so it is drawn with the totals."))
    wider = sorted(set(rows.loc[series.wider_counts(rows), "area"]))
    if wider:
        said.append(html.P(f"{' and '.join(wider)}: counts are in the table, not drawn beside the local areas'."))
    said += [
        html.P(["⚠ Data-quality warning: ", w], className="hd-warning") for w in sorted(set(rows["warning"].dropna()))
    ]
    said.append(html.P(["Source: ", *ui.source_links(rows.drop_duplicates("source_file"))]))
    return html.Div(said)
