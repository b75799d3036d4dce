"""Performance: RAG tables as the packs report them, counts per meeting, unrated indicators against the standard
their table prints, and public health outcomes against England.

Every rated row any dataset holds is listed (a council's scorecard may sit in a public health or a Better Care
Fund table): the rating the pack prints is what a committee acted on, so it is shown as printed, with its area,
period and the target or plan printed beside it.
"""

from __future__ import annotations

import re
from collections.abc import Iterator
from typing import Any

import dash
import pandas as pd
from dash import dcc, html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads, section_cards, tables
from dashboard.compare import SHORT_RULE, STANDARD_RULE, Comparison, against_standard, intervals, rate_row
from dashboard.figures import rag_counts, rank_strip
from dashboard.periods import period_end, sort_key
from dashboard.series import AUTO, Section
from dashboard.theme import counted, fmt_date, fmt_value
from dashboard.urlstate import encode, is_on
from loaders.places import same_place

dash.register_page(__name__, path="/performance", name="Performance", title=store.page_title("Performance"), order=6)

RATINGS = ["Red", "Amber", "Green", "Blue"]
# The last words of a measure that is a target or plan printed beside a rated figure ("...: Target", "... - plan").
_TARGET_WORDS = re.compile(r"\b(?:target|plan|planned|trajectory|standard|ambition|threshold)\s*\)?\s*$", re.I)


def rated(frame: pd.DataFrame, rating: str | None) -> pd.DataFrame:
    """The rows the packs rate (of one rating, alone or combined, if given), in the order printed, oldest first."""
    rows = store.rows_with("rag") if frame is store.get_data() else frame[frame["rag"].notna()]
    if rating:
        rows = rows[rows["rag"].str.contains(rating)]
    return rows.sort_values(["pack_date", "source_file", "source_line"])


def printed_targets(rated_rows: pd.DataFrame, frame: pd.DataFrame) -> list[str | None]:
    """The target or plan printed for each rated row: its own `target` where the loaders filled it, else the
    unrated row printed on the same line for the same area whose role is a target (or whose measure ends
    "target", "plan" ...), as printed; None where the pack prints none."""
    lines = {(f, n) for f, n in zip(rated_rows["source_file"], rated_rows["source_line"], strict=True)}
    files = list({f for f, _n in lines})
    near = store.rows_of("source_file", files) if frame is store.get_data() else frame
    near = near[near["rag"].isna()]
    near = near[[(f, n) in lines for f, n in zip(near["source_file"], near["source_line"], strict=True)]]
    is_target = near["role"].eq("target").fillna(False).to_numpy(dtype=bool) if "role" in near else [False] * len(near)
    beside: dict[tuple[object, object, object], str] = {}
    for r, flagged in zip(near.itertuples(), is_target, strict=True):
        if flagged or _TARGET_WORDS.search(str(r.measure)):
            beside.setdefault((r.source_file, r.source_line, r.area), str(r.value_text))
    out: list[str | None] = []
    for r in rated_rows.itertuples():
        if pd.notna(r.target):
            out.append(fmt_value(r.target, r.unit))
        else:
            out.append(beside.get((r.source_file, r.source_line, r.area)))
    return out


MOST_BESIDE = 14  # columns of a scorecard's other cells (plan, variance, months ...) a RAG table shows at most


