"""The number parser, table-driven: every printed form the packs use."""

from __future__ import annotations

import pytest

from loaders.numbers import GBP, GBP_K, GBP_M, PERCENT, is_missing, parse_value, scan


@pytest.mark.parametrize(
    ("text", "value", "unit"),
    [
        ("£49.020m", 49.02, GBP_M),
        ("£1.44prp", 1.44, "GBP per patient"),
        ("£154k", 154.0, GBP_K),
        ("£2bn", 2.0, "GBP billions"),
        ("£3.5 million", 3.5, GBP_M),
        ("£146,135", 146135.0, GBP),
        ("1,234", 1234.0, None),
        ("1,702.7", 1702.7, None),
        ("-5.9", -5.9, None),
        ("-1,573,742", -1573742.0, None),
        ("12.5%", 12.5, PERCENT),
        ("0.58wte", 0.58, "WTE"),
        ("58, 820", 58820.0, None),
        ("£1,127, 205", 1127205.0, GBP),
        ("72.55%%", 72.55, PERCENT),
        ("£227,267How", 227267.0, GBP),
        (".5", 0.5, None),
    ],
)
def test_single_number_forms(text: str, value: float, unit: str | None) -> None:
    token = parse_value(text)
    assert token is not None
    assert token.value == pytest.approx(value)
    assert token.unit == unit


@pytest.mark.parametrize("text", ["n/a", "-", "*", "", "  ", "N/A", "\u2013"])
def test_missing_markers_are_not_numbers(text: str) -> None:
    assert is_missing(text)
    assert parse_value(text) is None


def test_accounting_brackets_are_negative_only_when_asked() -> None:
    assert parse_value("(1,234)", accounting=True).value == -1234.0  # type: ignore[union-attr]
    plain = parse_value("(1,234)")
    assert plain is not None and plain.value == 1234.0 and plain.bracketed


def test_value_with_share_in_brackets_gives_two_tokens() -> None:
    count, share = scan("5,700 (12%)")
    assert (count.value, count.unit, count.is_share) == (5700.0, None, False)
    assert (share.value, share.unit, share.is_share, share.text) == (12.0, PERCENT, True, "(12%)")


def test_range_shares_its_unit() -> None:
    low, high = scan("10-15%")
    assert (low.value, low.unit, high.value, high.unit) == (10.0, PERCENT, 15.0, PERCENT)


def test_comma_in_millions_is_kept_as_printed_with_a_warning() -> None:
    token = parse_value("£37,782m")
    assert token is not None
    assert token.text == "£37,782m"
    assert token.value == 37782.0  # the parser does not guess; specs resolve it from arithmetic
    assert token.warning and "decimal point" in token.warning


def test_doubled_percent_and_comma_space_warn() -> None:
    assert "percent" in (parse_value("72.55%%").warning or "")  # type: ignore[union-attr]
    assert "comma" in (parse_value("58, 820").warning or "")  # type: ignore[union-attr]


@pytest.mark.parametrize("text", ["PM2.5", "COVID-19", "A&E4", "www.site/2019"])
def test_numbers_inside_words_are_not_read(text: str) -> None:
    assert scan(text) == []


def test_space_thousands_only_on_request() -> None:
    assert [t.value for t in scan("Hazelmere 47 248 Dr")] == [47.0, 248.0]
    assert [t.value for t in scan("Hazelmere 47 248 Dr", space_thousands=True)] == [47248.0]


def test_token_positions_point_at_the_printed_text() -> None:
    line = "Core Contract 38,321,247 30,277,996"
    assert [line[t.start : t.end] for t in scan(line)] == ["38,321,247", "30,277,996"]
