"""Tests of the dataset specs (loaders/datasets/) on pack 003: wider determinants tables, infographics, learning
disability tables."""

from __future__ import annotations

import re
from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from loaders.pipeline import PackResult, extract_pack

ROOT = Path(__file__).resolve().parents[2]
PACK = ROOT / "data" / "reports" / "003_8d4a1ac1c83c0024.txt"
AREAS = "Blaby|Charnwood|Harborough|Hinckley & Bosworth|Melton|NW Leicestershire|Oadby & Wigston|Leicestershire|England"
AREA_ROW = re.compile(rf"^\s*({AREAS})\s+[\d(\-]")
CAPTIONS = ("Table 2: Natural and Built", "Table 3: Job and work", "Table 4: Warmer and Safer")


@pytest.fixture(scope="module")
def frame(extracted: Callable[[str], PackResult]) -> pd.DataFrame:
    return extracted("003").frame


def one(frame: pd.DataFrame, dataset: str, area: str, measure: str, **kw) -> pd.Series:
    rows = frame[(frame.dataset == dataset) & (frame.area == area) & frame.measure.str.contains(measure, case=False)]
    for k, v in kw.items():
        rows = rows[rows[k] == v]
    assert len(rows) == 1, rows[["source_line", "area", "measure", "value"]]
    return rows.iloc[0]


def test_wider_determinants_cells(frame: pd.DataFrame) -> None:
    wd = "wider_determinants"
    r = one(frame, wd, "Blaby", "cycling")
    assert (r.value, r.unit, r.period, r.source_line) == (2.5, "%", "2018/19", 5229)
    r = one(frame, wd, "England", "Fuel Poverty")
    assert (r.value, r.unit, r.period) == (8.9, "%", "2018")
    r = one(frame, wd, "Oadby and Wigston", "Excess Winter")
    assert (r.value, r.unit, r.period) == (-5.9, "ratio", "Aug 2018-Jul 2019")
    r = one(frame, wd, "Blaby", "furloughed", unit="count")
    assert (r.value, r.period) == (5700, "December 2020")
    r = one(frame, wd, "Blaby", "furloughed", unit="%")
    assert r.value == 12
    assert "(%)" in r.measure
    r = one(frame, wd, "England", "pollution")
    assert (r.value, r.unit, r.period, r.source_line) == (8.9, "µg/m3", "2017", 5261)  # the displaced row
    r = one(frame, wd, "North West Leicestershire", "Homelessness")
    assert (r.value, r.unit, r.area_code) == (7.6, "per 1,000", "E07000134")
    # Leicestershire prints a count only, England a share only.
    leics = frame[(frame.dataset == wd) & (frame.area == "Leicestershire")]
    assert len(leics[leics.measure.str.contains("furlough")]) == 1
    r = one(frame, wd, "England", "furlough")
    assert (r.value, r.unit) == (12, "%")


def test_wider_determinants_every_cell(frame: pd.DataFrame) -> None:
    wd = frame[frame.dataset == "wider_determinants"]
    counts = wd.groupby("table").size().to_dict()
    assert counts == {
        "Table 2: Natural and Built Environment indicators related to health outcomes": 27,
        "Table 3: Job and work indicators": 34,
        "Table 4: Warmer and Safer Homes indicators": 27,
    }
    assert set(wd.area) == {
        "Blaby",
        "Charnwood",
        "Harborough",
        "Hinckley and Bosworth",
        "Melton",
        "North West Leicestershire",
        "Oadby and Wigston",
        "Leicestershire",
        "England",
    }
    assert wd.polarity.notna().all()


def test_life_expectancy(frame: pd.DataFrame) -> None:
    le = "life_expectancy"
    assert one(frame, le, "Leicestershire", "at birth \\(females\\)").value == 84.3
    assert one(frame, le, "England", "at birth \\(females\\)").value == 83.4
    assert one(frame, le, "Leicestershire", "at birth \\(males\\)").value == 80.9
    assert one(frame, le, "England", "at birth \\(males\\)").value == 79.8
    r = one(frame, le, "Leicestershire", "deprived.*for men")
    assert (r.value, r.unit) == (6.4, "years")
    assert one(frame, le, "Leicestershire", "deprived.*women").value == 5.0


