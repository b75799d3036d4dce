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
from collections.abc import Callable, Hashable, Iterable, Mapping, Sequence
from typing import TypeVar

import numpy as np
import pandas as pd

from loaders.store import Store

_STATE: dict[str, object] = {"frame": None, "sources": {}, "store": None, "version": None}
_RELOADING = threading.Lock()
# Values derived from the installed frame (a dataset's rows, a page's tables), computed once per frame:
# `_install` replaces the dict, so nothing derived from an older frame is ever served.
_MEMO: OrderedDict[Hashable, object] = OrderedDict()
_PENDING: dict[Hashable, threading.Event] = {}  # keys being computed for the installed frame, by one thread each
_MEMO_SIZE = 512
_MEMO_LOCK = threading.Lock()
T = TypeVar("T")


def set_data(frame: pd.DataFrame, sources: Mapping[str, Sequence[str]] | None = None) -> None:
    """Install the tidy frame and the text of the loaded packs (file name -> lines); no store."""
    _install(frame, sources)
    _STATE["store"] = _STATE["version"] = None


def _install(frame: pd.DataFrame, sources: Mapping[str, Sequence[str]] | None) -> None:
    global _MEMO, _PENDING
    _STATE["sources"] = {name: tuple(lines) for name, lines in (sources or {}).items()}
    with _MEMO_LOCK:  # the frame and its memo change together
        _STATE["frame"] = frame.reset_index(drop=True)
        _MEMO, _PENDING = OrderedDict(), {}


def memo(key: Hashable, compute: Callable[[], T]) -> T:
    """`compute()`, remembered for the frame now installed (the least recently used of 512 are dropped).

    For what pages derive from the data alone (a dataset's rows, a table for a choice of controls): the
    first request computes it, later ones for the same choice reuse it until a pack is added.  `compute`
    reads the data itself (get_data, dataset), so what it returns and what it is kept for are the same frame.
    One thread computes a key while others asking for it wait for its value: under load, the first requests
    after a start or a new pack share one computation instead of each doing it on the same two cores.
    """
    while True:
        with _MEMO_LOCK:
            frame, cache, pending = _STATE["frame"], _MEMO, _PENDING
            if key in cache:
                cache.move_to_end(key)
                return cache[key]  # type: ignore[return-value]
            running = pending.get(key)
            if running is None:
                done = pending[key] = threading.Event()
                break
        running.wait()  # then look again: kept by the thread that computed it, or (it failed) computed here
    try:
        value = compute()  # outside the lock: other keys are computed meanwhile
        with _MEMO_LOCK:
            if _STATE["frame"] is frame:  # not kept if the frame was replaced meanwhile
                cache[key] = value
                while len(cache) > _MEMO_SIZE:
                    cache.popitem(last=False)
    finally:
        with _MEMO_LOCK:
            pending.pop(key, None)
        done.set()
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


def positions(column: str) -> dict[object, np.ndarray]:
    """Where each value of `column` is in the installed frame (value -> row positions, missing values left out).

    Found in one pass and kept for the frame, so a page picks a dataset's, a pack's or a rating's rows by
    looking them up rather than comparing every one of 400,000 rows.
    """
    return memo(("positions", column), lambda: get_data().groupby(column, sort=False, observed=True).indices)


def rows_of(column: str, values: Iterable[object]) -> pd.DataFrame:
    """The installed frame's rows whose `column` is one of `values`, in the frame's order (treat as read-only)."""
    where = positions(column)
    found = [where[v] for v in dict.fromkeys(values) if v in where]
    picked = np.sort(np.concatenate(found)) if len(found) > 1 else found[0] if found else np.empty(0, dtype=np.intp)
    return get_data().take(picked)


def rows_with(column: str) -> pd.DataFrame:
    """The installed frame's rows where `column` is not missing (a rating, a warning), kept for the frame."""
    return memo(("rows-with", column), lambda: rows_of(column, positions(column)))


def dataset(name: str) -> pd.DataFrame:
    """Rows of one dataset (empty when the packs hold none); treat as read-only, it is shared."""
    return memo(("dataset", name), lambda: rows_of("dataset", [name]))


def as_at(frame: pd.DataFrame | None = None) -> pd.Timestamp | None:
    """Date of the latest pack loaded (of `frame`'s rows if given): every page states it."""
    if frame is None:
        return memo(("as-at",), lambda: as_at(get_data()))
    dates = frame["pack_date"].dropna()
    return None if dates.empty else pd.Timestamp(dates.max())


def home() -> str | None:
    """The council the loaded packs are for, read from the covers (loaders.places.home_council).

    The latest pack whose cover names a council decides (packs latest first by pack date, then name), so a
    council that renamed or merged is titled as it is now; None when no cover names one.  Kept per frame.
    """
    return memo(("home",), lambda: home_of(get_data(), get_sources()))


def home_of(frame: pd.DataFrame, sources: Mapping[str, Sequence[str]]) -> str | None:
    """`home()` for a frame and its packs' lines (pure, for tests)."""
    from loaders.places import home_council

    dates = frame.groupby("source_file", sort=False)["pack_date"].max() if not frame.empty else pd.Series()
    undated = pd.Timestamp.min

    def latest_first(name: str) -> tuple[pd.Timestamp, str]:
        when = dates.get(name)
        return (pd.Timestamp(when) if when is not None and pd.notna(when) else undated, name)

    for name in sorted(sources, key=latest_first, reverse=True):
        council = home_council(tuple(sources[name]))
        if council:
            return council
    return None


def site_name() -> str:
    """ "<home> health committees"; where no cover names one council (a joint committee of several), the committee
    the latest pack is for ("Tamsford, Brindleham and Wexcombe Joint Health Overview and Scrutiny Committee");
    "Health committees" when no pack is loaded."""
    try:
        council = home()
        committee = None if council else memo(("site-committee",), lambda: latest_committee(get_data()))
    except RuntimeError:  # no data installed yet
        council = committee = None
    return f"{council} health committees" if council else committee or "Health committees"


def latest_committee(frame: pd.DataFrame) -> str | None:
    """The committee the latest pack is for (its own meeting's rows, not the minutes of an earlier one)."""
    own = frame[frame["meeting_date"] == frame["pack_date"]].dropna(subset=["committee"])
    if own.empty:
        return None
    return str(own.sort_values(["pack_date", "source_file"], kind="stable")["committee"].iloc[-1])


def page_title(page: str) -> Callable[[], str]:
    """A Dash page's `title`: called for each visit, so it names the council of the packs loaded now."""
    return lambda **_path: f"{page} – {site_name()}"
