"""Uploads waiting for Confirm on the Add a report page, kept beside the store until they are added or dropped.

Each waits in uploads/<sha256>/<name> next to the store file.  It is deleted when confirmed or cancelled,
and after STAGED_FOR_S (an hour) in any case: `sweep` runs when the app starts and on each upload, and an
older upload is no longer taken, so nothing unconfirmed stays on disk.
"""

from __future__ import annotations

import hashlib
import os
import re
import shutil
import time
from pathlib import Path

from loaders.store import Store

STAGED_FOR_S = 3600.0
_SHA = re.compile(r"[0-9a-f]{64}")


def root(store: Store) -> Path:
    """The folder uploads wait in."""
    return store.path.parent / "uploads"


def stage(store: Store, name: str, raw: bytes) -> tuple[str, Path]:
    """Write the upload to wait (after sweeping old ones); its content hash and where it is."""
    sweep(store)
    sha = hashlib.sha256(raw).hexdigest()
    folder = root(store) / sha
    folder.mkdir(parents=True, exist_ok=True)
    path = folder / name
    path.write_bytes(raw)
    os.utime(folder)  # the hour runs from the latest upload of this content
    return sha, path


def waiting(store: Store, sha: object, name: object) -> Path | None:
    """The staged file for a hash and a plain file name, if it is still waiting (under an hour old), else None."""
    if not isinstance(sha, str) or not _SHA.fullmatch(sha) or not isinstance(name, str):
        return None
    if not name or Path(name).name != name or name in (".", ".."):
        return None
    path = root(store) / sha / name
    if not path.is_file() or time.time() - path.parent.stat().st_mtime > STAGED_FOR_S:
        discard(store, sha)
        return None
    return path


def discard(store: Store, sha: object) -> None:
    """Delete an upload's folder (nothing happens for a hash that is not one)."""
    if isinstance(sha, str) and _SHA.fullmatch(sha):
        shutil.rmtree(root(store) / sha, ignore_errors=True)


def sweep(store: Store, max_age: float = STAGED_FOR_S) -> int:
    """Delete every upload older than max_age seconds (anything else in the folder too); how many went."""
    folder = root(store)
    if not folder.is_dir():
        return 0
    gone = 0
    now = time.time()
    for entry in folder.iterdir():
        try:
            old = now - entry.lstat().st_mtime > max_age
        except OSError:
            continue
        if not old:
            continue
        if entry.is_dir() and not entry.is_symlink():
            shutil.rmtree(entry, ignore_errors=True)
        else:
            entry.unlink(missing_ok=True)
        gone += 1
    return gone
