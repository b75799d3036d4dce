"""Tests of loaders/checkreport.py: what `healthdash check` reports and fails on.

Each documented upstream error (data/upstream_errors.csv) still fails as described: re-checked against the pack text.
"""

from __future__ import annotations

from pathlib import Path

import pandas as pd
import pytest

from loaders.checkreport import CheckReport, Finding, classify, documented_errors, findings_in

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
    assert not other.empty
    assert set(other["value"]) != set(rows["value"])


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


@pytest.mark.parametrize(
    ("warning", "kinds"),
    [
        ("parts add up to 10, not the printed total 12 (difference -2)", ["totals"]),
        ("list size also stated as 47,188 at line 3793 (slides)", ["restatement"]),
        ("stated twice: 85% in prose at line 50", ["restatement"]),
        ("'£37,782m' read as £37.782m by the pack's own arithmetic", ["resolved"]),
        ("'£92,957m' prints a thousands comma in a £m figure: read as printed unless ...", ["suspect"]),
        (
            "'£37,782m' prints a thousands comma in a £m figure: read as printed unless ...; read as £37.782m",
            ["resolved"],
        ),
        ("space after a thousands comma", ["suspect"]),
        ("area inferred: the infographic names only Leicestershire", []),
    ],
)
def test_classify_reads_the_kind_of_finding_from_the_warning_text(warning: str, kinds: list[str]) -> None:
    assert classify(warning) == kinds


def test_findings_fail_unless_documented(tmp_path: Path) -> None:
    frame = pd.DataFrame(
        {
            "source_file": ["p.txt", "p.txt", "p.txt", "p.txt"],
            "source_line": [3, 7, 9, 12],
            "value_text": ["12", "47,188", "£37,782m", "5"],
            "warning": [
                "parts add up to 10, not the printed total 12 (difference -2)",
                "list size also stated as 47 248 at line 30",
                "'£37,782m' read as £37.782m",
                None,
            ],
        }
    )
    upstream = tmp_path / "upstream_errors.csv"
    upstream.write_text("file,line,kind,description\np.txt,7,restatement,the pack prints two list sizes\n")
    documented = documented_errors(upstream)
    assert documented == {("p.txt", 7, "restatement"): "the pack prints two list sizes"}
    findings = findings_in(frame, documented)
    assert [(f.kind, f.line, f.documented) for f in findings] == [
        ("totals", 3, None),
        ("restatement", 7, "the pack prints two list sizes"),
        ("resolved", 9, None),
    ]
    assert findings[0].text == "12: parts add up to 10, not the printed total 12 (difference -2)"
    report = CheckReport(findings=findings)
    assert [(f.kind, f.line) for f in report.failures] == [("totals", 3)]  # resolved misprints do not fail


def test_no_upstream_file_documents_nothing(tmp_path: Path) -> None:
    assert documented_errors(tmp_path / "missing.csv") == {}


@pytest.mark.parametrize(
    ("findings", "verdict"),
    [
        ([], "check passed: every total adds up and no figure is stated twice with another value"),
        ([Finding("resolved", "p.txt", 9, "£37,782m: read as £37.782m")], "check passed: every total adds up"),
        (
            [Finding("totals", "p.txt", 3, "12: ...", "the pack's own sum")],
            "each of the 1 failing checks is a documented",
        ),
        ([Finding("totals", "p.txt", 3, "12: ...")], "FAILED: 1 findings are not documented upstream errors"),
    ],
)
def test_the_verdict_says_only_what_was_found(findings: list[Finding], verdict: str) -> None:
    assert verdict in CheckReport(findings=findings).verdict()
