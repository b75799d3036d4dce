"""The healthdash command: outputs, summaries and one-line errors."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest
from click.testing import CliRunner

from loaders.cli import main
from loaders.schema import validate


@pytest.mark.parametrize("suffix", [".csv", ".xlsx", ".parquet"])
def test_extract_writes_a_validated_table(tmp_path: Path, shipped_pack: Callable[[str], Path], suffix: str) -> None:
    out = tmp_path / f"metrics{suffix}"
    result = CliRunner().invoke(main, ["extract", str(shipped_pack("004")), "--out", str(out)])
    assert result.exit_code == 0, result.output
    assert "packs: 1" in result.output and "rows per dataset:" in result.output
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
    assert message in result.output and str(target.name) in result.output
    assert "Traceback" not in result.output


def test_unknown_output_suffix_is_refused(tmp_path: Path, shipped_pack: Callable[[str], Path]) -> None:
    result = CliRunner().invoke(main, ["extract", str(shipped_pack("004")), "--out", str(tmp_path / "o.json")])
    assert result.exit_code != 0 and "suffix" in result.output


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