def printed_beside(rated_rows: pd.DataFrame, frame: pd.DataFrame) -> pd.DataFrame:
    """The other cells of each rated row's printed row (a scorecard's "Plan", "Variance", "YTD"): the unrated rows
    of the same line, area and period whose measure is the rated one's with another column's name after its
    last ": ", one column per name (the most printed, at most MOST_BESIDE, in the order printed), as printed.

    A period counts as the same however printed ("Oct 2025", "October 2025"); and the rated measure itself in an
    earlier period on the line ("Sep 2025  Oct 2025 (rated)"), or in the same captioned table on another line (a
    table printed column by column), where the row prints at most MOST_EARLIER of them, is a column named by its
    period (a longer monthly series is a chart's, not the table's)."""
    stems = rated_rows["measure"].astype(str).str.rsplit(": ", n=1).str[0]
    periods = [_period_key(p) for p in rated_rows["period"]]
    lines = list(zip(rated_rows["source_file"], rated_rows["source_line"], rated_rows["area"], strict=True))
    row_keys = [(*line, period) for line, period in zip(lines, periods, strict=True)]
    keys = dict(zip(row_keys, stems, strict=True))
    rated_on_line = dict(zip(lines, zip(rated_rows["measure"].astype(str), periods, strict=True), strict=True))
    rated_in_table = _rated_in_table(rated_rows, lines, periods)
    rated_on_file_line: dict[tuple[object, object], list[tuple[object, ...]]] = {}
    for row_key, measure in zip(row_keys, rated_rows["measure"].astype(str), strict=True):
        rated_on_file_line.setdefault(row_key[:2], []).append((*row_key, measure))
    files = list({f for f, _n, _a, _p in keys})
    near = store.rows_of("source_file", files) if frame is store.get_data() else frame
    near = near[near["rag"].isna()]
    cells: dict[tuple[object, ...], dict[str, str]] = {}
    earlier: dict[tuple[object, ...], dict[str, str]] = {}
    values: dict[tuple[object, ...], dict[str, float]] = {}  # each cell's value, as `cells` prints it
    where: dict[str, float] = {}
    for r in near.itertuples():
        line = (r.source_file, r.source_line, r.area)
        period = _period_key(r.period)
        if period is None and line in rated_on_line:  # an undated cell ("Previous month") of the rated row's line
            period = rated_on_line[line][1]
        stem = keys.get((*line, period))
        measure = str(r.measure)
        at = float(r.source_column) if pd.notna(r.source_column) else 0.0
        name = _beside_name(stem, measure, rated_on_line[line][0] if stem is not None else "", r.period)
        if name is not None:
            cells.setdefault((*line, period), {}).setdefault(name, _signed(r.value, r.unit, r.value_text))
            values.setdefault((*line, period), {}).setdefault(name, float(r.value))
            where.setdefault(name, at)
        elif (compared := _compared_on_line(line, measure, period, rated_on_file_line)) is not None:
            # a benchmark's value of the rated measure on its line ("Ebberstone 52.1 (rated)  England 54.0")
            name = str(r.area)
            cells.setdefault(compared, {}).setdefault(name, _signed(r.value, r.unit, r.value_text))
            values.setdefault(compared, {}).setdefault(name, float(r.value))
            where.setdefault(name, at)
        elif (rated_key := _rated_earlier(line, measure, period, rated_on_line, rated_in_table, r)) is not None:
            name = str(r.period)
            earlier.setdefault(rated_key, {}).setdefault(name, _signed(r.value, r.unit, r.value_text))
            where.setdefault(name, at)
    for key, found in earlier.items():
        if len(found) <= MOST_EARLIER:
            cells.setdefault(key, {}).update(found)
    counts = pd.Series([n for row in cells.values() for n in row]).value_counts()
    # in the order printed; months of a table printed column by column (all at a line's start) in date order
    names = sorted(counts.index[:MOST_BESIDE], key=lambda n: (where[n], sort_key(n))) if len(counts) else []
    out = pd.DataFrame(index=rated_rows.index, columns=names, dtype=object)
    out.attrs["columns"] = {n: where[n] for n in names}  # where each is printed on its line
    out.attrs["earlier"] = {n for n in names if any(n in found for found in earlier.values())}  # periods before
    out.attrs["values"] = {n: {} for n in names}  # each shown cell's value, by the rated row's index
    for i, key in zip(rated_rows.index, row_keys, strict=True):
        for name in names:
            out.at[i, name] = cells.get(key, {}).get(name, "–")
            if name in values.get(key, {}):
                out.attrs["values"][name][i] = values[key][name]
    return out


def _beside_name(stem: str | None, measure: str, rated: str, period: object) -> str | None:
    """The column an unrated cell of a rated row's line (`stem`: the rated measure without its column's name)
    shows under: the name after the stem ("...: Plan"); the cell's period where it is the stem itself and the rated
    cell another column's ("Mar-25  YTD (rated)"); None for a cell of another measure, or the rated one again."""
    if stem is None:
        return None
    if measure == stem != rated:
        return period if isinstance(period, str) else None
    if measure.startswith(stem + ": ") and not _restates(measure, rated, stem):
        return measure[len(stem) + 2 :]
    return None


