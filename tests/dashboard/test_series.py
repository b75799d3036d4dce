"""Tests of dashboard/series.py: the part-2 pages' builders (a dataset's rows as a pivot table, bars with a total
line, a sentence on the change)."""

from __future__ import annotations

import pandas as pd
import pytest

from dashboard import series
from loaders.schema import coerce

SECTION = series.Section(
    key="finance-pcn",
    title="PCN budgets",
    dataset="pcn_budgets",
    stacked=True,
    total_measure="TOTAL",
    exclude_areas=("Rutland",),
)


def row(measure: str, period: str, value: float, line: int, area: str = "LLR") -> dict[str, object]:
    return {
        "dataset": "pcn_budgets",
        "area": area,
        "period": period,
        "measure": measure,
        "value": value,
        "value_text": f"{value:,.0f}",
        "unit": "GBP",
        "context": f"{measure} {value:,.0f}",
        "source_file": "p.txt",
        "source_line": line,
        "source_column": 1,
        "meeting_date": "2019-11-13",
    }


@pytest.fixture
def rows() -> pd.DataFrame:
    """Two budget lines and their total over two years, printed out of year order; a row for an excluded area."""
    return coerce(
        pd.DataFrame(
            [
                row("Network payment", "2020/21", 2_000_000, 1),
                row("Network payment", "2019/20", 1_000_000, 2),
                row("Extended access", "2020/21", 500_000, 3),
                row("TOTAL", "2019/20", 1_000_000, 4),
                row("TOTAL", "2020/21", 2_500_000, 5),
                row("Network payment", "2019/20", 7, 6, area="Rutland"),
            ]
        )
    )


def test_rows_for_leaves_out_excluded_areas_and_other_datasets(rows: pd.DataFrame) -> None:
    other = rows.assign(dataset="gp_forward_view")
    shown = series.rows_for(pd.concat([rows, other], ignore_index=True), SECTION)
    assert set(shown["dataset"]) == {"pcn_budgets"}
    assert "Rutland" not in set(shown["area"])
    assert len(shown) == 5


def test_pivot_has_periods_in_order_money_in_the_charts_scale_and_dashes_for_gaps(rows: pd.DataFrame) -> None:
    table = series.pivot(series.rows_for(rows, SECTION), SECTION)
    assert list(table.columns) == ["Measure", "2019/20", "2020/21"]
    assert table.values.tolist() == [
        ["Network payment", "£1.00m", "£2.00m"],
        ["Extended access", "–", "£0.50m"],
        ["TOTAL", "£1.00m", "£2.50m"],
    ]


def test_bars_stack_the_parts_and_draw_the_total_apart(rows: pd.DataFrame) -> None:
    """Parts stacked in £m on the first axis; the total as markers on an axis of its own, never stacked on them."""
    figure = series.bars(series.rows_for(rows, SECTION), SECTION)
    assert figure.layout.barmode == "relative"
    bars = [t for t in figure.data if t.type == "bar"]
    assert [(t.name, list(t.x), list(t.y), t.yaxis) for t in bars] == [
        ("Network payment", ["2019/20", "2020/21"], [1.0, 2.0], "y"),
        ("Extended access", ["2020/21"], [0.5], "y"),
    ]
    assert list(bars[0].text) == ["£1.00m", "£2.00m"]
    assert {t.meta["unit"] for t in bars} == {"£ millions"}
    (total,) = [t for t in figure.data if t.type == "scatter"]
    assert (total.name, list(total.x), list(total.y), total.yaxis) == (
        "TOTAL",
        ["2019/20", "2020/21"],
        [1.0, 2.5],
        "y2",
    )


def test_a_rate_never_shares_an_axis_with_money(rows: pd.DataFrame) -> None:
    """A per-patient rate printed beside the budget lines gets its own panel and axis."""
    rate = rows.iloc[:1].assign(measure="Network payment rate", unit="GBP per patient", value=1.5, value_text="£1.50")
    figure = series.bars(series.rows_for(pd.concat([rows, rate], ignore_index=True), SECTION), SECTION)
    axes: dict[str, set[str]] = {}
    for trace in figure.data:
        axes.setdefault(trace.yaxis if trace.orientation != "h" else trace.xaxis, set()).add(trace.meta["unit"])
    assert all(len(units) == 1 for units in axes.values()), axes
    assert {"£ millions", "£ per patient"} <= {u for units in axes.values() for u in units}


def test_change_summary_follows_the_total(rows: pd.DataFrame) -> None:
    shown = series.rows_for(rows, SECTION)
    assert series.change_summary(shown, SECTION) == (
        "The total rises from £1.00m in 2019/20 to £2.50m in 2020/21, a change of +150%."
    )
    fallen = shown.assign(value=shown["value"].where(shown["period"] != "2020/21", 400_000))
    assert series.change_summary(fallen, SECTION).startswith("The total falls from £1.00m in 2019/20 to £0.40m")


def test_change_summary_across_areas_names_the_largest_part_never_a_total(rows: pd.DataFrame) -> None:
    by_area = series.Section(key="k", title="PCN budgets", dataset="pcn_budgets", x="area")
    assert series.change_summary(series.rows_for(rows, by_area), by_area) == (
        "The largest part shown is Network payment for LLR in 2020/21 at £2.000m."  # as many decimals as the table
    )


def test_no_rows_say_no_data(rows: pd.DataFrame) -> None:
    empty = rows.iloc[0:0]
    assert series.change_summary(empty, SECTION) == "No data in these packs for pcn budgets."
    assert series.pivot(empty, SECTION).empty
    figure = series.bars(empty, SECTION)
    assert figure.data == ()
    assert figure.layout.annotations[0].text == "No data in these packs"


