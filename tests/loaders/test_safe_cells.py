"""Tests of loaders/safe_cells.py (issue 17, item 5): text that could run as a formula is quoted, numbers as printed
and numbers are kept, control characters dropped for a workbook; and `extract --out` writes files read back safe."""

from __future__ import annotations

import csv
from pathlib import Path

import openpyxl
import pandas as pd
import pytest
from click.testing import CliRunner

from loaders.cli import main
from loaders.safe_cells import safe_frame, safe_text

INJECTED = (
    "HEALTH OVERVIEW AND SCRUTINY COMMITTEE: 4 JUNE 2025\n\n"
    "REPORT OF THE DIRECTOR OF PUBLIC HEALTH\n\n"
    "SMOKING AT TIME OF DELIVERY\n\n"
    '=HYPERLINK("http://example.com/x") smoking at delivery was 7.3% in 2024/25.\n\n'
    "@SUM(A1) the stop smoking service supported 1,482 pregnant women during the year.\n\n"
    "+1+1 the service saw 2,100 referrals in 2024/25.\n\n"
    "-2+3 the waiting list fell by 540 people in 2024/25.\n\n"
    "The bell \x07 rang for 4.5% of the 3,000 calls in 2024/25.\n\n"
    "The net change in the waiting list was -540 people in 2024/25.\n"
)
ATTACKS = ('=HYPERLINK("http://example.com/x")', "@SUM(A1)", "+1+1", "-2+3")


@pytest.mark.parametrize(
    ("text", "safe"),
    [
        ('=HYPERLINK("x")', '\'=HYPERLINK("x")'),
        ("@SUM(A1)", "'@SUM(A1)"),
        ("+1+1", "'+1+1"),
        ("-2+3", "'-2+3"),
        ("\tcmd", "'\tcmd"),
        ("\rcmd", "'\rcmd"),
        ("- a bullet point", "'- a bullet point"),
        ("-540", "-540"),
        ("+2.3%", "+2.3%"),
        ("-£1.2m", "-£1.2m"),
        ("-1,573,742", "-1,573,742"),
        ("+ 16590", "+ 16590"),
        ("Blaby", "Blaby"),
        ("a = b", "a = b"),
    ],
)
def test_text_that_could_run_is_quoted_and_numbers_as_printed_kept(text: str, safe: str) -> None:
    assert safe_text(text) == safe


def test_a_workbook_loses_control_characters_a_csv_keeps_them() -> None:
    assert safe_text("bell\x07 and\x00 nul") == "bell\x07 and\x00 nul"
    assert safe_text("bell\x07 and\x00 nul", workbook=True) == "bell and nul"
    assert safe_text("=\x07x", workbook=True) == "'=x"


def test_a_frame_keeps_its_numbers_dtypes_and_untouched_columns() -> None:
    frame = pd.DataFrame(
        {
            "text": pd.Series(["=1+1", None, "fine", "-540"], dtype="string"),
            "value": [-540.0, 2.0, None, 3.5],
            "mixed": ["@x", 5, None, "ok"],
            "when": pd.to_datetime(["2024-01-01", None, "2024-03-01", "2024-04-01"]),
            "kind": pd.Categorical(["+a", "b", "+a", "b"]),
        }
    ).set_axis([7, 7, 8, 9])  # a repeated index label is no obstacle
    out = safe_frame(frame)
    assert out["text"].tolist() == ["'=1+1", pd.NA, "fine", "-540"]
    assert out["text"].dtype == frame["text"].dtype
    assert out["value"] is frame["value"] or out["value"].equals(frame["value"])
    assert out["mixed"].tolist()[:2] == ["'@x", 5]
    assert out["when"].equals(frame["when"])
    assert out["kind"].tolist() == ["'+a", "b", "'+a", "b"]
    assert frame["text"].tolist()[0] == "=1+1"  # the input is never changed
    clean = pd.DataFrame({"text": ["a", "b"], "n": [1, 2]})
    assert safe_frame(clean) is clean


@pytest.fixture
def injected_pack(tmp_path: Path) -> Path:
    path = tmp_path / "injected.txt"
    path.write_text(INJECTED, encoding="utf-8")
    return path


def test_extract_to_csv_neutralises_formulas(injected_pack: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.csv"
    result = CliRunner().invoke(main, ["extract", str(injected_pack), "--out", str(out)])
    assert result.exit_code == 0, result.output
    with out.open(newline="", encoding="utf-8") as fh:
        rows = list(csv.DictReader(fh))
    cells = [cell for row in rows for cell in row.values()]
    for attack in ATTACKS:
        assert any(c.startswith("'" + attack) for c in cells), attack
    assert not [c for c in cells if c[:1] in ("=", "@") or c.startswith(("+1", "-2+"))]
    assert "-540" in {row["value_text"] for row in rows}  # a number as printed stays as printed
    assert any(float(row["value"]) == -540.0 for row in rows)


def test_extract_to_xlsx_writes_no_formula_and_no_control_character(injected_pack: Path, tmp_path: Path) -> None:
    out = tmp_path / "rows.xlsx"
    result = CliRunner().invoke(main, ["extract", str(injected_pack), "--out", str(out)])
    assert result.exit_code == 0, result.output
    ws = openpyxl.load_workbook(out).active
    assert ws is not None
    header = [c.value for c in ws[1]]
    cells = [c for row in ws.iter_rows(min_row=2) for c in row]
    assert all(c.data_type != "f" for c in cells)
    text = [c.value for c in cells if isinstance(c.value, str)]
    for attack in ATTACKS:
        assert any(t.startswith("'" + attack) for t in text), attack
    assert any("The bell  rang" in t for t in text)
    assert not any("\x07" in t for t in text)
    value = header.index("value")
    assert all(isinstance(row[value].value, int | float) for row in ws.iter_rows(min_row=2))
    value_text = header.index("value_text")
    assert "-540" in {row[value_text].value for row in ws.iter_rows(min_row=2)}
