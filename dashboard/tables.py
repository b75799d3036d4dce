"""Pure table builders: the tidy frame in, small display frames out.

Every page's table (and the chart drawn from it) comes from here, so the
numbers shown in a chart and in the table beside it are the same numbers.
"""

from __future__ import annotations

import csv
from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from functools import lru_cache
from pathlib import Path

import numpy as np
import pandas as pd

from dashboard import catalogue
from dashboard.compare import Comparison, Place, intervals, rate
from dashboard.periods import sort_key
from dashboard.theme import fmt_change, fmt_date, fmt_headline, fmt_value
from loaders import areas
from loaders.areas import lookup
from loaders.places import is_comparator_group, same_place

# Kinds of place (data/gazetteer.csv, data/areas.csv) that are never one of a council's districts.
NOT_DISTRICT_KINDS = frozenset({"country", "region", "system", "county", "ccg", "icb", "trust"})
# Kinds a headline figure is about when no home council is known: a whole council area, a system or England.
HEADLINE_KINDS = frozenset({"county", "unitary", "metropolitan borough", "london borough", "system", "country"})


@dataclass(frozen=True)
class Places:
    """The places a district page compares: the home council's districts and the benchmarks printed with them.

    From the data, never from a list of one council's names: `places_of` reads them off the rows and the
    gazetteer.  `benchmarks` is the home council (as printed) then England, each only where printed.
    """

    districts: tuple[str, ...]
    benchmarks: tuple[str, ...]
    home: str | None = None
    spellings: Mapping[str, str] = field(default_factory=dict)  # another spelling printed -> the one shown

    def shown(self, rows: pd.DataFrame) -> pd.DataFrame:
        """`rows` with each place's other spellings ("A & B" for "A and B") as the one shown."""
        if not self.spellings or rows.empty:
            return rows
        return rows.assign(area=rows["area"].replace(dict(self.spellings)))

    @property
    def areas(self) -> list[str]:
        """Districts then benchmarks: the order of every district chart and table."""
        return [*self.districts, *self.benchmarks]

    def default_benchmark(self) -> str | None:
        """England where printed (every council can be set against it), else the home council."""
        return self.england or (self.benchmarks[0] if self.benchmarks else None)

    @property
    def england(self) -> str | None:
        return next((b for b in self.benchmarks if _kind(b) == "country"), None)


def _kind(area: object) -> str | None:
    found = lookup(str(area)) if isinstance(area, str) else None
    return found.kind if found else None


def is_country(area: object) -> bool:
    """England (the country in the gazetteer), whatever the spelling printed."""
    return _kind(area) == "country"


def _is_home(area: str, home: str | None) -> bool:
    if not home:
        return False
    if same_place(area, home):
        return True
    a, h = lookup(area), lookup(home)
    return bool(a and h and a.code and a.code == h.code)


def guess_home(areas: Sequence[str]) -> str | None:
    """Among printed areas, the one the gazetteer makes parent of most of the others (a county among its
    districts); for a frame with no pack covers to read (a test's frame, a download's rows)."""
    found = {a: lookup(a) for a in areas}
    parents = Counter(f.parent_code for f in found.values() if f and f.parent_code)
    for code, _n in parents.most_common():
        named = [a for a, f in found.items() if f and f.code == code]
        if named:
            return named[0]
    return None


def places_of(rows: pd.DataFrame, home: str | None = None) -> Places:
    """The districts and benchmarks among `rows`' areas (in the order first printed; districts A to Z).

    A district is an area the gazetteer puts in the home council (its parent code is the home's), or, for
    a place the gazetteer does not know (an invented or renamed district), any area printed that is not the
    home, England, a region, a county or an NHS body.  The home is the council the packs' covers name
    (dashboard.data.home()); without one, the gazetteer parent of most areas printed.
    """
    counts = rows["area"].dropna().astype(str).value_counts(sort=False) if "area" in rows else pd.Series()
    spellings: dict[str, str] = {}
    by_key: dict[str, list[str]] = {}
    for area in counts.index:  # in the order first printed
        by_key.setdefault(areas.normalise(area), []).append(area)
    for names in by_key.values():
        one = max(names, key=lambda a: counts[a])  # the spelling printed most (ties: the first printed)
        spellings.update({n: one for n in names if n != one})
    printed = [a for a in counts.index if a not in spellings]
    home = home or guess_home(printed)
    home_area = lookup(home) if home else None
    home_code = home_area.code if home_area and home_area.code else None
    districts, benchmarks = [], []
    for area in printed:
        known = lookup(area)
        if _is_home(area, home) or (known and known.kind == "country") or is_comparator_group(area):
            benchmarks.append(area)  # a group of comparators ("Statistical neighbours") is set beside, not among
        elif known is None or not known.code:
            if not areas.looks_like_place(area) or area_is_nhs(area):
                continue
            districts.append(area)
        elif known.kind in NOT_DISTRICT_KINDS:
            continue
        elif home_code is None or known.parent_code == home_code:
            districts.append(area)
    home_first = sorted(benchmarks, key=lambda a: _kind(a) == "country")
    return Places(tuple(sorted(districts)), tuple(dict.fromkeys(home_first)), home, spellings)