Line = tuple[object, object, object]  # (source_file, source_line, area): a printed row of one place


def _rated_in_table(
    rated_rows: pd.DataFrame, lines: list[Line], periods: list[object]
) -> dict[tuple[object, ...], Any]:
    """Each rated measure of a captioned table, by (file, table, area, measure): its row's line and period.  A
    table printed column by column, or a slide's one cell a line, prints a row's earlier month on another line
    than the rated one.  A measure rated twice in one table has no single row its earlier months belong to."""
    found: dict[tuple[object, ...], Any] = {}
    captions = rated_rows["table"] if "table" in rated_rows else pd.Series([None] * len(rated_rows))
    for line, period, table, measure in zip(lines, periods, captions, rated_rows["measure"], strict=True):
        if isinstance(table, str) and table:
            key = (line[0], table, line[2], str(measure))
            found[key] = None if key in found else (*line, period)
    return found


def _compared_on_line(
    line: Line, measure: str, period: object, rated_on_file_line: dict[tuple[object, object], list[tuple[object, ...]]]
) -> tuple[object, ...] | None:
    """The key of the one rated row on a cell's printed line when the cell is the same measure and period for another
    area (England's, a region's value beside the home area's), else None."""
    rated = rated_on_file_line.get(line[:2], [])
    if len(rated) != 1 or line in {r[:3] for r in rated}:
        return None
    file, number, area, rated_period, rated_measure = rated[0]
    return (file, number, area, rated_period) if measure == rated_measure and period == rated_period else None


def _rated_earlier(
    line: Line,
    measure: str,
    period: object,
    rated_on_line: dict[Line, tuple[str, object]],
    rated_in_table: dict[tuple[object, ...], Any],
    row: Any,
) -> tuple[object, ...] | None:
    """The key (line and period) of the rated row whose measure this unrated cell prints for an earlier period:
    on the same line, else in the same captioned table (`_rated_in_table`); None when it is no such cell."""
    if line in rated_on_line:
        rated, rated_period = rated_on_line[line]
        return (*line, rated_period) if rated == measure and _before(period, rated_period) else None
    table = row.table if hasattr(row, "table") else None
    found = rated_in_table.get((line[0], table, line[2], measure)) if isinstance(table, str) else None
    return found if found is not None and _before(period, found[-1]) else None


def restating_target(beside: pd.DataFrame, rated_rows: pd.DataFrame, targets: list[str | None]) -> list[str]:
    """The columns of `printed_beside` that print again what the Target column shows: a column named as a target
    ("Standard", "Target") whose every cell is its row's target (`rated_rows["target"]`, else the printed target
    in `targets`, which `printed_targets` took from such a cell)."""
    out = []
    for name in beside.columns:
        if not _TARGET_WORDS.search(name):
            continue
        cells = beside.attrs["values"][name]
        same = [
            (target == cells[i]) if pd.notna(target) else (shown == beside.at[i, name])
            for i, target, shown in zip(rated_rows.index, rated_rows["target"], targets, strict=True)
            if i in cells
        ]
        if same and all(same):
            out.append(name)
    return out


MOST_EARLIER = 12  # earlier periods of a rated figure (a year of months) that the RAG table shows ("Previous")


def _signed(value: float, unit: str | None, printed: object) -> str:
    """A cell as printed, with its sign where the pack printed it by an arrow or colour ("▼1.4" read as -1.4)."""
    text = str(printed)
    if value < 0 and not any(mark in text for mark in "-−–(▼↓⬇"):
        return fmt_value(value, unit, printed)
    return text


def _restates(measure: str, rated: str, stem: str) -> bool:
    """Whether a cell's measure is the rated measure again, or it with words of its own after it ("METRIC 1: X –
    target" beside the rated "METRIC 1: X"): the rated measure's own words after its colon are no column's name."""
    own = rated[len(stem) + 2 :] if rated != stem else ""
    return bool(own) and measure[len(stem) + 2 :].startswith(own)


