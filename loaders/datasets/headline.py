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
        section=r"ANNUAL REPORT",
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
            # "7.8" / "PER 100,000" / "LEICESTERSHIRE 2017/19" / "10.1" / ... / "UK 2017/19" above the sentence.
            InOrder(
                measure="Suicide rate",
                anchor=r"suicide rate",
                values=r"^\s*(?P<v>\d{1,3}\.\d)\s*$",
                labels=r"(?-i:^\s*(?P<label>[A-Z]{2,})\s+(?P<period>(?:19|20)\d{2}/\d{2})\s*$)",
                unit="per 100,000",
                span=(12, 0),
                areas="labels",
                claim=r"PER\s+100,000",
            ),
            # "109.3 89.5" over "LEICESTERSHIRE 2019/20 LEICESTERSHIRE 2019/20": the sentence above compares the
            # county with the national rate, so the repeated label's second value is the comparator's.
            InOrder(
                measure="Hospital admissions for mental health conditions in children under 17",
                anchor=r"HOSPITAL ADMISSIONS for mental",
                values=r"(?P<v>\d{2,3}\.\d)(?!\d)",
                labels=r"(?-i:\b(?P<label>[A-Z]{4,})\s+(?P<period>(?:19|20)\d{2}/\d{2}))",
                unit="per 100,000",
                span=(0, 12),
                areas="repeat",
                claim=r"PER\s+100,000|under\s+17",
            ),
            InOrder(
                measure="Adults classified as overweight or obese",
                anchor=r"HEALTHY WEIGHT STRATEGY IN",
                values=r"^\s*(?P<v>\d{1,2}\.\d%)\s*$",
                labels=r"(?-i:(?P<label>[A-Z]{4,})\s+(?P<period>(?:19|20)\d{2}/\d{2})\s*$)",
                unit="%",
                span=(0, 8),
                areas="labels",
            ),
            NearLabel(
                measure="Physically active adults",
                value=r"^\s*(?P<v>\d{1,2}\.\d%)\s+\d{1,2}\.\d%\s*$",
                label=r"^\s*PHYSICALLY\s*$",
                unit="%",
                side="before",
                within=4,
                period="2019/20",
            ),
            NearLabel(
                measure="Physically active adults",
                value=r"^\s*\d{1,2}\.\d%\s+(?P<v>\d{1,2}\.\d%)\s*$",
                label=r"^\s*PHYSICALLY\s*$",
                unit="%",
                side="before",
                within=4,
                area="England",
                period="2019/20",
                warning="area inferred: the infographic names only Leicestershire; the second value is the national "
                "comparator, as in the infographics beside it",
            ),
            # "2019-20 VIOLENT CRIME RATES" / "19.1" / "29.5" / "PER 1,000" / ... / "LEICESTERSHIRE" / "NATIONALLY"
            InOrder(
                measure="Violent crime rate",
                anchor=r"VIOLENT CRIME RATES",
                values=r"^\s*(?P<v>\d{1,2}\.\d)\s*$",
                labels=r"(?-i:^\s*(?P<label>[A-Z]{4,})\s*$)",
                unit="per 1,000",
                span=(0, 14),
                areas="labels",
                period="2019-20",
                claim=r"PER\s+1,000",
            ),
            NearLabel(
                measure="Violent crime offences",
                value=r"^\s*(?P<v>\d{1,3}(?:,\d{3})+)\s+offences\s*$",
                label=r"VIOLENT CRIME RATES",
                unit="count",
                side="before",
                within=5,
                period="2019-20",
            ),
            # The same two area labels stand under the employment rates printed after them.
            InOrder(
                measure="People aged 16-64 in employment",
                anchor=r"PEOPLE IN EMPLOYMENT",
                values=r"^\s*(?P<v>\d{1,2}\.\d%)\s*$",
                labels=r"(?-i:^\s*(?P<label>LEICESTERSHIRE|NATIONALLY)\s*$)",
                unit="%",
                span=(8, 2),
                areas="labels",
                period="2019-20",
                claim=r"\b\d{2}-\d{2}\s+year olds",
            ),
            NearLabel(
                measure="People aged 16-64 in employment",
                value=r"^\s*(?P<v>\d{1,3}(?:,\d{3})+)\s+of people",
                label=r"PEOPLE IN EMPLOYMENT",
                unit="count",
                side="before",
                within=3,
                period="2019-20",
            ),
            # "700k" / "4,500" / "OVER" / "PEOPLE" / "REACHED" / "CLICKED" / "THROUGH": campaign reach.
            InOrder(
                measure="People {label} (social media campaign)",
                anchor=r"^\s*OVER\s*$",
                values=r"^\s*(?P<v>\d[\d,]*k?)\s*$",
                labels=r"(?-i:^\s*(?P<label>REACHED|CLICKED)\s*$)",
                unit="count",
                span=(6, 8),
                areas="repeat",
            ),
        ),
    )
]
