"""Overview / meeting brief: a headline tile per dataset, what is rated Red, and the meeting timeline."""

from __future__ import annotations

from collections.abc import Callable

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import tables
from dashboard.summaries import red_summary
from dashboard.theme import fmt_date, fmt_number, fmt_value
from dashboard.urlstate import encode, is_on

dash.register_page(__name__, path="/", name="Overview", title="Overview – Leicestershire health committees", order=0)


def _text(value: object, missing: str) -> str:
    """A cell as text, or `missing` when the pack did not state it (None, NA, NaN or blank).

    Stored packs may lack any nullable field; `value or missing` raises on pandas' NA and blanks the page.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return missing
    return str(value).strip() or missing


def tile_card(tile: tables.Tile, present: bool = False) -> dbc.Card:
    """One dataset's tile: latest value, change, RAG and source; or "no data in these packs"."""
    href = tile.page + encode({"present": present})
    body: list[Component | None]
    if tile.count == 0:
        body = [html.P("No data in these packs.", className="hd-tile-empty")]
    elif tile.dataset == "figures":
        body = [
            html.P(fmt_number(tile.count), className="hd-tile-value"),
            html.P("other numbers, each with its source line"),
        ]
    else:
        body = [
            html.P(tile.value, className="hd-tile-value"),
            html.P(
                " · ".join(t for t in (_text(x, "") for x in (tile.measure, tile.area, tile.period)) if t),
                className="hd-tile-measure",
            ),
            html.P(tile.change or "No earlier figure to compare with.", className="hd-tile-change"),
            ui.rag_badge(tile.rag) if tile.rag else None,
            html.Div(ui.source_link(tile.source_file, tile.source_line, "source")) if tile.source_file else None,
            ui.as_at(tile.pack_date, small=True) if tile.pack_date is not None else _no_pack_date(),
        ]
    return dbc.Card(
        dbc.CardBody([html.H2(dcc.Link(tile.title, href=href), className="h6"), *body]),
        className="hd-tile h-100",
        id=f"overview-tile-{tile.dataset}",
    )


def _no_pack_date() -> html.P:
    """What a tile says in place of "As at ..." when its pack states no date ("No packs loaded" would be false)."""
    return html.P("Pack date not stated", className="hd-tile-as-at")


def red_section(red: pd.DataFrame, number: int, href: Callable[[int], str]) -> html.Section:
    """Page `number` of what the packs rate Red (tables.red_rows: latest pack first), with the summary of all."""
    shown = ui.page_rows(red, number)
    rows = pd.DataFrame(
        {
            "Rating": [ui.rag_badge(r) for r in shown["rag"]],
            "Measure": shown["measure"],
            "Area": shown["area"].fillna(""),
            "Period": shown["period"].fillna(""),
            "Value": [fmt_value(v, u) for v, u in zip(shown["value"], shown["unit"], strict=True)],
            "Source": [
                ui.source_link(f, int(n)) for f, n in zip(shown["source_file"], shown["source_line"], strict=True)
            ],
        }
    )
    return html.Section(
        [
            html.H2("Rated Red", className="h4"),
            html.P(red_summary(red), id="overview-red-summary", className="hd-summary"),
            ui.table(rows, id="overview-red-table", caption="Figures rated Red") if not red.empty else None,
            ui.pager(len(red), number, href, "figures rated Red", "overview-red-pages"),
        ],
        className="mb-4",
    )


def timeline(meets: pd.DataFrame, number: int, href: Callable[[int], str]) -> html.Section:
    """Page `number` of the meetings whose papers are loaded (latest first), each linked to its reports."""
    items = [
        html.Li(
            [
                dcc.Link(
                    f"{fmt_date(m.meeting_date)} – {_text(m.committee, 'committee not stated')}",
                    href="/sources"
                    + encode({"file": m.source_file, "meeting": pd.Timestamp(m.meeting_date).date().isoformat()})
                    if pd.notna(m.meeting_date)
                    else "/sources" + encode({"file": m.source_file}),
                ),
                html.Span(
                    f" ({m.reports} reports, {m.numbers:,} numbers; in the pack for {fmt_date(m.pack_date)})",
                    className="hd-muted",
                ),
            ]
        )
        for m in ui.page_rows(meets, number).itertuples()
    ]
    return html.Section(
        [
            html.H2("Meeting timeline", className="h4"),
            html.P("Latest meeting first.", className="hd-muted"),
            html.Ol(items, id="overview-timeline", className="hd-timeline", start=str((number - 1) * ui.PAGE_ROWS + 1)),
            ui.pager(len(meets), number, href, "meetings", "overview-timeline-pages"),
        ],
        className="mb-4",
    )


def headline_tiles() -> list[tables.Tile]:
    """The tiles for the data loaded, from each dataset's rows as the other pages hold them (dashboard.data)."""
    empty = store.get_data().iloc[:0]
    return tables.tiles_of({str(name): store.dataset(str(name)) for name in store.positions("dataset")}, empty)


def layout(present: str | None = None, red: str | None = None, meetings: str | None = None, **_query: str) -> html.Div:
    """The meeting brief as at the latest pack; the Red figures and the meetings page through 50 at a time
    (?red=2, ?meetings=3), latest first."""
    on = is_on(present)
    tiles = store.memo(("overview-tiles",), headline_tiles)
    red_rows = store.memo(("overview-red",), lambda: tables.red_rows(store.rows_with("rag")))
    meets = store.memo(("overview-meetings",), lambda: tables.meetings(store.get_data()).iloc[::-1])
    pages = {"red": ui.page_number(red, len(red_rows)), "meetings": ui.page_number(meetings, len(meets))}

    def address(**changed: int) -> str:
        at = {k: n if n > 1 else None for k, n in {**pages, **changed}.items()}
        return "/" + encode({**at, "present": on})

    return html.Div(
        [
            ui.page_header(
                "Meeting brief",
                store.as_at(),
                "The latest figure in each dataset, what the packs rate Red, and every meeting whose papers "
                "are loaded.",
            ),
            dbc.Row(
                [dbc.Col(tile_card(t, on), xs=12, md=6, xl=3, className="mb-3") for t in tiles],
                id="overview-tiles",
            ),
            red_section(red_rows, pages["red"], lambda n: address(red=n)),
            timeline(meets, pages["meetings"], lambda n: address(meetings=n)),
        ]
    )
