"""The RAG table shows a scorecard's other cells of each rated row (plan, variance) beside its target and actual."""

from __future__ import annotations

import pandas as pd
from dash_tree import page_module


def scorecard() -> pd.DataFrame:
    """An ICB scorecard's two printed rows: Target | Plan | Actual (rated) | Variance, and a monthly column of
    another period on the same line, which is no cell of the rated row's."""
    cells = [
        ("Four-hour waits (%)", "Target", "95.0%", 40, None, "target", "March 2026"),
        ("Four-hour waits (%)", "Plan", "78.0%", 50, None, "target", "March 2026"),
        ("Four-hour waits (%)", "Actual", "74.3%", 60, "Amber", "value", "March 2026"),
        ("Four-hour waits (%)", "Variance", "-3.7", 70, None, "value", "March 2026"),
        ("Four-hour waits (%)", "Apr-25", "71.2", 80, None, "value", "April 2025"),
        ("Cancer 62 days (%)", "Target", "85.0%", 40, None, "target", "March 2026"),
        ("Cancer 62 days (%)", "Actual", "66.1%", 60, "Red", "value", "March 2026"),
        ("Cancer 62 days (%)", "Variance", "-18.9", 70, None, "value", "March 2026"),
    ]
    return pd.DataFrame(
        [
            {
                "measure": f"{m}: {col}",
                "value_text": text,
                "source_column": at,
                "rag": rag,
                "role": role,
                "period": period,
                "area": "Orsby ICB",
                "source_file": "orsby_icb_2026-05-07.txt",
                "source_line": 40 if m.startswith("Four") else 41,
            }
            for m, col, text, at, rag, role, period in cells
        ]
    )


def test_each_rated_row_shows_its_plan_and_variance_and_no_other_period(app) -> None:
    performance = page_module("/performance")
    frame = scorecard()
    rated = frame[frame["rag"].notna()]
    beside = performance.printed_beside(rated, frame)
    assert list(beside.columns) == ["Target", "Plan", "Variance"]  # in the order printed; "Apr-25" is not here
    assert beside.loc[rated.index, "Plan"].tolist() == ["78.0%", "–"]  # the cancer row prints no plan
    assert beside.loc[rated.index, "Variance"].tolist() == ["-3.7", "-18.9"]
