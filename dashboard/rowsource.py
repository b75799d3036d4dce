"""The explorer's rows found on the server: its state (controls, column filters, sort; also its URL) in,
the positions of the matching rows out, in order.  The grid asks for one block at a time.

Filtering a frame of 450,000 rows with pandas string methods costs seconds per change.  Here each
column is factorised once per loaded frame, on first use: a filter tests each distinct value once and
gathers by code, a sort orders integers, and the search tests each word over the distinct texts
only.  The rows found for recent states are kept, so paging and scrolling cost a slice.
"""

from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable, Mapping
from dataclasses import dataclass, replace

import numpy as np
import pandas as pd

from dashboard import data as store
from dashboard import gridmodel, tables
from dashboard.gridmodel import NUMBER, ColumnFilter, Sort
from dashboard.periods import sort_key
from dashboard.schema_view import CHRONOLOGICAL, FILTER_KINDS, HEADERS, SHOWN_AS, SORTABLE, TIDY_COLUMN

FILTER_PREFIX = "f."  # a column filter's URL parameter: f.area=equals:Blaby
RESULTS_KEPT = 16  # states whose rows (or search hits) are kept: at 450,000 rows each at most 3.6 MB
MAX_BLOCK = 1000  # rows sent in one answer, whatever the grid asks
ANY = "all"  # a picker's "everything"


def _choice(value: object) -> str | None:
    """A picker's value as a filter: None for nothing or "everything"."""
    return value if isinstance(value, str) and value not in ("", ANY) else None


@dataclass(frozen=True)
class ExplorerState:
    """What the explorer shows: search words, pickers, column filters and sort."""

    q: str = ""
    dataset: str | None = None
    file: str | None = None
    area: str | None = None
    period: str | None = None
    filters: tuple[tuple[str, ColumnFilter], ...] = ()
    sort: Sort = ()

    @classmethod
    def from_controls(
        cls, q: object = None, dataset: object = None, file: object = None, area: object = None, period: object = None
    ) -> ExplorerState:
        words = q[: tables.MAX_QUERY_CHARS].strip() if isinstance(q, str) else ""
        return cls(words, _choice(dataset), _choice(file), _choice(area), _choice(period))

    @classmethod
    def from_query(cls, params: Mapping[str, object]) -> ExplorerState:
        """The state a URL's parameters describe (as urlstate.parse or Dash pages give them)."""
        base = cls.from_controls(*(params.get(k) for k in ("q", "dataset", "file", "area", "period")))
        found = (
            (name, gridmodel.from_text(params.get(FILTER_PREFIX + name), kind)) for name, kind in FILTER_KINDS.items()
        )
        filters = tuple((name, f) for name, f in found if f is not None)
        return replace(base, filters=filters, sort=gridmodel.sort_from_text(params.get("sort"), SORTABLE))

    def with_grid(self, filter_model: object, sort_model: object) -> ExplorerState:
        """This state with the grid's own filterModel and sortModel (as the grid sends them)."""
        return replace(
            self, filters=gridmodel.read_all(filter_model, FILTER_KINDS), sort=gridmodel.read_sort(sort_model, SORTABLE)
        )

    def query(self) -> dict[str, object]:
        """URL parameters, in a fixed order (for urlstate.encode)."""
        out: dict[str, object] = {
            "q": self.q,
            "dataset": self.dataset,
            "file": self.file,
            "area": self.area,
            "period": self.period,
        }
        out.update({FILTER_PREFIX + name: gridmodel.to_text(f) for name, f in self.filters})
        out["sort"] = gridmodel.sort_text(self.sort)
        return out

    def grid_state(self) -> dict:
        """AG Grid's initialState for these column filters and sort (empty when there are none)."""
        out: dict = {}
        if self.filters:
            out["filter"] = {"filterModel": {name: gridmodel.model(f) for name, f in self.filters}}
        if self.sort:
            out["sort"] = {"sortModel": gridmodel.sort_model(self.sort)}
        return out

    def describe(self, title: Callable[[str], str] = str) -> list[tuple[str, str]]:
        """(what, how) for each filter in force, for a heading or a downloaded file's notes."""
        out = [("Search", self.q)] if self.q else []
        picked = [("Dataset", self.dataset and title(self.dataset)), ("Pack", self.file)]
        picked += [("Area", self.area), ("Period", self.period)]
        out += [(what, how) for what, how in picked if how]
        out += [(HEADERS[name], gridmodel.describe(f)) for name, f in self.filters]
        if self.sort:
            out.append(("Sorted by", ", ".join(HEADERS[n] + (" (descending)" if d else "") for n, d in self.sort)))
        return out


