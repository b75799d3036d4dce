"""healthdash loaders: committee report packs in, one tidy frame with provenance out.

`load()` is the entry point the dashboard and CLI use.
"""

from __future__ import annotations

import hashlib
from pathlib import Path

import pandas as pd

from loaders import cache as pack_cache
from loaders.reading import find_packs
from loaders.schema import empty_frame, validate

REPORTS_DIR = Path(__file__).resolve().parent.parent / "data" / "reports"

__all__ = ["REPORTS_DIR", "load"]


def load(paths: list[str | Path] | None = None, *, cache: bool = True) -> pd.DataFrame:
    """The tidy frame for the packs given (default: the shipped packs), validated.

    Each pack's rows are cached on disk by file name, content and loader version; `cache=False`
    bypasses the cache.
    """
    from loaders.pipeline import extract_pack

    frames = []
    for path in find_packs(list(paths) if paths else None, REPORTS_DIR):
        sha = hashlib.sha256(path.name.encode() + b"\0" + path.read_bytes()).hexdigest()
        frame = pack_cache.get(sha) if cache else None
        if frame is None:
            frame = extract_pack(path).frame
            if cache:
                pack_cache.put(sha, frame)
        frames.append(frame)
    if not frames:
        return empty_frame()
    return validate(pd.concat(frames, ignore_index=True))
