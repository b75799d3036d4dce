"""Tests of dashboard/urlstate.py: page state in the query string, written in a fixed order and read back."""

from __future__ import annotations

import pytest
from hypothesis import given
from hypothesis import strategies as st

from dashboard.urlstate import encode, is_on, parse, source_href


def test_encode_keeps_the_order_given_and_leaves_out_empty_values() -> None:
    params = {"indicator": "Fuel Poverty 2018 (%)", "q": "", "area": None, "benchmark": "England", "present": True}
    assert encode(params) == "?indicator=Fuel+Poverty+2018+%28%25%29&benchmark=England&present=1"
    assert encode({"present": False, "rows": [], "q": ""}) == ""


def test_parse_reads_with_or_without_the_question_mark_and_the_last_value_wins() -> None:
    assert parse("?indicator=Fuel+Poverty+2018+%28%25%29&present=1") == {
        "indicator": "Fuel Poverty 2018 (%)",
        "present": "1",
    }
    assert parse("a=1&a=2") == {"a": "2"}
    assert parse("") == parse(None) == {}


text = st.text(st.characters(codec="utf-8"), min_size=1, max_size=30)


@given(st.dictionaries(text, text, max_size=6))
def test_parse_reads_back_what_encode_writes(params: dict[str, str]) -> None:
    assert parse(encode(params)) == params


@pytest.mark.parametrize(
    ("value", "on"),
    [("1", True), ("true", True), (" Yes ", True), ("on", True), (True, True)]
    + [("0", False), ("", False), ("no", False), (None, False), ("present", False)],
)
def test_is_on_reads_query_flags(value: object, on: bool) -> None:
    assert is_on(value) is on


def test_source_href_links_a_pack_and_a_line() -> None:
    assert source_href("003 pack.txt", 12) == "/sources?file=003+pack.txt&line=12"
    assert source_href("003 pack.txt") == "/sources?file=003+pack.txt"
    assert parse(source_href("a&b.txt", 5).removeprefix("/sources")) == {"file": "a&b.txt", "line": "5"}
