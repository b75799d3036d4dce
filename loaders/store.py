"""The store: every pack's tidy rows and text in one SQLite file that many processes read.

A production server runs several worker processes, and each must show the same rows; adding a pack must be
all or nothing.  SQLite in WAL mode gives one writer and many readers over one file.  Adding a pack is one
BEGIN IMMEDIATE ... COMMIT, so a crash or a kill in the middle leaves the store as it was.  Triggers refuse
any UPDATE or DELETE except inside the two mending transactions, `remove` (a pack and all its rows) and
`replace` (a pack's rows swapped for those of a new extraction), which mark themselves in `meta` and clear
the mark before they commit, so no other writer ever sees it.  A counter in `meta` goes up with each
change: a process compares it with the one it loaded to know, cheaply, when to reload.  A removed pack's
content is remembered, so filling the store from the shipped packs does not bring it back.

The file is $HEALTHDASH_STORE, or data/healthdash.sqlite; packs added are copied into the `reports`
folder beside it (data/reports/ for the default store, the folder of the shipped packs).
"""

from __future__ import annotations

import json
import os
import sqlite3
import threading
import time
from collections.abc import Iterator
from contextlib import closing, contextmanager
from dataclasses import dataclass
from datetime import UTC, datetime
from pathlib import Path
from typing import Any

import pandas as pd

from loaders.errors import PackError
from loaders.schema import COLUMN_NAMES, COLUMNS, coerce, empty_frame, validate

DEFAULT_PATH = Path(__file__).resolve().parent.parent / "data" / "healthdash.sqlite"
BUSY_TIMEOUT_S = 60.0
# Test hook: when set to a file path, add() and replace() create that file inside their transaction, just
# before COMMIT, and wait there, so a test can kill the process mid-transaction.
PAUSE_ENV = "HEALTHDASH_TEST_PAUSE_IN_ADD"

_SQL_TYPES = {"string": "TEXT", "float64": "REAL", "int64": "INTEGER", "datetime64[ns]": "TEXT"}
_QUOTED = ", ".join(f'"{c}"' for c in COLUMN_NAMES)
_PACK_FIELDS = "name, sha256, stored_path, committee, pack_date, added_at, row_count, loader_version"
_MENDING = "mending"  # the key in `meta` that lets the triggers allow a remove or replace
NAMES_LISTED = 10


def store_path() -> Path:
    """Where the store lives: $HEALTHDASH_STORE or data/healthdash.sqlite."""
    return Path(os.environ.get("HEALTHDASH_STORE") or DEFAULT_PATH)


def _schema_sql() -> list[str]:
    """Tables built from the tidy schema's own column list, and triggers that forbid rewriting."""
    row_columns = ",\n".join(
        f'  "{name}" {_SQL_TYPES[dtype]}{"" if nullable else " NOT NULL"}' for name, dtype, nullable, _ in COLUMNS
    )
    statements = [
        "CREATE TABLE IF NOT EXISTS meta (key TEXT PRIMARY KEY, value TEXT NOT NULL)",
        """CREATE TABLE IF NOT EXISTS packs (
  id INTEGER PRIMARY KEY,
  name TEXT NOT NULL UNIQUE,
  sha256 TEXT NOT NULL UNIQUE,
  stored_path TEXT NOT NULL,
  committee TEXT,
  pack_date TEXT,
  added_at TEXT NOT NULL,
  row_count INTEGER NOT NULL,
  loader_version TEXT NOT NULL,
  lines TEXT NOT NULL
)""",
        f"""CREATE TABLE IF NOT EXISTS rows (
  pack_id INTEGER NOT NULL REFERENCES packs(id),
  seq INTEGER NOT NULL,
{row_columns},
  PRIMARY KEY (pack_id, seq)
)""",
        "CREATE TABLE IF NOT EXISTS removed (sha256 TEXT PRIMARY KEY, name TEXT NOT NULL, removed_at TEXT NOT NULL)",
    ]
    return statements + [sql for _name, sql in _triggers()]


