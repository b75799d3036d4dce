"""Tests of loaders/misprints.py: a swapped pair of digits is read as the table's arithmetic proves, and only then."""

from __future__ import annotations

import pytest

from loaders.misprints import resolve, swapped_digits
from loaders.numbers import parse_value


def column(*printed: str | None):
    return [parse_value(p) if p else None for p in printed]


@pytest.mark.parametrize(
    ("printed", "value", "swapped"),
    [
        ("98,718", 98781, True),
        ("3,880", 3808, True),
        ("81.727", 81.772, True),
        ("98,718", 98718, False),
        ("98,718", 98871, False),
        ("1,234", 12340, False),
        ("3,880", 3890, False),
    ],
)
def test_swapped_digits(printed: str, value: float, swapped: bool) -> None:
    assert swapped_digits(printed, value) is swapped


def test_a_total_with_two_digits_swapped_is_read_as_its_parts_add_up() -> None:
    labels = ["Grant A", "Grant B", "Grant C", "Total pooled fund"]
    fixes = resolve(labels, [column("40,000", "38,781", "20,000", "98,718")])
    assert list(fixes) == [(3, 0)]
    assert fixes[(3, 0)].value == 98781
    assert "printed 98,718" in fixes[(3, 0)].warning


def test_a_total_that_is_simply_wrong_is_left_as_printed() -> None:
    assert resolve(["A", "B", "Total"], [column("10", "20", "35")]) == {}


def test_a_derived_column_is_mended_only_when_every_other_row_and_its_total_agree() -> None:
    labels = ["Medicines", "Elective", "Urgent", "Workforce", "Estates", "Total"]
    target = column("8,420", "11,200", "6,750", "9,600", "4,230", "40,200")
    identified = column("7,960", "7,392", "4,860", "6,144", "3,468", "29,824")
    gap = column("460", "3,880", "1,890", "3,456", "762", "10,376")
    fixes = resolve(labels, [target, identified, gap])
    assert list(fixes) == [(1, 2)]
    assert fixes[(1, 2)].value == 3808
    assert "11,200 less 7,392 is 3,808" in fixes[(1, 2)].warning
    # the same table whose total does not confirm the mended value: left alone
    wrong_total = column("460", "3,880", "1,890", "3,456", "762", "10,448")
    assert resolve(labels, [target, identified, wrong_total]) == {}