TILE_POSITIONS_FILE = Path(__file__).resolve().parent.parent / "data" / "tile_positions.csv"


@lru_cache(maxsize=1)
def _tile_rows() -> tuple[tuple[str, str, int, int], ...]:
    """data/tile_positions.csv as (code, normalised name, column, row); any council's districts can be added."""
    with TILE_POSITIONS_FILE.open(encoding="utf-8", newline="") as fh:
        return tuple(
            (r["code"].strip(), areas.normalise(r["name"]), int(r["column"]), int(r["row"])) for r in csv.DictReader(fh)
        )


def tile_positions(districts: Sequence[str]) -> dict[str, tuple[int, int]] | None:
    """(column, row) of each district on the tile map, by ONS code or name, or None unless every one is known:
    a map with a district missing would mislead, so the page shows the districts ranked instead."""
    by_code = {code: (col, row) for code, _n, col, row in _tile_rows() if code}
    by_name = {name: (col, row) for _c, name, col, row in _tile_rows()}
    out: dict[str, tuple[int, int]] = {}
    for district in districts:
        known = lookup(district)
        at = by_code.get(known.code) if known and known.code else None
        at = at or by_name.get(areas.normalise(district))
        if at is None:
            return None
        out[district] = at
    return out or None


def area_is_nhs(area: str) -> bool:
    """An NHS body ("... CCG", "... ICB", "... Trust") rather than a place."""
    return areas.nhs_body(area) is not None


def latest(frame: pd.DataFrame, by: list[str]) -> pd.DataFrame:
    """The row with the latest period in each group; for a period printed more than once (a figure
    restated at a later meeting), the row from the latest meeting (ties: the first printed).

    Column `restated` names each other value printed for the same group and period, and where, so a
    disagreement is shown rather than hidden; it is empty where every printing agrees.
    """
    if frame.empty:
        return frame.assign(restated=pd.Series(dtype="string"))
    keyed = frame.assign(_key=frame["period"].map(sort_key))
    keyed = keyed.sort_values(
        ["_key", "meeting_date", "source_file", "source_line"],
        ascending=[False, False, True, True],
        na_position="last",
        kind="stable",
    )
    first = np.flatnonzero(~keyed.duplicated(by).to_numpy()).tolist()
    chosen = keyed.iloc[first].drop(columns="_key")
    # The printings of each chosen row: the rows with its values in `group` (missing matching missing), in
    # the order above.  Grouped once, not compared row by row with the whole frame, and read from plain lists.
    group = list(dict.fromkeys([*by, "measure", "period"]))
    ids = keyed.groupby(group, dropna=False, sort=False).ngroup().to_numpy()
    printings = pd.Series(ids).groupby(ids, sort=False).indices
    columns = {c: keyed[c].tolist() for c in ("value", "value_text", "source_file", "source_line", "meeting_date")}
    notes = [restatement(p, printings[ids[p]], columns) if len(printings[ids[p]]) > 1 else None for p in first]
    return chosen.assign(restated=pd.Series(notes, index=chosen.index, dtype="string"))


