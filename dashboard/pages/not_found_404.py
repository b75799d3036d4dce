"""Page not found: what an address that is no page shows (Dash Pages draws the module named not_found_404).

The server answers such an address with status 404 (dashboard/guard.py); this is the page people see.
"""

from __future__ import annotations

import dash
from dash import dcc, html

from dashboard import data as store

dash.register_page(
    __name__,
    path="/404",
    name="Page not found",
    title=store.page_title("Page not found"),
    order=100,
    nav=False,
)


def layout(**_q: str) -> html.Div:
    return html.Div(
        [
            html.H1("Page not found", className="h3"),
            html.P("There is no page at this address. It may have been mistyped, or the link may be out of date."),
            html.P(dcc.Link("Go to the overview", href="/", id="not-found-home")),
        ],
        id="not-found",
        className="hd-page-header",
    )
