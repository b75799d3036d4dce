"""Tests of the dataset specs (loaders/datasets/) on packs 000, 001 and 004: values read by hand from the packs, and
perturbed copies."""

from __future__ import annotations

from collections.abc import Callable
from pathlib import Path

import pandas as pd
import pytest

from loaders.pipeline import PackResult, extract_pack


@pytest.fixture(scope="module")
def frames(extracted: Callable[[str], PackResult]) -> dict[str, pd.DataFrame]:
    return {p: extracted(p).frame for p in ("000", "001", "004")}


def _rows(frame: pd.DataFrame, dataset: str, measure: str) -> pd.DataFrame:
    return frame[(frame["dataset"] == dataset) & frame["measure"].str.contains(measure, case=False, regex=False)]


def test_qipp_target_and_typos_resolved_by_the_packs_own_arithmetic(frames: dict[str, pd.DataFrame]) -> None:
    f = frames["000"]
    target = _rows(f, "qipp", "QIPP savings target")
    assert 49.020 in set(target["value"].round(3))
    assert set(target.loc[target["value"].round(3) == 49.020, "unit"]) == {"GBP millions"}
    ident = _rows(f, "qipp", "identified so far").iloc[0]
    rest = _rows(f, "qipp", "still to be identified").iloc[0]
    assert (ident["value"], ident["value_text"]) == (37.782, "£37,782m")  # kept as printed, read as £37.782m
    assert (rest["value"], rest["value_text"]) == (11.238, "£11,238m")
    assert "arithmetic" in ident["warning"]
    assert "arithmetic" in rest["warning"]
    assert ident["period"] == "2019/20"


def test_bcf_metrics_table_with_rag_letters(frames: dict[str, pd.DataFrame]) -> None:
    f = frames["000"]
    m1 = f[(f["dataset"] == "bcf") & (f["value"] == 615.0)].iloc[0]  # "624.1 51.9 615.0 G"
    assert (m1["target"], m1["rag"]) == (624.1, "Green")
    assert m1["measure"].startswith("METRIC 1: Permanent admissions of older people")
    m3 = f[(f["dataset"] == "bcf") & (f["value"] == 217.44)].iloc[0]  # "244.38 n/a 217.44 G", label over 2 lines
    assert (m3["target"], m3["rag"], m3["unit"]) == (244.38, "Green", "per 100,000")
    assert "Delayed transfers of care" in m3["measure"]


def test_public_health_dashboard_rows(frames: dict[str, pd.DataFrame]) -> None:
    f = frames["000"]
    chl = _rows(f, "performance", "Chlamydia detection rate")
    local = chl[chl["area"] == "Leicestershire"]
    assert 1702.7 in set(local["value"])
    assert 1974.9 in set(chl.loc[chl["area"] == "England", "value"])
    assert set(local.loc[local["value"] == 1702.7, "polarity"]) == {"higher is better"}
    assert 9 in set(_rows(f, "performance", "Chlamydia detection rate / 100,000 aged 15-24, (P) \u2013 rank")["value"])


def test_latest_data_cells_with_area_period_and_target(frames: dict[str, pd.DataFrame]) -> None:
    f = frames["000"]
    rtt = _rows(f, "performance", "18 week Referral To Treatment")
    wl = rtt[rtt["area"] == "West Leicestershire CCG"].iloc[0]
    assert (wl["value"], wl["period"], wl["target"]) == (85.0, "June 2019", 92.0)


def test_column_dashboard_values_targets_and_rag(frames: dict[str, pd.DataFrame]) -> None:
    f = frames["001"]
    mrsa = _rows(f, "performance", "infection MRSA")
    elr = mrsa[mrsa["area"] == "East Leicestershire and Rutland CCG"].iloc[0]
    assert (elr["value"], elr["target"], elr["rag"]) == (1.0, 0.0, "Red")  # the bare "1" is a value
    cdiff = _rows(f, "performance", "infection CDIFF")
    elr_c = cdiff[cdiff["area"] == "East Leicestershire and Rutland CCG"].iloc[0]
    assert (elr_c["value"], elr_c["target"], elr_c["rag"]) == (100.0, 74.0, "Red")
    u19 = _rows(f, "performance", "epilepsy in under 19s")
    wl = u19[u19["area"] == "West Leicestershire CCG"].iloc[0]
    assert (wl["value"], wl["rag"]) == (105.67, "Green")
    assert "inferred" in wl["warning"]


def test_column_major_allocation_table(frames: dict[str, pd.DataFrame]) -> None:
    f = frames["001"]
    tele = f[(f["dataset"] == "bcf") & (f["measure"] == "Telecare")].iloc[0]
    assert (tele["value"], tele["unit"], tele["period"]) == (963.0, "GBP thousands", "2013/14")
    total = f[(f["dataset"] == "bcf") & (f["measure"] == "Total") & (f["value"] == 8641.0)]
    assert len(total) == 1
    assert pd.isna(total["warning"].iloc[0])


