"""Tests of loaders/numbers.py, the number parser, table-driven: every printed form the packs use."""

from __future__ import annotations

import math
from collections.abc import Callable

import pytest
from hypothesis import example, given, settings
from hypothesis import strategies as st

from loaders.numbers import (
    GBP,
    GBP_BN,
    GBP_K,
    GBP_M,
    MISSING_MARKERS,
    PERCENT,
    NumberToken,
    is_missing,
    parse_value,
    scan,
)


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
    assert plain is not None
    assert plain.value == 1234.0
    assert plain.bracketed


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
    assert token.warning
    assert "decimal point" in token.warning


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


# --- properties (Hypothesis) -------------------------------------------------------------------------------

SUFFIX_UNITS = {"": None, "%": PERCENT, "prp": "GBP per patient", "wte": "WTE"}
MONEY_SUFFIX_UNITS = {"": GBP, "k": GBP_K, "m": GBP_M, "bn": GBP_BN, " million": GBP_M, " billion": GBP_BN}


@st.composite
def printed_numbers(draw: st.DrawFn) -> tuple[str, float, str | None]:
    """A number as packs print it, with the value and unit it stands for."""
    places = draw(st.integers(0, 3))
    magnitude = draw(st.integers(0, 10**12)) / 10**places
    body = f"{magnitude:,.{places}f}" if draw(st.booleans()) else f"{magnitude:.{places}f}"
    money = draw(st.booleans())
    suffix, unit = draw(st.sampled_from(sorted((MONEY_SUFFIX_UNITS if money else SUFFIX_UNITS).items())))
    text = ("£" if money else "") + body + suffix
    value = float(f"{magnitude:.{places}f}")
    if draw(st.booleans()):
        return "-" + text, -value, unit
    return text, value, unit


def spans_are_sound(line: str, tokens: list[NumberToken]) -> None:
    previous_end = 0
    for t in tokens:
        assert 0 <= t.start < t.end <= len(line), t
        assert t.start >= previous_end, f"{t} overlaps the token before it in {line!r}"
        assert line[t.start : t.end].strip() == t.text, t
        assert math.isfinite(t.value), t
        previous_end = t.end


@given(st.text(), st.booleans(), st.booleans())
@example("£1 000 and (2 345) and -3 456", False, True)
@example("9" * 400, False, False)
def test_scan_never_raises_and_its_spans_are_sound(line: str, accounting: bool, space_thousands: bool) -> None:
    tokens = scan(line, accounting=accounting, space_thousands=space_thousands)
    spans_are_sound(line, tokens)


@given(st.lists(st.sampled_from(list("0123456789,.%£()- kmbnprwte\u2013\u2212")), max_size=40).map("".join))
@settings(max_examples=500)
def test_scan_on_number_like_text(line: str) -> None:
    for accounting in (False, True):
        for space_thousands in (False, True):
            spans_are_sound(line, scan(line, accounting=accounting, space_thousands=space_thousands))


@given(printed_numbers())
def test_a_printed_number_reads_back(printed: tuple[str, float, str | None]) -> None:
    text, value, unit = printed
    token = parse_value(text)
    assert token is not None
    assert token.text == text
    assert token.value == pytest.approx(value, rel=1e-12, abs=1e-12)
    assert token.unit == unit


@given(printed_numbers())
def test_a_printed_number_in_a_sentence_is_the_one_token(printed: tuple[str, float, str | None]) -> None:
    text, value, unit = printed
    line = f"The figure was {text} in the year."
    (token,) = scan(line)
    assert (line[token.start : token.end], token.value, token.unit) == (text, pytest.approx(value), unit)


@given(printed_numbers(), st.booleans())
def test_brackets_are_negative_only_for_accounting(printed: tuple[str, float, str | None], accounting: bool) -> None:
    text, value, unit = printed
    if text.startswith("-"):
        return
    token = parse_value(f"({text})", accounting=accounting)
    assert token is not None
    assert token.bracketed
    assert token.text == f"({text})"
    negative = accounting and unit != PERCENT
    assert token.value == pytest.approx(-value if negative else value)


@given(st.lists(printed_numbers(), min_size=1, max_size=8), st.sampled_from(["Core Contract", "Blaby", "GP View"]))
def test_a_table_row_reads_every_cell(cells: list[tuple[str, float, str | None]], label: str) -> None:
    line = label + " " + " ".join(text for text, _, _ in cells)
    tokens = scan(line)
    assert [t.value for t in tokens] == pytest.approx([value for _, value, _ in cells])


@given(
    st.integers(0, 10**6),
    st.integers(0, 10**6),
    st.sampled_from(["-", "\u2013", " to ", " - ", " \u2013 "]),
    st.sampled_from([("", "%", PERCENT), ("£", "m", GBP_M), ("£", "bn", GBP_BN), ("£", "k", GBP_K)]),
)
def test_both_ends_of_a_range_take_its_unit(low: int, high: int, join: str, form: tuple[str, str, str]) -> None:
    currency, suffix, unit = form
    for first in ({currency} | {""}) if currency else {""}:
        line = f"{first}{low:,}{join}{currency}{high:,}{suffix}"
        tokens = scan(line)
        assert [(t.value, t.unit) for t in tokens] == [(low, unit), (high, unit)], line


@given(st.sampled_from(sorted(MISSING_MARKERS)), st.sampled_from([str.upper, str.lower, str.title]), st.text(" \t"))
def test_missing_markers_in_any_case_and_padding(marker: str, case: Callable[[str], str], pad: str) -> None:
    assert parse_value(pad + case(marker) + pad) is None


@given(st.integers(1, 999), st.lists(st.integers(0, 999), min_size=1, max_size=3), st.sampled_from(["", "£", "-"]))
def test_space_thousands_reads_one_number_with_its_sign_and_currency(head: int, groups: list[int], lead: str) -> None:
    text = lead + " ".join([str(head)] + [f"{g:03d}" for g in groups])
    line = f"Hazelmere {text} Dr"
    (token,) = scan(line, space_thousands=True)
    value = float(str(head) + "".join(f"{g:03d}" for g in groups))
    expected = (text, -value if lead == "-" else value, GBP if lead == "£" else None)
    assert (token.text, token.value, token.unit) == expected


def test_scan_results_are_not_shared_between_calls() -> None:
    first = scan("Core Contract 38,321,247 30,277,996")
    first.clear()
    assert len(scan("Core Contract 38,321,247 30,277,996")) == 2


@pytest.mark.parametrize(
    ("text", "printed", "minutes"),
    [("mean 41:12 against 30:00", ["41:12", "30:00"], [41.2, 30.0]), ("1:02:30 longest", ["1:02:30"], [62.5])],
)
def test_durations_are_one_number_of_minutes(text: str, printed: list[str], minutes: list[float]) -> None:
    found = scan(text)
    assert [t.text for t in found] == printed
    assert [round(t.value, 4) for t in found] == minutes
    assert {t.unit for t in found} == {"minutes"}


@pytest.mark.parametrize(
    "text",
    ["at 2:00 pm", "from 10.30am to 2pm", "Mon – Fri 09:00 – 21:00", "open 8:00 to 18:30", "Mon-Sun 08:00-20:00"],
)
def test_times_of_day_give_no_number(text: str) -> None:
    assert scan(text) == []


def test_a_time_of_day_beside_a_figure_leaves_the_figure() -> None:
    assert [t.text for t in scan("2:00pm: 5 items, mean 41:12")] == ["5", "41:12"]


def test_clock_times_and_ratios_are_not_durations() -> None:
    assert [t.unit for t in scan("a ratio of 1:4")] == [None, None]
