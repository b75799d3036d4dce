"""Explorer at 100x rows: p95 latency of the grid's getRows callback, the only one a filter, a sort or a page
of the grid waits for.

The grid pages on the server (AG Grid's infinite row model; dashboard/rowsource.py): each request carries
the grid's filterModel and sortModel, and the answer is one block of rows and the count.  Requests go
through the app's HTTP routes as dash-renderer sends them (benchmarks/dash_browser.py, Flask's test
client), on the shipped table copied a hundred times (benchmarks/corpus.replicate_frame).  Every request
of a kind asks for a state not asked before (another area, threshold, column to sort by), so each finds
its rows afresh; the first use of a column also factorises it (once per loaded frame), and those requests
are in the figures.  Paging asks for further blocks of one state, as a user does.  Goal (issue 18):
p95 under 300 ms at 100x.
"""

from __future__ import annotations

import os
from collections.abc import Iterator
from typing import Any

import pandas as pd
import pytest

from benchmarks.corpus import replicate_frame
from benchmarks.summary import report
from benchmarks.test_callbacks_bench import Timings, browser_for, p95
from dashboard import data as store_data
from dashboard.app import load_sources
from dashboard.schema_view import SORTABLE
from loaders import load

REPEATS = int(os.environ.get("HEALTHDASH_BENCH_CALLBACK_REPEATS", "20"))
GOAL_MS = 300.0
BLOCK = 50


@pytest.fixture(scope="module")
def big() -> Iterator[tuple[pd.DataFrame, dict[str, Any]]]:
    frame, sources = load(), load_sources()
    yield replicate_frame(frame, 100, sources)
    store_data.set_data(frame.iloc[:0])  # let the 100x table go before the next benchmarks run


def request(filters: dict | None = None, sort: list | None = None, start: int = 0) -> dict:
    return {"startRow": start, "endRow": start + BLOCK, "filterModel": filters or {}, "sortModel": sort or []}


def text(column: str, kind: str, value: str) -> dict:
    return {column: {"filterType": "text", "type": kind, "filter": value}}


def scenarios(frame: pd.DataFrame) -> dict[str, list[dict]]:
    """What users ask the grid for, by kind: REPEATS requests each."""
    areas = [str(a) for a in frame["area"].dropna().unique()][:REPEATS]
    words = [w for m in frame["measure"].dropna().unique() for w in str(m).split() if w.isalpha() and len(w) > 5]
    words = list(dict.fromkeys(w.lower() for w in words))[:REPEATS]
    sorts = [(c, d) for c in sorted(SORTABLE) for d in ("asc", "desc")][:REPEATS]
    quantiles = frame["value"].quantile([i / (REPEATS + 1) for i in range(1, REPEATS + 1)]).tolist()
    return {
        "first block, no filter": [request() for _ in range(REPEATS)],
        "paging one filtered state": [
            request(text("area", "contains", "leic"), start=BLOCK * i) for i in range(REPEATS)
        ],
        "area filter": [request(text("area", "equals", a)) for a in areas],
        "measure filter": [request(text("measure", "contains", w)) for w in words],
        "sentence filter": [request(text("context", "contains", w)) for w in words],
        "value filter": [
            request({"value": {"filterType": "number", "type": "greaterThan", "filter": q}}) for q in quantiles
        ],
        "sort by each column": [request(sort=[{"colId": c, "sort": d}]) for c, d in sorts],
        "filter and sort": [
            request(text("area", "equals", a), [{"colId": "value", "sort": "desc"}, {"colId": "period", "sort": "asc"}])
            for a in areas
        ],
    }


def test_explorer_get_rows_at_100x(benchmark: Any, big: tuple[pd.DataFrame, dict[str, Any]]) -> None:
    frame, sources = big
    timings = Timings()
    browser = browser_for(frame, sources, timings)
    assert browser.go("/explorer"), "the explorer did not open"
    todo = scenarios(frame)
    answers: dict[str, list[int]] = {}

    def run_all() -> None:
        for name, requests in todo.items():
            timings.action = name
            for body in requests:
                browser.change({("explorer-grid", "getRowsRequest"): body})
                answer = browser.component("explorer-grid").get("getRowsResponse") or {}
                answers.setdefault(name, []).append(len(answer.get("rowData") or []))

    benchmark.pedantic(run_all, rounds=1, iterations=1)
    assert not timings.failed, timings.failed
    assert all(n <= BLOCK for counts in answers.values() for n in counts), "an answer held more than one block"
    assert all(answers["first block, no filter"]), "the first block came back empty"
    worst = 0.0
    for name in todo:
        seconds = timings.times[(name, "callback explorer-grid")]
        assert len(seconds) == REPEATS
        ms = p95(seconds) * 1000
        worst = max(worst, ms)
        note = f"n={len(seconds)}, slowest {max(seconds) * 1000:.0f} ms"
        report(
            benchmark,
            f"100x explorer getRows: {name} p95",
            ms,
            "ms",
            goal=f"< {GOAL_MS:.0f} ms",
            met=ms < GOAL_MS,
            note=note,
        )
    label = f"explorer getRows at 100x ({len(frame):,} rows): worst p95"
    report(benchmark, label, worst, "ms", goal=f"< {GOAL_MS:.0f} ms", met=worst < GOAL_MS)
