"""Explorer: every tidy row in a grid with a word search, pickers, column filters and sort, all in the URL.

The grid pages on the server (AG Grid's infinite row model): it asks for one block of rows at a time and
dashboard/rowsource.py finds them, so a change costs the same at a hundred times today's rows.
"""

from __future__ import annotations

from dataclasses import replace
from typing import Any

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, clientside_callback, dcc, html, no_update

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads, packs, rowsource, tables
from dashboard.rowsource import ExplorerState
from dashboard.schema_view import GRID_COLUMNS, dataset_title, grid_rows
from dashboard.urlstate import clean, encode, source_href

dash.register_page(__name__, path="/explorer", name="Explorer", title=store.page_title("Explorer"), order=2)

PAGE_SIZE = 50
PICK_A_ROW = "Select a row (click it, or press Space on it) to read it in full here."
_LIVE: dict[str, Any] = {"aria-live": "polite"}

# The "All ..." choice (rowsource.ANY).  Not "": dbc.Select keeps "" for its hidden placeholder option,
# which would show the select blank and make the first arrow key press do nothing.
ANY = rowsource.ANY
PICKERS = [  # (id suffix, label, tidy column, "everything" choice)
    ("dataset", "Dataset", "dataset", "All datasets"),
    ("area", "Area", "area", "All areas"),
    ("period", "Period", "period", "All periods"),
    ("file", "Pack", "source_file", "All packs"),
]


def grid(state: ExplorerState) -> dag.AgGrid:
    options: dict = {
        "pagination": True,
        "paginationPageSize": PAGE_SIZE,
        "paginationPageSizeSelector": False,
        "cacheBlockSize": PAGE_SIZE,
        "maxBlocksInCache": 20,
        "enableCellTextSelection": True,
        # A click on a row, or Space on it, shows it in full in the panel above the grid.
        "rowSelection": {"mode": "singleRow", "checkboxes": False, "enableClickSelection": True},
        # Tab moves past the grid, not through every header and cell; arrow keys move inside it.
        "tabToNextHeader": {"function": "false"},
        "tabToNextCell": {"function": "false"},
    }
    if initial := state.grid_state():
        options["initialState"] = initial  # the URL's column filters and sort, in force for the first block
    return dag.AgGrid(
        id="explorer-grid",
        rowModelType="infinite",
        columnDefs=GRID_COLUMNS,
        defaultColDef={"sortable": True, "filter": True, "resizable": True, "floatingFilter": True},
        dashGridOptions=options,
        style={"height": "65vh"},
        className="hd-grid",
    )


def choices(index: rowsource.RowIndex, tidy: str, everything: str) -> list[dict]:
    """A picker's options: "everything" (ANY) first, then each value present (datasets by title, periods
    latest first)."""
    values = index.values(tidy)
    if tidy == "dataset":
        labelled = sorted(((dataset_title(v), v) for v in values), key=lambda p: p[0].lower())
    elif tidy == "source_file":  # packs by committee and meeting, newest first; the file name is the value
        held = set(values)
        labelled = [(o["label"], o["value"]) for o in packs.pack_options() if o["value"] in held]
        labelled += [(v, v) for v in values if v not in {v for _, v in labelled}]
    else:
        labelled = [(v, v) for v in (values[::-1] if tidy == "period" else values)]
    return [{"label": everything, "value": ANY}] + [{"label": label, "value": v} for label, v in labelled]


def picker_options() -> dict[str, list[dict]]:
    """Every picker's options, worked out once per loaded frame."""

    def build() -> dict[str, list[dict]]:
        index = rowsource.current()
        return {key: choices(index, tidy, everything) for key, _label, tidy, everything in PICKERS}

    return store.memo(("explorer-pickers",), build)


def count_text(found: int, total: int) -> str:
    return f"{found:,} of {total:,} rows"


def picker(key: str, label: str, options: list[dict], value: str | None) -> dbc.Col:
    return dbc.Col(
        [
            dbc.Label(label, html_for=f"explorer-{key}"),
            dbc.Select(id=f"explorer-{key}", options=options, value=value or ANY),
        ],
        md=2,
    )


