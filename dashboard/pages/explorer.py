"""Explorer: every tidy row in a grid with column filters, a word search and CSV export of what is shown."""

from __future__ import annotations

import dash
import dash_ag_grid as dag
import dash_bootstrap_components as dbc
from dash import Input, Output, State, callback, clientside_callback, dcc, html

from dashboard import components as ui
from dashboard import data as store
from dashboard import tables
from dashboard.schema_view import GRID_COLUMNS, grid_rows
from dashboard.urlstate import encode

dash.register_page(
    __name__, path="/explorer", name="Explorer", title="Explorer – Leicestershire health committees", order=2
)


def grid(rows: list[dict]) -> dag.AgGrid:
    return dag.AgGrid(
        id="explorer-grid",
        rowData=rows,
        columnDefs=GRID_COLUMNS,
        defaultColDef={"sortable": True, "filter": True, "resizable": True, "floatingFilter": True},
        dashGridOptions={
            "pagination": True,
            "paginationPageSize": 50,
            "enableCellTextSelection": True,
            # Tab moves past the grid, not through every header and cell; arrow keys move inside it.
            "tabToNextHeader": {"function": "false"},
            "tabToNextCell": {"function": "false"},
        },
        style={"height": "70vh"},
        className="hd-grid",
    )


# The "All datasets" / "All packs" choice.  Not "": dbc.Select keeps "" for its hidden placeholder option,
# which would show the select blank and make the first arrow key press do nothing.
ANY = "all"


def choices(column, everything: str) -> list[dict]:
    """Options for a native select: "everything" (ANY) first, then each value present."""
    return [{"label": everything, "value": ANY}] + [{"label": v, "value": v} for v in sorted(column.dropna().unique())]


def chosen(value: str | None) -> str | None:
    """A select's value as a filter: None for "everything"."""
    return None if value in (None, "", ANY) else value


def layout(q: str | None = None, dataset: str | None = None, file: str | None = None, **_q: str) -> html.Div:
    """Search words, dataset and pack come from the query string (?q=cycling&dataset=...)."""
    frame = store.get_data()
    dataset, file = chosen(dataset), chosen(file)
    found = tables.search(frame, q, dataset, file)
    return html.Div(
        [
            dcc.Location(id="explorer-url", refresh=False),
            ui.page_header(
                "Explorer: every number in the packs",
                store.as_at(frame),
                "Search by words in the measure, area or the sentence the number sits in; filter any column; "
                "download what is shown as CSV. Each row links to the line it was printed on.",
            ),
            dbc.Row(
                [
                    dbc.Col(
                        [
                            dbc.Label("Search", html_for="explorer-search"),
                            dbc.Input(
                                id="explorer-search",
                                type="search",
                                value=q or "",
                                debounce=True,
                                placeholder="e.g. cycling Blaby",
                            ),
                        ],
                        md=5,
                    ),
                    dbc.Col(
                        [
                            dbc.Label("Dataset", html_for="explorer-dataset"),
                            dbc.Select(
                                id="explorer-dataset",
                                options=choices(frame["dataset"], "All datasets"),
                                value=dataset or ANY,
                            ),
                        ],
                        md=3,
                    ),
                    dbc.Col(
                        [
                            dbc.Label("Pack", html_for="explorer-file"),
                            dbc.Select(
                                id="explorer-file",
                                options=choices(frame["source_file"], "All packs"),
                                value=file or ANY,
                            ),
                        ],
                        md=4,
                    ),
                ],
                className="mb-2 hd-controls",
            ),
            html.Div(
                [
                    html.Span(f"{len(found):,} of {len(frame):,} rows", id="explorer-count", className="me-3"),
                    dcc.Store(id="explorer-total", data=len(frame)),
                    dbc.Button("Download shown rows (CSV)", id="explorer-download-btn", color="primary", size="sm"),
                    dcc.Download(id="explorer-download"),
                ],
                className="mb-2",
            ),
            grid(grid_rows(found)),
        ]
    )


def search(q: str | None, dataset: str | None, file: str | None, present: bool) -> tuple:
    """Rows for the words, dataset and pack chosen, and the URL that restores them."""
    frame = store.get_data()
    dataset, file = chosen(dataset), chosen(file)
    found = tables.search(frame, q, dataset, file)
    return grid_rows(found), encode({"q": q, "dataset": dataset, "file": file, "present": bool(present)})


# How many rows the grid shows after its column filters, counted in the browser: posting every shown row
# back to the server just to count it cost two uploads of the whole table per page load.
COUNT_JS = """
function(shown, rows, total) {
    const n = shown ? shown.length : (rows || []).length;
    return n.toLocaleString('en-GB') + ' of ' + (total || 0).toLocaleString('en-GB') + ' rows';
}
"""


def download(n_clicks: int | None, shown: list[dict] | None) -> dict:
    """The rows the grid shows (after search and column filters), every tidy column, as CSV."""
    frame = store.get_data()
    ids = [r["row_id"] for r in shown or []]
    out = frame.loc[frame.index.isin(ids)].reindex([i for i in ids if i in frame.index])
    return dcc.send_data_frame(out.to_csv, "healthdash-rows.csv", index=False)


callback(
    Output("explorer-grid", "rowData"),
    Output("explorer-url", "search"),
    Input("explorer-search", "value"),
    Input("explorer-dataset", "value"),
    Input("explorer-file", "value"),
    Input("app-present", "value"),
    prevent_initial_call=True,
)(search)
clientside_callback(
    COUNT_JS,
    Output("explorer-count", "children"),
    Input("explorer-grid", "virtualRowData"),
    State("explorer-grid", "rowData"),
    State("explorer-total", "data"),
)
callback(
    Output("explorer-download", "data"),
    Input("explorer-download-btn", "n_clicks"),
    State("explorer-grid", "virtualRowData"),
    prevent_initial_call=True,
)(download)
