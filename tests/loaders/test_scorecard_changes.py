"""A scorecard's change column: arrows give the sign, and the RAG rates the latest value, not the change."""

from __future__ import annotations

from collections.abc import Callable

from loaders.grids import find_grids
from loaders.pipeline import extract_read
from loaders.reading import Pack

SCORECARD = """Minutes of the Health Scrutiny Committee, Ormsby County Council, 3 December 2025

Table 5: Performance scorecard

| Indicator | Standard | Sep-25 | Oct-25 | Change | RAG |
|---|---|---|---|---|---|
| Patients seen within 4 hours (%) | 78.0 % | 74.2 % | 72.8 % | ▼1.4 | Red |
| Category 2 mean response (minutes) | 30.0 | 34.6 | 36.1 | ▲ 1.5 | Red |
| Patients waiting over 52 weeks | 0 | 412 | 398 | ↓14 | Amber |
"""


def test_an_arrow_gives_a_change_its_sign() -> None:
    (grid,) = find_grids(SCORECARD.splitlines())
    change = [c.header for c in grid.columns].index("Change")
    changes = {row.label: row.values[change] for row in grid.rows}
    assert {label: tok.value for label, tok in changes.items() if tok} == {
        "Patients seen within 4 hours (%)": -1.4,
        "Category 2 mean response (minutes)": 1.5,
        "Patients waiting over 52 weeks": -14.0,
    }


def test_the_rag_rates_the_latest_value_not_the_change(make_pack: Callable[..., Pack]) -> None:
    frame = extract_read(make_pack(SCORECARD)).frame
    rated = frame[frame["rag"].notna()]
    assert sorted(zip(rated["value"], rated["rag"], strict=True)) == [(36.1, "Red"), (72.8, "Red"), (398.0, "Amber")]


def test_a_change_keeps_its_arrow_as_printed(make_pack: Callable[..., Pack]) -> None:
    """An analyst's export shows the cell as the pack printed it; the value carries the sign."""
    frame = extract_read(make_pack(SCORECARD)).frame
    changes = frame[frame["measure"].str.endswith(": Change")]
    assert sorted(zip(changes["value_text"], changes["value"], strict=True)) == [
        ("↓14", -14.0),
        ("▲ 1.5", 1.5),
        ("▼1.4", -1.4),
    ]
