"""Tests of loaders/schema.py: `coerce` gives every column its type and order, `validate` refuses rows outside the
schema and says which column and value.  That the quick path agrees with pandera is in test_schema_fast.py."""

from __future__ import annotations

import pandas as pd
import pandera.errors
import pytest

from loaders.schema import COLUMN_NAMES, KEY, coerce, column_dtypes, empty_frame, validate

ROW = {
    "dataset": "figures",
    "measure": "Savings",
    "value": "700000",
    "value_text": "£700,000",
    "unit": "GBP",
    "context": "Savings were £700,000 in the year.",
    "source_file": "p.txt",
    "source_line": 3,
    "source_column": 1,
    "meeting_date": "2019-06-05",
}


def test_coerce_orders_and_types_every_column_and_adds_the_missing_ones_empty() -> None:
    frame = coerce(pd.DataFrame([ROW]))
    assert list(frame.columns) == COLUMN_NAMES
    pd.testing.assert_series_equal(frame.dtypes, column_dtypes())
    row = frame.iloc[0]
    assert row["value"] == 700000.0  # text to a number
    assert row["meeting_date"] == pd.Timestamp("2019-06-05")
    assert pd.isna(row["area"])
    assert pd.isna(row["pack_date"])
    assert pd.isna(row["target"])


def test_empty_frame_has_every_typed_column_and_passes() -> None:
    frame = empty_frame()
    assert frame.empty
    assert list(frame.columns) == COLUMN_NAMES
    assert validate(frame) is frame


def test_a_row_inside_the_schema_passes() -> None:
    frame = coerce(pd.DataFrame([ROW | {"area": "Blaby", "area_code": "E07000129", "rag": "Amber/Green"}]))
    assert validate(frame) is frame


@pytest.mark.parametrize("unit", ["per 1,000", "per 2,000", "per 100,000", "GBP per patient", "µg/m3"])
def test_any_rate_per_n_is_a_unit(unit: str) -> None:
    """Packs print rates per any base ("per 2,000 population"); the vocabulary is otherwise fixed."""
    frame = coerce(pd.DataFrame([ROW | {"unit": unit}]))
    assert validate(frame) is frame


@pytest.mark.parametrize(
    ("change", "column", "value"),
    [
        ({"unit": "furlongs"}, "unit", "furlongs"),
        ({"unit": "per 2000x"}, "unit", "per 2000x"),
        ({"rag": "Purple"}, "rag", "Purple"),
        ({"polarity": "sideways"}, "polarity", "sideways"),
        ({"area_code": "E0712"}, "area_code", "E0712"),
        ({"source_line": 0}, "source_line", "0"),
    ],
)
def test_a_value_outside_the_schema_is_refused_naming_column_and_value(
    change: dict[str, object], column: str, value: str
) -> None:
    frame = coerce(pd.DataFrame([ROW, ROW | {"source_line": 4} | change]))
    with pytest.raises(pandera.errors.SchemaErrors) as err:
        validate(frame)
    failures = err.value.failure_cases
    assert set(failures["column"]) == {column}
    assert [str(v) for v in failures["failure_case"]] == [value]


def test_the_key_is_unique() -> None:
    frame = coerce(pd.DataFrame([ROW, ROW | {"value": "800000", "value_text": "£800,000"}]))
    with pytest.raises(pandera.errors.SchemaErrors, match="not unique"):
        validate(frame)
    assert validate(coerce(pd.DataFrame([ROW, ROW | {"measure": "Spend"}]))) is not None
    assert "measure" in KEY
