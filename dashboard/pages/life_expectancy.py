"""Life expectancy and inequalities: by sex against England, and the gap between most and least deprived areas."""

from __future__ import annotations

from collections.abc import Callable

import dash
import pandas as pd
from dash import html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads, tables
from dashboard.figures import deprivation_gap_bars, life_expectancy_dumbbell
from dashboard.theme import fmt_value
from dashboard.urlstate import is_on

dash.register_page(
    __name__,
    path="/life-expectancy",
    name="Life expectancy",
    title="Life expectancy – Leicestershire health committees",
    order=5,
)

DATASET = "life_expectancy"


def by_sex(rows: pd.DataFrame) -> pd.DataFrame:
    """Life expectancy at birth, one row per area and sex: the latest period, from the latest meeting."""
    at_birth = tables.latest(rows[rows["measure"].str.contains("at birth", case=False)], ["area", "measure"])
    return at_birth.assign(sex=at_birth["measure"].str.extract(r"\((\w+)\)", expand=False).fillna("all"))


def gaps_of(rows: pd.DataFrame) -> pd.DataFrame:
    """The gap in life expectancy between the most and least deprived areas: the latest period of each."""
    return tables.latest(rows[rows["measure"].str.contains("gap", case=False)], ["area", "measure"])


def _download(pick: Callable[[pd.DataFrame], pd.DataFrame]) -> downloads.RowsFor:
    """A chart's rows, found by `pick` among the dataset's rows, as the page draws them."""

    def rows(frame: pd.DataFrame, _params: downloads.Params) -> downloads.Found:
        filters = {"Dataset": downloads.title_of(DATASET), "Period": "the latest printed, from the latest meeting"}
        return pick(frame[frame["dataset"] == DATASET]), filters

    return rows


downloads.register(downloads.View("life-by-sex", "Life expectancy at birth by sex", _download(by_sex)))
downloads.register(downloads.View("life-gap", "The gap between most and least deprived areas", _download(gaps_of)))


def layout(present: str | None = None, **_q: str) -> html.Div:
    return store.memo(("life-expectancy", is_on(present)), lambda: content(is_on(present)))


def content(on: bool) -> html.Div:
    """The page for the data loaded, from the life expectancy and performance datasets' rows alone."""
    rows = store.dataset(DATASET)
    header = ui.page_header(
        "Life expectancy and inequalities",
        store.as_at(rows if not rows.empty else None),
        "How long people can expect to live, and how much less in the most deprived areas.",
    )
    if rows.empty:
        return html.Div([header, ui.no_data("life expectancy")])
    parts: list[Component] = [header]
    le = by_sex(rows)
    if not le.empty:
        table = le.pivot_table(index="sex", columns="area", values="value", aggfunc="first").reset_index()
        table.columns = [str(c).capitalize() for c in table.columns]
        diffs = []
        for sex in le["sex"].unique():
            of = le[le["sex"] == sex].set_index("area")["value"]
            if {"Leicestershire", "England"} <= set(of.index):
                d = of["Leicestershire"] - of["England"]
                diffs.append(f"{sex} {abs(d):.1f} years {'longer' if d > 0 else 'shorter'}")
        summary = (
            "Life expectancy at birth in Leicestershire against England: "
            + (", ".join(diffs) or "no England figure")
            + "."
        )
        parts.append(
            ui.chart_card(
                "life-by-sex",
                "Life expectancy at birth by sex",
                life_expectancy_dumbbell(le, on),
                table,
                summary,
                note=ui.source_link(le["source_file"].iloc[0], int(le["source_line"].iloc[0])),
            )
        )
    gaps = gaps_of(rows)
    if not gaps.empty:
        table = pd.DataFrame({"Measure": gaps["measure"], "Years": gaps["value_text"], "Area": gaps["area"]})
        summary = (
            "In the most deprived areas of Leicestershire life expectancy is "
            + " and ".join(
                f"{fmt_value(v, u, t)} shorter for {m.split('less for ')[-1].rstrip(')')}"
                for v, u, t, m in zip(gaps["value"], gaps["unit"], gaps["value_text"], gaps["measure"], strict=True)
            )
            + " than in the most affluent."
        )
        parts.append(
            ui.chart_card(
                "life-gap",
                "The gap between most and least deprived areas",
                deprivation_gap_bars(gaps, on),
                table,
                summary,
                note=ui.source_link(gaps["source_file"].iloc[0], int(gaps["source_line"].iloc[0])),
            )
        )
    perf = store.dataset("performance")
    hle = perf[
        perf["measure"].str.contains("Healthy life expectancy", case=False)
        & ~perf["measure"].str.contains("rank", case=False)
    ]
    if not hle.empty:
        table = pd.DataFrame(
            {"Measure": hle["measure"], "Area": hle["area"], "Years": hle["value_text"], "Period": hle["period"]}
        )
        parts.append(
            html.Section(
                [
                    html.H2("Healthy life expectancy", className="h5"),
                    ui.table(table, id="life-hle", caption="Healthy life expectancy"),
                ]
            )
        )
    return html.Div(parts)
