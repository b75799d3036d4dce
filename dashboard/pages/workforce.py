"""Workforce: GP WTE against the 0.58 per 1,000 target and the five-year workforce model as a waterfall."""

from __future__ import annotations

import dash
import pandas as pd
from dash import html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads
from dashboard.figures import workforce_waterfall
from dashboard.theme import fmt_value
from dashboard.urlstate import is_on

dash.register_page(
    __name__, path="/workforce", name="Workforce", title="Workforce – Leicestershire health committees", order=4
)

IMAGE_NOTE = (
    "The pack's GP workforce trajectory (Table 3) and workforce assumptions (Table 2) were images, "
    "so their numbers are not in the text and are not drawn here."
)


def model_rows(rows: pd.DataFrame) -> pd.DataFrame:
    """The tidy rows of the workforce model: starting WTE, then each 'total over 5 years' change, in the order
    the pack prints them, each named in column `step`."""
    start = rows[rows["measure"].str.contains("Number of WTE GPs", case=False) & rows["period"].isna()]
    steps = rows[rows["period"].fillna("").str.contains("total over 5 years", case=False)]
    if start.empty or steps.empty:
        return rows.iloc[:0].assign(step=pd.Series(dtype=object))
    out = pd.concat([start.iloc[:1], steps])
    return out.assign(step=["Starting WTE", *[m.split(" (")[0] for m in steps["measure"]]])


def model_steps(rows: pd.DataFrame) -> pd.DataFrame:
    """Starting WTE, then each 'total over 5 years' change, in the order the pack prints them."""
    return model_rows(rows)[["step", "value", "value_text", "source_file", "source_line"]].reset_index(drop=True)


def _model_download(frame: pd.DataFrame, _params: downloads.Params) -> downloads.Found:
    return model_rows(frame[frame["dataset"] == "gp_workforce"]), {"Dataset": downloads.title_of("gp_workforce")}


downloads.register(
    downloads.View("workforce-model", "Workforce model over five years (HEE forecasting model)", _model_download)
)


def layout(present: str | None = None, **_q: str) -> html.Div:
    return store.memo(("workforce", is_on(present)), lambda: content(is_on(present)))


def content(on: bool) -> html.Div:
    """The page for the data loaded, from the GP workforce dataset's rows alone."""
    rows = store.dataset("gp_workforce")
    header = ui.page_header(
        "GP workforce",
        store.as_at(rows if not rows.empty else None),
        "General practitioners in whole-time equivalents (WTE), and the model of how that changes.",
    )
    if rows.empty:
        return html.Div([header, ui.no_data("the GP workforce")])
    parts: list[Component] = [header]
    per_1000 = rows[rows["unit"] == "WTE per 1,000 patients"]
    if not per_1000.empty:
        table = pd.DataFrame(
            {
                "Measure": per_1000["measure"],
                "Value": [
                    fmt_value(v, u, t)
                    for v, u, t in zip(per_1000["value"], per_1000["unit"], per_1000["value_text"], strict=True)
                ],
                "Period": per_1000["period"].fillna("not stated"),
            }
        )
        parts.append(
            html.Section(
                [
                    html.H2("WTE GPs per 1,000 patients", className="h5"),
                    ui.table(table, id="workforce-per-1000", caption="WTE GPs per 1,000 patients"),
                ],
                className="mb-4",
            )
        )
    steps = model_steps(rows)
    if not steps.empty:
        end = steps["value"].sum()
        summary = (
            f"The model starts from {steps['value'].iloc[0]:,.0f} WTE GPs and, after leavers, reduced sessions, "
            f"new GPs, international recruits and role substitution over five years, ends at {end:,.0f} WTE."
        )
        table = pd.DataFrame(
            {"Step": [*steps["step"], "Resulting WTE"], "WTE": [*steps["value_text"], f"{end:,.0f} (sum)"]}
        )
        parts.append(
            ui.chart_card(
                "workforce-model",
                "Workforce model over five years (HEE forecasting model)",
                workforce_waterfall(steps, on),
                table,
                summary,
                note=ui.source_link(steps["source_file"].iloc[0], int(steps["source_line"].iloc[0])),
            )
        )
    parts.append(html.P(IMAGE_NOTE, id="workforce-image-note", className="hd-summary"))
    return html.Div(parts)
