"""Glossary: plain-English meanings of the jargon on these pages (data/glossary.csv, and this council's short
names from data/areas.csv: dashboard/terms.py); every "Abbreviations used here" disclosure links to its anchors."""

from __future__ import annotations

import re

import dash
from dash import html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import terms

dash.register_page(__name__, path="/glossary", name="Glossary", title=store.page_title("Glossary"), order=8)


def local_in_use() -> frozenset[str]:
    """The local short names the loaded packs print (as an area or in their text), kept for the frame: a store of
    another council's packs lists none of Leicestershire's."""

    def find() -> frozenset[str]:
        local = [t for t in terms.glossary() if t.local]
        areas = {str(a) for a in store.positions("area")}
        text = "\n".join(line for lines in store.get_sources().values() for line in lines)
        return frozenset(
            t.term
            for t in local
            if t.meaning in areas
            or any(s in areas or re.search(rf"\b{re.escape(s)}\b", text) for s in (t.term, *t.aliases))
        )

    return store.memo(("glossary-local",), find)


def entries(local: bool) -> list[Component]:
    """The terms (of any council, or this council's own names that its packs use) as a description list's items,
    A to Z."""
    used = local_in_use() if local else frozenset()
    chosen = sorted(
        (t for t in terms.glossary() if t.local == local and (not local or t.term in used)),
        key=lambda t: t.term.casefold(),
    )
    return [
        part
        for t in chosen
        for part in (
            html.Dt(
                [t.term, html.Span(f" (also {', '.join(t.aliases)})", className="hd-muted") if t.aliases else None],
                id=t.anchor,
            ),
            html.Dd(t.meaning),
        )
    ]


def layout(**_q: str) -> html.Div:
    local = entries(local=True)
    return html.Div(
        [
            ui.page_header("Glossary", store.as_at(), "What the abbreviations on these pages mean."),
            html.Dl(entries(local=False), id="glossary-terms"),
            html.H2("Names of local places and bodies", className="h4") if local else None,
            html.P(
                "Short names the packs use for this area's places and NHS bodies, from the list of areas.",
                className="hd-muted",
            )
            if local
            else None,
            html.Dl(local, id="glossary-local") if local else None,
        ]
    )
