"""Tests of loaders/meaning.py: indicator, breakdown, benchmark and role in columns, on real packs.

The point of `indicator` is that the same measure from any council's pack shares one id: checked on
Leicestershire's shipped packs and the two development councils'.  The made-up pack in tests/data/intervals
prints confidence intervals in the two forms packs use (Lower CI / Upper CI columns, "78.1 (77.5–78.7)" cells).
"""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from loaders import meaning
from loaders.pipeline import PackResult, extract_pack
from loaders.schema import ROLES

DATA = Path(__file__).resolve().parents[1] / "data"
DEVSET = DATA / "devset"
INTERVALS = DATA / "intervals" / "westmarsh_hwb_2024-06-12.txt"


@pytest.fixture(scope="module")
def devset() -> pd.DataFrame:
    """Every development council's packs, extracted."""
    paths = sorted(DEVSET.glob("*/*.txt"))
    return pd.concat([extract_pack(p).frame.assign(council=p.parent.name) for p in paths], ignore_index=True)


@pytest.fixture(scope="module")
def intervals() -> pd.DataFrame:
    return extract_pack(INTERVALS).frame


def ids_of(frame: pd.DataFrame, indicator: str) -> pd.DataFrame:
    return frame[frame["indicator"] == indicator]


@pytest.mark.parametrize(
    ("indicator", "shipped", "breakdown"),
    [
        ("life_expectancy", "003", "Male"),
        ("gp_fte_per_1000", "002", None),
        ("fuel_poverty", "003", None),
    ],
)
def test_the_same_measure_shares_an_id_across_councils(
    devset: pd.DataFrame, extracted: Callable[[str], PackResult], indicator: str, shipped: str, breakdown: str | None
) -> None:
    """Life expectancy of males, GP FTE per 1,000 patients and fuel poverty: one id in every council's packs."""
    leicestershire = extracted(shipped).frame
    for frame, who in (
        (leicestershire, "Leicestershire"),
        *((devset[devset["council"] == c], c) for c in ("calvermoor", "fallowmere")),
    ):
        rows = ids_of(frame, indicator)
        if breakdown:
            rows = rows[rows["breakdown"].fillna("").str.contains(breakdown)]
        assert not rows.empty, f"{who}: no row of {indicator} ({breakdown or 'any breakdown'})"
        measures = " ".join(rows["measure"]).casefold()
        words = {"life_expectancy": "life expectancy", "gp_fte_per_1000": "1,000", "fuel_poverty": "fuel poverty"}
        assert words[indicator] in measures, f"{who}: {indicator} given to {set(rows['measure'])}"


def test_sex_age_and_deprivation_are_breakdowns_not_ids(devset: pd.DataFrame) -> None:
    """Male and female life expectancy share the id; the sexes are told apart by `breakdown`."""
    life = ids_of(devset, "life_expectancy")
    assert {"Male", "Female"} <= set(life["breakdown"].dropna())
    gap = ids_of(devset, "le_gap")
    assert not gap.empty
    assert gap["measure"].str.contains("deprived|inequality|gap", case=False).all()
    assert set(gap["breakdown"].dropna()) <= {"Male", "Female"}
    assert (ids_of(devset, "falls_admissions_65")["breakdown"].dropna() == "Aged 65+").all()


def test_a_healthy_life_expectancy_caption_does_not_rename_life_expectancy(devset: pd.DataFrame) -> None:
    """A caption naming both measures ("Life expectancy and healthy life expectancy") leaves each row its own."""
    # a table's cells (not a loose figure of a table the loaders could not read, filed beside its caption)
    tables = devset[devset["dataset"] != "figures"]
    both = tables[tables["table"].fillna("").str.contains("healthy life expectancy", case=False)]
    assert not both.empty
    for row in both.itertuples():
        expected = "healthy_life_expectancy" if "healthy" in row.measure.casefold() else None
        assert (row.indicator == expected) if expected else row.indicator in {"life_expectancy", "le_gap"}


def test_benchmark_is_england_where_the_table_prints_it(devset: pd.DataFrame) -> None:
    """A district's row in a table that prints England for the same measure is benchmarked against England;
    England's own rows and rows of tables without England have none."""
    fuel = ids_of(devset, "fuel_poverty")
    assert (fuel.loc[fuel["area"] != "England", "benchmark"] == "England").all()
    assert fuel.loc[fuel["area"] == "England", "benchmark"].isna().all()
    qipp = devset[(devset["dataset"] == "qipp") & devset["table"].notna()]  # (a sentence may say "national")
    assert qipp["benchmark"].isna().all()


