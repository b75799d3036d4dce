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
                "value": float(text.rstrip("%")),
                "unit": "%",
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


def test_the_month_before_and_a_change_printed_beside_are_the_rated_row_s_cells(app) -> None:
    """ "Standard  Sep 2025  Oct 2025 (rated)  Change": the earlier month is a column named by its period, and the
    change, dated by the caption "October 2025", is the rated "Oct 2025" row's."""
    performance = page_module("/performance")
    cells = [
        ("Four-hour waits (%): Standard", "78.0", 40, None, "October 2025"),
        ("Four-hour waits (%)", "74.2", 50, None, "Sep 2025"),
        ("Four-hour waits (%)", "72.8", 60, "Red", "Oct 2025"),
        ("Four-hour waits (%): Change", "1.4", 70, None, "October 2025"),  # printed "▼1.4", read as -1.4
        ("Four-hour waits (%)", "80.0", 80, None, "Four-hour waits in A&E departments"),  # no period: a misread
    ]
    frame = pd.DataFrame(
        [
            {
                "measure": m,
                "value_text": text,
                "source_column": at,
                "rag": rag,
                "role": None,
                "period": period,
                "area": "Orsby ICB",
                "source_file": "orsby_icb_2026-05-07.txt",
                "source_line": 40,
                "value": -1.4 if text == "1.4" else 0.0,
                "unit": "%",
            }
            for m, text, at, rag, period in cells
        ]
    )
    rated = frame[frame["rag"].notna()]
    beside = performance.printed_beside(rated, frame)
    assert list(beside.columns) == ["Standard", "Sep 2025", "Change"]
    assert beside.loc[rated.index].iloc[0].tolist() == ["78.0", "74.2", "-1.4%"]  # a fall shown with its sign


def test_a_measure_with_a_colon_names_no_column_after_its_own_colon(app) -> None:
    """ "METRIC 1: Permanent admissions" on its line with its target, the measure again or with words after it
    ("... – target"): neither is a column named by the words after the measure's own colon."""
    performance = page_module("/performance")
    frame = pd.DataFrame(
        [
            {
                "measure": measure,
                "value_text": text,
                "source_column": at,
                "rag": rag,
                "role": role,
                "period": "2013/14",
                "area": "Orsby",
                "source_file": "orsby_hwb_2013-12-05.txt",
                "source_line": 12,
                "value": value,
                "unit": "per 100,000",
            }
            for measure, text, at, rag, role, value in (
                ("METRIC 1: Permanent admissions – target", "624.1", 40, None, "target", 624.1),
                ("METRIC 1: Permanent admissions", "620.0", 50, None, None, 620.0),
                ("METRIC 1: Permanent admissions", "615.0", 60, "Green", None, 615.0),
            )
        ]
    )
    rated = frame[frame["rag"].notna()]
    assert list(performance.printed_beside(rated, frame).columns) == []


def test_a_standard_that_is_the_row_s_target_is_not_shown_twice(app) -> None:
    """ "Standard  Oct 2025 (rated)  Change", with the standard read as the rated row's target: the RAG table's
    Target column shows it, so it is no column of its own; a standard that differs from the target stays."""
    performance = page_module("/performance")
    frame = pd.DataFrame(
        [
            {
                "measure": m,
                "value_text": text,
                "source_column": at,
                "rag": rag,
                "role": None,
                "period": "Oct 2025",
                "area": "Orsby ICB",
                "source_file": "orsby_icb_2026-05-07.txt",
                "source_line": line,
                "value": float(text.rstrip("%")),
                "unit": "%",
                "target": target,
            }
            for m, text, at, rag, line, target in (
                ("Four-hour waits (%): Standard", "78%", 40, None, 40, None),
                ("Four-hour waits (%)", "72.8", 60, "Red", 40, 78.0),
                ("Four-hour waits (%): Change", "1.4", 70, None, 40, None),
                ("Cancer 62 days (%): Standard", "75%", 40, None, 41, None),
                ("Cancer 62 days (%)", "66.1", 60, "Red", 41, 85.0),
            )
        ]
    )
    rated = frame[frame["rag"].notna()]
    beside = performance.printed_beside(rated, frame)
    targets = performance.printed_targets(rated, frame)
    assert performance.restating_target(beside, rated.iloc[:1], targets[:1]) == ["Standard"]
    assert performance.restating_target(beside, rated, targets) == []  # the cancer row's standard is not its target


def test_a_scorecard_printed_column_by_column_shows_the_earlier_month_of_its_row(app) -> None:
    """A table printed column by column (pdfminer's text boxes) prints each month's cells on lines of their own:
    the rated row's earlier month is found by its table, area and measure, not its line; a measure of another
    table, or of another area, is not its cell."""
    performance = page_module("/performance")
    table = "Table 6: Performance scorecard"
    cells = [
        ("Four-hour waits (%)", "74.1%", "Dec 2025", None, 367, table, "Orsby ICB"),
        ("Four-hour waits (%)", "72.8%", "Jan 2026", "Red", 379, table, "Orsby ICB"),
        ("Cancer 62 days (%)", "68.2%", "Dec 2025", None, 368, table, "Orsby ICB"),
        ("Cancer 62 days (%)", "70.4%", "Jan 2026", "Amber", 380, table, "Orsby ICB"),
        ("Cancer 62 days (%)", "61.0%", "Nov 2025", None, 20, "Table 1: Cancer by trust", "Orsby ICB"),
        ("Four-hour waits (%)", "70.0%", "Nov 2025", None, 366, table, "Wexley"),
    ]
    frame = pd.DataFrame(
        [
            {
                "measure": m,
                "value_text": text,
                "source_column": 1,
                "rag": rag,
                "role": "value",
                "period": period,
                "area": area,
                "source_file": "orsby_hosc_2026-03-04.txt",
                "source_line": line,
                "value": float(text.rstrip("%")),
                "unit": "%",
                "table": caption,
            }
            for m, text, period, rag, line, caption, area in cells
        ]
    )
    rated = frame[frame["rag"].notna()]
    beside = performance.printed_beside(rated, frame)
    assert list(beside.columns) == ["Dec 2025"]
    assert beside.loc[rated.index, "Dec 2025"].tolist() == ["74.1%", "68.2%"]
    assert beside.attrs["earlier"] == {"Dec 2025"}  # shown before the rated month, wherever its line prints it