def _before(period: object, rated: object) -> bool:
    """Whether a period key (`_period_key`) is a dated period that starts before the rated figure's: an earlier
    month or year, not a label the loaders could not read as a period."""
    return isinstance(period, tuple) and isinstance(rated, tuple) and period[0] < rated[0]


def _period_key(period: object) -> object:
    """A period as cells are matched by it: "Oct 2025" and "October 2025" are one month."""
    if not isinstance(period, str):
        return None
    start = sort_key(period)
    return (start, period_end(period)) if start != (0, 0) else period


def home_and_england(rows: pd.DataFrame) -> tuple[str | None, str | None]:
    """The home council (the packs' covers name it; else the area printed most that is neither England nor an
    NHS body) and England, as `rows` print them."""
    printed = pd.Series(rows["area"].dropna().astype(str))
    england = next((a for a in printed.unique() if tables.is_country(a)), None)
    council = store.home()
    home = next((a for a in printed.unique() if council and same_place(a, council)), None)
    if home is None:
        others = printed[(printed != england) & ~printed.map(tables.area_is_nhs)]
        home = str(others.value_counts().index[0]) if not others.empty else None
    return home, england


_OF_RE = re.compile(r"\b(?:among|of|out of)\s+(\d+)\b", re.IGNORECASE)


def comparators(measure: str, ranks_printed: pd.Series) -> int | None:
    """How many areas a rank is among: the number the measure prints ("rank among 16"), else the largest rank
    printed in the same table (a lower bound; a pack that ranks areas names them all), else unknown."""
    said = _OF_RE.search(measure)
    if said:
        return int(said.group(1))
    top = pd.to_numeric(ranks_printed, errors="coerce").max()
    return int(top) if pd.notna(top) else None


def _outcome_parts(frame: pd.DataFrame) -> Iterator[tuple[Any, str, Any, Any, Comparison]]:
    """(rank row, indicator, home council row, England row or None, comparison) for each outcome with a rank.

    Each indicator's rank is the one the latest pack prints, compared with the home council's and England's
    values printed beside it (in the same pack, or else wherever they were first printed), so ten years of
    packs still give one row per indicator.
    """
    perf = store.dataset("performance") if frame is store.get_data() else frame[frame["dataset"] == "performance"]
    ranks = perf[perf["measure"].str.contains("rank among", case=False)]
    ranks = tables.latest_first(ranks).drop_duplicates("measure").sort_values(["source_file", "source_line"])
    bases = {m: re.split(r"\s*[–-]\s*rank\b", m, maxsplit=1, flags=re.IGNORECASE)[0] for m in ranks["measure"]}
    home, england = home_and_england(perf[perf["measure"].isin(list(bases.values()))])
    values = perf[perf["area"].isin([home, england]) & perf["measure"].isin(list(bases.values()))]
    # The first row printed for each (measure, area), and for each (pack, measure, area): found once rather
    # than by filtering for every rank.
    first = {(r.measure, r.area): r for r in values.drop_duplicates(["measure", "area"]).itertuples()}
    in_pack = {
        (r.source_file, r.measure, r.area): r
        for r in values.drop_duplicates(["source_file", "measure", "area"]).itertuples()
    }
    bounds = intervals(perf)
    for r in ranks.itertuples():
        base = bases[r.measure]
        lv = in_pack.get((r.source_file, base, home)) or first.get((base, home))
        eng = in_pack.get((r.source_file, base, england)) or first.get((base, england))
        if lv is None:
            continue
        ev = float(eng.value) if eng is not None else None
        yield r, base, lv, eng, rate_row(lv._asdict(), ev, bounds)  # printed RAG, else interval, else tolerance


