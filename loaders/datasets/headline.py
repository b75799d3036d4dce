"""`headline`: population and other headline figures from annual-report infographics.

Values and their labels are printed apart; each rule below says with patterns
which label belongs to which value (see `_infographic`).  Areas: the pack's
home area (Leicestershire) and the national comparator (England; printed
"UK", "national" or "nationally").
"""

from __future__ import annotations

from loaders.datasets._infographic import Callouts, InfographicSpec, InOrder, NearLabel

SPECS = [
    InfographicSpec(
        name="headline",
        section=r"HEALTH AND WELLBEING BOARD ANNUAL REPORT",
        rules=(
            NearLabel(
                measure="Population",
                value=r"^\s*(?P<v>\d{1,3}(?:,\d{3})+)\s*$",
                label=r"\bPOPULATION OF\s*$",
                unit="count",
                side="before",
                within=1,
            ),
            # "20.5% PEOPLE" ... "AGED 65+": a label's first value is the home area's, its second England's.
            InOrder(
                measure="Percentage of people aged {label}",
                anchor=r"\bPOPULATION OF\s*$",
                values=r"(?P<v>\d{1,2}(?:\.\d+)?%)\s+PEOPLE\b",
                labels=r"\bAGED\s+(?P<label>\d{2}\+|\d{2}\s?-\s?\d{2})",
                unit="%",
                span=(0, 25),
                areas="repeat",
            ),
            Callouts(
                anchor=r"CHILDREN.S HEALTH",
                values=r"^\s*(?P<v1>\d{1,2}(?:\.\d+)?%)\s+(?P<v2>\d{1,2}(?:\.\d+)?%)\s*$",
                start=r"^\s*\((?P<n>\d[\d,]*)\)\s+of\s+children\b",
                end=r"national\s+average\s+of\s+(?P<nat>\d{1,2}(?:\.\d+)?%)",
            ),
            InOrder(
                measure="Under 18 conception rate",
                anchor=r"Under 18 conception rate",
                values=r"(?P<v>\d{1,2}\.\d)\s*$",
                labels=r"(?-i:^\s*(?P<label>[A-Z]{2,})\s+(?P<period>(?:19|20)\d{2})\s*$)",
                unit="per 1,000",
                span=(16, 0),
                areas="labels",
                claim=r"PER\s+1,000|Under 18",
            ),
            NearLabel(
                measure="Year 6 pupils overweight (including obesity)",
                value=r"^\s*(?P<v>\d{1,2}(?:\.\d+)?%)\s+Year 6\s*$",
                label=r"pupils overweight",
                unit="%",
                within=1,
            ),
            NearLabel(
                measure="Year 6 pupils overweight (including obesity), national average",
                value=r"national average of (?P<v>\d{1,2}(?:\.\d+)?%)",
                label=r"\(including obesity\)",
                unit="%",
                side="before",
                within=2,
                area="England",
            ),
            NearLabel(
                measure="Adults (18+) who are current smokers",
                value=r"^\s*(?P<v>\d[\d,]*)\s+PEOPLE ARE\s*$",
                label=r"CURRENT SMOKERS",
                unit="count",
                within=1,
                anchor=r"ADULTS \(18\+\)",
                anchor_within=1,
            ),
            InOrder(
                measure="Adults (18+) who are current smokers (%)",
                anchor=r"CURRENT SMOKERS",
                values=r"(?P<v>\d{1,2}(?:\.\d+)?%)",
                labels=r"(?-i:\b(?P<label>[A-Z]{4,})\s+(?P<period>(?:19|20)\d{2})\b)",
                unit="%",
                span=(0, 6),
                areas="labels",
                claim=r"ADULTS \(18\+\)",
            ),
        ),
    )
]