def _row(measure: str, text: str, at: int, rag: str | None, period: str | None, line: int, table: str) -> dict:
    return {
        "measure": measure,
        "value_text": text,
        "source_column": at,
        "rag": rag,
        "role": "value",
        "period": period,
        "area": "Orsby ICB",
        "source_file": "orsby_icb_2026-05-07.txt",
        "source_line": line,
        "value": float(text.rstrip("%").replace(",", "")),
        "unit": "%",
        "table": table,
    }


def test_an_undated_previous_month_and_the_month_beside_a_rated_ytd_are_the_row_s_cells(app) -> None:
    """ "Standard  Latest month (rated)  Previous month" with no date on the previous month's cell, and
    "Target  Mar-25  YTD (rated)" where the month's cell is the measure itself: both are the rated row's columns,
    the month named by its period."""
    performance = page_module("/performance")
    frame = pd.DataFrame(
        [
            _row("Four-hour waits (%): Latest month", "76.2%", 50, "Red", "May 2026", 10, "Scorecard"),
            _row("Four-hour waits (%): Previous month", "75.1%", 60, None, None, 10, "Scorecard"),
            _row("Cancer 62 days (%): Target", "85.0%", 40, None, "March 2025", 20, "Place scorecard"),
            _row("Cancer 62 days (%)", "71.2%", 50, None, "Mar 2025", 20, "Place scorecard"),
            _row("Cancer 62 days (%): YTD", "68.4%", 60, "Green", "March 2025", 20, "Place scorecard"),
        ]
    )
    rated = frame[frame["rag"].notna()]
    beside = performance.printed_beside(rated, frame)
    assert beside.loc[rated.index, "Previous month"].tolist() == ["75.1%", "–"]
    assert beside.loc[rated.index, "Mar 2025"].tolist() == ["–", "71.2%"]


def test_the_rag_tables_are_one_for_each_printed_table_in_order(app) -> None:
    """Rows of one page split where their printed table changes: a scorecard's rows, then another table's, then
    the scorecard's again (a later pack) are three tables, each with columns of its own."""
    performance = page_module("/performance")
    frame = pd.DataFrame(
        [
            _row("A (%)", "1.0", 50, "Red", "May 2026", 10, "Scorecard"),
            _row("B (%)", "2.0", 50, "Red", "May 2026", 11, "Scorecard"),
            _row("C (%)", "3.0", 50, "Red", "May 2026", 30, "QIPP schemes"),
            _row("D (%)", "4.0", 50, "Red", "May 2026", 40, "Scorecard"),
        ]
    )
    parts = performance.source_tables(frame)
    assert [p["measure"].tolist() for p in parts] == [["A (%)", "B (%)"], ["C (%)"], ["D (%)"]]


def test_a_table_of_an_indicator_over_months_is_a_series_and_a_scorecard_is_not(app) -> None:
    performance = page_module("/performance")
    months = [
        _row("Four-hour waits (%)", f"7{k}.0%", 10 * k, None, f"{m} 2025", 5, "Monthly trend")
        for k, m in enumerate(["Apr", "May", "Jun"], 1)
    ]
    frame = pd.DataFrame(
        months
        + [
            _row("Four-hour waits (%): Target", "78.0%", 50, None, "2025/26", 5, "Monthly trend"),
            _row("Cancer (%): Latest", "70.0%", 50, "Red", "May 2026", 10, "Scorecard"),
            _row("Cancer (%): Previous", "69.0%", 60, None, "Apr 2026", 10, "Scorecard"),
        ]
    ).assign(dataset="performance")
    found = performance.series_rows(frame)
    assert set(found["table"]) == {"Monthly trend"}
    assert found["period"].tolist() == ["Apr 2025", "May 2025", "Jun 2025"]  # the target is no month of the run
    # its download holds those rows only, one a month (the chart's own rows), not the scorecard's
    from dashboard import downloads

    meeting = {"meeting_date": pd.Timestamp("2026-05-07"), "warning": None}
    rows, filters = downloads.VIEWS["performance-series"].rows(frame.assign(**meeting), {})
    assert set(rows["table"]) == {"Monthly trend"}
    assert len(rows) == 3
    assert filters["Dataset"]


def test_england_s_value_on_the_rated_row_s_line_is_a_column_named_england(app) -> None:
    performance = page_module("/performance")
    frame = pd.DataFrame(
        [
            _row("Smoking quitters (%)", "52.1", 40, "Amber", "2024/25", 12, "Scorecard"),
            _row("Smoking quitters (%)", "54.0", 50, None, "2024/25", 12, "Scorecard"),
            _row("Smoking quitters (%)", "50.0", 60, None, "2023/24", 12, "Scorecard"),  # another year: not England's
        ]
    )
    frame.loc[1:, "area"] = "England"
    rated = frame[frame["rag"].notna()]
    beside = performance.printed_beside(rated, frame)
    assert list(beside.columns) == ["England"]
    assert beside.loc[rated.index, "England"].tolist() == ["54.0"]
