"""Districts: the wider determinants of health for the seven districts against Leicestershire and England."""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, callback, dcc, html

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads, figures, summaries, tables
from dashboard.compare import RULE, SHORT_RULE
from dashboard.urlstate import encode, is_on

dash.register_page(
    __name__, path="/districts", name="Districts", title="Districts – Leicestershire health committees", order=1
)

DATASET = "wider_determinants"


def chart_section(wider: pd.DataFrame, measure: str, benchmark: str, present: bool) -> list:
    """The compare-areas chart and the tile map for one indicator, each with its table and summary."""
    values = tables.district_values(wider, measure)
    summary = summaries.district_summary(values, measure, benchmark)
    query = {"indicator": measure, "benchmark": benchmark}
    bars = ui.chart_card(
        "districts-bars",
        f"Districts compared: {measure}",
        figures.district_bars(values, measure, benchmark, present),
        tables.indicator_table(values, benchmark),
        summary,
        note=html.Span(["Source: ", *_sources(values)]),
        rule=SHORT_RULE.format(benchmark=benchmark),
        download=query,
    )
    map_summary = summaries.tile_map_summary(values, measure, benchmark)
    tile_map = ui.chart_card(
        "districts-map",
        "Tile map of the districts",
        figures.tile_map(values, measure, benchmark, present),
        tables.indicator_table(values[values["area"].isin(tables.DISTRICTS)], benchmark),
        map_summary,
        note="Each district is drawn as an equal square, placed roughly where it lies in the county.",
        download=query,
    )
    return [bars, tile_map]


def indicator_rows(wider: pd.DataFrame, measure: str, benchmark: str, areas: list[str]) -> pd.DataFrame:
    """The tidy rows an indicator's chart draws for `areas` (the latest period, from the latest meeting), in the
    chart's order, with how each district compares with the benchmark: `comparison` (better, similar, worse,
    not compared; "benchmark" for the county and England) and `comparison_rag`, its colour's word."""
    rows = tables.latest(wider[wider["measure"] == measure], ["area"])
    rows = rows[rows["area"].isin(areas)]
    order = {a: i for i, a in enumerate(tables.DISTRICTS + tables.BENCHMARKS)}
    rows = rows.iloc[rows["area"].map(order).to_numpy().argsort(kind="stable")]
    values = tables.district_values(wider, measure)
    rated = {r.area: r.comparison for r in tables.rated_districts(values, benchmark).itertuples()}
    verdicts = [rated[a].verdict if a in rated else "benchmark" for a in rows["area"]]
    words = [rated[a].rag.word if a in rated else None for a in rows["area"]]
    return rows.assign(
        compared_with=pd.Series(benchmark, index=rows.index, dtype="string"),
        comparison=pd.Series(verdicts, index=rows.index, dtype="string"),
        comparison_rag=pd.Series(words, index=rows.index, dtype="string"),
    )


def indicator_download(areas: list[str]) -> downloads.RowsFor:
    """The rows behind an indicator's chart for the page's ?indicator= and ?benchmark=."""

    def rows(frame: pd.DataFrame, params: downloads.Params) -> downloads.Found:
        wider = store.dataset(DATASET) if frame is store.get_data() else frame[frame["dataset"] == DATASET]
        measure = downloads.chosen(params, "indicator", tables.indicators(wider))
        bench = downloads.chosen(params, "benchmark", tables.BENCHMARKS, "England")
        filters = {"Dataset": downloads.title_of(DATASET), "Indicator": measure, "Benchmark": bench}
        return indicator_rows(wider, measure, bench, areas), filters

    return rows


for _key, _title, _areas in (
    ("districts-bars", "Districts compared", tables.DISTRICTS + tables.BENCHMARKS),
    ("districts-map", "Tile map of the districts", tables.DISTRICTS),
):
    downloads.register(
        downloads.View(
            _key,
            _title,
            indicator_download(_areas),
            params=frozenset({"indicator", "benchmark"}),
            rag_columns=("rag", "comparison_rag"),
            name_parts=lambda filters: [filters["Indicator"], filters["Benchmark"]],
        )
    )


def _sources(values: pd.DataFrame) -> list:
    seen = values.drop_duplicates("source_line").head(3)
    return [ui.source_link(r.source_file, int(r.source_line)) for r in seen.itertuples()]