def _triggers() -> list[tuple[str, str]]:
    """(name, CREATE statement) of the triggers that refuse rewriting outside a mending transaction."""
    out = []
    for table in ("packs", "rows"):
        for action in ("UPDATE", "DELETE"):
            name = f"{table}_no_{action.lower()}"
            out.append(
                (
                    name,
                    f"CREATE TRIGGER IF NOT EXISTS {name} BEFORE {action} ON {table} "
                    f"WHEN NOT EXISTS (SELECT 1 FROM meta WHERE key = '{_MENDING}') "
                    "BEGIN SELECT RAISE(ABORT, 'stored packs are never rewritten but by healthdash remove "
                    "or reindex'); END",
                )
            )
    return out


def _renew_old_triggers(conn: sqlite3.Connection) -> None:
    """Drop triggers of a store made before remove and reindex existed (they refused every rewrite)."""
    for name, _sql in _triggers():
        row = conn.execute("SELECT sql FROM sqlite_master WHERE type = 'trigger' AND name = ?", (name,)).fetchone()
        if row is not None and _MENDING not in row[0]:
            conn.execute(f"DROP TRIGGER {name}")


def _can_add_columns(stored: list[str]) -> bool:
    """Whether a store written by an earlier version can take this version's columns: it holds only columns this
    version still writes, and each one it lacks may be empty."""
    nullable = {name: n for name, _dtype, n, _ in COLUMNS}
    return set(stored) <= set(COLUMN_NAMES) and all(nullable[c] for c in COLUMN_NAMES if c not in stored)


def _add_columns(conn: sqlite3.Connection, stored: list[str]) -> None:
    """Inside the open transaction: add the columns an earlier version did not write, and mark every pack as
    extracted by other loader code, so `healthdash reindex` and the dashboard at start extract each again
    before its rows are served (its new columns are never shown empty)."""
    for name, dtype, _nullable, _ in COLUMNS:
        if name not in stored:
            conn.execute(f'ALTER TABLE rows ADD COLUMN "{name}" {_SQL_TYPES[dtype]}')
    conn.execute("UPDATE meta SET value = ? WHERE key = 'columns'", (json.dumps(COLUMN_NAMES),))
    with _mending(conn):
        conn.execute("UPDATE packs SET loader_version = ''")


@dataclass(frozen=True)
class StoredPack:
    """One pack in the store and where its file was copied."""

    name: str
    sha256: str
    stored_path: str
    committee: str | None
    pack_date: pd.Timestamp | None
    added_at: str
    row_count: int
    loader_version: str


@dataclass(frozen=True)
class Added:
    """What `Store.add` did: `added` is False when the same content was already stored."""

    pack: StoredPack
    added: bool


class StoreError(Exception):
    """The store file cannot be used as it is; the message says what to do."""


def _pack_from_row(row: tuple[Any, ...]) -> StoredPack:  # a sqlite3 row
    name, sha, path, committee, pack_date, added_at, count, version = row
    return StoredPack(
        name, sha, path, committee, pd.Timestamp(pack_date) if pack_date else None, added_at, int(count), version
    )


def _cell(value: object) -> object:
    """A frame cell as SQLite stores it: missing values as NULL, dates as ISO text."""
    if value is None or value is pd.NA or value is pd.NaT:
        return None
    if isinstance(value, float) and value != value:
        return None
    if isinstance(value, pd.Timestamp):
        return value.isoformat()
    return value


