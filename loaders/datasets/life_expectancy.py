"""`life_expectancy`: life expectancy at birth and the deprivation gap from annual-report infographics.

The infographic prints "84.3 vs 83.4" (the home area against the national
comparator; a comparator printed "UK" is England's figure) far from the
"MALES FEMALES" labels, and the gap between the most and least deprived
areas as a value, "years" and "less for men" on separate lines.
"""

from __future__ import annotations

from loaders.datasets._infographic import InfographicSpec, InOrder, NearLabel

SPECS = [
    InfographicSpec(
        name="life_expectancy",
        section=r"ANNUAL REPORT",
        rules=(
            InOrder(
                measure="Life expectancy at birth ({label})",
                anchor=r"LIFE EXPECTANCY AT BIRTH",
                values=r"(?P<v>\d{2}\.\d)\s+vs\.?\s+(?P<w>\d{2}\.\d)",
                labels=r"(?-i:\b(?P<label>MALES|FEMALES)\b)",
                unit="years",
                span=(40, 12),
                areas="vs",
                # Print order of the pairs does not follow the labels; women live longer than men.
                ascending=("males", "females"),
            ),
            NearLabel(
                measure="Life expectancy gap between most affluent and most deprived areas (years less for {who})",
                value=r"^\s*(?P<v>\d{1,2}\.\d)\s*$",
                label=r"^\s*(?:years\s+)?less for (?P<who>men|women)\b",
                unit="years",
                side="after",
                within=2,
                anchor=r"most deprived|least deprived|most affluent",
                anchor_within=12,
            ),
        ),
    )
]
