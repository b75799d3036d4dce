"""Add a report: an administrator uploads a pack (.txt or .pdf), sees what was found, then confirms or cancels.

Off unless HEALTHDASH_ADMIN_TOKEN is set to a token of 16 characters or more (then the page is in the
navigation and asks for the token; dashboard/admin.py compares it in constant time and limits guesses), and
only when the app reads the store.  The upload is size-limited, its type is judged by its content (a PDF
signature, or text that decodes), and it is only ever read as data: it waits beside the store
(dashboard/staging.py), is extracted to show what it holds, and on Confirm is added by loaders.intake exactly
as `healthdash add` adds it; Cancel, a new upload, or an hour deletes it.  Every worker then reloads its
frame once (dashboard.data.refresh).
"""

from __future__ import annotations

import base64
import binascii
import os
import re
from pathlib import Path
from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html

from dashboard import admin, staging
from dashboard import components as ui
from dashboard import data as store_data
from dashboard.guard import client
from dashboard.urlstate import encode, usable
from loaders.errors import PackError
from loaders.intake import UPLOAD_LIMIT_MB, extract, store_result, summarise
from loaders.pdf import is_pdf
from loaders.store import StoreError

TOKEN_ENV = admin.TOKEN_ENV
UPLOAD_LIMIT = int(UPLOAD_LIMIT_MB * 1_000_000)
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,150}\.(txt|pdf)", re.IGNORECASE)
_LIVE: dict[str, Any] = {"aria-live": "polite"}


dash.register_page(
    __name__,
    path="/add",
    name="Add a report",
    title=store_data.page_title("Add a report"),
    order=10,
    nav=admin.enabled(),
)


def layout(**_q: str) -> html.Div:
    header = ui.page_header(
        "Add a report", store_data.as_at(), "Upload a committee pack, check what was found in it, then add it."
    )
    if not admin.enabled():
        message = (
            "Adding reports is switched off. An administrator switches it on by setting "
            f"{TOKEN_ENV} (at least {admin.MIN_TOKEN_CHARS} characters) before starting the dashboard."
        )
        return html.Div([header, dbc.Alert(message, color="secondary", id="add-disabled")])
    if store_data.get_store() is None:
        message = "This dashboard was started from a fixed table, not the store, so reports cannot be added here."
        return html.Div([header, dbc.Alert(message, color="secondary", id="add-disabled")])
    return html.Div(
        [
            header,
            dbc.Label("Administrator token", html_for="add-token"),
            dbc.Input(id="add-token", type="password", autocomplete="off", className="mb-3", style={"maxWidth": 420}),
            dcc.Upload(
                id="add-upload",
                children=html.Div(
                    [
                        html.Span("Drag a pack here or "),
                        html.A("choose a file", href="#", className="hd-upload-link"),
                        html.Span(f" (.txt or .pdf, up to {UPLOAD_LIMIT_MB} MB)"),
                    ]
                ),
                accept=".txt,.pdf,text/plain,application/pdf",
                max_size=UPLOAD_LIMIT,
                multiple=False,
                className="hd-upload mb-3",
            ),
            dcc.Loading(html.Div(id="add-result", role="status", **_LIVE)),
            html.Div(
                [
                    dbc.Button("Confirm: add this pack", id="add-confirm", color="primary", disabled=True),
                    dbc.Button("Cancel", id="add-cancel", color="secondary", outline=True, disabled=True),
                ],
                className="d-flex gap-2 mb-3",
            ),
            dcc.Store(id="add-staged"),
            dcc.Loading(html.Div(id="add-done", role="status", **_LIVE)),
        ]
    )


def _refusal(message: str) -> tuple:
    return dbc.Alert(message, color="danger", id="add-refused"), True, None


def _decode(contents: str) -> bytes | None:
    """The bytes of a data URL as dcc.Upload sends it ("data:<type>;base64,<data>"), or None."""
    _head, _, data = contents.partition(",")
    if not data or len(data) > UPLOAD_LIMIT * 4 // 3 + 8:
        return None
    try:
        return base64.b64decode(data, validate=True)
    except (binascii.Error, ValueError):
        return None


def content_problem(name: str, raw: bytes) -> str | None:
    """Why an upload is not a pack we take, judged by its name and its content, or None."""
    if not _SAFE_NAME.fullmatch(name):
        return (
            f"{name}: a pack must be a .txt or .pdf file whose name has only letters, digits, spaces, "
            "dots, brackets and dashes; rename it and try again"
        )
    if len(raw) > UPLOAD_LIMIT:
        return f"{name}: the file is {len(raw) / 1_000_000:,.1f} MB, over the {UPLOAD_LIMIT_MB} MB limit"
    if not raw.strip():
        return f"{name}: the file is empty"
    named_pdf = name.lower().endswith(".pdf")
    if named_pdf and not is_pdf(raw, named_pdf=True):
        return f"{name}: named .pdf but it is not a PDF"
    if not named_pdf and is_pdf(raw):
        return f"{name}: this is a PDF named .txt; rename it to .pdf"
    return None


