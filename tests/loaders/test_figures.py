"""Tests of loaders/figures.py: the helpers of the catch-all `figures` dataset (which numbers are figures, the unit
written after one, the heading, topic and period a figure sits under).  Their case-sensitive twins are tested in
test_figures_twins.py."""

from __future__ import annotations

import pytest

from loaders import figures


def test_dates_times_numbering_and_phone_numbers_are_not_figures() -> None:
    text = "On 5 June 2019 at 2.00 pm, Item 9, call 0116 305 4239: 1,482 women"
    assert [t.text for t in figures.figure_tokens(text)] == ["1,482"]


def test_page_and_paragraph_numbers_are_not_figures_but_money_and_shares_are() -> None:
    assert [t.text for t in figures.figure_tokens("Page 41 of the report, paragraph 3.2, shows 58 referrals")] == ["58"]
    found = figures.figure_tokens("savings of £700,000 (12%) met 3 of 4 targets")
    assert [(t.text, t.unit) for t in found] == [("£700,000", "GBP"), ("(12%)", "%"), ("3", None), ("4", None)]


@pytest.mark.parametrize(
    ("text", "after", "unit"),
    [
        ("a rate of 7.6", " per 1,000 households", "per 1,000"),
        ("a gap of 6.4", " years for men", "years"),
        ("savings of £700,000", " years", "GBP"),  # a number's own unit wins
        ("a score of 12", " out of the rest", None),
    ],
)
def test_unit_written_after_a_number(text: str, after: str, unit: str | None) -> None:
    (token,) = figures.figure_tokens(text)[-1:]
    assert figures.unit_after(after, token) == unit


def test_compact_years_are_read_as_financial_years() -> None:
    text = "between 201920 and 202021 the rate"
    assert figures.compact_years(text) == [
        (text.index("201920"), text.index("201920") + 6, "2019/20"),
        (text.index("202021"), text.index("202021") + 6, "2020/21"),
    ]


@pytest.mark.parametrize(
    ("text", "heading"),
    [
        ("FINANCIAL POSITION", True),
        ("Smoking at time of delivery", True),
        ("3. Financial position", False),  # numbered: an item, not a sub-heading
        ("The service supported 1,482 women during the year.", False),
        ("Savings of £700,000", False),
        ("", False),
    ],
)
def test_looks_like_heading(text: str, heading: bool) -> None:
    assert figures.looks_like_heading(text) is heading


def test_heading_above_skips_blank_lines_and_page_furniture() -> None:
    lines = ("FINANCIAL POSITION", "", "The service saved £700,000 in the year.", "")
    assert figures.heading_above(lines, 3, frozenset()) == "FINANCIAL POSITION"
    assert figures.heading_above(lines, 3, frozenset({1})) is None  # line 1 is a page footer, say
    assert figures.heading_above(lines, 3, frozenset(), max_lines=1) is None


def test_nearest_period_to_a_number() -> None:
    sentence = "In 2019/20 the rate was 12%, up from 2018/19"
    assert figures.nearest_period(sentence, sentence.index("12%")) == "2018/19"
    assert figures.nearest_period(sentence, 0) == "2019/20"
    assert figures.nearest_period("between 201112 and 201213 the rate fell", 30) == "2012/13"
    assert figures.nearest_period("the rate was 12%", 13) is None


def test_sentence_topic_names_what_the_figures_report_on() -> None:
    sentence = (
        "The data shown in table 3 regarding jobs and work shows total employments furloughed at December 2020"
        " locally was similar, with North West Leicestershire having the lowest level at 10%"
    )
    assert figures.sentence_topic(sentence, sentence.index("10%")) == "total employments furloughed"
    assert figures.sentence_topic("The chart shows 150 people attended in 2019", 20) is None
