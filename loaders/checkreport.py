"""What `healthdash check` reports: tables and whether a dataset claimed them,
totals that do not add up, misprints resolved, figures stated twice with
different values, measures with no polarity, and area names data/areas.csv does
not know (their rows are kept with no code; a report, not a failure).

Findings come from the warnings the specs and checks put on tidy rows, so the
report shows exactly what an analyst sees in the table.  An upstream error (a
mistake printed in the pack itself) is documented in data/upstream_errors.csv
with the line and what fails; anything else that fails makes the check fail.
"""

from __future__ import annotations

import csv
import re
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from loaders.areas import UnknownArea, unknown_areas
from loaders.claims import table_status as table_status  # re-exported: intake reads it from here
from loaders.grid_model import Grid
from loaders.pipeline import PackResult

UPSTREAM_FILE = Path(__file__).resolve().parent.parent / "data" / "upstream_errors.csv"

# Warning text -> kind of finding (the phrases the checks and specs write).  "read as printed" is the
# opposite of a resolved misprint: the value was kept as printed.
KINDS = {
    "totals": (re.compile("parts add up to"),),
    "restatement": (re.compile("also stated as"), re.compile("stated twice")),
    "resolved": (re.compile("read as (?!printed)"),),
    "suspect": (re.compile("thousands comma|doubled percent|likely a typo"),),
}
FAILING_KINDS = ("totals", "restatement")


@dataclass(frozen=True)
class Finding:
    kind: str
    file: str
    line: int
    text: str
    documented: str | None = None


@dataclass
class CheckReport:
    tables: list[tuple[str, str, str, str]] = field(default_factory=list)  # file, lines, caption, claimed by
    findings: list[Finding] = field(default_factory=list)
    unjudged: list[tuple[str, str]] = field(default_factory=list)  # dataset, measure
    notes: list[tuple[str, str]] = field(default_factory=list)
    unknown_areas: list[UnknownArea] = field(default_factory=list)  # names in no gazetteer, rows kept

    @property
    def failures(self) -> list[Finding]:
        return [f for f in self.findings if f.kind in FAILING_KINDS and not f.documented]

    def verdict(self) -> str:
        """The closing line of `healthdash check`, true to what was found."""
        failing = [f for f in self.findings if f.kind in FAILING_KINDS]
        if self.failures:
            return f"FAILED: {len(self.failures)} findings are not documented upstream errors"
        if failing:
            return f"check passed: each of the {len(failing)} failing checks is a documented upstream error"
        return "check passed: every total adds up and no figure is stated twice with another value"


def documented_errors(path: Path = UPSTREAM_FILE) -> dict[tuple[str, int, str], str]:
    """(file, line, kind) -> description of a mistake printed in the pack itself."""
    if not path.exists():
        return {}
    with path.open(encoding="utf-8", newline="") as fh:
        return {(r["file"], int(r["line"]), r["kind"]): r["description"] for r in csv.DictReader(fh)}


def classify(warning: str) -> list[str]:
    """The kinds of finding a row's warning text holds; a misprint resolved is no longer a suspect print."""
    kinds = [kind for kind, patterns in KINDS.items() if any(p.search(warning) for p in patterns)]
    return [k for k in kinds if not (k == "suspect" and "resolved" in kinds)]


def findings_in(frame: pd.DataFrame, documented: dict[tuple[str, int, str], str]) -> list[Finding]:
    out = []
    warned = frame[frame["warning"].notna()]
    for row in warned.itertuples(index=False):
        for kind in classify(str(row.warning)):
            key = (str(row.source_file), int(row.source_line), kind)
            out.append(Finding(kind, key[0], key[1], f"{row.value_text}: {row.warning}", documented.get(key)))
    return out


def grid_status(grid: Grid, rows: list[dict[str, object]]) -> str:
    """Which datasets hold a grid's cells (a row at the cell's line and column), or that figures took them."""
    at = {(r["source_line"], r["source_column"]): str(r["dataset"]) for r in rows}
    found = {at.get((row.line_of(i), tok.start + 1)) for row, i, tok in grid.cells()}
    named = sorted(d for d in found if d)
    return ", ".join(named) if named else "no dataset"


def grid_lines(grid: Grid, rows: list[dict[str, object]]) -> list[str]:
    """A grid as `healthdash tables` prints it: layout, lines, caption, each column's header, then every cell."""
    cells = list(grid.cells())
    shape = f"{len(grid.rows)} rows x {len(grid.columns)} columns, {len(cells)} cells"
    caption = grid.caption or "(no caption)"
    out = [f"  {grid.layout} lines {grid.first_line}-{grid.last_line}: {shape}  {caption}  [{grid_status(grid, rows)}]"]
    for i, col in enumerate(grid.columns, 1):
        said = ", ".join(f"{k} {v}" for k, v in (("unit", col.unit), ("period", col.period)) if v)
        out.append(f"    column {i}: {col.header or '(no header)'}" + (f" ({said})" if said else "") + f" [{col.role}]")
    for row, i, tok in cells:
        label = row.label or "(no label)"
        out.append(f"    {row.line_of(i)}: {label} | {grid.columns[i].header or f'column {i + 1}'} = {tok.text}")
    return out


def build_report(results: list[PackResult], documented: dict[tuple[str, int, str], str] | None = None) -> CheckReport:
    """Everything `healthdash check` prints, for the packs extracted."""
    documented = documented_errors() if documented is None else documented
    report = CheckReport()
    for r in results:
        for t in r.tables:
            lines = f"{t.first_line}-{t.last_line}" if t.rows else "-"
            report.tables.append((r.pack.name, lines, t.title or "(untitled)", table_status(t, r.frame)))
        report.findings.extend(findings_in(r.frame, documented))
        report.notes.extend((r.pack.name, n) for n in r.notes)
        where = r.frame[["source_file", "area", "area_code", "source_line"]]
        report.unknown_areas.extend(unknown_areas(where.itertuples(index=False, name=None)))
        judged = r.frame[r.frame["dataset"] != "figures"]
        missing = judged[judged["polarity"].isna()][["dataset", "measure"]].drop_duplicates()
        report.unjudged.extend((str(d), str(m)) for d, m in missing.itertuples(index=False))
    return report
