"""The data the app shows, set by `create_app` and read by layouts and callbacks.

Holding the frame here (rather than loading it in a page or a callback) keeps
pages pure and testable: a test sets a small frame, production reads the store.
Over the store, `refresh()` (run before each request) compares the store's version
with the one loaded and reloads the frame once when a pack has been added, by this
process, another worker or the command line.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Hashable, Mapping, Sequence
from typing import TypeVar

import pandas as pd

from loaders.store import Store

_STATE: dict[str, object] = {"frame": None, "sources": {}, "store": None, "version": None}
_RELOADING = threading.Lock()
# Values derived from the installed frame (a dataset's rows, a page's tables), computed once per frame:
# `_install` replaces the dict, so nothing derived from an older frame is ever served.
_MEMO: OrderedDict[Hashable, object] = OrderedDict()
_MEMO_SIZE = 512
_MEMO_LOCK = threading.Lock()
T = TypeVar("T")


def set_data(frame: pd.DataFrame, sources: Mapping[str, Sequence[str]] | None = None) -> None:
    """Install the tidy frame and the text of the loaded packs (file name -> lines); no store."""
    _install(frame, sources)
    _STATE["store"] = _STATE["version"] = None


def _install(frame: pd.DataFrame, sources: Mapping[str, Sequence[str]] | None) -> None:
    global _MEMO
    _STATE["sources"] = {name: tuple(lines) for name, lines in (sources or {}).items()}
    with _MEMO_LOCK:  # the frame and its memo change together
        _STATE["frame"] = frame.reset_index(drop=True)
        _MEMO = OrderedDict()


def memo(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, remembered for the frame now installed (the least recently used of 512 are dropped).

    For what pages derive from the data alone (a dataset's rows, a table for a choice of controls): the
    first request computes it, later ones for the same choice reuse it until a pack is added.  `compute`
    reads the data itself (get_data, dataset), so what it returns and what it is kept for are the same frame.
    """
    with _MEMO_LOCK:
        frame, cache = _STATE["frame"], _MEMO
        if key in cache:
            cache.move_to_end(key)
            return cache[key]  # type: ignore[return-value]
    value = compute()  # outside the lock: two threads may both compute a value once, never wait on each other
    with _MEMO_LOCK:
        if _STATE["frame"] is frame:  # not kept if the frame was replaced meanwhile
            cache[key] = value
            while len(cache) > _MEMO_SIZE:
                cache.popitem(last=False)
    return value


def use_store(store: Store) -> None:
    """Show the store's rows and keep them current with `refresh()`."""
    with _RELOADING:
        version, frame, sources = store.snapshot()
        _install(frame, sources)
        _STATE["store"], _STATE["version"] = store, version


def get_store() -> Store | None:
    """The store the app reads, or None when it was built from a plain frame."""
    store = _STATE["store"]
    return store if isinstance(store, Store) else None


def refresh() -> bool:
    """Reload from the store if a pack was added since the frame was loaded; True when it reloaded.

    One query per call; the reload itself happens once per added pack (other threads keep serving the
    frame they have until the new one is in place).
    """
    store = get_store()
    if store is None or store.version() == _STATE["version"]:
        return False
    with _RELOADING:
        if store.version() == _STATE["version"]:
            return False
        version, frame, sources = store.snapshot()
        _install(frame, sources)
        _STATE["version"] = version
    return True


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
    """Rows of one dataset (empty when the packs hold none); treat as read-only, it is shared."""

    def rows() -> pd.DataFrame:
        frame = get_data()
        return frame[frame["dataset"] == name]

    return memo(("dataset", name), rows)


def as_at(frame: pd.DataFrame | None = None) -> pd.Timestamp | None:
    """Date of the latest pack loaded: every page states it."""
    frame = get_data() if frame is None else frame
    dates = frame["pack_date"].dropna()
    return None if dates.empty else pd.Timestamp(dates.max())
