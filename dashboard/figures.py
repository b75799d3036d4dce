"""Pure plotly figure builders: display frames in, figures out, no Dash and no I/O.

Every bar carries its value as text (nothing is only on hover) and every RAG
colour comes from the palette enum with its word beside it.
"""

from __future__ import annotations

import pandas as pd
import plotly.graph_objects as go

from dashboard.tables import benchmark_value, is_country, rated_districts, tile_positions
from dashboard.theme import (
    BAR,
    BENCHMARK_INK,
    CONNECTOR,
    FEMALES,
    GAP,
    HOME_AREA,
    MALES,
    MUTED,
    OUTLINE,
    Rag,
    fmt_date,
    fmt_value,
    template,
    unit_title,
    wrap,
)


def _unit_of(rows: pd.DataFrame) -> str:
    """The unit a trace's rows share, for the trace's `meta` (tests check one unit per axis from it)."""
    units = {unit_title(u) for u in rows["unit"].dropna()} if "unit" in rows else set()
    return units.pop() if len(units) == 1 else " / ".join(sorted(units)) or "number"


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
            meta={"unit": _unit_of(rated), "role": "value"},
        )
    )
    benches = []
    benchmarks = values.loc[values["place"] == "benchmark", "area"].tolist() if "place" in values else []
    for area in benchmarks:
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
    """The districts as equal squares placed roughly as on a map (data/tile_positions.csv), coloured and
    labelled by comparison; where the positions of the districts are not all known, the districts ranked."""
    rated = rated_districts(values, benchmark)
    if rated.empty:
        return empty_figure("No district figures in these packs", present)
    positions = tile_positions(rated["area"].tolist())
    if positions is None:
        return ranked_districts(rated, benchmark, present)
    fig = go.Figure()
    for row in rated.itertuples():
        col, rownum = positions[row.area]
        x0, y0 = col, -rownum
        rag = row.comparison.rag
        fig.add_shape(
            type="rect", x0=x0, x1=x0 + 0.94, y0=y0, y1=y0 + 0.94, fillcolor=rag.fill, line={"color": OUTLINE}
        )
        fig.add_annotation(
            x=x0 + 0.47,
            y=y0 + 0.47,
            text=f"<b>{wrap(row.area, 12)}</b><br>"
            f"{fmt_value(row.value, row.unit, row.value_text)}<br>{rag.icon} {row.comparison.verdict}",
            showarrow=False,
            # Presentation type is too big for a tile; this size keeps the longest name inside it.
            font={"color": rag.text, **({"size": round(template(True).layout.font.size * 0.7)} if present else {})},
        )
    columns = max(c for c, _r in positions.values()) + 1
    rows = max(r for _c, r in positions.values()) + 1
    fig.add_trace(
        go.Scatter(
            x=[0, columns],
            y=[-(rows - 1), 1],
            mode="markers",
            marker={"opacity": 0},
            hoverinfo="skip",
            showlegend=False,
            meta={"unit": _unit_of(rated), "role": "value"},
        )
    )
    fig.update_xaxes(visible=False, range=[-0.05, columns])
    fig.update_yaxes(visible=False, range=[-(rows - 1) - 0.05, 1], scaleanchor="x")
    fig.update_layout(
        template=template(present),
        title=f"Compared with {benchmark}",
        margin={"l": 0, "r": 0, "t": 64 if present else 40, "b": 0},
    )
    return fig


def ranked_districts(rated: pd.DataFrame, benchmark: str, present: bool = False) -> go.Figure:
    """The districts ranked by value, highest first, each bar coloured and labelled by its comparison: what the
    tile map shows when the districts' places on a map are not known."""
    ranked = rated.sort_values("value", ascending=False, kind="stable")
    fig = go.Figure(
        go.Bar(
            y=[f"{i}. {a}" for i, a in enumerate(ranked["area"], start=1)],
            x=ranked["value"],
            orientation="h",
            marker={"color": [c.rag.fill for c in ranked["comparison"]], "line": {"color": OUTLINE, "width": 1}},
            text=[
                f"{fmt_value(v, u, t)}  {c.rag.icon} {c.verdict}"
                for v, u, t, c in zip(
                    ranked["value"], ranked["unit"], ranked["value_text"], ranked["comparison"], strict=True
                )
            ],
            textposition="outside",
            cliponaxis=False,
            name="District",
            hovertemplate="%{y}: %{x}<extra></extra>",
            meta={"unit": _unit_of(ranked), "role": "value"},
        )
    )
    top, low = float(ranked["value"].max()), min(0.0, float(ranked["value"].min()))
    fig.update_layout(
        template=template(present),
        title=f"Ranked, highest first; compared with {benchmark}",
        showlegend=False,
        xaxis={"title": unit_title(ranked["unit"].iloc[0]), "range": [low * 1.2, top * 1.6 if top > 0 else 1]},
        yaxis={"title": None, "autorange": "reversed"},
        bargap=0.25,
        margin={"t": 64 if present else 40, "b": 40},
    )
    return fig


