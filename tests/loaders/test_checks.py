"""Tests of loaders/checks.py: parts against printed totals, and a figure stated twice with different values."""

from __future__ import annotations

import pandas as pd

from loaders.checks import check_column_totals, check_total, flag_restatements


def test_check_total():
    assert check_total([1, 2, 3], 6) is None
    assert check_total([1, 2, 3], 7) is None  # within rounding of four printed figures
    assert "difference" in check_total([1, 2, 3], 10)
    warnings = check_column_totals([1, 2, 3, 5, 5, 11], [False, False, True, True, False, True])
    assert warnings == {}
    assert 2 in check_column_totals([1, 2, 30], [False, False, True])


def test_flag_restatements_names_the_other_line() -> None:
    base = {"source_file": "p.txt", "area": "UHL", "period": "2019", "unit": "%", "warning": None}
    frame = pd.DataFrame(
        [
            base
            | {
                "dataset": "performance",
                "table": "T",
                "measure": "A&E four hour waits",
                "value": 86.91,
                "value_text": "86.91%",
                "source_line": 10,
            },
            base
            | {
                "dataset": "figures",
                "table": None,
                "measure": "At October A&E four hour waits",
                "value": 85.0,
                "value_text": "85%",
                "source_line": 50,
            },
            base
            | {
                "dataset": "figures",
                "table": None,
                "measure": "A&E four hour waits were",
                "value": 86.9,
                "value_text": "86.9%",
                "source_line": 60,
            },
        ]
    )
    out = flag_restatements(frame)
    assert "line 50" in out.at[0, "warning"] and "line 10" in out.at[1, "warning"]
    assert pd.isna(out.at[2, "warning"])  # same figure, rounded
