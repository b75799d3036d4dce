"""Tests of loaders/checks.py: parts against printed totals, and a figure stated twice with different values."""

from __future__ import annotations

import pandas as pd
import pytest

from loaders.checks import adds_up, check_column_totals, check_total, flag_restatements, rounding_tolerance


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
    assert "line 50" in out.at[0, "warning"]
    assert "line 10" in out.at[1, "warning"]
    assert pd.isna(out.at[2, "warning"])  # same figure, rounded


def test_rounding_tolerance_grows_with_the_printed_figures_and_their_step() -> None:
    assert rounding_tolerance(1) == pytest.approx(1.0)  # a part and the total, each off by up to half a unit
    assert rounding_tolerance(3) == pytest.approx(2.0)
    assert rounding_tolerance(3, step=0.1) == pytest.approx(0.2)


def test_check_total_within_rounding_passes_and_beyond_it_names_the_difference() -> None:
    assert check_total([10.4, 20.3], 30.7, step=0.1) is None
    assert adds_up([10.4, 20.3], 30.8, step=0.1)  # 0.1 off: within the rounding of three one-decimal figures
    assert not adds_up([10.4, 20.3], 31.0, step=0.1)
    assert check_total([1_000, 2_000], 3_020) == ("parts add up to 3,000, not the printed total 3,020 (difference -20)")
    assert check_total([1_000, 2_000], 3_020, tolerance=50) is None


def test_column_totals_know_subtotals_grand_totals_and_gaps() -> None:
    # two blocks with subtotals, then a grand total of the subtotals
    assert check_column_totals([1, 2, 3, 4, 5, 9, 12], [False, False, True, False, False, True, True]) == {}
    # the second subtotal is wrong: only its row is warned
    warned = check_column_totals([1, 2, 3, 4, 5, 19, 22], [False, False, True, False, False, True, True])
    assert list(warned) == [5]
    assert "not the printed total 19" in warned[5]
    # a missing part counts as nothing, a missing total is not checked
    assert check_column_totals([1, None, 1, 7], [False, False, False, True]) == {3: check_total([1, 1], 7)}
    assert check_column_totals([1, 2, None], [False, False, True]) == {}


def test_restatements_need_a_table_a_prose_twin_and_a_different_value() -> None:
    base = {"source_file": "p.txt", "area": "Blaby", "period": "2019/20", "unit": "%", "warning": "kept"}
    rows: list[dict[str, object]] = [
        base | {"dataset": "wider_determinants", "table": "T", "measure": "Adults cycling weekly", "value": 2.5},
        base | {"dataset": "figures", "table": None, "measure": "adults cycling weekly rose", "value": 3.5},
        base | {"dataset": "figures", "table": None, "measure": "households in fuel poverty", "value": 9.0},
    ]
    frame = pd.DataFrame([{**r, "value_text": f"{r['value']}%", "source_line": n} for n, r in enumerate(rows, 10)])
    out = flag_restatements(frame)
    assert out["warning"].tolist() == [
        "kept; stated twice: 3.5% in prose at line 11",
        "kept; stated twice: 2.5% in a table at line 10",
        "kept",
    ]
    assert frame["warning"].tolist() == ["kept"] * 3  # a copy: the frame given is unchanged
    assert out["value"].tolist() == frame["value"].tolist()