class Store:
    """The SQLite file of packs and tidy rows; each call opens its own short-lived connection."""

    def __init__(self, path: str | Path | None = None) -> None:
        self.path = Path(path) if path else store_path()
        self._ready = False
        self._local = threading.local()

    @property
    def reports_dir(self) -> Path:
        """Where packs added are copied: the `reports` folder beside the store file."""
        return self.path.parent / "reports"

    def _open(self) -> sqlite3.Connection:
        self.path.parent.mkdir(parents=True, exist_ok=True)
        try:
            conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
        except sqlite3.Error as exc:
            raise StoreError(f"{self.path}: cannot open the store: {exc}") from exc
        conn.execute("PRAGMA foreign_keys = ON")
        return conn

    @contextmanager
    def _connection(self) -> Iterator[sqlite3.Connection]:
        """A connection to a store whose tables exist (created, in WAL mode, on first use)."""
        with closing(self._open()) as conn:
            if not self._ready:
                self._create(conn)
            yield conn

    def _create(self, conn: sqlite3.Connection) -> None:
        try:
            if conn.execute("PRAGMA journal_mode = WAL").fetchone()[0].lower() != "wal":
                raise StoreError(f"{self.path}: the store needs WAL mode, which this file system does not allow")
            with _transaction(conn):
                _renew_old_triggers(conn)
                for statement in _schema_sql():
                    conn.execute(statement)
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('version', '0')")
                conn.execute("INSERT OR IGNORE INTO meta VALUES ('columns', ?)", (json.dumps(COLUMN_NAMES),))
                stored = json.loads(conn.execute("SELECT value FROM meta WHERE key = 'columns'").fetchone()[0])
                if stored != COLUMN_NAMES and _can_add_columns(stored):
                    _add_columns(conn, stored)
                    stored = COLUMN_NAMES
        except sqlite3.DatabaseError as exc:
            raise StoreError(f"{self.path}: not a healthdash store ({exc})") from exc
        if stored != COLUMN_NAMES:
            raise StoreError(
                f"{self.path}: the store holds columns this version of healthdash no longer writes; "
                "delete the file to rebuild it from the packs"
            )
        self._ready = True

    def version(self) -> int:
        """A counter that goes up with every pack added, removed or re-extracted (0 for no store yet).

        Asked before every request, so each thread keeps one read connection for it (in WAL mode each
        query sees the latest commit); a forked worker opens its own.
        """
        if not self.path.exists():
            return 0
        conn = getattr(self._local, "conn", None)
        if conn is None or self._local.pid != os.getpid():
            conn = self._local.conn = sqlite3.connect(self.path, timeout=BUSY_TIMEOUT_S, isolation_level=None)
            self._local.pid = os.getpid()
        try:
            row = conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()
        except sqlite3.OperationalError:  # tables not created yet
            return 0
        return int(row[0]) if row else 0

    def packs(self) -> list[StoredPack]:
        """Every pack stored, by name."""
        with self._connection() as conn:
            rows = conn.execute(f"SELECT {_PACK_FIELDS} FROM packs ORDER BY name").fetchall()
        return [_pack_from_row(r) for r in rows]

    def find(self, *, sha256: str | None = None, name: str | None = None) -> StoredPack | None:
        """The stored pack with this content hash or this file name, if any."""
        with self._connection() as conn:
            return self._find(conn, sha256=sha256, name=name)

    @staticmethod
    def _find(conn: sqlite3.Connection, *, sha256: str | None, name: str | None) -> StoredPack | None:
        column, value = ("sha256", sha256) if sha256 else ("name", name)
        row = conn.execute(f"SELECT {_PACK_FIELDS} FROM packs WHERE {column} = ?", (value,)).fetchone()
        return _pack_from_row(row) if row else None

    def snapshot(self) -> tuple[int, pd.DataFrame, dict[str, tuple[str, ...]]]:
        """Version, tidy frame and pack lines read in one transaction, so the three agree."""
        with self._connection() as conn, _transaction(conn, "BEGIN"):
            version = int(conn.execute("SELECT value FROM meta WHERE key = 'version'").fetchone()[0])
            columns = ", ".join(f'r."{c}"' for c in COLUMN_NAMES)
            raw = pd.read_sql_query(
                f"SELECT {columns} FROM rows r JOIN packs p ON p.id = r.pack_id ORDER BY p.name, r.seq", conn
            )
            lines = conn.execute("SELECT name, lines FROM packs ORDER BY name").fetchall()
        frame = validate(coerce(raw)) if len(raw) else empty_frame()
        return version, frame, {name: tuple(json.loads(text)) for name, text in lines}

    def lines(self, name: str) -> tuple[str, ...] | None:
        """One stored pack's lines (its text as read when stored), or None when no pack has this name."""
        with self._connection() as conn:
            row = conn.execute("SELECT lines FROM packs WHERE name = ?", (name,)).fetchone()
        return tuple(json.loads(row[0])) if row else None

    def was_removed(self, sha256: str) -> bool:
        """Whether a pack with this content was taken out by `remove` (and not added again since)."""
        with self._connection() as conn:
            return conn.execute("SELECT 1 FROM removed WHERE sha256 = ?", (sha256,)).fetchone() is not None

    def frame(self) -> pd.DataFrame:
        """The tidy frame of every stored pack, validated, in the order loaders.load gives."""
        return self.snapshot()[1]

    def sources(self) -> dict[str, tuple[str, ...]]:
        """Each stored pack's lines, by file name, for the source viewer."""
        return self.snapshot()[2]

    def add(
        self,
        frame: pd.DataFrame,
        lines: tuple[str, ...],
        *,
        name: str,
        sha256: str,
        stored_path: str | Path,
        committee: str | None = None,
        pack_date: pd.Timestamp | None = None,
        loader_version: str = "",
    ) -> Added:
        """Store one pack's rows and lines in one transaction; the same content twice adds nothing.

        Raises PackError when a different pack of the same name is already stored: a file name names a
        pack everywhere (the source_file column, the source viewer), so it cannot mean two packs.
        """
        values = _values(frame, name)
        added_at = datetime.now(UTC).isoformat(timespec="seconds")
        with self._connection() as conn, _transaction(conn):
            same = self._find(conn, sha256=sha256, name=None)
            if same is not None:
                return Added(same, added=False)  # nothing written: the commit is empty
            clash = self._find(conn, sha256=None, name=name)
            if clash is not None:
                raise PackError(
                    Path(name),
                    None,
                    f"a different pack with this name is already in the store (added {clash.added_at}); "
                    "rename the file to add it",
                )
            cur = conn.execute(
                f"INSERT INTO packs ({_PACK_FIELDS}, lines) VALUES (?, ?, ?, ?, ?, ?, ?, ?, ?)",
                (
                    name,
                    sha256,
                    str(stored_path),
                    committee,
                    _cell(pack_date),
                    added_at,
                    len(values),
                    loader_version,
                    json.dumps(list(lines), ensure_ascii=False),
                ),
            )
            _insert_rows(conn, cur.lastrowid, values)
            conn.execute("DELETE FROM removed WHERE sha256 = ?", (sha256,))
            _bump_version(conn)
            _pause_for_tests()
        pack = StoredPack(name, sha256, str(stored_path), committee, pack_date, added_at, len(values), loader_version)
        return Added(pack, added=True)

    def remove(self, name: str) -> StoredPack:
        """Take one pack and all its rows out of the store in one transaction; StoreError if none has this name.

        The pack's copy in the reports folder is left where it is; its content is remembered as removed, so
        filling the store from that folder does not add it again (`add` of the file does).
        """
        with self._connection() as conn, _transaction(conn):
            pack = self._find(conn, sha256=None, name=name)
            if pack is None:
                raise StoreError(self._not_stored(conn, name))
            with _mending(conn):
                pack_id = conn.execute("SELECT id FROM packs WHERE name = ?", (name,)).fetchone()[0]
                conn.execute("DELETE FROM rows WHERE pack_id = ?", (pack_id,))
                conn.execute("DELETE FROM packs WHERE id = ?", (pack_id,))
                removed_at = datetime.now(UTC).isoformat(timespec="seconds")
                conn.execute("INSERT OR REPLACE INTO removed VALUES (?, ?, ?)", (pack.sha256, name, removed_at))
                _bump_version(conn)
        return pack

    def replace(
        self,
        frame: pd.DataFrame,
        lines: tuple[str, ...],
        *,
        name: str,
        sha256: str,
        committee: str | None = None,
        pack_date: pd.Timestamp | None = None,
        loader_version: str = "",
    ) -> StoredPack:
        """Swap a stored pack's rows and lines for a new extraction's, in one transaction.

        Readers see the old rows until the COMMIT and the new ones after it, never neither.  StoreError when
        the pack is no longer stored with this content (removed, or replaced by another, meanwhile).
        """
        values = _values(frame, name)
        with self._connection() as conn, _transaction(conn):
            old = self._find(conn, sha256=None, name=name)
            if old is None or old.sha256 != sha256:
                raise StoreError(f"{self.path}: {name} is no longer stored with this content; nothing replaced")
            with _mending(conn):
                pack_id = conn.execute("SELECT id FROM packs WHERE name = ?", (name,)).fetchone()[0]
                conn.execute("DELETE FROM rows WHERE pack_id = ?", (pack_id,))
                conn.execute(
                    "UPDATE packs SET committee = ?, pack_date = ?, row_count = ?, loader_version = ?, lines = ? "
                    "WHERE id = ?",
                    (
                        committee,
                        _cell(pack_date),
                        len(values),
                        loader_version,
                        json.dumps(list(lines), ensure_ascii=False),
                        pack_id,
                    ),
                )
                _insert_rows(conn, pack_id, values)
                _bump_version(conn)
            _pause_for_tests()
        return StoredPack(
            name, sha256, old.stored_path, committee, pack_date, old.added_at, len(values), loader_version
        )

    def _not_stored(self, conn: sqlite3.Connection, name: str) -> str:
        """One line saying no pack has this name, and which names there are."""
        names = [r[0] for r in conn.execute("SELECT name FROM packs ORDER BY name").fetchall()]
        if not names:
            return f"{self.path}: no pack named {name!r}: the store holds no packs"
        shown = ", ".join(names[:NAMES_LISTED]) + (
            f" and {len(names) - NAMES_LISTED} more" if len(names) > NAMES_LISTED else ""
        )
        return f"{self.path}: no pack named {name!r} in the store; it holds {shown}"


