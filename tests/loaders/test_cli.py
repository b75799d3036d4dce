"""Tests of loaders/cli.py: the healthdash extract, tables, check and add commands: outputs, summaries and one-line
errors."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner
from pdfmaker import text_pdf

import loaders
from loaders.cli import main
from loaders.schema import validate
from loaders.store import Store


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_extract_writes_a_validated_table(tmp_path: Path, shipped_pack: Callable[[str], Path], suffix: str) -> None:
    out = tmp_path / f"metrics{suffix}"
    result = CliRunner().invoke(main, ["extract", str(shipped_pack("004")), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "packs: 1" in result.output
    assert "rows per dataset:" in result.output
    read = {".csv": pd.read_csv, ".xlsx": pd.read_excel, ".parquet": pd.read_parquet}[suffix]
    frame = read(out)
    assert len(frame) > 100
    assert set(frame["source_file"]) == {shipped_pack("004").name}
    if suffix == ".parquet":
        validate(frame)


def test_tables_lists_captions_with_lines(shipped_pack: Callable[[str], Path]) -> None:
    result = CliRunner().invoke(main, ["tables", str(shipped_pack("002"))])
    assert result.exit_code == 0
    for caption in (
        "Table 4: CCG Consolidated 2019/20 Primary Care Budgets",
        "Table 5: PCN Budgets 2019-20 to 2023-24",
        "Table 6: GP Forward View Allocations",
        "Table 7: Co-Commissioning Growth 2019-2024",
        "Table 2: Workforce Assumptions in LLR",
        "Table 3: LLR GP Workforce Trajectory",
    ):
        assert caption in result.output


@pytest.mark.parametrize(
    ("setup", "message"),
    [
        (lambda d: d / "missing.txt", "no such file"),
        (lambda d: (d / "empty.txt").write_text("") and d / "empty.txt" or d / "empty.txt", "the file is empty"),
        (lambda d: (d / "sub").mkdir() or d / "sub", "no .txt packs"),
        (lambda d: (d / "bin.txt").write_bytes(b"\x00\x01\x02") and d / "bin.txt", "binary"),
    ],
)
def test_bad_input_gives_one_line_and_exit_2(tmp_path: Path, setup: Callable[[Path], Path], message: str) -> None:
    target = setup(tmp_path)
    result = CliRunner().invoke(main, ["extract", str(target), "--out", str(tmp_path / "o.csv")])
    assert result.exit_code == 2
    assert message in result.output
    assert str(target.name) in result.output
    assert "Traceback" not in result.output


def test_unknown_output_suffix_is_refused(tmp_path: Path, shipped_pack: Callable[[str], Path]) -> None:
    result = CliRunner().invoke(main, ["extract", str(shipped_pack("004")), "--out", str(tmp_path / "o.json")])
    assert result.exit_code != 0
    assert "suffix" in result.output


def test_check_passes_on_the_shipped_packs_with_documented_upstream_errors() -> None:
    result = CliRunner().invoke(main, ["check"])
    assert result.exit_code == 0, result.output
    assert "figures stated twice: 14" in result.output
    assert "documented upstream error" in result.output
    assert "read as £37.782m" in result.output


def test_tables_says_who_claimed_each_numbered_table(shipped_pack: Callable[[str], Path]) -> None:
    out = CliRunner().invoke(main, ["tables", str(shipped_pack("002"))]).output
    status = {
        line.split("  [")[0].split("  ")[-1].strip(): line.rsplit("[", 1)[1] for line in out.splitlines() if "[" in line
    }
    assert status["Table 5: PCN Budgets 2019-20 to 2023-24"].startswith("pcn_budgets")
    assert status["Table 7: Co-Commissioning Growth 2019-2024"].startswith("co_commissioning")
    assert status["Table 3: LLR GP Workforce Trajectory"].startswith("no numbers in the text")


def test_cli_add_prints_what_it_found_and_adds_once(store: Store, small_pack: Path) -> None:
    runner = CliRunner()
    first = runner.invoke(main, ["add", str(small_pack), "--store", str(store.path)])
    assert first.exit_code == 0, first.output
    for expected in (
        "hosc_2025_06_04.txt: 3 rows",
        "meetings: 1",
        "papers for Health Overview and Scrutiny Committee, 4 June 2025",
        "tables: 0 found",
        "rows per dataset:",
        "figures: 3",
        "warnings: 0",
        "added 3 rows",
    ):
        assert expected in first.output
    second = runner.invoke(main, ["add", str(small_pack), "--store", str(store.path)])
    assert second.exit_code == 0
    assert "nothing added" in second.output
    assert "added 3 rows" not in second.output
    assert len(store.frame()[lambda f: f["source_file"] == small_pack.name]) == 3


def test_cli_add_lists_tables_and_warnings_of_a_real_pack(tmp_path: Path) -> None:
    (pack,) = loaders.REPORTS_DIR.glob("002_*.txt")
    result = CliRunner().invoke(main, ["add", str(pack), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 0, result.output
    assert "minutes of Health Overview and Scrutiny Committee" in result.output
    assert "primary_care_budgets:" in result.output
    pattern = r"tables: (\d+) found, (\d+) claimed .*?, (\d+) with no numbers .*?, (\d+) unclaimed"
    counts = re.search(pattern, result.output)
    assert counts, result.output
    found, claimed, empty, unclaimed = map(int, counts.groups())
    assert found == claimed + empty + unclaimed
    assert claimed > 0
    assert result.output.count("    unclaimed: ") == unclaimed
    stored = Store(tmp_path / "s.sqlite").frame()
    pd.testing.assert_frame_equal(stored, loaders.load([pack]))


@pytest.mark.parametrize(
    ("name", "content", "message"),
    [
        ("empty.txt", b"", "the file is empty"),
        ("binary.txt", b"\x00\x01\x02\x03" * 100, "binary"),
        ("pack.docx", b"PK\x03\x04 not a pack", "a pack must be a .txt or .pdf file"),
    ],
)
def test_cli_add_bad_input_one_line_exit_2(tmp_path: Path, name: str, content: bytes, message: str) -> None:
    path = tmp_path / name
    path.write_bytes(content)
    store_file = tmp_path / "s.sqlite"
    result = CliRunner().invoke(main, ["add", str(path), "--store", str(store_file)])
    assert result.exit_code == 2
    assert message in result.output
    assert name in result.output
    assert len(result.output.strip().splitlines()) == 1
    assert "Traceback" not in result.output
    assert Store(store_file).version() == 0
    assert not (tmp_path / "reports").exists()


def test_cli_add_missing_file(tmp_path: Path) -> None:
    result = CliRunner().invoke(main, ["add", str(tmp_path / "nope.txt"), "--store", str(tmp_path / "s.sqlite")])
    assert result.exit_code == 2
    assert "nope.txt: no such file" in result.output


def test_cli_add_a_pdf_pack_gives_the_rows_of_its_text(tmp_path: Path, small_pack: Path, small_pack_text: str) -> None:
    pdf = text_pdf(small_pack_text.splitlines(), tmp_path / "hosc_2025_06_04.pdf")
    store_file = tmp_path / "s.sqlite"
    result = CliRunner().invoke(main, ["add", str(pdf), "--store", str(store_file)])
    assert result.exit_code == 0, result.output
    assert "hosc_2025_06_04.pdf: 3 rows" in result.output
    assert "added 3 rows" in result.output
    store = Store(store_file)
    assert (store.reports_dir / pdf.name).read_bytes() == pdf.read_bytes()
    stored = store.frame().drop(columns="source_file")
    pd.testing.assert_frame_equal(stored, loaders.load([small_pack]).drop(columns="source_file"))
    lines = store.sources()[pdf.name]
    assert [x.strip() for x in lines if "7.3%" in x] == ["Leicestershire was 7.3%, compared with 6.1% in England."]
