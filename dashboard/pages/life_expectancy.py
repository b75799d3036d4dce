"""Life expectancy and inequalities: by sex against England, and the gap between most and least deprived areas."""

from __future__ import annotations

import re
from collections.abc import Callable

import dash
import pandas as pd
from dash import html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads, tables
from dashboard.figures import deprivation_gap_bars, gap_labels, life_expectancy_dumbbell
from dashboard.theme import fmt_value
from dashboard.urlstate import is_on
from loaders.places import same_place

dash.register_page(
    __name__,
    path="/life-expectancy",
    name="Life expectancy",
    title=store.page_title("Life expectancy"),
    order=5,
)

DATASET = "life_expectancy"


_MALE = re.compile(r"\b(?:males?|men|boys)\b|\(m\)", re.IGNORECASE)
_FEMALE = re.compile(r"\b(?:females?|women|girls)\b|\(f\)", re.IGNORECASE)
WHO = {"male": "males", "female": "females", "persons": "everyone"}  # a breakdown as the sentence says it
_GAP = re.compile(r"\bgap\b|\binequality\b|slope index", re.IGNORECASE)


def sex_of(rows: pd.DataFrame) -> pd.Series:
    """ "males", "females" or "all" for each row: its `breakdown` where the loaders give one, else its measure."""
    told = rows["breakdown"].astype("string") if "breakdown" in rows else pd.Series(pd.NA, index=rows.index)
    text = told.fillna("") + " " + rows["measure"].fillna("")
    return pd.Series(
        ["females" if _FEMALE.search(t) else "males" if _MALE.search(t) else "all" for t in text],
        index=rows.index,
        dtype="object",
    )


def _measures(rows: pd.DataFrame, wanted: Callable[[str], bool]) -> pd.DataFrame:
    return rows[[wanted(str(m)) for m in rows["measure"]]] if not rows.empty else rows


def by_sex(rows: pd.DataFrame) -> pd.DataFrame:
    """Life expectancy at birth (not healthy life expectancy, not a gap), one row per area and sex: the latest
    period, from the latest meeting."""
    at_birth = _measures(
        rows,
        lambda m: "at birth" in m.lower() and "healthy" not in m.lower() and not _GAP.search(m) and "rank" not in m,
    )
    at_birth = at_birth.assign(sex=sex_of(at_birth))
    return tables.latest(at_birth, ["area", "sex"])


def gaps_of(rows: pd.DataFrame) -> pd.DataFrame:
    """The gap in life expectancy between the most and least deprived areas: the latest period of each."""
    gaps = _measures(rows, lambda m: bool(_GAP.search(m)) and "healthy" not in m.lower())
    return tables.latest(gaps, ["area", "measure"])


def healthy(rows: pd.DataFrame) -> pd.DataFrame:
    """Healthy life expectancy, every period printed (ranks among comparators are on the Performance page)."""
    return _measures(rows, lambda m: "healthy life expectancy" in m.lower() and "rank" not in m.lower())


def home_and_england(rows: pd.DataFrame) -> tuple[str | None, str | None]:
    """The council (the home the packs' covers name, else the area printed most that is not England) and
    England, as the rows print them."""
    printed = [str(a) for a in rows["area"].dropna()]
    england = next((a for a in printed if tables.is_country(a)), None)
    others = pd.Series([a for a in printed if a != england], dtype="string")
    council = store.home()
    home = next((a for a in others.unique() if council and same_place(a, council)), None)
    if home is None and not others.empty:
        home = str(others.value_counts().index[0])
    return home, england


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
        # a place a line, as the chart draws them (England last), each sex a column: as many places as printed
        order = [a for a in le["area"].unique() if not tables.is_country(a)] + [
            a for a in le["area"].unique() if tables.is_country(a)
        ]
        table = le.pivot_table(index="area", columns="sex", values="value_text", aggfunc="first").reindex(order)
        table = table.reset_index()
        table.columns = [str(c).capitalize() for c in table.columns]
        home, england = home_and_england(le)
        diffs = []
        for sex in le["sex"].unique():
            of = le[le["sex"] == sex].drop_duplicates("area").set_index("area")["value"]
            if home and england and {home, england} <= set(of.index):
                d = round(float(of[home] - of[england]), 1)
                said = f"{abs(d):.1f} years {'longer' if d > 0 else 'shorter'}" if d else "the same"
                diffs.append(f"{sex} {said}")
        summary = (
            f"Life expectancy at birth in {home or 'the area'} against {england or 'England'}: "
            + (", ".join(diffs) or "no figure for both")
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
        where = home_and_england(gaps)[0]
        summary = (
            f"In the most deprived areas{' of ' + where if where else ''} life expectancy is "
            + " and ".join(
                f"{fmt_value(v, u, t)} shorter for {WHO.get(who.lower(), who.lower())}"
                for v, u, t, who in zip(gaps["value"], gaps["unit"], gaps["value_text"], gap_labels(gaps), strict=True)
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
    hle = tables.latest_first(pd.concat([healthy(rows), healthy(store.dataset("performance"))]))
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
    parts.append(every_figure(rows))
    return html.Div(parts)


def every_figure(rows: pd.DataFrame) -> html.Section:
    """Every life expectancy figure the packs print, latest pack first: the charts above show the latest period
    only, and earlier periods are how a trend is read."""
    shown = tables.latest_first(rows)
    table = pd.DataFrame(
        {
            "Measure": shown["measure"],
            "Area": shown["area"].fillna(""),
            "Period": shown["period"].fillna("not stated"),
            "Years": shown["value_text"],
            "Source": ui.source_column(shown),
        }
    )
    return html.Section(
        [
            html.H2("Every life expectancy figure printed", className="h5"),
            ui.table(table, id="life-every", caption="Every life expectancy figure printed, latest pack first"),
        ]
    )
