"""Accessibility statement, in the shape of the GOV.UK model statement the 2018 regulations expect.

Public sector websites must publish one (Public Sector Bodies (Websites and Mobile Applications)
(No. 2) Accessibility Regulations 2018).  The known gaps listed here are the real ones, found by the
checks in tests/dashboard/test_accessibility.py and by reading the pages; keep them current.
"""

from __future__ import annotations

import os

import dash
from dash import dcc, html

from dashboard import data as store

dash.register_page(
    __name__,
    path="/accessibility",
    name="Accessibility",
    title=store.page_title("Accessibility statement"),
    order=99,
    nav=False,
)


def service() -> str:
    """ "the <home> health committees dashboard", named after the council of the packs loaded."""
    return f"the {store.site_name()} dashboard"


PREPARED = "5 December 2026"
TESTED = "5 December 2026"
RESPONSE_DAYS = 10
EHRC = "https://www.equalityhumanrights.com/"
EASS = "https://www.equalityadvisoryservice.com/"
REGULATIONS = "https://www.legislation.gov.uk/uksi/2018/952/contents/made"
WCAG = "https://www.w3.org/TR/WCAG22/"
ABILITYNET = "https://mcmw.abilitynet.org.uk/"

# Where people ask for another format or report a problem.  The council running the dashboard sets
# HEALTHDASH_ACCESSIBILITY_CONTACT (an email address or a phone number); until it does, the channel
# that already exists for every committee is named.
DEFAULT_CONTACT = "the Democratic Services officer named on the front page of the committee's agenda pack"

# Known gaps: (what, why, which WCAG 2.2 success criterion, what we plan).
KNOWN_GAPS = [
    (
        "The source viewer shows each line of a pack exactly as printed, so tables in the packs appear as lines "
        "of text with spaces between columns rather than as tables a screen reader can move around.",
        "1.3.1 Info and Relationships",
        "The numbers read from each line are listed in a real table beneath the viewer, and every number is in "
        "the explorer.",
    ),
    (
        "Charts are single images to a screen reader.  Each one has a one-sentence summary as its text "
        "alternative and the same numbers in a table beside it, but values only shown on hover in a chart "
        "(such as an exact bar length) are not announced.",
        "1.1.1 Non-text Content",
        "Every value drawn is also printed as text on the chart or in its table.",
    ),
    (
        "On a narrow screen (or zoomed in a long way) a chart with many series, such as PCN budgets, may show "
        "its legend in a box that scrolls only with a mouse or touch.",
        "2.1.1 Keyboard",
        "The same names and values are in the table beside the chart, which scrolls by keyboard.",
    ),
    (
        "The explorer grid shows 50 rows a page and draws only the rows on screen, so a screen reader reading "
        "the page finds only those rows.",
        "1.3.1 Info and Relationships",
        "Use the search box and column filters to narrow the rows, or download them as CSV.",
    ),
    (
        "Some tables of the original packs were printed as pictures (for example the GP workforce trajectory), "
        "so their numbers are not in the packs' text and are not shown.",
        "1.1.1 Non-text Content (in the source documents)",
        "The page says where this happens; the original agenda pack is the source.",
    ),
    (
        "The dashboard has been tested with automated checks and scripted keyboard use in Chromium, but not yet "
        "with screen readers (JAWS, NVDA, VoiceOver) or speech recognition software by the people who use them.",
        "—",
        "We plan a review with users of assistive technology and will update this statement.",
    ),
]


def _link(text: str, href: str) -> html.A:
    return html.A(text, href=href)


def contact() -> str:
    """The accessibility contact as configured, or the committee's existing channel."""
    return os.environ.get("HEALTHDASH_ACCESSIBILITY_CONTACT", "").strip() or DEFAULT_CONTACT