@dataclass(frozen=True)
class TextColumn:
    """A column factorised: each row's code into the distinct values (-1: missing), those values as stored
    and, lower-cased, as the grid shows them, and each distinct value's rank in the column's sort order."""

    codes: np.ndarray
    raw: list[object]
    lower: list[str]
    ranks: np.ndarray  # one per distinct value, then -1 for a missing one (sorted first, as AG Grid does)
    lookup: dict[str, int]


def _text_column(values: pd.Series, shown: Callable[[object], str] | None, chronological: bool) -> TextColumn:
    codes, uniques = pd.factorize(values, use_na_sentinel=shown is None)
    raw = list(uniques)
    labels = [shown(u) if shown else str(u) for u in raw]

    def key(i: int) -> tuple:
        if not chronological:
            return (labels[i],)
        if isinstance(raw[i], str):
            return (sort_key(raw[i]), labels[i])
        return (0, pd.Timestamp(raw[i]).value) if pd.notna(raw[i]) else (-1, 0)  # type: ignore[arg-type]

    ranks = np.full(len(raw) + 1, -1, dtype=np.int64)
    ranks[sorted(range(len(raw)), key=key)] = np.arange(len(raw))
    lookup = {v: i for i, v in enumerate(raw) if isinstance(v, str)}
    return TextColumn(np.asarray(codes, dtype=np.int32), raw, [label.lower() for label in labels], ranks, lookup)


