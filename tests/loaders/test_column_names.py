"""Tests of loaders/column_names.py: the column names a header gives (places, dates, years, scales, counts)."""

from __future__ import annotations

from loaders.column_names import area_columns, calendar_year_columns, counted_columns, date_columns, named_columns


def test_area_date_and_named_column_readers() -> None:
    areas = area_columns([(4, "Sex Leicester Leicestershire Rutland")], None)
    assert areas is not None
    assert areas.names == ("Leicester", "Leicestershire", "Rutland")
    assert areas.lead == "Sex"
    assert area_columns([(4, "People living in Rutland")], None) is None
    printed = ["Snaps", "hot", "13/1", "0/19", "09/05/", "2021", "16/05/", "2021"]
    split_dates = list(enumerate(printed, 1))
    dates = date_columns(split_dates, 3)
    assert dates is not None
    assert dates.names == ("13/10/19", "09/05/2021", "16/05/2021")
    assert dates.last_line == 8
    scale = (r"Very important", r"Important", r"Neutral", r"Not important")
    header = [(1, "How important is it"), (2, "Very important Important Neutral Not important")]
    named = named_columns(header, None, scale)
    assert named is not None
    assert named.names == ("Very important", "Important", "Neutral", "Not important")
    assert named.lead == "How important is it"
    counted = counted_columns([(1, "Row Labels Asexual"), (2, "(1)"), (3, "Gay or"), (4, "lesbian (5)")], 2)
    assert counted is not None
    assert counted.names == ("Asexual (1)", "Gay or lesbian (5)")


def test_calendar_year_columns() -> None:
    """Calendar years and year ranges ending a header line name columns; a phone number or a lone year does not."""
    assert calendar_year_columns("Area                   2017    2018    2019") == ["2017", "2018", "2019"]
    assert calendar_year_columns("Indicator 2014-16 2015-17 2016 - 18") == ["2014-16", "2015-17", "2016 - 18"]
    assert calendar_year_columns("Tel 0116 2017") == []
    assert calendar_year_columns("Total 2019") == []
    assert calendar_year_columns("Area 2019/20 2020/21") == []
