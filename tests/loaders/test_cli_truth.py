"""Tests that the command line tells the truth (loaders/cli.py, loaders/claims.py, loaders/checkreport.py): `extract`,
`check` and `tables` agree on unclaimed tables, notes name their file once, `check` files each finding under the
right heading and closes with a true line, a bad `--out` is refused before any pack is read, and `make extract`
writes where git ignores it."""

from __future__ import annotations

import re
import shutil
import subprocess
from collections.abc import Callable
from pathlib import Path

import pytest
from cli_run import TABLE_PACK, run

ROOT = Path(__file__).resolve().parents[2]


PRINTED_PACK = """HEALTH OVERVIEW AND SCRUTINY COMMITTEE: 2 JULY 2025

REPORT OF THE DIRECTOR OF FINANCE

1. The total allocation for 2019/20 is £92,957m across the system.
"""


def section(output: str, heading: str) -> list[str]:
    """The indented lines under `heading: N` in a command's output."""
    lines = output.splitlines()
    start = next(i for i, line in enumerate(lines) if line.startswith(f"{heading}: "))
    body = []
    for line in lines[start + 1 :]:
        if not line.startswith("  "):
            break
        body.append(line.strip())
    return body


@pytest.fixture
def table_pack(tmp_path: Path) -> Path:
    path = tmp_path / "visits.txt"
    path.write_text(TABLE_PACK, encoding="utf-8")
    return path


def unclaimed_counts(pack: Path, tmp_path: Path) -> tuple[int, int, int]:
    """How many unclaimed tables `extract`, `check` and `tables` each report for one pack."""
    code, extracted = run("extract", str(pack), "--out", str(tmp_path / "out.csv"))
    assert code == 0, extracted
    by_extract = int(re.search(r"tables found, (\d+) unclaimed", extracted).group(1))
    assert extracted.count("    unclaimed: ") == by_extract  # each one listed, as the README says
    _code, checked = run("check", str(pack))
    by_check = int(re.search(r"^tables: \d+ found, \d+ claimed or empty, (\d+) unclaimed", checked, re.M).group(1))
    code, listed = run("tables", str(pack))
    assert code == 0, listed
    by_tables = listed.count("[unclaimed")
    return by_extract, by_check, by_tables


def test_extract_check_and_tables_agree_on_an_unclaimed_table(table_pack: Path, tmp_path: Path) -> None:
    assert unclaimed_counts(table_pack, tmp_path) == (1, 1, 1)
    _code, out = run("extract", str(table_pack), "--out", str(tmp_path / "out.csv"))
    assert "    unclaimed: Table 1: Visits by quarter (lines 7-10)" in out.splitlines()


def test_extract_check_and_tables_agree_on_the_shipped_pack_extract_miscounted(
    shipped_pack: Callable[[str], Path], tmp_path: Path
) -> None:
    """Pack 000's one table: extract used to say "1 unclaimed" where check and tables said 0."""
    assert unclaimed_counts(shipped_pack("000"), tmp_path) == (0, 0, 0)


def test_notes_name_their_file_once(shipped_pack: Callable[[str], Path], tmp_path: Path) -> None:
    pack = shipped_pack("000")
    _code, extracted = run("extract", str(pack), "--out", str(tmp_path / "out.csv"))
    notes = section(extracted, "notes")
    assert notes, extracted
    assert any("indicator rows print 'Null'" in n for n in notes)
    _code, checked = run("check", str(pack))
    _code, listed = run("tables", str(pack))
    printed = notes + [line for line in (checked + listed).splitlines() if "note: " in line]
    assert all(line.count(pack.name) <= 1 for line in printed), printed


def test_check_files_read_as_printed_under_suspect_prints_and_passes_truthfully(tmp_path: Path) -> None:
    pack = tmp_path / "finance.txt"
    pack.write_text(PRINTED_PACK, encoding="utf-8")
    code, out = run("check", str(pack))
    assert code == 0, out
    assert section(out, "misprints resolved") == []
    (suspect,) = section(out, "suspect prints kept as printed")
    assert suspect.startswith("finance.txt:5 £92,957m:")
    assert "read as printed" in suspect
    assert out.splitlines()[-1] == "check passed: every total adds up and no figure is stated twice with another value"
    assert "documented upstream error" not in out


def test_check_resolves_misprints_apart_from_prints_kept(shipped_pack: Callable[[str], Path]) -> None:
    code, out = run("check", str(shipped_pack("000")), str(shipped_pack("001")))
    assert code == 0, out
    resolved = section(out, "misprints resolved")
    suspect = section(out, "suspect prints kept as printed")
    assert {r.split(" ")[0] for r in resolved} == {"000_4dc53610d6a79516.txt:200", "000_4dc53610d6a79516.txt:201"}
    assert all("read as £" in r for r in resolved)
    assert not {r.split(" ")[0] for r in resolved} & {s.split(" ")[0] for s in suspect}  # resolved: not kept
    assert "001_08bc6198fd4ae778.txt:1348 £92,957m" in "\n".join(suspect)


def test_check_on_the_shipped_packs_says_how_many_failing_checks_are_documented() -> None:
    code, out = run("check")
    assert code == 0, out
    stated_twice = int(re.search(r"^figures stated twice: (\d+)", out, re.M).group(1))
    assert (
        out.splitlines()[-1]
        == f"check passed: each of the {stated_twice} failing checks is a documented upstream error"
    )


@pytest.mark.parametrize(
    ("out", "message"),
    [
        ("x.json", "cannot write a .json file; use one of .csv, .parquet, .xlsx"),
        ("x", "cannot write a suffix-less file"),
        ("no-such-folder/x.csv", "the folder"),
    ],
)
def test_a_bad_out_is_refused_in_one_line_before_any_pack_is_read(tmp_path: Path, out: str, message: str) -> None:
    target = tmp_path / out
    # The pack does not exist: refusing the output first is what keeps "no such file" out of the message.
    code, printed = run("extract", str(tmp_path / "missing.txt"), "--out", str(target))
    assert code == 2
    assert printed.count("\n") == 1, printed
    assert printed.startswith(f"healthdash: {target}: ")
    assert message in printed
    assert "Usage" not in printed
    assert not target.exists()


def test_make_extract_writes_where_git_ignores_it() -> None:
    if shutil.which("make") is None or shutil.which("git") is None or not (ROOT / ".git").exists():
        pytest.skip("needs make and a git checkout")
    dry = subprocess.run(["make", "-n", "-C", str(ROOT), "extract"], capture_output=True, text=True, check=True)
    (out,) = re.findall(r"healthdash extract --out (\S+)", dry.stdout)
    ignored = subprocess.run(["git", "-C", str(ROOT), "check-ignore", "-q", out], check=False)
    assert ignored.returncode == 0, f"make extract writes {out}, which git would show as untracked"
