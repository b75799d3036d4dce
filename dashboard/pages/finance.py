"""Finance: QIPP savings, primary care and PCN budgets, GP Forward View, co-commissioning and the Better Care Fund."""

from __future__ import annotations

import dash
import pandas as pd
from dash import html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads
from dashboard.figures import qipp_bars
from dashboard.series import Section
from dashboard.theme import fmt_value
from dashboard.urlstate import is_on

dash.register_page(
    __name__, path="/finance", name="Finance", title="Finance – Leicestershire health committees", order=3
)

SECTIONS = [
    Section(
        "finance-pcn",
        "PCN budgets by funding line, 2019/20 to 2023/24",
        "pcn_budgets",
        stacked=True,
        exclude_measures=("Subtotal (unlabelled row)",),
        total_measure="TOTAL PRIMARY CARE NETWORK FUNDING",
    ),
    Section(
        "finance-primary-care",
        "CCG primary care budgets 2019/20 by budget line",
        "primary_care_budgets",
        x="measure",
        colour="area",
        exclude_areas=("Leicester, Leicestershire and Rutland",),
        exclude_measures=(
            "TOTAL",
            "Total Co Commissioning",
            "Total Other Primary Care",
            "Total Out of Hours",
            "Total Prescribing",
        ),
        note="Totals rows are in the explorer; the chart shows the budget lines by CCG.",
    ),
    Section(
        "finance-gpfv",
        "GP Forward View allocations, 2019/20 and 2020/21",
        "gp_forward_view",
        x="measure",
        colour="period",
    ),
    Section("finance-cocomm", "Co-commissioning allocations by year", "co_commissioning"),
    Section(
        "finance-bcf",
        "Better Care Fund allocation by scheme",
        "bcf",
        x="measure",
        colour="period",
        exclude_measures=("Total",),
    ),
]

QIPP_PARTS = ["QIPP savings target", "QIPP savings identified so far", "QIPP savings still to be identified"]


def qipp_latest(frame: pd.DataFrame) -> pd.DataFrame:
    """The QIPP rows of the latest period printed."""
    rows = frame[(frame["dataset"] == "qipp") & frame["measure"].isin(QIPP_PARTS)]
    return rows[rows["period"] == rows["period"].max()] if not rows.empty else rows


def qipp_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The rows the QIPP chart draws: the first printing of each part in the latest period, in QIPP_PARTS order."""
    firsts = qipp_latest(frame).drop_duplicates("measure")
    order = firsts["measure"].map({m: i for i, m in enumerate(QIPP_PARTS)})
    return firsts.iloc[order.to_numpy().argsort(kind="stable")]


def qipp_card(frame: pd.DataFrame, present: bool) -> Component:
    """Target against identified savings and the gap, in £m, with the pack's typo warning shown."""
    latest = qipp_latest(frame)
    if latest.empty:
        return html.Div([html.H2("QIPP savings", className="h5"), ui.no_data("QIPP savings")], className="mb-4")
    by = {r["measure"]: r for _, r in qipp_rows(frame).iterrows()}
    fig = qipp_bars(by.get(QIPP_PARTS[1]), by.get(QIPP_PARTS[2]), by.get(QIPP_PARTS[0]), present)
    table = pd.DataFrame(
        {
            "Measure": list(by),
            "Value": [fmt_value(r["value"], r["unit"]) for r in by.values()],
            "As printed": [r["value_text"] for r in by.values()],
            "Period": [r["period"] for r in by.values()],
        }
    )
    period = latest["period"].iloc[0]
    parts = [f"{m.replace('QIPP savings ', '')} {fmt_value(r['value'], r['unit'])}" for m, r in by.items()]
    summary = f"QIPP savings for {period}: " + "; ".join(parts) + "."
    warnings = sorted(set(latest["warning"].dropna()))
    note = html.Div(
        [html.P(["⚠ Data-quality warning: ", w], className="hd-warning") for w in warnings]
        + [ui.source_link(r["source_file"], int(r["source_line"])) for r in list(by.values())[:1]]
    )
    return ui.chart_card("finance-qipp", f"QIPP savings {period}", fig, table, summary, note=note)


def qipp_download(frame: pd.DataFrame, _params: downloads.Params) -> downloads.Found:
    rows = qipp_rows(frame)
    period = str(rows["period"].iloc[0]) if len(rows) else ""
    return rows, {"Dataset": downloads.title_of("qipp"), "Period": period}


downloads.register(downloads.View("finance-qipp", "QIPP savings", qipp_download))
for _section in SECTIONS:
    downloads.register(downloads.section_view(_section))


def layout(present: str | None = None, **_q: str) -> html.Div:
    """Every card is built once per presentation mode for the data loaded, from its dataset's rows alone."""
    on = is_on(present)
    finance = store.rows_of("dataset", ["qipp", *[s.dataset for s in SECTIONS]])
    return html.Div(
        [
            ui.page_header(
                "Finance",
                store.as_at(finance if not finance.empty else None),
                "Savings plans, budgets and allocations as the packs print them.",
            ),
            store.memo(("finance-qipp", on), lambda: qipp_card(store.dataset("qipp"), on)),
            *[section_card(s, on) for s in SECTIONS],
        ]
    )


def section_card(section: Section, present: bool) -> Component:
    """A section's card for the data loaded, built once per presentation mode from its dataset's rows."""
    return store.memo((section.key, present), lambda: ui.series_card(store.dataset(section.dataset), section, present))
