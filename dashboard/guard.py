"""Requests the app was not built for: an address that is no page, junk in a URL, a malformed callback body.

Anyone can send these.  Each gets a plain answer - the not-found page with status 404, the page at its
defaults, or 400 - and at most one log line naming the client, never a 500 page or a traceback, so probing
neither breaks a page for anyone nor fills the log.  `install(app)` is called by `create_app`.
"""

from __future__ import annotations

import functools
import logging
from collections.abc import Callable, Mapping
from typing import Any

import dash
import flask
from dash.exceptions import DependencyException
from werkzeug.exceptions import HTTPException

from dashboard.urlstate import clean

log = logging.getLogger("healthdash")

NOT_FOUND_MODULE = "not_found_404"  # the module name Dash Pages looks for to draw an unknown address
MESSAGE_CHARS = 200  # of an exception's message, in its log line
BAD_CALLBACK = "Bad callback request"


def install(app: dash.Dash) -> None:
    """Guard every page's parameters, answer unknown pages with 404, refuse malformed callback bodies."""
    guard_layouts()
    server = app.server
    server.before_request(_not_found(app))
    server.before_request(_check_callback_body(app))
    server.register_error_handler(DependencyException, lambda _error: ("Not Found", 404))
    server.register_error_handler(Exception, _one_line(app))


def client() -> str:
    """The client's address as the server sees it (a trusted proxy's X-Forwarded-For, see dashboard/server.py);
    "local" for a call outside any request (a test or a script calling a page's function)."""
    if not flask.has_request_context():
        return "local"
    return flask.request.remote_addr or "unknown"


def describe(error: BaseException) -> str:
    """An exception as one short line: its type and the start of its message, escaped (no newline, no surrogate)."""
    text = str(error)
    text = text if len(text) <= MESSAGE_CHARS else text[:MESSAGE_CHARS] + "..."
    return f"{type(error).__name__}: {text!r}"


# --- page parameters -----------------------------------------------------------------------------------------


def guard_layouts() -> None:
    """Wrap each registered page's layout so that URL parameters reach it cleaned (see `guarded`)."""
    for page in dash.page_registry.values():
        layout = page.get("layout")
        if callable(layout) and not getattr(layout, "guarded", False):
            page["layout"] = guarded(layout, str(page.get("path", "")))


def guarded(layout: Callable[..., Any], path: str) -> Callable[..., Any]:
    """The layout called with one usable string per parameter (dashboard.urlstate.clean); if it still fails
    on the values given, one log line and the page at its defaults, so a URL can never blank a page."""

    @functools.wraps(layout)
    def page(**params: Any) -> Any:
        kept = clean(params)
        try:
            return layout(**kept)
        except Exception as error:
            if not kept:
                raise
            shown = ", ".join(f"{k}={v[:40]!r}" for k, v in list(kept.items())[:5])
            log.warning(
                "page %s from %s: %s not usable (%s); shown at its defaults", path, client(), shown, describe(error)
            )
            return layout()

    page.guarded = True  # type: ignore[attr-defined]
    return page


# --- unknown pages -------------------------------------------------------------------------------------------


def known_page(app: dash.Dash, path: str) -> bool:
    """The path is a registered page's (with or without a trailing slash), as Dash Pages matches it."""
    wanted = (app.strip_relative_path(path) or "").strip("/")
    return any(
        page["path"].strip("/") == wanted
        for page in dash.page_registry.values()
        if not str(page.get("module", "")).endswith(NOT_FOUND_MODULE)
    )


def _not_found(app: dash.Dash) -> Callable[[], flask.Response | None]:
    """Before a page request: an address that is no page gets the app (which draws the not-found page)
    with status 404, so links checkers, crawlers and people see it is not there."""
    prefix = app.config.routes_pathname_prefix
    page_rules = {prefix, prefix + "<path:path>"}

    def not_found() -> flask.Response | None:
        rule = flask.request.url_rule
        if rule is None or rule.rule not in page_rules or known_page(app, flask.request.path):
            return None
        return flask.make_response(app.index(), 404)

    return not_found


# --- callback bodies -----------------------------------------------------------------------------------------


def callback_problem(body: object, callbacks: Mapping[str, Mapping[str, Any]]) -> str | None:
    """What is wrong with a POST to /_dash-update-component, or None when it has the shape Dash's renderer sends:
    a JSON object naming a callback of this app, with as many inputs and states as it declares, each an
    {"id", "property"} object (a list of them for a pattern-matching one)."""
    if not isinstance(body, dict):
        return "the body is not a JSON object"
    output = body.get("output")
    if not isinstance(output, str) or output not in callbacks:
        return f"no callback has the output {str(output)[:80]!r}"
    if not isinstance(body.get("outputs"), (dict, list)):
        return "'outputs' is missing or not an object or list"
    for key in ("inputs", "state"):
        given, declared = body.get(key, []), callbacks[output].get(key, [])
        if not isinstance(given, list) or len(given) != len(declared):
            return f"{key!r} does not match the callback's {len(declared)}"
        for item in given:
            entries = item if isinstance(item, list) else [item]
            if not all(isinstance(e, dict) and "id" in e and isinstance(e.get("property"), str) for e in entries):
                return f"an item of {key!r} is not an id and property"
    changed = body.get("changedPropIds", [])
    if not isinstance(changed, list) or not all(isinstance(c, str) for c in changed):
        return "'changedPropIds' is not a list of strings"
    return None


def _check_callback_body(app: dash.Dash) -> Callable[[], tuple[str, int] | None]:
    """Before a callback request: refuse a body of the wrong shape with 400 and one log line.

    The JSON is parsed once: Flask keeps it for Dash's own dispatch.
    """
    route = app.config.routes_pathname_prefix + "_dash-update-component"

    def check() -> tuple[str, int] | None:
        if flask.request.path != route or flask.request.method != "POST":
            return None
        problem = callback_problem(flask.request.get_json(silent=True), app.callback_map)
        if problem is None:
            return None
        log.warning("callback request from %s refused: %s", client(), problem)
        return BAD_CALLBACK, 400

    return check


def _one_line(app: dash.Dash) -> Callable[[Exception], Any]:
    """For any exception a request raises: one log line (the traceback only at DEBUG level) and a plain answer.

    A callback fails on what the client sent (a value of the wrong type, text that cannot be encoded), so it
    gets 400; anything else 500 with no detail.  HTTP errors (404, 413...) keep their own answer, and with
    Flask's debug on (`serve --debug`) Dash's error overlay takes over.
    """
    route = app.config.routes_pathname_prefix + "_dash-update-component"

    def handle(error: Exception) -> Any:
        if isinstance(error, HTTPException):
            return error
        request = flask.request
        log.error("%s %r from %s failed: %s", request.method, request.path[:200], client(), describe(error))
        log.debug("traceback of the failure above", exc_info=error)
        return (BAD_CALLBACK, 400) if request.path == route else ("Internal Server Error", 500)

    return handle