def test_roles_of_a_savings_table(devset: pd.DataFrame) -> None:
    """The Total row of an efficiency table is `total`, its schemes `part`; targets and plans are `target`."""
    qipp = devset[(devset["dataset"] == "qipp") & devset["table"].notna()]
    shares = qipp[qipp["unit"] == "%"]  # "Total: % of target": a rate, never added up (the next test)
    assert (shares["role"] == "rate").all()
    qipp = qipp.drop(shares.index)
    totals = qipp[qipp["measure"].str.match(r"(?i)total\b")]
    assert not totals.empty
    assert (totals["role"] == "total").all()
    totalled = qipp[qipp["table"].isin(set(totals["table"]))]  # a table of years without a total has no parts
    assert (totalled.loc[~totalled.index.isin(totals.index), "role"] == "part").all()
    plans = devset[devset["measure"].str.contains(r": (?:plan|Target)$", regex=True)]
    assert not plans.empty
    assert (plans.loc[plans["dataset"] != "qipp", "role"] == "target").all()
    assert set(devset["role"]) <= ROLES


def test_a_change_in_a_money_table_is_a_rate(devset: pd.DataFrame) -> None:
    """A percentage change printed beside £ contributions is a rate, never a part or total to add up."""
    bcf = devset[(devset["dataset"] == "bcf") & devset["table"].notna()]
    money_tables = set(bcf.loc[bcf["unit"].str.startswith("GBP"), "table"])
    shares = bcf[(bcf["unit"] == "%") & bcf["table"].isin(money_tables)]  # a table of % metrics has targets
    assert not shares.empty
    assert (shares["role"] == "rate").all()
    money = bcf[bcf["unit"].str.startswith("GBP")]
    assert (money["role"] != "rate").all()


def test_a_scorecard_rating_rates_the_home_value_not_the_target() -> None:
    """Fallowmere's outcomes scorecard (Indicator | Period | Fallowmere | England | Target | RAG): the printed
    RAG and the target sit on Fallowmere's value row; the Target cell and England's value carry no rating."""
    frame = extract_pack(DEVSET / "fallowmere" / "fallowmere_hwb_2025-01-16.txt").frame
    card = frame[frame["table"].fillna("").str.contains("scorecard", case=False)]
    rated = card[card["rag"].notna()]
    assert len(rated) >= 5
    assert (rated["area"] == "Fallowmere").all()
    assert (rated["role"] == "value").all()
    assert rated["target"].notna().all()
    targets = card[card["role"] == "target"]
    assert len(targets) == len(rated)
    assert targets["rag"].isna().all()
    smoking = rated[rated["measure"].str.startswith("Smoking")].iloc[0]
    assert (smoking["value"], smoking["target"], smoking["rag"]) == (11.4, 11.0, "Amber")


def test_interval_columns_and_cells_become_bounds_tied_to_their_value(intervals: pd.DataFrame) -> None:
    """Both printed forms give a lower and an upper row on the value's line, for the same area and indicator."""
    for indicator in ("life_expectancy", "fuel_poverty"):
        rows = ids_of(intervals, indicator)
        rows = rows[rows["table"].notna()]
        values = rows[rows["role"] == "value"]
        assert len(values) == 5, rows[["area", "measure", "role"]].to_string()
        for value in values.itertuples():
            same = rows[(rows["source_line"] == value.source_line) & (rows["area"] == value.area)]
            bounds = dict(zip(same["role"], same["value"], strict=True))
            assert bounds["lower"] <= value.value <= bounds["upper"], (value.area, bounds)
    cell = intervals[
        (intervals["area"] == "Quarrendon") & (intervals["indicator"] == "fuel_poverty") & intervals["table"].notna()
    ]
    assert sorted(cell["value"]) == [13.9, 14.8, 15.7]
    assert set(cell["value_text"]) == {"13.9", "14.8", "15.7"}
    assert set(cell.loc[cell["table"].notna(), "measure"]) == {
        "Fuel poverty",
        "Fuel poverty: lower confidence limit",
        "Fuel poverty: upper confidence limit",
    }


def test_a_sentence_that_compares_with_england_names_its_benchmark(intervals: pd.DataFrame) -> None:
    said = intervals[(intervals["table"].isna()) & (intervals["indicator"] == "fuel_poverty")]
    assert list(said["benchmark"]) == ["England"]


@pytest.mark.parametrize(
    ("measure", "expected"),
    [
        ("Emergency admissions, aged 65 and over", "Aged 65+"),
        ("Employment rate, aged 16-64: Female", "Female; Aged 16-64"),
        ("Life expectancy in the most deprived decile (men)", "Male; Most deprived decile"),
        ("Gap between most and least deprived tenth: Male", "Male"),
        ("Patients waiting 65+ weeks", None),
        ("Healthy life expectancy at birth, (F)", "Female"),
        ("Mental health services: Variance (F)/(A)", None),  # favourable or adverse, not women
    ],
)
def test_breakdowns_in_a_normal_form(measure: str, expected: str | None) -> None:
    assert meaning.breakdown_for(measure, "") == expected


