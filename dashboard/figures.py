"""Pure plotly figure builders: display frames in, figures out, no Dash and no I/O.

Every bar carries its value as text (nothing is only on hover) and every RAG
colour comes from the palette enum with its word beside it.
"""

from __future__ import annotations

import plotly.graph_objects as go

from dashboard.tables import BENCHMARKS, benchmark_value, rated_districts
from dashboard.theme import BENCHMARK_INK, MUTED, fmt_value, template

# Tile map: (column, row) of each district, roughly as they lie on the map.
TILE_POSITIONS = {
    "North West Leicestershire": (0, 0),
    "Charnwood": (1, 0),
    "Melton": (2, 0),
    "Hinckley and Bosworth": (0, 1),
    "Blaby": (1, 1),
    "Oadby and Wigston": (2, 1),
    "Harborough": (2, 2),
}


def empty_figure(message: str, present: bool = False) -> go.Figure:
    """A blank figure that says why it is blank."""
    fig = go.Figure(layout={"template": template(present)})
    fig.add_annotation(text=message, showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
    fig.update_xaxes(visible=False)
    fig.update_yaxes(visible=False)
    return fig


def district_bars(values, measure: str, benchmark: str, present: bool = False) -> go.Figure:
    """Districts as horizontal bars coloured by comparison, benchmarks as labelled vertical lines."""
    rated = rated_districts(values, benchmark)
    if rated.empty:
        return empty_figure("No district figures in these packs", present)
    unit = rated["unit"].iloc[0]
    labels = [
        f"{fmt_value(v, u, t)}  {c.rag.icon} {c.verdict}"
        for v, u, t, c in zip(rated["value"], rated["unit"], rated["value_text"], rated["comparison"], strict=True)
    ]
    fig = go.Figure(
        go.Bar(
            y=rated["area"],
            x=rated["value"],
            orientation="h",
            marker={"color": [c.rag.fill for c in rated["comparison"]], "line": {"color": "#333333", "width": 1}},
            text=labels,
            textposition="outside",
            cliponaxis=False,
            name="District",
            hovertemplate="%{y}: %{x}<extra></extra>",
        )
    )
    benches = []
    for area in BENCHMARKS:
        bench = benchmark_value(values, area)
        if bench is None:
            continue
        benches.append(bench)
        chosen = area == benchmark
        text = values.loc[values["area"] == area, "value_text"].iloc[0]
        fig.add_vline(
            x=bench,
            line={
                "color": BENCHMARK_INK if chosen else MUTED,
                "width": 3 if chosen else 2,
                "dash": "solid" if chosen else "dot",
            },
            annotation_text=f"{area} {fmt_value(bench, unit, text)}",
            annotation_position="top" if chosen else "bottom",
            annotation_font={"color": BENCHMARK_INK if chosen else MUTED},
        )
    top = max([*rated["value"].tolist(), *benches])
    low = min([0, *rated["value"].tolist()])
    fig.update_layout(
        template=template(present),
        showlegend=False,
        xaxis={"title": unit, "range": [low * 1.2, top * 1.45 if top > 0 else 1]},
        yaxis={"title": None, "autorange": "reversed"},
        bargap=0.25,
        margin={"t": 40, "b": 40},
    )
    return fig


def tile_map(values, measure: str, benchmark: str, present: bool = False) -> go.Figure:
    """The seven districts as equal squares placed roughly as on a map, coloured and labelled by comparison."""
    rated = rated_districts(values, benchmark)
    if rated.empty:
        return empty_figure("No district figures in these packs", present)
    fig = go.Figure()
    for row in rated.itertuples():
        if row.area not in TILE_POSITIONS:
            continue
        col, rownum = TILE_POSITIONS[row.area]
        x0, y0 = col, -rownum
        rag = row.comparison.rag
        fig.add_shape(
            type="rect", x0=x0, x1=x0 + 0.94, y0=y0, y1=y0 + 0.94, fillcolor=rag.fill, line={"color": "#333333"}
        )
        fig.add_annotation(
            x=x0 + 0.47,
            y=y0 + 0.47,
            text=f"<b>{row.area.replace(' and ', ' and<br>').replace('North West ', 'North West<br>')}</b><br>"
            f"{fmt_value(row.value, row.unit, row.value_text)}<br>{rag.icon} {row.comparison.verdict}",
            showarrow=False,
            # Presentation type is too big for a tile; this size keeps the longest name inside it.
            font={"color": rag.text, **({"size": round(template(True).layout.font.size * 0.7)} if present else {})},
        )
    fig.add_trace(
        go.Scatter(x=[0, 3], y=[-2, 1], mode="markers", marker={"opacity": 0}, hoverinfo="skip", showlegend=False)
    )
    fig.update_xaxes(visible=False, range=[-0.05, 3])
    fig.update_yaxes(visible=False, range=[-2.05, 1], scaleanchor="x")
    fig.update_layout(
        template=template(present),
        title=f"Compared with {benchmark}",
        margin={"l": 0, "r": 0, "t": 64 if present else 40, "b": 0},
    )
    return fig
