"""Tests of dashboard/theme.py: palette, template and British formatting."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard.theme import PRESENT_TEMPLATE, TEMPLATE, Rag, counted, fmt_change, fmt_date, fmt_value


def _luminance(hex_colour: str) -> float:
    channels = [int(hex_colour[i : i + 2], 16) / 255 for i in (1, 3, 5)]
    lin = [c / 12.92 if c <= 0.03928 else ((c + 0.055) / 1.055) ** 2.4 for c in channels]
    return 0.2126 * lin[0] + 0.7152 * lin[1] + 0.0722 * lin[2]


@pytest.mark.parametrize("rag", list(Rag))
def test_every_rating_has_word_icon_and_legible_text(rag):
    assert rag.word
    assert rag.icon
    hi, lo = sorted([_luminance(rag.fill), _luminance(rag.text)], reverse=True)
    assert (hi + 0.05) / (lo + 0.05) >= 4.5


def test_palette_includes_blue_and_combined_ratings():
    assert {"Blue", "Amber/Green", "Red/Amber", "Green/Blue"} <= {r.word for r in Rag}
    assert Rag.of("amber/green") is Rag.AMBER_GREEN
    assert Rag.of(None) is Rag.NONE
    assert len({r.fill for r in Rag}) == len(Rag)


@pytest.mark.parametrize(
    ("value", "expected"),
    [("2019-06-05", "5 June 2019"), (pd.Timestamp("2021-07-08"), "8 July 2021"), (None, "date not stated")],
)
def test_fmt_date(value, expected):
    assert fmt_date(value) == expected


@pytest.mark.parametrize(
    ("value", "unit", "printed", "expected"),
    [
        (49.02, "GBP millions", None, "£49.02m"),
        (1234567, "GBP", None, "£1,234,567"),
        (13.0, "%", "13.0", "13.0%"),
        (13.0, "%", None, "13%"),
        (2.5, "per 1,000", None, "2.5 per 1,000"),
        (5700, "number", "5,700", "5,700"),
        (-5.9, "%", "-5.9", "-5.9%"),
        (81.25, "years", None, "81.25 years"),
    ],
)
def test_fmt_value(value, unit, printed, expected):
    assert fmt_value(value, unit, printed) == expected


def test_fmt_change_in_words():
    assert fmt_change(0.4, "%") == "up 0.4 percentage points"
    assert fmt_change(-1.5, "GBP millions") == "down £1.5m"
    assert fmt_change(0, "%") == "no change"


def test_presentation_template_has_larger_type():
    assert PRESENT_TEMPLATE.layout.font.size > TEMPLATE.layout.font.size


def test_headline_money_is_written_one_way_whatever_the_pack_printed():
    from dashboard.theme import fmt_headline

    shown = [
        fmt_headline(103_716_813, "GBP"),
        fmt_headline(49.02, "GBP millions"),
        fmt_headline(177_194, "GBP thousands"),
        fmt_headline(963, "GBP thousands"),
        fmt_headline(299_989.92, "GBP"),
        fmt_headline(-850, "GBP"),
    ]
    assert shown == ["£103.7m", "£49.0m", "£177.2m", "£963k", "£300k", "-£850"]
    assert fmt_headline(84.3, "years") == "84.3 years"  # other units as fmt_value writes them


def test_a_value_mended_from_a_misprint_keeps_its_digits():
    """'£37,782m' is read as £37.782m (the pack's own arithmetic): shown with the decimals the value needs, not the
    none the misprint has; a value as printed keeps the print's decimals ("13.0%")."""
    assert fmt_value(37.782, "GBP millions", "£37,782m") == "£37.782m"
    assert fmt_value(13.0, "%", "13.0") == "13.0%"
    assert fmt_value(5700, "count", "5,700") == "5,700"


def test_a_count_takes_its_noun_in_the_number_it_needs() -> None:
    assert counted(1, "meeting") == "1 meeting"
    assert counted(16, "meeting") == "16 meetings"
    assert counted(1200, "figure") == "1,200 figures"
    assert counted(2, "body", "bodies") == "2 bodies"
