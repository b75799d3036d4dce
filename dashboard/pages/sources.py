"""Sources: the packs loaded, their meetings, reports and numbers, data-quality warnings, and a line viewer.

Any number links here as /sources?file=...&line=...; only lines of the packs
the app was built with can be shown.  A line or meeting that cannot be read
(not ASCII digits, not an ISO date) is ignored, so the page shows its default.
"""

from __future__ import annotations

import datetime
import re
from collections.abc import Callable
from typing import Any

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import dcc, html
from dash.development.base_component import Component

from dashboard import catalogue, tables
from dashboard import components as ui
from dashboard import data as store
from dashboard import packs as packs_of  # `packs` names the packs table in packs_section
from dashboard.theme import fmt_date, fmt_value
from dashboard.urlstate import encode, is_on, usable, whole_number

dash.register_page(__name__, path="/sources", name="Sources", title=store.page_title("Sources"), order=9)

CONTEXT_LINES = 8
NOT_LOADED = "That file is not one of the packs loaded, so its lines cannot be shown."
_ISO_DATE = re.compile(r"[0-9]{4}-[0-9]{2}-[0-9]{2}")


def viewer(file: str, line: int | None) -> html.Section:
    """The lines around `line` of a loaded pack, the line itself marked, with the numbers read from it."""
    lines = store.get_sources().get(file)
    if lines is None:
        return html.Section(dbc.Alert(NOT_LOADED, color="warning", id="sources-not-loaded"), id="sources-viewer")
    if line is None or not 1 <= line <= len(lines):
        line = None
    start = max(1, (line or 1) - CONTEXT_LINES)
    end = min(len(lines), (line or 1) + CONTEXT_LINES)
    current: dict[str, Any] = {"className": "hd-line-current", "id": "sources-current-line"}
    here_note = html.Span(" (this line)", className="visually-hidden")  # the highlight, for screen readers
    rows = [
        html.Tr(
            [
                html.Th([str(n), here_note if n == line else None], scope="row", className="hd-lineno"),
                html.Td(html.Pre(lines[n - 1] or " ")),
            ],
            **(current if n == line else {}),
        )
        for n in range(start, end + 1)
    ]
    head = html.Thead(
        html.Tr([html.Th("Line", scope="col"), html.Th("Text as printed", scope="col")]), className="visually-hidden"
    )
    pack = store.rows_of("source_file", [file])
    here = pack[pack["source_line"] == line]
    numbers = pd.DataFrame(
        {
            "Dataset": [catalogue.info(str(d)).title for d in here["dataset"]],
            "Measure": here["measure"],
            "Area": here["area"].fillna(""),
            "Period": here["period"].fillna(""),
            "Value": [fmt_value(v, u) for v, u in zip(here["value"], here["unit"], strict=True)],
            "As printed": here["value_text"],
            "Warning": here["warning"].fillna(""),
        }
    )
    nav: list[str | Component] = [
        dcc.Link("◀ earlier lines", href="/sources" + encode({"file": file, "line": max(1, start - 1)})),
        " · ",
        dcc.Link("later lines ▶", href="/sources" + encode({"file": file, "line": min(len(lines), end + 1)})),
    ]
    return html.Section(
        [
            html.H2(
                [
                    f"{packs_of.pack_label(file)}, line {line}"
                    if line
                    else f"{packs_of.pack_label(file)}, first lines",
                    html.Small(f" (file {file})", className="hd-muted"),
                ],
                className="h4",
            ),
            html.Table(
                [
                    html.Caption(f"Lines {start} to {end} of {packs_of.pack_label(file)}", className="visually-hidden"),
                    head,
                    html.Tbody(rows),
                ],
                className="hd-source-lines",
            ),
            html.P(nav),
            html.H3("Numbers read from this line", className="h6"),
            ui.table(numbers, id="sources-line-numbers", caption="Numbers read from this line")
            if not here.empty
            else html.P("None."),
            ui.abbreviations(
                *(lines[n - 1] for n in range(start, end + 1)), *here["measure"], id="sources-viewer-abbr"
            ),
        ],
        id="sources-viewer",
        className="mb-4",
    )


def meeting_date(text: str) -> pd.Timestamp | None:
    """The date of ?meeting=YYYY-MM-DD (as the overview links it), or None for anything else."""
    if not _ISO_DATE.fullmatch(text):
        return None
    try:
        return pd.Timestamp(datetime.date.fromisoformat(text))
    except ValueError:
        return None


