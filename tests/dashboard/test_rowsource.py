"""Tests of dashboard/rowsource.py: the explorer's state, its URL, and the rows it finds on the server."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import data as store
from dashboard import rowsource, tables
from dashboard.gridmodel import NUMBER, TEXT, ColumnFilter, Condition
from dashboard.rowsource import ExplorerState
from dashboard.schema_view import dataset_title, grid_rows
from dashboard.urlstate import encode, parse


@pytest.fixture
def frame(small: pd.DataFrame) -> pd.DataFrame:
    store.set_data(small)
    return store.get_data()


def rows_of(state: ExplorerState) -> list[int]:
    return rowsource.current().positions(state).tolist()


def with_grid(filters: dict | None = None, sort: list | None = None, **controls: str) -> ExplorerState:
    return ExplorerState.from_controls(**controls).with_grid(filters or {}, sort or [])


def test_state_round_trips_through_the_url():
    state = ExplorerState(
        q="cycling blaby",
        dataset="wider_determinants",
        file="003_test.txt",
        area="Blaby",
        period="2018/19",
        filters=(
            ("area", ColumnFilter(TEXT, (Condition("contains", "Bla"), Condition("equals", "Melton")), "OR")),
            ("value", ColumnFilter(NUMBER, (Condition("inRange", 1.0, 3.5),))),
        ),
        sort=(("value", True), ("meeting", False)),
    )
    search = encode(state.query())
    assert search.startswith("?q=cycling+blaby&dataset=wider_determinants&file=003_test.txt&area=Blaby&period=2018")
    assert "&f.value=inRange%3A1%3A3.5&sort=-value%2Cmeeting" in search
    assert ExplorerState.from_query(parse(search)) == state
    assert ExplorerState.from_query({}) == ExplorerState()
    assert encode(ExplorerState().query()) == ""


def test_url_parameters_that_are_no_state_are_ignored():
    state = ExplorerState.from_query(
        {"dataset": "all", "area": "", "f.nope": "equals:x", "f.value": "contains:x", "f.source": "contains:x"}
    )
    assert state == ExplorerState()
    assert ExplorerState.from_controls(q="x" * 500).q == "x" * tables.MAX_QUERY_CHARS


def test_grid_state_is_ag_grids_initial_state():
    state = ExplorerState.from_query({"f.area": "equals:Blaby", "sort": "-value"})
    assert state.grid_state() == {
        "filter": {"filterModel": {"area": {"filterType": "text", "type": "equals", "filter": "Blaby"}}},
        "sort": {"sortModel": [{"colId": "value", "sort": "desc"}]},
    }
    assert ExplorerState(q="x").grid_state() == {}


@pytest.mark.parametrize("q", ["cycling", "CYCLING blaby", "blaby cycling", "fuel 2018", "leicestershire", "zzz", ""])
def test_search_finds_what_tables_search_finds(frame, q):
    """The search runs tables.search once per distinct text, then fans out: the same rows as over every row."""
    assert rows_of(ExplorerState(q=q)) == frame.index[frame.index.isin(tables.search(frame, q).index)].tolist()


def test_pickers_filter_and_combine(frame):
    blaby = frame.index[frame["area"] == "Blaby"].tolist()
    assert rows_of(ExplorerState(area="Blaby")) == blaby
    assert rows_of(ExplorerState(area="Blaby", q="fuel")) == [1]
    assert rows_of(ExplorerState(dataset="qipp", period="2019/20")) == [27]
    assert rows_of(ExplorerState(file="000_test.txt")) == [27, 28]
    assert rows_of(ExplorerState(area="Atlantis")) == []


def test_column_filters_match_what_the_grid_shows(frame):
    # The dataset column shows titles, the meeting column dates as written: filters see the same.
    title = dataset_title("pcn_budgets")
    assert rows_of(with_grid({"dataset": {"filterType": "text", "type": "equals", "filter": title}})) == list(
        range(31, 37)
    )
    september = with_grid({"meeting": {"filterType": "text", "type": "contains", "filter": "september 2013"}})
    assert rows_of(september) == [30]
    missing_period = with_grid({"period": {"filterType": "text", "type": "blank"}})
    assert rows_of(missing_period) == frame.index[frame["period"].isna()].tolist()
    big = with_grid({"value": {"filterType": "number", "type": "greaterThanOrEqual", "filter": 3000000}})
    assert rows_of(big) == [33, 34, 35, 36]


def test_sorts_by_number_date_period_and_text(frame):
    by_value = rows_of(with_grid(sort=[{"colId": "value", "sort": "desc"}]))
    assert frame.loc[by_value, "value"].tolist() == sorted(frame["value"], reverse=True)
    # Meetings sort by date, not by their words ("11 September 2019" after "5 September 2013").
    by_meeting = rows_of(with_grid(sort=[{"colId": "meeting", "sort": "asc"}]))
    assert frame.loc[by_meeting, "meeting_date"].is_monotonic_increasing
    # Periods by when they start; periods not stated first, as AG Grid puts missing values.
    by_period = rows_of(with_grid(sort=[{"colId": "period", "sort": "asc"}]))
    periods = frame.loc[by_period, "period"].tolist()
    assert periods[: frame["period"].isna().sum()] == [pd.NA] * frame["period"].isna().sum()
    shown = list(dict.fromkeys(p for p in periods if isinstance(p, str)))
    assert shown.index("2013/14") < shown.index("2018/19") < shown.index("2019/20") < shown.index("2023/24")
    # Ties keep the frame's order; a second column breaks them.
    by_area_then_value = rows_of(
        with_grid(sort=[{"colId": "area", "sort": "asc"}, {"colId": "value", "sort": "desc"}], area="Blaby")
    )
    assert by_area_then_value == [2, 1, 0]
    by_dataset = rows_of(with_grid(sort=[{"colId": "dataset", "sort": "asc"}]))
    titles = [dataset_title(d) for d in frame.loc[by_dataset, "dataset"]]
    assert titles == sorted(titles)
    by_source = rows_of(with_grid(sort=[{"colId": "source", "sort": "desc"}], dataset="qipp"))
    assert by_source == [28, 27]


def test_block_is_bounded_and_counts_every_row_found(frame):
    state = with_grid({"area": {"filterType": "text", "type": "contains", "filter": "leic"}})
    found = frame.index[frame["area"].str.lower().str.contains("leic")].tolist()
    shown, n, total = rowsource.block(state, 2, 5)
    assert (n, total) == (len(found), len(frame))
    assert shown.index.tolist() == found[2:5]
    assert rowsource.block(state, -5, "x")[0].index.tolist() == found[:100]
    assert len(rowsource.block(ExplorerState(), 0, 10**9)[0]) == min(len(frame), rowsource.MAX_BLOCK)
    assert rowsource.count(state) == (len(found), len(frame))
    assert [r["row_id"] for r in grid_rows(shown)] == found[2:5]


def test_frame_for_is_every_tidy_column_of_the_rows_shown(frame):
    state = with_grid(sort=[{"colId": "value", "sort": "asc"}], q="cycling", area="Blaby")
    out = rowsource.frame_for(state)
    assert out.columns.tolist() == frame.columns.tolist()
    assert out.index.tolist() == [0]
    everything = rowsource.frame_for(ExplorerState())
    assert len(everything) == len(frame)


def test_a_new_frame_gets_a_new_index(frame, small):
    assert rowsource.count(ExplorerState(area="Blaby"))[0] == 3
    store.set_data(small[small["area"] != "Blaby"])
    assert rowsource.count(ExplorerState(area="Blaby")) == (0, len(small) - 3)


def test_describe_names_every_filter_in_force():
    state = ExplorerState.from_query(
        {"q": "cycling", "dataset": "qipp", "area": "Blaby", "f.value": "greaterThan:2", "sort": "-value,area"}
    )
    assert state.describe(dataset_title) == [
        ("Search", "cycling"),
        ("Dataset", "QIPP savings"),
        ("Area", "Blaby"),
        ("Value", "> 2"),
        ("Sorted by", "Value (descending), Area"),
    ]