def outcomes(frame: pd.DataFrame) -> pd.DataFrame:
    """Public health outcomes: the home council against England, rated, with the rank among comparators (how
    many, as the pack prints it; "–" where it does not say)."""
    rows = []
    perf = store.dataset("performance") if frame is store.get_data() else frame[frame["dataset"] == "performance"]
    for r, base, lv, eng, comparison in _outcome_parts(frame):
        table = perf[(perf["source_file"] == r.source_file) & (perf["table"] == r.table)]
        ranked = table[table["measure"].str.contains("rank", case=False)]["value"]
        of = comparators(str(r.measure), ranked)
        rows.append(
            {
                "Indicator": base,
                "Period": r.period,
                str(lv.area): lv.value_text,
                "England": eng.value_text if eng is not None else "–",
                "Rank": int(r.value),
                "Of": of if of is not None else "–",
                "comparison": comparison,
            }
        )
    return pd.DataFrame(rows)


def outcome_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The tidy rows behind the outcomes chart: for each indicator, the home council's value (with how it compares
    with England: `comparison` and `comparison_rag`, its colour's word), England's and the rank."""
    ids: list[object] = []
    extra: list[tuple[str, str, str | None]] = []
    for r, base, lv, eng, comparison in _outcome_parts(frame):
        picked = [(lv, comparison.verdict, comparison.rag.word), (eng, "benchmark", None), (r, "rank", None)]
        for row, verdict, rag in picked:
            if row is not None and row.Index not in ids:
                ids.append(row.Index)
                extra.append((base, verdict, rag))
    out = frame.loc[ids]
    names = ("indicator", "comparison", "comparison_rag")
    columns = {name: pd.Series([e[i] for e in extra], index=out.index, dtype="string") for i, name in enumerate(names)}
    return out.assign(**columns)


MIN_SERIES_PERIODS = 3  # dated periods of one indicator that make a printed table a series worth a chart


def series_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The runs of an indicator over time that the packs' performance tables print (a month-by-month table, a
    trajectory by year): at least MIN_SERIES_PERIODS dated periods of one measure and area in one table.  A target
    printed once beside the months is no month of the run, so it is not drawn among them."""
    perf = frame[frame["dataset"] == "performance"]
    perf = perf[perf["table"].notna()]
    if perf.empty:
        return perf
    dated = perf[[sort_key(p) != (0, 0) for p in perf["period"].fillna("")]]
    key = ["source_file", "table", "measure", "area"]
    periods = dated.groupby(key, dropna=False)["period"].transform("nunique")
    return dated[periods >= MIN_SERIES_PERIODS]


SERIES = Section("performance-series", "Indicators over time", "performance", x=AUTO, colour=AUTO)


def _rated_download(frame: pd.DataFrame, _params: downloads.Params) -> downloads.Found:
    return rated(frame, None), {"Rows": "every rated indicator, as the packs rate them"}


def _outcomes_download(frame: pd.DataFrame, _params: downloads.Params) -> downloads.Found:
    return outcome_rows(frame), {"Dataset": downloads.title_of("performance"), "Compared with": "England"}


downloads.register(downloads.section_view(SERIES, select=series_rows))
downloads.register(downloads.View("performance-counts", "Ratings per meeting", _rated_download))
downloads.register(
    downloads.View(
        "performance-outcomes",
        "Public health outcomes: rank among comparator areas",
        _outcomes_download,
        rag_columns=("rag", "comparison_rag"),
    )
)


def layout(rating: str | None = None, present: str | None = None, page: str | None = None, **_q: str) -> html.Div:
    """The counts chart, the RAG tables (?rating=Red, ?page=2: 50 rows a page, latest pack first) and outcomes."""
    on = is_on(present)
    rating = rating if rating in RATINGS else None
    header = ui.page_header(
        "Performance",
        store.as_at(),
        "Indicators as the packs rate them, and public health outcomes against England.",
    )
    chip_links: list[str | Component] = [
        "Show: ",
        dcc.Link("all", href="/performance" + encode({"present": on}), className="me-2"),
    ]
    chips = html.P(
        chip_links
        + [
            dcc.Link(ui.rag_badge(r), href="/performance" + encode({"rating": r, "present": on}), className="me-2")
            for r in RATINGS
        ],
        id="performance-filter",
    )
    parts: list[Component | None] = [header, chips]
    if store.rows_with("rag").empty:
        parts.append(ui.no_data("RAG-rated indicators"))
    else:
        parts.append(store.memo(("performance-counts", on), lambda: counts_card(on)))
        parts.append(rag_section(rating, page, on))
    parts.append(store.memo(("performance-standards",), standards_card))
    parts.append(store.memo(("performance-series", on), lambda: series_card(on)))
    parts.append(store.memo(("performance-outcomes", on), lambda: outcomes_card(on)))
    return html.Div(parts)