def meeting_view(file: str, meeting: str) -> html.Section:
    """What one meeting's papers hold: its reports and the numbers in each."""
    date = meeting_date(meeting)
    if date is None:
        return html.Section(dbc.Alert("That meeting date is not a date.", color="warning"), id="sources-meeting")
    reports = tables.meeting_reports(store.rows_of("source_file", [file]), file, date)
    reports["Report"] = [
        dcc.Link(r, href="/sources" + encode({"file": file, "line": n}))
        for r, n in zip(reports["Report"], reports["First line"], strict=True)
    ]
    return html.Section(
        [
            html.H2(f"Meeting of {fmt_date(date)} in the pack for {packs_of.pack_label(file)}", className="h4"),
            ui.table(reports, id="sources-meeting-table", caption="Reports at this meeting")
            if len(reports)
            else html.P("No numbers from this meeting."),
        ],
        id="sources-meeting",
        className="mb-4",
    )


def layout(
    file: str | None = None,
    line: str | None = None,
    meeting: str | None = None,
    packs: str | None = None,
    warnings: str | None = None,
    present: str | None = None,
    **_q: str,
) -> html.Div:
    """The packs and warnings, with a pack's lines (?file=...&line=...) or a meeting's reports (&meeting=...).

    Both lists are latest pack first, 50 rows a page (?packs=2, ?warnings=3), whatever else is shown.
    """
    file, meeting = (text if usable(text) else None for text in (file, meeting))
    line_no = whole_number(line)
    pack_rows = store.memo(("sources-packs",), lambda: tables.packs(store.get_data()))
    warning_rows = store.memo(("sources-warnings",), lambda: tables.warnings(store.rows_with("warning")))
    pages = {"packs": ui.page_number(packs, len(pack_rows)), "warnings": ui.page_number(warnings, len(warning_rows))}

    def address(**changed: int) -> str:
        at = {k: n if n > 1 else None for k, n in {**pages, **changed}.items()}
        return "/sources" + encode({"file": file, "line": line_no, "meeting": meeting, **at, "present": is_on(present)})

    return html.Div(
        [
            ui.page_header(
                "Sources",
                store.as_at(),
                "Every pack loaded, what its meetings hold, and where the numbers came from.",
            ),
            viewer(file, line_no) if file else None,
            meeting_view(file, meeting) if file and meeting else None,
            *packs_section(pack_rows, pages["packs"], lambda n: address(packs=n)),
            *warnings_section(warning_rows, pages["warnings"], lambda n: address(warnings=n)),
        ]
    )


def packs_section(packs: pd.DataFrame, page: int, href: Callable[[int], str]) -> list[Component | None]:
    """One page of the packs loaded (tables.packs: latest first), each linked to its first lines."""
    if packs.empty:
        return [html.H2("Packs loaded", className="h4"), ui.no_data("any pack")]
    shown = ui.page_rows(packs, page)
    shown = shown.assign(
        Pack=[
            html.Span(
                [
                    dcc.Link(packs_of.pack_label(p), href="/sources" + encode({"file": p})),
                    html.Br(),
                    html.Small(p, className="hd-muted"),
                ]
            )
            for p in shown["Pack"]
        ]
    )
    return [
        html.H2("Packs loaded", className="h4"),
        html.P(f"{len(packs):,} packs, named by committee and meeting date, latest first.", className="hd-muted"),
        ui.table(shown, id="sources-packs", caption="Packs loaded"),
        ui.pager(len(packs), page, href, "packs", "sources-packs-pages"),
        ui.abbreviations(*shown["Committee"], *shown["By dataset"], id="sources-packs-abbr"),
    ]


def warnings_section(warnings: pd.DataFrame, page: int, href: Callable[[int], str]) -> list[Component | None]:
    """One page of the data-quality warnings (tables.warnings: latest pack first), each linked to its line."""
    shown = ui.page_rows(warnings, page)
    table = pd.DataFrame(
        {
            "Source": ui.source_column(shown),
            "Dataset": [catalogue.info(str(d)).title for d in shown["dataset"]],
            "Measure": shown["measure"],
            "As printed": shown["value_text"],
            "Warning": shown["warning"],
        }
    )
    return [
        html.H2("Data-quality warnings", className="h4"),
        html.P(
            f"{len(warnings):,} numbers carry a warning" + (", latest pack first." if len(warnings) else "."),
            className="hd-summary",
        ),
        ui.table(table, id="sources-warnings", caption="Data-quality warnings") if len(warnings) else None,
        ui.pager(len(warnings), page, href, "data-quality warnings", "sources-warnings-pages"),
        ui.abbreviations(*shown["measure"], *shown["warning"], id="sources-warnings-abbr"),
    ]
