"""Indicator cards printed side by side (loaders/grid_panels.py): a row of cards reads as one table, a row a card."""

from __future__ import annotations

from pathlib import Path

from hypothesis import given, settings
from hypothesis import strategies as st

from loaders.columns import column_blocks
from loaders.grid_model import Grid
from loaders.grids import find_grids
from loaders.pipeline import extract_pack

CARDS = """\
3.2   Planned care

Waiting over 18 weeks at Fenwick            Scans waiting over 6 weeks (%)
Infirmary (%)
Sep-25 (previous Aug-25)                    Sep-25 (previous Aug-25)

Latest     41.7%                            Latest     12.9%
Target     35.0%                            Target     5.0%
Previous   43.2%                            Previous   13.6%
Variation  Special cause improving          Variation  Common cause
Assurance  Consistently fail                Assurance  -
"""


def panels(text: str) -> list[Grid]:
    return [g for g in find_grids(text.splitlines()) if g.layout == "panels"]


def cell(grid: Grid, row: int, header: str) -> str | None:
    k = [c.header for c in grid.columns].index(header)
    r = grid.rows[row]
    tok = r.values[k]
    return tok.text if tok is not None else r.words[k]


def test_a_row_of_cards_is_a_table_with_a_row_a_card_and_a_column_a_key() -> None:
    (grid,) = panels(CARDS)
    assert [r.label for r in grid.rows] == [
        "Waiting over 18 weeks at Fenwick Infirmary (%)",
        "Scans waiting over 6 weeks (%)",
    ]
    assert [c.header for c in grid.columns] == ["Latest", "Target", "Previous", "Variation", "Assurance"]
    assert [cell(grid, 0, h) for h in ("Latest", "Target", "Previous")] == ["41.7%", "35.0%", "43.2%"]
    assert [cell(grid, 1, h) for h in ("Latest", "Target", "Previous")] == ["12.9%", "5.0%", "13.6%"]
    assert cell(grid, 0, "Variation") == "Special cause improving"
    assert cell(grid, 1, "Assurance") == "-"
    assert [c.role for c in grid.columns] == ["values", "values", "values", "words", "words"]
    assert grid.caption == "Planned care"


def test_each_value_keeps_its_own_line_and_place_on_the_line() -> None:
    lines = CARDS.splitlines()
    (grid,) = panels(CARDS)
    for row in grid.rows:
        for i, tok in enumerate(row.values):
            if tok is not None:
                line = lines[row.line_of(i) - 1]
                assert line[tok.start : tok.end] == tok.text


def test_the_period_line_gives_each_key_its_period() -> None:
    (grid,) = panels(CARDS)
    periods = {c.header: c.period for c in grid.columns}
    assert periods["Latest"] == "Sep 2025"
    assert periods["Target"] == "Sep 2025"
    assert periods["Previous"] == "Aug 2025"  # "(previous Aug-25)": the key's own word before it


def test_cards_of_different_months_give_each_card_its_own_period() -> None:
    months = "Sep-25 (previous Aug-25)                    Sep-25 (previous Aug-25)"
    (grid,) = panels(CARDS.replace(months, months[:44] + "Aug-25 (previous Jul-25)"))
    assert grid.columns[0].role == "period"
    assert [grid.row_period(r) for r in grid.rows] == ["Sep 2025", "Aug 2025"]
    assert {c.header: c.period for c in grid.columns}["Previous"] is None


def test_a_row_of_cards_is_not_two_columns_of_prose() -> None:
    assert column_blocks(tuple(CARDS.splitlines())) == ()


def test_a_header_repeating_its_words_over_groups_is_no_row_of_cards() -> None:
    text = """\
Table 2: Life expectancy by district

District        Male    Female    Male    Female
                2019    2019      2023    2023
Fenwick         79.1    82.8      79.6    83.0
Ashby Moor      78.4    82.1      78.9    82.5
Tollbridge      80.2    83.9      80.4    84.1
"""
    assert panels(text) == []


def test_cards_become_rows_labelled_by_the_card_and_key(tmp_path: Path) -> None:
    pack = tmp_path / "board.txt"
    pack.write_text("Fenwick Integrated Care Board\nIntegrated performance report\n\n" + CARDS, encoding="utf-8")
    frame = extract_pack(pack).frame
    row = frame[(frame["source_line"] == 10) & (frame["value"] == 12.9)].iloc[0]  # the cards' first key line
    assert row["measure"] == "Scans waiting over 6 weeks (%): Latest"
    assert row["period"] == "Sep 2025"
    assert row["table"] == "Planned care"
    assert row["source_column"] == CARDS.splitlines()[6].index("12.9%") + 1
    assert row["area"] == "Fenwick ICB"  # the board's own figure: its report names no other place for it


KEYS = ["Latest", "Target", "Previous", "Plan", "Actual", "Forecast"]
TITLE_WORDS = ["Patients", "waiting", "seen", "within", "hours", "discharged", "referrals", "rate", "beds", "Scans"]


@st.composite
def card_rows(draw: st.DrawFn) -> tuple[str, list[str], list[list[str]]]:
    """A row of 2-3 cards: titles of 1-2 lines, the same 3-5 keys, a value or a gap a key; the text and what
    each card holds."""
    count = draw(st.integers(2, 3))
    width = draw(st.integers(34, 46))
    keys = draw(st.lists(st.sampled_from(KEYS), min_size=3, max_size=5, unique=True))
    key_width = max(map(len, keys)) + draw(st.integers(2, 5))
    titles = []
    for _ in range(count):
        words = draw(st.lists(st.sampled_from(TITLE_WORDS), min_size=2, max_size=5))
        while len(" ".join(words)) > width - 3:  # a title fits its card
            words.pop()
        titles.append(" ".join(words).capitalize())
    wrapped = [draw(st.booleans()) for _ in range(count)]
    cells = [
        [draw(st.sampled_from(["-", f"{draw(st.integers(1, 999))}.{draw(st.integers(0, 9))}%"])) for _ in keys]
        for _ in range(count)
    ]
    for card in cells:  # each card holds at least one value
        if all(c == "-" for c in card):
            card[0] = "1.0%"
    lines = ["Key performance indicators", ""]
    lines.append("".join(f"{t.split()[0] if w else t:<{width}}" for t, w in zip(titles, wrapped, strict=True)).rstrip())
    if any(wrapped):
        lines.append(
            "".join(
                f"{' '.join(t.split()[1:]) if w else '':<{width}}" for t, w in zip(titles, wrapped, strict=True)
            ).rstrip()
        )
    lines.append("")
    for k, key in enumerate(keys):
        lines.append("".join(f"{key:<{key_width}}{card[k]:<{width - key_width}}" for card in cells).rstrip())
    return "\n".join(lines) + "\n", titles, cells


@settings(max_examples=60, deadline=None)
@given(drawn=card_rows())
def test_drawn_rows_of_cards_read_back(drawn: tuple[str, list[str], list[list[str]]]) -> None:
    text, titles, cells = drawn
    (grid,) = panels(text)
    assert [r.label for r in grid.rows] == titles
    for row, card in zip(grid.rows, cells, strict=True):
        read = [tok.text if tok is not None else word for tok, word in zip(row.values, row.words, strict=True)]
        assert read == card
