"""Performance: RAG tables as the packs report them, counts per meeting, and public health outcomes against England."""

from __future__ import annotations

from collections.abc import Iterator
from typing import Any

import dash
import pandas as pd
from dash import dcc, html
from dash.development.base_component import Component

from dashboard import components as ui
from dashboard import data as store
from dashboard import downloads, tables
from dashboard.compare import SHORT_RULE, Comparison, compare
from dashboard.figures import rag_counts, rank_strip
from dashboard.theme import fmt_date, fmt_value
from dashboard.urlstate import encode, is_on

dash.register_page(
    __name__, path="/performance", name="Performance", title="Performance – Leicestershire health committees", order=6
)

RATINGS = ["Red", "Amber", "Green", "Blue"]


def rated(frame: pd.DataFrame, rating: str | None) -> pd.DataFrame:
    """The rows the packs rate (of one rating, alone or combined, if given), in the order printed, oldest first."""
    rows = store.rows_with("rag") if frame is store.get_data() else frame[frame["rag"].notna()]
    if rating:
        rows = rows[rows["rag"].str.contains(rating)]
    return rows.sort_values(["pack_date", "source_file", "source_line"])


def _outcome_parts(frame: pd.DataFrame) -> Iterator[tuple[Any, str, Any, Any, Comparison]]:
    """(rank row, indicator, Leicestershire row, England row or None, comparison) for each outcome with a rank.

    Each indicator's rank is the one the latest pack prints, compared with the Leicestershire and England
    values printed beside it (in the same pack, or else wherever they were first printed), so ten years of
    packs still give one row per indicator.
    """
    perf = store.dataset("performance") if frame is store.get_data() else frame[frame["dataset"] == "performance"]
    ranks = perf[perf["measure"].str.contains("rank among", case=False)]
    ranks = tables.latest_first(ranks).drop_duplicates("measure").sort_values(["source_file", "source_line"])
    bases = {m: m.split(" – rank")[0] for m in ranks["measure"]}
    values = perf[perf["area"].isin(["Leicestershire", "England"]) & perf["measure"].isin(list(bases.values()))]
    # The first row printed for each (measure, area), and for each (pack, measure, area): found once rather
    # than by filtering for every rank.
    first = {(r.measure, r.area): r for r in values.drop_duplicates(["measure", "area"]).itertuples()}
    in_pack = {
        (r.source_file, r.measure, r.area): r
        for r in values.drop_duplicates(["source_file", "measure", "area"]).itertuples()
    }
    for r in ranks.itertuples():
        base = bases[r.measure]
        lv = in_pack.get((r.source_file, base, "Leicestershire")) or first.get((base, "Leicestershire"))
        eng = in_pack.get((r.source_file, base, "England")) or first.get((base, "England"))
        if lv is None:
            continue
        ev = float(eng.value) if eng is not None else None
        yield r, base, lv, eng, compare(lv.value, ev, lv.polarity if pd.notna(lv.polarity) else None)


def outcomes(frame: pd.DataFrame) -> pd.DataFrame:
    """Public health outcomes: Leicestershire against England, rated, with the rank among comparators."""
    rows = []
    for r, base, lv, eng, comparison in _outcome_parts(frame):
        rows.append(
            {
                "Indicator": base,
                "Period": r.period,
                "Leicestershire": lv.value_text,
                "England": eng.value_text if eng is not None else "–",
                "Rank": int(r.value),
                "Of": int(r.measure.rsplit(" ", 1)[-1]) if r.measure.rsplit(" ", 1)[-1].isdigit() else 16,
                "comparison": comparison,
            }
        )
    return pd.DataFrame(rows)


def outcome_rows(frame: pd.DataFrame) -> pd.DataFrame:
    """The tidy rows behind the outcomes chart: for each indicator, Leicestershire's value (with how it compares
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


def _rated_download(frame: pd.DataFrame, _params: downloads.Params) -> downloads.Found:
    return rated(frame, None), {"Rows": "every rated indicator, as the packs rate them"}


def _outcomes_download(frame: pd.DataFrame, _params: downloads.Params) -> downloads.Found:
    return outcome_rows(frame), {"Dataset": downloads.title_of("performance"), "Compared with": "England"}


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
    parts.append(store.memo(("performance-outcomes", on), lambda: outcomes_card(on)))
    return html.Div(parts)


def counts_card(present: bool) -> Component:
    """The chart of ratings per meeting, with its table (every rated row counted, whatever the page shows)."""
    fig, counts = rag_counts(rated(store.get_data(), None), present)
    total = counts.drop(columns="Meeting").to_numpy().sum()
    reds = int(counts["Red"].sum()) if "Red" in counts else 0
    summary = f"{total} rated indicators across {len(counts)} meetings; {reds} rated Red."
    return ui.chart_card("performance-counts", "Ratings per meeting", fig, counts, summary)


def rag_section(rating: str | None, page: str | None, present: bool) -> html.Section:
    """One page of the RAG tables (of one rating if chosen), latest pack first, with links to the other pages."""
    rows = store.memo(("performance-rated", rating), lambda: tables.latest_first(rated(store.get_data(), rating)))
    number = ui.page_number(page, len(rows))
    shown = ui.page_rows(rows, number)
    table_rows = pd.DataFrame(
        {
            "Indicator": shown["measure"],
            "Target": [
                fmt_value(t, u) if pd.notna(t) else "–" for t, u in zip(shown["target"], shown["unit"], strict=True)
            ],
            "Actual": shown["value_text"],
            "RAG as reported": [ui.rag_badge(r) for r in shown["rag"]],
            "Period": shown["period"].fillna(""),
            "Meeting": shown["meeting_date"].map(fmt_date),
            "Report": shown["report"].fillna(""),
            "Source": [
                ui.source_link(f, int(n)) for f, n in zip(shown["source_file"], shown["source_line"], strict=True)
            ],
        }
    )
    what = f"{rating} indicators" if rating else "rated indicators"
    return html.Section(
        [
            html.H2(f"RAG tables{': ' + rating if rating else ''} ({len(rows):,} indicators)", className="h5"),
            html.P("Latest pack first.", className="hd-muted"),
            ui.table(table_rows, id="performance-table", caption="RAG-rated indicators as reported"),
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
