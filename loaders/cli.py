"""The `healthdash` command: extract, list tables, check, add packs, serve.

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


def _fail(message: str) -> None:
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
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename or out}: {exc.strerror}")
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
    click.echo(f"areas not in data/areas.csv: {len(unknown)}{hint}")
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
        _fail(str(exc))
    from loaders.checkreport import table_status

    ctx = extract_context(pack)
    click.echo(f"{pack.name}: {len(ctx.tables)} tables")
    for t in ctx.tables:
        lines = f"{t.first_line}-{t.last_line}" if t.rows else "-"
        where = f"caption at {t.caption.line}" if t.caption else "no caption"
        status = table_status(t, ctx.rows)
        shape = f"{len(t.rows)} rows x {t.width} values"
        click.echo(f"  lines {lines:>11}  {shape:<20} {where:<18} {t.title or '(untitled)'}  [{status}]")
    for note in ctx.notes:
        click.echo(f"  note: {note}")


STORE_HELP = "The store file (default: $HEALTHDASH_STORE, or data/healthdash.sqlite)"


@main.command()
@click.option("--host", default="127.0.0.1", show_default=True)
@click.option("--port", default=8050, show_default=True, type=int)
@click.option("--debug", is_flag=True, help="Dash debug mode (reloader, error overlay); not with --production")
@click.option(
    "--production", is_flag=True, help="Serve with waitress: debug off, security headers, request limits (for a team)"
)
@click.option("--threads", default=8, show_default=True, type=int, help="Worker threads with --production")
@click.option(
    "--trusted-proxy", default=None, help="With --production: address of the reverse proxy whose X-Forwarded-* to trust"
)
@click.option("--store", "store_file", type=click.Path(dir_okay=False, path_type=Path), default=None, help=STORE_HELP)
def serve(
    host: str,
    port: int,
    debug: bool,
    production: bool,
    threads: int,
    trusted_proxy: str | None,
    store_file: Path | None,
) -> None:
    """Start the dashboard on the store (the shipped packs are stored on first start)."""
    if debug and production:
        _fail("--debug and --production cannot be used together")
    from loaders.store import StoreError

    try:
        from dashboard.app import serve as run_server
    except ImportError as exc:
        _fail(f"the dashboard is not available: {exc}")
    try:
        run_server(
            host=host,
            port=port,
            debug=debug,
            store=store_file,
            production=production,
            threads=threads,
            trusted_proxy=trusted_proxy,
        )
    except (PackError, StoreError) as exc:
        _fail(str(exc))


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
            _fail(str(exc))
        except OSError as exc:
            _fail(f"{exc.filename or path}: {exc.strerror}")
        for line in summary.lines():
            click.echo(line)
        if outcome.added:
            pack = outcome.pack
            click.echo(f"added {pack.row_count} rows to {store.path} (pack copied to {pack.stored_path})")
        else:
            click.echo(f"already in the store as {outcome.pack.name} (added {outcome.pack.added_at}): nothing added")


EXPORTS = {".xlsx", ".csv"}


def select_rows(
    frame: pd.DataFrame, *, dataset: str, area: str | None = None, period: str | None = None, measure: str | None = None
) -> tuple[pd.DataFrame, str | None]:
    """Rows matching every filter given, and, when none match, which filter left nothing and what it could be.

    dataset, area and period match exactly (area also through its canonical spelling, so
    "Oadby & Wigston" finds "Oadby and Wigston"); measure is a case-insensitive substring.
    """
    from loaders.areas import canonical

    def choices(rows: pd.DataFrame, column: str) -> str:
        names = sorted({str(v) for v in rows[column].dropna()})
        shown = ", ".join(names[:12]) + (f", ... ({len(names)} in all)" if len(names) > 12 else "")
        return shown or "none"

    rows = frame
    where = ""
    steps = [("dataset", dataset), ("area", area), ("period", period), ("measure", measure)]
    for column, wanted in steps:
        if wanted is None:
            continue
        if column == "measure":
            keep = rows[column].str.contains(wanted, case=False, regex=False, na=False)
            described = f"measure containing {wanted!r}"
        elif column == "area":
            spellings = {wanted, canonical(wanted)[0]}
            keep = rows[column].isin(spellings)
            described = f"area {wanted!r}"
        else:
            keep = rows[column] == wanted
            described = f"{column} {wanted!r}"
        kept = rows[keep.fillna(False).astype(bool)]
        if kept.empty:
            return kept, f"no rows with {described}{where} ({column}s there: {choices(rows, column)})"
        rows = kept
        where += f" and {described}" if where else f" in {described}"
    return rows, None


@main.command()
@click.option("--dataset", required=True, help="Dataset name, exactly (wider_determinants, figures, ...)")
@click.option("--area", default=None, help='Area, exactly or in any known spelling ("Oadby & Wigston")')
@click.option("--period", default=None, help="Period as printed (2019/20, December 2020, ...)")
@click.option("--measure", default=None, help="Text the measure contains (any case)")
@click.option(
    "--out", "out", type=click.Path(dir_okay=False, path_type=Path), required=True, help="FILE.xlsx or FILE.csv"
)
def export(dataset: str, area: str | None, period: str | None, measure: str | None, out: Path) -> None:
    """Export the filtered rows as a formatted workbook (Data, Sources, About) or a CSV."""
    suffix = out.suffix.lower()
    if suffix not in EXPORTS:
        _fail(f"{out}: unknown suffix {suffix!r}; use .xlsx or .csv")
    try:
        from dashboard.export import build_csv, build_workbook
    except ImportError as exc:
        _fail(f"the exporter is not available: {exc}")
    try:
        from loaders import load

        rows, problem = select_rows(load(), dataset=dataset, area=area, period=period, measure=measure)
        if problem:
            click.echo(f"healthdash: {problem}", err=True)
            sys.exit(1)
        filters = {"dataset": dataset, "area": area, "period": period, "measure contains": measure}
        applied = {k: v for k, v in filters.items() if v is not None}
        data = build_workbook(rows, filters=applied) if suffix == ".xlsx" else build_csv(rows)
        out.write_bytes(data)
    except PackError as exc:
        _fail(str(exc))
    except OSError as exc:
        _fail(f"{exc.filename or out}: {exc.strerror}")
    except Exception as exc:  # noqa: BLE001 - the promise is one line, never a traceback
        _fail(f"export failed: {type(exc).__name__}: {exc}")
    packs = rows["source_file"].nunique()
    click.echo(f"wrote {len(rows)} rows from {packs} pack{'s' if packs != 1 else ''} to {out}")


@main.command()
@click.argument("paths", nargs=-1, type=click.Path())
@click.option("--verbose", is_flag=True, help="List every table and every measure with no polarity")
def check(paths: tuple[str, ...], verbose: bool) -> None:
    """Check the packs: tables claimed, totals, misprints, restatements, polarity."""
    from loaders.checkreport import build_report

    try:
        _frame, results = _extract(paths)
    except PackError as exc:
        _fail(str(exc))
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
    click.echo(f"areas not in data/areas.csv (rows kept with no code): {len(unknown)}")
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
