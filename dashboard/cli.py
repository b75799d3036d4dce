"""The `healthdash` command: the loaders' commands (loaders/cli.py) plus `serve` and `export`.

This is the console script's entry point.  The dashboard's commands live here so that the loaders never
import the dashboard; bad input still ends with one line and a non-zero exit, never a traceback.
"""

from __future__ import annotations

import sys
from pathlib import Path
from typing import TYPE_CHECKING

import click
import pandas as pd

from loaders.cli import STORE_HELP, fail, main
from loaders.errors import PackError

if TYPE_CHECKING:
    from loaders.store import Store

__all__ = ["main", "select_rows"]


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
@click.option(
    "--reports",
    "reports",
    type=click.Path(path_type=Path),
    default=None,
    help="A folder of the council's own packs (.txt, .pdf): each not stored yet is added as `healthdash add` adds it",
)
def serve(
    host: str,
    port: int,
    debug: bool,
    production: bool,
    threads: int,
    trusted_proxy: str | None,
    store_file: Path | None,
    reports: Path | None,
) -> None:
    """Start the dashboard on the store; prints the address served.

    The store shows only the packs put there: the shipped packs fill the default store when it is new (the
    demo), a store named with --store or $HEALTHDASH_STORE is used as it is, and --reports DIR adds a
    council's folder of packs first.  Refuses to start, in one line, with an administrator token too short to
    resist guessing.
    """
    if debug and production:
        fail("--debug and --production cannot be used together")
    from dashboard.admin import token_problem

    if problem := token_problem():
        fail(f"{problem}; not starting")
    from dashboard.app import serve as run_server
    from dashboard.server import ServeError
    from loaders.store import Store, StoreError

    try:
        store = take_in_folder(Store(store_file), reports) if reports is not None else store_file
        run_server(
            host=host,
            port=port,
            debug=debug,
            store=store,
            production=production,
            threads=threads,
            trusted_proxy=trusted_proxy,
        )
    except (PackError, StoreError, ServeError) as exc:
        fail(str(exc))


def take_in_folder(store: Store, folder: Path) -> Store:
    """`serve --reports DIR`: add the folder's packs to the store, one line each; a pack that cannot be added is
    one line naming the file (the others are added and the server starts), a folder with none is refused."""
    from dashboard.app import take_in

    taken, problems = take_in(store, folder)
    for summary, outcome in taken:
        if outcome.added:
            click.echo(f"added {summary.name}: {outcome.pack.row_count} rows to {store.path}")
        else:
            click.echo(f"already stored: {summary.name}")
    for problem in problems:
        click.echo(f"healthdash: {problem}", err=True)
    if not taken:
        fail(f"{folder}: no pack in this folder could be added")
    return store


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
@click.option(
    "--store",
    "store_file",
    type=click.Path(dir_okay=False, path_type=Path),
    default=None,
    help="Export from this store (the packs `healthdash add` and the dashboard hold; default: $HEALTHDASH_STORE "
    "when set, else the shipped packs)",
)
def export(
    dataset: str, area: str | None, period: str | None, measure: str | None, out: Path, store_file: Path | None
) -> None:
    """Export the filtered rows as a formatted workbook (Data, Sources, About) or a CSV."""
    suffix = out.suffix.lower()
    if suffix not in EXPORTS:
        fail(f"{out}: unknown suffix {suffix!r}; use .xlsx or .csv")
    from dashboard.export import build_csv, build_workbook

    try:
        rows, problem = select_rows(
            _export_source(store_file), dataset=dataset, area=area, period=period, measure=measure
        )
        if problem:
            click.echo(f"healthdash: {problem}", err=True)
            sys.exit(1)
        filters = {"dataset": dataset, "area": area, "period": period, "measure contains": measure}
        applied = {k: v for k, v in filters.items() if v is not None}
        data = build_workbook(rows, filters=applied) if suffix == ".xlsx" else build_csv(rows)
        out.write_bytes(data)
    except PackError as exc:
        fail(str(exc))
    except OSError as exc:
        fail(f"{exc.filename or out}: {exc.strerror}")
    except Exception as exc:  # noqa: BLE001 - the promise is one line, never a traceback
        fail(f"export failed: {type(exc).__name__}: {exc}")
    packs = rows["source_file"].nunique()
    click.echo(f"wrote {len(rows)} rows from {packs} pack{'s' if packs != 1 else ''} to {out}")


def _export_source(store_file: Path | None) -> pd.DataFrame:
    """The rows to export from: the store named (or $HEALTHDASH_STORE), else the shipped packs."""
    import os

    from loaders import load
    from loaders.store import Store, StoreError

    if store_file is None and not os.environ.get("HEALTHDASH_STORE"):
        return load()
    store = Store(store_file)
    if not store.path.is_file():
        fail(f"{store.path}: no store here (healthdash add or serve creates one)")
    try:
        return store.frame()
    except StoreError as exc:
        fail(str(exc))
        raise  # fail exits; this line only tells the type checker so


if __name__ == "__main__":
    main()
