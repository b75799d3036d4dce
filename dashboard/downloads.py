"""Downloads: the rows behind each chart's table, and the explorer's, as the formatted .xlsx or as CSV.

Every table beside a chart carries two plain links, "Download Excel" and "Download CSV", to
``/download/<view>.<xlsx|csv>?<the page's own parameters>`` (for instance
``/download/districts-bars.xlsx?indicator=...&benchmark=England``).  The server finds the rows again from
the data it holds and those parameters, never from rows posted back by the browser, so a download is as
large as the filters make it, the address can be bookmarked or shared, and no callback runs.

A view is registered by the page that draws it (`register`): a key (the chart card's id prefix), a title
and a function (frame, parameters) -> (rows, filters) giving the tidy rows behind the chart and the filters
in force as the About sheet and the file name state them.  A parameter a view does not take, a value it
cannot use or an unknown view is answered 400 or 404 with one line of text and one log line (as
dashboard/guard.py answers other requests the app was not built for), never a 500.  A workbook of more than
export.MAX_ROWS rows is refused with a message to filter or take the CSV, which has no limit.
"""

from __future__ import annotations

import io
import logging
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from typing import Any

import dash
import flask
import pandas as pd
from dash import html

from dashboard import catalogue, export
from dashboard import data as store
from dashboard.urlstate import encode, usable

log = logging.getLogger("healthdash")

ROUTE = "/download/"
FORMATS = {"xlsx": ("Excel", export.XLSX_MIME), "csv": ("CSV", export.CSV_MIME)}
IGNORED = frozenset({"present"})  # page parameters no download depends on
MAX_PARAMS = 40
EXPLORER = "explorer"

Params = Mapping[str, str]
Found = tuple[pd.DataFrame, dict[str, str]]  # the rows, and the filters in force (label -> value)
RowsFor = Callable[[pd.DataFrame, Params], Found]


class BadRequest(ValueError):
    """A parameter a view cannot use; answered 400 with the message."""


@dataclass(frozen=True)
class View:
    """One download: what it is called, which parameters it takes and how its rows are found."""

    key: str
    title: str
    rows: RowsFor
    params: frozenset[str] = frozenset()
    param_prefixes: tuple[str, ...] = ()  # families of parameters, such as the explorer's column filters "f."
    rag_columns: tuple[str, ...] = ("rag",)
    name_parts: Callable[[dict[str, str]], list[str]] = field(default=lambda filters: [filters.get("Dataset", "")])

    def takes(self, name: str) -> bool:
        return name in self.params or bool(self.param_prefixes) and name.startswith(self.param_prefixes)


VIEWS: dict[str, View] = {}


def register(view: View) -> View:
    """Make a view downloadable (a page registers its charts' views when it is imported; again is harmless)."""
    VIEWS[view.key] = view
    return view


def chosen(params: Params, name: str, allowed: list[str], default: str | None = None) -> str:
    """A parameter that must be one of `allowed` (the first when it is absent and there is no default)."""
    value = params.get(name)
    if value is None:
        if default is not None:
            return default
        if not allowed:
            raise BadRequest("there are no rows to download in the packs loaded")
        return allowed[0]
    if value not in allowed:
        raise BadRequest(f"{name} {value[:80]!r} is not one of the choices this page offers")
    return value


def title_of(dataset: str) -> str:
    """A dataset's title, from the one registry of datasets."""
    return catalogue.info(dataset).title


def section_view(section: Any, select: Callable[[pd.DataFrame], pd.DataFrame] | None = None) -> View:
    """The view of a declarative chart (`series.Section`, drawn by components.series_card): its dataset's rows
    (of those `select` keeps, where a page draws only some) as the chart shows them, one per area, measure and
    period, from the latest meeting to print it."""
    from dashboard import series

    def rows(frame: pd.DataFrame, params: Params) -> Found:
        frame = select(frame) if select is not None else frame
        filters = {"Dataset": title_of(section.dataset)}
        if section.exclude_measures:
            filters["Measures left out"] = "; ".join(section.exclude_measures)
        if section.exclude_areas:
            filters["Areas left out"] = "; ".join(section.exclude_areas)
        filters["Figures printed again"] = "as printed at the latest meeting"
        found = series.rows_for(frame, section)
        if "table" in params:  # one card of a dataset printed in several tables
            source = series.table_of(found)
            filters["Table"] = chosen(params, "table", sorted(set(source)))
            found = found[source == filters["Table"]]
        return found, filters

    return View(
        section.key, section.title, rows, params=frozenset({"table"}), name_parts=lambda filters: [filters["Dataset"]]
    )


# --- links ---------------------------------------------------------------------------------------------------


def href(key: str, fmt: str, params: Mapping[str, object] | None = None) -> str:
    """The download's address: /download/<key>.<fmt> and the parameters (fixed order, empty ones left out)."""
    return f"{ROUTE}{key}.{fmt}{encode(params or {})}"


def link(key: str, fmt: str, params: Mapping[str, object] | None, what: str) -> html.A:
    """ "Download Excel" or "Download CSV"; screen readers hear what is downloaded too."""
    kind = FORMATS[fmt][0]
    return html.A(
        [f"Download {kind}", html.Span(f" of the data: {what}", className="visually-hidden")],
        href=href(key, fmt, params),
        download=f"healthdash-{key}.{fmt}",
        id=f"{key}-download-{fmt}",
        className="hd-download me-3",
    )


def links(key: str, params: Mapping[str, object] | None, what: str) -> html.P:
    """Both downloads of a view, for under a chart's table."""
    return html.P([link(key, "xlsx", params, what), link(key, "csv", params, what)], className="hd-downloads mt-1")


