"""Overview / meeting brief: the latest pack first (its meeting, its reports, what it rates Red or Amber and what
changed since the committee's previous pack; dashboard/brief.py), then every pack's tiles, Red figures and
meetings, each figure marked when it is too old or about a body that no longer exists."""

from __future__ import annotations

from collections.abc import Callable

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html
from dash.development.base_component import Component

from dashboard import brief as briefing
from dashboard import components as ui
from dashboard import data as store
from dashboard import packs, tables
from dashboard.summaries import change_summary, rated_summary, red_summary
from dashboard.theme import Rag, fmt_date, fmt_number, fmt_value
from dashboard.urlstate import encode, is_on

dash.register_page(__name__, path="/", name="Overview", title=store.page_title("Overview"), order=0)


def _text(value: object, missing: str) -> str:
    """A cell as text, or `missing` when the pack did not state it (None, NA, NaN or blank).

    Stored packs may lack any nullable field; `value or missing` raises on pandas' NA and blanks the page.
    """
    if value is None or (not isinstance(value, str) and pd.isna(value)):
        return missing
    return str(value).strip() or missing


def tile_card(tile: tables.Tile, present: bool = False, meeting: pd.Timestamp | None = None) -> dbc.Card:
    """One dataset's tile: latest value, change, RAG and source (the pack named by committee and meeting);
    or "no data in these packs".  A figure too old, or about a body gone, by `meeting` says so."""
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
            _marked(briefing.why_marked(tile.period, tile.area, tile.pack_date, meeting)) if meeting else None,
            html.Div(source(tile.source_file, tile.source_line)) if tile.source_file else None,
            ui.as_at(tile.pack_date, small=True) if tile.pack_date is not None else _no_pack_date(),
        ]
    return dbc.Card(
        dbc.CardBody([html.H2(dcc.Link(tile.title, href=href), className="h6"), *body]),
        className="hd-tile h-100",
        id=f"overview-tile-{tile.dataset}",
    )


def source(file: str, line: int | None) -> dcc.Link:
    """A link to a figure's line, named by its pack's committee and meeting date."""
    return ui.source_link(file, line)


def _marked(why: str) -> html.P | None:
    """The mark on a figure that cannot count as current (too old, or its body gone); None when it can."""
    return html.P(["⚠ Not current: ", why], className="hd-marked") if why else None


def _no_pack_date() -> html.P:
    """What a tile says in place of "As at ..." when its pack states no date ("No packs loaded" would be false)."""
    return html.P("Pack date not stated", className="hd-tile-as-at")


def figure_rows(shown: pd.DataFrame, why: pd.Series | None = None) -> pd.DataFrame:
    """Rated figures as a display table: rating, measure, area, period, value and the pack and line they came
    from; with `why`, whether each is current at the latest meeting."""
    out = pd.DataFrame(
        {
            "Rating": [ui.rag_badge(r) for r in shown["rag"]],
            "Measure": shown["measure"],
            "Area": shown["area"].fillna(""),
            "Period": shown["period"].fillna("not printed"),
            "Value": [fmt_value(v, u) for v, u in zip(shown["value"], shown["unit"], strict=True)],
            "From": [source(f, int(n)) for f, n in zip(shown["source_file"], shown["source_line"], strict=True)],
        }
    )
    if why is not None:
        out["Status"] = [f"⚠ Not current: {w}" if w else f"Within {briefing.STALE_YEARS} years" for w in why]
    return out


def red_section(
    red: pd.DataFrame, number: int, href: Callable[[int], str], why: pd.Series | None = None
) -> html.Section:
    """Page `number` of what any pack rates Red (tables.red_rows: latest pack first), with the summary of all;
    `why` (brief.marks of all of them) says which are too old or about bodies gone by the latest meeting."""
    shown = ui.page_rows(red, number)
    marked = int((why != "").sum()) if why is not None else 0
    return html.Section(
        [
            html.H2("Rated Red in any pack loaded", className="h4"),
            html.P(red_summary(red, marked), id="overview-red-summary", className="hd-summary"),
            ui.table(
                figure_rows(shown, why.loc[shown.index] if why is not None else None),
                id="overview-red-table",
                caption="Figures rated Red in any pack loaded",
            )
            if not red.empty
            else None,
            ui.pager(len(red), number, href, "figures rated Red", "overview-red-pages"),
            ui.abbreviations(*shown["measure"], *shown["area"].dropna(), id="overview-red-abbr"),
        ],
        className="mb-4",
    )