def restatement(shown: int, printings: Sequence[int], columns: Mapping[str, list]) -> str | None:
    """ "Restated: earlier 11.9% in pack.txt (meeting of 5 June 2019)" for each other value printed, or None.

    `shown` and `printings` are positions in `columns` (value, value_text, source_file, source_line, meeting_date).
    """
    value, when = columns["value"][shown], columns["meeting_date"][shown]
    parts = []
    for i in printings:
        if columns["value"][i] == value:  # a missing value equals nothing, so it counts as another value
            continue
        date = columns["meeting_date"][i]
        earlier = pd.notna(date) and pd.notna(when) and date < when
        where = f"{columns['source_file'][i]} line {columns['source_line'][i]} (meeting of {fmt_date(date)})"
        parts.append(f"{'earlier' if earlier else 'also printed as'} {columns['value_text'][i]} in {where}")
    return "Restated: " + "; ".join(parts) if parts else None


def indicators(wider: pd.DataFrame) -> list[str]:
    """Indicators of the wider determinants dataset, in the order the packs print them."""
    ordered = wider.sort_values(["source_file", "source_line"], kind="stable")
    return list(dict.fromkeys(ordered["measure"].tolist()))


def district_values(
    wider: pd.DataFrame,
    measure: str,
    places: Places | None = None,
    bounds: Mapping[Place, tuple[float, float]] | None = None,
) -> pd.DataFrame:
    """One indicator for the districts and benchmarks: area, value, value_text, unit, period, provenance, and
    `place` ("district" or "benchmark"); `places` from places_of and `bounds` from compare.intervals (each found
    from `wider` when not given: a caller asking for every indicator finds them once)."""
    places = places or places_of(wider)
    rows = latest(places.shown(wider[wider["measure"] == measure]), ["area"])
    rows = rows[rows["area"].isin(places.areas)]
    order = {a: i for i, a in enumerate(places.areas)}
    rows = rows.assign(_o=rows["area"].map(order)).sort_values("_o", kind="stable").drop(columns="_o")
    kind = ["district" if a in places.districts else "benchmark" for a in rows["area"]]
    rows = rows.assign(place=pd.Series(kind, index=rows.index, dtype="string"))
    # the confidence interval the pack prints beside a value (role lower/upper rows on its line), for rating
    bounds = intervals(wider) if bounds is None else bounds
    where = zip(rows["source_file"], rows["source_line"], rows["area"], strict=True)
    found = [bounds.get((str(f), int(n), str(a)), (None, None)) for f, n, a in where]
    rows = rows.assign(lower=[lo for lo, _ in found], upper=[up for _, up in found])
    if "rag" not in rows:
        rows = rows.assign(rag=pd.Series(pd.NA, index=rows.index, dtype="string"))
    columns = ["area", "value", "value_text", "unit", "period", "polarity", "source_file", "source_line"]
    return rows[[*columns, "restated", "place", "rag", "lower", "upper"]].reset_index(drop=True)


def districts_in(values: pd.DataFrame) -> pd.DataFrame:
    """The district rows of a district_values frame (not the benchmarks)."""
    return values[values["place"] == "district"] if "place" in values else values.iloc[:0]


def benchmark_value(values: pd.DataFrame, benchmark: str) -> float | None:
    """The benchmark area's value in a district_values frame, if printed."""
    hit = values.loc[values["area"] == benchmark, "value"]
    return None if hit.empty else float(hit.iloc[0])


def polarity_of(values: pd.DataFrame) -> str | None:
    pol = values["polarity"].dropna()
    return None if pol.empty else str(pol.iloc[0])


def rated_districts(values: pd.DataFrame, benchmark: str) -> pd.DataFrame:
    """District rows with the comparison against the benchmark (column `comparison`): the rating the pack prints
    where it prints one, else by the printed confidence interval, else by the stated tolerance (dashboard/compare)."""
    bench = benchmark_value(values, benchmark)
    pol = polarity_of(values)
    districts = districts_in(values).copy()
    has = {c: c in districts for c in ("rag", "lower", "upper")}
    districts["comparison"] = [
        rate(
            r.get("rag") if has["rag"] else None,
            r["value"],
            bench,
            pol,
            lower=_number(r.get("lower")) if has["lower"] else None,
            upper=_number(r.get("upper")) if has["upper"] else None,
        )
        for r in districts.to_dict("records")
    ]
    return districts.reset_index(drop=True)


def _number(value: object) -> float | None:
    return None if value is None or pd.isna(value) else float(value)  # type: ignore[arg-type]


def restated_mark(note: object) -> str:
    """The marker beside a value shown that was printed differently elsewhere."""
    return " (restated)" if isinstance(note, str) and note else ""


def _notes(values: pd.DataFrame) -> list[object]:
    return values["restated"].tolist() if "restated" in values else [None] * len(values)