def test_paired_list_targets_and_places(frames: dict[str, pd.DataFrame]) -> None:
    f = frames["004"]
    att = f[(f["dataset"] == "performance") & (f["measure"] == "Loughborough Attendances")].iloc[0]
    assert (att["value"], att["target"], att["area"]) == (73546.0, 58820.0, "Loughborough")


def test_prose_figures_take_the_nearest_area(frames: dict[str, pd.DataFrame]) -> None:
    f = frames["001"]
    red1 = f[(f["value"] == 63.85)].iloc[0]  # "Red 1 – WL 65.68% & ELR 63.85%"
    assert red1["area"] == "East Leicestershire and Rutland CCG"
    assert "Red 1" in red1["measure"]
    uhl = f[(f["value"] == 88.2)].iloc[0]  # "UHL have achieved 88.2% overall"
    assert uhl["area"] == "UHL"


def _perturb(src: Path, dst: Path, swaps: list[tuple[str, str]], inserts: list[tuple[str, int]]) -> Path:
    """Copy a pack, swap printed numbers, and insert prose plus blank lines before the given anchors."""
    text = src.read_text(encoding="utf-8")
    for old, new in swaps:
        assert text.count(old) >= 1, old
        text = text.replace(old, new, 1)
    lines = text.split("\n")
    for anchor, count in inserts:
        i = next(k for k, x in enumerate(lines) if anchor in x)
        lines[i:i] = ["", "Some inserted prose with no figures in it.", ""] * count
    dst.write_text("\n".join(["Inserted front matter.", "", ""] + lines), encoding="utf-8")
    return dst


def _line_of(path: Path, needle: str) -> int:
    return next(i for i, x in enumerate(path.read_text(encoding="utf-8").split("\n"), 1) if needle in x)


def test_perturbed_000(tmp_path: Path, shipped_pack: Callable[[str], Path]) -> None:
    dst = _perturb(
        shipped_pack("000"),
        tmp_path / "000_perturbed.txt",
        [
            ("£49.020m", "£51.500m"),
            ("£37,782m", "£40,100m"),
            ("£11,238m", "£11,400m"),
            ("244.38 n/a 217.44 G", "250.12 n/a 201.33 A"),
        ],
        [("11. QIPP end of financial year", 2), ("Metric Target", 3), ("HEALTH PERFORMANCE UPDATE", 1)],
    )
    f = extract_pack(dst).frame
    target = _rows(f, "qipp", "QIPP savings target")
    row = target[target["value"].round(3) == 51.5].iloc[0]
    assert row["source_line"] == _line_of(dst, "£51.500m")
    ident = _rows(f, "qipp", "identified so far").iloc[0]
    assert (ident["value"], ident["source_line"]) == (40.1, _line_of(dst, "£40,100m"))
    m3 = f[(f["dataset"] == "bcf") & (f["value"] == 201.33)].iloc[0]
    assert (m3["target"], m3["rag"], m3["source_line"]) == (250.12, "Amber", _line_of(dst, "250.12 n/a"))
    assert not ((f["value"] == 217.44) & (f["dataset"] == "bcf")).any()
    assert 49.02 not in set(f.loc[f["dataset"] == "qipp", "value"].round(3))


def test_perturbed_001(tmp_path: Path, shipped_pack: Callable[[str], Path]) -> None:
    dst = _perturb(
        shipped_pack("001"),
        tmp_path / "001_perturbed.txt",
        [("\n105.67\n", "\n111.11\n"), ("\n963\n", "\n971\n"), ("\n8,641\n", "\n8,649\n")],
        [("Health & Wellbeing Board Dashboard", 2), ("No.", 1), ("POSITION STATEMENT BY THE CHAIRMAN", 1)],
    )
    f = extract_pack(dst).frame
    u19 = _rows(f, "performance", "epilepsy in under 19s")
    wl = u19[u19["area"] == "West Leicestershire CCG"].iloc[0]
    assert (wl["value"], wl["source_line"]) == (111.11, _line_of(dst, "111.11"))
    assert 105.67 not in set(f["value"])
    tele = f[(f["dataset"] == "bcf") & (f["measure"] == "Telecare")].iloc[0]
    assert (tele["value"], tele["source_line"]) == (971.0, _line_of(dst, "971"))
    total = f[(f["dataset"] == "bcf") & (f["measure"] == "Total")].iloc[0]
    assert total["value"] == 8649.0
    assert pd.isna(total["warning"])


def test_local_targets_whose_period_starts_on_the_line_above(frames: dict[str, pd.DataFrame]) -> None:
    # 000 lines 2242-2254, read in the pack: "UHL A&E + UCC's" / "local Target July" / "2019 - 88.3%", then
    # "UHL ED + UCCs" / "July 2019 - 81%"; "UHL A&E only" / "local Target July" / "2019 83.9%", "UHL ED only" /
    # "July 2019 - 72%".
    f = frames["000"]
    perf = f[(f.dataset == "performance") & (f.source_line.isin([2244, 2247, 2251, 2254]))].set_index("value_text")
    assert perf.loc["88.3%"].period == "July 2019"
    assert "local Target" in perf.loc["88.3%"].measure
    assert perf.loc["81%"].target == 88.3
    assert perf.loc["72%"].target == 83.9