def layout(**_q: str) -> html.Div:
    who = contact()
    council = store.home()
    return html.Div(
        [
            html.H1(f"Accessibility statement for {service()}", className="h3"),
            html.P(
                f"This accessibility statement applies to {service()}, which shows the figures in the health "
                f"committee papers{' of ' + council if council else ''} (Health and Wellbeing Board and Health "
                "Overview and Scrutiny Committee) as charts and tables."
            ),
            html.P(
                "We want as many people as possible to be able to use this website. For example, that means you "
                "should be able to:"
            ),
            html.Ul(
                [
                    html.Li("zoom in up to 400% without the text spilling off the screen"),
                    html.Li("use every page at 320 pixels wide without scrolling sideways"),
                    html.Li("navigate the whole website using just a keyboard, with a visible focus ring"),
                    html.Li("skip past the navigation to the main content of each page"),
                    html.Li("read every chart's message in words, with its numbers in a table beside it"),
                    html.Li(
                        "tell ratings apart without colour: every Red, Amber, Green or Blue has a word and a symbol"
                    ),
                    html.Li("switch to presentation mode for large type and high contrast on a projector"),
                    html.Li("find each abbreviation explained where it is used, and in the glossary"),
                    html.Li("print any page on A4 paper with each chart kept beside its table"),
                ],
                id="accessibility-can",
            ),
            html.P(
                [
                    "We've also made the text as simple as possible to understand. ",
                    _link("AbilityNet", ABILITYNET),
                    " has advice on making your device easier to use if you have a disability.",
                ]
            ),
            html.H2("How accessible this website is", className="h4"),
            html.P("We know some parts of this website are not fully accessible:"),
            html.Ul([html.Li(what) for what, _sc, _plan in KNOWN_GAPS], id="accessibility-known-gaps"),
            html.H2("Feedback and contact information", className="h4"),
            html.P(
                "If you need the information on this website in a different format, such as accessible PDF, "
                f"large print, easy read, audio recording or braille, contact {who}."
            ),
            html.P(f"We'll consider your request and get back to you within {RESPONSE_DAYS} working days."),
            html.H2("Reporting accessibility problems with this website", className="h4"),
            html.P(
                "We're always looking to improve the accessibility of this website. If you find any problems not "
                f"listed on this page or think we're not meeting accessibility requirements, contact {who}. "
                "Please say which page (its address) and what you were trying to do."
            ),
            html.H2("Enforcement procedure", className="h4"),
            html.P(
                [
                    "The ",
                    _link("Equality and Human Rights Commission (EHRC)", EHRC),
                    " is responsible for enforcing the Public Sector Bodies (Websites and Mobile Applications) "
                    "(No. 2) Accessibility Regulations 2018 (the 'accessibility regulations'). If you're not happy "
                    "with how we respond to your complaint, contact the ",
                    _link("Equality Advisory and Support Service (EASS)", EASS),
                    ".",
                ]
            ),
            html.H2("Technical information about this website's accessibility", className="h4"),
            html.P(
                [
                    "We are committed to making this website accessible, in accordance with the ",
                    _link(
                        "Public Sector Bodies (Websites and Mobile Applications) (No. 2) Accessibility "
                        "Regulations 2018",
                        REGULATIONS,
                    ),
                    ".",
                ]
            ),
            html.H3("Compliance status", className="h5"),
            html.P(
                [
                    "This website is partially compliant with the ",
                    _link("Web Content Accessibility Guidelines version 2.2", WCAG),
                    " AA standard, due to the non-compliances listed below.",
                ],
                id="accessibility-status",
            ),
            html.H3("Non-accessible content", className="h5"),
            html.P("The content listed below is non-accessible for the following reasons."),
            html.H4("Non-compliance with the accessibility regulations", className="h6"),
            html.Ul(
                [
                    html.Li([what, f" This fails WCAG 2.2 success criterion {sc}. " if sc != "—" else " ", plan])
                    for what, sc, plan in KNOWN_GAPS
                ]
            ),
            html.H4("Disproportionate burden", className="h6"),
            html.P("We are not claiming a disproportionate burden for any part of this website."),
            html.H4("Content that's not within the scope of the accessibility regulations", className="h6"),
            html.P(
                "The committee agenda packs themselves are published by the council with its committee papers; "
                "this website reads their text and links every number to the line it came from."
            ),
            html.H2("What we're doing to improve accessibility", className="h4"),
            html.P(
                "Every change to the dashboard is checked by the automated tests described below before it is "
                "released, so a new page or chart cannot add a serious accessibility failure unnoticed."
            ),
            html.H2("Preparation of this accessibility statement", className="h4"),
            html.P(f"This statement was prepared on {PREPARED}. It was last reviewed on {PREPARED}."),
            html.P(f"This website was last tested on {TESTED}. The tests, run on every page, are:"),
            html.Ul(
                [
                    html.Li(
                        "axe-core 4.12 in Chromium on every page, in normal and presentation mode, after its charts "
                        "and tables have drawn, with all WCAG 2.0, 2.1 and 2.2 A and AA rules and best practice"
                    ),
                    html.Li(
                        "keyboard only: the tab order from the skip link through the navigation to the page's "
                        "controls, the focus ring's contrast, and changing a control with the keyboard"
                    ),
                    html.Li(
                        "reflow: each page, at 1100, 960, 640 and 320 pixels wide (up to 400% zoom), must not "
                        "scroll sideways"
                    ),
                    html.Li(
                        "text drawn inside charts, which automated checkers cannot see: AA contrast against the bar "
                        "or background behind it, not shrunk, not cut off, not spilling out of its bar or tile"
                    ),
                    html.Li(
                        "colour: every pair of rating colours must stay distinguishable (CIEDE2000 of 10 or more) "
                        "under simulated protanopia, deuteranopia and tritanopia, and text must meet AA contrast"
                    ),
                ],
                id="accessibility-tests",
            ),
            html.P(
                [
                    "We tested every page of the website, because there are few and each has its own charts and "
                    "controls. The tests are in the project's ",
                    html.Code("tests/dashboard/test_accessibility.py"),
                    " and ",
                    html.Code("tests/dashboard/test_palette.py"),
                    ". See also the ",
                    dcc.Link("glossary", href="/glossary"),
                    " for the abbreviations used on these pages.",
                ]
            ),
        ],
        id="accessibility-statement",
    )
