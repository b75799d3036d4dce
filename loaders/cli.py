"""The `healthdash` command's loader half: extract, list tables, check, add, remove and reindex packs.

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
from loaders.reading import distinct, scan_packs

if TYPE_CHECKING:
    from loaders.pipeline import PackResult
    from loaders.store import Store

WRITERS = {".csv", ".xlsx", ".parquet"}


def fail(message: str) -> None:
    click.echo(f"healthdash: {message}", err=True)
    sys.exit(2)


@click.group()
@click.version_option(package_name="healthdash")
def main() -> None:
    """healthdash: committee report packs to a tidy table and a dashboard."""


def _extract(paths: tuple[str, ...]) -> tuple[pd.DataFrame, list[PackResult]]:
    """Each distinct pack extracted once; files passed over (not regular, links out, same content) listed."""
    from loaders.bounded import run_bounded
    from loaders.pipeline import extract_pack

    found = distinct(scan_packs(list(paths) or None, REPORTS_DIR))
    for line in found.skipped:
        click.echo(f"skipped {line}")
    # each pack in a child process within the pack time and memory limits (loaders/bounded.py)
    results = [run_bounded(extract_pack, p) for p in found.paths]
    frame = pd.concat([r.frame for r in results], ignore_index=True) if results else pd.DataFrame()
    return frame, results


def write_table(frame: pd.DataFrame, out: Path) -> None:
    """Write the tidy table as CSV (plain UTF-8, no byte-order mark), Excel or Parquet by the file's suffix.

    Text cells are made safe to open (loaders/safe_cells.py; Parquet is data, never opened as a sheet).  The
    workbook is the one every export writes (loaders/workbook.py: Data, Sources and About sheets, number formats
    by unit); more rows than it holds end in one line saying to filter or write CSV or Parquet.
    """
    from loaders.safe_cells import safe_frame

    suffix = out.suffix.lower()
    if suffix == ".csv":
        safe_frame(frame).to_csv(out, index=False, encoding="utf-8")
    elif suffix == ".parquet":
        frame.to_parquet(out, index=False)
    elif suffix == ".xlsx":
        from loaders import workbook

        try:
            workbook.check_size(len(frame))
        except workbook.TooManyRows:
            fail(
                f"{out}: {len(frame):,} rows are more than a workbook is written with ({workbook.MAX_ROWS:,}); "
                "extract fewer packs, or write .csv or .parquet"
            )
        workbook.write(frame, out)
    else:
        raise click.BadParameter(f"{out}: unknown suffix {suffix!r}; use one of {', '.join(sorted(WRITERS))}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option(
    "--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="CSV, XLSX or Parquet file"
)
def extract(paths: tuple[str, ...], out: Path) -> None:
    """Write the tidy table for PATHS (default: the shipped packs) and print a summary."""
    _check_out(out)
    try:
        frame, results = _extract(paths)
        write_table(frame, out)
    except PackError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or out}: {exc.strerror}")
    from loaders.claims import table_label

    click.echo(f"packs: {len(results)}")
    for r in results:
        unclaimed = r.unclaimed
        click.echo(f"  {r.pack.name}: {len(r.frame)} rows, {len(r.tables)} tables found, {len(unclaimed)} unclaimed")
        for table in unclaimed:
            click.echo(f"    unclaimed: {table_label(table)}")
    click.echo("rows per dataset:")
    for name, n in Counter(frame["dataset"]).most_common():
        click.echo(f"  {name}: {n}")
    warnings = int(frame["warning"].notna().sum()) if "warning" in frame else 0
    click.echo(f"warnings: {warnings}")
    _echo_unknown_areas_and_notes(results)
    click.echo(f"wrote {len(frame)} rows to {out}")


def _check_out(out: Path) -> None:
    """Refuse an output file that cannot be written, in one line, before any pack is read."""
    if out.suffix.lower() not in WRITERS:
        fail(f"{out}: cannot write a {out.suffix or 'suffix-less'} file; use one of {', '.join(sorted(WRITERS))}")
    folder = out.parent
    if not folder.is_dir():
        fail(f"{out}: the folder {folder} does not exist")


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
    from loaders.checkreport import grid_lines
    from loaders.claims import table_status

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
    from loaders.claims import is_unclaimed

    report = build_report(results)
    unclaimed = [t for t in report.tables if is_unclaimed(t[3])]
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
        click.echo(report.verdict(), err=True)
        sys.exit(1)
    click.echo(report.verdict())


@main.command()
@click.argument("pack")
@click.option("--store", "store_file", type=click.Path(dir_okay=False, path_type=Path), default=None, help=STORE_HELP)
def remove(pack: str, store_file: Path | None) -> None:
    """Take PACK (its file name as stored) and all its rows out of the store.

    Its copy beside the store is kept, and the dashboard does not store it again on start;
    `healthdash add` of the file brings it back.
    """
    from loaders.store import StoreError

    store = _existing_store(store_file)
    try:
        gone = store.remove(Path(pack).name)
    except StoreError as exc:
        fail(str(exc))
    click.echo(f"removed {gone.name} and its {gone.row_count} rows from {store.path}")


@main.command()
@click.option("--store", "store_file", type=click.Path(dir_okay=False, path_type=Path), default=None, help=STORE_HELP)
def reindex(store_file: Path | None) -> None:
    """Extract every stored pack again with the current loaders and swap its rows in, pack by pack.

    Each pack's old rows stay until its new rows are in (one transaction per pack); a pack that now
    fails keeps its old rows, is named in one line, and the command exits 1.
    """
    from loaders.mending import reindex as reindex_store

    store = _existing_store(store_file)
    kept = done = 0
    for outcome in reindex_store(store):
        click.echo(f"  {outcome.line()}")
        done += outcome.rows_after is not None
        kept += outcome.rows_after is None
    packs = "pack" if done == 1 else "packs"
    click.echo(f"reindexed {done} {packs} in {store.path}" + (f"; {kept} kept their old rows" if kept else ""))
    if kept:
        sys.exit(1)


def _existing_store(store_file: Path | None) -> Store:
    """The store named (or $HEALTHDASH_STORE, or the default); one line if there is none to mend."""
    from loaders.store import Store, StoreError

    store = Store(store_file)
    if not store.path.is_file():
        fail(f"{store.path}: no store here (healthdash add or serve creates one)")
    try:
        store.packs()
    except StoreError as exc:
        fail(str(exc))
    return store


if __name__ == "__main__":
    main()
