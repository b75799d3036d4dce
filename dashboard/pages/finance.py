"""Finance: savings plans, primary care and PCN budgets, GP Forward View, co-commissioning and the Better Care Fund.

Every heading, note and panel comes from the rows loaded (their periods, their roles, their units), so the page
shows any council's packs: nothing here names a line, a year or a place that one pack prints.
"""

from __future__ import annotations

import dash
from dash import html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads, section_cards
from dashboard.series import AUTO, Section
from dashboard.urlstate import is_on

dash.register_page(__name__, path="/finance", name="Finance", title=store.page_title("Finance"), order=3)


def _section(key: str, dataset: str, stacked: bool = False) -> Section:
    return Section(key, downloads.title_of(dataset), dataset, x=AUTO, colour=AUTO, stacked=stacked)


# Datasets in the order the page shows them; titles come from the one registry of datasets (dashboard/catalogue.py).
SECTIONS = [
    _section("finance-qipp", "qipp"),
    _section("finance-pcn", "pcn_budgets", stacked=True),
    _section("finance-primary-care", "primary_care_budgets"),
    _section("finance-gpfv", "gp_forward_view"),
    _section("finance-cocomm", "co_commissioning"),
    _section("finance-bcf", "bcf"),
]

for _section_view in SECTIONS:
    downloads.register(downloads.section_view(_section_view))


def layout(present: str | None = None, **_q: str) -> html.Div:
    """Every card is built once per presentation mode for the data loaded, from its dataset's rows alone."""
    on = is_on(present)
    finance = store.rows_of("dataset", [s.dataset for s in SECTIONS])
    return html.Div(
        [
            ui.page_header(
                "Finance",
                store.as_at(finance if not finance.empty else None),
                "Savings plans, budgets and allocations as the packs print them.",
            ),
            *[section_card(s, on) for s in SECTIONS],
        ]
    )


def section_card(section: Section, present: bool) -> Component:
    """A section's card for the data loaded, built once per presentation mode from its dataset's rows."""
    return store.memo(
        (section.key, present), lambda: section_cards.card(store.dataset(section.dataset), section, present)
    )
