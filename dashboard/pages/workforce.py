"""Workforce: GPs in whole-time equivalents by area and year, per 1,000 patients, and a workforce model where a pack
prints one (a starting number and its changes over some years, drawn as a waterfall).

Everything shown comes from the rows loaded: the periods, the areas, the steps of a model and their names, so the
page shows any council's packs.
"""

from __future__ import annotations

import re

import dash
import pandas as pd
from dash import html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads
from dashboard.figures import workforce_waterfall
from dashboard.section_cards import card
from dashboard.series import AUTO, Section
from dashboard.urlstate import is_on

dash.register_page(__name__, path="/workforce", name="Workforce", title=store.page_title("Workforce"), order=4)

DATASET = "gp_workforce"
SECTION = Section("workforce-gp", downloads.title_of(DATASET), DATASET, x=AUTO, colour=AUTO)
# A model's change columns: "Total over 5 years", "over the next 3 years" (a period over some years, not a date).
OVER_YEARS = re.compile(r"\bover\s+(?:the\s+next\s+)?\d+\s+years\b", re.IGNORECASE)


def model_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The tidy rows of a workforce model: the number it starts from (the table's first row in its unit with no
    period), then each change over some years, in the order the pack prints them, each named in column `step`."""
    steps = rows[rows["period"].fillna("").str.contains(OVER_YEARS)]
    if steps.empty:
        return rows.iloc[:0].assign(step=pd.Series(dtype=object))
    same_table = rows["table"].fillna("") == ("" if pd.isna(steps["table"].iloc[0]) else steps["table"].iloc[0])
    table = rows[same_table & (rows["source_file"] == steps["source_file"].iloc[0])]
    before = table[
        table["period"].isna()
        & (table["unit"] == steps["unit"].iloc[0])
        & (table["source_line"] <= steps["source_line"].min())
    ]
    if before.empty:
        return rows.iloc[:0].assign(step=pd.Series(dtype=object))
    start = before.sort_values("source_line").iloc[:1]
    out = pd.concat([start, steps.sort_values("source_line", kind="stable")])
    names = [_name(m) for m in out["measure"]]
    return out.assign(step=names)


def _name(measure: str) -> str:
    """A step's name without the column the pack printed it under ("Leavers (Total over 5 years)" -> "Leavers")."""
    return re.sub(r"\s*\([^()]*\)\s*$", "", measure).strip() or measure


def model_steps(rows: pd.DataFrame) -> pd.DataFrame:
    """The model's start and changes, in the order the pack prints them."""
    return model_rows(rows)[["step", "value", "value_text", "unit", "source_file", "source_line"]].reset_index(
        drop=True
    )


def _model_download(frame: pd.DataFrame, _params: downloads.Params) -> downloads.Found:
    return model_rows(frame[frame["dataset"] == DATASET]), {"Dataset": downloads.title_of(DATASET)}


downloads.register(downloads.View("workforce-model", "Workforce model", _model_download))
downloads.register(downloads.section_view(SECTION))


def layout(present: str | None = None, **_q: str) -> html.Div:
    return store.memo(("workforce", is_on(present)), lambda: content(is_on(present)))


def content(on: bool) -> html.Div:
    """The page for the data loaded, from the GP workforce dataset's rows alone."""
    rows = store.dataset(DATASET)
    header = ui.page_header(
        "GP workforce",
        store.as_at(rows if not rows.empty else None),
        "General practitioners in whole-time equivalents (WTE) as the packs print them.",
    )
    if rows.empty:
        return html.Div([header, ui.no_data("the GP workforce")])
    parts: list[Component] = [header]
    model = model_rows(rows)
    shown = rows[~rows.index.isin(model.index)]
    if not shown.empty:
        parts.append(card(shown, SECTION, on))
    steps = model_steps(rows)
    if not steps.empty:
        parts.append(model_card(steps, on))
    return html.Div(parts)


def model_card(steps: pd.DataFrame, on: bool) -> Component:
    """The model as a waterfall, its steps named as the pack names them."""
    end = steps["value"].sum()
    unit = steps["unit"].iloc[0]
    changes = "; ".join(f"{s} {v:+,.0f}" for s, v in zip(steps["step"].iloc[1:], steps["value"].iloc[1:], strict=True))
    summary = (
        f"The model starts from {steps['value'].iloc[0]:,.0f} {unit} ({steps['step'].iloc[0]}) and, after "
        f"{changes}, ends at {end:,.0f} {unit}."
    )
    table = pd.DataFrame({"Step": [*steps["step"], "Result"], unit: [*steps["value_text"], f"{end:,.0f} (sum)"]})
    return ui.chart_card(
        "workforce-model",
        "Workforce model",
        workforce_waterfall(steps, on),
        table,
        summary,
        note=ui.source_link(steps["source_file"].iloc[0], int(steps["source_line"].iloc[0])),
    )