def layout(**query: object) -> html.Div:
    """The search, pickers, column filters and sort come from the query string
    (?q=cycling&area=Blaby&f.value=greaterThan:10&sort=-value)."""
    options = picker_options()
    state = ExplorerState.from_query(clean(query))
    # A pick the packs do not hold (an old link) is dropped: the picker shows "All ...", so must the grid.
    held = {key: {o["value"] for o in options[key]} for key, *_ in PICKERS}
    state = replace(
        state,
        dataset=state.dataset if state.dataset in held["dataset"] else None,
        area=state.area if state.area in held["area"] else None,
        period=state.period if state.period in held["period"] else None,
        file=state.file if state.file in held["file"] else None,
    )
    found, total = rowsource.count(state)
    return html.Div(
        [
            dcc.Location(id="explorer-url", refresh=False),
            ui.page_header(
                "Explorer: every number in the packs",
                store.as_at(),
                "Search by words in the measure, area or the sentence the number sits in; pick a dataset, area, "
                "period or pack; filter or sort any column. The address of the page keeps all of it, to share "
                "or come back to. Select a row to read it in full; each links to the line it was printed on.",
            ),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Label("Search", html_for="explorer-search"),
                            dbc.Input(
                                id="explorer-search",
                                type="search",
                                value=state.q,
                                debounce=True,
                                maxLength=tables.MAX_QUERY_CHARS,
                                placeholder="words in a measure, an area or a sentence",
                            ),
                        ],
                        md=4,
                    ),
                    *[
                        picker(key, label, options[key], getattr(state, key))
                        for key, label, _tidy, _everything in PICKERS
                    ],
                ],
                className="mb-2 hd-controls",
            ),
            html.Div(
                [
                    html.Span(count_text(found, total), id="explorer-count", className="me-3", role="status"),
                    html.Span(downloads.explorer_links(state, found), id="explorer-downloads"),
                    dcc.Link("Clear search and filters", href="/explorer", className="ms-3"),
                ],
                className="mb-2",
            ),
            html.Div(
                PICK_A_ROW,
                id="explorer-detail",
                className="hd-detail mb-2",
                **_LIVE,
            ),
            grid(state),
        ]
    )


def rows(
    request: object, q: object, dataset: object, file: object, area: object, period: object, present: object
) -> tuple[object, object, object, object]:
    """One block of rows for the grid (its filters and sort in the request, the controls beside it), the
    count found, and the URL that restores it all."""
    if not isinstance(request, dict):
        return no_update, no_update, no_update, no_update
    state = ExplorerState.from_controls(q, dataset, file, area, period)
    state = state.with_grid(request.get("filterModel"), request.get("sortModel"))
    shown, found, total = rowsource.block(state, request.get("startRow"), request.get("endRow"))
    answer = {"rowData": grid_rows(shown), "rowCount": found}
    query = encode({**state.query(), "present": bool(present)})
    return answer, count_text(found, total), query, downloads.explorer_links(state, found)


def detail(selected: object) -> object:
    """The selected row in full: measure, value in its unit and as printed, the sentence, where printed.

    Built from the loaded frame by the row's id: nothing else the browser sends is shown or followed.
    """
    row_id = (
        selected[0].get("row_id") if isinstance(selected, list) and selected and isinstance(selected[0], dict) else None
    )
    frame = store.get_data()
    if not isinstance(row_id, int) or isinstance(row_id, bool) or row_id not in frame.index:
        return PICK_A_ROW
    (r,) = grid_rows(frame.loc[[row_id]])
    tidy = frame.loc[row_id]
    facts = [
        ("Value", f"{r['shown']} (printed as “{r['value_text']}”, unit: {r['unit']})"),
        ("Area", r["area"] or "not stated"),
        ("Period", r["period"] or "not stated"),
        ("Dataset", r["dataset"]),
        ("RAG", r["rag"]),
        ("Warning", r["warning"]),
        ("Meeting", r["meeting"]),
        ("Report", r["report"]),
    ]
    return html.Div(
        [
            html.H2(r["measure"], className="h6 mb-1"),
            html.Dl(
                [part for what, how in facts if how for part in (html.Dt(what), html.Dd(how))],
                className="hd-detail-facts mb-1",
            ),
            html.Blockquote(r["context"], className="mb-1"),
            dcc.Link(
                f"Printed in {packs.pack_label(str(tidy['source_file']))}, line {int(tidy['source_line'])}",
                href=source_href(str(tidy["source_file"]), int(tidy["source_line"])),
            ),
            dcc.Link("Chart it", href=r["page"], className="ms-3") if r["page"] != "/explorer" else None,
        ]
    )


# A new search or pick: the grid forgets its blocks and asks again from the first page.
PURGE_JS = """
function() {
    const api = window.dash_ag_grid && dash_ag_grid.getApi ? dash_ag_grid.getApi('explorer-grid') : null;
    if (api) { api.paginationGoToPage(0); api.purgeInfiniteCache(); }
    return window.dash_clientside.no_update;
}
"""

callback(
    Output("explorer-grid", "getRowsResponse"),
    Output("explorer-count", "children"),
    Output("explorer-url", "search"),
    Output("explorer-downloads", "children"),
    Input("explorer-grid", "getRowsRequest"),
    State("explorer-search", "value"),
    State("explorer-dataset", "value"),
    State("explorer-file", "value"),
    State("explorer-area", "value"),
    State("explorer-period", "value"),
    State("app-present", "value"),
    prevent_initial_call=True,
)(rows)
clientside_callback(
    PURGE_JS,
    Output("explorer-grid", "paginationGoTo"),
    Input("explorer-search", "value"),
    Input("explorer-dataset", "value"),
    Input("explorer-file", "value"),
    Input("explorer-area", "value"),
    Input("explorer-period", "value"),
    prevent_initial_call=True,
)
callback(Output("explorer-detail", "children"), Input("explorer-grid", "selectedRows"), prevent_initial_call=True)(
    detail
)
