"""Tests of dashboard/periods.py: periods as printed sort by their start."""

from __future__ import annotations

from dashboard.periods import sort_key


def test_sort_order():
    printed = ["2019/20", "December 2020", "2018/19", "Mar-19", "2015 - 17", None, "2021"]
    ordered = sorted(printed, key=sort_key)
    assert ordered == [None, "2015 - 17", "2018/19", "Mar-19", "2019/20", "December 2020", "2021"]
