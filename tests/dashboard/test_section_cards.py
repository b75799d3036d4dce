"""Tests of dashboard/section_cards.py: a dataset printed in several tables gets a card per table, tables first."""

from __future__ import annotations

import pandas as pd
import pytest
from dash_tree import text_of

from dashboard import section_cards, series
from loaders.schema import coerce


@pytest.mark.parametrize(
    ("caption", "title"),
    [
        ("Table 5: PCN funding 2024/25", "PCN funding 2024/25"),
        ("TABLE 6.1: EFFICIENCY PROGRAMME OUTTURN BY SCHEME", "Efficiency programme outturn by scheme"),
        ("Table 1 Savings by scheme (£000)", "Savings by scheme (£000)"),
        (series.IN_THE_TEXT, series.IN_THE_TEXT),  # "Figures ..." is no numbered caption
        ("BCF metrics", "BCF metrics"),
    ],
)
def test_a_caption_as_a_card_title(caption: str, title: str) -> None:
    assert section_cards.caption_title(caption) == title


def _row(measure: str, value: float, line: int, table: str | None) -> dict[str, object]:
    return {
        "dataset": "qipp",
        "area": "Northshire",
        "period": "2024/25",
        "measure": measure,
        "value": value,
        "value_text": f"{value:,.1f}",
        "unit": "GBP millions",
        "context": measure,
        "source_file": "p.txt",
        "source_line": line,
        "source_column": 1,
        "meeting_date": "2025-01-16",
        "table": table,
    }


def test_the_tables_come_first_and_the_text_last() -> None:
    rows = coerce(
        pd.DataFrame(
            [
                _row("Savings delivered", 12.0, 3, None),
                _row("Medicines", 4.0, 10, "Table 1: Savings by scheme"),
                _row("Estates", 2.5, 11, "Table 1: Savings by scheme"),
            ]
        )
    )
    card = section_cards.card(rows, series.Section("finance-qipp", "QIPP savings", "qipp"), present=False)
    titles = [c.children[0].children.children for c in card.children]
    assert [t.split(": ", 1)[1] for t in titles] == ["Savings by scheme", series.IN_THE_TEXT]
    assert "Medicines" in text_of(card.children[0])
