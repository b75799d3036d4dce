"""Add a report: an administrator uploads a pack (.txt or .pdf), sees what was found, then confirms.

Off unless HEALTHDASH_ADMIN_TOKEN is set (then the page is in the navigation and asks for the token,
compared in constant time), and only when the app reads the store.  The upload is size-limited, its type
is judged by its content (a PDF signature, or text that decodes), and it is only ever read as data: it
is staged beside the store, extracted to show what it holds, and on Confirm added by loaders.intake
exactly as `healthdash add` adds it.  Every worker then reloads its frame once (dashboard.data.refresh).
"""

from __future__ import annotations

import base64
import binascii
import hashlib
import hmac
import os
import re
import shutil
import time
from pathlib import Path
from typing import Any

import dash
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, dcc, html

from dashboard import components as ui
from dashboard import data as store_data
from dashboard.urlstate import encode
from loaders.errors import PackError
from loaders.intake import UPLOAD_LIMIT_MB, extract, store_result, summarise
from loaders.pdf import is_pdf
from loaders.store import Store, StoreError

TOKEN_ENV = "HEALTHDASH_ADMIN_TOKEN"
UPLOAD_LIMIT = int(UPLOAD_LIMIT_MB * 1_000_000)
STAGED_FOR_S = 24 * 3600
_SAFE_NAME = re.compile(r"[A-Za-z0-9][A-Za-z0-9 ._()+-]{0,150}\.(txt|pdf)", re.IGNORECASE)
_SHA = re.compile(r"[0-9a-f]{64}")
_LIVE: dict[str, Any] = {"aria-live": "polite"}


def admin_enabled() -> bool:
    """The page is on only when an administrator token is configured."""
    return bool(os.environ.get(TOKEN_ENV))


def token_ok(given: object) -> bool:
    """The token typed matches the configured one (constant-time comparison)."""
    expected = os.environ.get(TOKEN_ENV)
    if not expected or not isinstance(given, str):
        return False
    return hmac.compare_digest(given.encode(), expected.encode())


dash.register_page(
    __name__,
    path="/add",
    name="Add a report",
    title="Add a report – Leicestershire health committees",
    order=10,
    nav=admin_enabled(),
)


def layout(**_q: str) -> html.Div:
    header = ui.page_header(
        "Add a report", store_data.as_at(), "Upload a committee pack, check what was found in it, then add it."
    )
    if not admin_enabled():
        message = (
            "Adding reports is switched off. An administrator switches it on by setting "
            f"{TOKEN_ENV} before starting the dashboard."
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
            dbc.Button("Confirm: add this pack", id="add-confirm", color="primary", disabled=True, className="mb-3"),
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


def _staging(store: Store) -> Path:
    """Uploads wait here (one folder per content hash) until confirmed; old ones are cleared."""
    root = store.path.parent / "uploads"
    if root.is_dir():
        for old in root.iterdir():
            if old.is_dir() and time.time() - old.stat().st_mtime > STAGED_FOR_S:
                shutil.rmtree(old, ignore_errors=True)
    return root


def check(contents: str | None, filename: str | None, token: str | None) -> tuple:
    """On upload: check the token and the file, extract it, and show what was found."""
    store = store_data.get_store()
    if not contents or not filename or store is None:
        return None, True, None
    if not token_ok(token):
        return _refusal("The administrator token is wrong: nothing was read.")
    name = Path(filename).name
    raw = _decode(contents)
    if raw is None:
        return _refusal(f"{name}: the upload was not received whole, or is over the {UPLOAD_LIMIT_MB} MB limit")
    problem = content_problem(name, raw)
    if problem:
        return _refusal(problem)
    sha = hashlib.sha256(raw).hexdigest()
    folder = _staging(store) / sha
    folder.mkdir(parents=True, exist_ok=True)
    staged = folder / name
    staged.write_bytes(raw)
    try:
        result = extract(staged)
    except PackError as exc:
        shutil.rmtree(folder, ignore_errors=True)
        return _refusal(f"{name}: {exc.message}" + (f" (line {exc.line})" if exc.line else ""))
    summary = html.Pre("\n".join(summarise(result).lines()), id="add-summary", className="hd-add-summary")
    known = store.find(sha256=sha)
    if known is not None:
        shutil.rmtree(folder, ignore_errors=True)
        note = dbc.Alert(f"This pack is already in the store as {known.name}: nothing to add.", color="info")
        return html.Div([note, summary]), True, None
    clash = store.find(name=name)
    if clash is not None:
        shutil.rmtree(folder, ignore_errors=True)
        return _refusal(f"{name}: a different pack with this name is already in the store; rename the file to add it")
    intro = html.P(f"Found {len(result.frame):,} numbers in {name}. Check them, then confirm to add the pack.")
    return html.Div([intro, summary]), False, {"sha": sha, "name": name}


def confirm(n_clicks: int | None, staged: dict | None, token: str | None) -> tuple:
    """On Confirm: add the staged pack to the store, then reload this worker's frame."""
    store = store_data.get_store()
    if not n_clicks or not staged or store is None:
        return None, True
    if not token_ok(token):
        return dbc.Alert("The administrator token is wrong: nothing was added.", color="danger"), False
    sha, name = str(staged.get("sha", "")), str(staged.get("name", ""))
    folder = store.path.parent / "uploads" / sha
    path = folder / name
    if not _SHA.fullmatch(sha) or not _SAFE_NAME.fullmatch(name) or not path.is_file():
        return dbc.Alert("That upload is no longer waiting: upload the file again.", color="warning"), True
    try:
        outcome = store_result(extract(path), store)
    except (PackError, StoreError) as exc:
        return dbc.Alert(str(exc).replace(str(folder) + os.sep, ""), color="danger"), True
    finally:
        shutil.rmtree(folder, ignore_errors=True)
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


callback(
    Output("add-result", "children"),
    Output("add-confirm", "disabled"),
    Output("add-staged", "data"),
    Input("add-upload", "contents"),
    State("add-upload", "filename"),
    State("add-token", "value"),
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