def indicator_table(values: pd.DataFrame, benchmark: str, *, districts_only: bool = False) -> pd.DataFrame:
    """The table beside an indicator's chart: area, value as printed, period, compared with benchmark,
    and, where a value shown was printed differently elsewhere, what and where (column "Restated").

    Districts are rated against the benchmark's row in `values` even where the table shows the districts
    only (`districts_only`, beside the tile map), so the table and the map beside it agree.
    """
    rated = {r.area: r.comparison for r in rated_districts(values, benchmark).itertuples()}
    if districts_only:
        values = districts_in(values)
    table = pd.DataFrame(
        {
            "Area": values["area"],
            "Value": [
                fmt_value(v, u, t) + restated_mark(note)
                for v, u, t, note in zip(
                    values["value"], values["unit"], values["value_text"], _notes(values), strict=True
                )
            ],
            "As printed": values["value_text"],
            "Period": values["period"].fillna("not stated"),
            f"Compared with {benchmark}": [
                rated[a].rag.icon + " " + rated[a].verdict if a in rated else "benchmark" for a in values["area"]
            ],
        }
    )
    notes = _notes(values)
    if any(restated_mark(n) for n in notes):
        table["Restated"] = [n if restated_mark(n) else "" for n in notes]
    return table


def rag_matrix(
    wider: pd.DataFrame, benchmark: str, places: Places | None = None
) -> dict[str, dict[str, tuple[str, Comparison]]]:
    """indicator -> district -> (value shown, comparison against the benchmark)."""
    places = places or places_of(wider)
    bounds = intervals(wider)
    out: dict[str, dict[str, tuple[str, Comparison]]] = {}
    for measure in indicators(wider):
        values = district_values(wider, measure, places, bounds)
        if values.empty:
            continue
        out[measure] = {
            r.area: (fmt_value(r.value, r.unit, r.value_text) + restated_mark(r.restated), r.comparison)
            for r in rated_districts(values, benchmark).itertuples()
        }
    return out


@dataclass(frozen=True)
class Tile:
    """One headline tile on the overview: a dataset's latest figure and its change."""

    dataset: str
    title: str
    page: str
    measure: str | None = None
    area: str | None = None
    period: str | None = None
    value: str | None = None
    change: str | None = None
    rag: str | None = None
    source_file: str | None = None
    source_line: int | None = None
    count: int = 0
    pack_date: pd.Timestamp | None = None


def headline_tile(frame: pd.DataFrame, name: str, home: str | None = None) -> Tile:
    """The tile for one dataset: its latest headline value, or an empty tile when absent."""
    return _tile(frame[frame["dataset"] == name], name, home)


def is_headline_area(area: object, home: str | None) -> bool:
    """A headline figure's place: the home council, England or a health system, or (no home known) any whole
    council area; not a district, a CCG or a trust."""
    if not isinstance(area, str):
        return False
    if home:
        return _is_home(area, home) or _kind(area) in {"country", "system"}
    return _kind(area) in HEADLINE_KINDS


def _tile(rows: pd.DataFrame, name: str, home: str | None = None) -> Tile:
    """headline_tile from the dataset's rows."""
    meta = catalogue.info(name)
    if rows.empty:
        return Tile(name, meta.title, meta.page)
    if name == "figures":
        return Tile(name, meta.title, meta.page, count=len(rows), pack_date=rows["pack_date"].max())
    names = rows["area"].dropna().unique()
    own = rows[rows["area"].isin([a for a in names if _is_home(a, home)])]  # the council's own figure first
    preferred = rows[rows["area"].isin([a for a in names if is_headline_area(a, home)])]
    pool = own if not own.empty else preferred if not preferred.empty else rows
    pool = pool.assign(_key=pool["period"].map(sort_key))
    sizes = pool.groupby(["measure", "area"], dropna=False)["value"].transform("size")
    # Of one period, a table's total heads the tile (a programme's whole target, not its first scheme's).
    part = pool["role"].ne("total") if "role" in pool else pd.Series(True, index=pool.index)
    pool = pool.assign(_n=sizes, _part=part).sort_values(
        ["_key", "_part", "_n", "meeting_date", "source_file", "source_line"],
        ascending=[False, True, False, False, True, True],
        na_position="last",
        kind="stable",
    )
    top = pool.iloc[0]
    area = "" if pd.isna(top["area"]) else top["area"]  # a missing area is NA, which has no truth value
    same = pool[(pool["measure"] == top["measure"]) & (pool["area"].fillna("") == area)]
    earlier = same[same["_key"] < top["_key"]]
    change = None
    if not earlier.empty:
        prev = earlier.iloc[0]
        change = f"{fmt_change(top['value'] - prev['value'], top['unit'])} from {prev['period']}"
    return Tile(
        name,
        meta.title,
        meta.page,
        measure=str(top["measure"]),
        area=None if pd.isna(top["area"]) else str(top["area"]),
        period=None if pd.isna(top["period"]) else str(top["period"]),
        value=fmt_headline(top["value"], top["unit"]),
        change=change,
        rag=None if pd.isna(top["rag"]) else str(top["rag"]),
        source_file=str(top["source_file"]),
        source_line=int(top["source_line"]),
        count=len(rows),
        pack_date=None if pd.isna(top["pack_date"]) else pd.Timestamp(top["pack_date"]),
    )


