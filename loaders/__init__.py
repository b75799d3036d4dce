"""healthdash loaders: committee report packs in, one tidy frame with provenance out.

`load()` is the entry point the dashboard and CLI use.
"""

from __future__ import annotations

from collections.abc import Sequence
from pathlib import Path

import pandas as pd

from loaders.reading import find_packs
from loaders.schema import column_dtypes, empty_frame, validate

REPORTS_DIR = Path(__file__).resolve().parent.parent / "data" / "reports"

__all__ = ["REPORTS_DIR", "load"]


def load(paths: Sequence[str | Path] | None = None, *, cache: bool = True, workers: int = 1) -> pd.DataFrame:
    """The tidy frame for the packs given (default: the shipped packs), validated.

    Each pack's rows are cached on disk by file name, content and loader version; `cache=False`
    bypasses the cache.  `workers` > 1 extracts the packs the cache lacks in that many processes
    (`loaders.parallel.default_workers()` is one per core).
    """
    from loaders.parallel import pack_frames

    frames = pack_frames(find_packs(list(paths) if paths else None, REPORTS_DIR), cache=cache, workers=workers)
    if not frames:
        return empty_frame()
    frame = pd.concat(frames, ignore_index=True)
    if _separately_valid(frames):
        return frame
    return validate(frame)


def _separately_valid(frames: list[pd.DataFrame]) -> bool:
    """Whether the frames' concatenation is valid because each frame is.

    Every pack's frame was validated when it was extracted (and only validated frames are cached).
    Joining frames whose columns and dtypes are the schema's, each from its own source files, can
    break only the key's uniqueness across packs, and that needs a source file in two frames.
    """
    dtypes = column_dtypes()
    seen: set[str] = set()
    for f in frames:
        if not f.dtypes.equals(dtypes):
            return False
        files = set(f["source_file"].unique())
        if files & seen:
            return False
        seen |= files
    return True