def rag_counts(rows: pd.DataFrame, present: bool) -> tuple[go.Figure, pd.DataFrame]:
    """Ratings per meeting, oldest first; ratings of a pack whose meeting date was not read are counted last,
    under "date not stated", never left out."""
    dated = pd.to_datetime(rows["meeting_date"], errors="coerce")
    undated = pd.Timestamp.max.normalize()  # sorts after every meeting, shown as "date not stated"
    counts = pd.crosstab(dated.fillna(undated), rows["rag"]).sort_index()
    counts.index = [fmt_date(None if d == undated else d) for d in counts.index]
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
            meta={"unit": "indicators", "role": "part"},
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


def _rank_axis_end(out: pd.DataFrame) -> float:
    """Room past the largest rank or comparator count printed, for the labels beside the dots."""
    counts = [o for o in out["Of"] if isinstance(o, int)] + [int(r) for r in out["Rank"]]
    return max(counts, default=1) * 1.5


def rank_strip(out: pd.DataFrame, present: bool) -> go.Figure:
    fig = go.Figure()
    fig.add_scatter(
        x=out["Rank"],
        y=out["Indicator"],
        mode="markers+text",
        # The rating in words and symbol beside each dot, so colour is never the only cue.
        text=[
            f"{r} of {o}  {c.rag.icon} {c.verdict}" if isinstance(o, int) else f"rank {r}  {c.rag.icon} {c.verdict}"
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
        meta={"unit": "rank", "role": "value"},
    )
    fig.update_layout(
        template=template(present),
        xaxis={"title": "rank among comparator areas (1 = first)", "range": [0, _rank_axis_end(out)], "dtick": 1},
        yaxis={"autorange": "reversed", "title": None},
        # Rows evenly spaced and as tall as the longest label once wrapped (chart_card wraps labels to fit).
        height=max(360, 100 + len(out) * (18 * max(wrap(str(i)).count("<br>") + 1 for i in out["Indicator"]) + 8)),
        margin={"t": 30},
    )
    return fig


def workforce_waterfall(steps: pd.DataFrame, present: bool) -> go.Figure:
    """A starting number, its changes and the result, each bar labelled; the unit comes from the rows."""
    end = steps["value"].sum()
    unit = _unit_of(steps)
    fig = go.Figure(
        go.Waterfall(
            x=[wrap(s) for s in [*steps["step"], "Result"]],
            y=[*steps["value"], end],
            measure=["absolute", *["relative"] * (len(steps) - 1), "total"],
            text=[*[f"{v:+,.0f}" if i else f"{v:,.0f}" for i, v in enumerate(steps["value"])], f"{end:,.0f}"],
            textposition="outside",
            increasing={"marker": {"color": Rag.BLUE.fill}},
            decreasing={"marker": {"color": Rag.RED.fill}},
            totals={"marker": {"color": BAR}},
            connector={"line": {"color": OUTLINE}},
            cliponaxis=False,
            meta={"unit": unit, "role": "value"},
        )
    )
    top = max(float(pd.Series([*steps["value"].cumsum(), end]).max()), 1.0)
    fig.update_layout(
        template=template(present),
        yaxis={"title": unit, "range": [0, top * 1.2]},
        showlegend=False,
        margin={"t": 40},
    )
    return fig


SEX_MARKS = {"Females": (FEMALES, "circle"), "Males": (MALES, "square")}  # colour and shape both tell


def life_expectancy_dumbbell(le: pd.DataFrame, present: bool) -> go.Figure:
    """The home council and England as two dots per sex joined by a line, so the difference is seen.

    England (the country in the gazetteer) is the diamond; the other area printed (the council) the circle.
    Where the pack prints more places (its districts), each place gets a line of its own instead
    (`life_expectancy_by_area`): eight labelled dots on one line would print over each other.
    """
    if le["area"].nunique() > 2:
        return life_expectancy_by_area(le, present)
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
            meta={"unit": _unit_of(of), "role": "value"},
        )
    printed = [str(a) for a in le["area"].dropna().unique()]
    england = [a for a in printed if is_country(a)]
    for area in [*(a for a in printed if a not in england), *england]:
        benchmark = area in england
        colour = BENCHMARK_INK if benchmark else HOME_AREA
        of = le[le["area"] == area]
        fig.add_scatter(
            x=of["value"],
            y=of["sex"].str.capitalize(),
            mode="markers+text",
            name=area,
            marker={"size": 16, "color": colour, "symbol": "diamond" if benchmark else "circle"},
            text=[
                f"{area} {fmt_value(v, u, t)}"
                for v, u, t in zip(of["value"], of["unit"], of["value_text"], strict=True)
            ],
            textposition="bottom center" if benchmark else "top center",
            meta={"unit": _unit_of(of), "role": "value"},
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


def life_expectancy_by_area(le: pd.DataFrame, present: bool) -> go.Figure:
    """One line per place (its districts as printed, then the council, England last), a dot per sex joined by a
    line, each dot's value beside it on the outer side, so no label prints over another."""
    printed = [str(a) for a in le["area"].dropna().unique()]
    places = [a for a in printed if not is_country(a)] + [a for a in printed if is_country(a)]
    fig = go.Figure()
    for area in places:
        of = le[le["area"] == area]
        fig.add_scatter(
            x=of["value"],
            y=[area] * len(of),
            mode="lines",
            line={"color": CONNECTOR, "width": 3},
            showlegend=False,
            hoverinfo="skip",
            meta={"unit": _unit_of(of), "role": "value"},
        )
    widest = le.groupby("area")["value"].transform("max")
    for sex in sorted(le["sex"].unique(), key=lambda s: str(s) != "females"):
        of = le[le["sex"] == sex]
        colour, symbol = SEX_MARKS.get(str(sex).capitalize(), (HOME_AREA, "circle"))
        fig.add_scatter(
            x=of["value"],
            y=of["area"],
            mode="markers+text",
            name=str(sex).capitalize(),
            marker={"size": 13, "color": colour, "symbol": symbol, "line": {"color": OUTLINE, "width": 1}},
            text=[fmt_value(v, u, t) for v, u, t in zip(of["value"], of["unit"], of["value_text"], strict=True)],
            textposition=[
                "middle right" if v >= w else "middle left" for v, w in zip(of["value"], widest[of.index], strict=True)
            ],
            meta={"unit": _unit_of(of), "role": "value"},
        )
    low, high = float(le["value"].min()), float(le["value"].max())
    pad = label_room(high - low, max(len(t) for d in fig.data if d.text is not None for t in d.text))
    line = 34 if present else 26
    fig.update_layout(
        template=template(present),
        xaxis={"title": "years", "range": [low - pad, high + pad]},
        yaxis={"title": None, "categoryorder": "array", "categoryarray": places, "autorange": "reversed"},
        legend={"orientation": "h", "y": -0.15},
        height=max(300, line * len(places) + 150),
        margin={"t": 30},
    )
    return fig


NARROWEST_PLOT_PX = 360  # the plotting area of a chart beside its table on a small laptop's screen
LABEL_CHARACTER_PX = 7.5  # a value label's characters at the charts' font size


def label_room(span: float, characters: int, least: float = 2.5) -> float:
    """How far to widen an axis on each side beyond its data (in the data's units) so that a label of
    `characters` beside the outermost marks stays inside the plot: it takes the same share of the widened axis as
    of the plot's width.  Data spread wide needs more room than data bunched close."""
    share = min(characters * LABEL_CHARACTER_PX / NARROWEST_PLOT_PX, 0.45)
    return max(least, share * span / (1 - 2 * share))


def gap_labels(gaps: pd.DataFrame) -> pd.Series:
    """Who each gap is for: the pack's own words after "less for" ("men"), else the loaders' breakdown ("Male",
    "Female; Aged 65+"), else the measure."""
    told = gaps["breakdown"].astype("object") if "breakdown" in gaps else pd.Series(None, index=gaps.index)
    said = gaps["measure"].str.extract(r"less for (\w+)", expand=False)
    return said.fillna(told).fillna(gaps["measure"]).astype(str).str.capitalize()


def deprivation_gap_bars(gaps: pd.DataFrame, present: bool) -> go.Figure:
    labels = gap_labels(gaps)
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
            meta={"unit": _unit_of(gaps), "role": "value"},
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
