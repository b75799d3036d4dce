"""On-disk cache of each pack's tidy rows, keyed by file content and loader version.

The key is the SHA-256 of the pack's bytes plus a fingerprint of the loaders'
own source and data files, so editing a spec or the area table never serves
stale rows.  The cache lives under $HEALTHDASH_CACHE (default: the user cache
directory), never beside the packs.
"""

from __future__ import annotations

import hashlib
import os
import pickle
from functools import lru_cache
from pathlib import Path

import pandas as pd
from platformdirs import user_cache_dir

_LOADERS_DIR = Path(__file__).resolve().parent
_DATA_DIR = _LOADERS_DIR.parent / "data"


def cache_dir() -> Path:
    """Where cached frames live: $HEALTHDASH_CACHE or the user cache directory."""
    return Path(os.environ.get("HEALTHDASH_CACHE") or user_cache_dir("healthdash"))


@lru_cache(maxsize=1)
def loaders_fingerprint() -> str:
    """A hash of every loader source file and every vocabulary in data/ (gazetteer, topics,
    captions...), so editing any of them rebuilds the cached frames."""
    h = hashlib.sha256()
    files = sorted(_LOADERS_DIR.rglob("*.py")) + sorted(_DATA_DIR.glob("*.csv"))
    for f in files:
        if f.exists():
            h.update(f.name.encode())
            h.update(f.read_bytes())
    return h.hexdigest()[:16]


def _path_for(content_sha: str) -> Path:
    return cache_dir() / f"{content_sha[:32]}-{loaders_fingerprint()}.pkl"


def get(content_sha: str) -> pd.DataFrame | None:
    """The cached frame for a pack's content, or None."""
    path = _path_for(content_sha)
    if not path.exists():
        return None
    try:
        with path.open("rb") as fh:  # what pd.read_pickle does for a file written by to_pickle, minus its set-up
            frame = pickle.load(fh)
    except Exception:  # a truncated or foreign file is a cache miss, not an error
        return None
    return frame if isinstance(frame, pd.DataFrame) else None


def put(content_sha: str, frame: pd.DataFrame) -> None:
    """Store a pack's frame atomically (write then rename)."""
    path = _path_for(content_sha)
    path.parent.mkdir(parents=True, exist_ok=True)
    tmp = path.with_suffix(f".tmp{os.getpid()}")
    frame.to_pickle(tmp)
    tmp.replace(path)