def standard_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """Performance values a table prints beside a standard or target but does not rate, from the latest pack
    that prints any, in the order printed: what a committee reads off a scorecard with no RAG column."""
    if "target" not in frame or frame.empty:
        return frame.iloc[:0]
    role = frame["role"].astype("string").fillna("value")
    rows = frame[frame["dataset"].eq("performance") & frame["rag"].isna() & frame["target"].notna() & role.eq("value")]
    if rows.empty:
        return rows
    latest = rows["pack_date"].max()
    return tables.latest_first(rows[rows["pack_date"] == latest] if pd.notna(latest) else rows)


def standards_card() -> Component | None:
    """Unrated indicators against the standard their table prints: met, not met or not compared (worked out
    here, by the rule shown), each with its source; nothing when every table rates its own values."""
    rows = standard_rows(store.get_data())
    if rows.empty:
        return None
    verdicts = [
        against_standard(v, t, p if isinstance(p, str) else None)
        for v, t, p in zip(rows["value"], rows["target"], rows["polarity"], strict=True)
    ]
    periods = rows["period"].fillna("")
    shown = pd.DataFrame(
        {
            "Indicator": rows["measure"].to_numpy(),
            "Area": rows["area"].fillna("").to_numpy(),
            "Period": periods.to_numpy(),
            "Standard": [fmt_value(t, u) for t, u in zip(rows["target"], rows["unit"], strict=True)],
            "Actual": rows["value_text"].to_numpy(),
            "Against the standard": [ui.rag_badge(c) for c in verdicts],
            "Source": ui.source_column(rows),
        }
    )
    counts = pd.Series([c.verdict for c in verdicts]).value_counts()
    summary = f"{counted(len(rows), 'indicator value')} against the standard printed beside it: " + ", ".join(
        f"{counts[v]} {v}" for v in counts.index
    )
    first = rows.iloc[0]
    report = first.get("report")
    about = " · ".join(a for a in (report if isinstance(report, str) else "", fmt_date(first.get("meeting_date"))) if a)
    return html.Section(
        [
            html.H2("Indicators against their standard", className="h5"),
            html.P(f"{summary}. {about}", className="hd-muted", id="performance-standards-summary"),
            ui.table(shown, id="performance-standards", caption="Indicators against their standard"),
            html.P(STANDARD_RULE, className="hd-muted small"),
        ],
        className="mb-4",
    )


def series_card(present: bool) -> Component | None:
    """The tables that give indicators month by month or year by year, one chart card each; nothing when the
    packs print none."""
    rows = series_rows(store.get_data())
    return None if rows.empty else section_cards.card(rows, SERIES, present)


def counts_card(present: bool) -> Component:
    """The chart of ratings per meeting, with its table (every rated row counted, whatever the page shows)."""
    fig, counts = rag_counts(rated(store.get_data(), None), present)
    total = counts.drop(columns="Meeting").to_numpy().sum()
    reds = int(counts["Red"].sum()) if "Red" in counts else 0
    summary = f"{counted(int(total), 'rated indicator')} across {counted(len(counts), 'meeting')}; {reds} rated Red."
    return ui.chart_card("performance-counts", "Ratings per meeting", fig, counts, summary)


