"""Glossary: plain-English meanings of the jargon on these pages; other pages link to its anchors."""

from __future__ import annotations

import dash
from dash import html

from dashboard import components as ui
from dashboard import data as store

dash.register_page(
    __name__, path="/glossary", name="Glossary", title="Glossary – Leicestershire health committees", order=8
)

TERMS = {
    "QIPP": (
        "Quality, Innovation, Productivity and Prevention: the NHS programme "
        "of savings plans each CCG had to find each year."
    ),
    "PCN": (
        "Primary Care Network: a group of GP practices, usually serving 30,000 "
        "to 50,000 people, working together with shared funding."
    ),
    "ARRS": (
        "Additional Roles Reimbursement Scheme: money for PCNs to employ staff "
        "such as pharmacists and physiotherapists alongside GPs."
    ),
    "BCF": "Better Care Fund: a pooled budget of NHS and council money to join up health and social care.",
    "CCG": (
        "Clinical Commissioning Group: the local NHS body that planned and bought health services until July 2022."
    ),
    "ICB": "Integrated Care Board: the NHS body that replaced CCGs in July 2022.",
    "WTE": "Whole-time equivalent: staff counted by hours worked, so two half-time GPs make 1.0 WTE.",
    "LLR": "Leicester, Leicestershire and Rutland: the area the local NHS plans for as one system.",
    "RAG": (
        "Red, Amber, Green: a rating of how an indicator is doing against its "
        "target; here always shown with a word and symbol too."
    ),
    "Polarity": "Whether a higher or a lower value is better for an indicator, or neither (no judgement).",
}


def layout(**_q: str) -> html.Div:
    return html.Div(
        [
            ui.page_header("Glossary", store.as_at(), "What the abbreviations on these pages mean."),
            html.Dl(
                [
                    part
                    for term, text in TERMS.items()
                    for part in (html.Dt(term, id=f"glossary-{term.lower()}"), html.Dd(text))
                ],
                id="glossary-terms",
            ),
        ]
    )