def test_headline(frame: pd.DataFrame) -> None:
    hl = "headline"
    assert one(frame, hl, "Leicestershire", "^Population").value == 706155
    assert one(frame, hl, "Leicestershire", "aged 40-64").value == 33.0
    assert one(frame, hl, "England", "aged 65\\+").value == 18.4
    r = one(frame, hl, "Leicestershire", "Percentage of children.*low income$")
    assert (r.value, r.period) == (9.9, "2018/19")
    assert one(frame, hl, "England", "good level of development.*national").value == 71.8
    assert one(frame, hl, "Leicestershire", "Number of children.*development").value == 5539
    assert one(frame, hl, "Leicestershire", "smokers", unit="count").value == 67615
    assert one(frame, hl, "Leicestershire", "smokers", unit="%").value == 12
    assert one(frame, hl, "England", "smokers", unit="%").value == 13.9


def test_learning_disability(frame: pd.DataFrame) -> None:
    ld = "learning_disability"
    r = one(frame, ld, "Leicester, Leicestershire and Rutland", "Inpatient admissions: Total", period="2020/21")
    assert r.value == 55
    assert one(frame, ld, "Leicester, Leicestershire and Rutland", "days: Out of County").value == 1674
    r = one(frame, ld, "Leicester, Leicestershire and Rutland", "Annual Health Checks: Performance")
    assert (r.value, r.unit) == (71.3, "%")
    assert one(frame, ld, "Leicester, Leicestershire and Rutland", "CCG beds: Bradgate").value == 13


def _perturb_number(m: re.Match[str]) -> str:
    text = m.group(0)
    if text.startswith("("):
        return f"({int(text[1:-2]) + 50}%)"
    if "," in text:
        return f"{int(text.replace(',', '')) + 11:,}"
    return f"{abs(float(text)) + 500:.1f}"


def test_perturbed_pack(tmp_path: Path) -> None:
    """New numbers in Tables 2-4 come out at their new lines, whatever text moves them; old ones nowhere."""
    lines = PACK.read_text(encoding="utf-8").split("\n")
    first = next(i for i, x in enumerate(lines) if x.startswith(CAPTIONS[0]))
    last = next(i for i, x in enumerate(lines) if i > first and x.strip().startswith("4. Next steps"))
    expected: dict[tuple[int, float], str] = {}
    old_values: set[float] = set()
    out: list[str] = []
    prose = ["", "This paragraph was added: in 2020 some 42 residents and 7.5% of staff took part.", "", "", ""]
    for i, text in enumerate(lines):
        if re.match(r"^\s*HEALTH AND WELLBEING BOARD:", text) or i in (first, first + 3, last):
            out.extend(prose)
        if first <= i < last and AREA_ROW.match(text):
            label = AREA_ROW.match(text).group(1)
            head, tail = text[: len(label) + 1], text[len(label) + 1 :]
            printed = re.findall(r"\(\d+%\)|-?[\d,]+\.?\d*", tail)
            old_values.update(abs(float(x.replace(",", "").strip("(%)"))) for x in printed)
            text = head + re.sub(r"\(\d+%\)|-?[\d,]+\.\d+|\d{1,3}(?:,\d{3})+", _perturb_number, tail)
            for x in re.findall(r"\(\d+%\)|[\d,]+\.\d+|\d{1,3}(?:,\d{3})+", text[len(label) + 1 :]):
                expected[(len(out) + 1, float(x.replace(",", "").strip("(%)")))] = label
        out.append(text)
    copy = tmp_path / PACK.name
    copy.write_text("\n".join(out), encoding="utf-8")

    wd = extract_pack(copy).frame
    wd = wd[wd.dataset == "wider_determinants"]
    got = {(int(r.source_line), float(r.value)) for r in wd.itertuples()}
    assert got == set(expected)
    assert len(wd) == 88
    assert not set(wd.value.abs()) & old_values