def timeline(meets: pd.DataFrame, number: int, href: Callable[[int], str]) -> html.Section:
    """Page `number` of the meetings whose papers are loaded (latest first), each linked to its reports."""
    items = [
        html.Li(
            [
                dcc.Link(
                    f"{fmt_date(m.meeting_date)} – {packs.committee_name(m.committee) or 'committee not stated'}",
                    href="/sources"
                    + encode({"file": m.source_file, "meeting": pd.Timestamp(m.meeting_date).date().isoformat()})
                    if pd.notna(m.meeting_date)
                    else "/sources" + encode({"file": m.source_file}),
                ),
                html.Span(
                    f" ({m.reports} reports, {m.numbers:,} numbers; in the pack for {packs.pack_label(m.source_file)})",
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
    by_dataset = {str(name): store.dataset(str(name)) for name in store.positions("dataset")}
    return tables.tiles_of(by_dataset, empty, store.home())


VERDICT_RAG = {"better": Rag.GREEN, "worse": Rag.RED}


def change_rows(shown: pd.DataFrame) -> pd.DataFrame:
    """Figures that moved between the two packs: each value with its period and the pack and line it came from."""
    return pd.DataFrame(
        {
            "Measure": shown["measure"],
            "Area": shown["area"].fillna(""),
            "Before": [
                html.Span([fmt_value(v, u), html.Br(), f"({p if isinstance(p, str) else 'period not printed'})"])
                for v, u, p in zip(shown["value_before"], shown["unit"], shown["period_before"], strict=True)
            ],
            "Now": [
                html.Span([fmt_value(v, u), html.Br(), f"({p if isinstance(p, str) else 'period not printed'})"])
                for v, u, p in zip(shown["value"], shown["unit"], shown["period"], strict=True)
            ],
            "Change": [
                ui.rag_badge(VERDICT_RAG.get(v, Rag.NONE), f"{d}, {v}")
                for d, v in zip(shown["direction"], shown["verdict"], strict=True)
            ],
            "From": [
                html.Span([source(fb, int(lb)), html.Br(), source(f, int(n))])
                for fb, lb, f, n in zip(
                    shown["source_file_before"],
                    shown["source_line_before"],
                    shown["source_file"],
                    shown["source_line"],
                    strict=True,
                )
            ],
        }
    )


def reports_list(brief: briefing.Brief) -> html.Section:
    """The reports in the latest pack, each linked to its first line, with what its numbers fill."""
    assert brief.latest is not None
    file = brief.latest.file
    items = [
        html.Li(
            [
                dcc.Link(r.report, href="/sources" + encode({"file": file, "line": r.first_line})),
                html.Span(
                    f": {r.numbers:,} numbers in "
                    + ", ".join(r.datasets)
                    + (f"; tables: {'; '.join(r.tables)}" if r.tables else ""),
                    className="hd-muted",
                ),
            ]
        )
        for r in brief.reports.itertuples()
    ]
    return html.Section(
        [html.H3("Reports in this pack", className="h5"), html.Ul(items, id="overview-reports")],
        className="mb-3",
    )


def brief_section(brief: briefing.Brief, number: int, href: Callable[[int], str]) -> html.Section:
    """The latest pack's brief: its meeting, what it rates Red or Amber (current, and set aside), what changed
    since the committee's previous pack (page `number` of it), and its reports."""
    if brief.latest is None:
        return html.Section(ui.no_data("any dated pack"), id="overview-brief")
    latest, previous = brief.latest, brief.previous
    assert brief.threshold is not None
    changes = brief.changes
    moved = ui.page_rows(changes, number)
    threshold = (
        f"Figures whose period ended before {fmt_date(brief.threshold)} ({briefing.STALE_YEARS} years before this "
        "meeting), and figures about bodies that no longer existed on the meeting date, are marked "
        "“not current” and never listed as rated today."
    )
    parts: list[Component | None] = [
        html.H2(["Latest pack: ", latest.label], className="h4", id="overview-latest"),
        html.P(
            [
                (f"{latest.council}: papers" if latest.council else "Papers")
                + f" for the meeting of the {latest.committee or 'committee (not stated)'} on "
                f"{fmt_date(latest.meeting)}. ",
                html.Small(f"File: {latest.file}", className="hd-muted"),
            ]
        ),
        html.P(threshold, id="overview-threshold", className="hd-rule-short"),
        html.H3("Rated Red or Amber in this pack", className="h5"),
        html.P(rated_summary(brief.rated, brief.set_aside), id="overview-rated-summary", className="hd-summary"),
        ui.table(figure_rows(brief.rated), id="overview-rated", caption="Rated Red or Amber in the latest pack")
        if len(brief.rated)
        else None,
        html.Div(
            [
                html.H4("Rated in this pack, but not current", className="h6"),
                ui.table(
                    figure_rows(brief.set_aside, brief.set_aside["why"]),
                    id="overview-set-aside",
                    caption="Rated Red or Amber in the latest pack, but too old or about a body that no longer existed",
                ),
            ]
        )
        if len(brief.set_aside)
        else None,
        html.H3(
            ["What changed since ", previous.label if previous else "the previous meeting"],
            className="h5",
            id="overview-changes-heading",
        ),
        html.P(
            change_summary(changes, brief.unchanged, previous is not None),
            id="overview-changes-summary",
            className="hd-summary",
        ),
        ui.table(change_rows(moved), id="overview-changes", caption="Figures that changed since the previous pack")
        if len(changes)
        else None,
        ui.pager(len(changes), number, href, "changed figures", "overview-changes-pages"),
        reports_list(brief),
        ui.abbreviations(
            latest.committee,
            *brief.rated["measure"],
            *brief.set_aside["measure"],
            *brief.changes.get("measure", []),
            *brief.reports["report"],
            *(d for ds in brief.reports["datasets"] for d in ds),
            *(t for ts in brief.reports["tables"] for t in ts),
            id="overview-brief-abbr",
        ),
    ]
    return html.Section(parts, id="overview-brief", className="mb-4 hd-brief")


def layout(
    present: str | None = None,
    red: str | None = None,
    meetings: str | None = None,
    changes: str | None = None,
    **_query: str,
) -> html.Div:
    """The latest pack's brief first, then the whole history: tiles, Red figures and meetings.  The changed
    figures, the Red figures and the meetings page through 50 at a time (?changes=2, ?red=2, ?meetings=3)."""
    on = is_on(present)
    brief = store.memo(("overview-brief",), lambda: briefing.build(store.get_data(), packs.described()))
    meeting = brief.latest.meeting if brief.latest else None
    tiles = store.memo(("overview-tiles",), headline_tiles)
    red_rows = store.memo(("overview-red",), lambda: tables.red_rows(store.rows_with("rag")))
    red_why = store.memo(("overview-red-why",), lambda: briefing.marks(red_rows, meeting))
    meets = store.memo(("overview-meetings",), lambda: tables.meetings(store.get_data()).iloc[::-1])
    pages = {
        "changes": ui.page_number(changes, len(brief.changes)),
        "red": ui.page_number(red, len(red_rows)),
        "meetings": ui.page_number(meetings, len(meets)),
    }

    def address(**changed: int) -> str:
        at = {k: n if n > 1 else None for k, n in {**pages, **changed}.items()}
        return "/" + encode({**at, "present": on})

    return html.Div(
        [
            ui.page_header(
                "Meeting brief",
                store.as_at(),
                "The latest pack first: its meeting, what it rates Red or Amber and what changed since the "
                "committee's previous pack. Below, every pack loaded.",
            ),
            brief_section(brief, pages["changes"], lambda n: address(changes=n)),
            html.H2("Across every pack loaded", className="h4 hd-history", id="overview-history"),
            html.P(
                "The latest figure each dataset holds in any pack, however old; a figure that is not current at "
                "the latest meeting is marked.",
                className="hd-muted",
            ),
            dbc.Row(
                [dbc.Col(tile_card(t, on, meeting), xs=12, md=6, xl=3, className="mb-3") for t in tiles],
                id="overview-tiles",
            ),
            ui.abbreviations(*(x for t in tiles for x in (t.title, t.measure, t.area)), id="overview-tiles-abbr"),
            red_section(red_rows, pages["red"], lambda n: address(red=n), red_why),
            timeline(meets, pages["meetings"], lambda n: address(meetings=n)),
        ]
    )