def check(contents: str | None, filename: str | None, token: str | None, previous: object = None) -> tuple:
    """On upload: check the token and the file, stage and extract it, and show what was found.

    An upload still waiting from before (`previous`) is dropped: only the latest one can be confirmed.
    """
    store = store_data.get_store()
    if not contents or not filename or store is None:
        return None, True, None
    refused = admin.refusal(token, client())
    if refused:
        return _refusal(f"{refused}: nothing was read.")
    if isinstance(previous, dict):
        staging.discard(store, previous.get("sha"))
    if not isinstance(contents, str) or not usable(filename):
        return _refusal("The upload was not received whole: choose the file again.")
    name = Path(filename).name
    raw = _decode(contents)
    if raw is None:
        return _refusal(f"{name}: the upload was not received whole, or is over the {UPLOAD_LIMIT_MB} MB limit")
    problem = content_problem(name, raw)
    if problem:
        return _refusal(problem)
    sha, staged = staging.stage(store, name, raw)
    try:
        result = extract(staged)
    except PackError as exc:
        staging.discard(store, sha)
        return _refusal(f"{name}: {exc.message}" + (f" (line {exc.line})" if exc.line else ""))
    summary = html.Pre("\n".join(summarise(result).lines()), id="add-summary", className="hd-add-summary")
    known = store.find(sha256=sha)
    if known is not None:
        staging.discard(store, sha)
        note = dbc.Alert(f"This pack is already in the store as {known.name}: nothing to add.", color="info")
        return html.Div([note, summary]), True, None
    clash = store.find(name=name)
    if clash is not None:
        staging.discard(store, sha)
        return _refusal(f"{name}: a different pack with this name is already in the store; rename the file to add it")
    intro = html.P(f"Found {len(result.frame):,} numbers in {name}. Check them, then confirm to add the pack.")
    return html.Div([intro, summary]), False, {"sha": sha, "name": name}


def _waiting(staged: object) -> tuple[Any, Any]:
    """The hash and name a page holds for its staged upload (None, None if it holds none)."""
    if not isinstance(staged, dict):
        return None, None
    return staged.get("sha"), staged.get("name")


def confirm(n_clicks: int | None, staged: dict | None, token: str | None) -> tuple:
    """On Confirm: add the staged pack to the store, then reload this worker's frame."""
    store = store_data.get_store()
    if not n_clicks or not staged or store is None:
        return None, True
    refused = admin.refusal(token, client())
    if refused:
        return dbc.Alert(f"{refused}: nothing was added.", color="danger"), False
    sha, name = _waiting(staged)
    path = staging.waiting(store, sha, name) if isinstance(name, str) and _SAFE_NAME.fullmatch(name) else None
    if path is None:
        return dbc.Alert("That upload is no longer waiting: upload the file again.", color="warning"), True
    try:
        outcome = store_result(extract(path), store)
    except (PackError, StoreError) as exc:
        return dbc.Alert(str(exc).replace(str(path.parent) + os.sep, ""), color="danger"), True
    finally:
        staging.discard(store, sha)
    store_data.refresh()
    pack = outcome.pack
    links = [
        dcc.Link("Explorer", href="/explorer" + encode({"file": pack.name})),
        " and ",
        dcc.Link("Sources", href="/sources" + encode({"file": pack.name})),
    ]
    if not outcome.added:
        return dbc.Alert(["Already in the store as ", pack.name, ": nothing added. See it in ", *links]), True
    message = [f"Added {pack.row_count:,} rows from {pack.name}. Every page now includes them: see ", *links, "."]
    return dbc.Alert(message, color="success", id="add-added"), True


def cancel(n_clicks: int | None, staged: object, token: str | None) -> tuple:
    """On Cancel: delete the staged upload (the token is needed, as for Confirm) and clear the page's hold on it."""
    store = store_data.get_store()
    if not n_clicks or not staged or store is None:
        return None, True, None
    refused = admin.refusal(token, client())
    if refused:
        return dbc.Alert(f"{refused}: the upload was kept.", color="danger"), False, dash.no_update
    staging.discard(store, _waiting(staged)[0])
    return dbc.Alert("Cancelled: the upload was deleted and nothing was added.", id="add-cancelled"), True, None


def cancel_disabled(confirm_disabled: object) -> bool:
    """Cancel is offered exactly while Confirm is."""
    return bool(confirm_disabled)


callback(
    Output("add-result", "children"),
    Output("add-confirm", "disabled"),
    Output("add-staged", "data"),
    Input("add-upload", "contents"),
    State("add-upload", "filename"),
    State("add-token", "value"),
    State("add-staged", "data"),
    prevent_initial_call=True,
)(check)
callback(
    Output("add-done", "children"),
    Output("add-confirm", "disabled", allow_duplicate=True),
    Input("add-confirm", "n_clicks"),
    State("add-staged", "data"),
    State("add-token", "value"),
    prevent_initial_call=True,
)(confirm)
callback(
    Output("add-done", "children", allow_duplicate=True),
    Output("add-confirm", "disabled", allow_duplicate=True),
    Output("add-staged", "data", allow_duplicate=True),
    Input("add-cancel", "n_clicks"),
    State("add-staged", "data"),
    State("add-token", "value"),
    prevent_initial_call=True,
)(cancel)
callback(Output("add-cancel", "disabled"), Input("add-confirm", "disabled"), prevent_initial_call=True)(cancel_disabled)
