"""The data the app shows, set once by `create_app` and read by layouts and callbacks.

Holding the frame here (rather than loading it in a page or a callback) keeps
pages pure and testable: a test sets a small frame, production sets the packs.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence

import pandas as pd

_STATE: dict[str, object] = {"frame": None, "sources": {}}


def set_data(frame: pd.DataFrame, sources: Mapping[str, Sequence[str]] | None = None) -> None:
    """Install the tidy frame and the text of the loaded packs (file name -> lines)."""
    _STATE["frame"] = frame.reset_index(drop=True)
    _STATE["sources"] = {name: tuple(lines) for name, lines in (sources or {}).items()}


def get_data() -> pd.DataFrame:
    """The tidy frame; raises if the app was not built with `create_app`."""
    frame = _STATE["frame"]
    if frame is None:
        raise RuntimeError("no data: build the app with dashboard.create_app(frame)")
    assert isinstance(frame, pd.DataFrame)
    return frame


def get_sources() -> dict[str, tuple[str, ...]]:
    """Lines of each loaded pack, by file name; only these can be shown in the source viewer."""
    sources = _STATE["sources"]
    assert isinstance(sources, dict)
    return sources


def dataset(name: str) -> pd.DataFrame:
    """Rows of one dataset (empty when the packs hold none)."""
    frame = get_data()
    return frame[frame["dataset"] == name]


def as_at(frame: pd.DataFrame | None = None) -> pd.Timestamp | None:
    """Date of the latest pack loaded: every page states it."""
    frame = get_data() if frame is None else frame
    dates = frame["pack_date"].dropna()
    return None if dates.empty else pd.Timestamp(dates.max())
