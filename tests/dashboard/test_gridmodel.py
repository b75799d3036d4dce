"""Tests of dashboard/gridmodel.py: AG Grid's filter and sort models read, written to the URL and applied."""

from __future__ import annotations

import numpy as np
import pandas as pd
import pytest

from dashboard import gridmodel as gm
from dashboard.gridmodel import NUMBER, TEXT, ColumnFilter, Condition

AREAS = pd.Series(["Blaby", "Melton", None, "Blaby", "North Blaby", "", "MELTON"], dtype="string")
VALUES = np.array([2.5, 10.0, np.nan, -1.0, 0.0, 300.0, 5.0])


def text_rows(model: dict) -> list[int]:
    """Rows of AREAS passing a text filter model, applied as the server applies it (by distinct value)."""
    codes, uniques = pd.factorize(AREAS)
    f = gm.read(model, TEXT)
    assert f is not None
    return np.flatnonzero(gm.text_mask([str(u).lower() for u in uniques], codes, f)).tolist()


def number_rows(model: dict) -> list[int]:
    f = gm.read(model, NUMBER)
    assert f is not None
    return np.flatnonzero(gm.number_mask(VALUES, f)).tolist()


@pytest.mark.parametrize(
    ("model", "rows"),
    [
        ({"filterType": "text", "type": "contains", "filter": "blaby"}, [0, 3, 4]),
        ({"filterType": "text", "type": "equals", "filter": "melton"}, [1, 6]),  # without regard to case
        ({"filterType": "text", "type": "notEqual", "filter": "Melton"}, [0, 2, 3, 4, 5]),  # missing passes
        ({"filterType": "text", "type": "notContains", "filter": "bl"}, [1, 2, 5, 6]),
        ({"filterType": "text", "type": "startsWith", "filter": "North"}, [4]),
        ({"filterType": "text", "type": "endsWith", "filter": "ON"}, [1, 6]),
        ({"filterType": "text", "type": "blank"}, [2, 5]),
        ({"filterType": "text", "type": "notBlank"}, [0, 1, 3, 4, 6]),
        (
            {
                "filterType": "text",
                "operator": "OR",
                "conditions": [{"type": "equals", "filter": "Blaby"}, {"type": "startsWith", "filter": "mel"}],
            },
            [0, 1, 3, 6],
        ),
        (
            {
                "filterType": "text",
                "operator": "AND",
                "conditions": [{"type": "contains", "filter": "blaby"}, {"type": "notEqual", "filter": "blaby"}],
            },
            [4],
        ),
    ],
)
def test_text_filters_match_as_ag_grid_does(model, rows):
    assert text_rows(model) == rows


@pytest.mark.parametrize(
    ("model", "rows"),
    [
        ({"type": "equals", "filter": 2.5}, [0]),
        ({"type": "notEqual", "filter": 2.5}, [1, 3, 4, 5, 6]),  # a missing number passes only "blank"
        ({"type": "greaterThan", "filter": 5}, [1, 5]),
        ({"type": "greaterThanOrEqual", "filter": 5}, [1, 5, 6]),
        ({"type": "lessThan", "filter": 0}, [3]),
        ({"type": "lessThanOrEqual", "filter": 0}, [3, 4]),
        ({"type": "inRange", "filter": 0, "filterTo": 10}, [0, 6]),  # its ends excluded
        ({"type": "inRange", "filter": 10, "filterTo": 0}, [0, 6]),  # either way round
        ({"type": "blank"}, [2]),
        ({"type": "notBlank"}, [0, 1, 3, 4, 5, 6]),
        (
            {
                "operator": "OR",
                "conditions": [{"type": "lessThan", "filter": 0}, {"type": "greaterThan", "filter": 100}],
            },
            [3, 5],
        ),
    ],
)
def test_number_filters_compare_raw_numbers(model, rows):
    assert number_rows({"filterType": "number", **model}) == rows