# --- the explorer ----------------------------------------------------------------------------------------------


def explorer_query(state: Any) -> dict[str, object]:
    """The explorer's URL parameters for a state (dashboard/rowsource.ExplorerState, or a mapping of them)."""
    query = state.query() if hasattr(state, "query") else dict(state)
    return {k: v for k, v in query.items() if k not in IGNORED}


def explorer_href(state: Any, fmt: str = "csv") -> str:
    """The address of the explorer's download for a state: its search, pickers, column filters and sort."""
    return href(EXPLORER, fmt, explorer_query(state))


def explorer_links(state: Any, found: int | None = None) -> list[html.A | html.Span]:
    """The explorer's two downloads for a state finding `found` rows; past export.MAX_ROWS, no Excel link but
    a line saying to filter or take the CSV."""
    what = "the rows found"
    out: list[html.A | html.Span] = []
    if found is not None and found > export.MAX_ROWS:
        out.append(
            html.Span(
                f"Excel holds at most {export.MAX_ROWS:,} rows: filter to fewer, or download the CSV. ",
                id=f"{EXPLORER}-download-xlsx-note",
                className="me-3",
            )
        )
    else:
        out.append(link(EXPLORER, "xlsx", explorer_query(state), what))
    out.append(link(EXPLORER, "csv", explorer_query(state), what))
    return out


def explorer_rows(frame: pd.DataFrame, params: Params) -> Found:
    """The rows the explorer finds for its URL's parameters (dashboard/rowsource.py: the same search, pickers,
    column filters and sort as the grid), every tidy column, in the grid's order.  `frame` is the frame loaded,
    whose row index rowsource keeps."""
    from dashboard import rowsource
    from dashboard.schema_view import FILTER_KINDS

    for name, value in params.items():
        if name.startswith(rowsource.FILTER_PREFIX):
            column = name[len(rowsource.FILTER_PREFIX) :]
            if column not in FILTER_KINDS:
                raise BadRequest(f"there is no column {column[:40]!r} to filter")
            state = rowsource.ExplorerState.from_query({name: value})
            if not state.filters:
                raise BadRequest(f"the filter {name}={value[:80]!r} is not understood")
    state = rowsource.ExplorerState.from_query(params)
    if params.get("sort") and not state.sort:
        raise BadRequest(f"the sort {params['sort'][:80]!r} is not understood")
    for picked, column in (("dataset", "dataset"), ("file", "source_file"), ("area", "area"), ("period", "period")):
        value = getattr(state, picked)
        if value is not None and not frame[column].eq(value).any():
            raise BadRequest(f"{picked} {value[:80]!r} is not in the packs loaded")
    return rowsource.frame_for(state), dict(state.describe(title_of))


register(
    View(
        EXPLORER,
        "Explorer rows",
        explorer_rows,
        params=frozenset({"q", "dataset", "file", "area", "period", "sort"}),
        param_prefixes=("f.",),
        name_parts=lambda filters: list(filters.values()),
    )
)


# --- the route -------------------------------------------------------------------------------------------------


def install(app: dash.Dash) -> None:
    """Serve /download/<view>.<xlsx|csv> on the app's server (`create_app` calls this)."""
    rule = app.config.routes_pathname_prefix.rstrip("/") + ROUTE + "<name>"
    app.server.add_url_rule(rule, "healthdash_download", answer, methods=["GET"])


def refuse(status: int, message: str, name: str) -> flask.Response:
    """One line of text for the client, one log line for the operator."""
    from dashboard.guard import client

    log.warning("download %r from %s refused (%d): %s", name[:80], client(), status, message)
    response = flask.make_response(message + "\n", status)
    response.mimetype = "text/plain"
    return response


def params_of(args: Any, view: View) -> dict[str, str]:
    """The request's parameters for a view: each once, usable text, one the view takes (`present` ignored)."""
    names = list(args.keys())
    if len(names) > MAX_PARAMS:
        raise BadRequest(f"too many parameters ({len(names)})")
    out: dict[str, str] = {}
    for name in names:
        values = args.getlist(name)
        if not usable(name) or not view.takes(name) and name not in IGNORED:
            raise BadRequest(f"this download takes no parameter {str(name)[:40]!r}")
        if len(values) != 1:
            raise BadRequest(f"the parameter {name!r} is given {len(values)} times")
        if not usable(values[0]):
            raise BadRequest(f"the parameter {name!r} is not usable text")
        if name not in IGNORED:
            out[name] = values[0]
    return out


def answer(name: str) -> flask.Response:
    """The download named: the view's rows for the request's parameters, as an .xlsx or a CSV attachment."""
    key, dot, fmt = name.rpartition(".")
    view = VIEWS.get(key) if dot else None
    if view is None or fmt not in FORMATS:
        return refuse(404, f"No download is called {name[:80]!r}.", name)
    try:
        params = params_of(flask.request.args, view)
        rows, filters = view.rows(store.get_data(), params)
        if fmt == "xlsx":
            export.check_size(len(rows))
            where = [("Download", "From", view.title), ("Download", "Address", flask.request.full_path.rstrip("?"))]
            data = export.build_workbook(rows, filters=filters, notes=where, rag_columns=view.rag_columns)
        else:
            data = export.build_csv(rows, bom=True)
    except (BadRequest, export.TooManyRows) as error:
        return refuse(400, f"Cannot download {name[:80]!r}: {error}.", name)
    download_name = export.filename([key, *view.name_parts(filters)], fmt)
    response = flask.send_file(
        io.BytesIO(data), mimetype=FORMATS[fmt][1], as_attachment=True, download_name=download_name
    )
    response.headers["Cache-Control"] = "no-store"  # the rows change when a pack is added
    return response
