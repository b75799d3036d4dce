"""Tests of dashboard/schema_view.py: tidy rows as the explorer grid shows them."""

from __future__ import annotations

import pandas as pd

from dashboard.packs import pack_label
from dashboard.schema_view import FILTER_KINDS, GRID_COLUMNS, SORTABLE, TIDY_COLUMN, grid_rows


def test_each_row_keeps_its_index_and_links_its_source_line(small: pd.DataFrame) -> None:
    rows = small[small["area"] == "Blaby"].iloc[:2]
    out = grid_rows(rows)
    assert [r["row_id"] for r in out] == [int(i) for i in rows.index]
    first = rows.iloc[0]
    link = f"/sources?file={first['source_file']}&line={first['source_line']}"
    # the pack by its meeting where the app holds it (by its file name where it holds none)
    assert out[0]["source"] == f"[{pack_label(first['source_file'])}, line {first['source_line']}]({link})"
    assert out[0]["meeting"] == "8 July 2021"
    assert out[0]["value"] == float(first["value"])
    assert isinstance(out[0]["value"], float)
    assert out[0]["shown"] == "2.5%"  # the value in its unit, beside the raw number
    assert out[0]["dataset"] == "Wider determinants of health"  # the title, not the code
    assert out[0]["page"] == "/districts"


def test_missing_values_are_none_not_nan(small: pd.DataFrame) -> None:
    row = small.iloc[[0]].copy()
    for column in ("area", "period", "rag", "warning", "report"):
        row[column] = pd.NA
    row["meeting_date"] = pd.NaT
    (out,) = grid_rows(row)
    assert [out[c] for c in ("area", "period", "rag", "warning", "report")] == [None] * 5
    assert out["meeting"] == "date not stated"


def test_every_grid_column_is_a_field_of_each_row(small: pd.DataFrame) -> None:
    (out,) = grid_rows(small.iloc[[0]])
    assert {c["field"] for c in GRID_COLUMNS} <= set(out)


def test_every_column_the_server_filters_or_sorts_has_a_tidy_source(small: pd.DataFrame) -> None:
    ids = [c.get("colId") or c["field"] for c in GRID_COLUMNS]
    assert set(ids) == set(TIDY_COLUMN) == SORTABLE
    assert set(FILTER_KINDS) == set(ids) - {"source"}
    assert FILTER_KINDS["value"] == "number"
    assert set(TIDY_COLUMN.values()) <= set(small.columns)


def test_money_counts_and_rates_are_shown_in_their_unit(small: pd.DataFrame) -> None:
    shown = {r["measure"]: r["shown"] for r in grid_rows(small)}
    assert [r["shown"] for r in grid_rows(small[small["dataset"] == "qipp"])] == ["£41.2m", "£30.0m"]
    assert shown["Emergency admissions"] == "1,234"
    assert shown["Core PCN Funding"] == "£6,000,000"
    assert shown["Life expectancy gap (years less for men)"] == "6.4 years"


def test_the_grid_shows_what_the_loaders_read_each_measure_as(small: pd.DataFrame) -> None:
    """Indicator, breakdown, role and benchmark are grid columns an analyst can filter and export."""
    from dashboard.schema_view import GRID_COLUMNS, TIDY_COLUMN

    rows = small.iloc[:1].assign(indicator="cycling", breakdown="Female", role="value", benchmark="England")
    (out,) = grid_rows(rows)
    assert (out["indicator"], out["breakdown"], out["role"], out["benchmark"]) == (
        "cycling",
        "Female",
        "value",
        "England",
    )
    fields = [c["field"] for c in GRID_COLUMNS]
    assert {"indicator", "breakdown", "role", "benchmark"} <= set(fields) <= set(TIDY_COLUMN) | {"shown"}
