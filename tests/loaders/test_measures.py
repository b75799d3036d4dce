"""Tests of loaders/measures.py: which way is better for a measure, from data/measures.csv."""

from __future__ import annotations

import pandas as pd
import pytest

from loaders.measures import add_polarity, polarity_for


@pytest.mark.parametrize(
    ("dataset", "measure", "polarity"),
    [
        (
            "wider_determinants",
            "Percentage of adults cycling for travel at least three days per week",
            "higher is better",
        ),
        ("wider_determinants", "Fuel Poverty 2018 (%)", "lower is better"),
        ("wider_determinants", "FURLOUGH take-up rate (%)", "no judgement"),  # patterns ignore case
        ("life_expectancy", "Life expectancy at birth (females)", "higher is better"),
        # the first matching pattern wins: "deprived" (a gap, lower is better) comes before "life expectancy"
        ("life_expectancy", "Life expectancy gap between the most and least deprived for men", "lower is better"),
        ("pcn_budgets", "TOTAL PRIMARY CARE NETWORK FUNDING", "no judgement"),
    ],
)
def test_polarity_of_known_measures(dataset: str, measure: str, polarity: str) -> None:
    assert polarity_for(dataset, measure) == polarity


def test_polarity_is_per_dataset_and_none_where_the_metadata_says_nothing() -> None:
    assert polarity_for("figures", "adults cycling") is None  # cycling is judged in wider_determinants only
    assert polarity_for("wider_determinants", "Number of allotments") is None


def test_add_polarity_fills_only_empty_cells() -> None:
    frame = pd.DataFrame(
        {
            "dataset": ["wider_determinants", "wider_determinants", "figures"],
            "measure": ["Fuel Poverty 2018 (%)", "Fuel Poverty 2018 (%)", "Fuel Poverty 2018 (%)"],
            "polarity": pd.Series([None, "no judgement", None], dtype="string"),
        }
    )
    out = add_polarity(frame)
    assert out["polarity"].tolist() == ["lower is better", "no judgement", pd.NA]
    assert str(out["polarity"].dtype) == "string"
