"""Districts: the wider determinants of health for the home council's districts against the council and England.

The districts and benchmarks come from the data (tables.places_of, with the council the packs' covers name),
so any council's packs give their own districts here.
"""

from __future__ import annotations

import dash
import dash_bootstrap_components as dbc
import pandas as pd
from dash import Input, Output, callback, dcc, html

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads, figures, summaries, tables
from dashboard.compare import RULE, SHORT_RULE
from dashboard.theme import fmt_value
from dashboard.urlstate import encode, is_on

dash.register_page(__name__, path="/districts", name="Districts", title=store.page_title("Districts"), order=1)

DATASET = "wider_determinants"


def places() -> tables.Places:
    """The districts and benchmarks of the data loaded (kept per frame)."""
    return store.memo(("districts-places",), lambda: tables.places_of(store.dataset(DATASET), store.home()))


def chart_section(
    wider: pd.DataFrame, measure: str, benchmark: str, present: bool, where: tables.Places | None = None
) -> list:
    """The compare-areas chart and the tile map (or, where the districts' places are not known, the districts
    ranked) for one indicator, each with its table and summary."""
    where = where or tables.places_of(wider)
    values = tables.district_values(wider, measure, where)
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
    mapped = tables.tile_positions(list(where.districts)) is not None
    map_summary = summaries.tile_map_summary(values, measure, benchmark)
    tile_map = ui.chart_card(
        "districts-map",
        "Tile map of the districts" if mapped else "The districts ranked",
        figures.tile_map(values, measure, benchmark, present),
        tables.indicator_table(values, benchmark, districts_only=True),
        map_summary,
        note="Each district is drawn as an equal square, placed roughly where it lies in the council's area."
        if mapped
        else "Where the districts lie is not known to the dashboard (data/tile_positions.csv), so they are ranked.",
        download=query,
    )
    return [bars, tile_map]


def indicator_rows(
    wider: pd.DataFrame, measure: str, benchmark: str, where: tables.Places, districts_only: bool = False
) -> pd.DataFrame:
    """The tidy rows an indicator's chart draws (the districts, and the benchmarks unless `districts_only`; the
    latest period, from the latest meeting), in the chart's order, with how each district compares with the
    benchmark: `comparison` (better, similar, worse, not compared; "benchmark" for the council and England)
    and `comparison_rag`, its colour's word."""
    areas = list(where.districts) if districts_only else where.areas
    rows = tables.latest(where.shown(wider[wider["measure"] == measure]), ["area"])
    rows = rows[rows["area"].isin(areas)]
    order = {a: i for i, a in enumerate(where.areas)}
    rows = rows.iloc[rows["area"].map(order).to_numpy().argsort(kind="stable")]
    values = tables.district_values(wider, measure, where)
    rated = {r.area: r.comparison for r in tables.rated_districts(values, benchmark).itertuples()}
    verdicts = [rated[a].verdict if a in rated else "benchmark" for a in rows["area"]]
    words = [rated[a].rag.word if a in rated else None for a in rows["area"]]
    return rows.assign(
        compared_with=pd.Series(benchmark, index=rows.index, dtype="string"),
        comparison=pd.Series(verdicts, index=rows.index, dtype="string"),
        comparison_rag=pd.Series(words, index=rows.index, dtype="string"),
    )


def indicator_download(districts_only: bool) -> downloads.RowsFor:
    """The rows behind an indicator's chart for the page's ?indicator= and ?benchmark=."""

    def rows(frame: pd.DataFrame, params: downloads.Params) -> downloads.Found:
        ours = frame is store.get_data()
        wider = store.dataset(DATASET) if ours else frame[frame["dataset"] == DATASET]
        where = places() if ours else tables.places_of(wider)
        measure = downloads.chosen(params, "indicator", tables.indicators(wider))
        bench = downloads.chosen(params, "benchmark", list(where.benchmarks), where.default_benchmark())
        filters = {"Dataset": downloads.title_of(DATASET), "Indicator": measure, "Benchmark": bench}
        return indicator_rows(wider, measure, bench, where, districts_only), filters

    return rows


for _key, _title, _only in (
    ("districts-bars", "Districts compared", False),
    ("districts-map", "Tile map of the districts", True),
):
    downloads.register(
        downloads.View(
            _key,
            _title,
            indicator_download(_only),
            params=frozenset({"indicator", "benchmark"}),
            rag_columns=("rag", "comparison_rag"),
            name_parts=lambda filters: [filters["Indicator"], filters["Benchmark"]],
        )
    )


def _sources(values: pd.DataFrame) -> list:
    return ui.source_links(values.drop_duplicates("source_line").head(3))


def matrix_section(wider: pd.DataFrame, benchmark: str, where: tables.Places | None = None) -> html.Div:
    """Every district x indicator cell rated against the benchmark, word and symbol in each cell."""
    where = where or tables.places_of(wider)
    matrix = tables.rag_matrix(wider, benchmark, where)
    # The benchmarks' own values first, so a reader sees what each district is set against.
    head = html.Thead(
        html.Tr(
            [html.Th("Indicator", scope="col")]
            + [html.Th(b, scope="col", className="hd-benchmark-col") for b in where.benchmarks]
            + [html.Th(d, scope="col") for d in where.districts]
        )
    )
    rows = []
    for measure, cells in matrix.items():
        values = tables.district_values(wider, measure, where)
        tds = [html.Td(_shown(values, b)) for b in where.benchmarks]
        for district in where.districts:
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


def _shown(values: pd.DataFrame, area: str) -> str:
    """An area's value in a district_values frame as the page formats it, or "–" when not printed."""
    hit = values[values["area"] == area]
    if hit.empty:
        return "–"
    r = hit.iloc[0]
    return fmt_value(r["value"], r["unit"], r["value_text"]) + tables.restated_mark(r["restated"])


def controls(options: list[str], measure: str, benchmark: str, benchmarks: tuple[str, ...]) -> dbc.Row:
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
                            options=[{"label": b, "value": b} for b in benchmarks],
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
    where = places()
    council = where.home or "the council"
    against = " and ".join(where.benchmarks) or "the benchmarks printed"
    header = ui.page_header(
        "Districts: wider determinants of health",
        store.as_at(wider if not wider.empty else frame),
        f"The {len(where.districts)} districts of {council} against {against}.",
    )
    if wider.empty or not where.districts:
        return html.Div([header, ui.no_data("the wider determinants of health by district")])
    options = tables.indicators(wider)
    measure = indicator if indicator in options else options[0]
    bench = benchmark if benchmark in where.benchmarks else where.default_benchmark() or ""
    return html.Div(
        [
            dcc.Location(id="districts-url", refresh=False),
            header,
            controls(options, measure, bench, where.benchmarks),
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
        lambda: chart_section(store.dataset(DATASET), measure, benchmark, present, places()),
    )


def matrix(benchmark: str) -> html.Div:
    """matrix_section for the data loaded, built once per benchmark (an indicator change leaves it as it is)."""
    return store.memo(
        ("districts-matrix", benchmark), lambda: matrix_section(store.dataset(DATASET), benchmark, places())
    )


callback(
    Output("districts-charts", "children"),
    Output("districts-matrix", "children"),
    Output("districts-url", "search"),
    Input("districts-indicator", "value"),
    Input("districts-benchmark", "value"),
    Input("app-present", "value"),
    prevent_initial_call=True,
)(update)
