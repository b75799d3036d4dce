"""Tests of loaders/header_text.py: financial years, wrapped headers split per column, units and periods."""

from __future__ import annotations

import pytest

from loaders.header_text import column_unit, header_period, header_unit, period_text, split_header_groups, year_columns


def test_year_columns() -> None:
    text = "Annual Budget (2019/20) Annual Budget (2020/21 2021-22 19/20 20/21"
    assert year_columns(text) == ["2019/20", "2020/21", "2021/22", "2019/20", "2020/21"]


def test_header_groups_split_on_units_and_periods() -> None:
    lines = [
        "Homelessness-households owed",
        "a duty under the homelessness",
        "reduction act (HRA) 2019/20",
        "(per 1,000)",
        "Excess Winter",
        "deaths index Aug",
        "2018-Jul 2019",
        " (Ratio-%) ",
        "Fuel Poverty",
        "2018 (%)",
    ]
    groups = split_header_groups(lines, 3)
    assert groups is not None
    assert [header_unit(g) for g in groups] == ["per 1,000", "ratio", "%"]
    assert [header_period(g) for g in groups] == ["2019/20", "Aug 2018-Jul 2019", "2018"]
    assert split_header_groups(lines, 4) is None
    assert header_unit("Air pollution: Fine particular matter, 2017 µg/m3") == "µg/m3"


@pytest.mark.parametrize(
    ("header", "period"),
    [("Q1 2023/24", "Q1 2023/24"), ("2023/24 Q2", "2023/24 Q2"), ("Oct-23", "Oct 2023"), ("Sept 23", "Sept 2023")],
)
def test_quarters_and_short_month_years_are_periods(header: str, period: str) -> None:
    assert header_period(header) == period


@pytest.mark.parametrize(
    ("printed", "period"),
    [
        ("MARCH 2025", "March 2025"),
        ("APR-DEC 2024", "Apr-Dec 2024"),
        ("q3 2024/25", "Q3 2024/25"),
        ("YEAR TO DATE", "Year to date"),
        ("2024/25", "2024/25"),
        ("total over 5 years", "total over 5 years"),
        ("Quarter 3 2024/25", "Quarter 3 2024/25"),  # printed in mixed case: kept as printed
    ],
)
def test_a_period_in_capitals_reads_as_usually_written(printed: str, period: str) -> None:
    assert period_text(printed) == period


def test_months_of_one_year_are_one_period() -> None:
    assert header_period("Apr-Dec 2024") == "Apr-Dec 2024"
    assert header_period("Apr – Dec 2024") == "Apr – Dec 2024"


@pytest.mark.parametrize(
    ("header", "unit"),
    [
        ("Uptake (%)", "%"),
        ("Change 2025/26 to 2026/27 %", "%"),
        ("Corporate running costs (5% reduction)", None),  # a share in a label is a figure, not a unit
        ("Lower limit of the 95% CI", None),
    ],
)
def test_a_percent_sign_is_a_unit_unless_a_figure_prints_it(header: str, unit: str | None) -> None:
    assert column_unit(header, None, None) == unit
