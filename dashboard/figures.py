"""Pure plotly figure builders: display frames in, figures out, no Dash and no I/O.

Every bar carries its value as text (nothing is only on hover) and every RAG
colour comes from the palette enum with its word beside it.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.tables import BENCHMARKS, benchmark_value, rated_districts
from dashboard.theme import (
    BAR,
    BENCHMARK_INK,
    CONNECTOR,
    GAP,
    HOME_AREA,
    MUTED,
    OUTLINE,
    Rag,
    fmt_date,
    fmt_value,
    template,
    wrap,
)

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
            marker={"color": [c.rag.fill for c in rated["comparison"]], "line": {"color": OUTLINE, "width": 1}},
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
            type="rect", x0=x0, x1=x0 + 0.94, y0=y0, y1=y0 + 0.94, fillcolor=rag.fill, line={"color": OUTLINE}
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


def rag_counts(rows: pd.DataFrame, present: bool) -> tuple[go.Figure, pd.DataFrame]:
    counts = pd.crosstab(rows["meeting_date"], rows["rag"]).sort_index()
    counts.index = [fmt_date(d) for d in counts.index]
    counts.index.name = "meeting_date"
    fig = go.Figure()
    for rag in counts.columns:
        colour = Rag.of(rag)
        fig.add_bar(
            x=counts.index,
            y=counts[rag],
            name=colour.label,
            marker_color=colour.fill,
            text=[f"{n} {colour.word}" for n in counts[rag]],
            textposition="inside",
            insidetextfont={"color": colour.text},
        )
    fig.update_layout(
        template=template(present),
        barmode="stack",
        yaxis={"title": "indicators"},
        xaxis={"type": "category", "title": None},
        legend={"orientation": "h", "y": -0.2},
        margin={"t": 30},
    )
    return fig, counts.reset_index().rename(columns={"meeting_date": "Meeting"})


def rank_strip(out: pd.DataFrame, present: bool) -> go.Figure:
    fig = go.Figure()
    fig.add_scatter(
        x=out["Rank"],
        y=out["Indicator"],
        mode="markers+text",
        # The rating in words and symbol beside each dot, so colour is never the only cue.
        text=[
            f"{r} of {o}  {c.rag.icon} {c.verdict}"
            for r, o, c in zip(out["Rank"], out["Of"], out["comparison"], strict=True)
        ],
        textposition="middle right",
        cliponaxis=False,
        marker={
            "size": 14,
            "color": [c.rag.fill for c in out["comparison"]],
            "line": {"color": BENCHMARK_INK, "width": 1},
        },
        showlegend=False,
    )
    fig.update_layout(
        template=template(present),
        xaxis={"title": "rank among comparator areas (1 = first)", "range": [0, 24], "dtick": 1},
        yaxis={"autorange": "reversed", "title": None},
        # Rows evenly spaced and as tall as the longest label once wrapped (chart_card wraps labels to fit).
        height=max(360, 100 + len(out) * (18 * max(wrap(str(i)).count("<br>") + 1 for i in out["Indicator"]) + 8)),
        margin={"t": 30},
    )
    return fig


def workforce_waterfall(steps: pd.DataFrame, present: bool) -> go.Figure:
    end = steps["value"].sum()
    fig = go.Figure(
        go.Waterfall(
            x=[*steps["step"], "Resulting WTE"],
            y=[*steps["value"], end],
            measure=["absolute", *["relative"] * (len(steps) - 1), "total"],
            text=[*[f"{v:+,.0f}" if i else f"{v:,.0f}" for i, v in enumerate(steps["value"])], f"{end:,.0f}"],
            textposition="outside",
            increasing={"marker": {"color": Rag.BLUE.fill}},
            decreasing={"marker": {"color": Rag.RED.fill}},
            totals={"marker": {"color": BAR}},
            connector={"line": {"color": OUTLINE}},
            cliponaxis=False,
        )
    )
    fig.update_layout(template=template(present), yaxis={"title": "WTE GPs"}, showlegend=False, margin={"t": 40})
    return fig


def life_expectancy_dumbbell(le: pd.DataFrame, present: bool) -> go.Figure:
    """Leicestershire and England as two dots per sex joined by a line, so the difference is seen."""
    fig = go.Figure()
    for sex in le["sex"].unique():
        of = le[le["sex"] == sex]
        fig.add_scatter(
            x=of["value"],
            y=[sex.capitalize()] * len(of),
            mode="lines",
            line={"color": CONNECTOR, "width": 4},
            showlegend=False,
            hoverinfo="skip",
        )
    for area, colour in (("Leicestershire", HOME_AREA), ("England", BENCHMARK_INK)):
        of = le[le["area"] == area]
        fig.add_scatter(
            x=of["value"],
            y=of["sex"].str.capitalize(),
            mode="markers+text",
            name=area,
            marker={"size": 16, "color": colour, "symbol": "circle" if area != "England" else "diamond"},
            text=[
                f"{area} {fmt_value(v, u, t)}"
                for v, u, t in zip(of["value"], of["unit"], of["value_text"], strict=True)
            ],
            textposition="top center" if area == "Leicestershire" else "bottom center",
        )
    low, high = float(le["value"].min()), float(le["value"].max())
    fig.update_layout(
        template=template(present),
        # Room either side for the labels centred on the outermost dots.
        xaxis={"title": "years", "range": [low - 2.5, high + 2.5]},
        yaxis={"title": None},
        legend={"orientation": "h", "y": -0.25},
        margin={"t": 30},
    )
    return fig


def deprivation_gap_bars(gaps: pd.DataFrame, present: bool) -> go.Figure:
    labels = gaps["measure"].str.extract(r"less for (\w+)", expand=False).fillna(gaps["measure"]).str.capitalize()
    fig = go.Figure(
        go.Bar(
            x=gaps["value"],
            y=labels,
            orientation="h",
            marker_color=GAP,
            text=[
                f"{fmt_value(v, u, t)} shorter"
                for v, u, t in zip(gaps["value"], gaps["unit"], gaps["value_text"], strict=True)
            ],
            textposition="outside",
            cliponaxis=False,
        )
    )
    fig.update_layout(
        template=template(present),
        # Room to the right of the longest bar for its "... years shorter" label.
        xaxis={
            "title": "years of life expectancy lost in the most deprived areas",
            "range": [0, gaps["value"].max() * 1.5],
        },
        margin={"t": 30},
    )
    return fig


def qipp_bars(
    identified: pd.Series | None, still_to_find: pd.Series | None, target: pd.Series | None, present: bool = False
) -> go.Figure:
    """Savings identified and still to find as one stacked bar against the target line, in £m.

    Values keep the decimals printed; a misprinted "£37,782m" is shown with a point, as the pack's sums read it.
    """
    fig = go.Figure()
    for row, name, rag in ((identified, "Identified", Rag.GREEN), (still_to_find, "Still to find", Rag.AMBER)):
        if row is not None:
            fig.add_bar(
                y=["Savings"],
                x=[row["value"]],
                orientation="h",
                name=name,
                marker_color=rag.fill,
                insidetextfont={"color": rag.text},
                text=[f"{name} {fmt_value(row['value'], row['unit'], row['value_text'].replace(',', '.'))}"],
            )
    if target is not None:
        fig.add_vline(
            x=target["value"],
            line={"color": BENCHMARK_INK, "width": 3},
            annotation_text=f"Target {fmt_value(target['value'], target['unit'], target['value_text'])}",
            annotation_position="top",
        )
    fig.update_layout(
        template=template(present),
        barmode="stack",
        xaxis={"title": "£ millions"},
        yaxis={"visible": False},
        legend={"orientation": "h", "y": -0.3},
        margin={"t": 40},
    )
    return fig
