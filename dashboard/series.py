"""Generic builders for the part-2 pages: a dataset's rows as a pivot table, bars and a sentence.

Finance, workforce, life expectancy and performance show small tables the packs
print (budget lines by year, by CCG, by sex); one set of pure builders serves
them all, so each page is a list of declarative sections.
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass

import pandas as pd
import plotly.graph_objects as go

from dashboard.periods import sort_key
from dashboard.theme import BENCHMARK_INK, fmt_value, template


@dataclass(frozen=True)
class Section:
    """One chart card: which rows of which dataset, drawn how."""

    key: str  # id prefix, e.g. "finance-pcn"
    title: str
    dataset: str
    x: str = "period"  # column along the axis
    colour: str = "measure"  # column for the bar groups
    stacked: bool = False
    exclude_measures: Sequence[str] = ()
    exclude_areas: Sequence[str] = ()
    total_measure: str | None = None  # drawn as a line over stacked bars, not as a bar
    note: str | None = None


def rows_for(frame: pd.DataFrame, section: Section) -> pd.DataFrame:
    """The section's rows, one per area, measure and period: a figure restated at a later meeting shows
    the latest meeting's value (the tables' `latest` names the others)."""
    rows = frame[frame["dataset"] == section.dataset]
    rows = rows[~rows["measure"].isin(section.exclude_measures)]
    rows = rows[~rows["area"].fillna("").isin(section.exclude_areas)]
    by_meeting = rows.sort_values(["meeting_date", "source_file", "source_line"], na_position="first", kind="stable")
    latest = by_meeting.drop_duplicates(["area", "measure", "period"], keep="last")
    return rows.loc[rows.index.isin(latest.index)]


def _order(values: pd.Series, column: str) -> list:
    unique = list(dict.fromkeys(values.fillna("not stated").tolist()))
    return sorted(unique, key=sort_key) if column == "period" else unique


def _cells(rows: pd.DataFrame, section: Section) -> dict[object, dict[object, tuple[float, str]]]:
    """group (colour) -> x -> (value, value as shown), in one pass over the rows (a later row wins a cell)."""
    cells: dict[object, dict[object, tuple[float, str]]] = {}
    columns = [rows[section.colour].fillna("not stated"), rows[section.x].fillna("not stated")]
    for group, x, value, unit, text in zip(*columns, rows["value"], rows["unit"], rows["value_text"], strict=True):
        cells.setdefault(group, {})[x] = (value, fmt_value(value, unit, text))
    return cells


def pivot(rows: pd.DataFrame, section: Section) -> pd.DataFrame:
    """Display table: one row per group (colour), one column per x, values formatted as printed."""
    if rows.empty:
        return pd.DataFrame()
    xs = _order(rows[section.x], section.x)
    groups = _order(rows[section.colour], section.colour)
    cells = _cells(rows, section)
    table = pd.DataFrame([[cells[g][x][1] if x in cells.get(g, {}) else "–" for x in xs] for g in groups], columns=xs)
    table.insert(0, section.colour.capitalize(), groups)
    return table


def bars(rows: pd.DataFrame, section: Section, present: bool = False) -> go.Figure:
    """Grouped or stacked bars with their values as text; a total line where the pack prints one."""
    fig = go.Figure()
    if rows.empty:
        fig.add_annotation(text="No data in these packs", showarrow=False, x=0.5, y=0.5, xref="paper", yref="paper")
        fig.update_layout(template=template(present))
        return fig
    xs = _order(rows[section.x], section.x)
    parts = rows[rows["measure"] != section.total_measure] if section.total_measure else rows
    cells = _cells(parts, section)
    for group in _order(parts[section.colour], section.colour):
        by_x = cells.get(group, {})
        shown = [x for x in xs if x in by_x]
        fig.add_bar(
            name=str(group),
            x=shown,
            y=[by_x[x][0] for x in shown],
            text=[by_x[x][1] for x in shown],
            textposition="inside" if section.stacked else "outside",
            cliponaxis=False,
        )
    if section.total_measure:
        tot = rows[rows["measure"] == section.total_measure]
        tot = tot.assign(_k=tot[section.x].map(sort_key)).sort_values("_k")
        fig.add_scatter(
            name=section.total_measure,
            x=tot[section.x],
            y=tot["value"],
            mode="lines+markers+text",
            text=[fmt_value(v, u, t) for v, u, t in zip(tot["value"], tot["unit"], tot["value_text"], strict=True)],
            textposition="top center",
            line={"color": BENCHMARK_INK, "width": 3},
        )
    unit = rows["unit"].iloc[0]
    fig.update_layout(
        template=template(present),
        barmode="stack" if section.stacked else "group",
        yaxis={"title": unit},
        xaxis={"title": None, "type": "category"},
        legend={"orientation": "h", "yanchor": "top", "y": -0.15, "x": 0},
        margin={"t": 30},
    )
    return fig


def change_summary(rows: pd.DataFrame, section: Section) -> str:
    """The first and last period's total (or sum of parts) and the change between them, in words."""
    if rows.empty:
        return f"No data in these packs for {section.title.lower()}."
    keyed = rows.assign(_k=rows[section.x].map(sort_key))
    if section.total_measure and (rows["measure"] == section.total_measure).any():
        keyed = keyed[keyed["measure"] == section.total_measure]
        totals = keyed.groupby(section.x)["value"].sum()
    else:
        totals = keyed.groupby(section.x)["value"].sum()
    order = sorted(totals.index, key=sort_key)
    unit = rows["unit"].iloc[0]
    if section.x != "period" or len(order) < 2:
        top = rows.loc[rows["value"].idxmax()]
        return (
            f"The largest figure is {top['measure']}"
            + (f" for {top['area']}" if pd.notna(top["area"]) else "")
            + f" at {fmt_value(top['value'], top['unit'], top['value_text'])}."
        )
    first, last = totals[order[0]], totals[order[-1]]
    growth = (last - first) / first * 100 if first else float("nan")
    word = "rises" if last > first else "falls" if last < first else "stays"
    return f"The total {word} from {fmt_value(first, unit)} in {order[0]} to {fmt_value(last, unit)} in {order[-1]}" + (
        f", a change of {growth:+.0f}%." if first else "."
    )
