"""Pure table builders: the tidy frame in, small display frames out.

Every page's table (and the chart drawn from it) comes from here, so the
numbers shown in a chart and in the table beside it are the same numbers.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass

import numpy as np
import pandas as pd

from dashboard import catalogue
from dashboard.compare import Comparison, compare
from dashboard.periods import sort_key
from dashboard.theme import fmt_change, fmt_date, fmt_value

DISTRICTS = [
    "Blaby",
    "Charnwood",
    "Harborough",
    "Hinckley and Bosworth",
    "Melton",
    "North West Leicestershire",
    "Oadby and Wigston",
]
BENCHMARKS = ["Leicestershire", "England"]
HEADLINE_AREAS = ["Leicestershire", "Leicester, Leicestershire and Rutland", "England"]


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


def district_values(wider: pd.DataFrame, measure: str) -> pd.DataFrame:
    """One indicator for the districts and benchmarks: area, value, value_text, unit, period, provenance."""
    rows = latest(wider[wider["measure"] == measure], ["area"])
    rows = rows[rows["area"].isin(DISTRICTS + BENCHMARKS)]
    order = {a: i for i, a in enumerate(DISTRICTS + BENCHMARKS)}
    rows = rows.assign(_o=rows["area"].map(order)).sort_values("_o").drop(columns="_o")
    return rows[
        ["area", "value", "value_text", "unit", "period", "polarity", "source_file", "source_line", "restated"]
    ].reset_index(drop=True)


def benchmark_value(values: pd.DataFrame, benchmark: str) -> float | None:
    """The benchmark area's value in a district_values frame, if printed."""
    hit = values.loc[values["area"] == benchmark, "value"]
    return None if hit.empty else float(hit.iloc[0])


def polarity_of(values: pd.DataFrame) -> str | None:
    pol = values["polarity"].dropna()
    return None if pol.empty else str(pol.iloc[0])


def rated_districts(values: pd.DataFrame, benchmark: str) -> pd.DataFrame:
    """District rows with the comparison against the benchmark (column `comparison`)."""
    bench = benchmark_value(values, benchmark)
    pol = polarity_of(values)
    districts = values[values["area"].isin(DISTRICTS)].copy()
    districts["comparison"] = [compare(v, bench, pol) for v in districts["value"]]
    return districts.reset_index(drop=True)


def restated_mark(note: object) -> str:
    """The marker beside a value shown that was printed differently elsewhere."""
    return " (restated)" if isinstance(note, str) and note else ""


def _notes(values: pd.DataFrame) -> list[object]:
    return values["restated"].tolist() if "restated" in values else [None] * len(values)


def indicator_table(values: pd.DataFrame, benchmark: str) -> pd.DataFrame:
    """The table beside an indicator's chart: area, value as printed, period, compared with benchmark,
    and, where a value shown was printed differently elsewhere, what and where (column "Restated")."""
    rated = {r.area: r.comparison for r in rated_districts(values, benchmark).itertuples()}
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


def rag_matrix(wider: pd.DataFrame, benchmark: str) -> dict[str, dict[str, tuple[str, Comparison]]]:
    """indicator -> district -> (value shown, comparison against the benchmark)."""
    out: dict[str, dict[str, tuple[str, Comparison]]] = {}
    for measure in indicators(wider):
        values = district_values(wider, measure)
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


def headline_tile(frame: pd.DataFrame, name: str) -> Tile:
    """The tile for one dataset: its latest headline value, or an empty tile when absent."""
    return _tile(frame[frame["dataset"] == name], name)


def _tile(rows: pd.DataFrame, name: str) -> Tile:
    """headline_tile from the dataset's rows."""
    meta = catalogue.info(name)
    if rows.empty:
        return Tile(name, meta.title, meta.page)
    if name == "figures":
        return Tile(name, meta.title, meta.page, count=len(rows), pack_date=rows["pack_date"].max())
    preferred = rows[rows["area"].isin(HEADLINE_AREAS)]
    pool = preferred if not preferred.empty else rows
    pool = pool.assign(_key=pool["period"].map(sort_key))
    sizes = pool.groupby(["measure", "area"], dropna=False)["value"].transform("size")
    pool = pool.assign(_n=sizes).sort_values(
        ["_key", "_n", "meeting_date", "source_file", "source_line"],
        ascending=[False, False, False, True, True],
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
        value=fmt_value(top["value"], top["unit"]),
        change=change,
        rag=None if pd.isna(top["rag"]) else str(top["rag"]),
        source_file=str(top["source_file"]),
        source_line=int(top["source_line"]),
        count=len(rows),
        pack_date=None if pd.isna(top["pack_date"]) else pd.Timestamp(top["pack_date"]),
    )


def headline_tiles(frame: pd.DataFrame) -> list[Tile]:
    """A tile per known dataset, then any dataset the packs hold that the catalogue does not list."""
    return tiles_of(dict(tuple(frame.groupby("dataset", sort=False))), frame.iloc[:0])  # one pass, not one per tile


def tiles_of(by_dataset: Mapping[str, pd.DataFrame], empty: pd.DataFrame) -> list[Tile]:
    """headline_tiles from each dataset's rows (a page passes the rows it already holds); `empty` has no rows."""
    names = [d.name for d in catalogue.DATASETS]
    names += sorted(set(by_dataset) - set(names))
    return [_tile(by_dataset.get(n, empty), n) for n in names]


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
