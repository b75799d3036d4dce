"""Tests of loaders/schema.py: validate's quick path never accepts a frame pandera rejects.

`validate` returns a frame at once when `_plainly_valid` says every declared check passes, and hands
everything else to pandera.  Each broken frame below must be refused by the quick path and then
rejected by pandera with its own report; the shipped packs' frame must pass both ways.
"""

from __future__ import annotations

from collections.abc import Callable

import pandas as pd
import pandera.errors
import pytest

from loaders.schema import TIDY_SCHEMA, _plainly_valid, validate


def test_shipped_frame_passes_quick_path_and_pandera(tidy: pd.DataFrame) -> None:
    assert _plainly_valid(tidy)
    TIDY_SCHEMA.validate(tidy, lazy=True)
    assert validate(tidy) is tidy


def _set(column: str, value: object, row: int = 0) -> Callable[[pd.DataFrame], pd.DataFrame]:
    def change(frame: pd.DataFrame) -> pd.DataFrame:
        out = frame.copy()
        out.loc[out.index[row], column] = value
        return out

    return change


BROKEN: dict[str, Callable[[pd.DataFrame], pd.DataFrame]] = {
    "extra column": lambda f: f.assign(extra="x"),
    "missing column": lambda f: f.drop(columns="context"),
    "value as text": lambda f: f.assign(value=f["value"].astype(str)),
    "source_line as float": lambda f: f.assign(source_line=f["source_line"].astype("float64")),
    "meeting_date as text": lambda f: f.assign(meeting_date=f["meeting_date"].astype("string")),
    "empty measure": _set("measure", pd.NA),
    "empty value": _set("value", float("nan")),
    "unit outside the vocabulary": _set("unit", "furlongs"),
    "rag outside the vocabulary": _set("rag", "Purple"),
    "polarity outside the vocabulary": _set("polarity", "sideways"),
    "source_line 0": _set("source_line", 0),
    "malformed area code": _set("area_code", "E0712"),
    "duplicate key": lambda f: pd.concat([f, f.iloc[[3]]], ignore_index=True),
}


@pytest.mark.parametrize("how", BROKEN)
def test_broken_frame_goes_to_pandera_and_is_rejected(tidy: pd.DataFrame, how: str) -> None:
    broken = BROKEN[how](tidy)
    assert not _plainly_valid(broken)
    with pytest.raises((pandera.errors.SchemaErrors, pandera.errors.SchemaError)):
        validate(broken)


def test_frame_the_quick_path_does_not_know_is_left_to_pandera(tidy: pd.DataFrame) -> None:
    """Text held as object dtype: not the schema's dtype exactly, so pandera decides (and accepts it)."""
    other = tidy.assign(dataset=tidy["dataset"].astype(object))
    assert not _plainly_valid(other)
    assert len(validate(other)) == len(tidy)