@pytest.mark.parametrize(
    ("model", "kind"),
    [
        ({"filterType": "text", "type": "regex", "filter": ".*"}, TEXT),  # not a type the grid offers
        ({"filterType": "text", "type": "contains", "filter": ""}, TEXT),
        ({"filterType": "text", "type": "contains", "filter": 5}, TEXT),
        ({"filterType": "number", "type": "greaterThan", "filter": "nan"}, NUMBER),
        ({"filterType": "number", "type": "greaterThan", "filter": float("inf")}, NUMBER),
        ({"filterType": "number", "type": "greaterThan", "filter": True}, NUMBER),
        ({"filterType": "number", "type": "inRange", "filter": 1}, NUMBER),  # no upper end
        ({"filterType": "number", "type": "contains", "filter": 1}, NUMBER),
        ({"operator": "XOR", "conditions": [{"type": "blank"}]}, TEXT),
        ({"operator": "AND", "conditions": "blank"}, TEXT),
        ("contains:Blaby", TEXT),
        (None, TEXT),
    ],
)
def test_anything_the_grid_would_not_send_is_dropped(model, kind):
    assert gm.read(model, kind) is None


def test_filter_text_is_cut_and_conditions_capped():
    f = gm.read(
        {"filterType": "text", "operator": "OR", "conditions": [{"type": "contains", "filter": "x" * 5000}] * 5},
        TEXT,
    )
    assert f is not None
    assert len(f.conditions) == gm.MAX_CONDITIONS
    assert len(str(f.conditions[0].filter)) == gm.MAX_TEXT


def test_read_all_keeps_known_columns_in_column_order():
    kinds = {"area": TEXT, "value": NUMBER}
    model = {
        "value": {"filterType": "number", "type": "greaterThan", "filter": 3},
        "secret": {"filterType": "text", "type": "contains", "filter": "x"},
        "area": {"filterType": "text", "type": "contains", "filter": "Blaby"},
    }
    assert gm.read_all(model, kinds) == (
        ("area", ColumnFilter(TEXT, (Condition("contains", "Blaby"),))),
        ("value", ColumnFilter(NUMBER, (Condition("greaterThan", 3.0),))),
    )
    assert gm.read_all(["area"], kinds) == ()


@pytest.mark.parametrize(
    ("f", "text"),
    [
        (ColumnFilter(TEXT, (Condition("equals", "Blaby"),)), "equals:Blaby"),
        (ColumnFilter(TEXT, (Condition("contains", "a:b c"),)), "contains:a:b c"),  # a colon in the text survives
        (ColumnFilter(TEXT, (Condition("blank"),)), "blank"),
        (ColumnFilter(NUMBER, (Condition("greaterThan", 3.0),)), "greaterThan:3"),
        (ColumnFilter(NUMBER, (Condition("inRange", -1.5, 2.25),)), "inRange:-1.5:2.25"),
        (
            ColumnFilter(TEXT, (Condition("equals", "Blaby"), Condition("startsWith", "Mel")), "OR"),
            '{"filterType":"text","operator":"OR","conditions":[{"filterType":"text","type":"equals","filter":"Blaby"},'
            '{"filterType":"text","type":"startsWith","filter":"Mel"}]}',
        ),
    ],
)
def test_filters_round_trip_through_url_text(f, text):
    assert gm.to_text(f) == text
    assert gm.from_text(text, f.kind) == f
    assert gm.read(gm.model(f), f.kind) == f  # and through AG Grid's own form


@pytest.mark.parametrize("text", ["", "nonsense", "greaterThan:abc", "{not json", "inRange:1", "contains:"])
def test_url_text_that_is_no_filter_is_dropped(text):
    kind = NUMBER if text.startswith(("greaterThan", "inRange")) else TEXT
    assert gm.from_text(text, kind) is None


def test_sort_model_reads_and_round_trips():
    allowed = {"value", "area", "period"}
    model = [
        {"colId": "value", "sort": "desc"},
        {"colId": "nope", "sort": "asc"},
        {"colId": "area", "sort": "sideways"},
        {"colId": "period", "sort": "asc"},
        {"colId": "value", "sort": "asc"},  # the first word on a column stands
    ]
    sort = gm.read_sort(model, allowed)
    assert sort == (("value", True), ("period", False))
    assert gm.sort_text(sort) == "-value,period"
    assert gm.sort_from_text("-value,period", allowed) == sort
    assert gm.sort_model(sort) == [{"colId": "value", "sort": "desc"}, {"colId": "period", "sort": "asc"}]
    assert gm.sort_from_text("-nope,,", allowed) == ()
    assert gm.read_sort("value", allowed) == ()


def test_describe_in_words():
    either = ColumnFilter(TEXT, (Condition("equals", "Blaby"), Condition("startsWith", "Mel")), "OR")
    assert gm.describe(either) == "is 'Blaby' or starts with 'Mel'"
    assert gm.describe(ColumnFilter(NUMBER, (Condition("inRange", 1.0, 5.0),))) == "between 1 and 5"
