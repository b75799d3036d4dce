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


def _row(dataset: str, measure: str, text: str, value: float, unit: str, line: int) -> dict[str, object]:
    return {
        "dataset": dataset,
        "measure": measure,
        "value_text": text,
        "value": value,
        "unit": unit,
        "period": "2023/24",
        "source_line": line,
        "warning": None,
    }


def test_a_sum_in_the_text_with_two_digits_swapped_from_its_tables_total_is_read_as_the_total() -> None:
    prose = _row("figures", "The BCF pooled budget for 2023/24 is", "£81.727m", 81.727, "GBP millions", 374)
    other = _row("figures", "The ICB pooled budget for 2023/24 is", "£81.7m", 81.7, "GBP millions", 375)
    total = _row("bcf", "Total pooled budget", "81,772", 81772, "GBP thousands", 394)
    rows = [prose, other, total]
    from loaders.misprints import resolve_against_tables

    resolve_against_tables(rows)
    assert prose["value"] == pytest.approx(81.772)
    assert "printed £81.727m; Total pooled budget is 81,772 at line 394" in str(prose["warning"])
    assert other["value"] == 81.7  # rounded, not misprinted: left as printed
    unrelated = _row("figures", "Capital spend for 2023/24 is", "£81.727m", 81.727, "GBP millions", 376)
    resolve_against_tables([unrelated, total])
    assert unrelated["value"] == 81.727  # another thing: its words do not name the total's