@pytest.mark.parametrize(
    ("measure", "role"),
    [
        ("Total: Target", "total"),
        ("Sub-total primary care", "subtotal"),
        ("Smoking prevalence (%): Target", "target"),
        ("WTE GPs per 1,000 patients (national target)", "target"),
        ("Efficiency savings delivered as a percentage of target", "rate"),
        ("Activity 2% below target", "value"),
        ("Fuel poverty: Lower 95% CI", "lower"),
        ("Fuel poverty: UCI", "upper"),
        ("Fuel poverty", None),
    ],
)
def test_role_words(measure: str, role: str | None) -> None:
    assert meaning.role_words(measure) == role


def test_every_dataset_a_pack_gives_is_in_the_registry(
    devset: pd.DataFrame, extracted: Callable[[str], PackResult]
) -> None:
    """data/datasets.csv names each dataset once, and every dataset the loaders write is in it."""
    names = [d["name"] for d in meaning.datasets()]
    assert len(names) == len(set(names))
    written = set(devset["dataset"]) | set(extracted("003").frame["dataset"])
    assert written <= set(names)


def test_a_dataset_default_polarity_fills_rows_no_measure_judges(devset: pd.DataFrame) -> None:
    """PCN budget rows, which no data/measures.csv pattern judges, take the registry's default (no judgement)."""
    assert meaning.dataset_polarity("pcn_budgets") == "no judgement"
    assert not any(
        row.startswith("pcn_budgets,")
        for row in (DATA.parent.parent / "data" / "measures.csv").read_text().splitlines()
    )
    pcn = devset[devset["dataset"] == "pcn_budgets"]
    assert not pcn.empty
    assert (pcn["polarity"] == "no judgement").all()


def test_parts_proven_by_the_packs_own_sum_are_parts(extracted: Callable[[str], PackResult]) -> None:
    """An income panel whose amounts add up to its printed total (loaders/datasets/totalled_parts.py): the
    amounts are parts and the total a total, so no chart sums them together."""
    panel = extracted("003").frame
    panel = panel[panel["dataset"] == "finance"]
    totals = panel[panel["role"] == "total"]
    assert len(totals) >= 1
    for total in totals.itertuples():
        group = total.measure.split(None, 1)[1].strip().capitalize()
        parts = panel[(panel["role"] == "part") & panel["measure"].str.startswith(f"{group}: ")]
        assert not parts.empty
        assert parts["value"].sum() == pytest.approx(total.value, abs=0.01)


def test_a_councils_row_that_sums_its_localities_is_their_total(devset: pd.DataFrame) -> None:
    """GP workforce by locality: the council's own row is the sum of the localities' (as the pack's arithmetic
    proves), so it is the total and they are parts; a rate per 1,000 is neither, and England is no part."""
    gp = devset[(devset["dataset"] == "gp_workforce") & devset["table"].fillna("").str.contains("locality")]
    fte = gp[gp["indicator"] == "gp_fte"]
    for council, rows in fte.groupby("council"):
        (total,) = rows.loc[rows["role"] == "total", "value"]
        parts = rows.loc[rows["role"] == "part", "value"]
        assert len(parts) >= 3, council
        assert parts.sum() == pytest.approx(total, abs=0.5), council
    rates = gp[gp["indicator"] == "gp_fte_per_1000"]
    assert not rates.empty
    assert set(rates["role"]) == {"value"}
    assert (gp.loc[gp["area"] == "England", "role"] != "part").all()


def test_a_total_column_takes_its_role_from_the_row() -> None:
    """In a table of quarters with a Total column, each scheme's Total is a part of the Total row's Total."""
    rows = [
        (label, col, value)
        for label, values in (("Bridge schemes", (10, 20, 30)), ("Ward schemes", (5, 5, 10)), ("Total", (15, 25, 40)))
        for col, value in zip(("Q1", "Q2", "Total"), values, strict=True)
    ]
    frame = pd.DataFrame(
        {
            "source_file": "p.txt",
            "area": "Bramblehurst",
            "area_code": "E10000099",
            "value_text": [str(v) for *_, v in rows],
            "table": "Table 4: Plan by quarter",
            "period": "2025/26",
            "unit": "GBP thousands",
            "measure": [f"{label}: {col}" for label, col, _ in rows],
            "value": [float(v) for *_, v in rows],
        }
    )
    roles = meaning._roles(frame, frame["measure"].tolist(), frame["table"].tolist(), frame["unit"].tolist())
    got = dict(zip(frame["measure"], roles, strict=True))
    assert got["Total: Total"] == "total"
    assert got["Bridge schemes: Total"] == "part"
    assert got["Total: Q1"] == "total"
