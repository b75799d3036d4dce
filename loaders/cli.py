"""The `healthdash` command's loader half: extract, list tables, check, add packs.

The dashboard adds `serve` and `export` to the same group (dashboard/cli.py), so the loaders never import
the dashboard.

Bad input ends with one line naming the file (and line) and a non-zero exit,
never a traceback.
"""

from __future__ import annotations

import sys
from collections import Counter
from pathlib import Path
from typing import TYPE_CHECKING

import click
import pandas as pd

from loaders import REPORTS_DIR
from loaders.errors import PackError
from loaders.reading import find_packs

if TYPE_CHECKING:
    from loaders.pipeline import PackResult

WRITERS = {".csv", ".xlsx", ".parquet"}


def fail(message: str) -> None:
    click.echo(f"healthdash: {message}", err=True)
    sys.exit(2)


@click.group()
@click.version_option(package_name="healthdash")
def main() -> None:
    """healthdash: committee report packs to a tidy table and a dashboard."""


def _extract(paths: tuple[str, ...]) -> tuple[pd.DataFrame, list[PackResult]]:
    from loaders.pipeline import extract_pack

    results = [extract_pack(p) for p in find_packs(list(paths) or None, REPORTS_DIR)]
    frame = pd.concat([r.frame for r in results], ignore_index=True) if results else pd.DataFrame()
    return frame, results


def write_table(frame: pd.DataFrame, out: Path) -> None:
    """Write the tidy table as CSV, Excel or Parquet by the file's suffix."""
    suffix = out.suffix.lower()
    if suffix == ".csv":
        frame.to_csv(out, index=False, encoding="utf-8")
    elif suffix == ".parquet":
        frame.to_parquet(out, index=False)
    elif suffix == ".xlsx":
        frame.to_excel(out, index=False)
    else:
        raise click.BadParameter(f"{out}: unknown suffix {suffix!r}; use one of {', '.join(sorted(WRITERS))}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="CSV, XLSX or Parquet file"
)
def extract(paths: tuple[str, ...], out: Path) -> None:
    """Write the tidy table for PATHS (default: the shipped packs) and print a summary."""
    try:
        frame, results = _extract(paths)
        write_table(frame, out)
    except PackError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or out}: {exc.strerror}")
    click.echo(f"packs: {len(results)}")
    for r in results:
        unclaimed = len(r.unclaimed)
        click.echo(f"  {r.pack.name}: {len(r.frame)} rows, {len(r.tables)} tables found, {unclaimed} unclaimed")
    click.echo("rows per dataset:")
    for name, n in Counter(frame["dataset"]).most_common():
        click.echo(f"  {name}: {n}")
    warnings = int(frame["warning"].notna().sum()) if "warning" in frame else 0
    click.echo(f"warnings: {warnings}")
    _echo_unknown_areas_and_notes(results)
    click.echo(f"wrote {len(frame)} rows to {out}")


def _echo_unknown_areas_and_notes(results: list[PackResult]) -> None:
    """Area names data/areas.csv does not know (rows kept, no code) and what reading or the specs noted."""
    from loaders.areas import unknown_areas

    columns = ["source_file", "area", "area_code", "source_line"]
    unknown = [u for r in results for u in unknown_areas(r.frame[columns].itertuples(index=False, name=None))]
    hint = " (rows kept with no code; healthdash check lists them)" if unknown else ""
    click.echo(f"areas in no gazetteer: {len(unknown)}{hint}")
    notes = [(r.pack.name, n) for r in results for n in r.notes]
    click.echo(f"notes: {len(notes)}")
    for file, note in notes:
        click.echo(f"  {file}: {note}")


