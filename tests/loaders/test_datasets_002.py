"""Tests of the dataset specs (loaders/datasets/) on pack 002 (LLR primary care strategy): values read by hand from the
pack text."""

from __future__ import annotations

import re
from pathlib import Path

import pandas as pd
import pytest

from loaders.pipeline import extract_pack

PACK = Path(__file__).resolve().parents[2] / "data" / "reports" / "002_56e47128be38bc91.txt"
OURS = [
    "primary_care_budgets",
    "pcn_budgets",
    "gp_forward_view",
    "co_commissioning",
    "gp_workforce",
    "practice_profile",
]


@pytest.fixture(scope="module")
def result(extracted):
    return extracted("002")


@pytest.fixture(scope="module")
def frame(result) -> pd.DataFrame:
    return result.frame


def rows(frame, dataset, measure=None, area=None, period=None):
    f = frame[frame.dataset == dataset]
    if measure is not None:
        f = f[f.measure == measure]
    if area is not None:
        f = f[f.area == area]
    if period is not None:
        f = f[f.period == period]
    return f


def test_pcn_total_has_five_yearly_values(frame):
    f = rows(frame, "pcn_budgets", "TOTAL PRIMARY CARE NETWORK FUNDING").sort_values("period")
    assert list(f.period) == ["2019/20", "2020/21", "2021/22", "2022/23", "2023/24"]
    assert list(f.value) == [6985019, 12621792, 24456418, 30596863, 37655530]
    assert set(f.unit) == {"GBP"}
    assert f.warning.isna().all()


def test_pcn_short_rows_align_right_and_labels_keep_rates(frame):
    ia = rows(frame, "pcn_budgets", "Improved Access to Primary Care (£6 prp) PC").sort_values("period")
    assert list(ia.period) == ["2021/22", "2022/23", "2023/24"]
    assert list(ia.value) == [7103703, 7214458, 7326940]
    iif = rows(frame, "pcn_budgets", "Investment and Impact Fund")
    assert iif.period.min() == "2020/21"
    assert len(iif) == 4
    roles = rows(frame, "pcn_budgets", "PCN Additional Roles (£1.44prp) CC", period="2021/22")
    assert list(roles.value) == [8098222]
    sub = rows(frame, "pcn_budgets", "Subtotal (unlabelled row)", period="2019/20")
    assert list(sub.value) == [5265004]
    # a rate inside a label (002 line 3589 "PCN Additional Roles (£1.44prp) CC ...") is a row of its own,
    # not a value of a year column
    rate = frame[frame.value_text == "(£1.44prp)"]
    assert len(rate) == 1
    assert rate.iloc[0].unit == "GBP per patient"
    assert pd.isna(rate.iloc[0].period)
    assert rate.iloc[0].value == 1.44
    assert "rate" in rate.iloc[0].measure


def test_primary_care_budgets_columns_from_headers_after_rows(frame):
    east = "East Leicestershire and Rutland CCG"
    assert list(rows(frame, "primary_care_budgets", "Reserve/QIPP", east).value) == [-359559]
    assert list(rows(frame, "primary_care_budgets", "Reserve/QIPP", "Leicester, Leicestershire and Rutland").value) == [
        -1573742
    ]
    assert list(rows(frame, "primary_care_budgets", "Premises", "West Leicestershire CCG").value) == [4994732]
    assert list(rows(frame, "primary_care_budgets", "Other Primary Care", east).value) == [-72040]
    assert list(rows(frame, "primary_care_budgets", "TOTAL", "Leicester City CCG").value) == [119678454]
    f = rows(frame, "primary_care_budgets")
    assert set(f.period) == {"2019/20"}
    assert len(f) == 17 * 4
    assert not ((f.value == 0) & (f.value_text == "0.0")).any()


def test_gp_forward_view_values_before_labels(frame):
    assert list(rows(frame, "gp_forward_view", "GP Retention", period="2019/20").value) == [190688]
    online = rows(frame, "gp_forward_view", "Online Consultation")
    assert list(online.period) == ["2020/21"]
    assert list(online.value) == [77400]
    assert list(rows(frame, "gp_forward_view", "Total", period="2019/20").value) == [879863]
    assert "Leicester, Leicestershire and Rutland" not in set(rows(frame, "gp_forward_view").measure)


def test_co_commissioning(frame):
    f = rows(frame, "co_commissioning", "Published Co-commissioning Allocations")
    assert dict(zip(f.period, f.value, strict=True))["2021/22"] == 160303
    assert set(f.unit) == {"GBP thousands"}
    assert len(f) == 5