class RowIndex:
    """The explorer's view of one loaded frame: columns factorised on first use, rows kept per state."""

    def __init__(self, frame: pd.DataFrame) -> None:
        self.frame = frame
        self._lock = threading.Lock()
        self._columns: dict[str, TextColumn] = {}
        self._texts: tuple[np.ndarray, pd.Series] | None = None
        self._kept: OrderedDict[object, np.ndarray] = OrderedDict()

    # --- columns ------------------------------------------------------------------------------------------

    def column(self, tidy: str) -> TextColumn:
        """A tidy text column factorised (built once; two threads may both build it, the first kept)."""
        found = self._columns.get(tidy)
        if found is None:
            built = _text_column(self.frame[tidy], SHOWN_AS.get(tidy), tidy in CHRONOLOGICAL)
            with self._lock:
                found = self._columns.setdefault(tidy, built)
        return found

    def values(self, tidy: str) -> list[str]:
        """The distinct values of a tidy column, in the column's sort order (missing left out)."""
        col = self.column(tidy)
        return [str(col.raw[i]) for i in np.argsort(col.ranks[:-1], kind="stable") if isinstance(col.raw[i], str)]

    def _values(self) -> np.ndarray:
        return self.frame["value"].to_numpy(dtype=float, na_value=np.nan)

    def _order(self, name: str) -> np.ndarray:
        """Each row's sort key for a grid column."""
        if name == "value":
            return np.nan_to_num(self._values(), nan=-np.inf)
        col = self.column(TIDY_COLUMN[name])
        rank = col.ranks[col.codes]  # int64, as ranks
        if name != "source":
            return rank
        lines = self.frame["source_line"].to_numpy(dtype=np.int64)
        return rank * (int(lines.max(initial=0)) + 1) + lines

    # --- the search words: each tested over the distinct texts, lower-cased once ---------------------------------

    def _search_mask(self, q: str) -> np.ndarray:
        if self._texts is None:
            codes = [self.column(c).codes.astype(np.int64) + 1 for c in ("measure", "area", "context")]
            sizes = [int(c.max(initial=0)) + 1 for c in codes]
            key = (codes[0] * sizes[1] + codes[1]) * sizes[2] + codes[2]
            _, first, inverse = np.unique(key, return_index=True, return_inverse=True)
            texts = self.frame.iloc[first][["measure", "area", "context"]].reset_index(drop=True)
            self._texts = (inverse.reshape(-1), tables.search_text(texts))  # lower-cased once per frame
        inverse, text = self._texts
        return tables.holding_every_word(text, q)[inverse]

    # --- a state's rows ---------------------------------------------------------------------------------------

    def _kept_or(self, key: object, compute: Callable[[], np.ndarray]) -> np.ndarray:
        with self._lock:
            if key in self._kept:
                self._kept.move_to_end(key)
                return self._kept[key]
        value = compute()
        with self._lock:
            self._kept[key] = value
            while len(self._kept) > RESULTS_KEPT:
                self._kept.popitem(last=False)
        return value

    def _masks(self, state: ExplorerState) -> list[np.ndarray]:
        masks = []
        for tidy, value in (
            ("dataset", state.dataset),
            ("source_file", state.file),
            ("area", state.area),
            ("period", state.period),
        ):
            if value is not None:
                col = self.column(tidy)
                code = col.lookup.get(value)
                masks.append(col.codes == code if code is not None else np.zeros(len(self.frame), dtype=bool))
        if tables.query_words(state.q):
            words = " ".join(tables.query_words(state.q))
            masks.append(self._kept_or(("search", words), lambda: self._search_mask(words)))
        for name, f in state.filters:
            if f.kind == NUMBER:
                masks.append(gridmodel.number_mask(self._values(), f))
            else:
                col = self.column(TIDY_COLUMN[name])
                masks.append(gridmodel.text_mask(col.lower, col.codes, f))
        return masks

    def _find(self, state: ExplorerState) -> np.ndarray:
        masks = self._masks(state)
        if not masks:
            found = np.arange(len(self.frame))
        else:
            both = masks[0]
            for m in masks[1:]:
                both = both & m
            found = np.flatnonzero(both)
        if state.sort and len(found) > 1:
            keys = [self._order(name)[found] for name, _ in state.sort]
            keys = [-k if desc else k for k, (_, desc) in zip(keys, state.sort, strict=True)]
            found = found[np.lexsort(keys[::-1])]  # lexsort's last key is the most significant; stable
        return found

    def positions(self, state: ExplorerState) -> np.ndarray:
        """Positions (iloc) of the state's rows in the frame, in the grid's order."""
        if state == ExplorerState():
            return np.arange(len(self.frame))
        return self._kept_or(("rows", state), lambda: self._find(state))


def current() -> RowIndex:
    """The row index of the frame now loaded (a new one when a pack is added)."""
    return store.memo(("explorer-rows",), lambda: RowIndex(store.get_data()))


def block(state: ExplorerState, start: object, end: object) -> tuple[pd.DataFrame, int, int]:
    """The rows from `start` to `end` (at most MAX_BLOCK) of a state, the number it finds, and the total."""
    index = current()
    found = index.positions(state)
    first = start if isinstance(start, int) and start >= 0 else 0
    last = end if isinstance(end, int) and end > first else first + 100
    return index.frame.iloc[found[first : min(last, first + MAX_BLOCK)]], len(found), len(index.frame)


def count(state: ExplorerState) -> tuple[int, int]:
    """Rows the state finds, and rows loaded."""
    index = current()
    return len(index.positions(state)), len(index.frame)


def frame_for(state: ExplorerState) -> pd.DataFrame:
    """Every tidy column of the rows a state finds, in its order: what a download of the explorer holds."""
    index = current()
    return index.frame.iloc[index.positions(state)]