def test_prose_figures_carry_the_topic_their_sentence_reports(frame: pd.DataFrame) -> None:
    # 003 lines 5305-5307 (read in the pack): "... the data shown in table 3 regarding jobs and work shows total
    # employments furloughed at December 2020 locally was similar ..., but slightly lower than the national
    # figure of 13.2%, with North West Leicestershire having the lowest level at 10%."
    rows = frame[(frame.source_line == 5307) & (frame.value_text == "10%")]
    assert len(rows) == 1
    assert rows.iloc[0].measure.startswith("total employments furloughed: ")
    assert rows.iloc[0].area == "North West Leicestershire"
    from loaders.figures import sentence_topic

    assert sentence_topic("The chart shows 150 people attended in 2019", 20) is None


@pytest.mark.parametrize(
    ("line", "printed", "area", "measure", "value"),
    [
        # Annual report 2020/21 infographics, read in the pack text:
        # "7.8" / "PER 100,000" / "LEICESTERSHIRE 2017/19" / "10.1" / "PER 100,000" / "UK 2017/19" (12859-12867)
        (12859, "7.8", "Leicestershire", "Suicide rate", 7.8),
        (12864, "10.1", "England", "Suicide rate", 10.1),
        # "109.3 89.5" / "LEICESTERSHIRE 2019/20 LEICESTERSHIRE 2019/20", "significantly higher than the national rate"
        (12952, "109.3", "Leicestershire", "mental health conditions in children", 109.3),
        (12952, "89.5", "England", "mental health conditions in children", 89.5),
        # "62.7%" / "62.8%" / "LEICESTERSHIRE 2019/20" / "NATIONAL AVERAGENATIONALLY 2019/20" / "OVERWEIGHT OR OBESE"
        (13008, "62.8%", "England", "overweight or obese", 62.8),
        # "2019-20 VIOLENT CRIME RATES" / "19.1" / "29.5" / "PER 1,000" / "13,370 offences" / ... "NATIONALLY"
        (13053, "29.5", "England", "Violent crime rate", 29.5),
        (13056, "13,370", "Leicestershire", "Violent crime offences", 13370),
        # "700k" / "4,500" / "OVER" / "PEOPLE" / "REACHED"
        (13180, "700k", "Leicestershire", "People reached", 700_000),
    ],
)
def test_annual_report_infographics(
    frame: pd.DataFrame, line: int, printed: str, area: str, measure: str, value: float
) -> None:
    rows = frame[(frame.source_line == line) & (frame.value_text == printed) & (frame.dataset == "headline")]
    assert len(rows) == 1, rows
    row = rows.iloc[0]
    assert (row.area, row.value) == (area, value)
    assert measure.casefold() in row.measure.casefold()


def test_income_and_expenditure_parts_paired_by_their_totals(frame: pd.DataFrame) -> None:
    # 003 lines 14164-14201 (read in the pack): "£299,989.92" / "£50,680.00" / "£25,047.42" / "Total income" /
    # "£375,717.34" / "Funding received" "from local authority" / "Additional funding" / "Balance brought" ...;
    # then "£18,323.81" / "£64,833.87" / "£252,116.21" / "Total expenditure" / "£335,273.89" /
    # "How much it costs to" "run our H/W" / "Operational Costs" / "Staff Costs".  The parts add up to each total.
    fin = frame[frame.dataset == "finance"].set_index("value_text")
    assert fin.loc["£299,989.92"].measure == "Income: Funding received from local authority"
    assert fin.loc["£25,047.42"].measure == "Income: Balance brought forward from 2019/20"
    assert fin.loc["£252,116.21"].measure == "Expenditure: Staff Costs"
    assert fin.loc["£335,273.89"].measure == "Total expenditure"
    assert (fin.loc["£64,833.87"].source_line, fin.loc["£64,833.87"].unit) == (14189, "GBP")


def test_a_national_figure_is_englands(frame: pd.DataFrame) -> None:
    # 003 line 5306 (read in the pack): "... but slightly lower than the national figure of 13.2%, with North West
    # Leicestershire having the lowest level at 10%": 13.2% is the national (England) figure, 10% NW Leicestershire's.
    rows = frame[(frame.source_line == 5306) & (frame.value_text == "13.2%")]
    assert list(rows.area) == ["England"]
