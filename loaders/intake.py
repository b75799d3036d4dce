"""Adding a pack: check the file, extract it, say what was found, copy it beside the store and store it.

The command line (`healthdash add`) and the dashboard's Add a report page both go through here, so they
accept the same files, print the same summary and store packs the same way.  Extraction runs before
anything is copied or stored: a pack that cannot be read leaves no trace.
"""

from __future__ import annotations

import hashlib
import os
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import pandas as pd

from loaders import load
from loaders.areas import unknown_areas
from loaders.bounded import run_bounded
from loaders.cache import loaders_fingerprint
from loaders.checkreport import table_status
from loaders.errors import PackError
from loaders.pipeline import PackResult, extract_pack
from loaders.reading import PACK_SUFFIXES, Pack, file_sha256, read_bytes, read_pack, scan_packs
from loaders.segmenting import Segments, segment
from loaders.store import Added, Store

UPLOAD_LIMIT_MB = 20
"""The largest pack the Add a report page takes (the shipped packs are under 0.5 MB)."""
WARNINGS_LISTED = 10


@dataclass(frozen=True)
class Summary:
    """What extraction found in one pack, as the CLI prints it and the Add a report page shows it."""

    name: str
    committee: str | None
    pack_date: pd.Timestamp | None
    meetings: list[str]
    tables_found: int
    tables_claimed: int
    tables_empty: int
    unclaimed: list[str]
    rows: int
    rows_per_dataset: list[tuple[str, int]]
    warnings: list[str] = field(default_factory=list)
    notes: list[str] = field(default_factory=list)
    unknown_areas: list[str] = field(default_factory=list)

    def lines(self) -> list[str]:
        """The summary as lines of text."""
        out = [f"{self.name}: {self.rows} rows"]
        if self.committee or self.pack_date is not None:
            out.append(f"  pack for: {self.committee or 'committee not stated'}, {_date(self.pack_date)}")
        out.append(f"  meetings: {len(self.meetings)}")
        out += [f"    {m}" for m in self.meetings]
        out.append(
            f"  tables: {self.tables_found} found, {self.tables_claimed} claimed by a dataset, "
            f"{self.tables_empty} with no numbers in the text, {len(self.unclaimed)} unclaimed (numbers in figures)"
        )
        out += [f"    unclaimed: {u}" for u in self.unclaimed]
        out.append("  rows per dataset:")
        out += [f"    {name}: {n}" for name, n in self.rows_per_dataset]
        out.append(f"  warnings: {len(self.warnings)}")
        out += _first(self.warnings)
        hint = " (rows kept with no code)" if self.unknown_areas else ""
        out.append(f"  areas in no gazetteer: {len(self.unknown_areas)}{hint}")
        out += _first(self.unknown_areas)
        out += [f"  note: {n}" for n in self.notes]
        return out


def _first(items: list[str]) -> list[str]:
    """The first few items, indented, and how many more `healthdash check` would list."""
    out = [f"    {item}" for item in items[:WARNINGS_LISTED]]
    if len(items) > WARNINGS_LISTED:
        out.append(f"    ... and {len(items) - WARNINGS_LISTED} more (healthdash check lists them all)")
    return out


def _date(value: object) -> str:
    if value is None or pd.isna(value):
        return "date not stated"
    return str(pd.Timestamp(value).strftime("%-d %B %Y"))


def summarise(result: PackResult) -> Summary:
    """Meetings (from the segmenter), tables found and claimed, rows per dataset, warnings, notes."""
    meetings: list[str] = []
    for section in result.segments.sections:
        if section.kind == "front":
            continue
        what = "minutes of" if section.kind == "minutes" else "papers for"
        text = f"{what} {section.committee or 'a meeting'}, {_date(section.meeting_date)}"
        if text not in meetings:
            meetings.append(text)
    claimed = empty = 0
    unclaimed = []
    for table in result.tables:
        status = table_status(table, result.frame)
        if status.startswith("unclaimed"):
            lines = f"lines {table.first_line}-{table.last_line}" if table.rows else "no rows"
            unclaimed.append(f"{table.title or '(untitled)'} ({lines})")
        elif status.startswith("no numbers"):
            empty += 1
        else:
            claimed += 1
    frame = result.frame
    warned = frame[frame["warning"].notna()]
    segments = result.segments
    return Summary(
        name=result.pack.name,
        committee=segments.committee,
        pack_date=pd.Timestamp(segments.pack_date) if segments.pack_date else None,
        meetings=meetings,
        tables_found=len(result.tables),
        tables_claimed=claimed,
        tables_empty=empty,
        unclaimed=unclaimed,
        rows=len(frame),
        rows_per_dataset=Counter(frame["dataset"].astype(str)).most_common(),
        warnings=[
            f"line {int(r.source_line)}: {r.value_text}: {r.warning}"
            for r in warned.sort_values("source_line").itertuples()
        ],
        notes=list(result.notes),
        unknown_areas=[
            str(u)
            for u in unknown_areas(frame[["source_file", "area", "area_code", "source_line"]].itertuples(index=False))
        ],
    )