@main.command()
@click.argument("path", type=click.Path())
def tables(path: str) -> None:
    """List every table found in a pack: caption, lines, shape, and which dataset claimed it."""
    from loaders.pipeline import extract_context
    from loaders.reading import read_pack

    try:
        pack = read_pack(path)
    except PackError as exc:
        fail(str(exc))
    from loaders.checkreport import grid_lines, table_status

    ctx = extract_context(pack)
    click.echo(f"{pack.name}: {len(ctx.tables)} tables")
    for t in ctx.tables:
        lines = f"{t.first_line}-{t.last_line}" if t.rows else "-"
        where = f"caption at {t.caption.line}" if t.caption else "no caption"
        status = table_status(t, ctx.rows)
        shape = f"{len(t.rows)} rows x {t.width} values"
        click.echo(f"  lines {lines:>11}  {shape:<20} {where:<18} {t.title or '(untitled)'}  [{status}]")
    grids = ctx.grids()
    click.echo(f"{pack.name}: {len(grids)} tables read as cells")
    for grid in grids:
        for line in grid_lines(grid, ctx.rows):
            click.echo(line)
    for note in ctx.notes:
        click.echo(f"  note: {note}")


STORE_HELP = "The store file (default: $HEALTHDASH_STORE, or data/healthdash.sqlite)"


@main.command()
@click.argument("files", nargs=-1, required=True, type=click.Path(path_type=Path))
@click.option("--store", "store_file", type=click.Path(dir_okay=False, path_type=Path), default=None, help=STORE_HELP)
def add(files: tuple[Path, ...], store_file: Path | None) -> None:
    """Add committee packs (.txt or .pdf) to the store: copied into the reports folder beside it, never twice.

    Prints what each pack holds: meetings, tables found and claimed, rows per dataset, unclaimed tables
    and warnings.  A pack whose content is already stored adds nothing.
    """
    from loaders.intake import add_file
    from loaders.store import Store, StoreError

    store = Store(store_file)
    for path in files:
        try:
            summary, outcome = add_file(path, store)
        except (PackError, StoreError) as exc:
            fail(str(exc))
        except OSError as exc:
            fail(f"{exc.filename or path}: {exc.strerror}")
        for line in summary.lines():
            click.echo(line)
        if outcome.added:
            pack = outcome.pack
            click.echo(f"added {pack.row_count} rows to {store.path} (pack copied to {pack.stored_path})")
        else:
            click.echo(f"already in the store as {outcome.pack.name} (added {outcome.pack.added_at}): nothing added")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--verbose", is_flag=True, help="List every table and every measure with no polarity")
def check(paths: tuple[str, ...], verbose: bool) -> None:
    """Check the packs: tables claimed, totals, misprints, restatements, polarity."""
    from loaders.checkreport import build_report

    try:
        _frame, results = _extract(paths)
    except PackError as exc:
        fail(str(exc))
    report = build_report(results)
    unclaimed = [t for t in report.tables if t[3].startswith("unclaimed")]
    click.echo(
        f"tables: {len(report.tables)} found, {len(report.tables) - len(unclaimed)} claimed or empty,"
        f" {len(unclaimed)} unclaimed"
    )
    for file, lines, caption, status in report.tables if verbose else unclaimed:
        click.echo(f"  {file} lines {lines}: {caption} [{status}]")
    for kind, title in (
        ("totals", "totals that do not add up"),
        ("resolved", "misprints resolved"),
        ("suspect", "suspect prints kept as printed"),
        ("restatement", "figures stated twice"),
    ):
        found = [f for f in report.findings if f.kind == kind]
        click.echo(f"{title}: {len(found)}")
        for f in found:
            tag = f" [documented upstream error: {f.documented}]" if f.documented else ""
            click.echo(f"  {f.file}:{f.line} {f.text}{tag}")
    click.echo(f"measures with no polarity: {len(report.unjudged)}")
    for dataset, measure in report.unjudged if verbose else report.unjudged[:10]:
        click.echo(f"  {dataset}: {measure}")
    unknown = report.unknown_areas
    click.echo(f"areas in no gazetteer (rows kept with no code): {len(unknown)}")
    for u in unknown if verbose else unknown[:10]:
        click.echo(f"  {u}")
    if len(unknown) > 10 and not verbose:
        click.echo(f"  ... and {len(unknown) - 10} more (--verbose lists them all)")
    for file, note in report.notes:
        click.echo(f"note: {file}: {note}")
    if report.failures:
        click.echo(f"FAILED: {len(report.failures)} findings are not documented upstream errors", err=True)
        sys.exit(1)
    click.echo("check passed: every failing check is a documented upstream error")


if __name__ == "__main__":
    main()