def _values(frame: pd.DataFrame, name: str) -> list[tuple[object, ...]]:
    """A pack's rows, validated, as the tuples SQLite stores; ValueError if they name another pack."""
    if len(frame) and set(frame["source_file"].unique()) != {name}:
        raise ValueError(f"rows of {name} name other source files: {sorted(set(frame['source_file']))}")
    rows = validate(coerce(frame)) if len(frame) else frame
    return [tuple(_cell(v) for v in rec) for rec in rows[COLUMN_NAMES].itertuples(index=False, name=None)]


def _insert_rows(conn: sqlite3.Connection, pack_id: int | None, values: list[tuple[object, ...]]) -> None:
    marks = ", ".join("?" * (len(COLUMN_NAMES) + 2))
    conn.executemany(
        f"INSERT INTO rows (pack_id, seq, {_QUOTED}) VALUES ({marks})",
        ((pack_id, seq, *v) for seq, v in enumerate(values)),
    )


def _bump_version(conn: sqlite3.Connection) -> None:
    conn.execute("UPDATE meta SET value = CAST(value AS INTEGER) + 1 WHERE key = 'version'")


@contextmanager
def _transaction(conn: sqlite3.Connection, begin: str = "BEGIN IMMEDIATE") -> Iterator[None]:
    """One transaction: committed when the block ends, rolled back when anything (an error, a kill signal's
    exception) leaves it early, so the store is never left half written.  IMMEDIATE takes the write lock
    at once, so two writers queue instead of failing at their first write."""
    conn.execute(begin)
    try:
        yield
    except BaseException:
        if conn.in_transaction:
            conn.execute("ROLLBACK")
        raise
    conn.execute("COMMIT")


@contextmanager
def _mending(conn: sqlite3.Connection) -> Iterator[None]:
    """Inside an open transaction: let the triggers allow rewriting until the block ends."""
    conn.execute("INSERT INTO meta VALUES (?, '1')", (_MENDING,))
    yield
    conn.execute("DELETE FROM meta WHERE key = ?", (_MENDING,))


def _pause_for_tests() -> None:
    marker = os.environ.get(PAUSE_ENV)
    if not marker:
        return
    Path(marker).write_text(str(os.getpid()))
    time.sleep(120)


__all__ = ["DEFAULT_PATH", "Added", "Store", "StoreError", "StoredPack", "store_path"]