def extract(path: str | Path) -> PackResult:
    """Read and extract a pack offered for adding; PackError names the file when it cannot be."""
    p = Path(path)
    if p.suffix.lower() not in PACK_SUFFIXES:
        raise PackError(p, None, f"a pack must be a {' or '.join(PACK_SUFFIXES)} file")
    return run_bounded(extract_pack, p)  # an upload cannot hold a server thread (loaders/bounded.py)


def copy_beside(path: Path, sha256: str, reports_dir: Path) -> Path:
    """Copy a pack into the reports folder under its own name, never overwriting a different file.

    The bytes copied are read as a pack is (a regular file, within the size limit) and must be the ones
    extracted: a file changed or swapped since is refused.  The copy appears whole or not at all (written to
    a temporary file, then hard-linked into place, which fails rather than replaces when the name is taken).
    The same content already there is reused.
    """
    reports_dir.mkdir(parents=True, exist_ok=True)
    dest = reports_dir / path.name
    if dest.exists() or dest.is_symlink():
        if file_sha256(dest) == sha256:
            return dest
        raise PackError(path, None, f"{dest} already exists with other content; rename the file to add it")
    raw = read_bytes(path)
    if hashlib.sha256(raw).hexdigest() != sha256:
        raise PackError(path, None, "the file changed while it was being added; add it again")
    fd, tmp = tempfile.mkstemp(prefix=".adding-", dir=reports_dir)
    try:
        with os.fdopen(fd, "wb") as out:
            out.write(raw)
        os.chmod(tmp, 0o444)
        try:
            os.link(tmp, dest)
        except FileExistsError:
            if file_sha256(dest) != sha256:
                raise PackError(path, None, f"{dest} already exists with other content; rename the file") from None
    finally:
        os.unlink(tmp)
    return dest


def store_result(result: PackResult, store: Store) -> Added:
    """Copy the extracted pack beside the store (unless it is already stored) and add its rows in one go."""
    pack = result.pack
    known = store.find(sha256=pack.sha256)
    if known is not None:
        return Added(known, added=False)
    clash = store.find(name=pack.name)
    if clash is not None:
        raise PackError(
            pack.path,
            None,
            f"a different pack with this name is already in the store (added {clash.added_at}); "
            "rename the file to add it",
        )
    dest = copy_beside(pack.path, pack.sha256, store.reports_dir)
    return _store(store, result.frame, pack, result.segments, dest)


def _store(store: Store, frame: pd.DataFrame, pack: Pack, segments: Segments, stored_path: Path) -> Added:
    return store.add(
        frame,
        pack.lines,
        name=pack.name,
        sha256=pack.sha256,
        stored_path=stored_path,
        committee=segments.committee,
        pack_date=pd.Timestamp(segments.pack_date) if segments.pack_date else None,
        loader_version=loaders_fingerprint(),
    )


def add_file(path: str | Path, store: Store) -> tuple[Summary, Added]:
    """`healthdash add` for one file: extract, summarise, copy and store (nothing twice)."""
    result = extract(path)
    return summarise(result), store_result(result, store)


def fill_from(store: Store, reports_dir: Path) -> tuple[list[Added], list[str]]:
    """Store every pack in `reports_dir` not stored yet, in place (first start: the shipped packs).

    Rows come through loaders.load's per-pack cache, so a second store over the same packs is quick.
    Returns what was stored and, for a pack that cannot be (an unreadable file, a link out of the folder,
    a device or FIFO, or a name stored with other content), one line saying so: the other packs are still
    stored and the dashboard still starts.
    """
    found = scan_packs(None, reports_dir)
    added, problems = [], list(found.skipped)
    for path in found.paths:
        try:
            pack = read_pack(path)
            known = store.find(sha256=pack.sha256)
            if known is not None:
                added.append(Added(known, added=False))
                continue
            if store.was_removed(pack.sha256):
                continue  # taken out by `healthdash remove`: only `healthdash add` brings it back
            added.append(_store(store, load([path]), pack, segment(pack), path))
        except PackError as exc:
            problems.append(str(exc))
    return added, problems


def extracted_by_other_code(store: Store) -> list[str]:
    """Stored packs whose rows came from other loader code: `healthdash reindex` (and the dashboard at start)
    extracts them again."""
    current = loaders_fingerprint()
    return [p.name for p in store.packs() if p.loader_version != current]