def headline_tiles(frame: pd.DataFrame, home: str | None = None) -> list[Tile]:
    """A tile per known dataset, then any dataset the packs hold that the catalogue does not list."""
    return tiles_of(dict(tuple(frame.groupby("dataset", sort=False))), frame.iloc[:0], home)  # one pass


def tiles_of(by_dataset: Mapping[str, pd.DataFrame], empty: pd.DataFrame, home: str | None = None) -> list[Tile]:
    """headline_tiles from each dataset's rows (a page passes the rows it already holds); `empty` has no rows.
    `home` (dashboard.data.home()) is the council whose figures a tile prefers."""
    names = [d.name for d in catalogue.DATASETS]
    names += sorted(set(by_dataset) - set(names))
    return [_tile(by_dataset.get(n, empty), n, home) for n in names]


def latest_first(rows: pd.DataFrame) -> pd.DataFrame:
    """Rows from the latest pack first, each pack's in the order printed: the order of every long list, whose
    first page then shows the latest pack."""
    return rows.sort_values(["pack_date", "source_file", "source_line"], ascending=[False, True, True], kind="stable")


def red_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Every figure the packs rate Red (alone or combined, e.g. Red/Amber), latest pack first."""
    rag = frame["rag"]
    red = frame[rag.notna() & rag.str.contains("Red")] if rag.notna().any() else frame.iloc[:0]
    return latest_first(red)


def meetings(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per meeting whose papers or minutes are in the packs, oldest first."""
    if frame.empty:
        return pd.DataFrame(columns=["meeting_date", "committee", "source_file", "pack_date", "reports", "numbers"])
    grouped = frame.groupby(["meeting_date", "committee", "source_file", "pack_date"], dropna=False)
    out = grouped.agg(reports=("report", "nunique"), numbers=("value", "size")).reset_index()
    return out.sort_values(["meeting_date", "source_file"]).reset_index(drop=True)


def by_dataset(counts: pd.Series | Mapping[str, int]) -> str:
    """ "Life expectancy 12; Performance 340": numbers per dataset, each by its title (dashboard/catalogue.py)."""
    return "; ".join(f"{catalogue.info(str(k)).title} {v:,}" for k, v in counts.items())


PACK_COLUMNS = ["Pack", "Committee", "Pack for", "Meetings", "Reports", "Numbers", "By dataset", "Warnings"]


