"""Mending the store: extract every stored pack again with the current loaders, pack by pack.

Stored rows come from the loader code of the day they were added; after a fix to the loaders they must be
put right without deleting the store.  Each pack is extracted outside any transaction and its rows are
swapped in one transaction (`Store.replace`) only once the new rows are in hand, so readers see the old
rows or the new, never none, and a pack that now fails keeps its old rows.  Each extraction runs within
the pack limits (loaders/bounded.py), so one pack cannot hold the command for ever.  (`Store.remove`, the
other mend, needs no extraction.)
"""

from __future__ import annotations

from collections.abc import Callable, Iterator
from dataclasses import dataclass
from functools import partial
from pathlib import Path

import pandas as pd

from loaders.bounded import run_bounded
from loaders.cache import loaders_fingerprint
from loaders.errors import PackError
from loaders.pipeline import PackResult, extract_read
from loaders.reading import Pack, read_pack
from loaders.store import Store, StoredPack, StoreError


@dataclass(frozen=True)
class Reindexed:
    """What reindexing did to one pack: its new row count, or why it kept its old rows."""

    name: str
    rows_before: int
    rows_after: int | None = None
    problem: str | None = None
    from_store_text: bool = False
    """The copied file was missing or changed, so the text the store kept was extracted instead."""

    def line(self) -> str:
        """One line for the command's output."""
        if self.rows_after is None:
            return f"{self.name}: kept its {self.rows_before} old rows: {self.problem}"
        where = " (from the text the store kept: its copied file is missing or changed)" if self.from_store_text else ""
        return f"{self.name}: {self.rows_after} rows (was {self.rows_before}){where}"


def stored_pack(store: Store, stored: StoredPack) -> tuple[Pack, bool]:
    """The pack as it was added, and whether it came from the store's text rather than its file.

    The copied file is read again when it still holds the same content, so changes to reading count too;
    otherwise the lines the store kept stand in for it (headings marked by converter markup are lost).
    """
    try:
        pack = read_pack(stored.stored_path)
        if pack.sha256 == stored.sha256 and pack.name == stored.name:
            return pack, False
    except PackError:
        pass
    lines = store.lines(stored.name)
    if lines is None:
        raise StoreError(f"{store.path}: {stored.name} is no longer stored")
    return Pack(Path(stored.name), lines, "as stored", stored.sha256), True


Extract = Callable[[Pack], PackResult]


def _extract_in_child(pack: Pack, _path: Path) -> PackResult:
    """extract_read as run_bounded calls it (with a path): the pack itself travels in the partial."""
    return extract_read(pack)


def bounded_extract(pack: Pack) -> PackResult:
    """extract_read in a child process within the pack time and memory limits; PackError names a limit reached."""
    return run_bounded(partial(_extract_in_child, pack), pack.path)


def reindex_pack(store: Store, stored: StoredPack, extract: Extract | None = None) -> Reindexed:
    """Extract one stored pack again (`extract`, by default `bounded_extract`) and swap its rows in.

    On any failure its old rows stay, and the outcome says why in one line.
    """
    try:
        pack, from_text = stored_pack(store, stored)
        result = (extract or bounded_extract)(pack)
        segments = result.segments
        new = store.replace(
            result.frame,
            pack.lines,
            name=stored.name,
            sha256=stored.sha256,
            committee=segments.committee,
            pack_date=pd.Timestamp(segments.pack_date) if segments.pack_date else None,
            loader_version=loaders_fingerprint(),
        )
    except PackError as exc:
        where = f"line {exc.line}: " if exc.line else ""
        return Reindexed(stored.name, stored.row_count, problem=f"{where}{exc.message}")
    except StoreError as exc:
        return Reindexed(stored.name, stored.row_count, problem=str(exc))
    except Exception as exc:  # a loader bug must not stop the other packs, nor cost this one its rows
        return Reindexed(stored.name, stored.row_count, problem=f"extraction failed: {type(exc).__name__}: {exc}")
    return Reindexed(stored.name, stored.row_count, new.row_count, from_store_text=from_text)


def reindex(store: Store, extract: Extract | None = None) -> Iterator[Reindexed]:
    """Every stored pack extracted again, one at a time, each swapped in its own transaction."""
    for stored in store.packs():
        yield reindex_pack(store, stored, extract)