def counts(measure: str, area: str, value: float, unit: str = "number") -> dict[str, object]:
    shown = f"{value:,.0f}" if unit != "%" else f"{value}%"
    return row(measure, "2023/24", value, 1) | {
        "dataset": "gp_workforce",
        "area": area,
        "unit": unit,
        "value_text": shown,
    }


WORKFORCE = series.Section("workforce", "GP workforce", "gp_workforce", x="measure", colour="area")


def test_counts_of_unlike_size_get_an_axis_each() -> None:
    """Registered patients (hundreds of thousands) and joiners (tens) on one axis would hide the joiners."""
    rows = coerce(
        pd.DataFrame(
            [
                counts("Registered patients", "Brantwick", 214_360),
                counts("Registered patients", "Morrowdale", 98_740),
                counts("Joiners", "Brantwick", 15),
                counts("Leavers", "Brantwick", 12),
                counts("Leavers", "Morrowdale", 0),
                counts("Joiners", "Morrowdale", 0),
            ]
        )
    )
    facets = series.panels(rows, WORKFORCE)
    assert [sorted(set(p.rows["measure"])) for p in facets] == [["Registered patients"], ["Joiners", "Leavers"]]
    figure = series.bars(rows, WORKFORCE)
    axes = {trace.xaxis for trace in figure.data if "Joiners" in trace.y}
    assert axes
    assert axes.isdisjoint({trace.xaxis for trace in figure.data if "Registered patients" in trace.y})


def test_shares_keep_one_axis_whatever_their_size() -> None:
    rows = coerce(
        pd.DataFrame(
            [counts("Seen within 2 weeks", "Brantwick", 95.0, "%"), counts("Did not attend", "Brantwick", 3.1, "%")]
        )
    )
    assert len(series.panels(rows, WORKFORCE)) == 1


def test_an_area_sums_the_others_only_in_counts_the_pack_adds_up() -> None:
    """Harrowfold's counts are the sum of its neighbourhoods' (it is drawn as a total); rates per 1,000 are never
    sums, however close small rates come within a tolerance meant for whole numbers."""
    places = {
        "Ashdown": (71_240, 0.43),
        "Lyncott": (64_810, 0.51),
        "Penmoor": (58_300, 0.59),
        "Harrowfold": (194_350, 0.49),
    }
    rows = coerce(
        pd.DataFrame(
            [counts("Registered patients", area, n) for area, (n, _r) in places.items()]
            + [
                counts("GP FTE per 1,000 patients", area, r, "WTE per 1,000 patients") | {"value_text": f"{r}"}
                for area, (_n, r) in places.items()
            ]
            + [counts("GP FTE per 1,000 patients", "England", 0.47, "WTE per 1,000 patients") | {"value_text": "0.47"}]
        )
    )
    assert series.total_areas(rows) == {"Harrowfold"}
    rates = rows[rows["measure"] == "GP FTE per 1,000 patients"].assign(unit="number")  # a count printed to 0.01
    assert series.total_areas(rates) == set()  # 0.43 + 0.51 + 0.59 + 0.49 + 0.47 is no place's 2 x value


def test_a_region_s_or_england_s_count_is_in_the_table_not_drawn_beside_local_ones() -> None:
    """Registered patients of England (63 million) would flatten three localities' (tens of thousands); their
    rates per 1,000 compare with the localities' and are drawn."""
    local = {"Ashdown": (41_870, 0.53), "Lyncott": (35_260, 0.59), "Penmoor": (52_940, 0.49)}
    wider = {"England": (63_524_800, 0.59), "South West": (6_012_300, 0.62)}
    rows = coerce(
        pd.DataFrame(
            [counts("Registered patients", area, n) for area, (n, _r) in {**local, **wider}.items()]
            + [
                counts("GP FTE per 1,000 patients", area, r, "WTE per 1,000 patients") | {"value_text": f"{r}"}
                for area, (_n, r) in {**local, **wider}.items()
            ]
        )
    )
    picked = rows[series.wider_counts(rows)]
    assert set(zip(picked["area"], picked["measure"], strict=True)) == {
        ("England", "Registered patients"),
        ("South West", "Registered patients"),
    }
    figure = series.bars(rows, WORKFORCE)
    drawn = {(t.name, y) for t in figure.data for y in (t.y if t.orientation == "h" else t.x)}
    assert ("England", "Registered patients") not in drawn
    assert ("England", "GP FTE per 1,000 patients") in drawn
    assert ("Ashdown", "Registered patients") in drawn


def test_one_line_s_columns_for_several_places_read_one_place_a_row() -> None:
    """A table of places by a few columns the loaders measure as "GP workforce: <column>" shows each place's row
    with its own figures: the places are not merged into one line that shows the last place's."""
    printed = [("Westbury", 98_450, 56.3), ("Eastfield", 121_300, 66.8), ("Northshire", 451_500, 252.6)]
    frame = coerce(
        pd.DataFrame(
            [
                {**row(f"GP workforce: {column}", "October 2025", value, line, area), "unit": unit}
                for line, (area, patients, fte) in enumerate(printed, start=1)
                for column, value, unit in (("Registered patients", patients, "number"), ("GP FTE", fte, "WTE"))
            ]
        )
    )
    section = series.Section("workforce-gp", "GP workforce", "pcn_budgets", x=series.AUTO, colour=series.AUTO)
    table = series.pivot(frame, section)
    assert list(table.columns) == ["Area", "Registered patients", "GP FTE"]
    assert table.set_index("Area").loc["Westbury"].tolist() == ["98,450", "56.3 WTE"]
    assert table.set_index("Area").loc["Eastfield"].tolist() == ["121,300", "66.8 WTE"]