def test_gp_workforce(frame, result):
    per = rows(frame, "gp_workforce", "WTE GPs per 1,000 patients (national target)")
    assert list(per.value) == [0.58]
    assert list(per.unit) == ["WTE per 1,000 patients"]
    f = rows(frame, "gp_workforce")
    nq = f[f.measure.str.startswith("Newly qualified GPs")]
    assert sorted(nq.value) == [133, 255]
    assert 554 in set(f[f.measure.str.startswith("Number of WTE GPs")].value)
    assert sorted(f[f.period == "total over 5 years"].value) == [-83, -65, 30, 76, 133]
    assert any("Table 3" in n and "image" in n for n in result.notes)


def test_practice_profile_list_sizes(frame):
    f = rows(frame, "practice_profile", "Population (list size)")
    sb = f[f.area == "South Blaby & Lutterworth"].sort_values("source_line")
    assert list(sb.value) == [47248, 47188]
    assert list(sb.value_text) == ["47 248", "47,188"]
    assert sb.warning.str.contains("line").all()
    foxes = f[f.value_text == "33.498"]
    assert len(foxes) == 1
    assert foxes.value.iloc[0] == 33498
    assert "point" in foxes.warning.iloc[0]
    assert list(f[f.area == "CH3 – Carillon"].value) == [55445]
    pp = rows(frame, "practice_profile")
    assert list(pp[(pp.measure == "GP practices") & (pp.area == "Leicester City CCG")].value) == [58]
    assert list(pp[(pp.measure == "Population") & (pp.area == "Leicester City CCG")].value) == [415213]


# --- perturbation: new numbers, shifted lines --------------------------------

_MONEY_RE = re.compile(r"(?<![\d.,])(-?)(£?)(\d{1,3}(?:,\d{3})+)(?![\d,])")
_MODEL_RE = re.compile(r"(?:(?<=^)|(?<=\s))(-?\d+)(?=\s+(?:-?\d+\s+)?[A-Z])")


def _scale_money(text: str, factor: int) -> str:
    return _MONEY_RE.sub(lambda m: f"{m.group(1)}{m.group(2)}{int(m.group(3).replace(',', '')) * factor:,}", text)


def test_perturbed_pack(tmp_path):
    lines = PACK.read_text(encoding="utf-8").split("\n")
    first = next(i for i, x in enumerate(lines) if x.strip().startswith("Table 4: CCG Consolidated"))
    last = next(i for i, x in enumerate(lines) if x.strip().startswith("Co-Commissioning Budget Planning"))
    model_top = next(i for i, x in enumerate(lines) if x.strip().startswith("Leavers and Joiners Numbers"))
    model_end = next(i for i, x in enumerate(lines) if x.strip().startswith("Table 1: HEE Workforce"))
    factor = 2
    changed: dict[int, tuple[str, str]] = {}  # old index -> (old text, new text)
    for i in range(first, last + 1):
        new = _scale_money(lines[i], factor)
        if new != lines[i]:
            changed[i] = (lines[i], new)
    for i in range(model_top + 1, model_end):
        new = _MODEL_RE.sub(lambda m: str(int(m.group(1)) * 3 + 1), lines[i])
        if new != lines[i] and not re.match(r"^\s*\d+\s*\(", lines[i]):
            changed[i] = (lines[i], new)
    assert len(changed) > 30
    out: list[str] = []
    new_index: dict[int, int] = {}
    for i, x in enumerate(lines):
        if i in (1, first - 5, model_top - 3) or x.strip().startswith("HEALTH OVERVIEW AND SCRUTINY COMMITTEE"):
            out += ["", "An inserted paragraph of prose that carries no figures at all.", "", ""]
        new_index[i] = len(out)
        out.append(changed[i][1] if i in changed else x)
    copy = tmp_path / PACK.name
    copy.write_text("\n".join(out), encoding="utf-8")
    f = extract_pack(copy).frame
    f = f[f.dataset.isin(OURS)]
    for i, (old, new) in changed.items():
        line = new_index[i] + 1
        at = f[f.source_line == line]
        old_values = {float(v.replace(",", "").replace("£", "")) for v in re.findall(r"-?£?\d[\d,]*", old)}
        new_values = {float(v.replace(",", "").replace("£", "")) for v in re.findall(r"-?£?\d[\d,]*", new)}
        moved = new_values - old_values
        assert moved, new
        assert moved <= set(at.value), (line, new, sorted(at.value))
        assert not (old_values - new_values) & set(at.value), (line, old)
    assert not f[f.source_line.isin([i + 1 for i in changed])].value.isin([6985019, 146685000]).any()
    total = f[(f.dataset == "pcn_budgets") & (f.measure == "TOTAL PRIMARY CARE NETWORK FUNDING")]
    assert sorted(total.value) == sorted(v * factor for v in [6985019, 12621792, 24456418, 30596863, 37655530])