def rag_section(rating: str | None, page: str | None, present: bool) -> html.Section:
    """One page of the RAG tables (of one rating if chosen), latest pack first, with links to the other pages:
    one table for each printed table the page's rows come from, with that table's own columns."""
    rows = store.memo(("performance-rated", rating), lambda: tables.latest_first(rated(store.get_data(), rating)))
    number = ui.page_number(page, len(rows))
    shown = ui.page_rows(rows, number)
    what = f"{rating} indicators" if rating else "rated indicators"
    return html.Section(
        [
            html.H2(f"RAG tables{': ' + rating if rating else ''} ({len(rows):,} indicators)", className="h5"),
            html.P("Latest pack first; one table for each table the packs print.", className="hd-muted"),
            html.Div(
                [_rag_table(part, k) for k, part in enumerate(source_tables(shown), 1)],
                id="performance-table",
            ),
            ui.pager(
                len(rows),
                number,
                lambda n: "/performance" + encode({"rating": rating, "page": n if n > 1 else None, "present": present}),
                what,
                "performance-pages",
            ),
        ],
        className="mb-4",
    )


def source_tables(rows: pd.DataFrame) -> list[pd.DataFrame]:
    """The rows split where the printed table they come from changes (their file and caption; the rated figures
    of a pack's text, which no table holds, are one part), in the order given."""
    captions = rows["table"].fillna("") if "table" in rows else pd.Series("", index=rows.index)
    source = rows["source_file"].astype(str) + "\n" + captions.astype(str)
    run = source.ne(source.shift()).cumsum()  # a new number where the table changes
    return [part for _k, part in rows.groupby(run, sort=False)]


def _rag_table(shown: pd.DataFrame, k: int) -> html.Div:
    """One printed table's rated rows: its caption, report and meeting above; its target, its other columns (plan,
    variance, earlier months) where the table prints them, the actual and the RAG as reported; a period column only
    where its rows' periods differ."""
    first = shown.iloc[0]
    caption, report = first.get("table"), first.get("report")
    caption = caption if isinstance(caption, str) and caption else "Rated figures in the text"
    periods = shown["period"].fillna("")
    one_period = periods.nunique() == 1
    about = [report if isinstance(report, str) else "", fmt_date(first.get("meeting_date"))]
    if one_period:
        about.append(str(periods.iloc[0]))
    targets = printed_targets(shown, store.get_data())
    beside = printed_beside(shown, store.get_data())
    # as the scorecard prints them: the columns left of the rated value before "Actual", the others after it
    actual_at = shown["source_column"].median() if len(shown) else 0
    shown_again = {"Target", "Actual", *restating_target(beside, shown, targets)}
    extra = [n for n in beside.columns if n not in shown_again]
    # an earlier period goes before the rated one whatever its place on the line (a table printed column by column
    # prints every cell at the line's start)
    before = [n for n in extra if beside.attrs["columns"][n] < actual_at or n in beside.attrs["earlier"]]
    after = [n for n in extra if n not in before]
    columns: dict[str, object] = {
        "Indicator": shown["measure"],
        "Area": shown["area"].fillna(""),
        "Target": [t or "–" for t in targets],
        **{name: beside[name] for name in before},
        "Actual": shown["value_text"],
        **{name: beside[name] for name in after},
        "RAG as reported": [ui.rag_badge(r) for r in shown["rag"]],
    }
    if not one_period:
        columns["Period"] = periods
    columns["Source"] = ui.source_column(shown)
    return html.Div(
        [
            html.H3(caption, className="h6 mt-3 mb-1"),
            html.P(" · ".join(a for a in about if a), className="hd-muted mb-1"),
            ui.table(pd.DataFrame(columns), id=f"performance-table-{k}", caption=caption),
        ]
    )


def outcomes_card(present: bool) -> Component | None:
    """Public health outcomes against England: the rank chart with its table, or nothing when none is printed."""
    out = outcomes(store.get_data())
    if out.empty:
        return None
    verdicts = out["comparison"].map(lambda c: c.verdict).value_counts()
    summary = "Public health outcomes against England: " + ", ".join(f"{verdicts[v]} {v}" for v in verdicts.index) + "."
    shown = out.assign(**{"Against England": [f"{c.rag.icon} {c.verdict}" for c in out["comparison"]]}).drop(
        columns="comparison"
    )
    return ui.chart_card(
        "performance-outcomes",
        "Public health outcomes: rank among comparator areas",
        rank_strip(out, present),
        shown,
        summary,
        rule=SHORT_RULE.format(benchmark="England"),
    )
