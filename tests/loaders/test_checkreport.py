"""Tests of loaders/checkreport.py: what `healthdash check` reports and fails on.

Each documented upstream error (data/upstream_errors.csv) still fails as described: re-checked against the pack text.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from loaders.checkreport import documented_errors

DOCUMENTED = sorted(documented_errors().items())


@pytest.mark.parametrize(("key", "description"), DOCUMENTED, ids=[f"{k[0][:3]}:{k[1]}" for k, _ in DOCUMENTED])
def test_documented_error_still_fails(key: tuple[str, int, str], description: str, tidy: pd.DataFrame) -> None:
    file, line, kind = key
    rows = tidy[(tidy["source_file"] == file) & (tidy["source_line"] == line)]
    warnings = " ".join(str(w) for w in rows["warning"].dropna())
    assert warnings, f"{file}:{line} no longer carries a warning: take it off data/upstream_errors.csv"
    phrase = {"restatement": "also stated as", "totals": "parts add up to"}[kind]
    assert phrase in warnings
    # the other value the description names is printed on the line the warning points to
    other_line = int(warnings.split(" at line ")[1].split()[0])
    other = tidy[(tidy["source_file"] == file) & (tidy["source_line"] == other_line)]
    assert not other.empty and set(other["value"]) != set(rows["value"])


def test_check_fails_on_an_undocumented_total(tmp_path: Path) -> None:
    from loaders.checkreport import build_report, documented_errors
    from loaders.pipeline import extract_pack

    pack = tmp_path / "p.txt"
    pack.write_text("Savings were £700,000 in the year.\n", encoding="utf-8")
    result = extract_pack(pack)
    result.frame.loc[0, "warning"] = "parts add up to 10, not the printed total 12 (difference -2)"
    report = build_report([result], documented_errors())
    assert [(f.kind, f.line) for f in report.failures] == [("totals", 1)]
    documented = {("p.txt", 1, "totals"): "the pack's own sum is wrong"}
    assert build_report([result], documented).failures == []