def packs(frame: pd.DataFrame) -> pd.DataFrame:
    """One row per pack, latest first: committee, pack date, meetings, reports, numbers per dataset and warnings.

    Counted by grouping the whole frame once per column, so 500 packs cost about what 5 do.
    """
    if frame.empty:
        return pd.DataFrame(columns=PACK_COLUMNS)
    codes, names = pd.factorize(frame["source_file"], sort=True)  # the file names hashed once, not per grouping
    files = frame.groupby(codes)
    out = pd.DataFrame(
        {
            "Pack": np.asarray(names, dtype=object),
            "pack_date": files["pack_date"].max().to_numpy(),
            "Reports": files["report"].nunique().astype(int).to_numpy(),
            "numbers": files.size().to_numpy(),
            "Warnings": files["warning"].count().astype(int).to_numpy(),
        }
    )
    # The committee most rows name (ties: the first in alphabetical order), as Series.mode would pick it.
    named = frame.groupby([codes, frame["committee"]], sort=True).size().reset_index(name="n")
    top = named.sort_values(["n"], ascending=False, kind="stable").drop_duplicates(named.columns[0])
    committee = dict(zip(top.iloc[:, 0], top["committee"], strict=True))
    dates = pd.DataFrame({"file": codes, "date": frame["meeting_date"].to_numpy()}).dropna().drop_duplicates()
    dates = dates.sort_values(["file", "date"])
    meetings: dict[int, list[str]] = {}
    for file, date in zip(dates["file"], dates["date"], strict=True):
        meetings.setdefault(file, []).append(fmt_date(date))
    counts: dict[int, dict[str, int]] = {}
    for (file, name), n in frame.groupby([codes, frame["dataset"]], sort=True).size().items():
        counts.setdefault(file, {})[name] = int(n)
    out = out.assign(
        Committee=[committee.get(i, "") for i in out.index],
        **{
            "Pack for": [fmt_date(d if pd.notna(d) else None) for d in out["pack_date"]],
            "Meetings": [", ".join(meetings.get(i, [])) for i in out.index],
            "Numbers": [f"{n:,}" for n in out["numbers"]],
            "By dataset": [by_dataset(counts.get(i, {})) for i in out.index],
        },
    )
    out = out.sort_values("pack_date", ascending=False, na_position="last", kind="stable")
    return out[PACK_COLUMNS].reset_index(drop=True)


def meeting_reports(frame: pd.DataFrame, file: str, meeting: pd.Timestamp) -> pd.DataFrame:
    """What one meeting's papers hold: each report with its numbers per dataset."""
    rows = frame[(frame["source_file"] == file) & (frame["meeting_date"] == meeting)]
    if rows.empty:
        return pd.DataFrame(columns=["Report", "First line", "Numbers", "By dataset"])
    out = []
    for report, of in rows.groupby(rows["report"].fillna("(no title)"), sort=False):
        counts = of["dataset"].value_counts().sort_index()
        out.append(
            {
                "Report": report,
                "First line": int(of["source_line"].min()),
                "Numbers": len(of),
                "By dataset": by_dataset(counts),
            }
        )
    return pd.DataFrame(out).sort_values("First line").reset_index(drop=True)


MAX_QUERY_CHARS = 200  # a search longer than this is cut: no one types more, and each character costs a scan
MAX_QUERY_WORDS = 12


def query_words(words: str | None) -> list[str]:
    """The distinct words of a search, lower-cased, within the query limits (longer queries are cut)."""
    seen: dict[str, None] = {}
    for word in (words or "")[:MAX_QUERY_CHARS].lower().split():
        seen.setdefault(word, None)
    return list(seen)[:MAX_QUERY_WORDS]


def search_text(frame: pd.DataFrame) -> pd.Series:
    """What a search looks in, lower-cased: each row's measure, area and sentence (build it once, reuse it)."""
    joined = frame["measure"].fillna("") + " " + frame["area"].fillna("") + " " + frame["context"].fillna("")
    return joined.str.lower()


def holding_every_word(text: pd.Series, words: str | None) -> np.ndarray:
    """Which of the lower-cased `text` hold every word searched (within the query limits), as a mask.

    Each word is a plain substring test on the rows the earlier words left, so a search costs about one pass
    over the text, whatever the number of words (at most MAX_QUERY_WORDS).
    """
    mask = np.ones(len(text), dtype=bool)
    left = text
    for word in query_words(words):
        if left.empty:
            break
        hit = left.str.contains(word, regex=False).to_numpy(dtype=bool)
        mask[np.flatnonzero(mask)[~hit]] = False
        left = left[hit]
    return mask


def search(
    frame: pd.DataFrame, words: str | None = None, dataset: str | None = None, file: str | None = None
) -> pd.DataFrame:
    """Rows whose measure, area or context hold every word searched (case-insensitive)."""
    out = frame
    if dataset:
        out = out[out["dataset"] == dataset]
    if file:
        out = out[out["source_file"] == file]
    if query_words(words):
        out = out[holding_every_word(search_text(out), words)]
    return out


def warnings(frame: pd.DataFrame) -> pd.DataFrame:
    """Data-quality warnings with where they were printed, latest pack first."""
    rows = latest_first(frame[frame["warning"].notna()])
    return rows[["source_file", "source_line", "dataset", "measure", "value_text", "warning"]]