def matrix_section(wider: pd.DataFrame, benchmark: str) -> html.Div:
    """Every district x indicator cell rated against the benchmark, word and symbol in each cell."""
    matrix = tables.rag_matrix(wider, benchmark)
    head = html.Thead(
        html.Tr([html.Th("Indicator", scope="col")] + [html.Th(d, scope="col") for d in tables.DISTRICTS])
    )
    rows = []
    for measure, cells in matrix.items():
        tds = []
        for district in tables.DISTRICTS:
            if district not in cells:
                tds.append(html.Td("–"))
                continue
            shown, comparison = cells[district]
            tds.append(
                html.Td(
                    [
                        html.Div(shown),
                        html.Div(ui.rag_text(comparison.rag, comparison.verdict), className="hd-verdict"),
                    ],
                    style={"backgroundColor": comparison.rag.fill, "color": comparison.rag.text},
                )
            )
        rows.append(html.Tr([html.Th(measure, scope="row"), *tds]))
    return html.Div(
        [
            html.H2(f"Every indicator against {benchmark}", className="h5"),
            html.P(summaries.matrix_summary(matrix, benchmark), id="districts-matrix-summary", className="hd-summary"),
            ui.scroll_box(
                dbc.Table(
                    [
                        html.Caption(f"Every indicator against {benchmark}", className="visually-hidden"),
                        head,
                        html.Tbody(rows),
                    ],
                    bordered=True,
                    size="sm",
                    className="hd-table hd-rag-table",
                ),
                f"Every indicator against {benchmark}",
            ),
        ]
    )


def controls(options: list[str], measure: str, benchmark: str) -> dbc.Row:
    return dbc.Row(
        [
            dbc.Col(
                [
                    dbc.Label("Indicator", html_for="districts-indicator"),
                    dbc.Select(id="districts-indicator", options=options, value=measure),
                ],
                md=8,
            ),
            dbc.Col(
                html.Fieldset(
                    [
                        html.Legend("Benchmark", className="form-label hd-legend"),
                        dbc.RadioItems(
                            options=[{"label": b, "value": b} for b in tables.BENCHMARKS],
                            value=benchmark,
                            id="districts-benchmark",
                            name="districts-benchmark",
                            inline=True,
                        ),
                    ]
                ),
                md=4,
            ),
        ],
        className="mb-3 hd-controls",
    )


def layout(
    indicator: str | None = None, benchmark: str | None = None, present: str | None = None, **_q: str
) -> html.Div:
    """Controls start from the query string (?indicator=...&benchmark=England)."""
    frame = store.get_data()
    wider = store.dataset(DATASET)
    header = ui.page_header(
        "Districts: wider determinants of health",
        store.as_at(wider if not wider.empty else frame),
        "The seven districts of Leicestershire against the county and England.",
    )
    if wider.empty:
        return html.Div([header, ui.no_data("the wider determinants of health by district")])
    options = tables.indicators(wider)
    measure = indicator if indicator in options else options[0]
    bench = benchmark if benchmark in tables.BENCHMARKS else "England"
    return html.Div(
        [
            dcc.Location(id="districts-url", refresh=False),
            header,
            controls(options, measure, bench),
            dbc.Alert(["How districts are rated: ", RULE], color="light", className="hd-rule", id="districts-rule"),
            html.Div(charts(measure, bench, is_on(present)), id="districts-charts"),
            html.Div(matrix(bench), id="districts-matrix"),
        ]
    )


def update(measure: str, benchmark: str, present: bool) -> tuple:
    """Redraw for a new indicator, benchmark or presentation mode, and write them to the URL."""
    search = encode({"indicator": measure, "benchmark": benchmark, "present": bool(present)})
    return charts(measure, benchmark, bool(present)), matrix(benchmark), search


def charts(measure: str, benchmark: str, present: bool) -> list:
    """chart_section for the data loaded, built once per choice of indicator, benchmark and mode."""
    return store.memo(
        ("districts-charts", measure, benchmark, present),
        lambda: chart_section(store.dataset(DATASET), measure, benchmark, present),
    )


def matrix(benchmark: str) -> html.Div:
    """matrix_section for the data loaded, built once per benchmark (an indicator change leaves it as it is)."""
    return store.memo(("districts-matrix", benchmark), lambda: matrix_section(store.dataset(DATASET), benchmark))


callback(
    Output("districts-charts", "children"),
    Output("districts-matrix", "children"),
    Output("districts-url", "search"),
    Input("districts-indicator", "value"),
    Input("districts-benchmark", "value"),
    Input("app-present", "value"),
    prevent_initial_call=True,
)(update)
